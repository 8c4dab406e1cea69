import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameScript, scriptOf } from '../../src/core/cluster/script.ts';
import { crossTermCosine } from '../../src/core/cluster/score.ts';
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
