import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ftsQuery, ftsText, MAX_QUERY_TERMS } from '../../src/services/store/fts.ts';
import { openStore, type Store } from '../../src/services/store/index.ts';
import { analyzeText, INGESTED_AT, sampleAnalyses } from './helpers.ts';

// Fictional articles written for this test.
const ARTICLES = [
  analyzeText(
    'fr-belarus',
    'Visite officielle au Bélarus',
    'Le ministre a rencontré mardi à Minsk ses homologues du Bélarus pour parler du transit des céréales.\n' +
      'La rencontre a duré trois heures, selon un communiqué publié dans la soirée.',
    { declaredLang: 'fr', published: '2026-03-10T09:00:00Z', source: 'Le Courrier Fictif' },
  ),
  analyzeText(
    'en-belarus',
    'Grain transit talks in Belarus',
    'Ministers met in Minsk on Tuesday to discuss grain transit through Belarus and the Belarusian railways.\n' +
      'The three-hour meeting ended with a short statement to the press.',
    { declaredLang: 'en', published: '2026-03-11T09:00:00Z', source: 'The Fictional Ledger' },
  ),
  analyzeText(
    'ru-belarus',
    'Переговоры о транзите зерна в Белоруссии',
    'Министры встретились во вторник в Минске. Сергей Воробьёв заявил, что транзит через Белоруссию вырастет.\n' +
      'Встреча продолжалась три часа.',
    { declaredLang: 'ru', published: '2026-03-12T09:00:00Z', source: 'Вымышленный Вестник' },
  ),
  analyzeText(
    'zh-port',
    '海风港口恢复运营',
    '周二，海风港口在暴风雨过后恢复运营。港务局表示，所有船只已安全靠泊。\n本次停运持续了三十个小时。',
    { declaredLang: 'zh', published: '2026-03-13T09:00:00Z', source: '虚构日报' },
  ),
];

async function filled(): Promise<Store> {
  const store = openStore({ path: ':memory:' });
  for (const a of ARTICLES) await store.putAnalysis(a, { ingestedAt: INGESTED_AT });
  return store;
}

async function ids(store: Store, query: string, opts = {}): Promise<string[]> {
  return (await store.search(query, opts)).map((h) => h.id).sort();
}

test('search ignores case and accents in both directions, in Latin and Cyrillic; Chinese words are found', async () => {
  const store = await filled();
  const rows: { query: string; expected: string[] }[] = [
    { query: 'belarus', expected: ['en-belarus', 'fr-belarus'] },
    { query: 'Bélarus', expected: ['en-belarus', 'fr-belarus'] },
    { query: 'BÉLARUS', expected: ['en-belarus', 'fr-belarus'] },
    { query: 'cereales', expected: ['fr-belarus'] },
    { query: 'белоруссии', expected: ['ru-belarus'] },
    { query: 'БЕЛОРУССИИ', expected: ['ru-belarus'] },
    { query: 'воробьев', expected: ['ru-belarus'] }, // ё written as е
    { query: 'сергеи', expected: ['ru-belarus'] }, // й written as и
    { query: 'Минске транзит', expected: ['ru-belarus'] },
    { query: '海风', expected: ['zh-port'] },
    { query: '港口 恢复', expected: ['zh-port'] },
    { query: '"恢复运营"', expected: ['zh-port'] },
    { query: 'minsk grain', expected: ['en-belarus'] },
    { query: '"grain transit"', expected: ['en-belarus'] },
    { query: '"transit grain"', expected: [] },
    { query: 'belarus*', expected: ['en-belarus', 'fr-belarus'] },
    { query: 'belarusi*', expected: ['en-belarus'] },
    { query: 'nothing-like-this', expected: [] },
  ];
  for (const r of rows) assert.deepEqual(await ids(store, r.query), r.expected, r.query);
  await store.close();
});

test('hostile queries are words or nothing, never an SQL error', async () => {
  const store = await filled();
  const rows: { query: string; expected: string[] }[] = [
    { query: '"minsk belarus', expected: ['en-belarus', 'fr-belarus'] },
    { query: 'belarus"', expected: ['en-belarus', 'fr-belarus'] },
    { query: '(minsk', expected: ['en-belarus', 'fr-belarus'] },
    { query: 'minsk))', expected: ['en-belarus', 'fr-belarus'] },
    { query: 'NEAR(minsk belarus)', expected: [] }, // "near" is a word no article has
    { query: 'minsk NEAR/2 belarus', expected: [] },
    { query: 'minsk OR nothing', expected: [] }, // words, all required: no article has "or" and "nothing"
    { query: 'NOT', expected: [] },
    { query: 'AND', expected: ['en-belarus'] }, // the English word "and", not an operator
    { query: 'title:belarus', expected: [] }, // the phrase "title belarus", not a column filter
    { query: '*', expected: [] },
    { query: '**', expected: [] },
    { query: 'm*', expected: [] }, // too short a prefix: the word "m" alone
    { query: '""', expected: [] },
    { query: '', expected: [] },
    { query: '   ', expected: [] },
    { query: "'; DROP TABLE articles; --", expected: [] },
    { query: '^minsk', expected: ['en-belarus', 'fr-belarus'] },
    { query: '-minsk +belarus', expected: ['en-belarus', 'fr-belarus'] },
    { query: '{title body}: minsk', expected: [] },
    { query: '\\"\\', expected: [] },
    { query: 'a'.repeat(5000), expected: [] },
  ];
  // Words that are not in the text simply find nothing; what matters is that nothing throws and that real
  // words around the syntax still match.
  for (const r of rows) assert.deepEqual(await ids(store, r.query), r.expected, r.query);
  assert.equal((await store.stats()).articles, ARTICLES.length);
  await store.close();
});

test('ftsQuery: every part is a quoted string; prefixes kept; nothing for no words', () => {
  const rows: { input: string; expected: string | undefined }[] = [
    { input: 'belarus minsk', expected: '"belarus" "minsk"' },
    { input: '"grain transit" minsk', expected: '"grain transit" "minsk"' },
    { input: 'bela*', expected: '"bela" *' },
    { input: 'b*', expected: '"b"' },
    { input: 'state-owned', expected: '"state owned"' },
    { input: 'NEAR(a b)', expected: '"NEAR a" "b"' },
    { input: '"open', expected: '"open"' },
    { input: '海风港口', expected: '"海 风 港 口"' },
    { input: 'Bélarus', expected: '"Belarus"' },
    { input: '* () "" :', expected: undefined },
    { input: '', expected: undefined },
  ];
  for (const r of rows) assert.equal(ftsQuery(r.input), r.expected, r.input);
  const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
  assert.equal(ftsQuery(long)?.split('" "').length, MAX_QUERY_TERMS);
});

test('ftsText folds marks and splits ideographs', () => {
  const rows: { input: string; expected: string }[] = [
    { input: 'Bélarus', expected: 'Belarus' },
    { input: 'Воробьёв', expected: 'Воробьев' },
    { input: 'مُحَمَّد', expected: 'محمد' },
    { input: '海风', expected: ' 海  风 ' },
    { input: 'plain', expected: 'plain' },
  ];
  for (const r of rows) assert.equal(ftsText(r.input), r.expected, r.input);
});

test('search filters: language, outlet, entity, date range, paging', async () => {
  const store = await filled();
  assert.deepEqual(await ids(store, 'minsk', { lang: 'fr' }), ['fr-belarus']);
  assert.deepEqual(await ids(store, 'minsk', { source: 'The Fictional Ledger' }), ['en-belarus']);
  assert.deepEqual(await ids(store, 'minsk', { from: '2026-03-11' }), ['en-belarus']);
  assert.deepEqual(await ids(store, 'minsk', { to: '2026-03-10' }), ['fr-belarus']);
  assert.deepEqual(await ids(store, 'minsk', { from: '2026-03-10', to: '2026-03-11' }), [
    'en-belarus',
    'fr-belarus',
  ]);
  const minsk = ARTICLES[1]!.annotations.places.places.find((p) => p.name === 'Minsk');
  assert.ok(minsk, 'Minsk is a place of the English article');
  assert.deepEqual(await ids(store, 'belarus', { entity: minsk.key }), ['en-belarus', 'fr-belarus']);
  assert.deepEqual(await ids(store, 'belarus', { entity: 'person:nobody' }), []);
  const first = await store.search('minsk', { limit: 1 });
  const second = await store.search('minsk', { limit: 1, offset: 1 });
  assert.equal(first.length, 1);
  assert.equal(second.length, 1);
  assert.notEqual(first[0]!.id, second[0]!.id);
  assert.ok(first[0]!.rank <= second[0]!.rank, 'best rank first');
  await store.close();
});

test('search on the sample corpus finds a story across languages by a shared name', async () => {
  const analyses = await sampleAnalyses();
  const store = openStore({ path: ':memory:' });
  for (const a of analyses) await store.putAnalysis(a, { ingestedAt: INGESTED_AT });
  // "Kestrel Dawn" is the fictional ship of story s3, written the same way in Latin-script languages.
  const hits = await store.search('"kestrel dawn"', { limit: 100 });
  const want = analyses.filter((a) => /Kestrel Dawn/i.test(a.article.title + ' ' + a.annotations.clean.body));
  assert.ok(want.length >= 3);
  assert.deepEqual(hits.map((h) => h.id).sort(), want.map((a) => a.article.id).sort());
  await store.close();
});

test('a query matching more than the rank window is ranked among its latest-stored matches; filters apply first', async () => {
  const { SEARCH_RANK_WINDOW } = await import('../../src/services/store/sqlite.ts');
  const { articleRecord } = await import('../../src/services/store/index.ts');
  const store = openStore({ path: ':memory:' });
  try {
    // The French article first (oldest), then more English copies than the window holds: all name Minsk.
    const [fr, en] = [ARTICLES[0]!, ARTICLES[1]!];
    await store.putAnalysis(fr, { ingestedAt: INGESTED_AT });
    const base = articleRecord(en, { ingestedAt: INGESTED_AT });
    await store.transaction(async (tx) => {
      for (let i = 0; i <= SEARCH_RANK_WINDOW; i++) await tx.putRecord({ ...base, id: `en-${i}` });
    });
    const hits = await store.search('Minsk', { limit: 50 });
    assert.equal(hits.length, 50);
    // The window is the latest SEARCH_RANK_WINDOW matches: en-1 .. en-N; en-0 and the French one are out.
    assert.ok(!hits.some((h) => h.id === 'en-0' || h.id === fr.article.id));
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.rank <= hits[i]!.rank, 'best first');
    const page2 = await store.search('Minsk', { limit: 50, offset: 50 });
    assert.equal(page2.length, 50);
    assert.ok(!page2.some((h) => hits.some((x) => x.id === h.id)), 'pages do not overlap');
    const tail = await store.search('Minsk', { limit: 1000, offset: SEARCH_RANK_WINDOW - 10 });
    assert.equal(tail.length, 10, 'the window holds exactly its size');
    // A filter is applied before the window: the one French match is found behind 5,001 newer ones.
    const french = await store.search('Minsk', { lang: 'fr' });
    assert.deepEqual(
      french.map((h) => h.id),
      [fr.article.id],
    );
  } finally {
    await store.close();
  }
});
