/**
 * Reading inputs: files, folders (recursive, sorted, dotfiles skipped) and `-` for stdin, each handed to the
 * pure `parseDocument`. One bad input never stops the others: it becomes an `ok:false` item naming it.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { storylineError, type StorylineError } from '../core/errors.ts';
import { MAX_INPUT_BYTES, parseDocument, type IngestItem } from '../core/ingest.ts';

/** Options of {@link readSources}. */
export interface ReadSourcesOptions {
  /** Where `-` reads from; defaults to `process.stdin`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * File types never read as articles when met inside a folder: images, media, archives, documents, fonts,
 * programs, and tables (CSV needs its own reader). Reported as unsupported, not read. A file named explicitly
 * is always read (binary content is then reported as such).
 */
export const SKIPPED_EXTENSIONS: ReadonlySet<string> = new Set(
  (
    'png jpg jpeg gif webp bmp tif tiff ico svg heic avif mp3 mp4 m4a wav ogg oga webm mkv mov avi flac ' +
    'zip gz tgz bz2 xz 7z rar tar zst pdf doc docx xls xlsx ppt pptx odt ods epub ' +
    'woff woff2 ttf otf eot exe dll so dylib bin class jar wasm o a pyc db sqlite csv tsv parquet'
  ).split(' '),
);

/**
 * Files met inside a folder that are not read and not reported: documentation (a corpus folder's README) and
 * plain `.json` (gold labels, settings). A JSON file of articles is read when named explicitly; inside
 * folders, articles come as .jsonl/.ndjson.
 */
export const QUIET_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'markdown', 'rst', 'adoc', 'json']);

function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ?? (err instanceof Error ? err.message : String(e));
}

function fsError(e: unknown, input: string): StorylineError {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR'
    ? storylineError('INPUT_NOT_FOUND', input)
    : storylineError('INPUT_UNREADABLE', input, fsReason(e));
}

/** Reads stdin up to the size limit. */
async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array | StorylineError> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += b.length;
    if (size > MAX_INPUT_BYTES) return storylineError('INPUT_TOO_LARGE', '-', size, MAX_INPUT_BYTES);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Reads one regular file: size checked from its metadata before any byte is read. */
async function readOneFile(path: string, size: number): Promise<IngestItem[]> {
  if (size > MAX_INPUT_BYTES)
    return [{ ok: false, error: storylineError('INPUT_TOO_LARGE', path, size, MAX_INPUT_BYTES) }];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return [{ ok: false, error: fsError(e, path) }];
  }
  return parseDocument(bytes, path, { filename: path });
}

/** Files and failures under a folder, depth first, names in code-unit order; dotfiles and dot-folders skipped. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<IngestItem> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (e) {
    yield { ok: false, error: fsError(e, dir) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      yield { ok: false, error: fsError(e, path) };
      continue;
    }
    if (st.isDirectory()) {
      yield* walk(path, seen);
      continue;
    }
    if (!st.isFile()) continue;
    const ext = extname(name).slice(1).toLowerCase();
    if (QUIET_EXTENSIONS.has(ext)) continue;
    if (SKIPPED_EXTENSIONS.has(ext)) {
      yield {
        ok: false,
        error: storylineError('INPUT_UNSUPPORTED', path, `.${ext} files are not articles; skipped`),
      };
      continue;
    }
    yield* await readOneFile(path, st.size);
  }
}

/**
 * Reads every input in order: a file path, a folder (recursively, sorted for determinism, dotfiles skipped,
 * files of non-article types reported as unsupported without reading them), or `-` for stdin. Yields one item
 * per article, and one `ok:false` item per failure (`INPUT_NOT_FOUND`, `INPUT_UNREADABLE`, `INPUT_TOO_LARGE`,
 * and whatever parsing reports); never throws for a bad input.
 */
export async function* readSources(
  inputs: readonly string[],
  opts: ReadSourcesOptions = {},
): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if (input === '-') {
      const bytes = await readStream(opts.stdin ?? process.stdin).catch((e: unknown) =>
        storylineError('INPUT_UNREADABLE', '-', fsReason(e)),
      );
      if (bytes instanceof Uint8Array) yield* parseDocument(bytes, '-');
      else yield { ok: false, error: bytes };
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch (e) {
      yield { ok: false, error: fsError(e, input) };
      continue;
    }
    if (st.isDirectory()) yield* walk(input, new Set());
    else if (st.isFile()) yield* await readOneFile(input, st.size);
    else
      yield { ok: false, error: storylineError('INPUT_UNSUPPORTED', input, 'not a regular file or folder') };
  }
}

/** Every item of {@link readSources}, collected (for small inputs and tests). */
export async function readSourcesAll(
  inputs: readonly string[],
  opts: ReadSourcesOptions = {},
): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readSources(inputs, opts)) out.push(item);
  return out;
}
