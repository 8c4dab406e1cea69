import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasStemmer, stem } from '../../src/core/text/stem.ts';
import { stopwords } from '../../src/core/text/stopwords.ts';

/** Inflected forms that must share a stem, per language (Snowball, or the light pl/uk stripper). */
const SAME: ReadonlyArray<{ lang: string; forms: string[] }> = [
  { lang: 'en', forms: ['protests', 'protest', 'protesting'] },
  { lang: 'fr', forms: ['présidents', 'président', 'Président'] },
  { lang: 'fr', forms: ['Biélorussie', 'Bielorussie'] },
  { lang: 'de', forms: ['Regierungen', 'Regierung'] },
  { lang: 'es', forms: ['presidentes', 'presidente'] },
  { lang: 'it', forms: ['governi', 'governo'] },
  { lang: 'pt', forms: ['governos', 'governo'] },
  { lang: 'nl', forms: ['regeringen', 'regering'] },
  { lang: 'ru', forms: ['Лукашенко', 'Лукашенку'] },
  { lang: 'ru', forms: ['Путин', 'Путина', 'Путиным'] },
  { lang: 'tr', forms: ['hükümet', 'hükümetin'] },
  { lang: 'pl', forms: ['Łukaszenka', 'Łukaszenki', 'Łukaszenką', 'Łukaszenkę'] },
  { lang: 'pl', forms: ['protestów', 'protesty', 'protestami'] },
  { lang: 'uk', forms: ['Лукашенко', 'Лукашенка', 'Лукашенком', 'Лукашенкові'] },
  { lang: 'uk', forms: ['протести', 'протестів', 'протестами'] },
];

test('stem: inflections share a stem', () => {
  for (const { lang, forms } of SAME) {
    const stems = new Set(forms.map((f) => stem(f, lang)));
    assert.equal(stems.size, 1, `${lang}: ${forms.join(', ')} -> ${[...stems].join(', ')}`);
  }
});

test('stem: short words are left whole by the light stemmers; no stemmer gives the folded word', () => {
  const rows: ReadonlyArray<{ lang: string; input: string; expected: string }> = [
    { lang: 'pl', input: 'ta', expected: 'ta' },
    { lang: 'uk', input: 'він', expected: 'він' },
    { lang: 'zh', input: '北京', expected: '北京' },
    { lang: 'und', input: 'Bélarus', expected: 'belarus' },
    { lang: 'fr', input: '', expected: '' },
  ];
  for (const { lang, input, expected } of rows)
    assert.equal(stem(input, lang), expected, `${lang}: ${input}`);
});

test('stem: which languages have a stemmer', () => {
  for (const l of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'tr', 'ar', 'pl', 'uk'])
    assert.ok(hasStemmer(l), l);
  for (const l of ['zh', 'und']) assert.ok(!hasStemmer(l), l);
});

test('stopwords: folded sets per language, empty for unknown languages', () => {
  const rows: ReadonlyArray<{ lang: string; word: string; stop: boolean }> = [
    { lang: 'fr', word: 'le', stop: true },
    { lang: 'fr', word: 'ete', stop: true },
    { lang: 'fr', word: 'minsk', stop: false },
    { lang: 'en', word: 'the', stop: true },
    { lang: 'de', word: 'und', stop: true },
    { lang: 'ru', word: 'и', stop: true },
    { lang: 'uk', word: 'але', stop: true },
    { lang: 'tr', word: 've', stop: true },
    { lang: 'ar', word: 'في', stop: true },
    { lang: 'zh', word: '的', stop: true },
    { lang: 'und', word: 'the', stop: false },
  ];
  for (const { lang, word, stop } of rows) assert.equal(stopwords(lang).has(word), stop, `${lang}: ${word}`);
});
