/**
 * Pairwise similarity features: from two article profiles and the IDF statistics, a fixed, named vector of
 * numbers the learned model (model.ts) turns into the seven SemEval scores. Pure.
 *
 * Every feature is symmetric (swapping the two articles gives the same vector): overlaps use min/max or
 * means of both sides, style features use absolute differences. "Both empty" is never evidence of
 * similarity here: set features give 0 when either side is empty, and carry the emptiness as a separate
 * count/flag so the model can tell "nothing shared" from "nothing to compare".
 *
 * Across languages stems do not match (the TF-IDF cosine is near 0), so entity/place keys, countries,
 * numbers, dates, shared spellings of capitalised words, character n-grams and concepts (the multilingual
 * lexicon, src/core/text/concepts.ts: "Wahl" = "election") carry cross-lingual pairs.
 */
import { cosine, norm, weightedJaccard, type SparseVector } from './maths.ts';
import { idf, observe, tfidf, type IdfState } from './idf.ts';
import type { Profile } from './profile.ts';
import type { EntityType } from '../types.ts';
import translitModule from 'cyrillic-to-translit-js';

/** The package is CommonJS: under Node's ESM loader its default import is the factory itself. */
type TranslitFactory = typeof translitModule.default;
const cyrillicToTranslit: TranslitFactory =
  (translitModule as unknown as { default?: TranslitFactory }).default ??
  (translitModule as unknown as TranslitFactory);
/** Cyrillic -> Latin transliterators (Ukrainian has its own letters and readings). */
const TRANSLIT_UK = cyrillicToTranslit({ preset: 'uk' });
const TRANSLIT_RU = cyrillicToTranslit();
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * A capitalised spelling in Latin letters, so that names compare across scripts (Марченко ~ marchenko):
 * Cyrillic is transliterated, everything else is kept.
 */
export function latinName(name: string, lang: string): string {
  if (!CYRILLIC.test(name)) return name;
  return (lang === 'uk' ? TRANSLIT_UK : TRANSLIT_RU).transform(name).toLowerCase();
}

/** IDF feature prefixes: stems are stored bare, the other units with a prefix (stems never contain ':'). */
export const KEY_PREFIX = 'k:';
export const NAME_PREFIX = 'm:';
export const NUMBER_PREFIX = 'n:';
/** Concept ids (language-independent content words) get their own IDF. */
export const CONCEPT_PREFIX = 'c:';
/** Character trigrams of stems get their own IDF (a trigram in every text, "ion", says nothing). */
export const GRAM_PREFIX = 'g:';

/** Character n-gram length for cross-lingual spelling similarity (trigrams catch Lukaschenko ~ Lukashenko). */
const NGRAM = 3;
/** A sentence counts as having a counterpart when its best IDF-weighted Dice with the other side reaches this. */
const ALIGN_THRESHOLD = 0.2;
/** Two event days within this many days agree (reports of one event differ by a day across time zones). */
const DAY_TOLERANCE = 1;
/** Neutral value of a gap feature when a side has no date: log1p of a month, between "same" and "unrelated". */
const NEUTRAL_GAP = Math.log1p(30);

/** The features, in vector order, each with its meaning and range. */
export const FEATURES = [
  ['tfidfCosine', 'cosine of sublinear TF-IDF stem vectors [0,1]; near 0 across languages'],
  ['termWeightedJaccard', 'weighted Jaccard of TF-IDF stem vectors [0,1]'],
  ['tfidfCosineSameLang', 'tfidfCosine when both articles share a language, else 0 [0,1]'],
  ['titleOverlap', 'overlap (|A∩B|/min) of title stems, 0 when a title is missing [0,1]'],
  ['titleMissing', '1 when either article has no title terms {0,1}'],
  [
    'stemTrigramCosine',
    'cosine of IDF-weighted character trigrams of stems (cognates across languages) [0,1]',
  ],
  ['nameTrigramCosine', 'cosine of character trigram counts over capitalised words and numbers [0,1]'],
  ['nameCosine', 'cosine of IDF-weighted shared capitalised spellings [0,1]'],
  ['nameOverlap', 'IDF-weighted overlap of capitalised spellings (shared mass / smaller mass) [0,1]'],
  ['keyCosine', 'cosine of IDF-weighted entity/place key mentions, all types together [0,1]'],
  ['keyOverlap', 'IDF-weighted overlap of entity/place keys (shared mass / smaller mass) [0,1]'],
  ['keySharedLog', 'log1p of the number of shared keys [0,∞)'],
  ['personWJ', 'weighted Jaccard of person key mentions, 0 when a side has none [0,1]'],
  ['personOverlap', 'overlap of person keys [0,1]'],
  ['orgWJ', 'weighted Jaccard of organisation key mentions [0,1]'],
  ['orgOverlap', 'overlap of organisation keys [0,1]'],
  ['placeWJ', 'weighted Jaccard of place key mentions [0,1]'],
  ['placeOverlap', 'overlap of place keys [0,1]'],
  ['otherWJ', 'weighted Jaccard of other-entity key mentions [0,1]'],
  ['otherOverlap', 'overlap of other-entity keys [0,1]'],
  ['keysMinLog', 'log1p of the smaller side’s number of keys (how much there is to compare) [0,∞)'],
  ['countryWJ', 'weighted Jaccard of country weights [0,1]'],
  ['countryOverlap', 'overlap of countries [0,1]'],
  ['countryTopSame', '1 when both articles have the same main country {0,1}'],
  ['countryMissing', '1 when either article names no country {0,1}'],
  ['daySharedShare', 'share of the smaller side’s event days the other reports within a day [0,1]'],
  ['dayMinGapLog', 'log1p of the smallest gap in days between event days (neutral when missing) [0,∞)'],
  ['dayMissing', '1 when either article reports no event day {0,1}'],
  ['monthJaccard', 'Jaccard of months reported, 0 when a side has none [0,1]'],
  ['monthMissing', '1 when either article reports no month {0,1}'],
  ['pubGapLog', 'log1p of the publication gap in days (neutral when missing) [0,∞)'],
  ['pubMissing', '1 when either publication date is unknown {0,1}'],
  [
    'eventPubGapLog',
    'log1p of the smallest gap between one side’s event days and the other’s publication day',
  ],
  ['numberOverlap', 'overlap of numbers written, 0 when a side has none [0,1]'],
  ['numberSharedLog', 'log1p of the number of shared numbers [0,∞)'],
  ['speakerOverlap', 'overlap of quoted speakers, 0 when a side has none [0,1]'],
  ['alignCoverageMin', 'smaller share of a side’s sentences with a counterpart on the other [0,1]'],
  ['alignCoverageMax', 'larger share of a side’s sentences with a counterpart on the other [0,1]'],
  ['alignBestMean', 'mean over both sides of each sentence’s best Dice with the other side [0,1]'],
  ['alignTop', 'best single sentence-pair Dice [0,1]'],
  ['sameLang', '1 when both articles are in the same language {0,1}'],
  ['lengthRatioLog', '|ln(words A / words B)| [0,∞)'],
  ['wordsMinLog', 'log1p of the shorter article’s words [0,∞)'],
  ['sentenceLengthDiff', '|mean sentence words A - B| / 10 [0,∞)'],
  ['quoteShareDiff', '|quote share A - B| [0,1]'],
  ['quoteShareMax', 'larger quote share [0,1]'],
  ['numberShareDiff', '|number share A - B| [0,1]'],
  ['capitalShareDiff', '|capitalised-word share A - B| [0,1]'],
  ['punctDiff', '|questions+exclamations per sentence A - B| [0,∞)'],
  ['embedsDiffLog', '|log1p embeds A - log1p embeds B| [0,∞)'],
  // Cross-language copies: the same signals get their own slope when the languages differ (a cosine of 0.2
  // across languages means much more than within one).
  ['tfidfCosineCrossLang', 'tfidfCosine when the languages differ, else 0 [0,1]'],
  ['stemTrigramCosineCrossLang', 'stemTrigramCosine when the languages differ, else 0 [0,1]'],
  ['nameTrigramCosineCrossLang', 'nameTrigramCosine when the languages differ, else 0 [0,1]'],
  ['nameCosineCrossLang', 'nameCosine when the languages differ, else 0 [0,1]'],
  ['keyCosineCrossLang', 'keyCosine when the languages differ, else 0 [0,1]'],
  // Concepts: the same content words whatever the language (election, strike, vaccine...).
  [
    'conceptCosine',
    'cosine of IDF-weighted concept counts (multilingual lexicon), 0 when a side has none [0,1]',
  ],
  ['conceptOverlap', 'IDF-weighted overlap of concepts (shared mass / smaller mass) [0,1]'],
  ['titleConceptOverlap', 'overlap (|A∩B|/min) of title concepts, 0 when a title names none [0,1]'],
  ['conceptCosineCrossLang', 'conceptCosine when the languages differ, else 0 [0,1]'],
] as const;

export type FeatureName = (typeof FEATURES)[number][0];
export const FEATURE_NAMES: readonly FeatureName[] = FEATURES.map((f) => f[0]);

/**
 * Features whose values depend on the two languages (stems, their trigrams, sentence alignment on stems,
 * word counts, the same-language flag and the cross-language copies): a model that must work for a language
 * pair it never saw is fitted and used with these set to 0.
 */
export const LANGUAGE_DEPENDENT: ReadonlySet<FeatureName> = new Set<FeatureName>([
  'tfidfCosine',
  'termWeightedJaccard',
  'tfidfCosineSameLang',
  'titleOverlap',
  'titleMissing',
  'stemTrigramCosine',
  'alignCoverageMin',
  'alignCoverageMax',
  'alignBestMean',
  'alignTop',
  'sameLang',
  'lengthRatioLog',
  'wordsMinLog',
  'sentenceLengthDiff',
  'tfidfCosineCrossLang',
  'stemTrigramCosineCrossLang',
  'nameTrigramCosineCrossLang',
  'nameCosineCrossLang',
  'keyCosineCrossLang',
  'conceptCosineCrossLang',
]);

const MASK = FEATURE_NAMES.map((n) => LANGUAGE_DEPENDENT.has(n));

/** A feature vector with the language-dependent features set to 0 (see `LANGUAGE_DEPENDENT`). */
export function maskLanguage(x: readonly number[]): number[] {
  return x.map((v, i) => (MASK[i] ? 0 : v));
}

/** Derived vectors of one profile, computed once per article with the IDF state (see `prepare`). */
export interface Prepared {
  readonly profile: Profile;
  readonly tfidf: SparseVector;
  readonly tfidfNorm: number;
  readonly stemGrams: SparseVector;
  readonly stemGramsNorm: number;
  readonly nameGrams: SparseVector;
  readonly nameGramsNorm: number;
  /** IDF weight of every capitalised spelling. */
  readonly names: SparseVector;
  readonly namesNorm: number;
  /** Entity/place key -> IDF-weighted mentions, all types. */
  readonly keys: SparseVector;
  readonly keysNorm: number;
  /** Concept id -> IDF-weighted count. */
  readonly concepts: SparseVector;
  readonly conceptsNorm: number;
  readonly sentences: readonly SentenceUnits[];
}

/** A sentence as IDF-weighted units (stems bare, keys/names/numbers prefixed) and its total mass. */
interface SentenceUnits {
  readonly units: ReadonlyMap<string, number>;
  readonly mass: number;
}

/** Counts a profile's units (stems, keys, names, numbers) into the IDF state, once per unit. */
export function observeProfile(state: IdfState, p: Profile): void {
  const units: string[] = [...p.terms.keys()];
  for (const byType of Object.values(p.entities)) for (const k of byType.keys()) units.push(KEY_PREFIX + k);
  for (const n of p.names.keys()) units.push(NAME_PREFIX + latinName(n, p.lang));
  for (const n of p.numbers) units.push(NUMBER_PREFIX + n);
  for (const c of p.concepts?.keys() ?? []) units.push(CONCEPT_PREFIX + c);
  const grams = new Map<string, number>();
  for (const t of p.terms.keys()) addGrams(grams, t, 1);
  for (const g of grams.keys()) units.push(GRAM_PREFIX + g);
  observe(state, units);
}

function addGrams(out: Map<string, number>, word: string, weight: number): void {
  const w = `#${word}#`;
  if (w.length <= NGRAM) {
    out.set(w, (out.get(w) ?? 0) + weight);
    return;
  }
  for (let i = 0; i + NGRAM <= w.length; i++) {
    const g = w.slice(i, i + NGRAM);
    out.set(g, (out.get(g) ?? 0) + weight);
  }
}

function sentenceUnits(state: IdfState, s: Profile['sentences'][number], lang: string): SentenceUnits {
  const units = new Map<string, number>();
  for (const t of s.terms) units.set(t, idf(state, t));
  for (const k of s.keys) units.set(KEY_PREFIX + k, idf(state, KEY_PREFIX + k));
  for (const n of s.numbers) units.set(NUMBER_PREFIX + n, idf(state, NUMBER_PREFIX + n));
  for (const raw of s.names) {
    const n = NAME_PREFIX + latinName(raw, lang);
    units.set(n, idf(state, n));
  }
  let mass = 0;
  for (const w of units.values()) mass += w;
  return { units, mass };
}

/** Derives a profile's comparison vectors with the IDF statistics (call once per article). */
export function prepare(profile: Profile, state: IdfState): Prepared {
  const vec = tfidf(state, profile.terms);
  const stemGrams = new Map<string, number>();
  for (const [t, c] of profile.terms) addGrams(stemGrams, t, 1 + Math.log(c));
  for (const [g, c] of stemGrams) stemGrams.set(g, c * idf(state, GRAM_PREFIX + g));
  const nameGrams = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const [n, c] of profile.names) {
    const l = latinName(n, profile.lang);
    counts.set(l, (counts.get(l) ?? 0) + c);
  }
  for (const [n, c] of counts) addGrams(nameGrams, n, 1 + Math.log(c));
  for (const n of profile.numbers) addGrams(nameGrams, n, 1);
  const names = new Map<string, number>();
  for (const [n, c] of counts) names.set(n, (1 + Math.log(c)) * idf(state, NAME_PREFIX + n));
  const keys = new Map<string, number>();
  for (const byType of Object.values(profile.entities)) {
    for (const [k, c] of byType) {
      const w = (1 + Math.log(Math.max(1, c))) * idf(state, KEY_PREFIX + k);
      keys.set(k, Math.max(keys.get(k) ?? 0, w));
    }
  }
  const concepts = new Map<string, number>();
  for (const [c, n] of profile.concepts ?? [])
    concepts.set(c, (1 + Math.log(n)) * idf(state, CONCEPT_PREFIX + c));
  return {
    profile,
    tfidf: vec,
    tfidfNorm: norm(vec),
    stemGrams,
    stemGramsNorm: norm(stemGrams),
    nameGrams,
    nameGramsNorm: norm(nameGrams),
    names,
    namesNorm: norm(names),
    keys,
    keysNorm: norm(keys),
    concepts,
    conceptsNorm: norm(concepts),
    sentences: profile.sentences.map((s) => sentenceUnits(state, s, profile.lang)),
  };
}

/** Cosine that is 0 (not 1) when either side is empty. */
function cos0(a: SparseVector, b: SparseVector, na: number, nb: number): number {
  return a.size === 0 || b.size === 0 ? 0 : cosine(a, b, na, nb);
}

/** Weighted Jaccard that is 0 (not 1) when either side is empty. */
function wj0(a: SparseVector, b: SparseVector): number {
  return a.size === 0 || b.size === 0 ? 0 : weightedJaccard(a, b);
}

function shared<T>(a: ReadonlySet<T> | ReadonlyMap<T, unknown>, b: ReadonlySet<T> | ReadonlyMap<T, unknown>) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small.keys()) if (large.has(x)) n++;
  return n;
}

/** |A∩B| / min(|A|,|B|), 0 when either side is empty. */
function overlap0<T>(
  a: ReadonlySet<T> | ReadonlyMap<T, unknown>,
  b: ReadonlySet<T> | ReadonlyMap<T, unknown>,
) {
  return a.size === 0 || b.size === 0 ? 0 : shared(a, b) / Math.min(a.size, b.size);
}

/** Shared weight (min of both sides) over the smaller side's total weight; 0 when a side is empty. */
function massOverlap(a: SparseVector, b: SparseVector): number {
  if (a.size === 0 || b.size === 0) return 0;
  let sa = 0;
  let sb = 0;
  let s = 0;
  for (const [k, w] of a) {
    sa += w;
    const x = b.get(k);
    if (x !== undefined) s += Math.min(w, x);
  }
  for (const w of b.values()) sb += w;
  return s / Math.min(sa, sb);
}

function topKey(m: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bw = -Infinity;
  for (const [k, w] of m) if (w > bw || (w === bw && best !== undefined && k < best)) [best, bw] = [k, w];
  return best;
}

/** Smallest |x - y| over two sorted day lists (two-pointer walk); Infinity when either is empty. */
function minGap(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let best = Infinity;
  while (i < a.length && j < b.length) {
    best = Math.min(best, Math.abs(a[i] - b[j]));
    if (a[i] < b[j]) i++;
    else j++;
  }
  return best;
}

/** Share of `a`'s days that have a day in `b` within the tolerance. */
function dayShare(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let n = 0;
  for (const d of a) if (b.some((x) => Math.abs(x - d) <= DAY_TOLERANCE)) n++;
  return n / a.length;
}

/** Share of the smaller side's days found on the other (the larger of both shares on a tie: symmetric). */
function daySharedShare(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length < b.length ? dayShare(a, b) : dayShare(b, a);
  return Math.max(dayShare(a, b), dayShare(b, a));
}

/**
 * Best IDF-weighted Dice of every sentence of `a` against the sentences of `b` and vice versa (one pass over
 * the sentence pairs).
 */
function bestDice(
  a: readonly SentenceUnits[],
  b: readonly SentenceUnits[],
): { bestA: number[]; bestB: number[] } {
  const bestA = new Array<number>(a.length).fill(0);
  const bestB = new Array<number>(b.length).fill(0);
  for (let i = 0; i < a.length; i++) {
    const sa = a[i];
    if (sa.mass === 0) continue;
    for (let j = 0; j < b.length; j++) {
      const sb = b[j];
      if (sb.mass === 0) continue;
      const [small, large] = sa.units.size <= sb.units.size ? [sa.units, sb.units] : [sb.units, sa.units];
      let s = 0;
      for (const [u, w] of small) if (large.has(u)) s += w;
      if (s === 0) continue;
      const dice = (2 * s) / (sa.mass + sb.mass);
      if (dice > bestA[i]) bestA[i] = dice;
      if (dice > bestB[j]) bestB[j] = dice;
    }
  }
  return { bestA, bestB };
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}

const EMPTY: ReadonlySet<string> = new Set();

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** The feature vector of a pair, in `FEATURE_NAMES` order. */
export function pairFeatures(a: Prepared, b: Prepared): number[] {
  const pa = a.profile;
  const pb = b.profile;
  const sameLang = pa.lang === pb.lang ? 1 : 0;
  const tfidfCos = cos0(a.tfidf, b.tfidf, a.tfidfNorm, b.tfidfNorm);
  const titleMissing = pa.titleTerms.size === 0 || pb.titleTerms.size === 0 ? 1 : 0;

  const perType: number[] = [];
  let keysA = 0;
  let keysB = 0;
  for (const t of ENTITY_TYPES) {
    perType.push(wj0(pa.entities[t], pb.entities[t]), overlap0(pa.entities[t], pb.entities[t]));
    keysA += pa.entities[t].size;
    keysB += pb.entities[t].size;
  }

  const topA = topKey(pa.countries);
  const countryMissing = pa.countries.size === 0 || pb.countries.size === 0 ? 1 : 0;
  const dayMissing = pa.eventDays.length === 0 || pb.eventDays.length === 0 ? 1 : 0;
  const gap = minGap(pa.eventDays, pb.eventDays);
  const monthMissing = pa.eventMonths.size === 0 || pb.eventMonths.size === 0 ? 1 : 0;
  const monthShared = shared(pa.eventMonths, pb.eventMonths);
  const pubMissing = pa.day === undefined || pb.day === undefined ? 1 : 0;
  const eventPub = Math.min(
    pb.day === undefined ? Infinity : minGap(pa.eventDays, [pb.day]),
    pa.day === undefined ? Infinity : minGap(pb.eventDays, [pa.day]),
  );

  const { bestA, bestB } = bestDice(a.sentences, b.sentences);
  const covA = bestA.length ? bestA.filter((x) => x >= ALIGN_THRESHOLD).length / bestA.length : 0;
  const covB = bestB.length ? bestB.filter((x) => x >= ALIGN_THRESHOLD).length / bestB.length : 0;

  const sa = pa.style;
  const sb = pb.style;
  const punct = (s: typeof sa) => (s.questions + s.exclamations) / Math.max(1, s.sentences);

  const cross = 1 - sameLang;
  const stemGramCos = cos0(a.stemGrams, b.stemGrams, a.stemGramsNorm, b.stemGramsNorm);
  const nameGramCos = cos0(a.nameGrams, b.nameGrams, a.nameGramsNorm, b.nameGramsNorm);
  const nameCos = cos0(a.names, b.names, a.namesNorm, b.namesNorm);
  const keyCos = cos0(a.keys, b.keys, a.keysNorm, b.keysNorm);
  const conceptCos = cos0(a.concepts, b.concepts, a.conceptsNorm, b.conceptsNorm);
  return [
    tfidfCos,
    wj0(a.tfidf, b.tfidf),
    sameLang ? tfidfCos : 0,
    titleMissing
      ? 0
      : shared(pa.titleTerms, pb.titleTerms) / Math.min(pa.titleTerms.size, pb.titleTerms.size),
    titleMissing,
    stemGramCos,
    nameGramCos,
    nameCos,
    massOverlap(a.names, b.names),
    keyCos,
    massOverlap(a.keys, b.keys),
    Math.log1p(shared(a.keys, b.keys)),
    ...perType,
    Math.log1p(Math.min(keysA, keysB)),
    wj0(pa.countries, pb.countries),
    overlap0(pa.countries, pb.countries),
    !countryMissing && topA === topKey(pb.countries) ? 1 : 0,
    countryMissing,
    daySharedShare(pa.eventDays, pb.eventDays),
    dayMissing ? NEUTRAL_GAP : Math.log1p(gap),
    dayMissing,
    monthMissing ? 0 : monthShared / (pa.eventMonths.size + pb.eventMonths.size - monthShared),
    monthMissing,
    pubMissing ? NEUTRAL_GAP : Math.log1p(Math.abs(pa.day! - pb.day!)),
    pubMissing,
    Number.isFinite(eventPub) ? Math.log1p(eventPub) : NEUTRAL_GAP,
    overlap0(pa.numbers, pb.numbers),
    Math.log1p(shared(pa.numbers, pb.numbers)),
    overlap0(pa.speakers, pb.speakers),
    Math.min(covA, covB),
    Math.max(covA, covB),
    (mean(bestA) + mean(bestB)) / 2,
    Math.max(0, ...bestA),
    sameLang,
    Math.abs(Math.log(Math.max(1, sa.words) / Math.max(1, sb.words))),
    Math.log1p(Math.min(sa.words, sb.words)),
    Math.abs(sa.meanSentenceWords - sb.meanSentenceWords) / 10,
    Math.abs(sa.quoteShare - sb.quoteShare),
    Math.max(sa.quoteShare, sb.quoteShare),
    Math.abs(sa.numberShare - sb.numberShare),
    Math.abs(sa.capitalShare - sb.capitalShare),
    Math.abs(punct(sa) - punct(sb)),
    Math.abs(Math.log1p(sa.embeds) - Math.log1p(sb.embeds)),
    cross * tfidfCos,
    cross * stemGramCos,
    cross * nameGramCos,
    cross * nameCos,
    cross * keyCos,
    conceptCos,
    massOverlap(a.concepts, b.concepts),
    overlap0(pa.titleConcepts ?? EMPTY, pb.titleConcepts ?? EMPTY),
    cross * conceptCos,
  ];
}

/** Features of a pair as a name -> value record (for evidence and debugging). */
export function namedFeatures(values: readonly number[]): Record<FeatureName, number> {
  const out = {} as Record<FeatureName, number>;
  FEATURE_NAMES.forEach((n, i) => (out[n] = values[i]));
  return out;
}
