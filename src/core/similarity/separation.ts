/**
 * How well a pair score separates same-story pairs from different-story pairs (pure): ROC AUC and the
 * accuracy of the "same story" decision at a threshold. Scores are on the SemEval scale (lower = closer).
 */

export interface Separation {
  readonly pairs: number;
  /** Same-story pairs among them. */
  readonly same: number;
  /** Probability that a same-story pair scores lower than a different-story pair (ties count half). */
  readonly auc: number;
  /** Share of pairs whose decision (score <= threshold means same story) matches the gold. */
  readonly accuracy: number;
  /** Same-story pairs decided same / all same-story pairs. */
  readonly recall: number;
  /** Same-story pairs decided same / all pairs decided same (1 when none is decided same). */
  readonly precision: number;
}

/**
 * ROC AUC by ranks (Mann-Whitney U, average ranks for ties): `positive[i]` pairs should score lower.
 * NaN when either class is empty.
 */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b] || a - b);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    for (let k = i; k <= j; k++) ranks[idx[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  let pos = 0;
  let rankSum = 0;
  positive.forEach((p, i) => {
    if (p) {
      pos++;
      rankSum += ranks[i];
    }
  });
  const neg = scores.length - pos;
  if (pos === 0 || neg === 0) return NaN;
  // Positives should have LOW ranks: U counts (positive, negative) pairs ordered positive-first.
  const uPosHigh = rankSum - (pos * (pos + 1)) / 2;
  return 1 - uPosHigh / (pos * neg);
}

/** AUC, accuracy, precision and recall of `score <= threshold` as the same-story decision. */
export function separation(
  scores: readonly number[],
  positive: readonly boolean[],
  threshold: number,
): Separation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  scores.forEach((s, i) => {
    const said = s <= threshold;
    if (said && positive[i]) tp++;
    else if (said) fp++;
    else if (positive[i]) fn++;
    else tn++;
  });
  return {
    pairs: scores.length,
    same: tp + fn,
    auc: rocAuc(scores, positive),
    accuracy: scores.length ? (tp + tn) / scores.length : NaN,
    recall: tp + fn ? tp / (tp + fn) : NaN,
    precision: tp + fp ? tp / (tp + fp) : 1,
  };
}
