import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cosine, jaccard, overlap, weightedJaccard } from '../../src/core/similarity/maths.ts';

const v = (o: Record<string, number>) => new Map(Object.entries(o));
const s = (...xs: string[]) => new Set(xs);

const vectorRows = [
  { name: 'identical', a: v({ x: 1, y: 2 }), b: v({ x: 1, y: 2 }), cosine: 1, wj: 1 },
  { name: 'disjoint', a: v({ x: 1 }), b: v({ y: 1 }), cosine: 0, wj: 0 },
  { name: 'one empty', a: v({}), b: v({ y: 1 }), cosine: 0, wj: 0 },
  { name: 'both empty', a: v({}), b: v({}), cosine: 1, wj: 1 },
  { name: 'scaled', a: v({ x: 1, y: 1 }), b: v({ x: 3, y: 3 }), cosine: 1, wj: 1 / 3 },
  { name: 'half', a: v({ x: 1, y: 1 }), b: v({ x: 1 }), cosine: Math.SQRT1_2, wj: 0.5 },
];
for (const r of vectorRows) {
  test(`cosine / weightedJaccard: ${r.name}`, () => {
    assert.ok(Math.abs(cosine(r.a, r.b) - r.cosine) < 1e-12);
    assert.ok(Math.abs(weightedJaccard(r.a, r.b) - r.wj) < 1e-12);
  });
}

const setRows = [
  { name: 'identical', a: s('a', 'b'), b: s('a', 'b'), jaccard: 1, overlap: 1 },
  { name: 'disjoint', a: s('a'), b: s('b'), jaccard: 0, overlap: 0 },
  { name: 'one empty', a: s(), b: s('b'), jaccard: 0, overlap: 0 },
  { name: 'both empty', a: s(), b: s(), jaccard: 1, overlap: 1 },
  { name: 'subset', a: s('a'), b: s('a', 'b', 'c'), jaccard: 1 / 3, overlap: 1 },
];
for (const r of setRows) {
  test(`jaccard / overlap: ${r.name}`, () => {
    assert.equal(jaccard(r.a, r.b), r.jaccard);
    assert.equal(overlap(r.a, r.b), r.overlap);
  });
}

const vec = fc
  .dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.double({ min: 0.01, max: 10, noNaN: true }))
  .map((o) => v(o));
const set = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e')).map((xs) => new Set(xs));

test('properties: symmetric, in [0,1], self-similarity 1', () => {
  fc.assert(
    fc.property(vec, vec, (a, b) => {
      for (const f of [cosine, weightedJaccard]) {
        const x = f(a, b);
        assert.ok(Math.abs(x - f(b, a)) < 1e-9);
        assert.ok(x >= 0 && x <= 1 + 1e-12);
        assert.ok(Math.abs(f(a, a) - 1) < 1e-9);
      }
    }),
  );
  fc.assert(
    fc.property(set, set, (a, b) => {
      for (const f of [jaccard, overlap]) {
        assert.equal(f(a, b), f(b, a));
        assert.ok(f(a, b) >= 0 && f(a, b) <= 1);
        assert.equal(f(a, a), 1);
      }
    }),
  );
});
