/**
 * Coreference inside an article, acronym expansion, sentence-initial filtering, title mentions, role
 * phrases, output order and determinism, on fictional articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe as show, entitiesOf, findEntity } from './helpers.ts';

interface CorefRow {
  readonly name: string;
  readonly lang: string;
  readonly title?: string;
  readonly text: string;
  /** Surface forms that must all be variants of ONE entity of this type (the first is the expected name). */
  readonly same: readonly string[];
  readonly type: 'person' | 'organization';
  readonly mentions?: number;
}

const COREF: readonly CorefRow[] = [
  {
    name: 'surname joins the full name',
    lang: 'fr',
    text: 'Le ministre Paul Durandet a parlé lundi. Durandet a ensuite quitté la salle. Plus tard, Durandet est revenu.',
    same: ['Paul Durandet', 'Durandet'],
    type: 'person',
    mentions: 3,
  },
  {
    name: 'two spellings of the given name merge',
    lang: 'fr',
    text: 'La visite de Mikhaïl Orlov est prévue jeudi. Selon son entourage, Mikhail Orlov restera deux jours.',
    same: ['Mikhaïl Orlov', 'Mikhail Orlov'],
    type: 'person',
    mentions: 2,
  },
  {
    name: 'acronym joins its expansion',
    lang: 'en',
    text: 'The Centre for Coastal Research (CCR) published a report. CCR scientists said sea levels are rising. A CCR spokesman declined to comment.',
    same: ['Centre for Coastal Research', 'CCR'],
    type: 'organization',
    mentions: 3,
  },
  {
    name: 'title mention counts',
    lang: 'de',
    title: 'Hoffmann tritt zurück',
    text: 'Der Minister Lars Hoffmann hat am Dienstag seinen Rücktritt erklärt. Hoffmann sagte, er wolle sich um seine Familie kümmern.',
    same: ['Lars Hoffmann', 'Hoffmann'],
    type: 'person',
    mentions: 3,
  },
  {
    name: 'inflected surname joins by key (ru)',
    lang: 'ru',
    text: 'Президент Владимир Путин провёл совещание. Путина поддержали министры. Путину доложили о ситуации.',
    same: ['Владимир Путин', 'Путина'],
    type: 'person',
  },
  {
    name: 'particle surname joins (nl)',
    lang: 'nl',
    text: 'Minister Karin van der Berg opende de brug. Volgens Van der Berg was het een mooie dag.',
    same: ['Karin van der Berg', 'Van der Berg'],
    type: 'person',
  },
];

for (const row of COREF) {
  test(`coreference: ${row.name}`, () => {
    const ents = entitiesOf(row.lang, row.text, row.title ?? '');
    const e = findEntity(ents, row.same[0] as string, row.type);
    assert.ok(e, `no ${row.type} ${row.same[0]}; found ${show(ents)}`);
    assert.equal(e.name, row.same[0]);
    for (const s of row.same)
      assert.ok(e.variants.includes(s), `${s} not a variant of ${e.name}; found ${show(ents)}`);
    if (row.mentions !== undefined) assert.equal(e.mentions, row.mentions, show(ents));
    assert.equal(e.spans.length, e.mentions);
  });
}

test('coreference: a given name alone does not merge when two people share it', () => {
  const ents = entitiesOf(
    'en',
    'Anna Kowalski met Anna Berger in Vienna. Anna said the meeting went well. Kowalski agreed.',
  );
  const k = findEntity(ents, 'Anna Kowalski', 'person');
  const b = findEntity(ents, 'Anna Berger', 'person');
  assert.ok(k && b, show(ents));
  assert.ok(!k.variants.includes('Anna') && !b.variants.includes('Anna'), show(ents));
  assert.ok(k.variants.includes('Kowalski'));
});

test('coreference: role phrase with nationality joins the one person introduced with it', () => {
  const ents = entitiesOf(
    'fr',
    "Le président bélarusse Alexandre Loukachenko a reçu l'ambassadeur. Plus tard, le président bélarusse a quitté Minsk.",
  );
  const e = findEntity(ents, 'Alexandre Loukachenko', 'person');
  assert.ok(e, show(ents));
  assert.equal(e.mentions, 2, show(ents));
  assert.ok(e.roles?.includes('président'));
});

test('coreference: role phrase matching two people joins neither', () => {
  const ents = entitiesOf(
    'en',
    'The Russian minister Igor Petrov met the Russian minister Oleg Sidorov. Later the Russian minister left.',
  );
  const a = findEntity(ents, 'Igor Petrov', 'person');
  const b = findEntity(ents, 'Oleg Sidorov', 'person');
  assert.ok(a && b, show(ents));
  assert.equal(a.mentions + b.mentions, 2, show(ents));
});

test('sentence-initial common words are not entities; a name repeated mid-sentence is', () => {
  const ents = entitiesOf(
    'fr',
    'Oublié le temps des promesses. Résultat : rien. Pendant ce temps, Valmont attend. Valmont parle avec Girard. Girard répond.',
  );
  for (const junk of ['Oublié', 'Résultat', 'Pendant'])
    assert.equal(findEntity(ents, junk), undefined, show(ents));
  assert.ok(findEntity(ents, 'Valmont'), show(ents));
  assert.ok(findEntity(ents, 'Girard'), show(ents));
});

test('German nouns are not entities without evidence', () => {
  const ents = entitiesOf(
    'de',
    'Die Regierung plant eine Reform. Die Reform soll im Sommer kommen. Kritiker sehen die Reform skeptisch.',
  );
  assert.deepEqual(ents, [], show(ents));
});

test('empty and punctuation-only inputs give no entities', () => {
  assert.deepEqual(entitiesOf('en', ''), []);
  assert.deepEqual(entitiesOf('fr', '« … » — !!! ??'), []);
  assert.deepEqual(entitiesOf('zh', '。，！'), []);
  assert.deepEqual(entitiesOf('ar', '، . ؟'), []);
});

test('output is sorted by mentions then first position, and deterministic', () => {
  const text =
    'Maria Lopez met Jonas Weber in Madrid. Weber said the plan works. Weber and Lopez will meet again. Weber left.';
  const a = entitiesOf('en', text);
  const b = entitiesOf('en', text);
  assert.deepEqual(a, b);
  for (let i = 1; i < a.length; i++) {
    const prev = a[i - 1];
    const cur = a[i];
    assert.ok(prev && cur && prev.mentions >= cur.mentions, show(a));
  }
  assert.equal(a[0]?.name, 'Jonas Weber', show(a));
});

test('spans point at the mention text in the body', () => {
  const text = 'Le député Julien Marchal a démissionné. Marchal quitte Paris.';
  const ents = entitiesOf('fr', text);
  for (const e of ents) {
    for (const s of e.spans) if (s.sentence >= 0) assert.equal(text.slice(s.start, s.end), s.text);
  }
});

test('robustness: a long article of repeated names stays fast and linear', () => {
  const para =
    'Le ministre Paul Durandet a rencontré Anna Berger à Lyon. Durandet a déclaré que Berger avait raison. ';
  const text = para.repeat(400); // ~40 KB
  const t0 = process.hrtime.bigint();
  const ents = entitiesOf('fr', text);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const d = findEntity(ents, 'Paul Durandet', 'person');
  assert.ok(d && d.mentions === 800, show(ents));
  assert.ok(ms < 5000, `took ${ms} ms`);
});
