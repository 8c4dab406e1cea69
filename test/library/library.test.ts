import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isStorylineError } from '../../src/core/errors.ts';
import { assign } from '../../src/core/cluster/assign.ts';
import { createClusterState, storyOfArticle } from '../../src/core/cluster/state.ts';
import { buildProfile } from '../../src/core/similarity/profile.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';
import { streamOrder } from '../../src/core/cluster/order.ts';
import {
  openLibrary,
  type IngestProgress,
  type IngestSummary,
  type Library,
} from '../../src/services/library/index.ts';
import type { ArticleDetail } from '../../src/services/library/types.ts';
import { goldArticles, now, replicaArticle, SAMPLES, sampleArticles, tempDir } from './helpers.ts';

let lib: Library;
let first: IngestSummary;
const progress: IngestProgress[] = [];
/** Stored articles by title, from the export. */
const byTitle = new Map<string, ArticleDetail>();

before(async () => {
  lib = await openLibrary({ db: ':memory:', workers: 0, now });
  first = await lib.ingestInputs([SAMPLES], { onProgress: (p) => progress.push(p) });
  for await (const a of lib.exportArticles()) byTitle.set(a.row.title, a);
});

after(async () => {
  await lib.close();
});

/** The stored article whose title starts with `prefix` (exactly one must). */
function titled(prefix: string): ArticleDetail {
  const found = [...byTitle.values()].filter((a) => a.row.title.startsWith(prefix));
  assert.equal(found.length, 1, `one article titled "${prefix}..."`);
  return found[0]!;
}

test('ingest: every sample stored once, each with its story; progress counts up to the total', () => {
  const articles = goldArticles().length;
  assert.equal(first.stored, articles);
  assert.equal(first.duplicates, 0);
  assert.deepEqual(first.rejected, []);
  assert.equal(first.articles.length, articles);
  assert.equal(byTitle.size, articles);
  for (const a of byTitle.values()) assert.ok(a.storyId, `${a.row.id} has a story`);
  const stories = new Set(first.articles.map((a) => a.storyId));
  assert.deepEqual([...stories].sort(), [...first.stories].sort(), 'summary stories are the stories joined');
  const last = progress[progress.length - 1]!;
  assert.deepEqual(last, { done: articles, total: articles, stored: articles, duplicates: 0, rejected: 0 });
  for (let i = 1; i < progress.length; i++) assert.ok(progress[i]!.done >= progress[i - 1]!.done);
});

test('ingest: the stories are those of the online clusterer fed the articles in ingest order', async () => {
  const ordered = streamOrder(await sampleArticles());
  assert.ok(
    ordered.some((a) => !a.published),
    'the samples include undated articles',
  );
  const state = createClusterState();
  for (const a of ordered) {
    const r = analyzeArticle(a);
    assert.ok(r.ok);
    assign(state, buildProfile(r.analysis));
  }
  const got = new Map(first.articles.map((a) => [a.id, a.storyId]));
  assert.deepEqual(
    ordered.map((a) => got.get(a.id)),
    ordered.map((a) => storyOfArticle(state, a.id)),
  );
  assert.deepEqual(
    first.articles.map((a) => a.id),
    ordered.map((a) => a.id),
    'summary articles in stream order',
  );
});

test('streamOrder: by publication time whatever the offset, ties in input order, undated last', () => {
  const art = (id: string, published?: string) => ({
    id,
    title: id,
    text: id,
    origin: id,
    ...(published ? { published } : {}),
  });
  const rows = [
    { input: [], expected: [] },
    {
      input: [art('u1'), art('a', '2026-03-05T16:40:00+01:00'), art('b', '2026-03-05T15:30:00Z')],
      expected: ['b', 'a', 'u1'],
    },
    {
      input: [art('x', '2026-03-05'), art('y', '2026-03-05'), art('u2'), art('u1')],
      expected: ['x', 'y', 'u2', 'u1'],
    },
    { input: [art('bad', 'not a date'), art('z', '2020-01-01')], expected: ['z', 'bad'] },
  ];
  for (const { input, expected } of rows)
    assert.deepEqual(
      streamOrder(input).map((a) => a.id),
      expected,
    );
});

test('ingest: gold stories grouped across languages; look-alike stories kept apart', () => {
  const rows: { a: string; b: string; same: boolean; why: string }[] = [
    { a: 'Wierzbicki we Lwowie', b: 'У Львові Марченко', same: true, why: 's2 pl/uk' },
    { a: 'Wierzbicki we Lwowie', b: 'In Lviv, Poland and Ukraine', same: true, why: 's2 pl/en' },
    { a: 'Przejście w Dorohusku', b: 'Марченко і Вєжбицький домовилися', same: true, why: 's1 pl/uk' },
    { a: 'Przejście w Dorohusku', b: 'Polen und die Ukraine entschärfen', same: true, why: 's1 pl/de' },
    { a: 'Barcelona declares drought', b: 'Noodtoestand om droogte', same: true, why: 's5 en/nl' },
    { a: 'Barcelona declares drought', b: 'Seca: Barcelona', same: true, why: 's5 en/pt' },
    { a: 'Egypt unveils', b: 'Hallada en Saqqara', same: true, why: 's7 en/es' },
    { a: 'Egypt unveils', b: 'اكتشاف مقبرة', same: true, why: 's7 en/ar' },
    // The same two ministers a few days apart: two stories.
    { a: 'Марченко і Вєжбицький домовилися', b: 'У Львові Марченко', same: false, why: 's1/s2 uk' },
    { a: 'Polen und die Ukraine entschärfen', b: 'Neue Stromleitung', same: false, why: 's1/s2 de' },
    // Drought from space, drought in Barcelona.
    { a: 'Europe launches Aqualis', b: 'Barcelona declares drought', same: false, why: 's4/s5 en' },
    { a: 'Seca: Barcelona', b: 'Fabricante chinês Tianyu', same: false, why: 's5/s6 pt' },
  ];
  for (const { a, b, same, why } of rows) {
    assert.equal(titled(a).storyId === titled(b).storyId, same, why);
  }
});

test('ingest again: every article is a duplicate, nothing analysed or changed', async () => {
  const before = await lib.stats();
  const again = await lib.ingestInputs([SAMPLES]);
  assert.equal(again.stored, 0);
  assert.equal(again.duplicates, goldArticles().length);
  assert.deepEqual(again.articles, []);
  assert.deepEqual(again.stories, []);
  assert.deepEqual(await lib.stats(), before);
});

test('ingest: a bad input among good ones is rejected with its code; the rest is stored', async () => {
  const { dir, cleanup } = tempDir();
  const other = await openLibrary({ db: ':memory:', workers: 0, now });
  try {
    writeFileSync(
      join(dir, 'good.txt'),
      'Harbour strike ends in Valmera\n\nDock workers in the fictional port of Valmera ended a three-day strike on ' +
        'Tuesday after the port authority agreed to a new shift plan, the union said.',
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const res = await other.ingestInputs([dir, join(dir, 'missing.txt'), 'https://example.org/feed.xml']);
    assert.equal(res.stored, 1);
    const codes = res.rejected.map((e) => [e.code, e.input]);
    assert.deepEqual(
      codes.sort(),
      [
        ['INPUT_EMPTY', join(dir, 'empty.txt')],
        ['INPUT_NOT_FOUND', join(dir, 'missing.txt')],
        ['INPUT_UNSUPPORTED', 'https://example.org/feed.xml'],
        ['INPUT_UNSUPPORTED', join(dir, 'photo.png')],
      ].sort(),
    );
    for (const e of res.rejected) assert.ok(isStorylineError(e));
    // The same article twice in one call, under a fresh id: stored once.
    const a = replicaArticle((await sampleArticles())[0]!, 99);
    const twice = await other.ingestArticles([a, a]);
    assert.deepEqual([twice.stored, twice.duplicates], [1, 1]);
  } finally {
    await other.close();
    cleanup();
  }
});

test('story: the Lviv power-line story in detail', async () => {
  const member = titled('Wierzbicki we Lwowie');
  const d = await lib.story(member.storyId!);
  assert.ok(d);
  assert.equal(d.story.id, member.storyId);
  assert.equal(d.resolvedFrom, undefined);
  assert.equal(d.articles.length, d.story.articles);
  assert.equal(d.summary.articles, d.story.articles);
  assert.ok(d.articles.some((m) => m.id === member.row.id));
  const times = d.articles.map((m) => (m.published ? Date.parse(m.published) : Infinity));
  assert.deepEqual(
    times,
    [...times].sort((x, y) => x - y),
    'members in publication order, undated last',
  );
  const lviv = d.places.find((p) => p.key === 'city:lviv');
  assert.ok(lviv, 'Lviv is a place of the story');
  assert.equal(lviv.country, 'UA');
  assert.equal(lviv.kind, 'city');
  assert.ok(lviv.articles >= 2 && lviv.articles <= d.articles.length);
  const countries = new Map(d.countries.map((c) => [c.code, c]));
  assert.equal(countries.get('UA')?.name, 'Ukraine');
  assert.equal(countries.get('PL')?.name, 'Poland');
  for (let i = 1; i < d.countries.length; i++)
    assert.ok(d.countries[i - 1]!.articles >= d.countries[i]!.articles, 'most named first');
  const speakers = d.speakers.map((s) => s.speaker);
  assert.ok(speakers.includes('Olena Marchenko'), speakers.join(', '));
  const marchenko = d.speakers.find((s) => s.speaker === 'Olena Marchenko')!;
  assert.ok(marchenko.quotes.every((q) => d.articles.some((m) => m.id === q.articleId)));
  const outlets = new Set(d.articles.map((m) => m.source));
  assert.equal(d.coverage.outlets.length, outlets.size, 'one coverage column per outlet');
  assert.equal(d.notes, undefined, 'a small story is not capped');
  assert.equal(await lib.story('story:nowhere'), undefined);
});

test('article: detail of a stored article; undefined for an unknown id', async () => {
  const a = titled('Egypt unveils');
  const d = await lib.article(a.row.id);
  assert.ok(d);
  assert.equal(d.json.id, a.row.id);
  assert.equal(d.row.source, 'The Harbour Ledger');
  assert.equal(d.storyId, a.storyId);
  assert.ok(d.body.length > 200);
  assert.equal(await lib.article('0000000000000000'), undefined);
});

test('compare: two stored articles by id; NOT_FOUND naming an unknown id', async () => {
  const a = titled('Egypt unveils');
  const b = titled('Hallada en Saqqara');
  const c = await lib.compare(a.row.id, b.row.id);
  assert.equal(c.result.articles.a.id, a.row.id);
  assert.equal(c.result.articles.b.id, b.row.id);
  assert.equal(c.a.row.id, a.row.id);
  assert.equal(c.b.json.lang, 'es');
  for (const v of Object.values(c.result.scores)) assert.ok(v >= 1 && v <= 4);
  assert.equal(c.result.sameStory, true, 'two reports of the same find');
  await assert.rejects(lib.compare(a.row.id, 'feedfeedfeedfeed'), (e: unknown) => {
    assert.ok(isStorylineError(e));
    assert.equal(e.code, 'NOT_FOUND');
    assert.match(e.message, /feedfeedfeedfeed/);
    return true;
  });
});

test('search, entity page, stats and export', async () => {
  const hits = await lib.search('Saqqara');
  assert.ok(hits.some((h) => h.title.startsWith('Hallada en Saqqara')));
  const ua = await lib.entity('country:UA');
  assert.ok(ua);
  assert.equal(ua.type, 'place');
  assert.ok(ua.names.length >= 1);
  const lvivStory = titled('Wierzbicki we Lwowie').storyId;
  assert.ok(ua.stories.some((s) => s.id === lvivStory));
  assert.equal(await lib.entity('person:nobody-at-all'), undefined);
  const stats = await lib.stats();
  assert.equal(stats.articles, goldArticles().length);
  const seqs = [];
  for await (const a of lib.exportArticles()) seqs.push(a.row.seq);
  assert.deepEqual(
    seqs,
    seqs.map((_, i) => i + 1),
    'every article, in arrival order',
  );
});

test("stories: 'growing' puts first the stories with most members in the last 2 days", async () => {
  const all = [...byTitle.values()].filter((a) => a.row.published !== undefined);
  const latest = Math.max(...all.map((a) => Date.parse(a.row.published!)));
  const recent = new Map<string, number>();
  for (const a of all) {
    if (Date.parse(a.row.published!) >= latest - 2 * 86_400_000)
      recent.set(a.storyId!, (recent.get(a.storyId!) ?? 0) + 1);
  }
  const growing = await lib.stories({ order: 'growing', limit: 100 });
  const counts = growing.map((s) => recent.get(s.id) ?? 0);
  assert.deepEqual(
    counts,
    [...counts].sort((x, y) => y - x),
  );
  assert.ok(counts[0]! > 0);
  const largest = await lib.stories({ order: 'largest', limit: 100 });
  assert.equal(largest.length, growing.length);
  assert.deepEqual(
    largest.map((s) => s.articles),
    [...largest.map((s) => s.articles)].sort((x, y) => y - x),
  );
});
