import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nextWordStartMatch } from '../../src/core/text/word-start.ts';
import { compiledQuotes } from '../../src/core/quotes/compile.ts';
import { QUOTE_LEXICONS } from '../../src/core/quotes/lang/index.ts';
import { OWN_PARSER_LANGS, ownPattern } from '../../src/core/dates/extract-own.ts';
import { DATE_LEXICONS } from '../../src/core/dates/lang/index.ts';
import { loadSharedArticles } from '../../src/services/datasets.ts';

const SHARED = fileURLToPath(new URL('../../../shared/data', import.meta.url));
const LOOK_BEHIND = '(?<![\\p{L}\\p{M}\\p{N}])';

/** The regexes matched without their left boundary: quote cues of spaced languages, the own date parsers. */
function looseRegexes(): { name: string; re: RegExp }[] {
  const out: { name: string; re: RegExp }[] = [];
  for (const lang of Object.keys(QUOTE_LEXICONS)) {
    const c = compiledQuotes(lang);
    if (c.lex.noWordBoundaries) continue;
    out.push({ name: `${lang} cue`, re: c.cue }, { name: `${lang} according`, re: c.according });
    out.push({ name: `${lang} according after`, re: c.accordingAfter });
  }
  for (const lang of OWN_PARSER_LANGS) out.push({ name: `${lang} dates`, re: ownPattern(lang)! });
  return out;
}

function matches(next: () => RegExpExecArray | null): string[] {
  const out: string[] = [];
  for (let m = next(); m; m = next()) out.push(`${m.index}:${m[0]}`);
  return out;
}

/** The loose regex stepped by nextWordStartMatch finds what the regex with the look-behind finds. */
function assertSameMatches(text: string): void {
  for (const { name, re } of looseRegexes()) {
    const bounded = new RegExp(LOOK_BEHIND + re.source, re.flags);
    re.lastIndex = 0;
    const got = matches(() => nextWordStartMatch(re, text));
    assert.deepEqual(
      got,
      matches(() => bounded.exec(text)),
      `${name}: ${JSON.stringify(text.slice(0, 80))}`,
    );
  }
}

test('nextWordStartMatch: the same matches as the look-behind, edge rows', () => {
  const rows = [
    'said he said, "said" unsaid saidx 1said',
    'a déclaré, selon lui, déclarét',
    'laut Angaben, ihm zufolge; Zufolge',
    'dijo él; según; segúnx',
    'powiedział 14 września 2020, x14 września',
    '14 Eylül 2020 Pazartesi, 2020-09-14 ve 14.09.2020; a14 Eylül',
    'الاثنين 14 سبتمبر و14 سبتمبر',
    'dün, bugün, yarın; wczoraj i jutro; أمس',
    '𝐀said 𝐀14 września \ud835said \udc00dün',
    '',
  ];
  for (const r of rows) assertSameMatches(r);
});

test('loose regexes: every table word starts with one code unit (the step after a rejected match)', () => {
  const words: [string, string][] = [];
  for (const [lang, lex] of Object.entries(QUOTE_LEXICONS))
    for (const w of [...lex.cues, ...lex.according, ...lex.accordingAfter]) words.push([lang, w]);
  for (const lang of OWN_PARSER_LANGS) {
    const lex = DATE_LEXICONS[lang];
    for (const w of [...lex.months.flat(), ...lex.weekdays.flat(), ...Object.keys(lex.relativeDays)])
      words.push([lang, w]);
  }
  assert.ok(words.length > 100);
  for (const [lang, w] of words) {
    const c = w.charCodeAt(0);
    assert.ok(w.length > 0 && !(c >= 0xd800 && c <= 0xdfff), `${lang}: ${JSON.stringify(w)}`);
  }
});

test(
  'nextWordStartMatch: the same matches as the look-behind over the development texts',
  { skip: !existsSync(SHARED) && 'needs ../shared/data (absent)' },
  async () => {
    const articles = await loadSharedArticles(SHARED);
    for (let k = 0; k < articles.length; k += 5) assertSameMatches(articles[k].text);
  },
);
