import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameScript, scriptOf } from '../../src/core/cluster/script.ts';
import { crossTermCosine, scoreArticle } from '../../src/core/cluster/score.ts';
import { assign } from '../../src/core/cluster/assign.ts';
import {
  createClusterState,
  DEFAULT_CLUSTER_OPTIONS,
  type ClusterOptions,
} from '../../src/core/cluster/state.ts';
import { articleVectors, countFeatures } from '../../src/core/cluster/vectors.ts';
import { profile } from './fixtures.ts';
import { newStory } from '../../src/core/cluster/story.ts';

const c = (entries: [string, number][]) => ({
  weights: new Map(entries),
  norm: Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)),
});

test('scriptOf / sameScript: Latin by default, listed scripts, unknown language', () => {
  const rows = [
    { a: 'de', b: 'en', script: 'latn', same: true },
    { a: 'pl', b: 'tr', script: 'latn', same: true },
    { a: 'ru', b: 'uk', script: 'cyrl', same: true },
    { a: 'ru', b: 'en', script: 'cyrl', same: false },
    { a: 'ar', b: 'fa', script: 'arab', same: true },
    { a: 'zh', b: 'ja', script: 'hani', same: false },
    { a: 'und', b: 'und', script: 'und', same: false },
    { a: '', b: 'en', script: 'und', same: false },
  ];
  for (const { a, b, script, same } of rows) {
    assert.equal(scriptOf(a), script, a);
    assert.equal(sameScript(a, b), same, `${a}-${b}`);
    assert.equal(sameScript(b, a), same, `${b}-${a} (symmetric)`);
  }
});

test('crossTermCosine: best other language of the same script; NaN when none is comparable', () => {
  const story = newStory('story:x', 0);
  story.terms.set(
    'en',
    c([
      ['merkel', 1],
      ['berlin', 1],
    ]),
  );
  story.terms.set('ru', c([['меркел', 1]]));
  story.terms.set('fr', c([['merkel', 1]]));
  const article = c([['merkel', 1]]);
  assert.equal(crossTermCosine(article, 'de', story), 1, 'fr centroid is the closest Latin-script one');
  assert.ok(Number.isNaN(crossTermCosine(article, 'uk', newStory('story:y', 0))), 'empty story');
  const onlyRu = newStory('story:z', 0);
  onlyRu.terms.set('ru', c([['merkel', 1]]));
  assert.ok(Number.isNaN(crossTermCosine(article, 'de', onlyRu)), 'other script only: not comparable');
  assert.ok(Number.isNaN(crossTermCosine(article, 'ru', onlyRu)), 'same language is not cross-language');
});

test('scoreArticle: shared stems across a script count only when an option asks for them', () => {
  const story = { id: 'e1', lang: 'en', terms: ['halvorsen', 'ferri', 'tromvik'], persons: ['halvorsen'] };
  const sharing = { id: 'd1', lang: 'de', terms: ['halvorsen', 'ferri', 'streik'], persons: ['halvorsen'] };
  const apart = { id: 'd2', lang: 'de', terms: ['brucke', 'eroffnung', 'streik'], persons: ['halvorsen'] };
  const cyrillic = { ...sharing, id: 'r1', lang: 'ru' };
  const score = (options: Partial<ClusterOptions>, other: typeof sharing) => {
    const state = createClusterState(options);
    assign(state, profile(story));
    const p = profile(other);
    countFeatures(state, p);
    return scoreArticle(articleVectors(state, p), undefined, state.stories.get('story:e1')!, state.options)
      .score;
  };
  const stems = { crossWeights: { ...DEFAULT_CLUSTER_OPTIONS.crossWeights, terms: 0.5 } };
  assert.equal(score({}, sharing), score({}, apart), 'default: keys only, stems ignored across languages');
  assert.ok(score(stems, sharing) > score(stems, apart), 'with the option, shared stems rank higher');
  assert.equal(score(stems, cyrillic), score({}, cyrillic), 'another script: nothing comparable, unchanged');
});
