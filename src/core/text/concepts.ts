/**
 * The concept engine: compiles the multilingual concept lexicon (lang/concepts.ts) with the text stage's own
 * word processing (`wordInfo`: the same folding, stemmer and stopwords as `Token.norm` / `Token.stem`), so that
 * a content token finds its language-independent concepts with one Map look-up of its stem.
 *
 * Chinese has no stemmer and no spaces: its forms are matched on folded words as the text stage's segmenter
 * cuts them, and a form the segmenter cuts in several words ("候选人" -> 候选 / 人) is matched on a run of up
 * to {@link MAX_JOIN} consecutive word tokens (longest run first: {@link forEachConcept}). German and Dutch
 * write compounds in one word ("Bundestagswahl", "Impfstoffmangel"): on request (`compounds: true`), a word
 * that misses is matched on its longest known final part of at least {@link MIN_HEAD} letters ("...wahl" ->
 * election), memoised per language. It is off by default: measured on the SemEval pairs it lowered the
 * similarity model on 4 of 5 fold deals (docs/EVALUATION.md, Similarity): final parts like "tor", "wahl" or
 * "stoff" also end many words that are not about the concept.
 *
 * Each language is compiled once, on its first look-up (about 20 µs per form: ~40 ms per language); everything
 * here is deterministic.
 */
import { CONCEPT_LANGUAGES, CONCEPT_TABLE } from './lang/concepts.ts';
import { wordInfo } from './lexicon.ts';
import { scanTokens } from './tokenize.ts';

/** Languages whose compounds are written as one word: a miss is retried on the word's known final part. */
export const COMPOUND_LANGS: ReadonlySet<string> = new Set(['de', 'nl']);
/** Shortest final part matched in a compound: 4 letters keeps "wahl", "krieg", "streik" and drops "ung", "tag". */
export const MIN_HEAD = 4;
/** Languages written without spaces: a form is matched on a run of consecutive word tokens. */
export const JOINED_LANGS: ReadonlySet<string> = new Set(['zh']);
/** Longest run of tokens matched as one form (the segmenter cuts few news words in more than three). */
export const MAX_JOIN = 3;
/** Memo size of compound look-ups per language (misses included); cleared wholesale when full. */
const COMPOUND_MEMO_LIMIT = 50_000;

/** A form of the table left out by the compiler, and why. */
export interface SkippedForm {
  readonly concept: string;
  readonly lang: string;
  readonly form: string;
  readonly reason: 'stopword' | 'several-tokens' | 'no-word';
}

/** Two or more concepts reached by the same (language, key): a stem, or a run of Chinese words. */
export interface ConceptCollision {
  readonly lang: string;
  readonly key: string;
  readonly concepts: readonly string[];
}

/** The compiled lexicon. */
export interface ConceptIndex {
  /** Concept ids in table order. */
  readonly ids: readonly string[];
  /** Language -> key (stem; joined folded words of a run in JOINED_LANGS) -> concept ids (sorted). */
  readonly byLang: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** Language -> keys usable as the final part of a compound (compound languages only). */
  readonly heads: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  readonly skipped: readonly SkippedForm[];
  readonly collisions: readonly ConceptCollision[];
}

/** One line of the table: the concept id and its forms per language. */
export interface ConceptEntry {
  readonly id: string;
  readonly forms: Readonly<Record<string, readonly string[]>>;
}

/** Parses the table text into entries (blank lines ignored). Throws on a line with the wrong field count. */
export function parseConceptTable(table: string): ConceptEntry[] {
  const out: ConceptEntry[] = [];
  for (const line of table.split('\n')) {
    if (line.trim() === '') continue;
    const fields = line.split('|').map((f) => f.trim());
    if (fields.length !== CONCEPT_LANGUAGES.length + 1) {
      throw new Error(`concept table: ${fields.length} fields in "${line.slice(0, 40)}"`);
    }
    const forms: Record<string, string[]> = {};
    CONCEPT_LANGUAGES.forEach((lang, i) => {
      forms[lang] = fields[i + 1].split(/\s+/).filter((w) => w !== '');
    });
    out.push({ id: fields[0], forms });
  }
  return out;
}

/** The word tokens of `form` in `lang`, or why they cannot be matched (several only in a joined language). */
function wordsOf(form: string, lang: string): string[] | SkippedForm['reason'] {
  const words: string[] = [];
  let other = false;
  scanTokens(form, lang, (start, end, kind) => {
    if (kind === 'word') words.push(form.slice(start, end));
    else other = true;
  });
  if (words.length === 0) return 'no-word';
  if (other || (words.length > 1 && !JOINED_LANGS.has(lang)) || words.length > MAX_JOIN)
    return 'several-tokens';
  return words;
}

function addKey(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** Compiles entries with the text stage's word processing (see the module comment), for `langs` only. */
export function compileConcepts(
  entries: readonly ConceptEntry[],
  langs: readonly string[] = CONCEPT_LANGUAGES,
): ConceptIndex {
  const byLang = new Map<string, Map<string, string[]>>();
  const skipped: SkippedForm[] = [];
  for (const lang of langs) {
    const map = new Map<string, string[]>();
    byLang.set(lang, map);
    for (const e of entries) {
      for (const form of e.forms[lang] ?? []) {
        const words = wordsOf(form, lang);
        if (typeof words === 'string') {
          skipped.push({ concept: e.id, lang, form, reason: words });
          continue;
        }
        if (words.length > 1) {
          addKey(map, words.map((w) => wordInfo(w, lang).norm).join(''), e.id);
          continue;
        }
        const info = wordInfo(words[0], lang);
        if (info.stop) {
          skipped.push({ concept: e.id, lang, form, reason: 'stopword' });
          continue;
        }
        // A token with the same spelling gets the same stem from the text stage: the stem is the only key.
        addKey(map, info.stem, e.id);
      }
    }
  }
  const collisions: ConceptCollision[] = [];
  const heads = new Map<string, Map<string, readonly string[]>>();
  for (const [lang, map] of byLang) {
    for (const [key, ids] of map) {
      ids.sort();
      if (ids.length > 1) collisions.push({ lang, key, concepts: ids });
    }
    if (!COMPOUND_LANGS.has(lang)) continue;
    const h = new Map<string, readonly string[]>();
    for (const [key, ids] of map) if (key.length >= MIN_HEAD) h.set(key, ids);
    heads.set(lang, h);
  }
  collisions.sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : a.key < b.key ? -1 : 1));
  return { ids: entries.map((e) => e.id), byLang, heads, skipped, collisions };
}

let entries: ConceptEntry[] | undefined;
let compiled: ConceptIndex | undefined;
/** Per-language indexes compiled on first use (an English-only process compiles English only). */
const LANGUAGE_INDEXES = new Map<string, ConceptIndex>();
const KNOWN_LANGS: ReadonlySet<string> = new Set(CONCEPT_LANGUAGES);

function committedEntries(): ConceptEntry[] {
  entries ??= parseConceptTable(CONCEPT_TABLE);
  return entries;
}

/** The committed lexicon, every language compiled (for reports and tests; look-ups compile one language). */
export function conceptIndex(): ConceptIndex {
  compiled ??= compileConcepts(committedEntries());
  return compiled;
}

/** The committed lexicon compiled for `lang` alone, on first use (an empty index for other languages). */
function languageIndex(lang: string): ConceptIndex {
  let idx = LANGUAGE_INDEXES.get(lang);
  if (!idx) {
    idx = compiled ?? compileConcepts(committedEntries(), KNOWN_LANGS.has(lang) ? [lang] : []);
    LANGUAGE_INDEXES.set(lang, idx);
  }
  return idx;
}

const NONE: readonly string[] = Object.freeze([]);
const COMPOUND_MEMOS = new Map<string, Map<string, readonly string[]>>();

/** Concepts of the longest known final part of a compound `stem` (memoised; NONE when none). */
function compoundConcepts(index: ConceptIndex, lang: string, stem: string): readonly string[] {
  const heads = index.heads.get(lang);
  if (!heads || stem.length <= MIN_HEAD) return NONE;
  let memo = COMPOUND_MEMOS.get(lang);
  if (!memo) COMPOUND_MEMOS.set(lang, (memo = new Map()));
  const hit = memo.get(stem);
  if (hit !== undefined) return hit;
  let out = NONE;
  for (let i = 1; i + MIN_HEAD <= stem.length; i++) {
    const ids = heads.get(stem.slice(i));
    if (ids) {
      out = ids;
      break;
    }
  }
  if (memo.size >= COMPOUND_MEMO_LIMIT) memo.clear();
  memo.set(stem, out);
  return out;
}

/** Options of {@link conceptsOf}. */
export interface ConceptLookup {
  /** Match compounds of {@link COMPOUND_LANGS} on their final part (default false: see the module comment). */
  readonly compounds?: boolean;
}

/**
 * The concepts of a content token of language `lang` from its `stem` (as the text stage computes it): an empty
 * list when it names none. Never mutate the result.
 */
export function conceptsOf(
  lang: string,
  stem: string,
  opts: ConceptLookup = {},
  index: ConceptIndex = languageIndex(lang),
): readonly string[] {
  const map = index.byLang.get(lang);
  if (!map) return NONE;
  return map.get(stem) ?? (opts.compounds === true ? compoundConcepts(index, lang, stem) : NONE);
}

/** What {@link forEachConcept} reads of a token (a `Token` of the text stage fits). */
export interface ConceptToken {
  readonly kind: string;
  readonly stop: boolean;
  readonly stem: string;
  readonly norm: string;
}

/**
 * Calls `visit(concepts, i)` for every concept match among `tokens` of language `lang` (`i`: the match's first
 * token): each content word (not a stopword) is looked up by its stem, as {@link conceptsOf} does; in {@link JOINED_LANGS} a run
 * of 2..{@link MAX_JOIN} word tokens is tried first, longest first, and a matched run is consumed whole.
 */
export function forEachConcept(
  lang: string,
  tokens: readonly ConceptToken[],
  visit: (concepts: readonly string[], index: number) => void,
  opts: ConceptLookup = {},
  index: ConceptIndex = languageIndex(lang),
): void {
  const map = index.byLang.get(lang);
  if (!map) return;
  const joined = JOINED_LANGS.has(lang);
  const compounds = opts.compounds === true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (joined) {
      const run = longestRun(map, tokens, i);
      if (run > 0) {
        visit(map.get(joinNorms(tokens, i, run))!, i);
        i += run - 1;
        continue;
      }
    }
    if (t.stop) continue;
    const ids = map.get(t.stem) ?? (compounds ? compoundConcepts(index, lang, t.stem) : undefined);
    if (ids !== undefined && ids.length > 0) visit(ids, i);
  }
}

function joinNorms(tokens: readonly ConceptToken[], from: number, n: number): string {
  let s = '';
  for (let k = from; k < from + n; k++) s += tokens[k].norm;
  return s;
}

/** Length of the longest run of 2..MAX_JOIN word tokens from `from` that is a form (0 when none). */
function longestRun(
  map: ReadonlyMap<string, readonly string[]>,
  tokens: readonly ConceptToken[],
  from: number,
): number {
  let words = 1;
  while (words < MAX_JOIN && from + words < tokens.length && tokens[from + words].kind === 'word') words++;
  for (let n = words; n >= 2; n--) if (map.has(joinNorms(tokens, from, n))) return n;
  return 0;
}
