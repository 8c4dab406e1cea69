/**
 * The acceptance check through the CLI: `storyline ingest ../shared/data/seeds && storyline stories
 * --json` shows one story holding both seeds, and its coverage names both outlets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDataDir } from '../../src/services/datasets.ts';
import type { StoryDetail } from '../../src/services/library/types.ts';
import type { StoryRow } from '../../src/services/store/types.ts';
import { json, run } from './run.ts';

const seeds = join(sharedDataDir(), 'seeds');
const skip = !existsSync(seeds) && 'needs ../shared/data/seeds (absent): skipped';

test('ingest the two seeds, then stories --json shows one story holding both', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  const db = join(dir, 'seeds.db');
  try {
    const ingest = await run(['ingest', seeds, '--db', db]);
    assert.equal(ingest.status, 0, ingest.err.join('\n'));
    const stories = json<StoryRow[]>(await run(['stories', '--db', db, '--json']));
    assert.deepEqual(
      stories.map((s) => s.articles),
      [2],
      `one story of two articles: ${JSON.stringify(stories)}`,
    );
    const detail = json<StoryDetail>(await run(['story', stories[0].id, '--db', db, '--json']));
    assert.equal(detail.coverage.outlets.length, 2);
    assert.deepEqual(
      detail.countries
        .map((c) => c.code)
        .filter((c) => c === 'BY' || c === 'RU')
        .sort(),
      ['BY', 'RU'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
