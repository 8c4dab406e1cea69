/** Help and usage errors of every command: --help exits 0 with the usage, bad options and values exit 2. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/main.ts';
import { run } from './run.ts';

const PRODUCT = [
  'demo',
  'ingest',
  'stories',
  'story',
  'search',
  'compare',
  'coverage',
  'export',
  'serve',
  'watch',
];

test('every product command is listed in the help, in order', async () => {
  const r = await run(['--help']);
  assert.equal(r.status, 0);
  const listed = [...r.out[0].matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]);
  assert.deepEqual(listed.slice(0, PRODUCT.length), PRODUCT);
  assert.deepEqual(
    listed,
    COMMANDS.map((c) => c.name),
  );
});

test('--help and -h of every command print its usage and exit 0', async () => {
  for (const c of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      const r = await run([c.name, flag]);
      assert.equal(r.status, 0, `${c.name} ${flag}`);
      assert.ok(r.out[0].startsWith(`storyline ${c.name}`), c.name);
      assert.match(r.out[0], /Exit status/, c.name);
    }
  }
});

test('an unknown option exits 2 for every command, naming it', async () => {
  for (const c of COMMANDS) {
    const r = await run([c.name, '--no-such-option']);
    assert.equal(r.status, 2, c.name);
    assert.match(r.err.join('\n'), /no-such-option/, c.name);
  }
});

test('bad option values and missing arguments exit 2 with the reason, before any store is made', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  const db = join(dir, 'x.db');
  const rows: [string[], RegExp][] = [
    [['stories', '--order', 'oldest'], /--order must be one of newest, largest, growing/],
    [['stories', '--limit', '0'], /--limit must be a whole number from 1 to 1000/],
    [['stories', '--limit', 'ten'], /--limit must be a whole number/],
    [['stories', '--limit', '1001'], /--limit/],
    [['stories', '--offset', '-1'], /--offset/],
    [['stories', '--since', 'yesterday'], /--since must be an ISO date/],
    [['stories', 'extra'], /unexpected argument "extra"/],
    [['search', 'x', '--from', '2026-13-45'], /--from must be an ISO date/],
    [['search'], /give a query/],
    [['story'], /give one story id/],
    [['story', 'a', 'b'], /give one story id/],
    [['export', '--format', 'xml'], /--format must be one of jsonl, csv/],
    [['export', '--out', join(dir, 'no', 'such', 'dir.csv')], /cannot be written/],
    [['serve', '--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['demo', 'extra'], /unexpected argument/],
    [['watch', 'https://feeds.test/rss', '--interval', '5s'], /--interval must be a duration of at least 1m/],
    [['watch', 'https://feeds.test/rss', '--interval', 'often'], /--interval/],
    [['watch'], /give a feeds file or feed URLs/],
    [['ingest'], /no input given/],
    [['compare', 'a'], /exactly two articles/],
    [['coverage'], /give a story id/],
  ];
  try {
    for (const [args, want] of rows) {
      const r = await run([...args, '--db', db]);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.err.join('\n'), want, args.join(' '));
    }
    assert.equal(existsSync(db), false, 'no database was created by a usage error');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no command exits 2 with the help; an unknown command exits 2', async () => {
  const none = await run([]);
  assert.equal(none.status, 2);
  assert.match(none.out[0], /^storyline:/);
  const unknown = await run(['frobnicate']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.err[0], /unknown command "frobnicate"/);
});

test('the serve defaults in the help are the server defaults', async () => {
  const cli = await import('../../src/cli/commands/serve.ts');
  const http = await import('../../src/http/server.ts');
  assert.deepEqual([cli.DEFAULT_HOST, cli.DEFAULT_PORT], [http.DEFAULT_HOST, http.DEFAULT_PORT]);
});
