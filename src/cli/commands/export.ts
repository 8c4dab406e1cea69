import { accessSync, constants, createWriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import type { Command, CliIO } from '../command.ts';
import { EXIT } from '../command.ts';
import { storylineError } from '../../core/errors.ts';
import type { ArticleDetail } from '../../services/library/types.ts';
import { choiceOption, DB_HELP, DB_OPTION, plural, textOption, withLibrary } from '../shared.ts';

type Format = 'jsonl' | 'csv';
const FORMATS: readonly Format[] = ['jsonl', 'csv'];

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['id', 'title', 'lang', 'source', 'published', 'url', 'storyId', 'words'] as const;
/** RFC 4180 ends records with CRLF. */
const CRLF = '\r\n';
/** A field needs quotes when it holds a quote, a comma, CR or LF (RFC 4180), or leading/trailing spaces. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field, quoted (with doubled quotes) only when needed. */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record (without its line end). */
export function csvRecord(values: readonly (string | number | undefined)[]): string {
  return values.map(csvField).join(',');
}

/** The CSV record of one article. */
export function articleCsv(a: ArticleDetail): string {
  const r = a.row;
  return csvRecord([r.id, r.title, a.json.lang, r.source, r.published, r.url, a.storyId, r.words]);
}

/** The JSONL line of one article: the contract article JSON plus its story id. */
export function articleJsonl(a: ArticleDetail): string {
  return JSON.stringify({ ...a.json, storyId: a.storyId });
}

/** Writes text to a stream, waiting when its buffer is full (so an export never holds the archive in memory). */
async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** A line sink: a stream with back-pressure, or `io.out` line by line. */
interface Sink {
  line(text: string): Promise<void>;
  /** True once the reader went away (`storyline export | head`): the export stops quietly. */
  gone(): boolean;
  close(): Promise<void>;
}

function streamSink(stream: NodeJS.WritableStream, eol: string, end: boolean): Sink {
  let failure: NodeJS.ErrnoException | undefined;
  let gone = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') gone = true;
    else failure ??= e;
  });
  return {
    gone: () => gone,
    line: async (text) => {
      if (failure) throw failure;
      if (gone) return;
      try {
        await write(stream, text + eol);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') gone = true;
        else throw e;
      }
    },
    close: async () => {
      if (end && !failure) {
        stream.end();
        await once(stream, 'finish');
      }
      if (failure) throw failure;
    },
  };
}

/** A USAGE error when the output file's folder is missing or not writable (checked before the store opens). */
function checkWritable(path: string): void {
  try {
    accessSync(dirname(resolve(path)), constants.W_OK);
  } catch (e) {
    throw storylineError(
      'USAGE',
      `--out ${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? e})`,
    );
  }
}

/** Opens the output file (an unwritable path fails here, before anything is read). */
async function fileSink(path: string, eol: string): Promise<Sink> {
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (e) {
    throw storylineError(
      'USAGE',
      `--out ${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? e})`,
    );
  }
  return streamSink(stream, eol, true);
}

async function sinkFor(out: string | undefined, io: CliIO, format: Format): Promise<Sink> {
  const eol = format === 'csv' ? CRLF : '\n';
  if (out !== undefined && out !== '-') return fileSink(out, eol);
  if (io.stdout) return streamSink(io.stdout, eol, false);
  // io.out adds "\n"; CSV lines carry the CR of CRLF themselves.
  const cr = format === 'csv' ? '\r' : '';
  return { line: async (text) => io.out(text + cr), gone: () => false, close: async () => {} };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export every stored article with its story: JSONL (full analysis) or CSV',
  usage: `storyline export [--format jsonl|csv] [--out <file>] [--db <file>]

Writes every stored article, in arrival order, with the id of its story. Streams: the archive is never held
in memory.
  jsonl  one JSON object a line: the article JSON of 'storyline analyze --json' (entities, places, dates,
         quotes, embeds, ...) plus "storyId"
  csv    a header line, then one record an article: ${CSV_COLUMNS.join(', ')} (RFC 4180: CRLF line
         ends, fields with commas, quotes or line breaks in double quotes)

Options:
  --format <f>  jsonl (the default) or csv
  --out <file>  write to this file (default: standard output)
${DB_HELP}
  -h, --help    this help

Exit status: 0 on success, 1 when the store cannot be read or the file written, 2 on a usage error.`,
  options: { format: { type: 'string' }, out: { type: 'string' }, ...DB_OPTION },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) {
      io.err(`storyline export: unexpected argument "${positionals[0]}"; see --help`);
      return EXIT.USAGE;
    }
    const format = choiceOption(values, 'format', FORMATS, 'jsonl');
    const out = textOption(values, 'out');
    if (out !== undefined && out !== '-') checkWritable(out);
    const count = await withLibrary(
      values,
      io,
      async (lib) => {
        const sink = await sinkFor(out, io, format);
        let n = 0;
        try {
          if (format === 'csv') await sink.line(csvRecord(CSV_COLUMNS));
          for await (const a of lib.exportArticles()) {
            await sink.line(format === 'csv' ? articleCsv(a) : articleJsonl(a));
            if (sink.gone()) break;
            n++;
          }
        } finally {
          await sink.close();
        }
        return n;
      },
      { mustExist: true },
    );
    if (out !== undefined && out !== '-')
      io.err(`storyline export: ${plural(count, 'article')} written to ${out}`);
    return EXIT.OK;
  },
};
