/**
 * `startServer` for real: bound to 127.0.0.1 on port 0 (the URL reports the real port), answering `fetch`
 * over TCP (API, OpenAPI document, web UI, a POST), refusing a port in use, and closing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import { openLibrary } from '../../src/services/library/index.ts';
import type { Library } from '../../src/services/library/types.ts';
import { isStorylineError } from '../../src/core/errors.ts';
import { FIXED_NOW } from './support.ts';

let lib: Library;
let server: RunningServer;

before(async () => {
  lib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW });
  server = await startServer(lib, { port: 0 });
});

after(async () => {
  await server.close();
  await lib.close();
});

test('binds 127.0.0.1 on a real port and serves the API, the document and the UI', async () => {
  assert.equal(server.host, '127.0.0.1');
  assert.ok(server.port > 0);
  assert.equal(server.url, `http://127.0.0.1:${server.port}`);

  const health = await fetch(`${server.url}/api/health`);
  assert.equal(health.status, 200);
  assert.deepEqual(await health.json(), { status: 'ok', version: '4.0.0' });

  const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string };
  assert.equal(doc.openapi, '3.1.0');

  const empty = (await (await fetch(`${server.url}/api/stories`)).json()) as { stories: unknown[] };
  assert.deepEqual(empty.stories, []);

  const missing = await fetch(`${server.url}/api/stories/story:none`);
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');

  const ui = await fetch(`${server.url}/`);
  assert.equal(ui.status, 200);
  assert.match(ui.headers.get('content-type') ?? '', /text\/html/);
  await ui.text();
});

test('a POST over HTTP stores the article; its story is then listed', async () => {
  const res = await fetch(`${server.url}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Ferry service resumes across the estuary',
      text: 'SETÚBAL — The ferry between Setúbal and Tróia resumed on Friday after two days of storms, the operator said.',
      source: 'Test Courier',
      lang: 'en',
      published: '2026-03-27',
    }),
  });
  assert.equal(res.status, 201);
  const summary = (await res.json()) as { stored: number; articles: { id: string; storyId: string }[] };
  assert.equal(summary.stored, 1);
  const list = (await (await fetch(`${server.url}/api/stories`)).json()) as { stories: { id: string }[] };
  assert.deepEqual(
    list.stories.map((s) => s.id),
    [summary.articles[0].storyId],
  );
});

test('a port in use is refused with USAGE naming the address', async () => {
  await assert.rejects(
    startServer(lib, { port: server.port }),
    (e: unknown) => isStorylineError(e) && e.code === 'USAGE' && e.message.includes(`:${server.port}`),
  );
});
