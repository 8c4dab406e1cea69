import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DIMENSIONS,
  assignFolds,
  fitBoost,
  fitDimension,
  fitRidge,
  groupKey,
  predict,
  predictRaw,
  type SimilarityModel,
} from '../../src/core/similarity/model.ts';
import { committedModel, scorePair } from '../../src/core/similarity/scores.ts';
import { FEATURE_NAMES } from '../../src/core/similarity/features.ts';
import { createIdf } from '../../src/core/similarity/idf.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';
import { buildProfile } from '../../src/core/similarity/profile.ts';

/** A deterministic pseudo-random sequence (LCG) for synthetic data. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** y = 2 + 1.5 x0 - 0.5 x1 (+ tiny noise), x2 irrelevant. */
function linearData(n: number, noise = 0.01) {
  const r = lcg(7);
  const x = Array.from({ length: n }, () => [r(), r(), r()]);
  const y = x.map((v) => 2 + 1.5 * v[0] - 0.5 * v[1] + noise * (r() - 0.5));
  return { x, y };
}

test('ridge recovers a known linear relation', () => {
  const data = linearData(400);
  const m = fitRidge(data, 1e-6);
  // weights are on standardised features: divide by the scale to get raw slopes
  const slopes = m.weights.map((w, j) => w / m.scale[j]);
  assert.ok(Math.abs(slopes[0] - 1.5) < 0.02, `x0 slope ${slopes[0]}`);
  assert.ok(Math.abs(slopes[1] + 0.5) < 0.02, `x1 slope ${slopes[1]}`);
  assert.ok(Math.abs(slopes[2]) < 0.02, `x2 slope ${slopes[2]}`);
  assert.ok(Math.abs(predictRaw(m, [0.5, 0.5, 0.9]) - 2.5) < 0.02);
});

test('ridge: a strong penalty shrinks the weights towards 0', () => {
  const data = linearData(200);
  const light = fitRidge(data, 1e-3);
  const heavy = fitRidge(data, 1e4);
  assert.ok(Math.abs(heavy.weights[0]) < Math.abs(light.weights[0]) / 10);
});

test('boosted trees fit a step function ridge cannot', () => {
  const r = lcg(3);
  const x = Array.from({ length: 300 }, () => [r(), r()]);
  const y = x.map((v) => (v[0] > 0.5 && v[1] > 0.5 ? 1 : 4));
  const { model } = fitBoost({ x, y }, { depth: 2, rate: 0.3, trees: 60, minLeaf: 5, bins: 32 });
  assert.ok(Math.abs(predictRaw(model, [0.9, 0.9]) - 1) < 0.2);
  assert.ok(Math.abs(predictRaw(model, [0.9, 0.1]) - 4) < 0.2);
  assert.ok(Math.abs(predictRaw(model, [0.1, 0.9]) - 4) < 0.2);
});

const groupRows = [
  { id: '1484008155_1483984703', group: '1484008155_1483984703' },
  { id: '1484008155es_1483984703', group: '1484008155_1483984703' },
  { id: '1556488279_1573093212fr', group: '1556488279_1573093212' },
  { id: '1484037032zh_1483931345zh', group: '1484037032_1483931345' },
];
for (const r of groupRows) {
  test(`groupKey: ${r.id}`, () => assert.equal(groupKey(r.id), r.group));
}

test('folds: a real pair and its translations share a fold; folds are balanced and order-independent', () => {
  const ids = Array.from({ length: 100 }, (_, i) => `${1000 + i}_${2000 + i}`);
  const all = [...ids, ...ids.slice(0, 40).map((id) => id.replace('_', 'de_') + 'en')];
  const groups = all.map(groupKey);
  const folds = assignFolds(groups, 5);
  for (let i = 0; i < 40; i++) assert.equal(folds[100 + i], folds[i]);
  const sizes = [0, 1, 2, 3, 4].map((k) => ids.filter((_, i) => folds[i] === k).length);
  assert.deepEqual(sizes, [20, 20, 20, 20, 20]);
  const reversed = assignFolds([...groups].reverse(), 5).reverse();
  assert.deepEqual(reversed, folds);
});

test('fit is deterministic: same data, same JSON', () => {
  const { x, y } = linearData(120, 0.5);
  const groups = x.map((_, i) => String(i % 30));
  const opts = {
    folds: 3,
    lambdas: [1, 10],
    depths: [2],
    rate: 0.1,
    maxTrees: 40,
    treeStep: 20,
    minLeaf: 5,
    bins: 16,
  };
  const a = JSON.stringify(fitDimension({ x, y, groups }, opts));
  const b = JSON.stringify(fitDimension({ x, y, groups }, opts));
  assert.equal(a, b);
});

test('predictions are clamped to [1, 4]', () => {
  const model: SimilarityModel = committedModel();
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: -50, max: 50, noNaN: true }), {
        minLength: FEATURE_NAMES.length,
        maxLength: FEATURE_NAMES.length,
      }),
      (x) => {
        const s = predict(model, x);
        return DIMENSIONS.every((d) => s[d] >= 1 && s[d] <= 4);
      },
    ),
    { numRuns: 200 },
  );
});

test('committed model: features match features.ts, provenance recorded', () => {
  const m = committedModel();
  assert.deepEqual(m.features, FEATURE_NAMES);
  assert.match(String(m.meta.sha256), /^[0-9a-f]{64}$/);
  for (const d of DIMENSIONS) assert.ok(m.dimensions[d]);
});

const fictional = (id: string, title: string, text: string) => {
  const r = analyzeArticle({ id, title, text, origin: id, published: '2031-03-04T09:00:00Z' });
  assert.ok(r.ok);
  return buildProfile(r.analysis);
};

test('self-pair scores close to 1; an unrelated pair scores higher on overall', () => {
  const a = fictional(
    'a',
    'Harbour treaty signed in Ostrava',
    'Prime minister Elena Varga signed the harbour treaty in Ostrava on Monday, 3 March 2031. "This treaty opens the river to 340 ships," Varga said. The Czech ministry of transport will fund the works.',
  );
  const b = fictional(
    'b',
    'Floods close schools in Lyon',
    'Heavy rain flooded the streets of Lyon on Sunday. The river Rhône rose by 12 centimetres in one night, and the mayor closed 75 schools. Firefighters rescued several families.',
  );
  const idf = createIdf();
  const self = scorePair(a, a, idf).scores;
  const other = scorePair(a, b, idf).scores;
  assert.ok(self.overall <= 1.6, `self overall ${self.overall}`);
  assert.ok(other.overall > self.overall + 1, `unrelated overall ${other.overall}`);
  for (const d of DIMENSIONS) assert.ok(self[d] >= 1 && self[d] <= 4);
});
