import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assign, type Assignment } from '../../src/core/cluster/assign.ts';
import {
  CLUSTER_CODEC_VERSION,
  decodeClusterState,
  encodeClusterState,
} from '../../src/core/cluster/codec.ts';
import {
  createClusterState,
  DEFAULT_CLUSTER_OPTIONS,
  storyOfArticle,
  type ClusterState,
} from '../../src/core/cluster/state.ts';
import { summarizeStory } from '../../src/core/cluster/summary.ts';
import { buildProfile, type Profile } from '../../src/core/similarity/profile.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';
import { readArticles, streamOrder } from '../../src/services/cluster.ts';
import { profile, STREAM } from './fixtures.ts';

const SAMPLES = new URL('../../samples', import.meta.url).pathname;
/** Rounds of the sample stream, each shifted this many days: past the window, so stories get archived. */
const ROUNDS = 3;
const ROUND_DAYS = 15;

let cached: Promise<Profile[]> | undefined;

/** Profiles of the sample corpus in stream order, replicated in rounds (fresh ids, later days). */
function sampleStream(): Promise<Profile[]> {
  cached ??= (async () => {
    const { articles } = await readArticles([SAMPLES]);
    const base = streamOrder(articles).map((a) => {
      const r = analyzeArticle(a);
      if (!r.ok) throw r.error;
      return buildProfile(r.analysis);
    });
    const out: Profile[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const p of base) {
        out.push({
          ...p,
          id: round === 0 ? p.id : `${p.id}-r${round}`,
          ...(p.day !== undefined ? { day: p.day + round * ROUND_DAYS } : {}),
          eventDays: p.eventDays.map((d) => d + round * ROUND_DAYS),
        });
      }
    }
    return out;
  })();
  return cached;
}

/** Everything observable of a state: each article's story, and every story's summary. */
function outcome(state: ClusterState, ids: readonly string[]) {
  return {
    labels: ids.map((id) => storyOfArticle(state, id)),
    summaries: [...state.stories.values()].map(summarizeStory),
  };
}

/** Stories that converge merge more readily than by default, so the stream exercises merges and aliases. */
const OPTIONS = { mergeThreshold: 0.2 };

/** Clusters the stream, encoding and decoding the state after `cut` articles. */
function splitRun(profiles: readonly Profile[], cut: number): { state: ClusterState; out: Assignment[] } {
  let state = createClusterState(OPTIONS);
  const out: Assignment[] = [];
  profiles.forEach((p, i) => {
    if (i === cut) state = decodeClusterState(encodeClusterState(state));
    out.push(assign(state, p));
  });
  return { state, out };
}

test('codec: a stream split in two with encode/decode between gives the same stories and ids as in one go', async () => {
  const profiles = await sampleStream();
  const ids = profiles.map((p) => p.id);
  const whole = splitRun(profiles, -1);
  const expected = outcome(whole.state, ids);
  assert.ok(
    whole.out.some((a) => a.merged),
    'the stream has merges',
  );
  assert.ok(
    [...whole.state.stories.values()].some((s) => !s.active),
    'the stream has archived stories',
  );
  const n = profiles.length;
  for (const cut of [0, 1, 17, Math.floor(n / 2), n - 1, n]) {
    const split = splitRun(profiles, cut);
    assert.deepEqual(split.out, whole.out, `assignments, cut at ${cut}`);
    assert.deepEqual(outcome(split.state, ids), expected, `stories, cut at ${cut}`);
    assert.equal(encodeClusterState(split.state), encodeClusterState(whole.state), `state, cut at ${cut}`);
  }
});

test('codec: encode(decode(x)) is x, and the text is versioned JSON', async () => {
  const profiles = await sampleStream();
  const state = createClusterState();
  for (const p of profiles.slice(0, 60)) assign(state, p);
  const text = encodeClusterState(state);
  assert.equal(encodeClusterState(decodeClusterState(text)), text);
  assert.equal((JSON.parse(text) as { version: number }).version, CLUSTER_CODEC_VERSION);
  const empty = encodeClusterState(createClusterState());
  assert.equal(encodeClusterState(decodeClusterState(empty)), empty);
});

test('codec: concept centroids and concept document frequencies survive a round trip', async () => {
  const profiles = await sampleStream();
  const state = createClusterState();
  for (const p of profiles.slice(0, 49)) assign(state, p);
  const withConcepts = [...state.stories.values()].filter((s) => s.concepts.norm > 0);
  assert.ok(withConcepts.length > 0, 'the sample stories name concepts of the lexicon');
  const back = decodeClusterState(encodeClusterState(state));
  for (const s of withConcepts) {
    const d = back.stories.get(s.id)!;
    assert.deepEqual([...d.concepts.weights], [...s.concepts.weights], s.id);
    assert.equal(d.concepts.norm, s.concepts.norm);
  }
  assert.deepEqual(
    back.df.map((m) => m.size),
    state.df.map((m) => m.size),
  );
  assert.ok(state.df[4].size > 0, 'concept document frequencies are counted');
});

test('codec: undated articles (a story updated on no day) and the fixture stream survive', () => {
  const specs = [
    ...STREAM,
    { id: 'undated1', terms: ['harbour', 'strike'] },
    { id: 'undated2', terms: ['harbour'] },
  ];
  const state = createClusterState();
  const mid = Math.floor(specs.length / 2);
  for (const s of specs.slice(0, mid)) assign(state, profile(s));
  const undatedFirst = createClusterState();
  assign(undatedFirst, profile({ id: 'u0', terms: ['harbour'] }));
  assert.equal(
    [...undatedFirst.active.values()][0],
    Number.NEGATIVE_INFINITY,
    'an undated story is last updated on day -Infinity',
  );
  const back = decodeClusterState(encodeClusterState(undatedFirst));
  assert.deepEqual([...back.active], [...undatedFirst.active]);

  const resumed = decodeClusterState(encodeClusterState(state));
  const direct = createClusterState();
  for (const s of specs.slice(0, mid)) assign(direct, profile(s));
  for (const s of specs.slice(mid)) {
    assert.deepEqual(assign(resumed, profile(s)), assign(direct, profile(s)), s.id);
  }
});

test('codec: other versions and broken texts are refused', () => {
  const text = encodeClusterState(createClusterState());
  const other = JSON.stringify({ ...(JSON.parse(text) as object), version: CLUSTER_CODEC_VERSION + 1 });
  const rows: { input: string; error: RegExp }[] = [
    { input: other, error: /version/ },
    { input: '{}', error: /version/ },
    { input: 'null', error: /version/ },
    { input: 'not json', error: /JSON|Unexpected/ },
  ];
  for (const { input, error } of rows) assert.throws(() => decodeClusterState(input), error, input);
  const dangling = JSON.parse(text) as { index: [string, string[]][][] };
  dangling.index[0] = [['term', ['story:nowhere']]];
  assert.throws(() => decodeClusterState(JSON.stringify(dangling)), /unknown story/);
});

test('codec: a state saved before an option existed takes that option from the defaults', () => {
  const state = createClusterState();
  assign(state, profile(STREAM[0]));
  const saved = JSON.parse(encodeClusterState(state)) as { options: Record<string, unknown> };
  delete saved.options.crossKeyGate; // as written before the cross-lingual key gate existed
  const back = decodeClusterState(JSON.stringify(saved));
  assert.equal(back.options.crossKeyGate, DEFAULT_CLUSTER_OPTIONS.crossKeyGate);
  assert.equal(back.options.threshold, state.options.threshold);
});
