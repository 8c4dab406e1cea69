import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { streamOrder } from '../../src/services/cluster.ts';
import { openLibrary } from '../../src/services/library/index.ts';
import { openStore } from '../../src/services/store/index.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';
import { now, replicatedSamples, snapshot, tempDir } from './helpers.ts';

/**
 * The dated samples and one round of replicas (a month later), in publication order: every part of it is
 * then in the same order as a whole (`streamOrder` keeps file order when an article is undated).
 */
async function stream() {
  return streamOrder((await replicatedSamples(98)).filter((a) => a.published !== undefined));
}

test('restart: ingesting a stream in two runs, closing in between, gives the stories of one run', async () => {
  const articles = await stream();
  const one = await openLibrary({ db: ':memory:', workers: 0, now });
  await one.ingestArticles(articles);
  const expected = await snapshot(one);
  await one.close();

  const { dir, cleanup } = tempDir();
  try {
    const db = join(dir, 'restart.db');
    for (const part of [articles.slice(0, 40), articles.slice(40)]) {
      const lib = await openLibrary({ db, workers: 0, now });
      await lib.ingestArticles(part);
      await lib.close();
    }
    const lib = await openLibrary({ db, workers: 0, now });
    assert.deepEqual(await snapshot(lib), expected);
    await lib.close();
  } finally {
    cleanup();
  }
});

test('restart: articles stored after the saved clustering state are replayed on open, as if never lost', async () => {
  const articles = await stream();
  const { dir, cleanup } = tempDir();
  try {
    // Reference: the first 60 in one library, then the rest.
    const ref = await openLibrary({ db: ':memory:', workers: 0, now });
    await ref.ingestArticles(articles.slice(0, 60));
    await ref.ingestArticles(articles.slice(60));
    const expected = await snapshot(ref);
    await ref.close();

    const db = join(dir, 'replay.db');
    const options = { db, workers: 0, now, checkpointEvery: 1000, batchArticles: 8 };
    let lib = await openLibrary(options);
    await lib.ingestArticles(articles.slice(0, 25));
    assert.equal(await lib.store.loadClusterState(), undefined, 'no save before checkpointEvery articles');
    await lib.close();
    lib = await openLibrary(options);
    const early = await lib.store.loadClusterState();
    assert.equal(early?.seq, 25, 'the state is saved on close, with its seq');
    await lib.ingestArticles(articles.slice(25, 60));
    await lib.close();
    // A crash after article 60 was stored, with the last saved state at 25: put the old state back.
    const raw = new Database(db);
    raw.prepare('UPDATE cluster_state SET state = ?, seq = ?').run(early!.json, early!.seq);
    raw.close();

    lib = await openLibrary({ db, workers: 0, now });
    assert.equal((await lib.store.loadClusterState())?.seq, 60, 'replayed on open, and saved');
    await lib.ingestArticles(articles.slice(60));
    assert.deepEqual(await snapshot(lib), expected);
    await lib.close();
  } finally {
    cleanup();
  }
});

test('restart: a store filled without clustering (no saved state) gets every article into a story on open', async () => {
  const articles = (await stream()).slice(0, 30);
  const { dir, cleanup } = tempDir();
  try {
    const db = join(dir, 'bare.db');
    const store = openStore({ path: db });
    for (const a of articles) {
      const r = analyzeArticle(a);
      assert.ok(r.ok);
      await store.putAnalysis(r.analysis, { ingestedAt: now() });
    }
    await store.close();
    const lib = await openLibrary({ db, workers: 0, now });
    const got = await snapshot(lib);
    await lib.close();
    const ref = await openLibrary({ db: ':memory:', workers: 0, now });
    await ref.ingestArticles(articles);
    assert.deepEqual(got, await snapshot(ref));
    await ref.close();
    assert.ok(Object.values(got.memberships).every((s) => s !== undefined));
  } finally {
    cleanup();
  }
});
