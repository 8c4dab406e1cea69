import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  centroidCosine,
  combine,
  conceptShare,
  corroboration,
  decay,
  scoreArticle,
} from '../../src/core/cluster/score.ts';
import { pickBest } from '../../src/core/cluster/assign.ts';
import { newStory } from '../../src/core/cluster/story.ts';
import { createClusterState, DEFAULT_CLUSTER_OPTIONS } from '../../src/core/cluster/state.ts';
import { assign } from '../../src/core/cluster/assign.ts';
import { articleVectors, countFeatures } from '../../src/core/cluster/vectors.ts';
import { profile, type ProfileSpec } from './fixtures.ts';

const c = (entries: [string, number][]) => {
  const weights = new Map(entries);
  return { weights, norm: Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) };
};

test('decay: grace period, half-life, unknown gap', () => {
  const rows = [
    { gap: undefined, expected: 1 },
    { gap: 0, expected: 1 },
    { gap: 2, expected: 1 },
    { gap: -2, expected: 1 },
    { gap: 5, expected: 0.5 },
    { gap: 8, expected: 0.25 },
    { gap: -5, expected: 0.5 },
    { gap: NaN, expected: 1 },
  ];
  for (const { gap, expected } of rows) assert.equal(decay(gap, 2, 3), expected, `gap ${gap}`);
});

test('centroidCosine: identical, disjoint, empty (not comparable), partial', () => {
  const rows = [
    { a: c([['x', 1]]), b: c([['x', 2]]), expected: 1 },
    { a: c([['x', 1]]), b: c([['y', 1]]), expected: 0 },
    { a: c([]), b: c([['y', 1]]), expected: NaN },
    { a: c([]), b: c([]), expected: NaN },
    {
      a: c([
        ['x', 1],
        ['y', 1],
      ]),
      b: c([['x', 1]]),
      expected: 1 / Math.SQRT2,
    },
  ];
  for (const { a, b, expected } of rows) {
    const got = centroidCosine(a, b);
    if (Number.isNaN(expected)) assert.ok(Number.isNaN(got));
    else assert.ok(Math.abs(got - expected) < 1e-12, `${got} vs ${expected}`);
  }
});

test('combine: renormalises over the comparable components; none comparable gives 0', () => {
  const w = { keys: 0.5, terms: 0.3, names: 0.1, numbers: 0.05, days: 0.05 };
  const rows = [
    { parts: { keys: 1, terms: 1, names: 1, numbers: 1, days: 1 }, expected: 1 },
    { parts: { keys: 0.8, terms: NaN, names: NaN, numbers: NaN, days: NaN }, expected: 0.8 },
    { parts: { keys: 1, terms: 0, names: NaN, numbers: NaN, days: NaN }, expected: 0.5 / 0.8 },
    { parts: { keys: NaN, terms: NaN, names: NaN, numbers: NaN, days: NaN }, expected: 0 },
    { parts: { keys: 0, terms: 0, names: 0, numbers: 0, days: 0 }, expected: 0 },
  ];
  for (const { parts, expected } of rows) assert.ok(Math.abs(combine(parts, w) - expected) < 1e-12);
});

test('combine: the term gate scales keys, names, numbers and days by min(1, terms / gate)', () => {
  const w = { keys: 0.25, terms: 0.6, names: 0.1, numbers: 0.025, days: 0.025 };
  const rows = [
    // Shared people but no shared vocabulary: the keys count for nothing.
    { parts: { keys: 1, terms: 0, names: NaN, numbers: NaN, days: NaN }, gate: 0.2, expected: 0 },
    // Half the gate: the keys count half.
    {
      parts: { keys: 1, terms: 0.1, names: NaN, numbers: NaN, days: NaN },
      gate: 0.2,
      expected: (0.06 + 0.125) / 0.85,
    },
    // At or above the gate: no change.
    {
      parts: { keys: 1, terms: 0.4, names: NaN, numbers: NaN, days: NaN },
      gate: 0.2,
      expected: (0.24 + 0.25) / 0.85,
    },
    // Terms not comparable (another language): no gate.
    { parts: { keys: 0.8, terms: NaN, names: NaN, numbers: NaN, days: NaN }, gate: 0.2, expected: 0.8 },
    // Gate 0: off.
    { parts: { keys: 1, terms: 0, names: NaN, numbers: NaN, days: NaN }, gate: 0, expected: 0.25 / 0.85 },
  ];
  for (const { parts, gate, expected } of rows)
    assert.ok(Math.abs(combine(parts, w, gate) - expected) < 1e-12, `${JSON.stringify(parts)} gate ${gate}`);
});

test('pickBest: the order of candidates does not matter (ties by story id)', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.constantFrom(0, 0.2, 0.5, 0.9)), {
        selector: (t) => t[0],
        minLength: 1,
        maxLength: 12,
      }),
      fc.integer(),
      (rows, seed) => {
        const bestId = (rs: typeof rows) =>
          rs[
            pickBest(
              rs.map(([id]) => newStory(id, 0)),
              rs.map(([, s]) => s),
            )
          ][0];
        const shuffled = [...rows].sort(
          (a, b) => ((a[0].length * 31 + seed) % 7) - ((b[0].length * 31 + seed) % 7),
        );
        assert.equal(bestId(shuffled), bestId(rows));
        assert.equal(bestId([...rows].reverse()), bestId(rows));
      },
    ),
  );
  assert.equal(pickBest([], []), -1);
  assert.ok(DEFAULT_CLUSTER_OPTIONS.threshold > 0);
});

test('corroboration: best of names, numbers and days over the gate, capped at 1; gate 0 is off', () => {
  const rows = [
    { names: 0.1, numbers: NaN, days: NaN, gate: 0.2, expected: 0.5 },
    { names: 0.1, numbers: 0.5, days: NaN, gate: 0.2, expected: 1 },
    { names: NaN, numbers: NaN, days: 0.05, gate: 0.2, expected: 0.25 },
    { names: NaN, numbers: NaN, days: NaN, gate: 0.2, expected: 0 },
    { names: 0, numbers: 0, days: 0, gate: 0.2, expected: 0 },
    { names: 0, numbers: 0, days: 0, gate: 0, expected: 1 },
    { names: 0.3, numbers: NaN, days: NaN, gate: 0.2, expected: 1 },
  ];
  for (const { names, numbers, days, gate, expected } of rows)
    assert.ok(
      Math.abs(corroboration(names, numbers, days, gate) - expected) < 1e-12,
      `${names} ${numbers} ${days} / ${gate}`,
    );
});

test('cross-lingual key gate: a shared leader alone scores lower than the leader with a shared number', () => {
  // A German report on a ferry strike; two English articles name the same minister, one also reports its
  // figure (fictional).
  const story: ProfileSpec = {
    id: 'd1',
    lang: 'de',
    terms: ['fahre', 'streik', 'hafen'],
    persons: ['halvorsen'],
    places: ['tromvik'],
    numbers: ['340'],
  };
  const leaderOnly: ProfileSpec = { id: 'e1', lang: 'en', terms: ['budget', 'vote'], persons: ['halvorsen'] };
  const withNumber: ProfileSpec = { ...leaderOnly, id: 'e2', numbers: ['340'] };
  const score = (gate: number, other: ProfileSpec) => {
    const state = createClusterState({ crossKeyGate: gate });
    assign(state, profile(story));
    const p = profile(other);
    countFeatures(state, p);
    return scoreArticle(articleVectors(state, p), undefined, state.stories.get('story:d1')!, state.options)
      .score;
  };
  assert.ok(score(0.2, leaderOnly) < score(0, leaderOnly), 'gated: the leader alone counts less');
  assert.equal(score(0.2, withNumber), score(0, withNumber), 'a shared number corroborates fully');
  assert.ok(score(0.2, withNumber) > score(0.2, leaderOnly));
});

test('conceptShare: min(1, concept cosine / gate); 1 when the gate is off or a side has no concept', () => {
  const rows = [
    { concepts: 0.1, gate: 0.25, expected: 0.4 },
    { concepts: 0, gate: 0.25, expected: 0 },
    { concepts: 0.25, gate: 0.25, expected: 1 },
    { concepts: 0.9, gate: 0.25, expected: 1 },
    { concepts: NaN, gate: 0.25, expected: 1 },
    { concepts: 0, gate: 0, expected: 1 },
  ];
  for (const { concepts, gate, expected } of rows)
    assert.ok(Math.abs(conceptShare(concepts, gate) - expected) < 1e-12, `${concepts} / ${gate}`);
});

test('cross-lingual concept gate: a shared leader on another subject scores lower; same subject, or no concepts, as before', () => {
  // A German report on a ferry strike naming a minister and the port's figure; English articles name the same
  // minister and figure, one about the strike, one about a budget vote, one with no concept known (fictional).
  const story: ProfileSpec = {
    id: 'd1',
    lang: 'de',
    terms: ['fahre', 'streik', 'hafen'],
    persons: ['halvorsen'],
    places: ['tromvik'],
    numbers: ['340'],
    concepts: ['strike', 'port', 'ferry'],
  };
  const base = { lang: 'en', persons: ['halvorsen'], places: ['tromvik'], numbers: ['340'] };
  const strike: ProfileSpec = {
    ...base,
    id: 'e1',
    terms: ['ferri', 'strike'],
    concepts: ['strike', 'ferry'],
  };
  const budget: ProfileSpec = { ...base, id: 'e2', terms: ['budget', 'vote'], concepts: ['budget', 'vote'] };
  const unknown: ProfileSpec = { ...base, id: 'e3', terms: ['xyz'] };
  const score = (gate: number, other: ProfileSpec) => {
    const state = createClusterState({ crossConceptGate: gate });
    assign(state, profile(story));
    const p = profile(other);
    countFeatures(state, p);
    return scoreArticle(articleVectors(state, p), undefined, state.stories.get('story:d1')!, state.options)
      .score;
  };
  assert.ok(score(0.25, budget) < score(0, budget), 'another subject: the shared names count less');
  assert.equal(score(0.25, budget), 0, 'no concept shared: nothing left');
  assert.equal(score(0.25, strike), score(0, strike), 'the same subject counts fully');
  assert.equal(score(0.25, unknown), score(0, unknown), 'no concepts on one side: the gate does not apply');
});

test('absent names: a same-language comparison counts names a side lacks as 0, not as incomparable', () => {
  // Two Arabic-like reports (a script without capitals: no names) on one topic, sharing terms and a person key
  // (fictional): with names counted as 0 the score is the weighted sum over terms, keys and names.
  const first: ProfileSpec = { id: 'a1', lang: 'ar', terms: ['رييس', 'ازم', 'نهر'], persons: ['سالم'] };
  const second: ProfileSpec = { id: 'a2', lang: 'ar', terms: ['رييس', 'ازم', 'جسر'], persons: ['سالم'] };
  const parts = (absentNamesCount: boolean) => {
    const state = createClusterState({ absentNamesCount });
    assign(state, profile(first));
    const p = profile(second);
    countFeatures(state, p);
    return scoreArticle(articleVectors(state, p), undefined, state.stories.get('story:a1')!, state.options);
  };
  const on = parts(true);
  const off = parts(false);
  assert.ok(Number.isNaN(on.names), 'no names on either side');
  const w = DEFAULT_CLUSTER_OPTIONS.weights;
  const gated = Math.min(1, on.terms / DEFAULT_CLUSTER_OPTIONS.termGate);
  const num = w.terms * on.terms + w.keys * on.keys * gated;
  assert.ok(Math.abs(on.score - num / (w.terms + w.keys + w.names)) < 1e-12, 'names count 0');
  assert.ok(Math.abs(off.score - num / (w.terms + w.keys)) < 1e-12, 'renormalised without names');
  assert.ok(on.score < off.score);
});
