/**
 * Ingestion: bytes and files to {@link Article} records. Pure parsing lives in `./ingest/` (one file per job);
 * reading files, folders and stdin is in `src/services/sources.ts`. This module is the public surface.
 */
import type { StorylineError } from './errors.ts';
import type { Article } from './types.ts';

/** One result of reading input: an article, or the reason an input (or part of it) was rejected. */
export type IngestItem =
  { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly error: StorylineError };

export { parseDocument, parseDocumentText } from './ingest/parse.ts';
export { decodeBytes, type Decoded } from './ingest/decode.ts';
export { detectFormat, type Format, type FormatHints } from './ingest/detect.ts';
export { contentId } from './ingest/id.ts';
export { normalisePublished, type PublishedTime } from './ingest/published.ts';
export * from './ingest/limits.ts';
