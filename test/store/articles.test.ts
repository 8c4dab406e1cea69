import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/services/store/index.ts';
import type { Analysis } from '../../src/core/types.ts';
import { INGESTED_AT, plain, replica, sampleAnalyses, tempDir } from './helpers.ts';

test('an analysis comes back exactly as it was put, with its row', async () => {
  const [a] = await sampleAnalyses();
  const store = openStore({ path: ':memory:' });
  assert.equal(await store.putAnalysis(a!, { ingestedAt: INGESTED_AT }), 'stored');
  const got = await store.getArticle(a!.article.id);
  assert.ok(got);
  assert.deepEqual(got.analysis, plain(a));
  assert.equal(got.ingestedAt, INGESTED_AT);
  assert.equal(got.lang, a!.annotations.language.lang);
  assert.equal(got.words, a!.annotations.text.words);
  assert.equal(got.seq, 1);
  assert.equal(await store.getArticle('unknown'), undefined);
  assert.equal(await store.hasArticle(a!.article.id), true);
  assert.equal(await store.hasArticle('unknown'), false);
  await store.close();
});

test('ingest is idempotent: the same article twice is stored once', async () => {
  const analyses = await sampleAnalyses();
  const store = openStore({ path: ':memory:' });
  const first = [];
  for (const a of analyses) first.push(await store.putAnalysis(a, { ingestedAt: INGESTED_AT }));
  const second = [];
  for (const a of analyses) second.push(await store.putAnalysis(a, { ingestedAt: '2030-01-01T00:00:00Z' }));
  assert.deepEqual(new Set(first), new Set(['stored']));
  assert.deepEqual(new Set(second), new Set(['duplicate']));
  const stats = await store.stats();
  assert.equal(stats.articles, analyses.length);
  // The duplicate changed nothing (not even the ingestion time).
  assert.equal((await store.getArticle(analyses[0]!.article.id))?.ingestedAt, INGESTED_AT);
  await store.close();
});

test('a failure in the middle of putAnalysis stores nothing of that article', async () => {
  const [a, b] = await sampleAnalyses();
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 's.db');
    const store = openStore({ path });
    await store.putAnalysis(b!, { ingestedAt: INGESTED_AT });
    // An entity without a key passes the article row and the full-text row, then fails on the entity index.
    const entities = a!.annotations.entities.entities;
    assert.ok(entities.length > 1);
    const broken: Analysis = {
      ...a!,
      annotations: {
        ...a!.annotations,
        entities: { entities: [entities[0]!, { ...entities[1]!, key: undefined as unknown as string }] },
      },
    };
    await assert.rejects(store.putAnalysis(broken, { ingestedAt: INGESTED_AT }), /NOT NULL/);
    assert.equal(await store.hasArticle(a!.article.id), false);
    await store.close();

    const db = new Database(path, { readonly: true });
    try {
      const count = (sql: string) => db.prepare(sql).pluck().get();
      assert.equal(count('SELECT count(*) FROM articles'), 1);
      assert.equal(count(`SELECT count(*) FROM entity_index WHERE article_id = '${a!.article.id}'`), 0);
      assert.equal(count('SELECT count(*) FROM articles_fts'), 1);
    } finally {
      db.close();
    }
    // The good version goes in afterwards, as if never tried.
    const again = openStore({ path });
    assert.equal(await again.putAnalysis(a!, { ingestedAt: INGESTED_AT }), 'stored');
    await again.close();
  } finally {
    cleanup();
  }
});

test('listArticles: filters by date, language and outlet; newest first; paging', async () => {
  const analyses = await sampleAnalyses();
  const store = openStore({ path: ':memory:' });
  for (const a of analyses) await store.putAnalysis(a, { ingestedAt: INGESTED_AT });

  const all = await store.listArticles({ limit: 1000 });
  assert.equal(all.length, analyses.length);
  const dates = all.map((r) => r.published ?? '');
  const dated = dates.filter((d) => d !== '');
  assert.deepEqual(dated, [...dated].sort().reverse(), 'newest first');
  assert.deepEqual(dates.slice(dated.length), Array(dates.length - dated.length).fill(''), 'undated last');

  const lang = analyses[0]!.annotations.language.lang;
  const source = analyses.find((a) => a.article.source)!.article.source!;
  const since = '2026-03-26';
  const rows: {
    name: string;
    opts: Parameters<typeof store.listArticles>[0];
    expected: (a: Analysis) => boolean;
  }[] = [
    { name: 'lang', opts: { lang }, expected: (a) => a.annotations.language.lang === lang },
    { name: 'source', opts: { source }, expected: (a) => a.article.source === source },
    { name: 'since', opts: { since }, expected: (a) => (a.article.published ?? '') >= since },
    { name: 'nothing', opts: { lang: 'xx' }, expected: () => false },
  ];
  for (const r of rows) {
    const got = (await store.listArticles({ ...r.opts, limit: 1000 })).map((x) => x.id).sort();
    const want = analyses
      .filter(r.expected)
      .map((a) => a.article.id)
      .sort();
    assert.deepEqual(got, want, r.name);
  }
  assert.ok((await store.listArticles({ lang, limit: 1000 })).length > 0);

  // Pages of 10 cover the whole list once, in order.
  const paged = [];
  for (let offset = 0; offset < analyses.length + 10; offset += 10)
    paged.push(...(await store.listArticles({ limit: 10, offset })));
  assert.deepEqual(
    paged.map((r) => r.id),
    all.map((r) => r.id),
  );
  assert.equal((await store.listArticles()).length, Math.min(50, analyses.length));
  assert.deepEqual(await store.listArticles({ limit: 0 }), []);
  await store.close();
});

test('the entity index: every entity and place key of an article, newest articles first', async () => {
  const analyses = await sampleAnalyses();
  const store = openStore({ path: ':memory:' });
  for (const a of analyses) await store.putAnalysis(a, { ingestedAt: INGESTED_AT });
  const person = analyses.flatMap((a) => a.annotations.entities.entities).find((e) => e.type === 'person')!;
  const want = analyses
    .filter((a) => a.annotations.entities.entities.some((e) => e.key === person.key))
    .map((a) => a.article.id)
    .sort();
  const got = await store.entityArticles(person.key, { limit: 1000 });
  assert.deepEqual(got.map((r) => r.articleId).sort(), want);
  assert.ok(got.every((r) => r.type === 'person' && r.mentions >= 1 && r.surface.length > 0));

  // A country key reached only through places (or place entities) is indexed, with its country code.
  const place = analyses.flatMap((a) => a.annotations.places.places).find((p) => p.kind === 'country')!;
  const placeRows = await store.entityArticles(place.key, { limit: 1000 });
  const placeWant = analyses.filter(
    (a) =>
      a.annotations.places.places.some((p) => p.key === place.key) ||
      a.annotations.entities.entities.some((e) => e.key === place.key),
  );
  assert.equal(placeRows.length, placeWant.length);
  assert.ok(placeRows.every((r) => r.country === place.country));
  assert.deepEqual(await store.entityArticles('person:nobody-at-all'), []);
  await store.close();
});

test('stats count what is stored', async () => {
  const analyses = (await sampleAnalyses()).slice(0, 10);
  const store = openStore({ path: ':memory:' });
  for (const a of analyses) await store.putAnalysis(a, { ingestedAt: INGESTED_AT });
  await store.putAnalysis(replica(analyses[0]!, 1), { ingestedAt: INGESTED_AT });
  const s = await store.stats();
  assert.equal(s.articles, 11);
  assert.equal(s.stories, 0);
  assert.equal(
    s.languages.reduce((n, l) => n + l.articles, 0),
    11,
  );
  const keys = new Set(
    analyses.flatMap((a) => [
      ...a.annotations.entities.entities.map((e) => e.key),
      ...a.annotations.places.places.map((p) => p.key),
    ]),
  );
  assert.equal(s.entities, keys.size);
  await store.close();
});
