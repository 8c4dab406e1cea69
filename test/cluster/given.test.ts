import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formsConflict, givenClass, givenConflicts } from '../../src/core/cluster/given.ts';
import { keyCosine, scoreStories } from '../../src/core/cluster/score.ts';
import { addToStory, newStory } from '../../src/core/cluster/story.ts';
import { createClusterState, DEFAULT_CLUSTER_OPTIONS } from '../../src/core/cluster/state.ts';
import { articleVectors, countFeatures } from '../../src/core/cluster/vectors.ts';
import { profile, type ProfileSpec } from './fixtures.ts';

test('givenClass: first letter of the given name, transcriptions kept together, one class per script', () => {
  const rows: [string, string | undefined][] = [
    ['Christian Jones', 'latn:k'],
    ['Marvin Jones', 'latn:m'],
    ['M. Jones', 'latn:m'],
    ['Jones', undefined],
    ['Veranstalter Patrick Schmidt', 'latn:fv'],
    ['Andrés Manuel López Obrador', 'latn:alm'],
    ['Luiz Inácio Lula da Silva', 'latn:al'],
    ['', undefined],
    ['Yevgeny Prigozhin', 'latn:a'],
    ['Evgeny Prigozhin', 'latn:a'],
    ['Jewgeni Prigoschin', 'latn:a'],
    ['Wladimir Putin', 'latn:v'],
    ['Vladimir Putin', 'latn:v'],
    ['Konstantin Kosachev', 'latn:k'],
    ['Constantin Kosachev', 'latn:k'],
    ['Philipp Amthor', 'latn:f'],
    ['Filip Amthor', 'latn:f'],
    ['Hennadiy Korban', 'latn:g'],
    ['Gennady Korban', 'latn:g'],
    ['Édouard Philippe', 'latn:a'],
    ['Александр Лукашенко', 'cyrl:a'],
    ['Олександр Лукашенко', 'cyrl:a'],
    ['Σταύρος Παπαδόπουλος', 'grek:s'],
    ['محمد بن سلمان', undefined],
    ['习 近平', undefined],
  ];
  for (const [surface, expected] of rows) assert.equal(givenClass(surface), expected, surface);
});

test('givenConflicts / formsConflict: only given names of the same script that cannot match', () => {
  const forms = (...s: string[]) => new Map(s.map((x) => [x, 1]));
  const rows: [string, Map<string, number> | undefined, boolean][] = [
    ['latn:m', forms('Christian Jones'), true],
    ['latn:m', forms('Christian Jones', 'Marvin Jones'), false],
    ['latn:m', forms('Jones'), false],
    ['latn:f', forms('Veranstalter Patrick Schmidt'), false],
    ['latn:l', forms('Andrés Manuel López Obrador'), false],
    ['latn:m', forms('Кристиан Джонс'), false],
    ['latn:m', undefined, false],
    ['latn:m', forms(), false],
  ];
  for (const [cls, f, expected] of rows)
    assert.equal(givenConflicts(cls, f), expected, `${cls} ${[...(f ?? [])]}`);
  assert.equal(formsConflict(forms('Gert Engelhardt'), forms('Boris Engelhardt')), true);
  assert.equal(formsConflict(forms('Gert Engelhardt', 'Boris Engelhardt'), forms('Boris Engelhardt')), false);
  assert.equal(formsConflict(forms('Engelhardt'), forms('Boris Engelhardt')), false);
  assert.equal(formsConflict(forms('Boris Engelhardt'), undefined), false);
});

/** A story of one article, and the key cosine of a second article with it. */
function keyCosineWith(first: ProfileSpec, second: ProfileSpec): number {
  const state = createClusterState();
  const a = profile(first);
  countFeatures(state, a);
  const story = newStory('story:a', 0);
  addToStory(state, story, a, articleVectors(state, a), 0, undefined);
  const b = profile(second);
  countFeatures(state, b);
  return keyCosine(articleVectors(state, b), story);
}

test('keyCosine: a surname shared by two different people does not count; the same person still does', () => {
  const jones = (given: string, id: string): ProfileSpec => ({
    id,
    persons: ['jones'],
    places: ['detroit'],
    personSurfaces: { jones: `${given} Jones` },
  });
  const same = keyCosineWith(jones('Marvin', 'a'), jones('Marvin', 'b'));
  const initial = keyCosineWith(jones('Marvin', 'a'), { ...jones('M.', 'b') });
  const other = keyCosineWith(jones('Marvin', 'a'), jones('Christian', 'b'));
  const bare = keyCosineWith(jones('Marvin', 'a'), { id: 'b', persons: ['jones'], places: ['detroit'] });
  const script = keyCosineWith(jones('Marvin', 'a'), {
    id: 'b',
    persons: ['jones'],
    places: ['detroit'],
    personSurfaces: { jones: 'Кристиан Джонс' },
  });
  assert.ok(Math.abs(same - 1) < 1e-9, `same person ${same}`);
  assert.ok(Math.abs(initial - 1) < 1e-9, `initial ${initial}`);
  assert.ok(Math.abs(bare - 1) < 1e-9, `surname alone ${bare}`);
  assert.ok(Math.abs(script - 1) < 1e-9, `other script ${script}`);
  // Only the place is left: its share of the dot product, well under the full cosine.
  assert.ok(other > 0 && other < 0.5, `different given names ${other}`);
});

test('scoreStories: two stories whose only shared person is a surname coincidence score lower on keys', () => {
  const state = createClusterState();
  const story = (id: string, given: string) => {
    const p = profile({ id, persons: ['engelhardt'], personSurfaces: { engelhardt: `${given} Engelhardt` } });
    countFeatures(state, p);
    const s = newStory(`story:${id}`, 0);
    addToStory(state, s, p, articleVectors(state, p), 0, undefined);
    return s;
  };
  const gert = story('a', 'Gert');
  assert.equal(scoreStories(gert, story('b', 'Boris'), DEFAULT_CLUSTER_OPTIONS).keys, 0);
  assert.ok(Math.abs(scoreStories(gert, story('c', 'Gert'), DEFAULT_CLUSTER_OPTIONS).keys - 1) < 1e-9);
});
