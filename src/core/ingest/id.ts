/** Stable article ids from content: the same article read twice, from any format, gets the same id. */
import { createHash } from 'node:crypto';

/** Hex characters kept from the sha256: 64 bits, collision-free for any realistic archive. */
const ID_HEX_CHARS = 16;

const WHITESPACE = /\s+/gu;

/** The form hashed for an id: NFC, whitespace runs collapsed to one space, trimmed, lower-cased. */
export function normaliseForId(s: string): string {
  return s.normalize('NFC').replace(WHITESPACE, ' ').trim().toLowerCase();
}

/** 16 hex chars of sha256 over the normalised title and body. */
export function contentId(title: string, text: string): string {
  return tidyContentId(normaliseForId(title), normaliseForId(text));
}

const NEWLINES = /\n/g;

/**
 * {@link contentId} for a title and text that are tidy already (NFC, no whitespace runs, lines trimmed, as
 * `finishArticle` makes them): skips the normalisation passes on the hot path; same result.
 */
export function tidyContentId(title: string, text: string): string {
  return createHash('sha256')
    .update(title.toLowerCase())
    .update('\n')
    .update(text.replace(NEWLINES, ' ').toLowerCase())
    .digest('hex')
    .slice(0, ID_HEX_CHARS);
}
