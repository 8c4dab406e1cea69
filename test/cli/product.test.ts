/**
 * The product commands on the bundled sample corpus: one temp database, ingested once (then again, to count
 * duplicates), then stories / story / search / export / compare / coverage read back from it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/core/csv.ts';
import type { StoryDetail } from '../../src/services/library/types.ts';
import type { SearchHit, StoryRow } from '../../src/services/store/types.ts';
import type { CompareResult } from '../../src/services/compare.ts';
import type { Coverage } from '../../src/core/coverage/index.ts';
import { CSV_COLUMNS } from '../../src/cli/commands/export.ts';
import { json, run } from './run.ts';

const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
/** Articles in samples/ (samples/README.md). */
const SAMPLE_ARTICLES = 49;

interface IngestJson {
  stored: number;
  duplicates: number;
  rejected: { input?: string; code: string; message: string }[];
  articles: { id: string; storyId: string }[];
  stories: string[];
  db: string;
  interrupted: boolean;
}

let dir: string;
let db: string;
let first: IngestJson;
let second: IngestJson;
let firstStatus: number;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  db = join(dir, 'samples.db');
  const r1 = await run(['ingest', SAMPLES, '--db', db, '--json']);
  firstStatus = r1.status;
  first = json<IngestJson>(r1);
  second = json<IngestJson>(await run(['ingest', SAMPLES, '--db', db, '--json']));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest stores the samples once; a second ingest counts them all as duplicates', () => {
  assert.equal(firstStatus, 0);
  assert.equal(first.stored, SAMPLE_ARTICLES);
  assert.equal(first.duplicates, 0);
  assert.deepEqual(first.rejected, []);
  assert.equal(first.articles.length, SAMPLE_ARTICLES);
  assert.ok(
    first.articles.every((a) => /^[0-9a-f]{16}$/.test(a.id) && a.storyId),
    'ids and stories',
  );
  assert.equal(first.db, db);
  assert.equal(first.interrupted, false);
  assert.equal(second.stored, 0);
  assert.equal(second.duplicates, SAMPLE_ARTICLES);
  assert.deepEqual(second.rejected, []);
});

test('stories --json: every article in exactly one listed story; orders, filters and paging', async () => {
  const all = json<StoryRow[]>(await run(['stories', '--db', db, '--json', '--limit', '1000']));
  assert.equal(
    all.reduce((n, s) => n + s.articles, 0),
    SAMPLE_ARTICLES,
  );
  assert.deepEqual(new Set(all.map((s) => s.id)), new Set(first.articles.map((a) => a.storyId)));
  const newest = all.map((s) => s.lastSeen ?? '');
  assert.deepEqual(newest, [...newest].sort().reverse(), 'newest first by default');
  const largest = json<StoryRow[]>(await run(['stories', '--db', db, '--json', '--order', 'largest']));
  const sizes = largest.map((s) => s.articles);
  assert.deepEqual(
    sizes,
    [...sizes].sort((a, b) => b - a),
  );
  const page = json<StoryRow[]>(
    await run(['stories', '--db', db, '--json', '--order', 'largest', '--limit', '2']),
  );
  const next = json<StoryRow[]>(
    await run(['stories', '--db', db, '--json', '--order', 'largest', '--limit', '2', '--offset', '2']),
  );
  assert.deepEqual(
    [...page, ...next].map((s) => s.id),
    largest.slice(0, 4).map((s) => s.id),
  );
  const zh = json<StoryRow[]>(await run(['stories', '--db', db, '--json', '--lang', 'zh']));
  assert.ok(zh.length >= 1 && zh.length < all.length);
  const later = json<StoryRow[]>(await run(['stories', '--db', db, '--json', '--since', '2026-03-29']));
  assert.ok(later.length >= 1 && later.length < all.length);
  assert.ok(later.every((s) => (s.lastSeen ?? '') >= '2026-03-29'));
  const table = await run(['stories', '--db', db]);
  assert.equal(table.status, 0);
  assert.match(table.out[0], /^story +articles +langs +outlets +first seen +last seen +headline/);
  assert.equal(table.out[0].split('\n').length, Math.min(all.length, 20) + 1);
});

test('story <id>: the summary, articles, event dates, places, quotes and the coverage table', async () => {
  const [row] = json<StoryRow[]>(
    await run(['stories', '--db', db, '--json', '--order', 'largest', '--limit', '1']),
  );
  const detail = json<StoryDetail>(await run(['story', row.id, '--db', db, '--json']));
  assert.equal(detail.story.id, row.id);
  assert.equal(detail.articles.length, row.articles);
  assert.ok(detail.coverage.outlets.length >= 2);
  const text = await run(['story', row.id, '--db', db]);
  assert.equal(text.status, 0);
  const page = text.out.join('\n');
  assert.ok(page.startsWith(`● ${detail.summary.headline}`));
  for (const heading of [
    'Articles:',
    'Event dates reported',
    'Places',
    'Quotes by speaker:',
    'Coverage',
    'Facts',
  ]) {
    assert.ok(page.includes(heading), heading);
  }
  for (const a of detail.articles) assert.ok(page.includes(a.id), a.id);
  const missing = await run(['story', 'story:0000000000000000', '--db', db]);
  assert.equal(missing.status, 1);
  assert.match(missing.err.join('\n'), /story story:0000000000000000: not found \[NOT_FOUND\]/);
});

test('search: accents ignored, filters by language and date, hits carry their story', async () => {
  const dry = json<SearchHit[]>(await run(['search', 'secheresse', '--db', db, '--json']));
  assert.ok(
    dry.some((h) => h.title.startsWith('Sécheresse')),
    dry.map((h) => h.title).join(' | '),
  );
  const saqqara = json<SearchHit[]>(await run(['search', 'Saqqara', '--db', db, '--json', '--limit', '50']));
  assert.ok(saqqara.length >= 3);
  assert.ok(saqqara.every((h) => h.storyId));
  const es = json<SearchHit[]>(await run(['search', 'Saqqara', '--lang', 'es', '--db', db, '--json']));
  assert.ok(es.length >= 1 && es.every((h) => h.lang === 'es'));
  const early = json<SearchHit[]>(
    await run(['search', 'Saqqara', '--to', '2026-03-30', '--db', db, '--json']),
  );
  assert.ok(early.length < saqqara.length && early.every((h) => (h.published ?? '') < '2026-03-31'));
  const none = await run(['search', 'zzzqqqxxx', '--db', db]);
  assert.equal(none.status, 0);
  assert.deepEqual(none.out, ['No articles found.']);
});

test('export: JSONL and CSV parse back to the stored articles with their stories', async () => {
  const jsonl = await run(['export', '--db', db]);
  assert.equal(jsonl.status, 0);
  const rows = jsonl.out.map(
    (l) => JSON.parse(l) as { id: string; title: string; storyId: string; entities: [] },
  );
  assert.equal(rows.length, SAMPLE_ARTICLES);
  const storyOf = new Map(first.articles.map((a) => [a.id, a.storyId]));
  for (const r of rows) {
    assert.ok(Array.isArray(r.entities), 'contract article JSON');
    assert.equal(r.storyId, storyOf.get(r.id), r.id);
  }
  const out = join(dir, 'articles.csv');
  const csv = await run(['export', '--format', 'csv', '--out', out, '--db', db]);
  assert.equal(csv.status, 0);
  assert.match(csv.err.join('\n'), /49 articles written to/);
  const text = readFileSync(out, 'utf8');
  assert.ok(text.endsWith('\r\n'), 'CRLF record ends');
  const table = parseCsv(text).filter((r) => r.length > 1);
  assert.deepEqual(table[0], [...CSV_COLUMNS]);
  assert.equal(table.length, SAMPLE_ARTICLES + 1);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const rec of table.slice(1)) {
    const [id, title, , , , , storyId, words] = rec;
    assert.equal(title, byId.get(id)?.title, id);
    assert.equal(storyId, storyOf.get(id));
    assert.match(words, /^\d+$/);
  }
  assert.ok(
    table.some((r) => r[1].includes(',')),
    'a title with a comma survives the round trip',
  );
});

test('compare two stored article ids; an unknown id is NOT_FOUND', async () => {
  const [a, b] = first.articles;
  const r = json<CompareResult>(await run(['compare', a.id, b.id, '--db', db, '--json']));
  assert.equal(r.a, a.id);
  assert.equal(r.b, b.id);
  assert.equal(r.scale, '1 = same .. 4 = unrelated');
  assert.ok(r.scores.overall >= 1 && r.scores.overall <= 4);
  const text = await run(['compare', a.id, b.id, '--db', db]);
  assert.match(text.out[0], /^A: /);
  const unknown = await run(['compare', a.id, 'ffffffffffffffff', '--db', db]);
  assert.equal(unknown.status, 1);
  assert.match(unknown.err.join('\n'), /ffffffffffffffff: not found \[NOT_FOUND\]/);
  const missingFile = await run(['compare', 'nope.txt', a.id, '--db', db]);
  assert.equal(missingFile.status, 1);
  assert.match(missingFile.err.join('\n'), /INPUT_NOT_FOUND/, 'a file name is not taken for an id');
});

test('coverage of a stored story matches its story page (the whole comparison, the page its digest)', async () => {
  const [row] = json<StoryRow[]>(
    await run(['stories', '--db', db, '--json', '--order', 'largest', '--limit', '1']),
  );
  const c = json<Coverage>(await run(['coverage', row.id, '--db', db, '--json']));
  const detail = json<StoryDetail>(await run(['story', row.id, '--db', db, '--json']));
  assert.equal(c.facts.length, detail.coverageTotals.facts);
  const ids = new Set(c.facts.map((f) => f.id));
  assert.ok(detail.coverage.facts.every((f) => ids.has(f.id)));
  assert.deepEqual(c.speakers, detail.coverage.speakers);
  const text = await run(['coverage', row.id, '--db', db]);
  assert.match(text.out[0], /^Outlets:/);
});

test('the database comes from --db, else STORYLINE_DB; a missing one is an error for reading commands', async () => {
  const viaEnv = json<StoryRow[]>(await run(['stories', '--json'], { env: { STORYLINE_DB: db } }));
  assert.ok(viaEnv.length > 0);
  const missing = join(dir, 'none.db');
  const r = await run(['stories', '--db', missing]);
  assert.equal(r.status, 1);
  assert.match(r.err.join('\n'), /no such database.*\[STORE_UNAVAILABLE\]/);
  assert.throws(() => readFileSync(missing), 'no empty database was created');
});

test('a bad file among good ones is rejected with its reason and code; exit 1', async () => {
  const inputs = join(dir, 'mixed');
  const other = join(dir, 'mixed.db');
  mkdirSync(inputs);
  writeFileSync(
    join(inputs, 'good.txt'),
    'Tram line to Osterholm opens\nThe new tram line between Lindqvist and Osterholm opened on Saturday. Mayor Tomas Ekberg cut the ribbon.\n',
  );
  writeFileSync(join(inputs, 'empty.txt'), '   \n');
  writeFileSync(join(inputs, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const r = await run(['ingest', inputs, join(dir, 'absent.txt'), '--db', other]);
  assert.equal(r.status, 1);
  const text = r.out.join('\n');
  assert.match(text, /stored 1 article into .*mixed\.db, 0 duplicates left unchanged, 3 rejected/);
  assert.match(text, /empty\.txt: empty input \(no text\) \[INPUT_EMPTY\]/);
  assert.match(text, /photo\.png: unsupported input .* \[INPUT_UNSUPPORTED\]/);
  assert.match(text, /absent\.txt: no such file or directory \[INPUT_NOT_FOUND\]/);
  const j = json<IngestJson>(await run(['ingest', inputs, '--db', other, '--json']));
  assert.equal(j.duplicates, 1);
  assert.deepEqual(j.rejected.map((e) => e.code).sort(), ['INPUT_EMPTY', 'INPUT_UNSUPPORTED']);
  assert.ok(j.rejected.every((e) => e.input?.startsWith(inputs)));
});
