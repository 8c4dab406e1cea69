/**
 * Near misses (ClusterOptions.nearMissShare / nearMissMerge): an article that started its own story although its
 * best candidate came close gets a second look when that candidate grows. Fictional profiles (fixtures.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assign } from '../../src/core/cluster/assign.ts';
import { decodeClusterState, encodeClusterState } from '../../src/core/cluster/codec.ts';
import { rememberNearMiss } from '../../src/core/cluster/merge.ts';
import { newStory } from '../../src/core/cluster/story.ts';
import {
  createClusterState,
  MAX_NEAR_MISSES,
  storyOfArticle,
  type ClusterOptions,
} from '../../src/core/cluster/state.ts';
import { profile, type ProfileSpec } from './fixtures.ts';

/** A ferry strike at Tromvik told in three reports; the second shares only part of the first's vocabulary. */
const FIRST: ProfileSpec = {
  id: 'a1',
  terms: ['ferry', 'strike', 'tromvik', 'union', 'wage', 'crew', 'talks', 'halt'],
  persons: ['halvorsen'],
};
const PARTIAL: ProfileSpec = {
  id: 'a2',
  terms: ['ferry', 'strike', 'harbour', 'closed', 'tourist', 'delay', 'queue', 'bus'],
  persons: ['halvorsen'],
};
const BRIDGE: ProfileSpec = {
  id: 'a3',
  terms: ['ferry', 'strike', 'tromvik', 'union', 'wage', 'crew', 'harbour', 'closed'],
  persons: ['halvorsen'],
};
/** Unrelated: a bridge opening elsewhere. */
const OTHER: ProfileSpec = { id: 'b1', terms: ['bridge', 'opening', 'mayor', 'ribbon'], persons: ['okafor'] };

/**
 * Threshold above the partial report's score with the first (so it starts a story), below the bridge's; the
 * ordinary merge of converged stories set out of reach, so only the second look can bring them together. These
 * profiles carry no names, and the thresholds were set on scores over terms and keys alone (names left out).
 */
const OPTIONS: Partial<ClusterOptions> = {
  absentNamesCount: false,
  threshold: 0.45,
  mergeThreshold: 0.95,
  nearMissShare: 0.5,
  nearMissMerge: 0.2,
};

function run(options: Partial<ClusterOptions>, stream: readonly ProfileSpec[]) {
  const state = createClusterState(options);
  const assignments = stream.map((s) => assign(state, profile(s)));
  return { state, assignments };
}

test('near miss: the partial report starts a story, then joins the first once the bridge report arrives', () => {
  const off = run({ ...OPTIONS, nearMissShare: 0 }, [FIRST, PARTIAL, BRIDGE, OTHER]);
  assert.equal(off.assignments[1].created, true, 'the partial report misses the threshold');
  assert.notEqual(storyOfArticle(off.state, 'a2'), storyOfArticle(off.state, 'a1'), 'off: it stays apart');

  const on = run(OPTIONS, [FIRST, PARTIAL, BRIDGE, OTHER]);
  assert.equal(on.assignments[1].created, true);
  assert.equal(
    storyOfArticle(on.state, 'a2'),
    storyOfArticle(on.state, 'a1'),
    'on: merged at the second look',
  );
  assert.equal(storyOfArticle(on.state, 'a3'), 'story:a1');
  assert.deepEqual(on.assignments[2].merged, ['story:a2'], 'the merge is reported with the assignment');
  assert.notEqual(storyOfArticle(on.state, 'b1'), 'story:a1', 'the unrelated story stays apart');
  assert.deepEqual(on.state.stories.get('story:a1')!.nearMisses, [], 'looked at once, then forgotten');
});

test('near miss: an unrelated new story is no near miss; a story remembers a bounded number', () => {
  const { state } = run(OPTIONS, [FIRST, OTHER]);
  assert.deepEqual(state.stories.get('story:a1')!.nearMisses, []);
  const story = newStory('story:x', 0);
  for (let i = 0; i < MAX_NEAR_MISSES + 3; i++) rememberNearMiss(story, `story:n${i}`);
  rememberNearMiss(story, `story:n${MAX_NEAR_MISSES + 2}`); // already remembered: no duplicate
  rememberNearMiss(story, 'story:x'); // never itself
  assert.equal(story.nearMisses.length, MAX_NEAR_MISSES);
  assert.equal(story.nearMisses[0], 'story:n3', 'the oldest are forgotten first');
});

test('near miss: remembered near misses survive encode/decode (same stories after a restart)', () => {
  const whole = run(OPTIONS, [FIRST, PARTIAL, BRIDGE, OTHER]).state;
  const split = createClusterState(OPTIONS);
  assign(split, profile(FIRST));
  assign(split, profile(PARTIAL));
  assert.deepEqual(split.stories.get('story:a1')!.nearMisses, ['story:a2']);
  const back = decodeClusterState(encodeClusterState(split));
  assign(back, profile(BRIDGE));
  assign(back, profile(OTHER));
  for (const id of ['a1', 'a2', 'a3', 'b1'])
    assert.equal(storyOfArticle(back, id), storyOfArticle(whole, id), id);
});
