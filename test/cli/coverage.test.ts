import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import type { Coverage } from '../../src/core/coverage/index.ts';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), tty: false });
  return { status, out, err };
}

// A fictional story from two outlets, as JSONL rows with a source each, and a plain-text third article.
const ROWS = [
  {
    id: 'n1',
    source: 'Nordic Wire',
    lang: 'en',
    title: 'Oskel bridge collapses in Tarnvik',
    text: 'The Oskel bridge in Tarnvik collapsed on 3 March 2021, injuring 14 people.\nEngineer Tomas Brekke had warned about corrosion of the cables in a report two years ago.',
  },
  {
    id: 'h1',
    source: 'Harbour Times',
    lang: 'en',
    title: 'Fourteen hurt as Tarnvik bridge falls',
    text: '14 people were injured when the Oskel bridge in Tarnvik collapsed on 3 March 2021.\nRepairs will cost 6 million kroner, according to the transport ministry.',
  },
];
const TEXT = `Tarnvik bridge: rail traffic diverted
The Oskel bridge in Tarnvik collapsed on 3 March 2021 and 14 people were injured.
Trains will run via Holmdal for ten days.
`;

async function withStory(body: (dir: string) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-coverage-'));
  try {
    writeFileSync(join(dir, 'story.jsonl'), ROWS.map((r) => JSON.stringify(r)).join('\n') + '\n');
    writeFileSync(join(dir, 'rail.txt'), TEXT);
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('coverage --json: outlets by source or file name, the shared fact and the facts only one outlet reports', () =>
  withStory(async (dir) => {
    const { status, out } = await run([
      'coverage',
      join(dir, 'story.jsonl'),
      join(dir, 'rail.txt'),
      '--json',
    ]);
    assert.equal(status, 0);
    const c = JSON.parse(out[0]) as Coverage;
    assert.deepEqual(
      c.outlets.map((o) => o.outlet),
      ['Nordic Wire', 'Harbour Times', 'rail.txt'],
    );
    const shared = c.facts.filter((f) => f.reach === 'all');
    assert.equal(shared.length, 1);
    assert.equal(shared[0].members.length, 3);
    const only = (re: RegExp) => c.facts.find((f) => f.members.some((m) => re.test(m.text)));
    assert.deepEqual(only(/corrosion/)?.outlets, ['Nordic Wire']);
    assert.deepEqual(only(/Repairs/)?.outlets, ['Harbour Times']);
    assert.deepEqual(only(/Holmdal/)?.outlets, ['rail.txt']);
    assert.ok(Array.isArray(c.entities) && Array.isArray(c.speakers));
  }));

test('coverage prints a table of facts x outlets, marking what only one outlet reports', () =>
  withStory(async (dir) => {
    const { status, out } = await run(['coverage', dir]);
    assert.equal(status, 0);
    const text = out.join('\n');
    // A folder is read in file-name order: rail.txt, then the two rows of story.jsonl.
    assert.match(text, /\[1\] rail\.txt/);
    assert.match(text, /\[2\] Nordic Wire/);
    assert.match(text, /f1\s+all\s+●\s+●\s+●/);
    assert.match(text, /ONLY 1\s+●\s+·\s+·\s+Trains will run via Holmdal/);
    assert.match(text, /ONLY 2\s+·\s+●\s+·\s+Engineer Tomas Brekke/);
  }));

test('coverage: a bad input is named, the others still go through (exit 1); no input is a usage error', () =>
  withStory(async (dir) => {
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const { status, out, err } = await run(['coverage', dir, '--json']);
    assert.equal(status, 1);
    assert.match(err.join('\n'), /empty\.txt.*\[INPUT_EMPTY\]/);
    assert.equal((JSON.parse(out[0]) as Coverage).outlets.length, 3);
    const none = await run(['coverage']);
    assert.equal(none.status, 2);
    const missing = await run(['coverage', join(dir, 'nope.txt')]);
    assert.equal(missing.status, 1);
    assert.match(missing.err.join('\n'), /nope\.txt.*\[INPUT_NOT_FOUND\]/);
  }));
