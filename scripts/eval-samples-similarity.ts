/**
 * A second, independent check of the similarity model, on the project's own fictional corpus (samples/, gold
 * stories in samples/stories.json): every article pair is scored in compare's regime, and the report says how
 * well overall separates same-story from different-story pairs (ROC AUC, and the accuracy of compare's
 * `sameStory` at its threshold), for all pairs and for cross-language pairs.
 *
 * Usage: node --import tsx scripts/eval-samples-similarity.ts [--gold <dir>] [--scorer model|interim] [--json]
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { evaluateGoldSimilarity } from '../src/services/eval-similarity.ts';
import { SAME_STORY_MAX_OVERALL, interimOverall } from '../src/services/compare.ts';
import type { Separation } from '../src/core/similarity/separation.ts';

const { values } = parseArgs({
  options: { gold: { type: 'string' }, scorer: { type: 'string' }, json: { type: 'boolean' } },
});
const dir = values.gold ?? fileURLToPath(new URL('../samples/', import.meta.url));
const r = await evaluateGoldSimilarity(
  dir,
  SAME_STORY_MAX_OVERALL,
  values.scorer === 'interim' ? interimOverall : undefined,
);
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const fmt = (s: Separation) => ({
  ...s,
  auc: r3(s.auc),
  accuracy: r3(s.accuracy),
  recall: r3(s.recall),
  precision: r3(s.precision),
});
if (values.json) {
  console.log(
    JSON.stringify({
      ...r,
      all: fmt(r.all),
      crossLanguage: fmt(r.crossLanguage),
      sameLanguage: fmt(r.sameLanguage),
      errors: r.errors.length,
    }),
  );
} else {
  console.log(`${r.articles} articles, threshold ${r.threshold}`);
  for (const [k, s] of [
    ['all', r.all],
    ['cross-language', r.crossLanguage],
    ['same-language', r.sameLanguage],
  ] as const)
    console.log(
      `  ${k}: ${s.pairs} pairs (${s.same} same story)  AUC ${s.auc.toFixed(3)}  accuracy ${s.accuracy.toFixed(3)}  recall ${s.recall.toFixed(3)}  precision ${s.precision.toFixed(3)}`,
    );
  console.log(`  ${r.errors.length} wrong decisions; the worst:`);
  for (const e of r.errors.slice(0, 15))
    console.log(
      `    ${e.same ? 'same' : 'diff'} ${e.langs} ${e.overall.toFixed(2)}  ${e.a.slice(0, 50)} | ${e.b.slice(0, 50)}`,
    );
}
