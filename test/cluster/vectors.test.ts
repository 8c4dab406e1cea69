import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStopFeature } from '../../src/core/cluster/index.ts';
import { createClusterState } from '../../src/core/cluster/state.ts';
import { articleVectors, countFeatures, smoothedIdf } from '../../src/core/cluster/vectors.ts';
import { profile, type ProfileSpec } from './fixtures.ts';

/**
 * A fictional stream of 12 English articles and 3 German ones, then one more of each: every German article
 * says "regierung" (government), the last one also "zugspitze"; every English one says "harbour".
 */
function lastVectors() {
  const state = createClusterState();
  const specs: ProfileSpec[] = [
    ...Array.from({ length: 12 }, (_, i) => ({ id: `en${i}`, terms: ['harbour', `word${i}`] })),
    ...Array.from({ length: 3 }, (_, i) => ({ id: `de${i}`, lang: 'de', terms: ['regierung', `wort${i}`] })),
  ];
  for (const s of specs) countFeatures(state, profile(s));
  const de = profile({ id: 'de3', lang: 'de', terms: ['regierung', 'zugspitze'] });
  countFeatures(state, de);
  const en = profile({ id: 'en12', terms: ['harbour', 'regierung'] });
  countFeatures(state, en);
  return { state, de: articleVectors(state, de).terms.weights, en: articleVectors(state, en).terms.weights };
}

test('term IDF per language: weights come from the articles of the article’s own language', () => {
  const { state, de, en } = lastVectors();
  const rows = [
    // in 4 of 4 German articles: weight 1, although only 4 of the 17 articles have it (stream IDF 2.2)
    { w: de.get('regierung'), expected: 1 },
    { w: de.get('zugspitze'), expected: Math.log(5 / 2) + 1 },
    // in 13 of 13 English articles
    { w: en.get('harbour'), expected: 1 },
    // the German word in one English article: rare in English, whatever German articles say
    { w: en.get('regierung'), expected: Math.log(14 / 2) + 1 },
  ];
  for (const [i, r] of rows.entries()) assert.ok(Math.abs(r.w! - r.expected) < 1e-12, `row ${i}: ${r.w}`);
  assert.equal(state.termDf.get('de')?.docs, 4);
  assert.equal(state.termDf.get('en')?.docs, 13);
  assert.equal(state.df[0].size, 0, 'no whole-stream term counts');
});

test('smoothedIdf and isStopFeature: counts and article totals as given', () => {
  const state = createClusterState({ stopShare: 0.05, stopMinDocs: 200 });
  const counts = new Map([
    ['common', 30],
    ['rare', 3],
  ]);
  const rows = [
    { feature: 'common', docs: 400, stop: true }, // 7.5% of 400
    { feature: 'common', docs: 1000, stop: false }, // 3% of 1,000
    { feature: 'rare', docs: 400, stop: false },
    { feature: 'common', docs: 100, stop: false }, // too few articles to declare stop features
    { feature: 'absent', docs: 400, stop: false },
  ];
  for (const r of rows)
    assert.equal(isStopFeature(state, counts, r.docs, r.feature), r.stop, `${r.feature} / ${r.docs}`);
  assert.equal(smoothedIdf(9, 9), 1);
  assert.ok(Math.abs(smoothedIdf(9, 0) - (Math.log(10) + 1)) < 1e-12);
});
