/**
 * The commands that talk over HTTP: serve and demo (on 127.0.0.1 port 0, stopped by an abort signal), ingest
 * of URLs and watch --once against a local fictional feed, an interrupted ingest, and the progress bar.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { formatProgress } from '../../src/cli/progress.ts';
import type { StoryRow } from '../../src/services/store/types.ts';
import { fictionalRss, LAKESIDE_ITEMS, startFeedServer, type FeedServer } from '../fetch/feed-server.ts';
import { json, run, type Run } from './run.ts';

let dir: string;
let feeds: FeedServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  const rss = { 'content-type': 'application/rss+xml' };
  feeds = await startFeedServer({
    '/lakeside.xml': [
      { headers: { ...rss, etag: '"l1"' }, body: fictionalRss(LAKESIDE_ITEMS), notModifiedIf: '"l1"' },
    ],
    '/down.xml': [{ status: 503, headers: { 'retry-after': '600' } }],
  });
});

after(async () => {
  await feeds.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts a long-running command; resolves once it printed its URL. */
async function startLong(args: string[]): Promise<{ url: string; stop: () => Promise<Run> }> {
  const ctl = new AbortController();
  const out: string[] = [];
  const err: string[] = [];
  const done = run(args, { signal: ctl.signal, out: (l) => out.push(l), err: (l) => err.push(l) });
  let url: string | undefined;
  let finished = false;
  void done.then(() => (finished = true));
  while (!url && !finished) {
    url = out.join('\n').match(/at (http:\/\/127\.0\.0\.1:\d+)\//)?.[1];
    if (!url) await delay(20);
  }
  if (!url) throw new Error(`did not start: ${err.join('\n')}`);
  return {
    url,
    stop: async () => {
      ctl.abort();
      const r = await done;
      return { ...r, out, err };
    },
  };
}

test('serve on port 0 answers /api/health and stops on the signal, closing the store', async () => {
  const db = join(dir, 'serve.db');
  assert.equal((await run(['ingest', join(dir, 'nothing-yet'), '--db', db])).status, 1);
  const server = await startLong(['serve', '--port', '0', '--db', db]);
  const res = await fetch(`${server.url}/api/health`);
  assert.equal(res.status, 200);
  const r = await server.stop();
  assert.equal(r.status, 0);
  assert.match(r.out[0], /^storyline: serving .*serve\.db at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C stops\)$/);
  assert.match(r.err.join('\n'), /stopped; the store is closed/);
  await assert.rejects(fetch(`${server.url}/api/health`), 'nothing listens any more');
});

test('serve on a port already in use is a usage error (exit 2) naming the address', async () => {
  const port = new URL(feeds.url).port;
  const r = await run(['serve', '--port', port, '--db', join(dir, 'busy.db')], {
    signal: new AbortController().signal,
  });
  assert.equal(r.status, 2);
  assert.match(
    r.err.join('\n'),
    new RegExp(
      `cannot listen on http://127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\); choose another port with --port`,
    ),
  );
});

test('demo ingests the samples and serves them', async () => {
  const db = join(dir, 'demo.db');
  const demo = await startLong(['demo', '--port', '0', '--db', db]);
  const health = await fetch(`${demo.url}/api/health`);
  assert.equal(health.status, 200);
  const page = await fetch(`${demo.url}/`);
  assert.equal(page.status, 200);
  const r = await demo.stop();
  assert.equal(r.status, 0);
  assert.match(r.err.join('\n'), /samples: 49 stored, 0 already there, 0 rejected/);
  const stories = json<StoryRow[]>(await run(['stories', '--db', db, '--json', '--limit', '1000']));
  assert.equal(
    stories.reduce((n, s) => n + s.articles, 0),
    49,
  );
});

test('ingest of feed URLs: items stored, a failing URL rejected with FETCH_FAILED; exit 1', async () => {
  const db = join(dir, 'urls.db');
  const r = await run(['ingest', `${feeds.url}/lakeside.xml`, `${feeds.url}/down.xml`, '--db', db, '--json']);
  assert.equal(r.status, 1);
  const s = json<{ stored: number; rejected: { code: string; message: string; input: string }[] }>(r);
  assert.equal(s.stored, LAKESIDE_ITEMS.length);
  assert.deepEqual(
    s.rejected.map((e) => [e.code, e.input]),
    [['FETCH_FAILED', `${feeds.url}/down.xml`]],
  );
  assert.match(s.rejected[0].message, /HTTP 503/);
  const again = json<{ stored: number; duplicates: number }>(
    await run(['ingest', `${feeds.url}/lakeside.xml`, '--db', db, '--json']),
  );
  assert.deepEqual([again.stored, again.duplicates], [0, LAKESIDE_ITEMS.length]);
});

test('watch --once: one line per feed, new items stored, a failing feed exits 1', async () => {
  const db = join(dir, 'watch.db');
  const list = join(dir, 'feeds.txt');
  writeFileSync(list, `# fictional feeds\n${feeds.url}/lakeside.xml\n${feeds.url}/down.xml\n`);
  feeds.requests.length = 0;
  const r = await run(['watch', list, '--once', '--db', db]);
  assert.equal(r.status, 1);
  assert.equal(r.out.length, 2);
  assert.match(r.out[0], /lakeside\.xml: 3 items, 3 new, stored 3, duplicates 0, rejected 0; next in 15m$/);
  assert.match(
    r.out[1],
    /down\.xml: .*HTTP 503.*\[FETCH_FAILED\] \(Retry-After 10m\); failure 1, next in 30m$/,
  );
  assert.match(String(feeds.requests[0].headers['user-agent']), /^storyline\//);
  // A second run continues where the first left each feed (saved in the store): the unchanged feed is asked
  // for with its ETag and answers 304; the failing one is still backing off.
  feeds.requests.length = 0;
  const ok = await run([
    'watch',
    `${feeds.url}/lakeside.xml`,
    '--once',
    '--json',
    '--interval',
    '1h',
    '--db',
    db,
  ]);
  assert.equal(ok.status, 0);
  assert.equal(feeds.requests[0]!.headers['if-none-match'], '"l1"', 'the saved ETag is sent');
  const poll = json<{ result: string; items: number; new: number; failures: number }>(ok);
  assert.deepEqual([poll.result, poll.items, poll.new, poll.failures], ['not-modified', 0, 0, 0]);
  const down = await run(['watch', `${feeds.url}/down.xml`, '--once', '--db', db]);
  assert.equal(down.status, 1);
  assert.match(down.out[0]!, /failure 2, next in 1h$/, 'the back-off goes on from the saved failures');
  const search = json<{ title: string }[]>(await run(['search', 'Osterholm', '--db', db, '--json']));
  assert.equal(search.length, 2);
});

test('watch without --once keeps polling until Ctrl-C, then exits 0', async () => {
  const ctl = new AbortController();
  const lines: string[] = [];
  const status = await run(
    ['watch', `${feeds.url}/lakeside.xml`, '--interval', '1h', '--db', join(dir, 'loop.db')],
    {
      signal: ctl.signal,
      out: (l) => {
        lines.push(l);
        ctl.abort(); // Ctrl-C while it waits for the next poll
      },
    },
  );
  assert.equal(status.status, 0);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /3 items, 3 new, stored 3.*; next in 1h$/);
});

test('a real process: serve stops on SIGTERM with status 0', async () => {
  const bin = fileURLToPath(new URL('../../bin/storyline.mjs', import.meta.url));
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', join(dir, 'proc.db')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve(m[1]);
    });
    child.on('exit', () => reject(new Error(`exited early: ${err}`)));
  });
  assert.equal((await fetch(`${url}/api/health`)).status, 200);
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  assert.match(err, /stopped; the store is closed/);
});

test('a real process: ingest - reads standard input', async () => {
  const bin = fileURLToPath(new URL('../../bin/storyline.mjs', import.meta.url));
  const child = spawn(process.execPath, [bin, 'ingest', '-', '--db', join(dir, 'stdin.db'), '--json'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdin.end(
    'Tram line to Osterholm opens\nThe new tram line between Lindqvist and Osterholm opened on Saturday.\n',
  );
  assert.equal(await exited, 0);
  const s = JSON.parse(out) as { stored: number; articles: { id: string }[] };
  assert.equal(s.stored, 1);
  assert.match(s.articles[0].id, /^[0-9a-f]{16}$/);
});

test('an ingest stopped by Ctrl-C reports what it did and exits 130', async () => {
  const ctl = new AbortController();
  ctl.abort();
  const r = await run(['ingest', `${feeds.url}/lakeside.xml`, '--db', join(dir, 'stop.db'), '--json'], {
    signal: ctl.signal,
  });
  assert.equal(r.status, 130);
  const s = json<{ stored: number; interrupted: boolean }>(r);
  assert.deepEqual([s.stored, s.interrupted], [0, true]);
});

test('Ctrl-C in the middle of an ingest keeps what was stored; the next run stores the rest', async () => {
  const db = join(dir, 'mid.db');
  const texts = fileURLToPath(new URL('../../samples/text', import.meta.url));
  const inputs = [`${feeds.url}/lakeside.xml`, texts];
  const ctl = new AbortController();
  const r = await run(['ingest', ...inputs, '--db', db, '--json'], {
    signal: ctl.signal,
    errTty: true,
    progress: (t) => {
      if (/ 3\/3 /.test(t)) ctl.abort(); // Ctrl-C once the feed's three items are handled
    },
  });
  assert.equal(r.status, 130);
  const cut = json<{ stored: number; interrupted: boolean }>(r);
  assert.deepEqual([cut.stored, cut.interrupted], [3, true]);
  const rest = json<{ stored: number; duplicates: number }>(
    await run(['ingest', ...inputs, '--db', db, '--json']),
  );
  assert.deepEqual(
    [rest.stored, rest.duplicates],
    [4, 3],
    'the four text files, the feed items already there',
  );
});

test('the progress bar is drawn on a terminal only, and ends cleared', async () => {
  const drawn: string[] = [];
  const file = join(dir, 'one.txt');
  writeFileSync(file, 'Tram line to Osterholm opens\nThe new tram line opened on Saturday in Lindqvist.\n');
  const tty = await run(['ingest', file, '--db', join(dir, 'bar.db')], {
    errTty: true,
    progress: (t) => drawn.push(t),
  });
  assert.equal(tty.status, 0);
  assert.ok(
    drawn.some((t) => t.includes('1/1')),
    drawn.join('|'),
  );
  assert.equal(drawn.at(-1), '\r\x1b[K');
  const quiet: string[] = [];
  await run(['ingest', file, '--db', join(dir, 'bar.db')], { errTty: false, progress: (t) => quiet.push(t) });
  assert.deepEqual(quiet, []);
  const rows: [Parameters<typeof formatProgress>[0], string][] = [
    [{ done: 0, total: 0, stored: 0, duplicates: 0, rejected: 0 }, `${'░'.repeat(24)} 0/0`],
    [
      { done: 5, total: 10, stored: 4, duplicates: 1, rejected: 0 },
      `${'█'.repeat(12)}${'░'.repeat(12)} 5/10`,
    ],
    [{ done: 10, total: 10, stored: 8, duplicates: 1, rejected: 1 }, `${'█'.repeat(24)} 10/10`],
  ];
  for (const [p, start] of rows) assert.ok(formatProgress(p).startsWith(start), formatProgress(p));
  assert.match(formatProgress(rows[2][0]), /stored 8 {2}duplicates 1 {2}rejected 1$/);
});
