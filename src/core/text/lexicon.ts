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

/**
 * A small direct-mapped cache in front of the memo, indexed by a hash of the word's length and three of its
 * characters (no string hashing): the frequent words of a text ("the", "de", "und") are answered without a
 * probe of the large memo, whose look-ups are the text stage's biggest cost. An entry is a (surface, lang)
 * pair and its info; a WordInfo is a pure function of both, so a stale entry is still a right answer.
 */
const CACHE_BITS = 12;
const CACHE_SIZE = 1 << CACHE_BITS;
const cacheSurface: string[] = new Array<string>(CACHE_SIZE).fill('');
const cacheLang: string[] = new Array<string>(CACHE_SIZE).fill('');
const cacheInfo: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(CACHE_SIZE).fill(undefined);

/** Cache slot of a non-empty word. */
function slotOf(s: string): number {
  const n = s.length;
  const h =
    Math.imul(s.charCodeAt(0) ^ (n << 16), 0x9e3779b1) ^
    Math.imul(s.charCodeAt(n - 1), 0x85ebca6b) ^
    s.charCodeAt(n >> 1);
  return Math.imul(h, 0x27d4eb2d) >>> (32 - CACHE_BITS);
}

/** Folded form, stem, stopword flag and capitalisation of the word `surface` in `lang` (memoised). */
export function wordInfo(surface: string, lang: string): WordInfo {
  const k = surface.length === 0 ? 0 : slotOf(surface);
  const cached = cacheInfo[k];
  if (cached !== undefined && cacheSurface[k] === surface && cacheLang[k] === lang) return cached;
  const lex = lexiconOf(lang);
  let info = lex.get(surface);
  if (info === undefined) {
    info = compute(surface, lang);
    if (lex.size >= LEXICON_LIMIT) lex.clear();
    lex.set(surface, info);
  }
  cacheSurface[k] = surface;
  cacheLang[k] = lang;
  cacheInfo[k] = info;
  return info;
}
