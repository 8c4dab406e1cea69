import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstWord, isSpaceCode, lastTwoWords, wordBeforeTrailingSpace } from '../../src/core/dates/scan.ts';
import { startsWordAt } from '../../src/core/text/word-start.ts';
import { DATE_LEXICONS } from '../../src/core/dates/lang/index.ts';
import { OWN_PARSER_LANGS } from '../../src/core/dates/extract-own.ts';
import { loadSharedArticles } from '../../src/services/datasets.ts';

const SHARED = fileURLToPath(new URL('../../../shared/data', import.meta.url));

// The regexes the scans replace, as they were written.
const PREV_WORD = /([\p{L}\p{M}'’]+)[\s\u00a0]+$/u;
const LAST_WORDS = /(?:\S+\s+){0,1}\S*\s*$/u;
const FIRST_WORD = /^\s*\S+/u;
const WORD_BEFORE = /(?<![\p{L}\p{M}\p{N}])$/u;

/** Every scan against its regex on one text, at every position (slices as the extractors take them). */
function assertSameAsRegexes(text: string): void {
  for (let i = 0; i <= text.length; i++) {
    for (const from of [0, Math.max(0, i - 30), Math.max(0, i - 1)]) {
      const want = PREV_WORD.exec(text.slice(from, i))?.[1] ?? '';
      assert.equal(
        wordBeforeTrailingSpace(text, from, i),
        want,
        `word before ${i} from ${from} in ${JSON.stringify(text)}`,
      );
    }
    const before = text.slice(Math.max(0, i - 22), i);
    assert.equal(lastTwoWords(before), LAST_WORDS.exec(before)?.[0] ?? '', JSON.stringify(before));
    const after = text.slice(i, i + 14);
    assert.equal(firstWord(after), FIRST_WORD.exec(after)?.[0] ?? '', JSON.stringify(after));
    assert.equal(
      startsWordAt(text, i),
      WORD_BEFORE.test(text.slice(0, i)),
      `word start ${i} in ${JSON.stringify(text)}`,
    );
  }
}

test('isSpaceCode is the \\s of regexes, for every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++)
    assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
});

test('the date scans give what their regexes gave: edge rows', () => {
  const rows = [
    '',
    ' ',
    'en  ',
    'en 2020',
    'in May 2020',
    "l'été  dernier",
    'w\u00a0maju',
    'Eylül’de 2020',
    'mardi dernier 8 septembre',
    '  leading and trailing  ',
    'one',
    'a b c d e',
    'tab\there\nnew line\r\n',
    'x\u2003em space\u3000ideographic',
    'digits 12 34 ',
    'combining e\u0301 mark ',
    'astral 𝐀𝐁 letters 𝐀 ',
    'lone \ud835 high and \udc00 low ',
    '\udc00start',
    'end\ud835',
    'Рим Москве ',
    'الخميس الماضي ',
    "it's O'Neil's ",
  ];
  for (const r of rows) assertSameAsRegexes(r);
});

test('the own parser patterns start every alternative with one code unit (a digit or a table word)', () => {
  for (const lang of OWN_PARSER_LANGS) {
    const lex = DATE_LEXICONS[lang];
    const words = [...lex.months.flat(), ...lex.weekdays.flat(), ...Object.keys(lex.relativeDays)];
    for (const w of words) {
      const c = w.charCodeAt(0);
      assert.ok(!(c >= 0xd800 && c <= 0xdfff), `${lang}: ${w}`);
    }
  }
});

test(
  'the date scans give what their regexes gave: the development texts',
  { skip: !existsSync(SHARED) && 'needs ../shared/data (absent)' },
  async () => {
    const articles = await loadSharedArticles(SHARED);
    // Every 7th text keeps the test short; all scripts and languages of the data are among them.
    for (let k = 0; k < articles.length; k += 7) assertSameAsRegexes(articles[k].text.slice(0, 600));
  },
);
