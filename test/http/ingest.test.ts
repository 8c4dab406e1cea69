/**
 * `POST /api/articles` against the real library (sample corpus ingested first): JSON, arrays, HTML and plain
 * text are analysed, stored and clustered, then retrievable with a story; duplicates, bad rows, malformed
 * JSON, unsupported types, oversized bodies and cross-origin writes get their stable error codes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../../src/http/app.ts';
import { SCHEMAS } from '../../src/http/schemas.ts';
import { openLibrary } from '../../src/services/library/index.ts';
import type { Library } from '../../src/services/library/types.ts';
import { call, FIXED_NOW, SAMPLES, schemaProblems, type JsonAnswer } from './support.ts';

let lib: Library;
let app: Hono;
/** The story of the sample articles about the Saqqara tomb (s7). */
let saqqaraStory: string;

/** A fictional follow-up on the samples' Saqqara story (s7), written for this test. */
const SAQQARA = {
  title: 'Scans at Saqqara reveal the granary records of the royal scribe Neferkhau',
  text:
    'CAIRO — A University of Pisa team has begun scanning the painted reliefs in the newly found tomb of ' +
    'Neferkhau, the royal scribe who kept the granaries of a Fifth Dynasty pharaoh, at the Saqqara necropolis ' +
    "south of Cairo.\nThe tomb lies about 300 metres south of the Step Pyramid of Djoser. Egypt's Ministry of " +
    'Tourism and Antiquities announced the find on Monday, March 30.\n"The reliefs record grain deliveries ' +
    'year by year," said Karim Soliman, secretary-general of the Supreme Council of Antiquities.\nThe scans ' +
    'will be published before the tomb opens to visitors.',
  source: 'Test Gazette',
  lang: 'en',
  published: '2026-03-31T10:00:00Z',
  url: 'https://test-gazette.test/saqqara-scans',
};

before(async () => {
  lib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW });
  await lib.ingestInputs([SAMPLES]);
  app = createApp(lib, { maxBodyBytes: 64 * 1024 });
  const hits = await lib.search('Neferkhau', { lang: 'en' });
  saqqaraStory = hits[0].storyId!;
  assert.ok(saqqaraStory);
});

after(async () => {
  await lib.close();
});

function post(body: string | Uint8Array, type: string | undefined, headers: Record<string, string> = {}) {
  return call(app, '/api/articles', {
    method: 'POST',
    body,
    headers: { ...(type ? { 'content-type': type } : {}), ...headers },
  });
}

function summaryOk(a: JsonAnswer, status: number): void {
  assert.equal(a.status, status, JSON.stringify(a.body).slice(0, 400));
  assert.deepEqual(schemaProblems(SCHEMAS.IngestSummary, a.body), []);
}

function errorIs(a: JsonAnswer, status: number, code: string): void {
  assert.equal(a.status, status, JSON.stringify(a.body).slice(0, 400));
  assert.deepEqual(schemaProblems(SCHEMAS.Error, a.body), []);
  assert.equal(a.body.error.code, code);
}

test('POST one JSON article: stored, clustered into its story, retrievable; again: a duplicate', async () => {
  const first = await post(JSON.stringify(SAQQARA), 'application/json');
  summaryOk(first, 201);
  assert.equal(first.body.stored, 1);
  assert.deepEqual(first.body.rejected, []);
  const { id, storyId } = first.body.articles[0];
  assert.equal(storyId, saqqaraStory, 'the follow-up joins the Saqqara story of the samples');

  const art = await call(app, `/api/articles/${id}`);
  assert.equal(art.status, 200);
  assert.equal(art.body.row.title, SAQQARA.title);
  assert.equal(art.body.row.source, 'Test Gazette');
  assert.equal(art.body.storyId, saqqaraStory);
  const story = await call(app, `/api/stories/${encodeURIComponent(storyId)}`);
  assert.ok(story.body.articles.some((a: { id: string }) => a.id === id));

  const again = await post(JSON.stringify(SAQQARA, null, 2), 'application/json; charset=utf-8');
  summaryOk(again, 200);
  assert.equal(again.body.stored, 0);
  assert.equal(again.body.duplicates, 1);
});

test('POST an array: good articles stored, bad rows rejected by position with their code', async () => {
  const articles = [
    {
      title: 'Harbour pilots of Rumelihisarı rehearse a night towing drill',
      text:
        'ISTANBUL — Pilots rehearsed ' +
        'towing a disabled carrier through the narrowest bend of the Bosphorus on Tuesday night.',
      lang: 'en',
    },
    { title: 'No text here' },
    'not an object',
  ];
  const a = await post(JSON.stringify(articles), 'application/json');
  summaryOk(a, 201);
  assert.equal(a.body.stored, 1);
  assert.deepEqual(
    a.body.rejected.map((r: { code: string; input: string }) => [r.code, r.input]),
    [
      ['INPUT_MALFORMED', 'request body#2'],
      ['INPUT_MALFORMED', 'request body#3'],
    ],
  );
  const stored = await call(app, `/api/articles/${a.body.articles[0].id}`);
  assert.equal(stored.status, 200);
  assert.ok(stored.body.storyId);
});

test('POST an HTML page and a plain text: parsed like files, stored with a story', async () => {
  const html =
    '<!doctype html><html lang="fr"><head><title>Sécheresse : Barcelone ferme ses fontaines | Test Matin</title>' +
    '<meta property="og:site_name" content="Test Matin"></head><body><nav>Accueil · Monde</nav><article>' +
    '<h1>Sécheresse : Barcelone ferme ses fontaines</h1><p>BARCELONE — La mairie de Barcelone a fermé mardi ' +
    'les fontaines ornementales de la ville, après la déclaration de l&#39;état d&#39;urgence sécheresse en ' +
    'Catalogne.</p><p>Les réservoirs catalans ne sont remplis qu&#39;à 13,8 %, a rappelé la Generalitat.</p>' +
    '</article><footer>© Test Matin</footer></body></html>';
  const h = await post(html, 'text/html; charset=utf-8');
  summaryOk(h, 201);
  const page = await call(app, `/api/articles/${h.body.articles[0].id}`);
  assert.match(page.body.row.title, /Barcelone ferme ses fontaines/);
  assert.equal(page.body.row.lang, 'fr');
  assert.doesNotMatch(page.body.body, /Accueil|©/);
  assert.ok(page.body.storyId);

  const text =
    'Kourou weather delays a second rocket\n\nKOUROU — High winds over French Guiana delayed the ' +
    'launch of a Vega-C rocket for a second day on Tuesday, the launch operator said.';
  const t = await post(text, 'text/plain');
  summaryOk(t, 201);
  const plain = await call(app, `/api/articles/${t.body.articles[0].id}`);
  assert.equal(plain.body.row.title, 'Kourou weather delays a second rocket');
  assert.ok(plain.body.storyId);
});

test('POST errors: malformed JSON 400, no article 422, unsupported type 400, too large 413, cross-origin 400', async () => {
  errorIs(await post('{"title": "x", "text": ', 'application/json'), 400, 'BAD_REQUEST');
  errorIs(await post('{}', 'application/json'), 422, 'INPUT_MALFORMED');
  errorIs(await post('[]', 'application/json'), 422, 'INPUT_EMPTY');
  errorIs(await post('   ', 'text/plain'), 422, 'INPUT_EMPTY');
  errorIs(await post('', 'text/plain'), 422, 'INPUT_EMPTY');
  errorIs(await post(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png'), 400, 'BAD_REQUEST');
  // Bytes with no Content-Type at all (a string body would get text/plain from fetch's Request).
  errorIs(await post(new TextEncoder().encode('Title\n\nBody'), undefined), 400, 'BAD_REQUEST');

  const big = `Big\n\n${'word '.repeat(20_000)}`; // 100 KB, over this app's 64 KB limit
  const tooLarge = await post(big, 'text/plain');
  errorIs(tooLarge, 413, 'INPUT_TOO_LARGE');
  assert.match(tooLarge.body.error.message, /65536/);
  assert.equal(tooLarge.body.error.input, 'request body');
  // Without a Content-Length (a stream), the body is counted as it arrives and refused once over.
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('x'.repeat(10_000)));
      c.close();
    },
  });
  const streamed = await call(app, '/api/articles', {
    method: 'POST',
    body: stream,
    headers: { 'content-type': 'text/plain' },
    duplex: 'half',
  } as RequestInit);
  errorIs(streamed, 413, 'INPUT_TOO_LARGE');

  const foreign = await post(JSON.stringify(SAQQARA), 'application/json', {
    origin: 'https://elsewhere.test',
    host: 'localhost',
  });
  errorIs(foreign, 400, 'BAD_REQUEST');
  assert.match(foreign.body.error.message, /cross-origin/);
  const same = await call(app, 'http://localhost/api/articles', {
    method: 'POST',
    body: JSON.stringify(SAQQARA),
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
  });
  summaryOk(same, 200);
});
