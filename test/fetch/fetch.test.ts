import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fetchDocument,
  isHttpUrl,
  networkReason,
  parseRetryAfter,
  USER_AGENT,
  type FetchResult,
} from '../../src/services/fetch.ts';
import { fictionalRss, LAKESIDE_ITEMS, startFeedServer, type FeedServer } from './feed-server.ts';

const RSS = fictionalRss(LAKESIDE_ITEMS);
const PAGE = `<!doctype html><html lang="en"><head><title>Harbour crane collapses in Lindqvist</title>
<meta property="og:site_name" content="Lakeside Courier"></head><body><article><h1>Harbour crane collapses in Lindqvist</h1>
<p>A harbour crane collapsed in Lindqvist on Thursday morning. Nobody was hurt, the port authority said.</p>
<p>Engineer Jonas Berg said the crane had been inspected in March and would be replaced by August.</p>
<p>Ships were sent to the Osterholm quay while the wreck was cleared, the harbour master added.</p></article></body></html>`;

async function withServer(body: (s: FeedServer) => Promise<void>) {
  const s = await startFeedServer({
    '/feed.xml': [
      { headers: { 'content-type': 'application/rss+xml', etag: '"v1"' }, body: RSS, notModifiedIf: '"v1"' },
    ],
    '/page': [{ headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE }],
    '/busy': [{ status: 503, headers: { 'retry-after': '120' } }],
    '/limited': [{ status: 429, headers: { 'retry-after': 'Wed, 06 May 2026 08:10:00 GMT' } }],
    '/big': [{ headers: { 'content-type': 'text/plain', 'content-length': '5000' }, body: 'x'.repeat(5000) }],
    '/big-chunked': [{ headers: { 'content-type': 'text/plain' }, body: 'y'.repeat(300_000), chunked: true }],
    '/hang': [{ hang: true }],
  });
  try {
    await body(s);
  } finally {
    await s.close();
  }
}

function ok(r: FetchResult) {
  assert.equal(r.status, 'ok', r.status === 'error' ? r.error.message : r.status);
  return r as Extract<FetchResult, { status: 'ok' }>;
}

function err(r: FetchResult) {
  assert.equal(r.status, 'error');
  return r as Extract<FetchResult, { status: 'error' }>;
}

test('a feed is fetched with our User-Agent and read item by item; its validators come back', () =>
  withServer(async (s) => {
    const r = ok(await fetchDocument(`${s.url}/feed.xml`));
    assert.equal(r.articles.length, 3);
    assert.deepEqual(
      r.articles.map((a) => a.title),
      LAKESIDE_ITEMS.map((i) => i.title),
    );
    assert.equal(r.articles[0].source, 'Lakeside Courier');
    assert.equal(r.etag, '"v1"');
    assert.equal(s.requests[0].headers['user-agent'], USER_AGENT);
    assert.match(String(s.requests[0].headers['user-agent']), /storyline/);
    assert.equal(s.requests[0].headers['if-none-match'], undefined);
  }));

test('conditional GET: the ETag and Last-Modified are sent back, and 304 is not-modified', () =>
  withServer(async (s) => {
    const lastModified = 'Tue, 05 May 2026 08:00:00 GMT';
    const r = await fetchDocument(`${s.url}/feed.xml`, { etag: '"v1"', lastModified });
    assert.deepEqual(r, { status: 'not-modified', url: `${s.url}/feed.xml` });
    assert.equal(s.requests[0].headers['if-none-match'], '"v1"');
    assert.equal(s.requests[0].headers['if-modified-since'], lastModified);
    const changed = ok(await fetchDocument(`${s.url}/feed.xml`, { etag: '"v0"' }));
    assert.equal(changed.articles.length, 3);
  }));

test('a page gives one article, with the URL it came from', () =>
  withServer(async (s) => {
    const r = ok(await fetchDocument(`${s.url}/page`));
    assert.equal(r.articles.length, 1);
    assert.equal(r.articles[0].title, 'Harbour crane collapses in Lindqvist');
    assert.equal(r.articles[0].url, `${s.url}/page`);
    assert.match(r.articles[0].text, /Jonas Berg/);
  }));

test('failures are FETCH_FAILED results with the reason, never exceptions', () =>
  withServer(async (s) => {
    const now = () => Date.parse('2026-05-06T08:00:00Z');
    const rows: {
      path: string;
      reason: RegExp;
      httpStatus?: number;
      retryAfterMs?: number;
      opts?: object;
    }[] = [
      { path: '/missing', reason: /HTTP 404/, httpStatus: 404 },
      { path: '/busy', reason: /HTTP 503/, httpStatus: 503, retryAfterMs: 120_000 },
      { path: '/limited', reason: /HTTP 429/, httpStatus: 429, retryAfterMs: 600_000 },
      {
        path: '/big',
        reason: /too large \(5000 bytes; the limit is 1000\)/,
        httpStatus: 200,
        opts: { maxBytes: 1000 },
      },
      {
        path: '/big-chunked',
        reason: /too large \(over 100000 bytes\)/,
        httpStatus: 200,
        opts: { maxBytes: 100_000 },
      },
      { path: '/hang', reason: /timed out/, opts: { timeoutMs: 200 } },
    ];
    for (const row of rows) {
      const r = err(await fetchDocument(`${s.url}${row.path}`, { now, ...row.opts }));
      assert.equal(r.error.code, 'FETCH_FAILED', row.path);
      assert.match(r.error.message, row.reason, row.path);
      assert.ok(r.error.message.startsWith(`${s.url}${row.path}: cannot be fetched`), row.path);
      assert.equal(r.httpStatus, row.httpStatus, row.path);
      assert.equal(r.retryAfterMs, row.retryAfterMs, row.path);
    }
  }));

test('only http and https URLs are fetched', async () => {
  for (const url of ['ftp://example.test/feed', 'file:///etc/passwd', 'not a url', '']) {
    const r = err(await fetchDocument(url, { fetch: () => assert.fail('must not fetch') }));
    assert.match(r.error.message, /only http and https/);
  }
});

test('a refused connection and a failed DNS lookup are named', async () => {
  const closed = await startFeedServer();
  const url = `${closed.url}/feed.xml`;
  await closed.close(); // nothing listens on that port now
  const refused = err(await fetchDocument(url));
  assert.match(refused.error.message, /connection refused/);
  const dns = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
  const r = err(
    await fetchDocument('https://no-such-host.test/feed', { fetch: async () => Promise.reject(dns) }),
  );
  assert.match(r.error.message, /DNS lookup failed/);
});

test('an abort from the caller stops the fetch', () =>
  withServer(async (s) => {
    const ctl = new AbortController();
    const p = fetchDocument(`${s.url}/hang`, { signal: ctl.signal });
    ctl.abort();
    assert.match(err(await p).error.message, /aborted/);
  }));

test('parseRetryAfter: seconds, HTTP dates, junk', () => {
  const now = Date.parse('2026-05-06T08:00:00Z');
  const rows: [string | null | undefined, number | undefined][] = [
    ['120', 120_000],
    ['0', 0],
    [' 30 ', 30_000],
    ['Wed, 06 May 2026 08:01:00 GMT', 60_000],
    ['Wed, 06 May 2026 07:00:00 GMT', 0], // in the past: at once
    ['soon', undefined],
    ['-5', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [value, want] of rows) assert.equal(parseRetryAfter(value, now), want, String(value));
});

test('isHttpUrl and networkReason tables', () => {
  const urls: [string, boolean][] = [
    ['http://a.test/x', true],
    ['HTTPS://a.test', true],
    ['ftp://a.test', false],
    ['/tmp/feed.xml', false],
    ['feeds.txt', false],
  ];
  for (const [u, want] of urls) assert.equal(isHttpUrl(u), want, u);
  const reasons: [unknown, boolean, boolean, RegExp][] = [
    [{ cause: { code: 'EAI_AGAIN' } }, false, false, /DNS lookup failed: temporary/],
    [{ cause: { code: 'ECONNRESET' } }, false, false, /connection reset/],
    [{ cause: { code: 'EWHATEVER' } }, false, false, /network error EWHATEVER/],
    [new Error('boom'), false, false, /boom/],
    [new Error('x'), true, true, /timed out/],
    [new Error('x'), false, true, /aborted/],
  ];
  for (const [e, t, a, want] of reasons) assert.match(networkReason(e, t, a), want);
});
