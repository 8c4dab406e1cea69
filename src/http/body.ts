/**
 * The body of `POST /api/articles`: read with a size limit, then parsed into articles by its content type
 * with the same parsers as files (`parseDocument`): JSON (one article or an array, the JSONL article shape of
 * the README), JSON Lines, an HTML page, a plain text (first line = title), or an RSS/Atom feed.
 */
import { storylineError, type StorylineError } from '../core/errors.ts';
import { MAX_INPUT_BYTES, parseDocument, parseDocumentText } from '../core/ingest.ts';
import type { Article } from '../core/types.ts';

/** Largest body accepted: a POST is one input, so it has the limit of one input file. */
export const MAX_BODY_BYTES = MAX_INPUT_BYTES;

/** The name a posted body goes by in error messages and as the articles' origin. */
export const BODY_ORIGIN = 'request body';

/** Media types accepted, by the parser's format. */
export const ACCEPTED_TYPES = {
  json: ['application/json'],
  jsonl: ['application/x-ndjson', 'application/jsonl'],
  html: ['text/html', 'application/xhtml+xml'],
  text: ['text/plain'],
  feed: ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml'],
} as const;

const ALL_TYPES: readonly string[] = Object.values(ACCEPTED_TYPES).flat();

/** The articles of a body and the parts of it that were rejected. */
export interface ParsedBody {
  readonly articles: readonly Article[];
  readonly rejected: readonly StorylineError[];
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0].trim().toLowerCase();
}

/**
 * Reads a request body, at most `maxBytes`: a declared Content-Length above it is refused before reading,
 * and a body without one is counted as it streams and refused once over. Throws INPUT_TOO_LARGE.
 */
export async function readBody(req: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw storylineError('INPUT_TOO_LARGE', BODY_ORIGIN, declared, maxBytes);
  if (!req.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw storylineError('INPUT_TOO_LARGE', BODY_ORIGIN, size, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** Throws BAD_REQUEST when a JSON body is not JSON at all (a syntax error is the client's, not the input's). */
function checkJson(text: string): void {
  try {
    JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw storylineError('BAD_REQUEST', `the body is not valid JSON (${reason})`);
  }
}

/**
 * Parses a posted body into articles. Throws BAD_REQUEST for an unsupported or missing content type and for
 * malformed JSON; the articles that fail (no text, malformed rows) come back as `rejected`.
 */
export function parseBody(bytes: Uint8Array, contentType: string | undefined): ParsedBody {
  const type = mediaType(contentType);
  if (!ALL_TYPES.includes(type)) {
    throw storylineError(
      'BAD_REQUEST',
      `Content-Type "${type || '(none)'}" is not accepted; use one of ${ALL_TYPES.join(', ')}`,
    );
  }
  const hints = { contentType: contentType ?? type };
  let items;
  if ((ACCEPTED_TYPES.json as readonly string[]).includes(type)) {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    checkJson(text);
    items = parseDocumentText(text, BODY_ORIGIN, { ...hints, filename: 'body.json' });
  } else {
    items = parseDocument(bytes, BODY_ORIGIN, hints);
  }
  const articles: Article[] = [];
  const rejected: StorylineError[] = [];
  for (const item of items) {
    if (item.ok) articles.push(item.article);
    else rejected.push(item.error);
  }
  return { articles, rejected };
}
