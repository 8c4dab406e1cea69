/**
 * Sentence alignment: which sentence of article A reports the same thing as which sentence of article B, and
 * which sentences have no counterpart ("facts only in A / only in B"). Pure.
 *
 * Steps:
 * 1. Each sentence becomes a set of weighted units: content stems (only when both articles share a language:
 *    stems never match across languages), entity/place keys, numbers and event days, and capitalised
 *    spellings (only across languages: in one language the stems already carry them).
 * 2. A unit's weight is its corpus IDF times its IDF over the sentences of the two articles: the story's main
 *    actors, named in half the sentences of both articles, say little about which sentence is which, while a
 *    rare word or a number does.
 * 3. Candidates come from an inverted index over the smaller article's units, so only sentence pairs that
 *    share at least one unit are ever scored (no full cross product).
 * 4. A pair's score is the weighted Dice of its units. A pair must also share some content: a word that is not
 *    a name, a number or a date (two sentences naming the same actors are not the same fact); across languages,
 *    where words cannot match, a shared capitalised spelling counts as content. Pairs at or above
 *    {@link ALIGN_THRESHOLD} are taken greedily, best first, one-to-one, ties broken by sentence order.
 */
import { idf, type IdfState } from './idf.ts';
import { KEY_PREFIX, NAME_PREFIX, NUMBER_PREFIX } from './features.ts';
import type { Profile, SentenceProfile } from './profile.ts';

/** Minimum weighted Dice for two sentences to count as the same fact (on the seeds, sentences retelling one
 * fact score 0.18-0.30 and sentences that merely name the same actors 0.07-0.12). */
export const ALIGN_THRESHOLD = 0.15;
/** Weight multiplier of keys: a resolved entity/place is stronger evidence than a word. */
const KEY_BOOST = 1.5;
/** Weight multiplier of numbers and event days: the same figure or date is strong evidence of the same fact. */
const NUMBER_BOOST = 2;
/** Prefix of event-day units in SentenceProfile.numbers (see profile.ts). */
const DAY_UNIT = 'd:';

/** The kinds of unit two sentences can share. */
export type UnitKind = 'term' | 'key' | 'number' | 'date' | 'name';

/** What two aligned sentences share, by kind (unit values without prefixes, sorted). In one language `names`
 * holds the shared stems of name words; across languages, the shared capitalised spellings. */
export interface Matched {
  readonly terms: readonly string[];
  readonly keys: readonly string[];
  readonly numbers: readonly string[];
  readonly dates: readonly string[];
  readonly names: readonly string[];
}

/** One aligned sentence pair. */
export interface SentencePair {
  /** Sentence index in A and in B. */
  readonly a: number;
  readonly b: number;
  /** Weighted Dice in [0,1]. */
  readonly score: number;
  readonly matched: Matched;
}

/** The result of {@link alignSentences}. */
export interface Alignment {
  /** One-to-one pairs, in order of A's sentences. */
  readonly pairs: readonly SentencePair[];
  /** Sentence indices of A with no counterpart in B, in text order. */
  readonly onlyA: readonly number[];
  /** Sentence indices of B with no counterpart in A, in text order. */
  readonly onlyB: readonly number[];
}

/** Options of {@link alignSentences}. */
export interface AlignOptions {
  /** Minimum score of an aligned pair; default {@link ALIGN_THRESHOLD}. */
  readonly threshold?: number;
}

/** A sentence as prefixed units (stems bare, others prefixed as in features.ts). */
type Units = readonly string[];

const MARKS = /\p{M}+/gu;
const NON_LETTERS = /[^\p{L}\p{N}]+/u;

/** Lower-cased, diacritics-free words of a surface form ("Moscou" -> ["moscou"]). */
function foldWords(s: string): string[] {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().split(NON_LETTERS).filter(Boolean);
}

/** Words of the names in a sentence: its capitalised spellings and the surface forms of its keys. */
function nameWords(s: SentenceProfile, surfaces: ReadonlyMap<string, string>): string[] {
  const out = [...s.names];
  for (const k of s.keys) {
    const surface = surfaces.get(k);
    if (surface) out.push(...foldWords(surface));
  }
  return out;
}

/** A stem that starts a name word (Snowball stems are prefixes: "poutin" of "poutine") is part of a name. */
function nameLike(stem: string, names: readonly string[]): boolean {
  for (const n of names) if (n.startsWith(stem)) return true;
  return false;
}

/** A sentence's units, and the subset that is content (non-name words, numbers, dates). */
interface SentenceUnits {
  readonly units: Units;
  readonly content: ReadonlySet<string>;
}

function sentenceUnits(
  s: SentenceProfile,
  surfaces: ReadonlyMap<string, string>,
  withTerms: boolean,
  withNames: boolean,
): SentenceUnits {
  const units: string[] = [];
  const content = new Set<string>();
  if (withTerms) {
    const names = nameWords(s, surfaces);
    for (const t of s.terms) {
      units.push(t);
      if (!nameLike(t, names)) content.add(t);
    }
  }
  for (const k of s.keys) units.push(KEY_PREFIX + k);
  for (const n of s.numbers) {
    units.push(NUMBER_PREFIX + n);
    content.add(NUMBER_PREFIX + n);
  }
  // Across languages a shared spelling is all the words there are: it counts as content.
  if (withNames) {
    for (const n of s.names) {
      units.push(NAME_PREFIX + n);
      content.add(NAME_PREFIX + n);
    }
  }
  return { units, content };
}

function boost(unit: string): number {
  if (unit.startsWith(KEY_PREFIX)) return KEY_BOOST;
  if (unit.startsWith(NUMBER_PREFIX)) return NUMBER_BOOST;
  return 1;
}

/** Unit weights: corpus IDF x IDF over the sentences of both articles x kind boost. */
function unitWeights(state: IdfState, sides: readonly (readonly Units[])[]): Map<string, number> {
  const sf = new Map<string, number>();
  let n = 0;
  for (const side of sides) {
    for (const units of side) {
      n++;
      for (const u of units) sf.set(u, (sf.get(u) ?? 0) + 1);
    }
  }
  const out = new Map<string, number>();
  for (const [u, f] of sf) out.set(u, idf(state, u) * (Math.log((n + 1) / (f + 1)) + 1) * boost(u));
  return out;
}

function massOf(units: Units, w: ReadonlyMap<string, number>): number {
  let m = 0;
  for (const u of units) m += w.get(u) ?? 0;
  return m;
}

function kindOf(unit: string): [UnitKind, string] {
  if (unit.startsWith(KEY_PREFIX)) return ['key', unit.slice(KEY_PREFIX.length)];
  if (unit.startsWith(NAME_PREFIX)) return ['name', unit.slice(NAME_PREFIX.length)];
  if (unit.startsWith(NUMBER_PREFIX)) {
    const v = unit.slice(NUMBER_PREFIX.length);
    return v.startsWith(DAY_UNIT) ? ['date', v.slice(DAY_UNIT.length)] : ['number', v];
  }
  return ['term', unit];
}

/** The units two sentences share, by kind, sorted; shared words that are part of names count as names. */
function matchedUnits(a: SentenceUnits, b: SentenceUnits): Matched {
  const inB = new Set(b.units);
  const out: Record<UnitKind, string[]> = { term: [], key: [], number: [], date: [], name: [] };
  for (const u of a.units) {
    if (!inB.has(u)) continue;
    const [kind, value] = kindOf(u);
    out[kind === 'term' && !a.content.has(u) ? 'name' : kind].push(value);
  }
  for (const list of Object.values(out)) list.sort();
  return { terms: out.term, keys: out.key, numbers: out.number, dates: out.date, names: out.name };
}

/** Candidate pair during alignment. */
interface Candidate {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * Scores every sentence pair sharing a unit (via an inverted index over the smaller side) and returns the
 * weighted Dice of each, above `threshold`.
 */
function candidates(
  ua: readonly SentenceUnits[],
  ub: readonly SentenceUnits[],
  w: ReadonlyMap<string, number>,
  threshold: number,
): Candidate[] {
  const swap = ub.length > ua.length;
  const small = swap ? ua : ub;
  const large = swap ? ub : ua;
  const index = new Map<string, number[]>();
  small.forEach(({ units }, i) => {
    for (const u of units) {
      let list = index.get(u);
      if (!list) index.set(u, (list = []));
      list.push(i);
    }
  });
  const smallMass = small.map((s) => massOf(s.units, w));
  const acc = new Float64Array(small.length);
  const content = new Uint8Array(small.length);
  const seen = new Uint8Array(small.length);
  const touched: number[] = [];
  const out: Candidate[] = [];
  large.forEach(({ units, content: largeContent }, j) => {
    for (const u of units) {
      const list = index.get(u);
      if (!list) continue;
      const wu = w.get(u) ?? 0;
      const isContent = largeContent.has(u);
      for (const i of list) {
        if (!seen[i]) {
          seen[i] = 1;
          touched.push(i);
        }
        acc[i] += wu;
        if (isContent && small[i].content.has(u)) content[i] = 1;
      }
    }
    const largeMass = massOf(units, w);
    for (const i of touched) {
      const denom = smallMass[i] + largeMass;
      const score = denom > 0 ? (2 * acc[i]) / denom : 0;
      if (content[i] && score >= threshold) out.push(swap ? { a: i, b: j, score } : { a: j, b: i, score });
      acc[i] = 0;
      content[i] = 0;
      seen[i] = 0;
    }
    touched.length = 0;
  });
  return out;
}

/**
 * Aligns the sentences of two articles one-to-one (see the module comment for the method).
 * Identical articles align every sentence that has any unit; articles sharing nothing align none.
 */
export function alignSentences(a: Profile, b: Profile, state: IdfState, opts: AlignOptions = {}): Alignment {
  const threshold = opts.threshold ?? ALIGN_THRESHOLD;
  const sameLang = a.lang === b.lang;
  const ua = a.sentences.map((s) => sentenceUnits(s, a.surfaces, sameLang, !sameLang));
  const ub = b.sentences.map((s) => sentenceUnits(s, b.surfaces, sameLang, !sameLang));
  const w = unitWeights(state, [ua.map((s) => s.units), ub.map((s) => s.units)]);
  const cands = candidates(ua, ub, w, threshold).sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: SentencePair[] = [];
  for (const c of cands) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    pairs.push({ a: c.a, b: c.b, score: c.score, matched: matchedUnits(ua[c.a], ub[c.b]) });
  }
  pairs.sort((x, y) => x.a - y.a);
  return {
    pairs,
    onlyA: a.sentences.map((_, i) => i).filter((i) => !usedA.has(i)),
    onlyB: b.sentences.map((_, i) => i).filter((i) => !usedB.has(i)),
  };
}
