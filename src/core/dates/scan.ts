/**
 * Small backward and forward scans the date extractors run next to a match, written out in code instead of
 * regexes anchored at the end of a text (`...$`): such a regex is tried at every position of its input from
 * the left, these read only the characters they need. Each function gives exactly what the regex it replaces
 * gives (named in its comment; test/dates/scan.test.ts compares them on edge rows and the development texts).
 */

/** True when the UTF-16 code unit is white space as the regex `\s` means it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER_MARK_APOSTROPHE = /^[\p{L}\p{M}'’]$/u;

/** True when the code point `s` (one or two code units) is a letter, a mark or an apostrophe (' ’). */
function isWordPart(s: string, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27;
  return LETTER_MARK_APOSTROPHE.test(s);
}

/**
 * The word right before the white space that ends `text.slice(from, to)`: group 1 of
 * `/([\p{L}\p{M}'’]+)[\s\u00a0]+$/u` on that slice, or '' when it does not match (no trailing white
 * space, or no letter right before it). A surrogate pair counts as one character, but never across `from`.
 */
export function wordBeforeTrailingSpace(text: string, from: number, to: number): string {
  let k = to;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === to) return '';
  const end = k;
  while (k > from) {
    const lo = text.charCodeAt(k - 1);
    const pair = lo >= 0xdc00 && lo <= 0xdfff && k - 2 >= from && isHighSurrogate(text.charCodeAt(k - 2));
    const width = pair ? 2 : 1;
    if (!isWordPart(text.slice(k - width, k), lo)) break;
    k -= width;
  }
  return k === end ? '' : text.slice(k, end);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * The last one or two words of `s` with the white space after them: what `/(?:\S+\s+){0,1}\S*\s*$/u`
 * matches (it always matches; the leftmost start is the longest such suffix).
 */
export function lastTwoWords(s: string): string {
  let k = s.length;
  while (k > 0 && isSpaceCode(s.charCodeAt(k - 1))) k--;
  while (k > 0 && !isSpaceCode(s.charCodeAt(k - 1))) k--;
  // The optional "word, space" before: both parts must be there.
  let j = k;
  while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
  if (j === k || j === 0) return s.slice(k);
  while (j > 0 && !isSpaceCode(s.charCodeAt(j - 1))) j--;
  return s.slice(j);
}

/** The white space and first word that start `s`: what `/^\s*\S+/u` matches, or '' when it does not. */
export function firstWord(s: string): string {
  let k = 0;
  while (k < s.length && isSpaceCode(s.charCodeAt(k))) k++;
  const wordStart = k;
  while (k < s.length && !isSpaceCode(s.charCodeAt(k))) k++;
  return k === wordStart ? '' : s.slice(0, k);
}
