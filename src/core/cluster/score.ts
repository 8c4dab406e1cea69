/**
 * Scoring: article-to-story and story-to-story similarity in [0, 1], as a weighted combination of
 * components, renormalised over the components both sides can be compared on (an article in a language the
 * story has no member in is compared on keys, names, numbers and days only: cross-lingual by construction),
 * multiplied by a time decay on the gap in days.
 */
import { dot } from '../similarity/maths.ts';
import { formsConflict, givenConflicts } from './given.ts';
import { sameScript } from './script.ts';
import type { ArticleVectors } from './vectors.ts';
import type { Centroid, ClusterOptions, ScoreWeights, Story } from './state.ts';

/** The components of a score (NaN = not comparable) and the decayed total. */
export interface ScoreParts {
  readonly keys: number;
  readonly terms: number;
  readonly names: number;
  readonly numbers: number;
  readonly days: number;
  /** Cosine of the concept vectors (language-independent); NaN when either side has none. */
  readonly concepts: number;
  readonly decay: number;
  readonly score: number;
}

/** Cosine of two centroids with cached norms; NaN when either is empty (not comparable). */
export function centroidCosine(a: Centroid, b: Centroid): number {
  if (a.norm === 0 || b.norm === 0) return NaN;
  return Math.min(1, dot(a.weights, b.weights) / (a.norm * b.norm));
}

/**
 * Cosine of an article's keys with a story's, leaving out the person keys shared only by surname: the article
 * writes a given name the story's forms of that key cannot be (given.ts). NaN when either side is empty.
 */
export function keyCosine(v: ArticleVectors, story: Story): number {
  const cos = centroidCosine(v.keys, story.keys);
  if (!(cos > 0) || v.given.size === 0) return cos;
  let cut = 0;
  for (const [k, cls] of v.given) {
    const sw = story.keys.weights.get(k);
    if (sw === undefined || !givenConflicts(cls, story.surfaces.get(k))) continue;
    cut += v.keys.weights.get(k)! * sw;
  }
  return cut === 0 ? cos : Math.max(0, cos - cut / (v.keys.norm * story.keys.norm));
}

/** {@link keyCosine} between two stories: shared person keys whose forms conflict (given.ts) are left out. */
export function storyKeyCosine(a: Story, b: Story): number {
  const cos = centroidCosine(a.keys, b.keys);
  if (!(cos > 0)) return cos;
  let cut = 0;
  const [small, large] = a.keys.weights.size <= b.keys.weights.size ? [a, b] : [b, a];
  for (const [k, w] of small.keys.weights) {
    if (small.keyTypes.get(k) !== 'person') continue;
    const lw = large.keys.weights.get(k);
    if (lw === undefined || !formsConflict(small.surfaces.get(k), large.surfaces.get(k))) continue;
    cut += w * lw;
  }
  return cut === 0 ? cos : Math.max(0, cos - cut / (a.keys.norm * b.keys.norm));
}

/**
 * Time decay on a gap in days: 1 within the grace period, then halving every `halfLifeDays`;
 * 1 when either side has no date (nothing to go on).
 */
export function decay(gapDays: number | undefined, graceDays: number, halfLifeDays: number): number {
  if (gapDays === undefined || Number.isNaN(gapDays)) return 1;
  const over = Math.abs(gapDays) - graceDays;
  return over <= 0 ? 1 : Math.pow(0.5, over / halfLifeDays);
}

/**
 * Weighted mean of the comparable components (NaN ones left out); 0 when none is comparable. With a term
 * gate > 0 and comparable terms, the other components count only in proportion to min(1, terms / gate):
 * the same leading people, places and numbers recur across unrelated stories, so they corroborate a shared
 * vocabulary but cannot stand in for it.
 */
export function combine(
  parts: Omit<ScoreParts, 'decay' | 'score' | 'concepts'>,
  w: ScoreWeights,
  termGate = 0,
): number {
  return combineValues(parts.keys, parts.terms, parts.names, parts.numbers, parts.days, w, termGate);
}

/** {@link combine} on the five component values (the hot path: no record built). */
function combineValues(
  keys: number,
  terms: number,
  names: number,
  numbers: number,
  days: number,
  w: ScoreWeights,
  termGate: number,
): number {
  const hasTerms = !Number.isNaN(terms);
  const gated = termGate > 0 && hasTerms ? Math.min(1, terms / termGate) : 1;
  let num = 0;
  let den = 0;
  if (hasTerms) {
    num += w.terms * terms;
    den += w.terms;
  }
  if (!Number.isNaN(keys)) {
    num += w.keys * keys * gated;
    den += w.keys;
  }
  if (!Number.isNaN(names)) {
    num += w.names * names * gated;
    den += w.names;
  }
  if (!Number.isNaN(numbers)) {
    num += w.numbers * numbers * gated;
    den += w.numbers;
  }
  if (!Number.isNaN(days)) {
    num += w.days * days * gated;
    den += w.days;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * The combined score before decay: same-language comparisons (terms comparable) use `weights` with the term
 * gate; cross-lingual ones use `crossWeights` times `crossLingualFactor`.
 */
function weighted(
  parts: Omit<ScoreParts, 'decay' | 'score'>,
  options: ClusterOptions,
  crossTerms = NaN,
): number {
  return weightedValues(
    parts.keys,
    parts.terms,
    parts.names,
    parts.numbers,
    parts.days,
    parts.concepts,
    options,
    crossTerms,
  );
}

function weightedValues(
  keys: number,
  terms: number,
  names: number,
  numbers: number,
  days: number,
  concepts: number,
  options: ClusterOptions,
  crossTerms = NaN,
): number {
  if (!Number.isNaN(terms))
    return combineValues(
      keys,
      terms,
      options.absentNamesCount && Number.isNaN(names) ? 0 : names,
      numbers,
      days,
      options.weights,
      options.termGate,
    );
  const corroborated = keys * corroboration(names, numbers, days, options.crossKeyGate);
  return (
    combineValues(
      corroborated,
      crossTerms,
      names,
      numbers,
      days,
      options.crossWeights,
      options.crossTermGate,
    ) *
    options.crossLingualFactor *
    conceptShare(concepts, options.crossConceptGate)
  );
}

/**
 * Share of a cross-lingual score kept by the concept gate: min(1, concept cosine / gate); 1 when the gate is
 * off or the cosine is NaN (a side without concepts: the lexicon does not cover its language or words).
 */
export function conceptShare(concepts: number, gate: number): number {
  if (!(gate > 0) || Number.isNaN(concepts)) return 1;
  return Math.min(1, concepts / gate);
}

/**
 * Share of its weight a cross-lingual key cosine keeps: min(1, best corroboration / gate), where the
 * corroboration is the strongest of shared name spellings, shared numbers and shared event days (NaN counts
 * as 0); 1 when the gate is off. Leaders, capitals and big countries recur across unrelated stories in every
 * language, so shared keys alone do not make a cross-language story.
 */
export function corroboration(names: number, numbers: number, days: number, gate: number): number {
  if (!(gate > 0)) return 1;
  let best = 0;
  if (names > best) best = names;
  if (numbers > best) best = numbers;
  if (days > best) best = days;
  return Math.min(1, best / gate);
}

/**
 * Cosine of an article's stems (in `lang`) with the story's centroid in its closest other language of the same
 * script (max over those): names, numbers and cognates written alike (Merkel, NATO, Covid) are shared stems
 * across languages. NaN when the story has no other language in that script (nothing comparable).
 */
export function crossTermCosine(terms: Centroid, lang: string, story: Story): number {
  let best = NaN;
  for (const [l, c] of story.terms) {
    if (l === lang || !sameScript(l, lang)) continue;
    const cos = centroidCosine(terms, c);
    if (!(cos <= best)) best = cos;
  }
  return best;
}

/** True when cross-language term cosines can change a score (else they are not computed: the hot path). */
function usesCrossTerms(options: ClusterOptions): boolean {
  return options.crossWeights.terms > 0 || options.crossTermGate > 0;
}

/** Share of `items` found in `counts`; NaN when either side is empty. */
function shareIn(items: Iterable<string>, size: number, counts: ReadonlyMap<string, number>): number {
  if (size === 0 || counts.size === 0) return NaN;
  let hit = 0;
  for (const x of items) if (counts.has(x)) hit++;
  return hit / size;
}

/** Share of `days` within a day of a day in `counts`; NaN when either side is empty. */
function dayShare(days: readonly number[], counts: ReadonlyMap<number, number>): number {
  if (days.length === 0 || counts.size === 0) return NaN;
  let hit = 0;
  for (const d of days) if (counts.has(d) || counts.has(d - 1) || counts.has(d + 1)) hit++;
  return hit / days.length;
}

/** Gap in days between two optional days. */
function gap(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a - b;
}

/** Similarity of an article (its vectors and day) to a story. */
export function scoreArticle(
  v: ArticleVectors,
  day: number | undefined,
  story: Story,
  options: ClusterOptions,
): ScoreParts {
  const same = story.terms.get(v.lang);
  const parts = {
    keys: keyCosine(v, story),
    terms: same ? centroidCosine(v.terms, same) : NaN,
    names: centroidCosine(v.names, story.names),
    numbers: shareIn(v.numbers, v.numbers.size, story.numbers),
    days: dayShare(v.days, story.days),
    concepts: centroidCosine(v.concepts, story.concepts),
  };
  const cross = same || !usesCrossTerms(options) ? NaN : crossTermCosine(v.terms, v.lang, story);
  const d = decay(gap(day, story.lastDay), options.graceDays, options.halfLifeDays);
  return { ...parts, decay: d, score: weighted(parts, options, cross) * d };
}

/** The decayed total of {@link scoreArticle} alone (the hot path of assignment: no record built). */
export function scoreValue(
  v: ArticleVectors,
  day: number | undefined,
  story: Story,
  options: ClusterOptions,
): number {
  const same = story.terms.get(v.lang);
  const total = weightedValues(
    keyCosine(v, story),
    same ? centroidCosine(v.terms, same) : NaN,
    centroidCosine(v.names, story.names),
    shareIn(v.numbers, v.numbers.size, story.numbers),
    dayShare(v.days, story.days),
    same || !(options.crossConceptGate > 0) ? NaN : centroidCosine(v.concepts, story.concepts),
    options,
    same || !usesCrossTerms(options) ? NaN : crossTermCosine(v.terms, v.lang, story),
  );
  return total * decay(gap(day, story.lastDay), options.graceDays, options.halfLifeDays);
}

/** Similarity of two stories (for merging): the same components over their centroids. */
export function scoreStories(a: Story, b: Story, options: ClusterOptions): ScoreParts {
  let terms = NaN;
  let cross = NaN;
  for (const [lang, c] of a.terms) {
    const other = b.terms.get(lang);
    if (other) {
      const cos = centroidCosine(c, other);
      if (!(cos <= terms)) terms = cos; // max over shared languages (NaN-safe)
    } else if (Number.isNaN(terms) && usesCrossTerms(options)) {
      const cos = crossTermCosine(c, lang, b);
      if (!(cos <= cross)) cross = cos;
    }
  }
  const numbers =
    a.numbers.size <= b.numbers.size
      ? shareIn(a.numbers.keys(), a.numbers.size, b.numbers)
      : shareIn(b.numbers.keys(), b.numbers.size, a.numbers);
  const aDays = [...a.days.keys()];
  const parts = {
    keys: storyKeyCosine(a, b),
    terms,
    names: centroidCosine(a.names, b.names),
    numbers,
    days: dayShare(aDays, b.days),
    concepts: centroidCosine(a.concepts, b.concepts),
  };
  const between =
    a.lastDay === undefined || b.lastDay === undefined
      ? undefined
      : Math.max(0, Math.max(a.firstDay!, b.firstDay!) - Math.min(a.lastDay, b.lastDay));
  const d = decay(between, options.graceDays, options.halfLifeDays);
  return { ...parts, decay: d, score: weighted(parts, options, cross) * d };
}
