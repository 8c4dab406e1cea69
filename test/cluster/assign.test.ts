import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assign } from '../../src/core/cluster/assign.ts';
import { createClusterState, resolveStoryId, storyOfArticle } from '../../src/core/cluster/state.ts';
import { mergeStories } from '../../src/core/cluster/merge.ts';
import { summarizeStory } from '../../src/core/cluster/summary.ts';
import { profile, STREAM } from './fixtures.ts';

/** Ids of every story in any posting list of the index. */
function postedIds(state: ReturnType<typeof createClusterState>): Set<string> {
  const ids = new Set<string>();
  for (const index of state.index) for (const list of index.values()) for (const s of list) ids.add(s.id);
  return ids;
}

function run(specs = STREAM, options = {}) {
  const state = createClusterState(options);
  const out = specs.map((s) => assign(state, profile(s)));
  return { state, out };
}

test('assign: same story across languages joins; unrelated and a look-alike a month later stay apart', () => {
  const { state } = run();
  const story = (id: string) => storyOfArticle(state, id);
  const rows = [
    { a: 'a1', b: 'a2', same: true }, // en/fr, shared keys, numbers, event day
    { a: 'a1', b: 'a3', same: true },
    { a: 'b1', b: 'b2', same: true }, // en/de
    { a: 'a1', b: 'b1', same: false },
    { a: 'a1', b: 'c1', same: false }, // same people and place, 40 days later: outside the window
  ];
  for (const { a, b, same } of rows) assert.equal(story(a) === story(b), same, `${a} ~ ${b}`);
  assert.equal(story('a1'), 'story:a1', 'the story id comes from its first article');
});

test('assign: a new story below the threshold, joining at or above it', () => {
  const specs = [STREAM[0], STREAM[3]]; // same language, partly shared terms: a score below 1
  assert.equal(run(specs, { threshold: 0.99 }).out[1].created, true);
  const joined = run(specs, { threshold: 0.01 }).out[1];
  assert.equal(joined.created, false);
  assert.equal(joined.storyId, 'story:a1');
  assert.ok(joined.score > 0.01 && joined.score <= 1);
});

test('assign: an accept check vetoes joins, best candidate first; accepting all changes nothing', () => {
  const specs = [STREAM[0], STREAM[3]];
  const asked: string[] = [];
  const vetoed = createClusterState({ threshold: 0.01 });
  assign(vetoed, profile(specs[0]));
  const out = assign(vetoed, profile(specs[1]), (story, p, score) => {
    asked.push(`${p.id}->${story.id}@${score > 0.01}`);
    return false;
  });
  assert.equal(out.created, true, 'rejected by the check: a new story');
  assert.equal(out.storyId, `story:${specs[1].id}`);
  assert.deepEqual(
    asked,
    [`${specs[1].id}->story:a1@true`],
    'asked once, about the candidate above threshold',
  );
  const plain = run(STREAM).state;
  const yes = createClusterState();
  for (const s of STREAM) assign(yes, profile(s), () => true);
  for (const s of STREAM) assert.equal(storyOfArticle(yes, s.id), storyOfArticle(plain, s.id), s.id);
});

test('assign: an article seen twice is not added twice', () => {
  const state = createClusterState();
  const p = profile(STREAM[0]);
  assign(state, p);
  const again = assign(state, p);
  assert.equal(again.storyId, 'story:a1');
  assert.equal(state.stories.get('story:a1')!.members.length, 1);
});

test('assign: stories out of the window are archived and leave the index; summaries still work', () => {
  const { state } = run();
  const old = state.stories.get('story:a1')!;
  assert.equal(old.active, false);
  assert.ok(old.indexed.every((set) => set.size === 0));
  assert.ok(!postedIds(state).has('story:a1'));
  const s = summarizeStory(old);
  assert.equal(s.articles, 3);
  assert.deepEqual(
    s.languages.map((l) => l.lang),
    ['en', 'fr'],
  );
  assert.equal(s.firstSeen, '1970-04-11');
  assert.deepEqual(s.timeline, [{ date: '1970-04-11', count: 3, articles: ['a1', 'a2', 'a3'] }]);
  assert.equal(s.entities[0].name, 'Halvorsen');
  assert.equal(s.places[0].key, 'city:tromvik');
});

test('merge: the older story survives and the absorbed id resolves to it', () => {
  const state = createClusterState({ threshold: 0.99 });
  assign(state, profile(STREAM[0]));
  assign(state, profile(STREAM[2]));
  const a = state.stories.get('story:a1')!;
  const b = state.stories.get('story:b1')!;
  const keep = mergeStories(state, b, a);
  assert.equal(keep.id, 'story:a1');
  assert.equal(resolveStoryId(state, 'story:b1'), 'story:a1');
  assert.equal(storyOfArticle(state, 'b1'), 'story:a1');
  assert.deepEqual(
    keep.members.map((m) => m.id),
    ['a1', 'b1'],
  );
  assert.ok(!postedIds(state).has('story:b1'));
  assert.ok(postedIds(state).has('story:a1'));
});

test('property: the same stream twice gives the same stories (determinism)', () => {
  fc.assert(
    fc.property(
      fc.shuffledSubarray([...STREAM], { minLength: 1 }),
      fc.constantFrom(0.1, 0.2, 0.4),
      (specs, threshold) => {
        const sorted = specs.sort((x, y) => (x.day ?? 0) - (y.day ?? 0));
        const one = run(sorted, { threshold });
        const two = run(sorted, { threshold });
        assert.deepEqual(
          sorted.map((s) => storyOfArticle(one.state, s.id)),
          sorted.map((s) => storyOfArticle(two.state, s.id)),
        );
        assert.deepEqual(one.out, two.out);
      },
    ),
  );
});
