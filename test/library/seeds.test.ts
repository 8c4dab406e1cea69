import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { openLibrary } from '../../src/services/library/index.ts';
import { now } from './helpers.ts';

const SEEDS = new URL('../../../shared/data/seeds', import.meta.url).pathname;

test(
  'seeds: both French seeds in one story, naming Belarus and Russia, from two outlets',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  async () => {
    const lib = await openLibrary({ db: ':memory:', workers: 0, now });
    try {
      const res = await lib.ingestInputs([SEEDS]);
      assert.equal(res.stored, 2);
      assert.deepEqual(res.rejected, []);
      const [a, b] = res.articles;
      assert.equal(a!.storyId, b!.storyId, 'one story');
      const stories = await lib.stories();
      assert.equal(stories.length, 1);
      assert.equal(stories[0]!.articles, 2);
      const d = await lib.story(a!.storyId);
      assert.ok(d);
      const codes = d.countries.map((c) => c.code);
      assert.ok(codes.includes('BY') && codes.includes('RU'), codes.join(' '));
      assert.equal(d.countries.find((c) => c.code === 'BY')?.name, 'Belarus');
      assert.equal(d.coverage.outlets.length, 2, 'two outlets compared');
      const cmp = await lib.compare(a!.id, b!.id);
      assert.equal(cmp.result.sameStory, true);
    } finally {
      await lib.close();
    }
  },
);
