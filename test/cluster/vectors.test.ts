import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClusterState } from '../../src/core/cluster/state.ts';
import { articleVectors, countFeatures } from '../../src/core/cluster/vectors.ts';
import { profile, type ProfileSpec } from './fixtures.ts';

/**
 * A fictional stream of 12 English articles and 4 German ones: every German article says "regierung"
 * (government), one also names "zugspitze"; no English article has either stem.
 */
function germanVector(languageIdf: boolean) {
  const state = createClusterState({ languageIdf });
  const specs: ProfileSpec[] = [
    ...Array.from({ length: 12 }, (_, i) => ({ id: `en${i}`, terms: ['harbour', `word${i}`] })),
    ...Array.from({ length: 3 }, (_, i) => ({ id: `de${i}`, lang: 'de', terms: ['regierung', `wort${i}`] })),
  ];
  for (const s of specs) countFeatures(state, profile(s));
  const last = profile({ id: 'de3', lang: 'de', terms: ['regierung', 'zugspitze'] });
  countFeatures(state, last);
  return articleVectors(state, last).terms.weights;
}

test('term IDF per language: a word every German article uses weighs 1, and less than a rare one', () => {
  const rows = [
    // language IDF: regierung in 4 of 4 German articles -> log(5/5) + 1; zugspitze in 1 -> log(5/2) + 1
    { languageIdf: true, regierung: 1, zugspitze: Math.log(5 / 2) + 1 },
    // stream IDF: 16 articles -> log(17/5) + 1 and log(17/2) + 1: the common German word weighs 2.2
    { languageIdf: false, regierung: Math.log(17 / 5) + 1, zugspitze: Math.log(17 / 2) + 1 },
  ];
  for (const r of rows) {
    const w = germanVector(r.languageIdf);
    assert.ok(Math.abs(w.get('regierung')! - r.regierung) < 1e-12, `regierung, languageIdf ${r.languageIdf}`);
    assert.ok(Math.abs(w.get('zugspitze')! - r.zugspitze) < 1e-12, `zugspitze, languageIdf ${r.languageIdf}`);
  }
  const on = germanVector(true);
  const off = germanVector(false);
  assert.ok(
    on.get('regierung')! / on.get('zugspitze')! < off.get('regierung')! / off.get('zugspitze')!,
    'within its language, the common word counts relatively less',
  );
});
