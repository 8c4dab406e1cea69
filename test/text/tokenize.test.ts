import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../src/core/text/tokenize.ts';

/** Surface forms, punctuation suffixed with "/p", numbers with "/n". */
function show(text: string, lang: string): string[] {
  return tokenize(text, lang).map((t) => {
    const s = text.slice(t.start, t.end);
    return t.kind === 'word' ? s : `${s}/${t.kind[0]}`;
  });
}

const ROWS: ReadonlyArray<{ lang: string; input: string; expected: string[] }> = [
  // French elisions, both apostrophes; the name keeps its own offsets
  { lang: 'fr', input: 'l’Ukraine', expected: ['l’', 'Ukraine'] },
  { lang: 'fr', input: "l'Union", expected: ["l'", 'Union'] },
  { lang: 'fr', input: 'd’Alexandre', expected: ['d’', 'Alexandre'] },
  { lang: 'fr', input: "qu'il s'est", expected: ["qu'", 'il', "s'", 'est'] },
  {
    lang: 'fr',
    input: 'jusqu’à lorsqu’il puisqu’on quelqu’un',
    expected: ['jusqu’', 'à', 'lorsqu’', 'il', 'puisqu’', 'on', 'quelqu’', 'un'],
  },
  {
    lang: 'fr',
    input: "n'a j'ai m'a c'est t'es",
    expected: ["n'", 'a', "j'", 'ai', "m'", 'a', "c'", 'est', "t'", 'es'],
  },
  { lang: 'fr', input: "aujourd'hui", expected: ["aujourd'hui"] },
  // Italian elisions
  {
    lang: 'it',
    input: "dell'Europa all’ONU dall'Italia nell'UE sull'accordo un'altra l'Italia",
    expected: [
      "dell'",
      'Europa',
      'all’',
      'ONU',
      "dall'",
      'Italia',
      "nell'",
      'UE',
      "sull'",
      'accordo',
      "un'",
      'altra',
      "l'",
      'Italia',
    ],
  },
  // No elision splitting in other languages
  { lang: 'en', input: "O'Brien", expected: ["O'Brien"] },
  // English clitics
  { lang: 'en', input: "Putin's plan", expected: ['Putin', "'s", 'plan'] },
  { lang: 'en', input: "don't", expected: ["don't"] },
  // Turkish apostrophe suffixes stay in the token
  { lang: 'tr', input: "Rusya'nın Türkiye’de Ankara'ya", expected: ["Rusya'nın", 'Türkiye’de', "Ankara'ya"] },
  // Hyphenated words are one token
  {
    lang: 'fr',
    input: 'Royaume-Uni Jean-Marie Saint-Pétersbourg',
    expected: ['Royaume-Uni', 'Jean-Marie', 'Saint-Pétersbourg'],
  },
  { lang: 'ru', input: 'Йошкар-Ола', expected: ['Йошкар-Ола'] },
  { lang: 'en', input: 'COVID-19 - test', expected: ['COVID-19', '-/p', 'test'] },
  // Numbers with separators; numbers glued to letters are words
  { lang: 'en', input: '1,000.25 and 3.5', expected: ['1,000.25/n', 'and', '3.5/n'] },
  { lang: 'fr', input: '1\u00a0000,5 euros', expected: ['1\u00a0000,5/n', 'euros'] },
  { lang: 'fr', input: '66e anniversaire du XIXe', expected: ['66e', 'anniversaire', 'du', 'XIXe'] },
  { lang: 'fr', input: 'en 2020.', expected: ['en', '2020/n', './p'] },
  // Punctuation and guillemets are visible
  { lang: 'fr', input: '« réserve »', expected: ['«/p', 'réserve', '»/p'] },
  { lang: 'en', input: '"Yes," he said.', expected: ['"/p', 'Yes', ',/p', '"/p', 'he', 'said', './p'] },
  // Chinese words via Intl.Segmenter; Latin next to Han splits
  { lang: 'zh', input: '北京是中国的首都。', expected: ['北京', '是', '中国', '的', '首都', '。/p'] },
  { lang: 'zh', input: 'Xi说', expected: ['Xi', '说'] },
  // Arabic with tashkeel stays one word
  { lang: 'ar', input: 'قالَ الرئيسُ، «لا»', expected: ['قالَ', 'الرئيسُ', '،/p', '«/p', 'لا', '»/p'] },
  // Cyrillic
  {
    lang: 'ru',
    input: 'Лукашенко встретился с Путиным.',
    expected: ['Лукашенко', 'встретился', 'с', 'Путиным', './p'],
  },
  // Edge rows
  { lang: 'en', input: '', expected: [] },
  { lang: 'en', input: '   \n\t ', expected: [] },
  { lang: 'en', input: 'a', expected: ['a'] },
  { lang: 'en', input: '🇧🇾!', expected: ['🇧/p', '🇾/p', '!/p'] },
];

test('tokenize: table', () => {
  for (const { lang, input, expected } of ROWS)
    assert.deepEqual(show(input, lang), expected, `${lang}: ${input}`);
});

/** Whitespace other than the no-break spaces numbers may contain ("1 000"). */
const SPACE_NOT_NBSP = new RegExp('[\\s--[\\u00a0\\u202f]]', 'v');

test('tokenize: tokens are ordered, non-overlapping, non-empty, and never contain whitespace', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom('fr', 'en', 'it', 'zh', 'tr'), (s, lang) => {
      let prev = 0;
      for (const t of tokenize(s, lang)) {
        assert.ok(t.start >= prev && t.end > t.start && t.end <= s.length);
        assert.ok(!SPACE_NOT_NBSP.test(s.slice(t.start, t.end)));
        prev = t.end;
      }
    }),
  );
});
