import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, pairwise, pearson } from '../../src/core/eval/metrics.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('pearson: perfect, inverse, known value, degenerate', () => {
  close(pearson([1, 2, 3], [2, 4, 6]), 1);
  close(pearson([1, 2, 3], [3, 2, 1]), -1);
  close(pearson([1, 2, 3, 4], [1, 3, 2, 4]), 0.8);
  assert.ok(Number.isNaN(pearson([1, 1, 1], [1, 2, 3])));
  assert.ok(Number.isNaN(pearson([1], [1])));
});

test('bcubed: perfect clustering, all-in-one, all singletons, worked example', () => {
  const gold = ['a', 'a', 'b', 'b', 'b'];
  assert.deepEqual(bcubed(['x', 'x', 'y', 'y', 'y'], gold), { precision: 1, recall: 1, f1: 1 });
  const one = bcubed(['x', 'x', 'x', 'x', 'x'], gold);
  close(one.recall, 1);
  close(one.precision, (2 * (2 / 5) + 3 * (3 / 5)) / 5);
  const singles = bcubed(['1', '2', '3', '4', '5'], gold);
  close(singles.precision, 1);
  close(singles.recall, (2 * (1 / 2) + 3 * (1 / 3)) / 5);
});

test('pairwise: counts pairs', () => {
  const gold = ['a', 'a', 'b', 'b', 'b'];
  // predicted puts items 0,1,2 together: pairs (0,1) tp, (0,2) fp, (1,2) fp; gold pairs: 1 + 3 = 4
  const r = pairwise(['x', 'x', 'x', 'y', 'z'], gold);
  close(r.precision, 1 / 3);
  close(r.recall, 1 / 4);
});
