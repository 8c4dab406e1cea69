import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storedPublished } from '../../src/services/store/record.ts';
import { openStore } from '../../src/services/store/index.ts';
import { analyzeText, INGESTED_AT, summary } from './helpers.ts';

const at = { ingestedAt: INGESTED_AT };

/** Five fictional articles; `published` as given (offsets differ), one undated. */
function articles() {
  const text = (place: string) =>
    `Officials in ${place} opened a new ferry terminal on Monday, the port authority of ${place} said.`;
  return [
    analyzeText('p1', 'Ferry terminal opens in Valmera', text('Valmera'), {
      published: '2026-03-05T16:40:00+01:00',
    }),
    analyzeText('p2', 'Valmera ferries start', text('Valmera'), { published: '2026-03-05T15:30:00Z' }),
    analyzeText('p3', 'Ferry line to Ostrava', text('Ostrava'), { published: '2026-03-01T09:00:00Z' }),
    analyzeText('p4', 'Ferry line to Lisbon', text('Lisbon'), { published: '2026-03-04T23:00:00-05:00' }),
    analyzeText('p5', 'Undated ferry notes', text('Lisbon')),
  ];
}

test('storedPublished: UTC ISO whatever the offset; not-a-date text kept; empty is null', () => {
  const rows: { input: string | undefined; expected: string | null }[] = [
    { input: '2026-03-05T16:40:00+01:00', expected: '2026-03-05T15:40:00.000Z' },
    { input: '2026-03-05', expected: '2026-03-05T00:00:00.000Z' },
    { input: 'Tue, 10 Mar 2026 08:00:00 GMT', expected: '2026-03-10T08:00:00.000Z' },
    { input: 'sometime in spring', expected: 'sometime in spring' },
    { input: '+300000-01-01T00:00:00Z', expected: '+300000-01-01T00:00:00Z' },
    { input: '', expected: null },
    { input: undefined, expected: null },
  ];
  for (const { input, expected } of rows) assert.equal(storedPublished(input), expected, String(input));
});

test('lastSeq, storedArticles (pages in arrival order, analysis included), members in time order across offsets', async () => {
  const store = openStore({ path: ':memory:' });
  assert.equal(await store.lastSeq(), 0);
  assert.deepEqual(await store.storedArticles({ afterSeq: 0 }), []);
  const all = articles();
  for (const a of all) await store.putAnalysis(a, at);
  assert.equal(await store.lastSeq(), all.length);
  const page1 = await store.storedArticles({ afterSeq: 0, limit: 2 });
  const page2 = await store.storedArticles({ afterSeq: page1[1]!.seq, limit: 2 });
  const page3 = await store.storedArticles({ afterSeq: page2[1]!.seq, limit: 2 });
  const ids = [...page1, ...page2, ...page3].map((a) => a.id);
  assert.deepEqual(ids, ['p1', 'p2', 'p3', 'p4', 'p5']);
  assert.equal(page3.length, 1);
  assert.equal(
    page1[0]!.analysis.article.published,
    '2026-03-05T16:40:00+01:00',
    'the analysis keeps the given time',
  );
  assert.equal(page1[0]!.published, '2026-03-05T15:40:00.000Z', 'the row has it in UTC');

  for (const a of all) await store.setMembership(a.article.id, 's1', 1);
  await store.putStory(summary('s1', ['p1', 'p2', 'p3', 'p4', 'p5']));
  const s = await store.getStory('s1');
  assert.deepEqual(
    s!.members.map((m) => m.id),
    ['p3', 'p4', 'p2', 'p1', 'p5'],
    'publication time order (p4 is 04:00 UTC on the 5th), undated last',
  );
  await store.close();
});

test('storyEntities: the index rows of every member, following merges', async () => {
  const store = openStore({ path: ':memory:' });
  const all = articles();
  for (const a of all) await store.putAnalysis(a, at);
  await store.setMembership('p1', 'a', 1);
  await store.setMembership('p2', 'a', 1);
  await store.setMembership('p3', 'b', 1);
  await store.putStory(summary('a', ['p1', 'p2']));
  await store.putStory(summary('b', ['p3']));
  const ofA = await store.storyEntities('a');
  assert.deepEqual([...new Set(ofA.map((r) => r.articleId))], ['p1', 'p2']);
  const keys = (id: string) => all.find((a) => a.article.id === id)!;
  const expected = new Set([
    ...keys('p1').annotations.entities.entities.map((e) => e.key),
    ...keys('p1').annotations.places.places.map((p) => p.key),
  ]);
  assert.deepEqual(new Set(ofA.filter((r) => r.articleId === 'p1').map((r) => r.key)), expected);
  await store.aliasStory('b', 'a');
  assert.deepEqual(
    [...new Set((await store.storyEntities('b')).map((r) => r.articleId))],
    ['p1', 'p2', 'p3'],
  );
  assert.deepEqual(await store.storyEntities('nowhere'), []);
  await store.close();
});

test("listStories 'growing': most members in the 2 days before the latest publication first, then newest", async () => {
  const store = openStore({ path: ':memory:' });
  for (const a of articles()) await store.putAnalysis(a, at);
  // Latest publication: p1 (15:40Z on the 5th); the window starts at 15:40Z on the 3rd.
  const stories = { old: ['p3'], two: ['p1', 'p2'], one: ['p4', 'p5'] };
  for (const [id, members] of Object.entries(stories)) {
    for (const m of members) await store.setMembership(m, id, 1);
    await store.putStory(summary(id, members, { lastSeen: id === 'old' ? '2026-03-09' : '2026-03-05' }));
  }
  const order = (await store.listStories({ order: 'growing' })).map((s) => s.id);
  assert.deepEqual(order, ['two', 'one', 'old'], 'old is newest by last seen, but has no recent member');
  assert.deepEqual(
    (await store.listStories({ order: 'growing', limit: 1, offset: 1 })).map((s) => s.id),
    ['one'],
  );
  await store.close();
});

test('cluster state: the seq it covers is kept when given, absent when not', async () => {
  const store = openStore({ path: ':memory:' });
  await store.saveClusterState({ version: 1, json: '{}', seq: 42 });
  assert.deepEqual(await store.loadClusterState(), { version: 1, json: '{}', seq: 42 });
  await store.saveClusterState({ version: 1, json: '{"a":1}' });
  assert.deepEqual(await store.loadClusterState(), { version: 1, json: '{"a":1}' });
  await store.close();
});
