import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openLibrary } from '../../src/services/library/index.ts';
import { now, sampleArticles, snapshot } from './helpers.ts';

test('workers: analysis in worker threads stores and clusters exactly as on the calling thread', async () => {
  const articles = await sampleArticles();
  const inline = await openLibrary({ db: ':memory:', workers: 0, now });
  const a = await inline.ingestArticles(articles);
  const expected = await snapshot(inline);
  await inline.close();

  const threaded = await openLibrary({
    db: ':memory:',
    workers: 2,
    minWorkerArticles: 0,
    batchArticles: 7,
    now,
  });
  const b = await threaded.ingestArticles(articles);
  assert.deepEqual(await snapshot(threaded), expected);
  assert.deepEqual(b.articles, a.articles, 'the same stream order and stories');
  assert.ok(b.phases && b.phases.analysis > 0);
  // The pool is reused by the next ingest of the same library.
  const again = await threaded.ingestArticles(articles);
  assert.equal(again.duplicates, articles.length);
  await threaded.close();
});

test('abort: an ingest stopped early keeps what it handled; the next one completes the same stories', async () => {
  const articles = await sampleArticles();
  const whole = await openLibrary({ db: ':memory:', workers: 0, now });
  await whole.ingestArticles(articles);
  const expected = await snapshot(whole);
  await whole.close();

  const lib = await openLibrary({ db: ':memory:', workers: 1, minWorkerArticles: 0, batchArticles: 5, now });
  const stop = new AbortController();
  const first = await lib.ingestArticles(articles, {
    signal: stop.signal,
    onProgress: (p) => {
      if (p.stored >= 10) stop.abort();
    },
  });
  assert.ok(first.stored >= 10 && first.stored < articles.length, `stored ${first.stored}`);
  const handled = await snapshot(lib);
  assert.ok(
    Object.values(handled.memberships).every((s) => s !== undefined),
    'each stored article has a story',
  );
  const rest = await lib.ingestArticles(articles);
  assert.equal(rest.duplicates, first.stored);
  assert.equal(rest.stored, articles.length - first.stored);
  assert.deepEqual(await snapshot(lib), expected);
  await lib.close();
});
