/**
 * A second, independent check of the similarity model on the fictional sample corpus (samples/, gold stories
 * in samples/stories.json): every article pair scored in compare's regime (background IDF + the pair). Bounds
 * are a little under the figures measured when written (scripts/eval-samples-similarity.ts, 2026-11-21:
 * AUC 0.950 all / 0.952 cross-language, accuracy 0.901, precision of sameStory 0.875, recall 0.238).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { evaluateGoldSimilarity } from '../../src/services/eval-similarity.ts';
import { SAME_STORY_MAX_OVERALL } from '../../src/services/compare.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const MIN_AUC = 0.93;
const MIN_CROSS_AUC = 0.93;
const MIN_ACCURACY = 0.88;
const MIN_PRECISION = 0.8;

test('samples: overall separates same-story from different-story pairs, across languages too', async () => {
  const r = await evaluateGoldSimilarity(SAMPLES, SAME_STORY_MAX_OVERALL);
  assert.equal(r.articles, 49);
  assert.equal(r.all.pairs, (49 * 48) / 2);
  assert.ok(r.all.auc >= MIN_AUC, `AUC ${r.all.auc}`);
  assert.ok(r.crossLanguage.auc >= MIN_CROSS_AUC, `cross-language AUC ${r.crossLanguage.auc}`);
  assert.ok(r.all.accuracy >= MIN_ACCURACY, `accuracy ${r.all.accuracy}`);
  assert.ok(r.all.precision >= MIN_PRECISION, `precision ${r.all.precision}`);
  assert.ok(r.all.recall > 0.15, `recall ${r.all.recall}`);
});
