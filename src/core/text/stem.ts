/**
 * Stemming with the Snowball algorithms, memoised per language. Stemming is the hot spot of the text stage
 * on words seen for the first time, and news vocabulary repeats, so each language keeps a bounded Map from
 * lower-cased word to folded stem.
 *
 * Two implementations of the same Snowball algorithms: `multilingual-stemmer` (Snowball compiled from Rust
 * to WebAssembly; 5-9x faster per call: measured 2-9 µs against 8-83 µs per new word on the SemEval
 * vocabulary, with identical stems for en fr de es it pt ru tr ar and 4 differences in 77,650 Dutch
 * look-ups, all on non-Dutch letters) serves the languages it has; `snowball-stemmers` the others
 * (ca, cs, no).
 *
 * Stems are returned folded (like `Token.norm`), so "Biélorussie" and "Bielorussie" share a stem.
 * Polish and Ukrainian, which have no Snowball stemmer here, get a light suffix stripper
 * (src/core/text/lang/light-stem.ts); other languages without one (zh, ...) get the folded word.
 */
import { createRequire } from 'node:module';
import { fold } from './fold.ts';
import { hasLightStemmer, lightStem } from './lang/light-stem.ts';

interface Stemmer {
  stem(word: string): string;
}
interface SnowballFactory {
  newStemmer(name: string): Stemmer;
}
interface WasmStemmers {
  Stemmer: new (language: number) => Stemmer;
  Languages: Readonly<Record<string, number>>;
}

/** ISO 639-1 -> `multilingual-stemmer` language name (its `Languages` enum). */
const WASM_LANGUAGES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  ru: 'Russian',
  tr: 'Turkish',
  ar: 'Arabic',
  sv: 'Swedish',
  da: 'Danish',
  fi: 'Finnish',
  hu: 'Hungarian',
  ro: 'Romanian',
};

/** ISO 639-1 -> snowball-stemmers algorithm name. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  en: 'english',
  fr: 'french',
  de: 'german',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
  ru: 'russian',
  tr: 'turkish',
  ar: 'arabic',
  sv: 'swedish',
  da: 'danish',
  no: 'norwegian',
  fi: 'finnish',
  hu: 'hungarian',
  ro: 'romanian',
  ca: 'catalan',
  cs: 'czech',
};

/** Memo size per language: large enough for a day of news vocabulary, small enough to stay a few MB. */
const MEMO_LIMIT = 50_000;

const require = createRequire(import.meta.url);
let factory: SnowballFactory | undefined;
let wasmStemmers: WasmStemmers | undefined;
const MEMOS = new Map<string, Map<string, string>>();
const STEMMERS = new Map<string, Stemmer | null>();

/** The Snowball stemmer for `lang`, or null when there is none. Created once per language. */
export function stemmerFor(lang: string): Stemmer | null {
  let s = STEMMERS.get(lang);
  if (s !== undefined) return s;
  const algo = ALGORITHMS[lang];
  const wasmName = WASM_LANGUAGES[lang];
  if (algo === undefined) s = null;
  else if (wasmName !== undefined) {
    wasmStemmers ??= require('multilingual-stemmer') as WasmStemmers;
    s = new wasmStemmers.Stemmer(wasmStemmers.Languages[wasmName]);
  } else {
    factory ??= require('snowball-stemmers') as SnowballFactory;
    s = factory.newStemmer(algo);
  }
  STEMMERS.set(lang, s);
  return s;
}

/** True when `lang` has a Snowball or light stemmer (else {@link stem} returns the folded word). */
export function hasStemmer(lang: string): boolean {
  return stemmerFor(lang) !== null || hasLightStemmer(lang);
}

/** Folded stem of `word` in `lang` (memoised). `word` may be any case. */
export function stem(word: string, lang: string): string {
  const lower = word.toLowerCase();
  let memo = MEMOS.get(lang);
  if (!memo) {
    memo = new Map();
    MEMOS.set(lang, memo);
  }
  const hit = memo.get(lower);
  if (hit !== undefined) return hit;
  const stemmer = stemmerFor(lang);
  const out = fold(stemmer ? stemmer.stem(lower) : lightStem(lower, lang));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(lower, out);
  return out;
}
