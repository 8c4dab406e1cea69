import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validatePipeline, runPipeline } from '../../src/core/pipeline.ts';
import { cleanStage } from '../../src/core/stages/clean.ts';
import { languageStage } from '../../src/core/stages/language.ts';
import { textStage } from '../../src/core/stages/text.ts';
import { placesStage } from '../../src/core/stages/places.ts';
import type { Article, Place } from '../../src/core/types.ts';

const PIPELINE = validatePipeline([cleanStage, languageStage, textStage, placesStage]);
const SEEDS = fileURLToPath(new URL('../../../shared/data/seeds', import.meta.url));

function places(title: string, text: string, declaredLang: string): readonly Place[] {
  const article: Article = { id: 't', title, text, declaredLang, origin: 'test' };
  return runPipeline(PIPELINE, article).annotations.places.places;
}

function summary(ps: readonly Place[]): string[] {
  return ps.map((p) => `${p.key}:${p.mentions}/${p.adjectival}`);
}

// Fictional articles written for these tests.
const ROWS: readonly { lang: string; title: string; text: string; expected: readonly string[] }[] = [
  {
    lang: 'fr',
    title: 'Le Bélarus et la Russie signent un accord',
    text: 'Le président bélarusse est arrivé à Moscou lundi. La Biélorussie espère un prêt russe.\nÀ Minsk, les opposants biélorusses manifestent devant le siège de l’Union européenne.',
    expected: ['country:BY:2/2', 'city:minsk:1/0', 'city:moscow:1/0', 'country:RU:1/1'],
  },
  {
    lang: 'de',
    title: 'Treffen in Moskau',
    text: 'Der weißrussische Präsident reiste nach Moskau. Russlands Regierung versprach Weißrussland einen Kredit. In Minsk protestierten die Menschen.',
    expected: ['city:moscow:2/0', 'city:minsk:1/0', 'country:BY:1/1', 'country:RU:1/0'],
  },
  {
    lang: 'ru',
    title: 'Встреча в Москве',
    text: 'Президент Белоруссии прилетел в Москву. Российская сторона обещала кредит. В Минске продолжаются протесты.',
    expected: ['city:minsk:1/0', 'city:moscow:2/0', 'country:BY:1/0', 'country:RU:0/1'],
  },
  {
    lang: 'pl',
    title: 'Spotkanie w Moskwie',
    text: 'Prezydent Białorusi przyleciał do Moskwy. Rosyjski rząd obiecał kredyt. W Mińsku trwają protesty.',
    expected: ['city:moscow:2/0', 'city:minsk:1/0', 'country:BY:1/0', 'country:RU:0/1'],
  },
  {
    lang: 'en',
    title: 'Belarus leader meets Putin',
    text: 'The Belarusian president flew to Moscow on Monday. Russia promised a loan, the Kremlin said. Nice weather greeted him in Sochi.',
    expected: ['city:moscow:1/0', 'city:sochi:1/0', 'country:BY:1/1', 'country:RU:1/0'],
  },
  {
    lang: 'tr',
    title: "Belarus lideri Moskova'da",
    text: "Belarus Cumhurbaşkanı Moskova'ya gitti. Rusya'nın desteği sürüyor. Minsk'te protestolar devam ediyor.",
    expected: ['city:moscow:2/0', 'country:BY:2/0', 'city:minsk:1/0', 'country:RU:1/0'],
  },
  {
    lang: 'zh',
    title: '白俄罗斯总统访问莫斯科',
    text: '白俄罗斯总统周一抵达莫斯科。俄罗斯承诺提供贷款。明斯克的抗议仍在继续。',
    expected: ['city:moscow:2/0', 'country:BY:2/0', 'city:minsk:1/0', 'country:RU:1/0'],
  },
];

test('places stage: fictional articles in several languages', () => {
  for (const { lang, title, text, expected } of ROWS) {
    assert.deepEqual([...summary(places(title, text, lang))].sort(), [...expected].sort(), lang);
  }
});

test('places stage: canonical name, variants, order, no organisations', () => {
  const ps = places(
    'La Russie et le Bélarus',
    'Le Bélarus négocie avec la Russie. Le Bélarus et la Biélorussie sont un même pays. L’Otan observe Minsk.',
    'fr',
  );
  const by = ps.find((p) => p.key === 'country:BY');
  assert.ok(by);
  assert.equal(by.name, 'Bélarus');
  assert.deepEqual(by.variants, ['Bélarus', 'Biélorussie']);
  assert.equal(by.country, 'BY');
  assert.equal(by.kind, 'country');
  assert.equal(ps[0].key, 'country:BY', 'most mentioned first');
  assert.ok(!ps.some((p) => p.key.startsWith('org:')), 'organisations are not places');
  for (let k = 1; k < ps.length; k++) {
    const a = ps[k - 1];
    const b = ps[k];
    assert.ok(a.mentions > b.mentions || (a.mentions === b.mentions && a.key < b.key), 'sorted');
  }
});

test('places stage: a place named only by an adjective gets its English name', () => {
  const ps = places('Un accord', 'Les diplomates russes sont arrivés hier. Les russes ont parlé.', 'fr');
  assert.deepEqual(
    ps.map((p) => [p.key, p.name, p.mentions, p.adjectival]),
    [['country:RU', 'Russia', 0, 2]],
  );
});

test('places stage: Han names are found wherever Han characters stand, and only then', () => {
  // Rows: Latin text with typographic marks below U+2E80 and no Han; a Han name inside Latin prose; a Han name
  // in the title only; Han after CJK punctuation and full-width forms.
  const rows: readonly { title: string; text: string; lang: string; han: readonly string[] }[] = [
    { title: 'Talks', text: 'The envoy said “soon” – it’s agreed… ¿Qué? «Oui».', lang: 'en', han: [] },
    { title: 'Talks', text: 'The banner read 莫斯科 in red.', lang: 'en', han: ['city:moscow'] },
    { title: '明斯克', text: 'Nothing else was said.', lang: 'en', han: ['city:minsk'] },
    { title: '', text: '（会谈）。莫斯科、明斯克', lang: 'zh', han: ['city:minsk', 'city:moscow'] },
  ];
  for (const r of rows) {
    const keys = places(r.title, r.text, r.lang)
      .filter((p) => p.variants.some((v) => /\p{Script=Han}/u.test(v)))
      .map((p) => p.key)
      .sort();
    assert.deepEqual(keys, r.han, r.text);
  }
});

test('places stage: empty article gives no places', () => {
  assert.deepEqual(places('', '', 'en'), []);
});

test(
  'places stage: seeds (Bélarus/Biélorussie BY, Russie and Moscou RU, Minsk BY)',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  () => {
    const files = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    assert.ok(files.length >= 2);
    for (const f of files) {
      const raw = readFileSync(`${SEEDS}/${f}`, 'utf8');
      const nl = raw.indexOf('\n');
      const ps = places(raw.slice(0, nl), raw.slice(nl + 1), 'fr');
      const get = (key: string) => ps.find((p) => p.key === key);
      assert.equal(get('city:minsk')?.country, 'BY', `${f}: Minsk`);
      assert.equal(get('city:moscow')?.country, 'RU', `${f}: Moscou`);
      assert.equal(get('country:RU')?.country, 'RU', `${f}: Russie`);
      assert.equal(get('country:BY')?.country, 'BY', `${f}: Bélarus`);
      assert.ok(!ps.some((p) => p.key === 'country:RE'), `${f}: "la réunion" is not La Réunion`);
    }
    const first = readFileSync(`${SEEDS}/${files[0]}`, 'utf8');
    const nl = first.indexOf('\n');
    const by = places(first.slice(0, nl), first.slice(nl + 1), 'fr').find((p) => p.key === 'country:BY');
    assert.ok(
      by?.variants.includes('Bélarus') && by.variants.includes('Biélorussie'),
      'one key for both names',
    );
  },
);
