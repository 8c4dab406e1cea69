/**
 * Scoring: article-to-story and story-to-story similarity in [0, 1], as a weighted combination of
 * components, renormalised over the components both sides can be compared on (an article in a language the
 * story has no member in is compared on keys, names, numbers and days only: cross-lingual by construction),
 * multiplied by a time decay on the gap in days.
 */
import type { ArticleVectors } from './vectors.ts';
import type { Centroid, ClusterOptions, ScoreWeights, Story } from './state.ts';

/** The components of a score (NaN = not comparable) and the decayed total. */
export interface ScoreParts {
  readonly keys: number;
  readonly terms: number;
  readonly names: number;
  readonly numbers: number;
  readonly days: number;
  readonly decay: number;
  readonly score: number;
}

/** Cosine of two centroids with cached norms; NaN when either is empty (not comparable). */
export function centroidCosine(a: Centroid, b: Centroid): number {
  if (a.norm === 0 || b.norm === 0) return NaN;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small.weights) {
    const x = large.weights.get(k);
    if (x !== undefined) s += w * x;
  }
  return Math.min(1, s / (a.norm * b.norm));
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

/** Weighted mean of the comparable components (NaN ones left out); 0 when none is comparable. */
export function combine(parts: Omit<ScoreParts, 'decay' | 'score'>, w: ScoreWeights): number {
  let num = 0;
  let den = 0;
  for (const k of ['keys', 'terms', 'names', 'numbers', 'days'] as const) {
    const v = parts[k];
    if (Number.isNaN(v)) continue;
    num += w[k] * v;
    den += w[k];
  }
  return den === 0 ? 0 : num / den;
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
    keys: centroidCosine(v.keys, story.keys),
    terms: same ? centroidCosine(v.terms, same) : NaN,
    names: centroidCosine(v.names, story.names),
    numbers: shareIn(v.numbers, v.numbers.size, story.numbers),
    days: dayShare(v.days, story.days),
  };
  const d = decay(gap(day, story.lastDay), options.graceDays, options.halfLifeDays);
  const cross = Number.isNaN(parts.terms) ? options.crossLingualFactor : 1;
  return { ...parts, decay: d, score: combine(parts, options.weights) * d * cross };
}

/** Similarity of two stories (for merging): the same components over their centroids. */
export function scoreStories(a: Story, b: Story, options: ClusterOptions): ScoreParts {
  let terms = NaN;
  for (const [lang, c] of a.terms) {
    const other = b.terms.get(lang);
    if (!other) continue;
    const cos = centroidCosine(c, other);
    if (!(cos <= terms)) terms = cos; // max over shared languages (NaN-safe)
  }
  const numbers =
    a.numbers.size <= b.numbers.size
      ? shareIn(a.numbers.keys(), a.numbers.size, b.numbers)
      : shareIn(b.numbers.keys(), b.numbers.size, a.numbers);
  const aDays = [...a.days.keys()];
  const parts = {
    keys: centroidCosine(a.keys, b.keys),
    terms,
    names: centroidCosine(a.names, b.names),
    numbers,
    days: dayShare(aDays, b.days),
  };
  const between =
    a.lastDay === undefined || b.lastDay === undefined
      ? undefined
      : Math.max(0, Math.max(a.firstDay!, b.firstDay!) - Math.min(a.lastDay, b.lastDay));
  const d = decay(between, options.graceDays, options.halfLifeDays);
  return { ...parts, decay: d, score: combine(parts, options.weights) * d };
}
