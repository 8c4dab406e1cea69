import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, honoPath } from '../../src/http/app.ts';
import { HTTP_STATUS, errorAnswer } from '../../src/http/errors.ts';
import { SCHEMAS } from '../../src/http/schemas.ts';
import { ERRORS, storylineError } from '../../src/core/errors.ts';
import type { Library } from '../../src/services/library/types.ts';
import { schemaProblems } from './support.ts';

/** Route registration never touches the library: a bare object is enough to list routes. */
const NO_LIBRARY = {} as Library;

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; responses: object }>>;
};

async function documentOf(): Promise<Doc> {
  const res = await createApp(NO_LIBRARY, { web: false }).request('/api/openapi.json');
  assert.equal(res.status, 200);
  return (await res.json()) as Doc;
}

test('every registered API route is in the OpenAPI document, and every documented route is registered', async () => {
  const app = createApp(NO_LIBRARY, { web: false });
  const registered = new Set(
    app.routes.filter((r) => r.method === 'GET' || r.method === 'POST').map((r) => `${r.method} ${r.path}`),
  );
  const doc = await documentOf();
  const documented = new Set<string>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${honoPath(path)}`);
  }
  assert.deepEqual([...registered].sort(), [...documented].sort());
  // The routes the product promises (issue 4) are all there.
  for (const r of [
    'GET /api/stories',
    'GET /api/stories/:id',
    'GET /api/articles/:id',
    'POST /api/articles',
    'GET /api/compare',
    'GET /api/search',
    'GET /api/entities/:key',
    'GET /api/stats',
    'GET /api/health',
    'GET /api/openapi.json',
  ]) {
    assert.ok(registered.has(r), r);
  }
});

test('the document is OpenAPI 3.1: path parameters declared, every $ref resolves, errors documented', async () => {
  const doc = await documentOf();
  assert.equal(doc.openapi, '3.1.0');
  const text = JSON.stringify(doc);
  for (const m of text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)) {
    assert.ok(m[1] in SCHEMAS, `unresolved $ref ${m[1]}`);
  }
  for (const [path, ops] of Object.entries(doc.paths)) {
    const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries(ops)) {
      const declared = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      assert.deepEqual(declared.sort(), inPath.sort(), `${method} ${path}`);
      assert.ok('500' in op.responses, `${method} ${path} documents 500`);
    }
  }
  assert.ok('400' in doc.paths['/api/stories'].get.responses);
  assert.ok('404' in doc.paths['/api/stories/{id}'].get.responses);
  assert.ok('413' in doc.paths['/api/articles'].post.responses);
  assert.deepEqual(doc.paths['/api/stories'].get.parameters.map((p) => p.name).sort(), [
    'entity',
    'lang',
    'limit',
    'offset',
    'order',
    'since',
    'source',
  ]);
});

test('error codes map to HTTP statuses in one table', () => {
  assert.deepEqual(Object.keys(HTTP_STATUS).sort(), Object.keys(ERRORS).sort());
  const rows: [ReturnType<typeof storylineError>, number][] = [
    [storylineError('NOT_FOUND', 'story', 'x'), 404],
    [storylineError('BAD_REQUEST', 'x'), 400],
    [storylineError('USAGE', 'x'), 400],
    [storylineError('INPUT_MALFORMED', 'body', 'x'), 422],
    [storylineError('ARTICLE_NO_TEXT', 'body'), 422],
    [storylineError('ARTICLE_ERROR_PAGE', 'body', 'an error page: "page not found"'), 422],
    [storylineError('INPUT_TOO_LARGE', 'body', 10, 5), 413],
    [storylineError('STORE_UNAVAILABLE', 'db', 'x'), 503],
    [storylineError('STORE_CORRUPT', 'db', 'x'), 503],
  ];
  for (const [e, status] of rows) {
    const a = errorAnswer(e);
    assert.equal(a.status, status, e.code);
    assert.deepEqual(schemaProblems(SCHEMAS.Error, a.body), []);
    assert.equal(a.body.error.code, e.code);
    assert.equal(a.body.error.message, e.message);
    // `input` names a part of the request (input errors only), never a word of the message.
    assert.equal(
      a.body.error.input,
      e.code.startsWith('INPUT_') || e.code.startsWith('ARTICLE_') ? 'body' : undefined,
    );
  }
  const internal = errorAnswer(new Error('secret path /home/x at line 3'));
  assert.deepEqual(internal, {
    status: 500,
    body: { error: { code: 'INTERNAL', message: 'internal error' } },
  });
});

test('unknown /api routes are 404 JSON; a handler bug is a 500 without the stack', async () => {
  const seen: unknown[] = [];
  const app = createApp(NO_LIBRARY, { web: false, onInternalError: (e) => seen.push(e) });
  for (const [method, path] of [
    ['GET', '/api/nope'],
    ['GET', '/api/stories/x/y'],
    ['DELETE', '/api/stories'],
    ['GET', '/api'],
  ]) {
    const res = await app.request(path, { method });
    assert.equal(res.status, 404, `${method} ${path}`);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'NOT_FOUND');
  }
  // The bare object has no `stats`: calling it throws a TypeError inside the handler.
  const res = await app.request('/api/stats');
  assert.equal(res.status, 500);
  const text = await res.text();
  assert.deepEqual(JSON.parse(text), { error: { code: 'INTERNAL', message: 'internal error' } });
  assert.doesNotMatch(text, /TypeError|at \w|\.ts/);
  assert.equal(seen.length, 1);
  assert.ok(seen[0] instanceof TypeError);
  assert.equal(res.headers.get('cache-control'), 'no-store');
});
