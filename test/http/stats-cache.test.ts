import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withStatsCache } from '../../src/http/stats-cache.ts';
import { openLibrary } from '../../src/services/library/index.ts';
import { FIXED_NOW } from './support.ts';

test('stats are counted once while nothing new is stored, and again after an ingest', async () => {
  const lib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW });
  try {
    const cached = withStatsCache(lib);
    const first = await cached.stats();
    assert.equal(first.articles, 0);
    assert.equal(await cached.stats(), first, 'the same count object: not counted again');
    await cached.ingestArticles([
      {
        id: 'cache-1',
        title: 'Night trains return to the Brenner line',
        text: 'INNSBRUCK — Night trains between Munich and Verona ran again on Sunday after a month of track work.',
        origin: 'test:cache-1',
        source: 'Test Courier',
        published: '2026-03-29',
      },
    ]);
    const after = await cached.stats();
    assert.notEqual(after, first);
    assert.equal(after.articles, 1);
    assert.deepEqual(after.sources, [{ source: 'Test Courier', articles: 1 }]);
    // Everything else is the library's own.
    assert.equal(cached.store, lib.store);
    assert.equal((await cached.article('cache-1'))?.row.title, 'Night trains return to the Brenner line');
  } finally {
    await lib.close();
  }
});
