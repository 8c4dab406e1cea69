/**
 * Per-language memo of what the text stage computes for a word form: folded form, stem, stopword flag,
 * capitalisation. News vocabulary repeats heavily, so one Map lookup replaces fold + stem + stopword
 * look-ups for most tokens (the text stage's hot path).
 */
import { fold } from './fold.ts';
import { stem } from './stem.ts';
import { stopwords } from './stopwords.ts';

/** What a word form maps to in one language. Shared, frozen: never mutate. */
export interface WordInfo {
  readonly norm: string;
  readonly stem: string;
  readonly stop: boolean;
  readonly upper: boolean;
}

/** Memo size per language: a day of news vocabulary in a few MB; cleared wholesale when full. */
const LEXICON_LIMIT = 100_000;
const LEXICONS = new Map<string, Map<string, WordInfo>>();

const APOSTROPHE_END = /['\u2019\u02bc]$/;

/** True when the first character of `s` is an upper-case letter (false for caseless scripts). */
export function isUpperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCodePoint(s.codePointAt(0) ?? c);
  return ch !== ch.toLowerCase();
}

function compute(surface: string, lang: string): WordInfo {
  const norm = fold(surface);
  // fr/it elided articles ("l'", "dell'") are function words whatever the list says.
  const elided = APOSTROPHE_END.test(surface);
  return Object.freeze({
    norm,
    stem: elided ? norm : stem(surface, lang),
    stop: elided || stopwords(lang).has(norm),
    upper: isUpperStart(surface),
  });
}

/** The last language asked for and its memo: an article's tokens all ask for the same one. */
let lastLang = '';
let lastLexicon: Map<string, WordInfo> | undefined;

/** The memo of one language (created on first use). */
function lexiconOf(lang: string): Map<string, WordInfo> {
  if (lang === lastLang && lastLexicon !== undefined) return lastLexicon;
  let lex = LEXICONS.get(lang);
  if (!lex) {
    lex = new Map();
    LEXICONS.set(lang, lex);
  }
  lastLang = lang;
  lastLexicon = lex;
  return lex;
}

/** Folded form, stem, stopword flag and capitalisation of the word `surface` in `lang` (memoised). */
export function wordInfo(surface: string, lang: string): WordInfo {
  const lex = lexiconOf(lang);
  let info = lex.get(surface);
  if (info === undefined) {
    info = compute(surface, lang);
    if (lex.size >= LEXICON_LIMIT) lex.clear();
    lex.set(surface, info);
  }
  return info;
}
