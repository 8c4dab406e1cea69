/**
 * The concept engine: compiles the multilingual concept lexicon (lang/concepts.ts) with the text stage's own
 * word processing (`wordInfo`: the same folding, stemmer and stopwords as `Token.norm` / `Token.stem`), so that
 * a content token finds its language-independent concepts with one Map look-up of its stem.
 *
 * Chinese has no stemmer and no spaces: its forms are matched on folded words as the text stage's segmenter
 * cuts them, and a form the segmenter cuts in several words ("候选人" -> 候选 / 人) is matched on a run of up
 * to {@link MAX_JOIN} consecutive word tokens (longest run first: {@link forEachConcept}). German and Dutch
 * compounds ("Bundestagswahl") match only as whole words, so the table lists the common ones: matching a
 * compound on its final part ("...wahl" -> election) was measured and lowered the similarity model on 4 of 5
 * fold deals (docs/EVALUATION.md, Similarity), as final parts like "tor" or "stoff" end many other words.
 *
 * Each language is compiled once, on its first look-up (about 20 µs per form: ~40 ms per language); everything
 * here is deterministic.
 */
import { CONCEPT_LANGUAGES, CONCEPT_TABLE } from './lang/concepts.ts';
import { wordInfo } from './lexicon.ts';
import { scanTokens } from './tokenize.ts';

/** Languages written without spaces: a form is matched on a run of consecutive word tokens. */
export const JOINED_LANGS: ReadonlySet<string> = new Set(['zh']);
/** Longest run of tokens matched as one form (the segmenter cuts few news words in more than three). */
export const MAX_JOIN = 3;

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
  for (const [lang, map] of byLang) {
    for (const [key, ids] of map) {
      ids.sort();
      if (ids.length > 1) collisions.push({ lang, key, concepts: ids });
    }
  }
  collisions.sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : a.key < b.key ? -1 : 1));
  return { ids: entries.map((e) => e.id), byLang, skipped, collisions };
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

/** What {@link forEachConcept} reads of a token (a `Token` of the text stage fits). */
export interface ConceptToken {
  readonly kind: string;
  readonly stop: boolean;
  readonly stem: string;
  readonly norm: string;
}

/**
 * Calls `visit(concepts, i)` for every concept match among `tokens` of language `lang` (`i`: the match's first
 * token): each content word (not a stopword) is looked up by its stem; in {@link JOINED_LANGS} a run
 * of 2..{@link MAX_JOIN} word tokens is tried first, longest first, and a matched run is consumed whole.
 */
export function forEachConcept(
  lang: string,
  tokens: readonly ConceptToken[],
  visit: (concepts: readonly string[], index: number) => void,
  index: ConceptIndex = languageIndex(lang),
): void {
  const map = index.byLang.get(lang);
  if (!map) return;
  const joined = JOINED_LANGS.has(lang);
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
    const ids = map.get(t.stem);
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
