import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, tokenKey } from '../../src/core/keys/index.ts';
import { evaluateKeys } from './evaluate.ts';
import { NAME_GROUPS, NEGATIVE_PAIRS } from './name-pairs.ts';

/** Figures the table must reach (the brief's acceptance bar). */
const MIN_RECALL = 0.9;
const MIN_PRECISION = 0.98;

const SAME_WORDS: readonly { input: readonly string[]; why: string }[] = [
  {
    input: ['Loukachenko', 'Lukashenko', 'Lukaschenko', 'Łukaszenka', 'Лукашенко', 'Lukaşenko'],
    why: 'contract',
  },
  { input: ['Poutine', 'Putin', 'Путин', 'Putinem', 'Путиным', 'Путину', 'Poetin'], why: 'contract + case' },
  {
    input: ['Zelensky', 'Zelenskyy', 'Selenskyj', 'Zełenski', 'Зеленский', 'Зеленський', 'Zelenski'],
    why: 'brief',
  },
  { input: ['Gorbatchev', 'Gorbachev', 'Gorbatschow', 'Gorbaczow', 'Горбачёв', 'Горбачев'], why: 'brief' },
  { input: ['Khrouchtchev', 'Chruschtschow', 'Chruszczow', 'Khrushchev', 'Хрущёв'], why: 'brief' },
  { input: ['Navalny', 'Navalnyi', 'Nawalny', 'Навальный', 'Навального'], why: 'brief + genitive' },
  { input: ['Medvedev', 'Medwedew', 'Miedwiediew', 'Медведев'], why: 'brief' },
  { input: ['Jirinovski', 'Schirinowski', 'Zhirinovsky', 'Żyrinowski', 'Жириновский'], why: 'French j = ж' },
  { input: ['Mezentsev', 'Mezentsew', 'Mesenzew', 'Мезенцев'], why: 'brief' },
  { input: ['Erdoğan', 'Erdogan', 'Эрдоган'], why: 'brief' },
  { input: ['Merkel', 'Меркель'], why: 'soft sign' },
  { input: ['Macron', 'Макрон'], why: 'brief' },
  { input: ['Shoigu', 'Choïgou', 'Schoigu', 'Szojgu', 'Шойгу'], why: 'brief' },
  { input: ['Łukaszenki', 'Łukaszence', 'Łukaszenka'], why: 'Polish case endings' },
  { input: ['Dmitri', 'Dmitry', 'Dmitrij', 'Dmitriy', 'Дмитрий'], why: '-ij/-iy/-i/-y' },
  { input: ['Yeltsin', 'Eltsine', 'Jelzin', 'Jelcyn', 'Ельцин'], why: 'ye/je/e, ts/z/c' },
  { input: ['Brezhnev', 'Brejnev', 'Breschnew', 'Breżniew', 'Брежнев'], why: 'zh/j/sch/ż' },
];

const DIFFERENT_WORDS: readonly { input: readonly [string, string]; why: string }[] = [
  { input: ['Lukashenko', 'Lukashevich'], why: 'different surname' },
  { input: ['Medvedev', 'Medvedchuk'], why: 'different surname' },
  { input: ['Yermak', 'Yermakov'], why: '-ov is not dropped' },
  { input: ['Peskov', 'Petkov'], why: 'one consonant apart' },
  { input: ['Khamenei', 'Khomeini'], why: 'vowels count' },
  { input: ['Ivanov', 'Ivanenko'], why: 'suffix' },
  { input: ['Erdem', 'Erdoğan'], why: 'short stem keeps -em' },
];

test('tokenKey: variants of one name meet', () => {
  for (const row of SAME_WORDS) {
    const keys = row.input.map(tokenKey);
    for (let i = 1; i < keys.length; i++) {
      assert.equal(keys[i], keys[0], `${row.input[i]} vs ${row.input[0]} (${row.why})`);
    }
  }
});

test('tokenKey: different names stay apart', () => {
  for (const row of DIFFERENT_WORDS) {
    assert.notEqual(tokenKey(row.input[0]), tokenKey(row.input[1]), `${row.input.join(' vs ')} (${row.why})`);
  }
});

test('tokenKey: edge rows', () => {
  const rows: { input: string; expected: string }[] = [
    { input: '', expected: '' },
    { input: '---', expected: '' },
    { input: "Putin'in", expected: tokenKey('Putin') },
    { input: "l'Ukraine", expected: tokenKey('Ukraine') },
    { input: 'PUTIN', expected: tokenKey('Putin') },
  ];
  for (const row of rows) assert.equal(tokenKey(row.input), row.expected, JSON.stringify(row.input));
});

test('nameKey: persons by surname and curated table', () => {
  const same: readonly (readonly string[])[] = [
    ['Vladimir Poutine', 'Wladimir Putin', 'Владимир Путин', 'Putin', 'Poutine', 'Putinem', 'بوتين', '普京'],
    ['Alexandre Loukachenko', 'Loukachenko', 'Аляксандр Лукашэнка', 'Łukaszenka', 'ألكسندر لوكاشينكو'],
    ['Xi Jinping', '习近平', 'Си Цзиньпин'],
    ['Donald Trump', 'Trump', 'Дональд Трамп', 'دونالد ترامب'],
  ];
  for (const group of same) {
    const keys = group.map((n) => nameKey(n, 'person'));
    for (let i = 1; i < keys.length; i++) assert.equal(keys[i], keys[0], `${group[i]} vs ${group[0]}`);
  }
  const different: readonly (readonly [string, string])[] = [
    ['Vladimir Putin', 'Vladimir Zelensky'],
    ['Donald Trump', 'Ivanka Trump'],
    ['Kim Jong-un', 'Kim Jong-il'],
    ['Jarosław Kaczyński', 'Lech Kaczyński'],
  ];
  for (const [a, b] of different) assert.notEqual(nameKey(a, 'person'), nameKey(b, 'person'), `${a} vs ${b}`);
});

test('nameKey: type prefixes and gazetteer keys', () => {
  assert.match(nameKey('Katsiaryna Shmatsina', 'person'), /^person:/);
  assert.match(nameKey('Zyxland Corp', 'organization'), /^org:/);
  assert.match(nameKey('Zyxville', 'place'), /^place:/);
  assert.match(nameKey('Zyx', 'other'), /^other:/);
  assert.equal(nameKey('Moscou', 'place'), nameKey('Москва', 'place'));
  assert.equal(nameKey('Biélorussie', 'place'), nameKey('Bélarus', 'place'));
  assert.equal(nameKey('Moscou', 'place', { gazetteer: false }), 'place:' + tokenKey('Moscou'));
});

test('the name table is large and varied enough', () => {
  const langs = new Set(NAME_GROUPS.flatMap((g) => g.names.map((n) => n.lang)));
  assert.ok(NAME_GROUPS.length >= 150, `${NAME_GROUPS.length} groups`);
  assert.ok(langs.size >= 8, `${langs.size} languages`);
  assert.ok(NEGATIVE_PAIRS.length >= 40, `${NEGATIVE_PAIRS.length} negative pairs`);
});

test(`key equality on the name table: recall >= ${MIN_RECALL}, precision >= ${MIN_PRECISION}`, () => {
  const e = evaluateKeys('all');
  assert.ok(e.overall.recall >= MIN_RECALL, `recall ${e.overall.recall.toFixed(3)}`);
  assert.ok(e.overall.precision >= MIN_PRECISION, `precision ${e.overall.precision.toFixed(3)}`);
});
