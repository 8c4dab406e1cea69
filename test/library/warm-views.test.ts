/**
 * Warming after a start: `warmViews` reads the prepared views of the largest stories into memory (building
 * none), so their pages' first views read no view from the store; the server does it in the background.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../src/http/server.ts';
import { MIN_PREPARED_MEMBERS, openLibrary, type Library } from '../../src/services/library/index.ts';
import { now, sampleArticles } from './helpers.ts';

/** Counts the library's reads of stored views. */
function countViewReads(lib: Library): () => number {
  let got = 0;
  const store = lib.store as { getStoryView: typeof lib.store.getStoryView };
  const read = store.getStoryView.bind(lib.store);
  store.getStoryView = (id) => {
    got++;
    return read(id);
  };
  return () => got;
}

test('warmViews keeps the views of the largest stories; their pages then read none', async () => {
  const articles = await sampleArticles();
  const seeded = await openLibrary({ db: ':memory:', workers: 0, now });
  try {
    await seeded.ingestArticles(articles);
    const prepared = (await seeded.stories({ order: 'largest', limit: 1000 })).filter(
      (s) => s.articles >= MIN_PREPARED_MEMBERS,
    );
    assert.ok(prepared.length >= 3, 'several prepared stories');
    // As after a start: nothing kept yet (the ingest kept nothing: it prepared and stored).
    const reads = countViewReads(seeded);
    const rows: { limit: number; aborted: boolean; kept: number }[] = [
      { limit: 0, aborted: false, kept: 0 },
      { limit: 2, aborted: true, kept: 0 },
      { limit: 2, aborted: false, kept: 2 },
      { limit: 1000, aborted: false, kept: prepared.length },
    ];
    for (const r of rows) {
      const stop = new AbortController();
      if (r.aborted) stop.abort();
      const w = await seeded.warmViews({ limit: r.limit, signal: stop.signal });
      assert.equal(w.kept, r.kept, `limit ${r.limit}, aborted ${r.aborted}`);
    }
    const before = reads();
    for (const s of prepared) await seeded.story(s.id);
    assert.equal(reads(), before, 'no view read from the store for a warmed story');
    // The server of a library that keeps views: warmed in the background once listening.
    const server = await startServer(seeded, { port: 0, warmViews: 1000 });
    assert.equal((await server.warmed)?.kept, prepared.length);
    await server.close();
  } finally {
    await seeded.close();
  }
});

test('a library keeping no views warms nothing; a server warms in the background and stops on close', async () => {
  const lib = await openLibrary({ db: ':memory:', workers: 0, now, viewCacheChars: 0 });
  try {
    await lib.ingestArticles(await sampleArticles());
    assert.equal((await lib.warmViews()).kept, 0);
    const server = await startServer(lib, { port: 0 });
    const res = await fetch(`${server.url}/api/health`);
    assert.equal(res.status, 200, 'answers while warming');
    assert.deepEqual({ ...(await server.warmed), ms: 0 }, { stories: 0, kept: 0, ms: 0 });
    await server.close();
    const none = await startServer(lib, { port: 0, warmViews: 0 });
    assert.equal(await none.warmed, undefined);
    await none.close();
  } finally {
    await lib.close();
  }
});
