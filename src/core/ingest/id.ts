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
  return createHash('sha256')
    .update(normaliseForId(title))
    .update('\n')
    .update(normaliseForId(text))
    .digest('hex')
    .slice(0, ID_HEX_CHARS);
}
