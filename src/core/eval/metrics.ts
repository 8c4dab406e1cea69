/**
 * Evaluation metrics, pure: Pearson's correlation, B-cubed and pairwise clustering precision/recall/F1.
 */

/** Pearson's r; NaN when either side has no variance or fewer than two points. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  return sxy / Math.sqrt(sxx * syy);
}

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function groups(labels: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
}

/**
 * B-cubed precision/recall/F1 of predicted cluster labels against gold labels (same item order).
 * Per item: precision = |pred cluster ∩ gold cluster| / |pred cluster|, recall likewise over the gold cluster.
 */
export function bcubed(predicted: readonly string[], gold: readonly string[]): PRF {
  const n = predicted.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  const joint = groups(predicted.map((p, i) => `${p}\u0000${gold[i]}`));
  const pSize = groups(predicted);
  const gSize = groups(gold);
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const both = joint.get(`${predicted[i]}\u0000${gold[i]}`)!;
    p += both / pSize.get(predicted[i])!;
    r += both / gSize.get(gold[i])!;
  }
  return { precision: p / n, recall: r / n, f1: f1(p / n, r / n) };
}

/** Pairwise precision/recall/F1 over all item pairs: a pair is positive when both items share a cluster. */
export function pairwise(predicted: readonly string[], gold: readonly string[]): PRF {
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  const tp = pairs(groups(predicted.map((p, i) => `${p}\u0000${gold[i]}`)));
  const predPairs = pairs(groups(predicted));
  const goldPairs = pairs(groups(gold));
  const precision = predPairs === 0 ? 1 : tp / predPairs;
  const recall = goldPairs === 0 ? 1 : tp / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}
