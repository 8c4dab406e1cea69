import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/services/store/index.ts';
import type { Analysis } from '../../src/core/types.ts';
import { INGESTED_AT, sampleAnalyses, summary, tempDir } from './helpers.ts';

/** The samples stored, in stories of 7 by input order: s0 = articles 0-6, s1 = 7-13, ... */
async function withStories(): Promise<{ store: Store; analyses: Analysis[]; stories: string[][] }> {
  const analyses = await sampleAnalyses();
  const store = openStore({ path: ':memory:' });
  const stories: string[][] = [];
  for (const [i, a] of analyses.entries()) {
    await store.putAnalysis(a, { ingestedAt: INGESTED_AT });
    const s = Math.floor(i / 7);
    (stories[s] ??= []).push(a.article.id);
    await store.setMembership(a.article.id, `s${s}`, 0.5 + (i % 7) / 20);
  }
  for (const [s, members] of stories.entries()) {
    const published = members
      .map((id) => analyses.find((a) => a.article.id === id)!.article.published?.slice(0, 10))
      .filter((d): d is string => d !== undefined)
      .sort();
    await store.putStory(
      summary(`s${s}`, members, {
        firstSeen: published[0],
        lastSeen: `2026-04-${String(10 - s).padStart(2, '0')}`,
        articles: members.length - (s % 3), // distinct sizes for 'largest'
      }),
    );
  }
  return { store, analyses, stories };
}

test('a story comes back with its summary and its members in publication order', async () => {
  const { store, stories } = await withStories();
  const s = await store.getStory('s1');
  assert.ok(s);
  assert.equal(s.headline, 'headline of s1');
  assert.deepEqual(s.summary.members, stories[1]);
  assert.deepEqual(s.members.map((m) => m.id).sort(), [...stories[1]!].sort());
  const dates = s.members.map((m) => m.published ?? '\uffff');
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(s.resolvedFrom, undefined);
  assert.equal(await store.getStory('nope'), undefined);
  const article = await store.getArticle(stories[1]![0]!);
  assert.equal(article?.storyId, 's1');
  await store.close();
});

test('listStories: newest and largest orders, filters, paging', async () => {
  const { store, analyses, stories } = await withStories();
  const newest = await store.listStories();
  assert.deepEqual(
    newest.map((s) => s.id),
    stories.map((_, i) => `s${i}`),
    'lastSeen 04-10, 04-09, ... in story order',
  );
  const largest = await store.listStories({ order: 'largest' });
  const sizes = largest.map((s) => s.articles);
  assert.deepEqual(
    sizes,
    [...sizes].sort((a, b) => b - a),
  );
  assert.deepEqual(
    (await store.listStories({ since: '2026-04-08' })).map((s) => s.id),
    ['s0', 's1', 's2'],
  );

  const a = analyses[8]!; // a member of s1
  const lang = a.annotations.language.lang;
  const withLang = stories.flatMap((m, i) =>
    m.some((id) => analyses.find((x) => x.article.id === id)!.annotations.language.lang === lang)
      ? [`s${i}`]
      : [],
  );
  assert.deepEqual((await store.listStories({ lang })).map((s) => s.id).sort(), withLang.sort());
  if (a.article.source) {
    const src = a.article.source;
    const want = stories.flatMap((m, i) =>
      m.some((id) => analyses.find((x) => x.article.id === id)!.article.source === src) ? [`s${i}`] : [],
    );
    assert.deepEqual((await store.listStories({ source: src })).map((s) => s.id).sort(), want.sort());
  }
  const key = a.annotations.entities.entities[0]!.key;
  const withKey = stories.flatMap((m, i) =>
    m.some((id) =>
      analyses.find((x) => x.article.id === id)!.annotations.entities.entities.some((e) => e.key === key),
    )
      ? [`s${i}`]
      : [],
  );
  assert.ok(withKey.includes('s1'));
  assert.deepEqual((await store.listStories({ entity: key })).map((s) => s.id).sort(), withKey.sort());
  assert.deepEqual(await store.listStories({ lang: 'xx' }), []);

  const pages = [
    ...(await store.listStories({ limit: 3 })),
    ...(await store.listStories({ limit: 3, offset: 3 })),
    ...(await store.listStories({ limit: 3, offset: 6 })),
  ];
  assert.deepEqual(
    pages.map((s) => s.id),
    newest.map((s) => s.id),
  );
  await store.close();
});

test('aliases: a merged story resolves to its target, members move, chains collapse', async () => {
  const { store, stories } = await withStories();
  await store.aliasStory('s1', 's0');
  assert.equal(await store.resolveStory('s1'), 's0');
  const merged = await store.getStory('s1');
  assert.equal(merged?.id, 's0');
  assert.equal(merged?.resolvedFrom, 's1');
  assert.deepEqual(merged?.members.map((m) => m.id).sort(), [...stories[0]!, ...stories[1]!].sort());
  assert.ok(!(await store.listStories()).some((s) => s.id === 's1'));

  // s0 then merges into s2: s1 follows it; a membership given to an old id lands on the current one.
  await store.aliasStory('s0', 's2');
  assert.equal(await store.resolveStory('s1'), 's2');
  assert.equal(await store.resolveStory('s0'), 's2');
  assert.equal(
    (await store.getStory('s1'))?.members.length,
    stories[0]!.length + stories[1]!.length + stories[2]!.length,
  );
  await store.setMembership(stories[3]![0]!, 's1', 0.9);
  assert.equal((await store.getArticle(stories[3]![0]!))?.storyId, 's2');

  // Merging back into a story that was merged into it would make a loop: refused, nothing changed.
  await assert.rejects(store.aliasStory('s2', 's1'), /cannot merge/);
  assert.equal(await store.resolveStory('s2'), 's2');
  await store.aliasStory('s4', 's4'); // no-op
  assert.equal(await store.resolveStory('s4'), 's4');
  assert.equal((await store.stats()).aliases, 2);
  await store.close();
});

test('cluster state: saved and loaded as given; replaced by the next save; survives re-opening', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'c.db');
    const store = openStore({ path });
    assert.equal(await store.loadClusterState(), undefined);
    const json = JSON.stringify({
      stories: [['s1', { members: ['a', 'b'] }]],
      docs: 2,
      text: 'Bélarus 海风 "q"',
    });
    assert.equal(await store.clusterStateSeq(), undefined);
    await store.saveClusterState({ version: 1, json });
    assert.deepEqual(await store.loadClusterState(), { version: 1, json });
    assert.equal(await store.clusterStateSeq(), undefined, 'saved without a seq');
    await store.saveClusterState({ version: 2, json: '{}', seq: 7 });
    await store.close();
    const again = openStore({ path });
    assert.deepEqual(await again.loadClusterState(), { version: 2, json: '{}', seq: 7 });
    assert.equal(await again.clusterStateSeq(), 7);
    await again.close();
  } finally {
    cleanup();
  }
});

test('transaction: writes commit together or not at all; other calls wait for it', async () => {
  const analyses = (await sampleAnalyses()).slice(0, 3);
  const store = openStore({ path: ':memory:' });
  await assert.rejects(
    store.transaction(async (tx) => {
      await tx.putAnalysis(analyses[0]!, { ingestedAt: INGESTED_AT });
      await tx.setMembership(analyses[0]!.article.id, 's1', 1);
      await tx.saveClusterState({ version: 1, json: '{"docs":1}' });
      throw new Error('crash before commit');
    }),
    /crash before commit/,
  );
  assert.equal(await store.hasArticle(analyses[0]!.article.id), false);
  assert.equal(await store.loadClusterState(), undefined);

  // While a transaction is open, an outside read waits and then sees its writes.
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const tx = store.transaction(async (t) => {
    await t.putAnalysis(analyses[1]!, { ingestedAt: INGESTED_AT });
    await gate;
    await t.saveClusterState({ version: 1, json: '{"docs":1}' });
    // A nested transaction that fails rolls back only its own writes.
    await assert.rejects(
      t.transaction(async (inner) => {
        await inner.putAnalysis(analyses[2]!, { ingestedAt: INGESTED_AT });
        throw new Error('inner');
      }),
    );
    return 'done';
  });
  const outside = store.stats();
  release();
  assert.equal(await tx, 'done');
  assert.equal((await outside).articles, 1);
  assert.deepEqual(await store.loadClusterState(), { version: 1, json: '{"docs":1}' });
  assert.equal(await store.hasArticle(analyses[2]!.article.id), false);
  await store.close();
});

test('story views: stored and replaced by story id (after merges); a story merged away loses its view', async () => {
  const { store } = await withStories();
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  assert.equal(await store.getStoryView('s0'), undefined);
  await store.putStoryView('s0', { signature: 'a', body: bytes('zero') });
  await store.putStoryView('s1', { signature: 'b', body: bytes('one') });
  await store.putStoryView('s1', { signature: 'c', body: bytes('one again') });
  const s1 = await store.getStoryView('s1');
  assert.equal(s1?.signature, 'c');
  assert.equal(Buffer.from(s1!.body).toString(), 'one again');
  await store.aliasStory('s0', 's1');
  // s0 now resolves to s1: reading s0 gives s1's view.
  assert.equal((await store.getStoryView('s0'))?.signature, 'c');
  await store.putStoryView('s0', { signature: 'd', body: bytes('merged') });
  assert.equal((await store.getStoryView('s1'))?.signature, 'd', 'written under the id it resolves to');
  const rows = await store.transaction(async (tx) => tx.getStoryView('s1'));
  assert.equal(Buffer.from(rows!.body).toString(), 'merged');
});

test('storySizes: member counts by id, following merges; unknown ids left out', async () => {
  const { store } = await withStories();
  const before = await store.storySizes(['s0', 's1', 'nowhere']);
  assert.deepEqual([...before.keys()], ['s0', 's1']);
  const s1 = before.get('s1')!;
  assert.equal(s1, (await store.getStory('s1'))!.articles);
  await store.aliasStory('s0', 's1');
  const after = await store.storySizes(['s0']);
  assert.equal(after.get('s0'), s1, 's0 now reads as s1 (the row as put; the clusterer rewrites it)');
});

test('feed states: saved and replaced by URL; only the URLs asked for come back', async () => {
  const store = openStore({ path: ':memory:' });
  try {
    assert.deepEqual(await store.loadFeedStates(['https://a.example/feed']), new Map());
    await store.saveFeedState('https://a.example/feed', '{"v":1}');
    await store.saveFeedState('https://b.example/feed', '{"v":2}');
    await store.saveFeedState('https://a.example/feed', '{"v":3}');
    assert.deepEqual(
      await store.loadFeedStates(['https://a.example/feed', 'https://c.example/feed']),
      new Map([['https://a.example/feed', '{"v":3}']]),
    );
  } finally {
    await store.close();
  }
});
