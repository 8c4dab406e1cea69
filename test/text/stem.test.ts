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

test('stem: the WebAssembly Snowball stemmer gives the same stems as snowball-stemmers on the sample corpus', async () => {
  // The swap to multilingual-stemmer was made for speed only: every word of our own sample corpus, in each
  // language both packages cover, must stem identically (folded, as `stem` returns it).
  const { createRequire } = await import('node:module');
  const { readFileSync } = await import('node:fs');
  const { fold } = await import('../../src/core/text/fold.ts');
  const require = createRequire(import.meta.url);
  const reference = require('snowball-stemmers') as { newStemmer(n: string): { stem(w: string): string } };
  const names: Record<string, string> = {
    en: 'english',
    fr: 'french',
    de: 'german',
    es: 'spanish',
    it: 'italian',
    pt: 'portuguese',
    nl: 'dutch',
    ru: 'russian',
    tr: 'turkish',
    ar: 'arabic',
  };
  const rows = readFileSync(new URL('../../samples/articles.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { lang: string; title: string; text: string });
  let compared = 0;
  for (const [lang, name] of Object.entries(names)) {
    const ref = reference.newStemmer(name);
    const words = new Set(
      rows
        .filter((r) => r.lang === lang)
        .flatMap((r) => `${r.title} ${r.text}`.toLowerCase().match(/\p{L}+/gu) ?? []),
    );
    for (const w of words) {
      assert.equal(stem(w, lang), fold(ref.stem(w)), `${lang} "${w}"`);
      compared++;
    }
  }
  assert.ok(compared > 2000, `compared ${compared} words`);
});
