/**
 * Story views: the costly part of a story page (quotes by speaker, coverage) is prepared by ingest for the
 * stories it changed, stored, read back on a page's first view, and rebuilt when the story's members change.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/core/types.ts';
import {
  buildStoryView,
  COVERAGE_MAX_SENTENCES,
  decodeView,
  pickedSignature,
  prepareStoryView,
  QUOTES_MAX_ARTICLES,
  storyDetail,
  viewSignature,
  VIEW_VERSION,
} from '../../src/services/library/detail.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';
import { STORY_COVERAGE_FACTS } from '../../src/services/library/coverage-digest.ts';
import { openStore, type Store, type StoredStory } from '../../src/services/store/index.ts';
import { summary } from '../store/helpers.ts';
import {
  MIN_PREPARED_MEMBERS,
  openLibrary,
  type IngestSummary,
  type Library,
} from '../../src/services/library/index.ts';
import { NOW, now, sampleArticles } from './helpers.ts';

let lib: Library;
let first: IngestSummary;
let samples: Article[];
/** One sample held back from the first ingest: it joins a story that already has a prepared view. */
let late: Article;
/** Stories whose page a test has read (the library keeps recent pages in memory). */
const viewed = new Set<string>();

before(async () => {
  samples = await sampleArticles();
  // The held-back article: a dated member of a story of 3+ articles (found by ingesting everything once).
  const probe = await openLibrary({ db: ':memory:', workers: 0, now });
  const all = await probe.ingestArticles(samples, { prepare: false });
  const sizes = new Map<string, number>();
  for (const a of all.articles) sizes.set(a.storyId, (sizes.get(a.storyId) ?? 0) + 1);
  const pick = all.articles
    .filter((a) => (sizes.get(a.storyId) ?? 0) >= 3)
    .map((a) => samples.find((s) => s.id === a.id)!)
    .filter((a) => a.published !== undefined)
    .sort((x, y) => Date.parse(y.published!) - Date.parse(x.published!))[0];
  await probe.close();
  assert.ok(pick, 'the samples have a story of 3 or more articles');
  late = pick;
  lib = await openLibrary({ db: ':memory:', workers: 0, now });
  first = await lib.ingestArticles(samples.filter((a) => a.id !== late.id));
});

after(async () => {
  await lib.close();
});

/** Stories of the summary by member count. */
function sizesOf(s: IngestSummary): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const a of s.articles) sizes.set(a.storyId, (sizes.get(a.storyId) ?? 0) + 1);
  return sizes;
}

test('ingest prepares a view for every changed story of 3+ articles, and none for smaller ones', async () => {
  assert.ok(first.prepared, 'the summary says what was prepared');
  const sizes = sizesOf(first);
  const multi = [...sizes].filter(([, n]) => n >= MIN_PREPARED_MEMBERS).map(([id]) => id);
  assert.ok(multi.length >= 4, `several stories of 3+ articles (${multi.length})`);
  assert.equal(first.prepared.stories, multi.length);
  assert.equal(first.prepared.built, multi.length);
  for (const id of multi) {
    const stored = await lib.store.getStory(id);
    const view = await lib.store.getStoryView(id);
    assert.ok(view, `a view for ${id}`);
    assert.equal(view.signature, viewSignature(stored!.members));
  }
  const small = [...sizes].filter(([, n]) => n < MIN_PREPARED_MEMBERS);
  assert.ok(small.length > 0, 'some stories are smaller');
  for (const [id] of small) assert.equal(await lib.store.getStoryView(id), undefined);
});

test('a stored view is what building it now gives, and the page shows it', async () => {
  const [id] = [...sizesOf(first)].filter(([, n]) => n >= 3).map(([s]) => s);
  assert.ok(id);
  const stored = (await lib.store.getStory(id))!;
  const view = decodeView((await lib.store.getStoryView(id))!.body);
  const fresh = await buildStoryView(lib.store, stored);
  assert.deepEqual(view, JSON.parse(JSON.stringify(fresh)));
  const page = await lib.story(id);
  viewed.add(id);
  assert.deepEqual(page?.coverage, view.coverage);
  assert.deepEqual(page?.speakers, view.speakers);
  assert.ok(view.coverage.outlets.length >= 2, 'the coverage compares the outlets');
});

test('preparing again builds nothing while the members are the same', async () => {
  const again = await lib.prepareStories(first.stories);
  assert.equal(again.stories, first.prepared!.stories);
  assert.equal(again.built, 0);
  const none = await lib.prepareStories(['story:nowhere']);
  assert.deepEqual({ stories: none.stories, built: none.built }, { stories: 0, built: 0 });
});

test('an article joining a story makes its view stale; the next ingest rebuilds it', async () => {
  const next = await lib.ingestArticles([late]);
  assert.equal(next.stored, 1);
  const storyId = next.articles[0]!.storyId;
  const stored = (await lib.store.getStory(storyId))!;
  assert.ok(stored.members.length >= 3);
  assert.ok(next.prepared && next.prepared.built >= 1, 'the changed story was rebuilt');
  const view = (await lib.store.getStoryView(storyId))!;
  assert.equal(view.signature, viewSignature(stored.members));
  const page = (await lib.story(storyId))!;
  viewed.add(storyId);
  const outletIds = page.coverage.outlets.map((o) => o.id);
  assert.ok(outletIds.includes(late.id), 'the new member is in the coverage');
});

test('a stale view is rebuilt on first view when no ingest prepared it', async () => {
  const [id] = [...sizesOf(first)]
    .filter(([s, n]) => n >= MIN_PREPARED_MEMBERS && !viewed.has(s))
    .map(([s]) => s);
  assert.ok(id, 'a story whose page was not read yet');
  const stored = (await lib.store.getStory(id))!;
  // A view stored by an older version of the code: another signature, content that must not be shown.
  const old = {
    picked: 'old',
    speakers: [],
    quoteTotals: { speakers: 0, quotes: 0 },
    wholeSpeakers: [],
    coverage: { outlets: [], facts: [], entities: [], speakers: [] },
    coverageTotals: { facts: 0, all: 0, some: 0, one: 0, entities: 0 },
    wholeCoverage: { outlets: [], facts: [], entities: [], speakers: [] },
    notes: [],
    places: [],
    countries: [],
    members: [],
  };
  const { encodeView } = await import('../../src/services/library/detail.ts');
  await lib.store.putStoryView(stored.id, { signature: `v${VIEW_VERSION - 1}`, body: encodeView(old) });
  const page = (await lib.story(id))!;
  assert.ok(page.coverage.outlets.length >= 2, 'rebuilt, not the stale view');
  assert.equal((await lib.store.getStoryView(id))!.signature, viewSignature(stored.members));
});

/** Analyses and stores fictional articles as one story `id` (members in the order given). */
async function storeStory(store: Store, id: string, articles: readonly Article[]): Promise<StoredStory> {
  for (const a of articles) {
    const r = analyzeArticle(a);
    assert.ok(r.ok);
    await store.putAnalysis(r.analysis, { ingestedAt: NOW });
    await store.setMembership(a.id, id, 1);
  }
  await store.putStory(
    summary(
      id,
      articles.map((a) => a.id),
    ),
  );
  return (await store.getStory(id))!;
}

test('a long article is compared by its first sentences, and the view says so', async () => {
  const store = openStore({ path: ':memory:' });
  const long = Array.from(
    { length: COVERAGE_MAX_SENTENCES + 20 },
    (_, i) => `Ferry number ${i + 1} left the harbour of Tarnvik at dawn with ${i + 12} passengers.`,
  ).join(' ');
  const articles: Article[] = [
    { id: 'long', origin: 'long.txt', source: 'Harbour Times', title: 'Ferry log', text: long },
    {
      id: 'short',
      origin: 'short.txt',
      source: 'Nordic Wire',
      title: 'Ferries leave Tarnvik',
      text: 'Ferry number 1 left the harbour of Tarnvik at dawn with 12 passengers. The mayor was pleased.',
    },
  ];
  try {
    const view = await buildStoryView(store, await storeStory(store, 'story:ferries', articles));
    assert.deepEqual(view.notes, [
      `coverage reads the first ${COVERAGE_MAX_SENTENCES} sentences of one long article`,
    ]);
    const longFacts = view.wholeCoverage.facts.flatMap((f) =>
      f.members.filter((m) => m.outlet === 'Harbour Times'),
    );
    assert.equal(longFacts.length, COVERAGE_MAX_SENTENCES);
    assert.ok(longFacts.every((m) => m.sentence < COVERAGE_MAX_SENTENCES));
    const shared = view.wholeCoverage.facts.find((f) => f.outlets.length === 2);
    assert.ok(shared, 'the first ferry is reported by both');
    // The page shows a digest: the shared fact first, the outlets' own facts, no more than the bound.
    assert.equal(view.coverageTotals.facts, view.wholeCoverage.facts.length);
    assert.equal(view.coverage.facts.length, STORY_COVERAGE_FACTS);
    assert.ok(view.coverage.facts.includes(shared), 'the shared fact is in the digest');
    for (const outlet of ['Harbour Times', 'Nordic Wire'])
      assert.ok(
        view.coverage.facts.some((f) => f.reach === 'one' && f.outlets[0] === outlet),
        `a fact only ${outlet} reports is in the digest`,
      );
  } finally {
    await store.close();
  }
});

test('a story growing past the caps by an outlet already heard keeps its coverage; its places are recounted', async () => {
  const store = openStore({ path: ':memory:' });
  // QUOTES_MAX_ARTICLES reports from two outlets fill the picked set; the next one is not picked.
  const report = (i: number, city: string): Article => ({
    id: `r${i}`,
    origin: `r${i}.txt`,
    source: i % 2 ? 'Nordic Wire' : 'Harbour Times',
    title: `Storm update ${i}`,
    published: new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString(),
    text: `The storm closed the port of ${city} for the ${i + 1}th hour, the harbour master said.`,
  });
  const first = Array.from({ length: QUOTES_MAX_ARTICLES }, (_, i) => report(i, 'Oslo'));
  try {
    const before = await storeStory(store, 'story:storm', first);
    const v1 = (await prepareStoryView(store, before)).view;
    assert.ok(v1.places.some((p) => p.key === 'city:oslo'));
    assert.ok(!v1.places.some((p) => p.key === 'city:bergen'));
    const after = await storeStory(store, 'story:storm', [...first, report(QUOTES_MAX_ARTICLES, 'Bergen')]);
    assert.equal(pickedSignature(after.members), v1.picked, 'the same members picked');
    const again = await prepareStoryView(store, after);
    assert.equal(again.built, true, 'the story changed: its view is built again');
    assert.deepEqual(again.view.coverage, v1.coverage, 'speakers and coverage kept');
    const bergen = again.view.places.find((p) => p.key === 'city:bergen');
    assert.ok(bergen, 'the new member’s city is counted');
    assert.equal(bergen.articles, 1);
    assert.ok(bergen.lat !== undefined && bergen.lon !== undefined, 'with its coordinates');
    const page = await storyDetail(store, after);
    assert.deepEqual(page.places, again.view.places);
    assert.ok(page.notes?.some((n) => n.startsWith(`quotes are from ${QUOTES_MAX_ARTICLES} of`)));
  } finally {
    await store.close();
  }
});
