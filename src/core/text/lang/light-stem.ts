/**
 * Light suffix strippers for languages Snowball (as packaged in snowball-stemmers) does not cover:
 * Polish and Ukrainian. They remove the longest matching inflectional ending, keeping at least
 * MIN_STEM characters, so "Łukaszenki"/"Łukaszenką" and "Лукашенка"/"Лукашенком" meet. Deliberately
 * conservative (no derivational suffixes): a light stemmer should merge inflections, not words.
 * Input is lower-cased; endings are listed longest first.
 */

/** Shortest stem kept: shorter words are left whole (stripping "a" from "ta" helps nothing). */
const MIN_STEM = 3;

const PL_ENDINGS = [
  'owie',
  'ami',
  'ach',
  'ego',
  'emu',
  'ych',
  'ich',
  'ymi',
  'imi',
  'owi',
  'ów',
  'om',
  'ej',
  'ie',
  'ia',
  'iu',
  'ią',
  'ię',
  'ym',
  'im',
  'ą',
  'ę',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];

const UK_ENDINGS = [
  'ами',
  'ями',
  'ові',
  'еві',
  'ого',
  'ому',
  'ими',
  'іми',
  'ах',
  'ях',
  'ів',
  'їв',
  'ою',
  'ею',
  'єю',
  'ам',
  'ям',
  'ий',
  'ій',
  'ої',
  'ом',
  'ем',
  'им',
  'ім',
  'а',
  'я',
  'у',
  'ю',
  'і',
  'и',
  'о',
  'е',
  'ь',
];

const TABLES: Readonly<Record<string, readonly string[]>> = { pl: PL_ENDINGS, uk: UK_ENDINGS };

/** True when `lang` has a light stemmer here. */
export function hasLightStemmer(lang: string): boolean {
  return lang in TABLES;
}

/** Strips the longest listed ending of the lower-cased `word` (pl, uk); other languages: unchanged. */
export function lightStem(word: string, lang: string): string {
  const endings = TABLES[lang];
  if (endings === undefined) return word;
  for (const e of endings) {
    if (word.length - e.length >= MIN_STEM && word.endsWith(e)) return word.slice(0, word.length - e.length);
  }
  return word;
}
