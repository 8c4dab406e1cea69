import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.ts';
import type { ArticleJson } from '../../src/services/article-json.ts';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), tty: false });
  return { status, out, err };
}

const ARTICLE_EN = `Harbour strike ends in Rotterdam after nine days
Dock workers in Rotterdam returned to work on Monday after nine days of strike, the union said.
“We have an agreement that protects our jobs,” said union leader Maria Jansen on Sunday evening.
The Dutch government welcomed the deal.
`;

test('analyze --json prints one contract object per article; a bad input is named and the rest goes through', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-cli-'));
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE_EN);
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    const { status, out, err } = await run(['analyze', dir, '--json']);
    assert.equal(status, 1, 'exit status says that something failed');
    assert.equal(out.length, 1);
    const a = JSON.parse(out[0]) as ArticleJson;
    assert.equal(a.title, 'Harbour strike ends in Rotterdam after nine days');
    assert.equal(a.lang, 'en');
    for (const key of ['id', 'entities', 'places', 'dates', 'quotes', 'embeds', 'sentences', 'words']) {
      assert.ok(key in a, `field ${key}`);
    }
    assert.equal(a.sentences, 3);
    assert.ok(a.words > 30 && a.words < 50, `words ${a.words}`);
    assert.equal(err.length, 1);
    assert.match(err[0], /empty\.txt.*\[INPUT_EMPTY\]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same article given twice is analysed once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-cli-'));
  try {
    writeFileSync(join(dir, 'a.txt'), ARTICLE_EN);
    writeFileSync(join(dir, 'b.txt'), ARTICLE_EN);
    const { status, out } = await run(['analyze', dir, '--json']);
    assert.equal(status, 0);
    assert.equal(out.length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2 with a one-line message', async () => {
  for (const args of [['analyze'], ['nope'], ['analyze', '--bogus', 'x']]) {
    const { status, err } = await run(args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(err.length, 1);
  }
});

test('a missing file is reported by name and exits 1', async () => {
  const { status, err } = await run(['analyze', '/nonexistent/storyline-x.txt']);
  assert.equal(status, 1);
  assert.match(err[0], /storyline-x\.txt/);
});

test('the bin works through npx-style execution and reads standard input', () => {
  const res = spawnSync(process.execPath, ['bin/storyline.mjs', 'analyze', '-', '--json'], {
    input: ARTICLE_EN,
    encoding: 'utf8',
  });
  assert.equal(res.status, 0, res.stderr);
  const a = JSON.parse(res.stdout.trim()) as ArticleJson;
  assert.equal(a.lang, 'en');
});
