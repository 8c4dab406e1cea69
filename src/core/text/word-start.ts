/**
 * The left half of a word boundary, checked in code: a regex that begins with the look-behind
 * `(?<![\p{L}\p{M}\p{N}])` tries it at every position of its input, which makes a scan several times
 * slower; the extractors match without it and keep the matches this accepts, going on from the next code
 * unit otherwise (the same matches, in the same order).
 */

const LETTER_MARK_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * True when no letter, mark or digit stands right before `index`: what the look-behind
 * `(?<![\p{L}\p{M}\p{N}])` asks in a `u` regex (a surrogate pair before `index` is read as one character,
 * a lone surrogate as itself).
 */
export function startsWordAt(text: string, index: number): boolean {
  if (index === 0) return true;
  const lo = text.charCodeAt(index - 1);
  if (lo < 0x80)
    return !((lo >= 0x61 && lo <= 0x7a) || (lo >= 0x41 && lo <= 0x5a) || (lo >= 0x30 && lo <= 0x39));
  const pair = lo >= 0xdc00 && lo <= 0xdfff && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2));
  return !LETTER_MARK_DIGIT.test(pair ? text.slice(index - 2, index) : text.charAt(index - 1));
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * The next match of a global `u` regex written without its leading `(?<![\p{L}\p{M}\p{N}])` that starts a
 * word: the same match, in the same order, as the regex with the look-behind gives. Every alternative of
 * the regex must begin with a one-code-unit character (tables of words, digits), so that the next position
 * to try after a rejected match is the next code unit.
 */
export function nextWordStartMatch(re: RegExp, text: string): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (startsWordAt(text, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
