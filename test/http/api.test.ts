/**
 * The read routes of the API, in process (`app.request`), against the real library with the bundled sample
 * corpus ingested once: status codes, shapes (checked against the OpenAPI schemas), filters, paging, errors.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../../src/http/app.ts';
import { SCHEMAS, type SchemaName } from '../../src/http/schemas.ts';
import { openLibrary } from '../../src/services/library/index.ts';
import type { Library } from '../../src/services/library/types.ts';
import type { StoryRow } from '../../src/services/store/types.ts';
import { call, FIXED_NOW, SAMPLES, schemaProblems, type JsonAnswer } from './support.ts';

let lib: Library;
let app: Hono;

before(async () => {
  lib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW });
  const summary = await lib.ingestInputs([SAMPLES]);
  assert.equal(summary.stored, 49);
  app = createApp(lib);
});

after(async () => {
  await lib.close();
});

/** GETs a path, expects `status`, and checks the body against the named schema. */
async function get(path: string, status: number, schema: SchemaName): Promise<JsonAnswer> {
  const a = await call(app, path);
  assert.equal(a.status, status, `${path}: ${JSON.stringify(a.body).slice(0, 300)}`);
  assert.deepEqual(schemaProblems(SCHEMAS[schema], a.body), [], path);
  assert.equal(a.headers.get('cache-control'), 'no-store');
  return a;
}

/** Expects a 400 BAD_REQUEST whose message names `param`. */
async function badParam(path: string, param: string): Promise<void> {
  const a = await get(path, 400, 'Error');
  assert.equal(a.body.error.code, 'BAD_REQUEST', path);
  assert.match(a.body.error.message, new RegExp(`"${param}"`), path);
}

async function stories(query = ''): Promise<StoryRow[]> {
  return (await get(`/api/stories${query}`, 200, 'StoryList')).body.stories as StoryRow[];
}

test('health and stats', async () => {
  assert.deepEqual((await get('/api/health', 200, 'Health')).body, { status: 'ok', version: '4.0.0' });
  const stats = (await get('/api/stats', 200, 'Stats')).body;
  assert.equal(stats.articles, 49);
  assert.equal(stats.memberships, 49);
  assert.equal(stats.languages.length, 13);
});

test('story list: order, paging and its echo of the parameters', async () => {
  const page = await get('/api/stories', 200, 'StoryList');
  assert.equal(page.body.order, 'newest');
  assert.equal(page.body.limit, 50);
  assert.equal(page.body.offset, 0);
  const all = page.body.stories as StoryRow[];
  assert.ok(all.length >= 7, `${all.length} stories`);
  assert.equal(
    all.reduce((n, s) => n + s.articles, 0),
    49,
  );
  const lastSeen = all.map((s) => s.lastSeen ?? '');
  assert.deepEqual(lastSeen, [...lastSeen].sort().reverse(), 'newest first');

  const largest = await stories('?order=largest');
  const sizes = largest.map((s) => s.articles);
  assert.deepEqual(
    sizes,
    [...sizes].sort((a, b) => b - a),
    'largest first',
  );
  assert.equal((await stories('?order=growing')).length, all.length);

  const first = await stories('?limit=2');
  const second = await stories('?limit=2&offset=2');
  assert.deepEqual([...first, ...second], all.slice(0, 4));
  assert.deepEqual(await stories(`?offset=${all.length}`), []);
});

test('story list filters: since, lang, source, entity', async () => {
  const all = await stories();
  const since = await stories('?since=2026-04-01');
  assert.ok(since.length > 0 && since.length < all.length);
  assert.ok(since.every((s) => (s.lastSeen ?? '') >= '2026-04-01'));

  const detailOf = async (s: StoryRow) => (await get(`/api/stories/${s.id}`, 200, 'StoryDetail')).body;
  const zh = await stories('?lang=zh');
  assert.ok(zh.length >= 1 && zh.length < all.length);
  for (const s of zh) assert.ok((await detailOf(s)).articles.some((a: { lang: string }) => a.lang === 'zh'));

  const meridian = await stories('?source=Meridian%20Wire');
  assert.ok(meridian.length >= 1 && meridian.length < all.length);
  for (const s of meridian) {
    assert.ok((await detailOf(s)).articles.some((a: { source?: string }) => a.source === 'Meridian Wire'));
  }
  assert.deepEqual(await stories('?source=No%20Such%20Outlet'), []);

  const largest = (await stories('?order=largest'))[0];
  const key = (await detailOf(largest)).summary.entities[0].key as string;
  const withEntity = await stories(`?entity=${encodeURIComponent(key)}`);
  assert.ok(withEntity.some((s) => s.id === largest.id));
  assert.ok(withEntity.length < all.length);
});

test('story list: bad parameters are 400 naming the parameter', async () => {
  const rows: [string, string][] = [
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?limit=ten', 'limit'],
    ['?offset=-1', 'offset'],
    ['?order=oldest', 'order'],
    ['?since=last-week', 'since'],
    ['?lang=French', 'lang'],
    ['?limt=5', 'limt'],
    ['?limit=5&limit=6', 'limit'],
  ];
  for (const [q, param] of rows) await badParam(`/api/stories${q}`, param);
});

test('story detail: articles in publication order, timeline, places, quotes, coverage; unknown id 404', async () => {
  const largest = (await stories('?order=largest'))[0];
  const d = (await get(`/api/stories/${largest.id}?order=oldest`, 200, 'StoryDetail')).body;
  assert.equal(d.story.id, largest.id);
  assert.equal(d.resolvedFrom, undefined);
  assert.equal(d.articles.length, largest.articles);
  assert.deepEqual(d.articlesPage, { order: 'oldest', offset: 0, limit: 50, total: largest.articles });
  // Publication order, by day (the store orders the stated times, whose zones differ), undated last.
  const days = d.articles.map((a: { published?: string }) => a.published?.slice(0, 10) ?? '9999');
  assert.deepEqual(days, [...days].sort());
  assert.ok(d.summary.timeline.length > 0);
  assert.ok(d.places.length > 0);
  assert.ok(d.countries.length > 0);
  assert.ok(d.speakers.length > 0);
  assert.ok(d.coverage.outlets.length >= 2);
  assert.ok(d.coverage.facts.some((f: { reach: string }) => f.reach === 'one'));

  const missing = await get('/api/stories/story:0000000000000000', 404, 'Error');
  assert.equal(missing.body.error.code, 'NOT_FOUND');
  assert.match(missing.body.error.message, /story story:0000000000000000/);
  await badParam(`/api/stories/${'x'.repeat(301)}`, 'id');
  await badParam(`/api/stories/${largest.id}?full=1`, 'full');
});

test('story detail pages its articles (newest first by default); the rest covers the whole story', async () => {
  const largest = (await stories('?order=largest'))[0];
  const n = largest.articles;
  const path = `/api/stories/${largest.id}`;
  const whole = (await get(`${path}?order=oldest&limit=1000`, 200, 'StoryDetail')).body;
  const ids = whole.articles.map((a: { id: string }) => a.id) as string[];
  assert.equal(ids.length, n);
  const dated = whole.articles.filter((a: { published?: string }) => a.published).length;
  const newest = [...ids.slice(0, dated).reverse(), ...ids.slice(dated)];
  const page = (q: string) => get(`${path}${q}`, 200, 'StoryDetail').then((a) => a.body);
  const rows: { q: string; ids: string[]; page: object }[] = [
    { q: '', ids: newest, page: { order: 'newest', offset: 0, limit: 50, total: n } },
    { q: '?limit=2', ids: newest.slice(0, 2), page: { order: 'newest', offset: 0, limit: 2, total: n } },
    {
      q: '?limit=2&offset=2',
      ids: newest.slice(2, 4),
      page: { order: 'newest', offset: 2, limit: 2, total: n },
    },
    {
      q: '?order=oldest&limit=3&offset=1',
      ids: ids.slice(1, 4),
      page: { order: 'oldest', offset: 1, limit: 3, total: n },
    },
    {
      q: `?offset=${n - 1}`,
      ids: newest.slice(n - 1),
      page: { order: 'newest', offset: n - 1, limit: 50, total: n },
    },
    { q: `?offset=${n}`, ids: [], page: { order: 'newest', offset: n, limit: 50, total: n } },
  ];
  for (const r of rows) {
    const d = await page(r.q);
    assert.deepEqual(
      d.articles.map((a: { id: string }) => a.id),
      r.ids,
      r.q,
    );
    assert.deepEqual(d.articlesPage, r.page, r.q);
    // Only the list is paged.
    assert.deepEqual(
      { summary: d.summary, coverage: d.coverage, speakers: d.speakers, places: d.places },
      { summary: whole.summary, coverage: whole.coverage, speakers: whole.speakers, places: whole.places },
      r.q,
    );
  }
  for (const [q, param] of [
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?offset=-1', 'offset'],
    ['?order=largest', 'order'],
    ['?page=2', 'page'],
  ]) {
    await badParam(`${path}${q}`, param);
  }
});

test('article detail and compare', async () => {
  const largest = (await stories('?order=largest'))[0];
  const d = (await get(`/api/stories/${largest.id}`, 200, 'StoryDetail')).body;
  const [a, b] = d.articles as { id: string; title: string }[];
  const art = (await get(`/api/articles/${a.id}`, 200, 'ArticleDetail')).body;
  assert.equal(art.row.id, a.id);
  assert.equal(art.json.title, a.title);
  assert.equal(art.storyId, largest.id);
  assert.ok(art.body.length > 200);
  assert.ok(art.json.entities.length > 0);

  const cmp = (await get(`/api/compare?a=${a.id}&b=${b.id}`, 200, 'Comparison')).body;
  assert.equal(cmp.result.a, a.id);
  assert.equal(cmp.result.b, b.id);
  assert.equal(typeof cmp.result.sameStory, 'boolean');
  for (const v of Object.values(cmp.result.scores) as number[]) assert.ok(v >= 1 && v <= 4, String(v));
  assert.equal(cmp.a.row.id, a.id);
  assert.equal(cmp.b.row.id, b.id);

  assert.equal((await get('/api/articles/nope', 404, 'Error')).body.error.code, 'NOT_FOUND');
  const unknown = await get(`/api/compare?a=${a.id}&b=nope`, 404, 'Error');
  assert.match(unknown.body.error.message, /nope/);
  await badParam(`/api/compare?a=${a.id}`, 'b');
  await badParam('/api/compare', 'a');
});

test('search: words, accents ignored, filters, paging, errors', async () => {
  const hits = (await get('/api/search?q=Dorohusk', 200, 'SearchResults')).body;
  assert.equal(hits.query, 'Dorohusk');
  assert.ok(hits.hits.length >= 3, `${hits.hits.length} hits`);
  const ranks = hits.hits.map((h: { rank: number }) => h.rank);
  assert.deepEqual(
    ranks,
    [...ranks].sort((x, y) => x - y),
    'best (lowest bm25) first',
  );

  // Accents ignored both ways: the query without the accent finds the accented spelling.
  const plain = (await get('/api/search?q=Rzeszow', 200, 'SearchResults')).body.hits;
  assert.ok(plain.length >= 1);
  const pl = (await get('/api/search?q=Dorohusk&lang=pl', 200, 'SearchResults')).body.hits;
  assert.ok(pl.length >= 1 && pl.length < hits.hits.length);
  assert.ok(pl.every((h: { lang: string }) => h.lang === 'pl'));
  const page2 = (await get('/api/search?q=Dorohusk&limit=1&offset=1', 200, 'SearchResults')).body.hits;
  assert.deepEqual(
    page2.map((h: { id: string }) => h.id),
    [hits.hits[1].id],
  );
  const before = (await get('/api/search?q=Dorohusk&to=2026-03-01', 200, 'SearchResults')).body.hits;
  assert.deepEqual(before, []);
  const inMarch = (await get('/api/search?q=Dorohusk&from=2026-03-01&to=2026-03-31', 200, 'SearchResults'))
    .body.hits;
  assert.ok(inMarch.length >= 1);
  assert.deepEqual((await get('/api/search?q=zzyzxqq', 200, 'SearchResults')).body.hits, []);
  // Query syntax is never an error: stray operators are taken literally.
  await get('/api/search?q=%22unclosed%20AND%20(', 200, 'SearchResults');

  await badParam('/api/search', 'q');
  await badParam('/api/search?q=', 'q');
  await badParam('/api/search?q=x&from=2026-04-01&to=2026-03-01', 'from');
  await badParam('/api/search?q=x&to=31/03/2026', 'to');
});

test('entity page: names, articles and stories naming it; unknown key 404', async () => {
  const largest = (await stories('?order=largest'))[0];
  const d = (await get(`/api/stories/${largest.id}`, 200, 'StoryDetail')).body;
  const key = d.summary.entities[0].key as string;
  const page = (await get(`/api/entities/${encodeURIComponent(key)}`, 200, 'EntityPage')).body;
  assert.equal(page.key, key);
  assert.ok(page.names.length >= 1);
  assert.ok(page.articles.length >= 2);
  assert.ok(page.stories.some((s: StoryRow) => s.id === largest.id));
  const one = (await get(`/api/entities/${encodeURIComponent(key)}?limit=1`, 200, 'EntityPage')).body;
  assert.equal(one.articles.length, 1);
  assert.equal((await get('/api/entities/nobody-at-all', 404, 'Error')).body.error.code, 'NOT_FOUND');
  await badParam(`/api/entities/${encodeURIComponent(key)}?limit=0`, 'limit');
});

test('a merged-away story id answers with the surviving story and says so', async () => {
  const [survivor, other] = await stories('?order=largest');
  const ghost = (await lib.store.getStory(other.id))!.summary;
  // A story that is then merged into the survivor: its id must now lead there.
  await lib.store.putStory({ ...ghost, id: 'story:merged-away', members: [] });
  await lib.store.aliasStory('story:merged-away', survivor.id);
  const a = await get('/api/stories/story:merged-away', 200, 'StoryDetail');
  assert.equal(a.body.story.id, survivor.id);
  assert.equal(a.body.resolvedFrom, 'story:merged-away');
  assert.equal(a.headers.get('content-location'), `/api/stories/${encodeURIComponent(survivor.id)}`);
  // The survivor itself answers without a resolvedFrom.
  const s = await get(`/api/stories/${survivor.id}`, 200, 'StoryDetail');
  assert.equal(s.body.resolvedFrom, undefined);
  assert.equal(s.headers.get('content-location'), null);
});

test('the web UI is mounted at / and the API answers JSON beside it', async () => {
  const res = await app.request('/');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/);
  const html = await res.text();
  const largest = (await stories('?order=largest'))[0];
  assert.ok(html.includes(`/stories/${encodeURIComponent(largest.id)}`), 'the story list links the stories');
  assert.equal((await call(app, '/api/unknown')).status, 404);
});
