/**
 * Pure similarity maths over sparse vectors and sets. Edge rules (as in wink-nlp): both empty = 1 (nothing
 * differs), one empty = 0 (nothing shared). Callers that must not treat "both empty" as evidence of
 * similarity check emptiness themselves (features carry the sizes too).
 */

/** A sparse vector: term -> weight. */
export type SparseVector = ReadonlyMap<string, number>;

/** Euclidean norm of a sparse vector. */
export function norm(v: SparseVector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

/** Dot product; iterates over the smaller vector. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) {
    const x = large.get(k);
    if (x !== undefined) s += w * x;
  }
  return s;
}

/** Cosine similarity in [0, 1] for non-negative weights (both empty = 1, one empty = 0). */
export function cosine(a: SparseVector, b: SparseVector, normA = norm(a), normB = norm(b)): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (normA === 0 || normB === 0) return 0;
  return Math.min(1, dot(a, b) / (normA * normB));
}

function interSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** |A ∩ B| / |A ∪ B| (both empty = 1, one empty = 0). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const i = interSize(a, b);
  return i / (a.size + b.size - i);
}

/** |A ∩ B| / min(|A|, |B|) (both empty = 1, one empty = 0). */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  return interSize(a, b) / Math.min(a.size, b.size);
}

/** Weighted Jaccard: Σ min / Σ max over the union of keys (both empty = 1, one empty = 0). */
export function weightedJaccard(a: SparseVector, b: SparseVector): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  let mn = 0;
  let mx = 0;
  for (const [k, w] of a) {
    const x = b.get(k) ?? 0;
    mn += Math.min(w, x);
    mx += Math.max(w, x);
  }
  for (const [k, x] of b) if (!a.has(k)) mx += x;
  return mx === 0 ? 1 : mn / mx;
}
