import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold } from '../../src/core/text/fold.ts';
import {
  gazetteerStats,
  lookup,
  matchAt,
  matchChinese,
  matchOrganisations,
  scan,
  tokenWords,
} from '../../src/core/gazetteer/index.ts';

/**
 * Scans a hand-tokenised sentence (tokens separated by spaces, punctuation as its own token) and lists
 * the hits as "key" or "adj:key" (demonym) in order.
 */
function hits(lang: string, sentence: string): string[] {
  const texts = sentence.split(' ').filter((t) => t.length > 0);
  const norms = texts.map(fold);
  const initial = (i: number) => i === 0 || texts[i - 1] === '.';
  return scan(norms, { lang, texts, initial }).map((h) => (h.adjectival ? `adj:${h.key}` : h.key));
}

interface Row {
  readonly lang: string;
  readonly input: string;
  readonly expected: readonly string[];
}

const COUNTRY_ROWS: readonly Row[] = [
  {
    lang: 'en',
    input: 'Belarus and Russia signed , the United States and the UK did not',
    expected: ['country:BY', 'country:RU', 'country:US', 'country:GB'],
  },
  {
    lang: 'fr',
    input: 'le Bélarus , la Biélorussie , le Royaume-Uni et les États-Unis',
    expected: ['country:BY', 'country:BY', 'country:GB', 'country:US'],
  },
  { lang: 'fr', input: "les Etats-Unis et la Côte d'Ivoire", expected: ['country:US', 'country:CI'] },
  {
    lang: 'de',
    input: 'Weißrussland , Belarus und Großbritannien',
    expected: ['country:BY', 'country:BY', 'country:GB'],
  },
  { lang: 'es', input: 'Bielorrusia y EEUU', expected: ['country:BY', 'country:US'] },
  { lang: 'it', input: 'la Bielorussia e gli Stati Uniti', expected: ['country:BY', 'country:US'] },
  { lang: 'pt', input: 'a Bielorrússia e os Estados Unidos', expected: ['country:BY', 'country:US'] },
  { lang: 'nl', input: 'Wit-Rusland en de Verenigde Staten', expected: ['country:BY', 'country:US'] },
  { lang: 'pl', input: 'Białoruś i Stany Zjednoczone', expected: ['country:BY', 'country:US'] },
  { lang: 'ru', input: 'Беларусь , Белоруссия и США', expected: ['country:BY', 'country:BY', 'country:US'] },
  { lang: 'uk', input: 'Білорусь і США', expected: ['country:BY', 'country:US'] },
  { lang: 'tr', input: 'Beyaz Rusya ve ABD', expected: ['country:BY', 'country:US'] },
  { lang: 'ar', input: 'بيلاروسيا و الولايات المتحدة', expected: ['country:BY', 'country:US'] },
];

const DEMONYM_ROWS: readonly Row[] = [
  {
    lang: 'en',
    input: 'the Russian and Belarusian leaders , two Americans',
    expected: ['adj:country:RU', 'adj:country:BY', 'adj:country:US'],
  },
  {
    lang: 'fr',
    input: 'le président bélarusse , les forces russes , une société française , des soldats biélorusses',
    expected: ['adj:country:BY', 'adj:country:RU', 'adj:country:FR', 'adj:country:BY'],
  },
  {
    lang: 'fr',
    input: 'les entreprises allemandes et les diplomates américains',
    expected: ['adj:country:DE', 'adj:country:US'],
  },
  {
    lang: 'de',
    input: 'die russische Armee , der russischen Regierung , die Russen',
    expected: ['adj:country:RU', 'adj:country:RU', 'adj:country:RU'],
  },
  { lang: 'de', input: 'weißrussische Opposition', expected: ['adj:country:BY'] },
  {
    lang: 'es',
    input: 'el gobierno ruso y la oposición rusa , los soldados bielorrusos',
    expected: ['adj:country:RU', 'adj:country:RU', 'adj:country:BY'],
  },
  {
    lang: 'it',
    input: 'il governo russo , le truppe russe , i diplomatici russi',
    expected: ['adj:country:RU', 'adj:country:RU', 'adj:country:RU'],
  },
  { lang: 'pt', input: 'o governo russo e as tropas russas', expected: ['adj:country:RU', 'adj:country:RU'] },
  { lang: 'nl', input: 'de Russische regering', expected: ['adj:country:RU'] },
  {
    lang: 'pl',
    input: 'rosyjskiego rządu i białoruskiej opozycji',
    expected: ['adj:country:RU', 'adj:country:BY'],
  },
  {
    lang: 'ru',
    input: 'российского президента и белорусской оппозиции',
    expected: ['adj:country:RU', 'adj:country:BY'],
  },
  { lang: 'uk', input: 'російського президента', expected: ['adj:country:RU'] },
  { lang: 'tr', input: 'Rus lider ve Belaruslu muhalefet', expected: ['adj:country:RU', 'adj:country:BY'] },
  { lang: 'ar', input: 'الحكومة الروسية', expected: ['adj:country:RU'] },
];

const CITY_ROWS: readonly Row[] = [
  {
    lang: 'en',
    input: 'from Moscow to Minsk and Kyiv',
    expected: ['city:moscow', 'city:minsk', 'city:kyiv'],
  },
  { lang: 'en', input: 'in Kiev and in New York', expected: ['city:kyiv', 'city:new-york'] },
  {
    lang: 'fr',
    input: 'Moscou , Bruxelles et Pékin',
    expected: ['city:moscow', 'city:brussels', 'city:beijing'],
  },
  {
    lang: 'de',
    input: 'Moskau , Kiew , Brüssel und Peking',
    expected: ['city:moscow', 'city:kyiv', 'city:brussels', 'city:beijing'],
  },
  { lang: 'es', input: 'Moscú y Bruselas', expected: ['city:moscow', 'city:brussels'] },
  { lang: 'it', input: 'Mosca e Bruxelles', expected: ['city:moscow', 'city:brussels'] },
  { lang: 'pt', input: 'Moscovo e Pequim', expected: ['city:moscow', 'city:beijing'] },
  { lang: 'nl', input: 'Moskou en Brussel', expected: ['city:moscow', 'city:brussels'] },
  {
    lang: 'pl',
    input: 'Moskwa , Mińsk i Bruksela',
    expected: ['city:moscow', 'city:minsk', 'city:brussels'],
  },
  { lang: 'ru', input: 'Москва , Минск и Киев', expected: ['city:moscow', 'city:minsk', 'city:kyiv'] },
  { lang: 'uk', input: 'Москва , Мінськ і Київ', expected: ['city:moscow', 'city:minsk', 'city:kyiv'] },
  { lang: 'tr', input: 'Moskova ve Minsk', expected: ['city:moscow', 'city:minsk'] },
  { lang: 'ar', input: 'موسكو و مينسك', expected: ['city:moscow', 'city:minsk'] },
  {
    lang: 'en',
    input: 'capitals : Ulaanbaatar , Nairobi , Canberra',
    expected: ['city:ulaanbaatar', 'city:nairobi', 'city:canberra'],
  },
];

const INFLECTED_ROWS: readonly Row[] = [
  {
    lang: 'ru',
    input: 'в Москве , из Москвы , в России , Белоруссии',
    expected: ['city:moscow', 'city:moscow', 'country:RU', 'country:BY'],
  },
  { lang: 'uk', input: 'у Києві , з Росії , в Україні', expected: ['city:kyiv', 'country:RU', 'country:UA'] },
  {
    lang: 'pl',
    input: 'w Moskwie , na Białorusi , w Rosji , w Warszawie , na Ukrainie',
    expected: ['city:moscow', 'country:BY', 'country:RU', 'city:warsaw', 'country:UA'],
  },
  {
    lang: 'tr',
    input: "Rusya'nın , Moskova'da , Rusya’da",
    expected: ['country:RU', 'city:moscow', 'country:RU'],
  },
  { lang: 'ar', input: 'بروسيا وروسيا لروسيا', expected: ['country:RU', 'country:RU', 'country:RU'] },
  {
    lang: 'de',
    input: 'Russlands Präsident und Deutschlands Kanzler',
    expected: ['country:RU', 'country:DE'],
  },
  { lang: 'en', input: "Russia's president", expected: ['country:RU'] },
  { lang: 'fr', input: "l'Ukraine et d'Allemagne", expected: ['country:UA', 'country:DE'] },
  { lang: 'ru', input: 'в Нью-Йорке', expected: ['city:new-york'] },
];

const REGION_ORG_ROWS: readonly Row[] = [
  {
    lang: 'fr',
    input: 'la Crimée , le Donbass et la bande de Gaza',
    expected: ['region:crimea', 'region:donbas', 'region:gaza'],
  },
  { lang: 'de', input: 'die Krim', expected: ['region:crimea'] },
  { lang: 'ru', input: 'в Крыму', expected: ['region:crimea'] },
  { lang: 'en', input: 'New Jersey and New Mexico', expected: ['region:new-jersey', 'region:new-mexico'] },
  {
    lang: 'fr',
    input: "l'Otan et l'Union européenne , l'ONU",
    expected: ['org:nato', 'org:european-union', 'org:united-nations'],
  },
  {
    lang: 'de',
    input: 'die NATO , die Europäische Union und das Weißes Haus',
    expected: ['org:nato', 'org:european-union', 'org:white-house'],
  },
  {
    lang: 'ru',
    input: 'НАТО , Евросоюз , ООН и Кремль',
    expected: ['org:nato', 'org:european-union', 'org:united-nations', 'org:kremlin'],
  },
  { lang: 'pl', input: 'Unia Europejska', expected: ['org:european-union'] },
  { lang: 'tr', input: 'AB ve BM', expected: ['org:european-union', 'org:united-nations'] },
  { lang: 'ar', input: 'الاتحاد الأوروبي', expected: ['org:european-union'] },
  {
    lang: 'en',
    input: 'Reuters and AFP , TASS and RIA Novosti',
    expected: ['org:reuters', 'org:agence-france-presse', 'org:tass', 'org:ria-novosti'],
  },
  { lang: 'fr', input: 'la Maison Blanche', expected: ['org:white-house'] },
];

const NEGATIVE_ROWS: readonly Row[] = [
  { lang: 'en', input: 'Nice day , a nice view', expected: [] },
  { lang: 'en', input: 'roast turkey and fine china', expected: [] },
  { lang: 'en', input: 'let us go , tell us', expected: [] },
  { lang: 'fr', input: 'Tours de magie . Puis trois tours', expected: [] },
  { lang: 'fr', input: 'La réunion des ministres', expected: [] },
  { lang: 'en', input: 'Reading the report , a split decision', expected: [] },
  { lang: 'en', input: 'Polish the shoes', expected: [] },
  { lang: 'es', input: 'Como dijo', expected: [] },
  { lang: 'pl', input: 'rosa na trawie', expected: [] },
  { lang: 'de', input: 'Das Essen war gut', expected: [] },
];

const POSITIVE_AMBIGUOUS_ROWS: readonly Row[] = [
  { lang: 'fr', input: 'Il vit à Tours et à Nice', expected: ['city:tours', 'city:nice'] },
  {
    lang: 'en',
    input: 'Turkey and China met , the US said',
    expected: ['country:TR', 'country:CN', 'country:US'],
  },
  { lang: 'en', input: 'US officials said', expected: ['country:US'] },
  { lang: 'en', input: 'in Tbilisi , Georgia', expected: ['city:tbilisi', 'country:GE'] },
];

const SETS: readonly (readonly [string, readonly Row[]])[] = [
  ['countries', COUNTRY_ROWS],
  ['demonyms', DEMONYM_ROWS],
  ['cities', CITY_ROWS],
  ['inflected forms', INFLECTED_ROWS],
  ['regions and organisations', REGION_ORG_ROWS],
  ['negatives (common words)', NEGATIVE_ROWS],
  ['ambiguous names in name position', POSITIVE_AMBIGUOUS_ROWS],
];

for (const [name, rows] of SETS) {
  test(`gazetteer: ${name}`, () => {
    for (const { lang, input, expected } of rows) {
      assert.deepEqual(hits(lang, input), expected, `${lang}: ${input}`);
    }
  });
}

test('gazetteer: every one of the 13 languages has country, demonym and city rows', () => {
  for (const rows of [COUNTRY_ROWS, DEMONYM_ROWS, CITY_ROWS]) {
    const langs = new Set(rows.map((r) => r.lang));
    for (const l of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar'])
      assert.ok(langs.has(l), l);
  }
});

test('gazetteer: matchAt returns the hit shape and the tokens consumed', () => {
  const texts = ['le', 'Royaume', '-', 'Uni', 'et', 'la', 'Russie'];
  const norms = texts.map(fold);
  assert.deepEqual(matchAt(norms, 1, { lang: 'fr', texts }), {
    key: 'country:GB',
    kind: 'country',
    country: 'GB',
    name: 'United Kingdom',
    length: 3,
    adjectival: false,
  });
  assert.equal(matchAt(norms, 0, { lang: 'fr', texts }), undefined);
  assert.equal(matchAt(norms, 6, { lang: 'fr', texts })?.name, 'Russia');
  assert.equal(matchAt(norms, 99), undefined);
  assert.equal(matchAt(norms, -1), undefined);
});

test('gazetteer: hyphenated names match as one token or split into words', () => {
  for (const texts of [['Royaume-Uni'], ['Royaume', '-', 'Uni'], ['Royaume', 'Uni']]) {
    const h = matchAt(texts.map(fold), 0, { texts });
    assert.equal(h?.key, 'country:GB', texts.join('|'));
    assert.equal(h?.length, texts.length);
  }
});

test('gazetteer: hyphenated compounds are matched part by part', () => {
  assert.deepEqual(hits('fr', 'le sommet russo-biélorusse'), ['adj:country:RU', 'adj:country:BY']);
  assert.deepEqual(hits('de', 'deutsch-russische Beziehungen'), ['adj:country:DE', 'adj:country:RU']);
  assert.deepEqual(hits('fr', 'les manifestants pro-russes'), ['adj:country:RU']);
});

test('gazetteer: without surface forms, ambiguous names never match', () => {
  assert.equal(matchAt(['nice'], 0), undefined);
  assert.equal(matchAt(['moscou'], 0)?.key, 'city:moscow');
});

test('gazetteer: lookup resolves whole names in any script', () => {
  const rows: readonly { input: string; expected: string | undefined }[] = [
    { input: 'Biélorussie', expected: 'country:BY' },
    { input: 'Белоруссия', expected: 'country:BY' },
    { input: 'Organisation des Nations unies', expected: 'org:united-nations' },
    { input: 'Union européenne', expected: 'org:european-union' },
    { input: 'New York', expected: 'city:new-york' },
    { input: 'Moscou demain', expected: undefined },
    { input: '', expected: undefined },
  ];
  for (const { input, expected } of rows) assert.equal(lookup(input)?.key, expected, input);
});

test('gazetteer: Chinese names are matched as substrings, longest first', () => {
  const found = matchChinese('白俄罗斯总统在明斯克会见俄罗斯总理，莫斯科与北京关注，美国和欧盟表示').map(
    (m) => m.key,
  );
  assert.deepEqual(found, [
    'country:BY',
    'city:minsk',
    'country:RU',
    'city:moscow',
    'city:beijing',
    'country:US',
    'org:european-union',
  ]);
  assert.deepEqual(matchChinese('今天天气很好'), []);
  assert.deepEqual(matchChinese(''), []);
  const m = matchChinese('在莫斯科')[0];
  assert.equal(m.start, 1);
  assert.equal(m.end, 4);
});

test('gazetteer: matchOrganisations keeps only organisations', () => {
  const texts = ["l'Otan", 'et', 'la', 'Russie'];
  assert.deepEqual(
    matchOrganisations(texts.map(fold), { lang: 'fr', texts }).map((m) => m.key),
    ['org:nato'],
  );
});

test('gazetteer: tokenWords splits hyphens, elisions and Turkish suffixes', () => {
  const rows: readonly { input: string; expected: readonly string[] }[] = [
    { input: 'royaume-uni', expected: ['royaume', 'uni'] },
    { input: "d'ivoire", expected: ['ivoire'] },
    { input: "rusya'nin", expected: ['rusya'] },
    { input: 'u.s.', expected: ['us'] },
    { input: "в'єтнам", expected: ['вєтнам'] },
    { input: '-', expected: [] },
  ];
  for (const { input, expected } of rows) assert.deepEqual(tokenWords(input), expected, input);
});

test('gazetteer: sizes (countries, cities, regions, organisations, forms)', () => {
  const s = gazetteerStats();
  assert.ok(s.country >= 249, `countries ${s.country}`);
  assert.ok(s.city >= 500, `cities ${s.city}`);
  assert.ok(s.region >= 50, `regions ${s.region}`);
  assert.ok(s.org >= 140, `orgs ${s.org}`);
  assert.ok(s.forms >= 8000, `forms ${s.forms}`);
});
