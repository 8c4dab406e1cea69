/**
 * Bounded centroids: adding vectors and counts, pruning to the top-K entries (by weight, ties by key, so the
 * result is deterministic), and keeping the cached norm right.
 */
import type { Centroid } from './state.ts';

/** Slack before pruning: prune to K only when a centroid reaches K * PRUNE_SLACK (amortises the sort). */
const PRUNE_SLACK = 1.5;

function byWeightThenKey<K extends string | number>(a: [K, number], b: [K, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** Keeps the top `k` entries of a weight map (in place) once it holds more than k * PRUNE_SLACK. */
export function pruneMap<K extends string | number>(m: Map<K, number>, k: number): void {
  if (m.size <= k * PRUNE_SLACK) return;
  const keep = [...m].sort(byWeightThenKey).slice(0, k);
  m.clear();
  for (const [key, w] of keep) m.set(key, w);
}

/** Recomputes a centroid's norm. */
export function renorm(c: Centroid): void {
  let s = 0;
  for (const w of c.weights.values()) s += w * w;
  c.norm = Math.sqrt(s);
}

/** An empty centroid. */
export function emptyCentroid(): Centroid {
  return { weights: new Map(), norm: 0 };
}

/** Adds `from` times `scale` into `into` (bounded to `k` entries) and refreshes the norm. */
export function addInto(into: Centroid, from: ReadonlyMap<string, number>, k: number, scale = 1): void {
  for (const [key, w] of from) into.weights.set(key, (into.weights.get(key) ?? 0) + w * scale);
  pruneMap(into.weights, k);
  renorm(into);
}

/** Adds counts (bounded to `k` entries). */
export function addCounts<K extends string | number>(
  into: Map<K, number>,
  from: Iterable<K> | ReadonlyMap<K, number>,
  k: number,
): void {
  if (from instanceof Map)
    for (const [key, c] of from as ReadonlyMap<K, number>) into.set(key, (into.get(key) ?? 0) + c);
  else for (const key of from as Iterable<K>) into.set(key, (into.get(key) ?? 0) + 1);
  pruneMap(into, k);
}
