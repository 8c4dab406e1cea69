/** Clustering on the Wikinews gold stories under ../shared/data (skipped when absent). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../../src/services/datasets.ts';
import { evalClusteringGold } from '../../src/services/eval-clustering.ts';

const FILE = join(sharedDataDir(), 'wikinews-stories-dev.jsonl');
/**
 * Measured 0.856 over the 115 articles with the committed defaults (2026-11-22; 0.836 with the 6 error pages
 * counted as one-article stories); the target is 0.85 (see docs/EVALUATION.md).
 */
const MIN_BCUBED_F1 = 0.83;

test(
  'cluster wikinews: B-cubed F1 against the gold stories',
  { skip: !existsSync(FILE) && 'needs ../shared/data (absent)' },
  async () => {
    const r = await evalClusteringGold(FILE);
    // 121 pages, of which 6 are error or sign-in pages (not counted, each reported with its reason).
    assert.equal(r.articles + r.failed, 121);
    assert.equal(r.failed, 6);
    assert.ok(
      r.failures.every((m) => /: not an article \((an error|a sign-in) page/.test(m)),
      r.failures.join('\n'),
    );
    assert.equal(r.stories.gold, 44);
    assert.ok(r.bcubed.f1 >= MIN_BCUBED_F1, `B-cubed F1 ${r.bcubed.f1.toFixed(3)}`);
    assert.ok(r.pairwise.precision > 0.5);
  },
);
