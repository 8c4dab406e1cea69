import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText, textStage } from '../../src/core/stages/text.ts';
import { cleanStage } from '../../src/core/stages/clean.ts';
import { languageStage } from '../../src/core/stages/language.ts';
import type { Article } from '../../src/core/types.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'seeds');

const BODY = [
  'M. Dupont a rencontré l’ambassadeur à Minsk lundi.',
  'Les présidents ont parlé de l’Union. « Rien n’est décidé », a dit Mme Martin.',
].join('\n');

test('text: sentences, paragraphs and token ranges', () => {
  const r = analyseText(BODY, 'Visite à Minsk', 'fr');
  assert.deepEqual(
    r.sentences.map((s) => [s.text, s.paragraph]),
    [
      ['M. Dupont a rencontré l’ambassadeur à Minsk lundi.', 0],
      ['Les présidents ont parlé de l’Union.', 1],
      ['« Rien n’est décidé », a dit Mme Martin.', 1],
    ],
  );
  let next = 0;
  r.sentences.forEach((s, i) => {
    assert.equal(s.firstToken, next);
    assert.ok(s.endToken > s.firstToken);
    for (let t = s.firstToken; t < s.endToken; t++) assert.equal(r.tokens[t].sentence, i);
    assert.equal(BODY.slice(s.start, s.end), s.text);
    next = s.endToken;
  });
  assert.equal(next, r.tokens.length);
  for (const t of r.tokens) assert.equal(BODY.slice(t.start, t.end), t.text);
});

test('text: token fields (norm, stem, stop, kind, upper)', () => {
  const r = analyseText(BODY, 'Visite à Minsk', 'fr');
  const by = (text: string) => r.tokens.find((t) => t.text === text);
  assert.deepEqual(
    { ...by('présidents'), start: 0, end: 0 },
    {
      start: 0,
      end: 0,
      text: 'présidents',
      norm: 'presidents',
      stem: 'president',
      stop: false,
      kind: 'word',
      upper: false,
      sentence: 1,
    },
  );
  assert.equal(by('Union')?.upper, true);
  assert.equal(by('Union')?.norm, 'union');
  assert.equal(by('l’')?.stop, true);
  assert.equal(by('les')?.stop ?? by('Les')?.stop, true);
  assert.equal(by('Minsk')?.stop, false);
  assert.equal(by('«')?.kind, 'punct');
  assert.equal(by('«')?.upper, false);
  assert.equal(r.words, r.tokens.filter((t) => t.kind !== 'punct').length);
});

test('text: title tokens have offsets into the title and sentence -1', () => {
  const r = analyseText(BODY, 'Visite à Minsk', 'fr');
  assert.deepEqual(
    r.titleTokens.map((t) => [t.text, t.start, t.sentence]),
    [
      ['Visite', 0, -1],
      ['à', 7, -1],
      ['Minsk', 9, -1],
    ],
  );
});

test('text: light stems for pl; caseless scripts are never upper', () => {
  const pl = analyseText('Łukaszenka przyjechał.', '', 'pl');
  assert.equal(pl.tokens[0].stem, 'lukaszenk');
  assert.equal(pl.tokens[0].upper, true);
  const zh = analyseText('卢卡申科访问莫斯科。', '', 'zh');
  assert.ok(zh.tokens.every((t) => !t.upper));
  assert.equal(zh.sentences.length, 1);
  const ru = analyseText('Лукашенко встретился с Путиным.', '', 'ru');
  assert.equal(ru.tokens[0].upper, true);
  assert.equal(ru.tokens[3].stem, 'путин');
  assert.equal(ru.tokens[2].stop, true);
});

test('text: edge rows', () => {
  assert.deepEqual(analyseText('', '', 'fr'), { sentences: [], tokens: [], titleTokens: [], words: 0 });
  assert.deepEqual(analyseText('\n\n', '', 'und').sentences, []);
  // No stemmer for an undetermined language: the stem is the folded word.
  const und = analyseText('Bonjour. Salut.', '', 'und');
  assert.equal(und.sentences.length, 2);
  assert.equal(und.tokens[0].stem, 'bonjour');
});

test(
  'text: the seeds through clean, language and text',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  () => {
    for (const f of ['000_7a61144dd750e5af.txt', '002_f95a6ceda9409001.txt']) {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const article: Article = { id: f, title: '', text, origin: f };
      const clean = cleanStage.run(article, {});
      const language = languageStage.run(article, { clean });
      const r = textStage.run(article, { clean, language });
      assert.ok(r.sentences.length >= 15, `${f}: ${r.sentences.length} sentences`);
      assert.ok(r.words > 300, `${f}: ${r.words} words`);
      // No sentence starts after an abbreviation-like single capital (e.g. "M.") or inside a name.
      assert.ok(r.tokens.some((t) => t.text === 'Loukachenko' && t.upper && !t.stop));
      for (const t of r.tokens) assert.equal(clean.body.slice(t.start, t.end), t.text);
    }
  },
);
