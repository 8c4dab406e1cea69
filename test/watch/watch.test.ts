import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/core/types.ts';
import {
  afterPoll,
  backoffMs,
  feedUrlsInText,
  formatDuration,
  formatPoll,
  initialFeedState,
  MAX_BACKOFF_MS,
  nextFeedIndex,
  parseFeedState,
  parseInterval,
  readFeedList,
  savedFeedStates,
  SEEN_PER_FEED,
  watchFeeds,
  type FeedState,
  type PollReport,
  type WatchPolicy,
} from '../../src/services/watch.ts';
import { fictionalRss, LAKESIDE_ITEMS, startFeedServer } from '../fetch/feed-server.ts';

const MIN = 60_000;
const POLICY: WatchPolicy = { intervalMs: MIN };
const T0 = Date.parse('2026-05-06T08:00:00Z');
const LAST_MODIFIED = 'Tue, 05 May 2026 18:00:00 GMT';

test('backoffMs: interval x 2^failures, capped', () => {
  const rows: [number, number][] = [
    [0, MIN],
    [1, 2 * MIN],
    [2, 4 * MIN],
    [3, 8 * MIN],
    [30, MAX_BACKOFF_MS],
  ];
  for (const [failures, want] of rows) assert.equal(backoffMs(failures, POLICY), want, String(failures));
  assert.equal(backoffMs(5, { intervalMs: MIN, maxBackoffMs: 10 * MIN }), 10 * MIN);
});

test('afterPoll: success waits the interval, errors back off, Retry-After wins when longer', () => {
  const s0 = initialFeedState('http://a.test/feed', T0);
  assert.equal(s0.nextDue, T0);
  const ok = afterPoll(s0, { status: 'ok', etag: '"e1"', lastModified: 'L1', ids: ['a', 'b'] }, T0, POLICY);
  assert.deepEqual(ok, {
    ...s0,
    etag: '"e1"',
    lastModified: 'L1',
    failures: 0,
    nextDue: T0 + MIN,
    seen: ['a', 'b'],
  });
  const nm = afterPoll(ok, { status: 'not-modified' }, T0 + MIN, POLICY);
  assert.equal(nm.etag, '"e1"', 'validators kept on 304');
  assert.equal(nm.nextDue, T0 + 2 * MIN);
  const e1 = afterPoll(nm, { status: 'error' }, T0, POLICY);
  assert.equal(e1.failures, 1);
  assert.equal(e1.nextDue, T0 + 2 * MIN);
  assert.equal(e1.etag, '"e1"', 'validators kept on errors');
  const e2 = afterPoll(e1, { status: 'error', retryAfterMs: 30_000 }, T0, POLICY);
  assert.equal(e2.nextDue, T0 + 4 * MIN, 'a shorter Retry-After does not shorten the back-off');
  const e3 = afterPoll(e2, { status: 'error', retryAfterMs: 60 * MIN }, T0, POLICY);
  assert.equal(e3.nextDue, T0 + 60 * MIN, 'a longer Retry-After is honoured');
  const e4 = afterPoll(e3, { status: 'error', retryAfterMs: 1e12 }, T0, {
    ...POLICY,
    maxRetryAfterMs: 90 * MIN,
  });
  assert.equal(e4.nextDue, T0 + 90 * MIN, 'Retry-After is capped');
  const back = afterPoll(e4, { status: 'ok', ids: ['b', 'c'] }, T0, POLICY);
  assert.equal(back.failures, 0);
  assert.deepEqual(back.seen, ['a', 'b', 'c']);
});

test('nextFeedIndex: the earliest due, ties to the first; none for no feeds', () => {
  const s = (nextDue: number): FeedState => ({ url: String(nextDue), failures: 0, nextDue, seen: [] });
  const rows: [FeedState[], number][] = [
    [[], -1],
    [[s(5)], 0],
    [[s(5), s(3), s(3)], 1],
    [[s(1), s(1)], 0],
  ];
  for (const [states, want] of rows) assert.equal(nextFeedIndex(states), want);
});

test('parseInterval and formatDuration', () => {
  const rows: [string, number | undefined][] = [
    ['15m', 15 * MIN],
    ['90s', 90_000],
    ['1h30m', 90 * MIN],
    ['2h', 120 * MIN],
    ['1d', 1440 * MIN],
    ['600', 600_000],
    ['0.5m', 30_000],
    ['', undefined],
    ['15 minutes', undefined],
    ['m', undefined],
    ['-5m', undefined],
  ];
  for (const [text, want] of rows) assert.equal(parseInterval(text), want, text);
  const dur: [number, string][] = [
    [45_000, '45s'],
    [15 * MIN, '15m'],
    [90_000, '1m30s'],
    [90 * MIN, '1h30m'],
    [120 * MIN, '2h'],
  ];
  for (const [ms, want] of dur) assert.equal(formatDuration(ms), want);
});

test('feed lists: one URL a line with comments, or OPML; files and URLs mixed', async () => {
  assert.deepEqual(
    feedUrlsInText('# my feeds\nhttps://a.test/rss  Some outlet\n\n  http://b.test/atom#frag\nnot-a-url\n'),
    ['https://a.test/rss', 'http://b.test/atom#frag'],
  );
  assert.deepEqual(
    feedUrlsInText('<opml><body><outline text="A" xmlUrl="https://a.test/rss?x=1&amp;y=2"/></body></opml>'),
    ['https://a.test/rss?x=1&y=2'],
  );
  const dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  try {
    writeFileSync(join(dir, 'feeds.txt'), 'https://a.test/rss\nhttps://c.test/rss\n');
    assert.deepEqual(await readFeedList(['https://c.test/rss', join(dir, 'feeds.txt')]), [
      'https://c.test/rss',
      'https://a.test/rss',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('watch against a local feed: conditional GET, no re-ingest on 304, back-off, Retry-After, new items', async () => {
  const v1 = fictionalRss(LAKESIDE_ITEMS.slice(0, 2));
  const v2 = fictionalRss(LAKESIDE_ITEMS);
  const rss = { 'content-type': 'application/rss+xml' };
  const server = await startFeedServer({
    '/feed.xml': [
      { headers: { ...rss, etag: '"v1"', 'last-modified': LAST_MODIFIED }, body: v1, notModifiedIf: '"v1"' }, // 1: 200, two items
      { headers: { ...rss, etag: '"v1"' }, body: v1, notModifiedIf: '"v1"' }, // 2: 304
      { status: 503, headers: { 'retry-after': '300' } }, // 3: 503, come back in 5 minutes
      { status: 500 }, // 4: 500, back off
      { headers: { ...rss, etag: '"v2"' }, body: v2, notModifiedIf: '"v2"' }, // 5: 200, one new item
    ],
  });
  let clock = T0;
  const sleeps: number[] = [];
  const ingested: Article[][] = [];
  const reports: PollReport[] = [];
  try {
    await watchFeeds([`${server.url}/feed.xml`], {
      intervalMs: MIN,
      maxPolls: 5,
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      ingest: async (articles) => {
        ingested.push([...articles]);
        return { stored: articles.length, duplicates: 0, rejected: [] };
      },
      onPoll: (r) => reports.push(r),
    });
  } finally {
    await server.close();
  }
  const h = server.requests.map((r) => r.headers);
  assert.equal(h.length, 5);
  assert.equal(h[0]['if-none-match'], undefined, 'first poll is unconditional');
  assert.match(String(h[0]['user-agent']), /^storyline\//);
  assert.equal(h[1]['if-none-match'], '"v1"', 'second poll sends the ETag');
  assert.equal(h[1]['if-modified-since'], LAST_MODIFIED, 'and the Last-Modified');
  assert.equal(h[0]['if-modified-since'], undefined);
  assert.equal(h[2]['if-none-match'], '"v1"', 'validators survive a 304');
  assert.equal(h[4]['if-none-match'], '"v1"', 'validators survive errors');
  assert.deepEqual(
    reports.map((r) => r.result),
    ['ok', 'not-modified', 'error', 'error', 'ok'],
  );
  // Waits: interval after 200, interval after 304, Retry-After 300s (> back-off 2m), back-off 4m.
  assert.deepEqual(sleeps, [MIN, MIN, 5 * MIN, 4 * MIN]);
  assert.equal(reports[2].retryAfterMs, 300_000);
  assert.equal(reports[3].state.failures, 2);
  assert.equal(reports[4].state.failures, 0);
  assert.equal(reports[4].state.etag, '"v2"');
  // Ingest: two items first, nothing on 304, then only the one new item.
  assert.deepEqual(
    ingested.map((batch) => batch.map((a) => a.title)),
    [[LAKESIDE_ITEMS[0].title, LAKESIDE_ITEMS[1].title], [LAKESIDE_ITEMS[2].title]],
  );
  assert.equal(reports[4].items, 3);
  assert.equal(reports[4].fresh, 1);
  // One log line per poll.
  const lines = reports.map(formatPoll);
  assert.match(lines[0], /feed\.xml: 2 items, 2 new, stored 2, duplicates 0, rejected 0; next in 1m$/);
  assert.match(lines[1], /not modified; next in 1m$/);
  assert.match(lines[2], /HTTP 503.*\[FETCH_FAILED\] \(Retry-After 5m\); failure 1, next in 5m$/);
  assert.match(lines[3], /HTTP 500.*failure 2, next in 4m$/);
  assert.ok(lines[0].startsWith('2026-05-06T08:00:00Z '), lines[0]);
});

test('watch --once polls each feed once without sleeping; an abort stops the loop', async () => {
  const server = await startFeedServer({
    '/a.xml': [{ headers: { 'content-type': 'application/rss+xml' }, body: fictionalRss(LAKESIDE_ITEMS) }],
  });
  try {
    let slept = 0;
    const states = await watchFeeds([`${server.url}/a.xml`, `${server.url}/gone.xml`], {
      intervalMs: MIN,
      once: true,
      sleep: async () => {
        slept++;
      },
      ingest: async (a) => ({ stored: a.length, duplicates: 0, rejected: [] }),
    });
    assert.equal(slept, 0);
    assert.equal(states[0].seen.length, 3);
    assert.equal(states[1].failures, 1);
    const ctl = new AbortController();
    ctl.abort();
    const none = await watchFeeds([`${server.url}/a.xml`], {
      intervalMs: MIN,
      signal: ctl.signal,
      ingest: async () => assert.fail('aborted before any poll'),
    });
    assert.equal(none[0].failures, 0);
    assert.equal(server.requests.length, 2);
  } finally {
    await server.close();
  }
});

test('parseFeedState: a saved state comes back as it was; anything else is refused', () => {
  const url = 'https://feeds.example/a.xml';
  const state: FeedState = {
    url,
    etag: '"v1"',
    lastModified: LAST_MODIFIED,
    failures: 2,
    nextDue: T0 + 4 * MIN,
    seen: ['a', 'b'],
  };
  assert.deepEqual(parseFeedState(url, JSON.stringify(state)), state);
  const bare = initialFeedState(url, T0);
  assert.deepEqual(parseFeedState(url, JSON.stringify(bare)), bare);
  const long = { ...bare, seen: Array.from({ length: SEEN_PER_FEED + 5 }, (_, i) => `id${i}`) };
  assert.deepEqual(parseFeedState(url, JSON.stringify(long))?.seen, long.seen.slice(5), 'the newest kept');
  const bad: [string, string][] = [
    ['another feed', JSON.stringify({ ...state, url: 'https://feeds.example/b.xml' })],
    ['not JSON', '{"url":'],
    ['not an object', '"text"'],
    ['null', 'null'],
    ['negative failures', JSON.stringify({ ...state, failures: -1 })],
    ['fractional failures', JSON.stringify({ ...state, failures: 1.5 })],
    ['nextDue missing', JSON.stringify({ ...state, nextDue: undefined })],
    ['seen not strings', JSON.stringify({ ...state, seen: [1, 2] })],
    ['etag a number', JSON.stringify({ ...state, etag: 7 })],
    ['lastModified an object', JSON.stringify({ ...state, lastModified: {} })],
  ];
  for (const [why, json] of bad) assert.equal(parseFeedState(url, json), undefined, why);
});

test('savedFeedStates: saved states where the store has them, else due now; a damaged one starts afresh', async () => {
  const a = 'https://feeds.example/a.xml';
  const b = 'https://feeds.example/b.xml';
  const c = 'https://feeds.example/c.xml';
  const saved: FeedState = { url: a, etag: '"x"', failures: 1, nextDue: T0 + MIN, seen: ['s'] };
  const store = {
    loadFeedStates: async (urls: readonly string[]) =>
      new Map(
        [
          [a, JSON.stringify(saved)],
          [c, 'damaged'],
        ].filter(([u]) => urls.includes(u!)) as [string, string][],
      ),
  };
  assert.deepEqual(await savedFeedStates(store, [a, b, c], T0), [
    saved,
    initialFeedState(b, T0),
    initialFeedState(c, T0),
  ]);
});
