/**
 * The writing system of a language, as far as clustering needs it: stems of two languages can only be
 * compared (names, numbers and cognates written alike) when both are written in the same script.
 */

/** Languages written in Cyrillic, Arabic, Greek, Hebrew or Han/Kana/Hangul; every other code is Latin. */
const NON_LATIN: Readonly<Record<string, string>> = {
  ru: 'cyrl',
  uk: 'cyrl',
  be: 'cyrl',
  bg: 'cyrl',
  mk: 'cyrl',
  sr: 'cyrl',
  kk: 'cyrl',
  ar: 'arab',
  fa: 'arab',
  ur: 'arab',
  el: 'grek',
  he: 'hebr',
  zh: 'hani',
  ja: 'jpan',
  ko: 'kore',
  hi: 'deva',
  th: 'thai',
  ka: 'geor',
  hy: 'armn',
};

/** Script code of a language (ISO 639-1): 'latn' unless listed as written otherwise; 'und' for no language. */
export function scriptOf(lang: string): string {
  if (!lang || lang === 'und') return 'und';
  return NON_LATIN[lang] ?? 'latn';
}

/** True when two different languages write stems comparably (same script, both known). */
export function sameScript(a: string, b: string): boolean {
  const s = scriptOf(a);
  return s !== 'und' && s === scriptOf(b);
}
