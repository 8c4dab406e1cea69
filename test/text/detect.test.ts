import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/extrasmall';
import { detectLanguage, gramRow, parseEldNgrams } from '../../src/core/text/detect.ts';

/** What eld itself says, in the shape detectLanguage returns. */
function eldSays(text: string): { language: string; scores: [string, number][]; reliable: boolean } {
  const r = eld.detect(text);
  if (!r.language) return { language: '', scores: [], reliable: false };
  const scores = Object.entries(r.getScores()).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { language: r.language, scores, reliable: r.isReliable() };
}

test("parseEldNgrams reads eld's n-gram file exactly as evaluating the module does", async () => {
  const path = join(import.meta.dirname, '../../node_modules/eld/src/ngrams/extrasmall.js');
  const { codes, flat, rows } = parseEldNgrams(readFileSync(path, 'utf8'));
  const { ngramsData } = (await import(path)) as {
    ngramsData: { languages: Record<number, string>; ngrams: Record<string, Record<number, number>> };
  };
  assert.deepEqual(codes, Object.values(ngramsData.languages));
  const keys = Object.keys(ngramsData.ngrams);
  assert.equal(rows.value.filter((v) => v !== 0).length, keys.length);
  const BASE = 53; // eld's base n-gram score, added back by the parser
  for (const k of keys) {
    const packed = gramRow(rows, k);
    assert.ok(packed >= 0, k);
    const from = Math.floor(packed / 256);
    const row = [...flat.subarray(from, from + (packed % 256))];
    const expected = Object.entries(ngramsData.ngrams[k] as Record<string, number>).flatMap(([l, v]) => [
      Number(l),
      v + BASE,
    ]);
    assert.deepEqual(row, expected, k);
  }
});

test('parseEldNgrams: escaped quotes, bare keys, and a changed format fails loudly', () => {
  const src = `export const ngramsData = {type:'T',languages:{0:'en',1:'fr'},ngrams:{'a\\'b':{0:1,1:2},L_V:{1:0},"x'y":{0:7}}};`;
  const { codes, flat, rows } = parseEldNgrams(src);
  assert.deepEqual(codes, ['en', 'fr']);
  assert.deepEqual(
    ["a'b", 'L_V', "x'y", 'a', 'ab', 'abcdefg', '\u0100'].map((k) => gramRow(rows, k)),
    [0 * 256 + 4, 4 * 256 + 2, 6 * 256 + 2, -1, -1, -1, -1],
  );
  assert.deepEqual([...flat], [0, 54, 1, 55, 1, 53, 0, 60]);
  for (const bad of [
    'ngrams:{a:{0:1}}',
    "languages:{0:'en'},ngrams:{'a':{x:1}}}",
    "languages:{0:'en'},ngrams:{'a':[1]}}",
  ])
    assert.throws(() => parseEldNgrams(bad), /eld n-gram file/, bad);
});

const ROWS: ReadonlyArray<{ input: string; expected: string }> = [
  { input: 'Le président a déclaré mardi que la réunion aurait lieu à Minsk.', expected: 'fr' },
  { input: 'The minister said on Tuesday that the talks would resume in Geneva.', expected: 'en' },
  { input: 'Министр заявил во вторник, что переговоры возобновятся в Женеве.', expected: 'ru' },
  { input: '部长周二表示，谈判将在日内瓦恢复。', expected: 'zh' },
  { input: 'قال الوزير يوم الثلاثاء إن المحادثات ستستأنف في جنيف.', expected: 'ar' },
  { input: 'Bakan salı günü görüşmelerin Cenevre’de yeniden başlayacağını söyledi.', expected: 'tr' },
  { input: '', expected: '' },
  { input: '12345 !!! ...', expected: '' },
];

test('detectLanguage: table rows give the expected language and equal eld', () => {
  for (const { input, expected } of ROWS) {
    const d = detectLanguage(input);
    assert.equal(d.language, expected, input);
    if (expected !== '')
      assert.deepEqual({ ...d, scores: d.scores.map((s) => [...s]) }, eldSays(input), input);
  }
});

test('detectLanguage equals eld on edge texts: words past 70 bytes, one-letter words, emoji, mixed scripts', () => {
  const edge = [
    'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz und Donaudampfschifffahrtsgesellschaftskapitän',
    'abcdefghij'.repeat(8) + ' und das ist es',
    'ж'.repeat(34) + ' ' + 'ж'.repeat(35) + ' ' + 'ж'.repeat(36) + ' слово',
    'a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(20),
    'Le 🎉 président 🇫🇷 a déclaré 😀 que la réunion aurait lieu à Minsk.',
    'Путин et Loukachenko ont parlé de la Biélorussie à Сочи',
    'abc abcd abcde ab a',
  ];
  for (const text of edge) {
    const d = detectLanguage(text);
    assert.deepEqual({ ...d, scores: d.scores.map((x) => [...x]) }, eldSays(text), text);
  }
});

test('detectLanguage equals eld on every sample article, whole and cut at odd places', () => {
  const dir = join(import.meta.dirname, '../../samples');
  const texts: [string, string][] = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, k) => [`articles.jsonl:${k + 1}`, (JSON.parse(l) as { text: string }).text]);
  for (const f of readdirSync(join(dir, 'text'))) texts.push([f, readFileSync(join(dir, 'text', f), 'utf8')]);
  assert.ok(texts.length > 30);
  for (const [f, text] of texts) {
    for (const cut of [text.length, 997, 401, 123, 40, 7]) {
      const s = text.slice(0, cut);
      const d = detectLanguage(s);
      assert.deepEqual({ ...d, scores: d.scores.map((x) => [...x]) }, eldSays(s), `${f} cut ${cut}`);
    }
  }
});

const SHARED = join(import.meta.dirname, '../../../shared/data/seeds');
test(
  'detectLanguage equals eld on the seed articles',
  { skip: !existsSync(SHARED) && 'needs ../shared/data (absent)' },
  () => {
    for (const f of readdirSync(SHARED)) {
      const text = readFileSync(join(SHARED, f), 'utf8');
      const d = detectLanguage(text);
      assert.deepEqual({ ...d, scores: d.scores.map((x) => [...x]) }, eldSays(text), f);
    }
  },
);
