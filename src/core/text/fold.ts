/**
 * `fold()`: the matching form of a string. Lower-cases, strips diacritics from Latin letters (é -> e,
 * ş -> s), maps the Latin letters NFD cannot decompose (ł ß ø æ œ đ ı ...), unifies typographic
 * apostrophes, and normalises Arabic spelling variants. Cyrillic, Arabic and Han stay in their script.
 *
 * Speed: pure-ASCII strings (the common case for many tokens) take a fast path; other strings are
 * scanned once against a table built at module load, and a string that needs no change is returned
 * as is (no allocation beyond `toLowerCase`).
 */

/** Latin letters NFD does not decompose, and punctuation unified for matching. Keys are lower-case. */
const SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ŉ: "'n",
  ſ: 's',
  // Typographic apostrophes and look-alikes -> ASCII apostrophe.
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '\u2032': "'",
  // Cyrillic: ё is written е in most Russian text; both must match.
  ё: 'е',
  // Arabic: alef with hamza / madda -> bare alef; alef maqsura -> ya.
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
  '\u0649': '\u064a',
};

/** Latin ranges whose letters are decomposed and stripped of combining marks. */
const LATIN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x80, 0x24f],
  [0x1e00, 0x1eff],
];

/** Code unit -> replacement ('' = drop). Undefined = keep. Built once. */
const TABLE = new Map<number, string>();

function isCombining(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/** Arabic harakat/tashkeel, superscript alef, Quranic marks, and tatweel: dropped. */
function isArabicMark(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640 || (c >= 0x6d6 && c <= 0x6ed);
}

function buildTable(): void {
  for (const [lo, hi] of LATIN_RANGES) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      if (ch.toLowerCase() !== ch) continue; // the input is lower-cased first
      // Letters whose base is itself special (ǽ -> æ, ǿ -> ø) go all the way (-> ae, o): fold is idempotent.
      const stripped = [...ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]
        .map((x) => SPECIAL[x] ?? x)
        .join('');
      if (stripped !== ch && stripped.length > 0) TABLE.set(c, stripped);
    }
  }
  for (const [from, to] of Object.entries(SPECIAL)) TABLE.set(from.charCodeAt(0), to);
  for (let c = 0x600; c <= 0x6ff; c++) if (isArabicMark(c)) TABLE.set(c, '');
  TABLE.set(0x60, "'"); // backtick used as apostrophe
}
buildTable();

const NON_ASCII_OR_BACKTICK = /[^\x00-\x5f\x61-\x7f]/;

/**
 * Folds `s` for matching: lower-case, Latin diacritics stripped (é -> e, ł -> l, ß -> ss, œ -> oe),
 * apostrophes unified to `'`, Arabic tashkeel/tatweel dropped and alef forms unified. Non-Latin scripts
 * keep their letters (Москва -> москва, й stays й).
 */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII_OR_BACKTICK.test(lower)) return lower;
  let out = '';
  let last = 0;
  // Whether the previous kept character is Latin: a stray combining mark after it is dropped
  // (decomposed input, or "i̇" from lower-casing Turkish "İ").
  let prevLatin = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80 && c !== 0x60) {
      prevLatin = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
      continue;
    }
    let rep = TABLE.get(c);
    if (rep === undefined && isCombining(c) && prevLatin) rep = '';
    if (rep === undefined) {
      prevLatin = (c >= 0x80 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
      continue;
    }
    out += lower.slice(last, i) + rep;
    last = i + 1;
    if (rep.length > 0) prevLatin = c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff);
  }
  if (last === 0) return lower;
  return out + lower.slice(last);
}
