/**
 * Precision and recall of the entities stage on the fictional annotated set (test/entities/eval-set.ts),
 * overall and per language. Run: `node scripts/run-tests.mjs entities/eval` (prints the figures).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVAL_SET } from './eval-set.ts';
import { entitiesOf } from './helpers.ts';
import type { Entity } from '../../src/core/types.ts';

/** Floors below which the stage has regressed (figures at the time of writing are reported in docs/EVALUATION.md). */
const MIN_PRECISION = 0.75;
const MIN_RECALL = 0.7;

interface Score {
  tp: number;
  predicted: number;
  gold: number;
  found: number;
  misses: string[];
  extras: string[];
}

function score(): { total: Score; byLang: Map<string, Score> } {
  const total: Score = { tp: 0, predicted: 0, gold: 0, found: 0, misses: [], extras: [] };
  const byLang = new Map<string, Score>();
  for (const a of EVAL_SET) {
    const ents: Entity[] = entitiesOf(a.lang, a.text, a.title);
    const s: Score = { tp: 0, predicted: ents.length, gold: a.gold.length, found: 0, misses: [], extras: [] };
    for (const g of a.gold) {
      const hit = ents.some(
        (e) => e.type === g.type && (e.name === g.surface || e.variants.includes(g.surface)),
      );
      if (hit) s.found++;
      else s.misses.push(`${a.lang} ${g.type}:${g.surface}`);
    }
    for (const e of ents) {
      const ok = a.gold.some(
        (g) => g.type === e.type && (e.name === g.surface || e.variants.includes(g.surface)),
      );
      if (ok) s.tp++;
      else s.extras.push(`${a.lang} ${e.type}:${e.name}`);
    }
    byLang.set(a.lang, s);
    total.tp += s.tp;
    total.predicted += s.predicted;
    total.gold += s.gold;
    total.found += s.found;
    total.misses.push(...s.misses);
    total.extras.push(...s.extras);
  }
  return { total, byLang };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

test('entities: precision and recall on the fictional 13-language set', () => {
  const { total, byLang } = score();
  const precision = ratio(total.tp, total.predicted);
  const recall = ratio(total.found, total.gold);
  const lines = [...byLang].map(
    ([lang, s]) =>
      `${lang}: P ${ratio(s.tp, s.predicted).toFixed(2)} R ${ratio(s.found, s.gold).toFixed(2)} (${s.found}/${s.gold} gold, ${s.tp}/${s.predicted} predicted)`,
  );
  console.log(
    [
      `entities eval: precision ${precision.toFixed(3)} (${total.tp}/${total.predicted}), recall ${recall.toFixed(3)} (${total.found}/${total.gold})`,
      ...lines,
      `misses: ${total.misses.join('; ')}`,
      `extras: ${total.extras.join('; ')}`,
    ].join('\n'),
  );
  assert.ok(precision >= MIN_PRECISION, `precision ${precision.toFixed(3)} < ${MIN_PRECISION}`);
  assert.ok(recall >= MIN_RECALL, `recall ${recall.toFixed(3)} < ${MIN_RECALL}`);
});
