/** The clustering benchmark's replicated stream (bench/cluster.ts), on the fictional fixture profiles. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchCluster, roundSpacing } from '../../bench/cluster.ts';
import { assign } from '../../src/core/cluster/assign.ts';
import { createClusterState, DEFAULT_CLUSTER_OPTIONS } from '../../src/core/cluster/state.ts';
import { profile, STREAM } from './fixtures.ts';

test('roundSpacing: a round of base texts plus a gap longer than the window', () => {
  const w = DEFAULT_CLUSTER_OPTIONS.windowDays;
  const rows = [
    { base: 1, perDay: 300, expected: 1 + w + 1 },
    { base: 300, perDay: 300, expected: 1 + w + 1 },
    { base: 301, perDay: 300, expected: 2 + w + 1 },
    { base: 1687, perDay: 300, expected: 6 + w + 1 },
  ];
  for (const { base, perDay, expected } of rows) assert.equal(roundSpacing(base, perDay), expected);
});

test('benchCluster: every round is a new set of stories, and earlier rounds expire', () => {
  const base = STREAM.map(profile);
  const state = createClusterState();
  for (const p of base) assign(state, { ...p, day: 0 });
  const perRound = state.stories.size;
  const rounds = 4;
  const r = benchCluster(base, rounds * base.length, 2);
  assert.equal(r.articles, rounds * base.length);
  assert.equal(r.stories, rounds * perRound, 'a copy never rejoins its earlier story');
  assert.ok(r.activeStories <= perRound, `${r.activeStories} active: earlier rounds left the window`);
  assert.equal(r.slices.length, 1);
  assert.ok(r.p50AssignMs >= 0 && r.p99AssignMs >= r.p50AssignMs);
});
