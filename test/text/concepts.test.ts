import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  compileConcepts,
  conceptIndex,
  forEachConcept,
  parseConceptTable,
} from '../../src/core/text/concepts.ts';
import { CONCEPT_LANGUAGES, CONCEPT_TABLE } from '../../src/core/text/lang/concepts.ts';
import { tokensOf } from '../../src/core/stages/text.ts';

/** Concept ids found in `text` of language `lang`, through the text stage's own tokens. */
function conceptsIn(text: string, lang: string): string[] {
  const out = new Set<string>();
  forEachConcept(lang, tokensOf(text, lang), (ids) => ids.forEach((id) => out.add(id)));
  return [...out].sort();
}

const ROWS: readonly (readonly [string, string, readonly string[]])[] = [
  ['en', 'elections', ['election']],
  ['en', 'Vaccinations', ['vaccine']],
  ['fr', 'grèves', ['strike']],
  ['fr', 'Séisme', ['earthquake']],
  ['de', 'Impfstoffe', ['vaccine']],
  ['de', 'Streiks', ['strike']],
  ['es', 'terremoto', ['earthquake']],
  ['es', 'desempleo', ['unemployment']],
  ['it', 'sciopero', ['strike']],
  ['it', 'inflazione', ['inflation']],
  ['pt', 'vacinas', ['vaccine']],
  ['pt', 'incêndios', ['fire']],
  ['nl', 'overstromingen', ['flood']],
  ['nl', 'verkiezingen', ['election']],
  ['pl', 'wyborach', ['election']],
  ['pl', 'szczepionki', ['vaccine']],
  ['ru', 'выборах', ['election']],
  ['ru', 'землетрясения', ['earthquake']],
  ['uk', 'виборів', ['election']],
  ['uk', 'безробіття', ['unemployment']],
  ['tr', 'deprem', ['earthquake']],
  ['tr', 'enflasyon', ['inflation']],
  ['ar', 'الانتخابات', ['election']],
  ['ar', 'زلزال', ['earthquake']],
  ['zh', '地震', ['earthquake']],
  ['zh', '选举', ['election']],
  // A form the Chinese segmenter cuts in two (候选 / 人) is matched as a run of tokens.
  ['zh', '候选人', ['candidate']],
  // German compounds match as whole words only (see the compound test below).
  ['de', 'Bürgermeisterwahl', []],
  // Stopwords and unknown words name nothing.
  ['en', 'the', []],
  ['en', 'xylophone', []],
  ['de', 'und', []],
  ['fr', 'les', []],
  ['ru', 'и', []],
  ['zh', '的', []],
  // A language without a lexicon names nothing.
  ['fi', 'vaalit', []],
];

for (const [lang, word, expected] of ROWS) {
  test(`concepts: ${lang} "${word}" -> [${expected.join(', ')}]`, () => {
    assert.deepEqual(conceptsIn(word, lang), [...expected].sort());
  });
}

test('concepts: one sentence per language shares its concepts with the English one', () => {
  const en = conceptsIn('Teachers went on strike before the election', 'en');
  assert.deepEqual(en, ['election', 'strike', 'teacher']);
  const others: readonly (readonly [string, string])[] = [
    ['fr', 'Les enseignants en grève avant les élections'],
    ['de', 'Die Lehrer streiken vor der Wahl'],
    ['es', 'Los maestros en huelga antes de las elecciones'],
    ['ru', 'Учителя объявили забастовку перед выборами'],
    ['zh', '选举前教师罢工'],
  ];
  for (const [lang, text] of others) {
    const found = conceptsIn(text, lang);
    for (const c of en) assert.ok(found.includes(c), `${lang}: ${c} missing in ${found.join(', ')}`);
  }
});

test('concepts: German and Dutch compounds match as whole words (listed ones), not by their final part', () => {
  assert.deepEqual(conceptsIn('Bundestagswahl', 'de'), ['election']);
  assert.deepEqual(conceptsIn('Lehrerstreik', 'de'), []);
  assert.deepEqual(conceptsIn('Streik', 'de'), ['strike']);
  assert.deepEqual(conceptsIn('Abendtor', 'de'), []);
  assert.deepEqual(conceptsIn('superstrike', 'en'), []);
});

test('concepts table: every line has the 13 languages, ids are unique, about 300 concepts', () => {
  const entries = parseConceptTable(CONCEPT_TABLE);
  assert.ok(entries.length >= 250, `${entries.length} concepts`);
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
  const missing: string[] = [];
  for (const e of entries) {
    for (const lang of CONCEPT_LANGUAGES)
      if ((e.forms[lang] ?? []).length === 0) missing.push(`${e.id}:${lang}`);
  }
  assert.deepEqual(missing, ALLOWED_MISSING);
});

test('concepts table: a line with a wrong field count is an error', () => {
  assert.throws(() => parseConceptTable('strike | strike | grève'), /fields/);
});

test('concepts compiler: stopwords are left out and reported', () => {
  const idx = compileConcepts(parseConceptTable(`x | the strike | | | | | | | | | | | |`));
  assert.deepEqual(idx.skipped, [{ concept: 'x', lang: 'en', form: 'the', reason: 'stopword' }]);
  assert.deepEqual(idx.byLang.get('en')?.get('strike'), ['x']);
});

/**
 * (language, key) pairs shared by two concepts on purpose: the words are one stem in that language and both
 * readings are news concepts (French "mort" is a death and a casualty; German "Wähler" stems like "Wahl").
 * Anything else shared is a stemming accident to fix in the table.
 */
const DELIBERATE: readonly string[] = [
  'ar اصابا infection,wounded',
  'ar حظر ban,sanction',
  'ar رياض player,sport',
  'de spiel match,player',
  'de wahl election,vote',
  'en athlet athletics,player',
  'es atlet athletics,player',
  'es deport player,sport',
  'es fallec casualty,death',
  'es muert casualty,death',
  'es perd defeat,loss',
  'fr arme army,weapon',
  'fr athlet athletics,player',
  'fr deces casualty,death',
  'fr mort casualty,death',
  'it atlet athletics,player',
  'it govern government,governor',
  'it mort casualty,death',
  'nl dod casualty,death',
  'nl ontslag layoffs,resignation',
  'pl zmarl casualty,death',
  'pt atlet athletics,player',
  'pt govern government,governor',
  'pt mort casualty,death',
  'pt perd defeat,loss',
  'tr emekli elderly,wage',
  'zh 疫情 coronavirus,infection',
];

/**
 * Concepts with no single-word form in a language: the usual word is several words ("belediye başkanı",
 * "رئيس الوزراء") or stems like another concept's (Italian "nato" = born, Turkish "ada" ~ "aday").
 */
const ALLOWED_MISSING: readonly string[] = [
  'primeminister:ar',
  'mayor:tr',
  'fine:tr',
  'nato:it',
  'interview:pl',
  'carindustry:ar',
  'startup:ar',
  'airforce:tr',
  'island:tr',
  'zoo:ar',
];

test('concepts compiler: no two concepts share a (language, stem) unless listed as deliberate', () => {
  const found = conceptIndex().collisions.map((c) => `${c.lang} ${c.key} ${c.concepts.join(',')}`);
  assert.deepEqual(found, DELIBERATE);
});

test('concepts compiler: only stopwords are left out of the committed table', () => {
  const reasons = new Set(conceptIndex().skipped.map((s) => s.reason));
  assert.deepEqual([...reasons], ['stopword']);
});
