import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rocAuc, separation } from '../../src/core/similarity/separation.ts';

test('rocAuc: same-story pairs should score lower', () => {
  const rows: { scores: number[]; positive: boolean[]; expected: number }[] = [
    { scores: [1, 2, 3, 4], positive: [true, true, false, false], expected: 1 },
    { scores: [1, 2, 3, 4], positive: [false, false, true, true], expected: 0 },
    { scores: [2, 2, 2, 2], positive: [true, false, true, false], expected: 0.5 },
    { scores: [1, 3, 2, 4], positive: [true, true, false, false], expected: 0.75 },
    { scores: [1, 1], positive: [true, true], expected: NaN },
  ];
  for (const r of rows) assert.deepEqual(rocAuc(r.scores, r.positive), r.expected, JSON.stringify(r));
});

test('separation: accuracy, recall and precision of score <= threshold', () => {
  const s = separation([1.5, 2.0, 2.5, 3.5, 1.8], [true, true, true, false, false], 2.0);
  assert.equal(s.pairs, 5);
  assert.equal(s.same, 3);
  assert.equal(s.accuracy, 3 / 5);
  assert.equal(s.recall, 2 / 3);
  assert.equal(s.precision, 2 / 3);
  assert.equal(separation([3], [false], 2).precision, 1, 'nothing decided same: precision 1');
});
