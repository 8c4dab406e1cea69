/**
 * What the product's commands share: the `--db` option and opening the library, Ctrl-C as an AbortSignal,
 * checked option values (bad values are USAGE errors: exit 2), and a plain-text table.
 */
import { existsSync } from 'node:fs';
import { storylineError } from '../core/errors.ts';
import type { Library } from '../services/library/types.ts';
import { resolveDbPath } from '../services/store/index.ts';
import type { CliIO } from './command.ts';

/** The `--db` option, shared by every command that uses the store. */
export const DB_OPTION = { db: { type: 'string' } } as const;
/** The `--json` option. */
export const JSON_OPTION = { json: { type: 'boolean', default: false } } as const;

/** The help lines of `--db`, the same in every command. */
export const DB_HELP = `  --db <file>  the database (default: $STORYLINE_DB, else ./storyline.db)`;

/** The database file of a command: `--db`, else STORYLINE_DB, else ./storyline.db. */
export function dbPathOf(values: Record<string, unknown>, io: CliIO): string {
  return resolveDbPath({ db: values.db as string | undefined }, io.env ?? process.env);
}

/**
 * Opens the library on the command's database. With `mustExist` (commands that only read), a missing file
 * is an error rather than a new empty database.
 */
export async function openCliLibrary(
  values: Record<string, unknown>,
  io: CliIO,
  options: { readonly mustExist?: boolean } = {},
): Promise<Library> {
  const db = dbPathOf(values, io);
  if (options.mustExist && db !== ':memory:' && !existsSync(db)) {
    throw storylineError(
      'STORE_UNAVAILABLE',
      db,
      "no such database; run 'storyline ingest' first or give --db",
    );
  }
  // Loaded here, not at start-up: the library brings the whole analysis engine, which --help and usage errors
  // do not need.
  const { openLibrary } = await import('../services/library/index.ts');
  return openLibrary({ db });
}

/** Runs `fn` with the library open, and closes it whatever happens. */
export async function withLibrary<T>(
  values: Record<string, unknown>,
  io: CliIO,
  fn: (lib: Library) => Promise<T>,
  options: { readonly mustExist?: boolean } = {},
): Promise<T> {
  const lib = await openCliLibrary(values, io, options);
  try {
    return await fn(lib);
  } finally {
    await lib.close();
  }
}

/** An abort signal for a long command, and how to stop listening. */
export interface Interruption {
  readonly signal: AbortSignal;
  dispose(): void;
}

/**
 * The signal that stops a long command: the IO's when it has one (tests); else the first SIGINT or SIGTERM
 * aborts it, and a second SIGINT exits at once (status 130).
 */
export function interruption(io: CliIO): Interruption {
  if (io.signal) return { signal: io.signal, dispose: () => {} };
  const ctl = new AbortController();
  const onSignal = () => {
    if (ctl.signal.aborted) process.exit(130);
    ctl.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: ctl.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** Resolves when the signal aborts. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** An integer option within [min, max]; undefined when absent; a USAGE error otherwise. */
export function intOption(
  values: Record<string, unknown>,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(String(v)) || n < min || n > max) {
    throw storylineError('USAGE', `--${name} must be a whole number from ${min} to ${max} (got "${v}")`);
  }
  return n;
}

/** One of the allowed values; `fallback` when absent; a USAGE error otherwise. */
export function choiceOption<T extends string>(
  values: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = values[name];
  if (v === undefined) return fallback;
  if (!allowed.includes(v as T)) {
    throw storylineError('USAGE', `--${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  }
  return v as T;
}

/** ISO dates and times accepted by filters: 2026-03, 2026-03-05, 2026-03-05T08:00, with seconds and zone. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** An ISO date or time option; undefined when absent; a USAGE error otherwise. */
export function dateOption(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const s = String(v);
  if (!ISO_DATE.test(s) || Number.isNaN(Date.parse(s.length === 7 ? `${s}-01` : s))) {
    throw storylineError('USAGE', `--${name} must be an ISO date such as 2026-03-05 (got "${s}")`);
  }
  return s;
}

/** A string option, undefined when absent or empty. */
export function textOption(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Looks like a file name: a folder separator, or an extension such as .txt, .html, .jsonl. */
const PATH_LIKE = /[/\\]|\.[A-Za-z][A-Za-z0-9]{0,5}$/;

/**
 * True when a command argument names a stored id (article or story) rather than a file: no such path, and
 * nothing path-like in it (so a mistyped file name is reported as a missing file, not an unknown id).
 */
export function isStoredId(arg: string): boolean {
  return arg !== '-' && arg !== '' && !PATH_LIKE.test(arg) && !existsSync(arg);
}

/** Shortens to `n` characters with an ellipsis. */
export function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** East Asian wide characters (CJK, Hangul, full-width forms): two terminal columns each. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Terminal columns of a string: one per code point, two for wide characters. */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** A column of {@link formatTable}: its header, and how wide it may get (the last column is never padded). */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string;
  readonly max?: number;
  readonly right?: boolean;
}

/** A plain-text table: a header line, then one line per row; columns as wide as their widest cell. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => clip(c.value(r), c.max ?? Infinity)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i]))),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        if (i === row.length - 1 && !columns[i].right) return cell;
        const pad = ' '.repeat(widths[i] - displayWidth(cell));
        return columns[i].right ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}

/** "1 article", "2 articles"; "1 story", "2 stories" (give the plural when it is not word + s). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
