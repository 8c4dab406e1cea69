import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { sharedDataDir } from '../../src/services/datasets.ts';
import { checkSeeds } from '../support/seed-checks.ts';
import type { ArticleJson } from '../../src/services/article-json.ts';

const seeds = join(sharedDataDir(), 'seeds');
const skip = !existsSync(seeds) && 'needs ../shared/data/seeds (absent): skipped';

test('analyze --json on the two seeds meets the acceptance checks', { skip }, async () => {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(['analyze', seeds, '--json'], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    tty: false,
  });
  assert.equal(status, 0, err.join('\n'));
  const rows = out.map((l) => JSON.parse(l) as ArticleJson);
  assert.equal(rows.length, 2);
  const failed = checkSeeds(rows).filter((r) => !r.ok);
  assert.deepEqual(
    failed.map((f) => `${f.name}: ${f.detail}`),
    [],
  );
});
