/**
 * Full-text search text and queries for SQLite FTS5, kept apart so they can be tested as pure functions.
 *
 * Indexed text and queries go through the same {@link ftsText}: accents and other combining marks are removed
 * (NFD, then marks dropped: é = e, й = и, Arabic short vowels dropped), and every Han, Hiragana or Katakana
 * character becomes its own token (FTS5's unicode61 tokenizer would otherwise make one token of a whole run
 * of Chinese characters, so no word inside it could be found). The tokenizer itself folds case and is set
 * to remove diacritics as well.
 *
 * User queries are never passed to FTS5 as syntax: {@link ftsQuery} keeps only words, `"quoted phrases"` and
 * a trailing `*` (prefix), and writes each as a quoted FTS5 string, so quotes, `NEAR`, `AND`, `OR`, column
 * filters and parentheses in a query are words or nothing, never an SQL error.
 */

/** Terms kept from one query: a longer query is cut (no search needs more, and each term costs a look-up). */
export const MAX_QUERY_TERMS = 32;
/** A prefix shorter than this matches too much of the index to be useful; it is searched as a whole word. */
const MIN_PREFIX_CHARS = 2;

const MARKS = /\p{M}+/gu;
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
/** A quoted phrase, or a run of anything but spaces and double quotes. */
const QUERY_PART = /"([^"]*)"|([^\s"]+)/gu;

/** The text FTS5 indexes for `text` (and reads a query as): marks removed, ideographs split apart. */
export function ftsText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(IDEOGRAPH, ' $& ');
}

/** The words of a query part, as FTS5 will tokenise them. */
function words(part: string): string[] {
  return ftsText(part).match(WORD) ?? [];
}

/**
 * An FTS5 MATCH expression for a user query: every word, phrase and prefix must occur (AND). Undefined when
 * the query has no word at all (search then finds nothing).
 */
export function ftsQuery(query: string): string | undefined {
  const out: string[] = [];
  for (const m of query.matchAll(QUERY_PART)) {
    if (out.length >= MAX_QUERY_TERMS) break;
    const phrase = m[1];
    const bare = m[2];
    const ws = words(phrase ?? bare ?? '');
    if (ws.length === 0) continue;
    const prefix = bare !== undefined && bare.endsWith('*') && ws[ws.length - 1]!.length >= MIN_PREFIX_CHARS;
    // Words are letters and digits only, so a quoted FTS5 string needs no escaping inside.
    out.push(`"${ws.join(' ')}"${prefix ? ' *' : ''}`);
  }
  return out.length > 0 ? out.join(' ') : undefined;
}
