// PLACEHOLDER for the ingestion module's public surface (see src/core/ingest/).
import type { StorylineError } from './errors.ts';
import type { Article } from './types.ts';

/** One result of reading input: an article, or the reason an input (or part of it) was rejected. */
export type IngestItem =
  { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly error: StorylineError };
