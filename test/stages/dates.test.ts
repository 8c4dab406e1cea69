import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDates, datesStage } from '../../src/core/stages/dates.ts';
import { compiledDates } from '../../src/core/dates/compile.ts';
import type { Article, DatesAnnotation, Embed } from '../../src/core/types.ts';

const REF = '2020-09-09T10:00:00Z'; // a Wednesday

/** `published: null` builds an article without a publication date. */
function article(body: string, published: string | null = REF, title = ''): Article {
  return published === null
    ? { id: 't', title, text: body, origin: 'test' }
    : { id: 't', title, text: body, origin: 'test', published, publishedFrom: 'metadata' };
}

function run(
  lang: string,
  body: string,
  published: string | null = REF,
  embeds: Embed[] = [],
): DatesAnnotation {
  return analyzeDates(article(body, published), body, embeds, [], compiledDates(lang));
}

/** [text, date, grain, certain] of each mention. */
function brief(a: DatesAnnotation): [string, string, string, boolean][] {
  return a.dates.map((d) => [d.text, d.date, d.grain, d.certain]);
}

const ROWS: { lang: string; input: string; expected: [string, string, string, boolean][] }[] = [
  // absolute dates, every language
  {
    lang: 'fr',
    input: 'Le sommet aura lieu le 3 mars 2021 à Paris.',
    expected: [['3 mars 2021', '2021-03-03', 'day', true]],
  },
  {
    lang: 'en',
    input: 'The vote was held on September 9, 2019.',
    expected: [['September 9, 2019', '2019-09-09', 'day', true]],
  },
  {
    lang: 'de',
    input: 'Am 14. September 2020 sagte der Sprecher nichts.',
    expected: [['Am 14. September 2020', '2020-09-14', 'day', true]],
  },
  {
    lang: 'es',
    input: 'La reunión fue el 2 de agosto de 2020.',
    expected: [['2 de agosto de 2020', '2020-08-02', 'day', true]],
  },
  {
    lang: 'it',
    input: 'Il voto è previsto per il 20 settembre 2020.',
    expected: [['il 20 settembre 2020', '2020-09-20', 'day', true]],
  },
  {
    lang: 'pt',
    input: 'A eleição foi em 15 de novembro de 2020.',
    expected: [['15 de novembro de 2020', '2020-11-15', 'day', true]],
  },
  {
    lang: 'nl',
    input: 'De verkiezingen zijn op 17 maart 2021.',
    expected: [['17 maart 2021', '2021-03-17', 'day', true]],
  },
  {
    lang: 'ru',
    input: 'Встреча прошла 14 сентября 2020 года в Сочи.',
    expected: [['14 сентября 2020 года', '2020-09-14', 'day', true]],
  },
  {
    lang: 'uk',
    input: 'Зустріч відбулася 14 вересня 2020 року.',
    expected: [['14 вересня 2020 року', '2020-09-14', 'day', true]],
  },
  {
    lang: 'pl',
    input: 'Spotkanie odbyło się 14 września 2020 r. w Soczi.',
    expected: [['14 września 2020', '2020-09-14', 'day', true]],
  },
  {
    lang: 'tr',
    input: 'Görüşme 14 Eylül 2020 Pazartesi günü yapıldı.',
    expected: [['14 Eylül 2020 Pazartesi', '2020-09-14', 'day', true]],
  },
  {
    lang: 'ar',
    input: 'عقد الاجتماع في 14 سبتمبر 2020 في سوتشي.',
    expected: [['14 سبتمبر 2020', '2020-09-14', 'day', true]],
  },
  {
    lang: 'ar',
    input: 'وصل الوفد يوم ١٤ أيلول/سبتمبر ٢٠٢٠.',
    expected: [['١٤ أيلول/سبتمبر ٢٠٢٠', '2020-09-14', 'day', true]],
  },
  {
    lang: 'zh',
    input: '会议于2020年9月14日举行。',
    expected: [['2020年9月14日', '2020-09-14', 'day', true]],
  },
  // weekday + day + month without year: the year whose calendar matches
  {
    lang: 'fr',
    input: 'Une visite est prévue lundi 14 septembre.',
    expected: [['lundi 14 septembre', '2020-09-14', 'day', true]],
  },
  {
    lang: 'fr',
    input: 'Une visite eut lieu lundi 16 septembre.',
    expected: [['lundi 16 septembre', '2019-09-16', 'day', true]],
  },
  {
    lang: 'pl',
    input: 'Wizyta odbędzie się w poniedziałek 14 września.',
    expected: [['poniedziałek 14 września', '2020-09-14', 'day', true]],
  },
  // day + month without year: nearest, uncertain
  {
    lang: 'fr',
    input: 'Depuis le scrutin du 9 août, la rue gronde.',
    expected: [['9 août', '2020-08-09', 'day', false]],
  },
  {
    lang: 'en',
    input: 'Talks resumed on January 5 in Geneva.',
    expected: [['January 5', '2021-01-05', 'day', false]],
  },
  {
    lang: 'tr',
    input: 'Seçim 9 Ağustos tarihinde yapıldı.',
    expected: [['9 Ağustos', '2020-08-09', 'day', false]],
  },
  {
    lang: 'fr',
    input: 'Il est arrivé le 12 mai dernier.',
    expected: [['12 mai', '2020-05-12', 'day', false]],
  },
  // relative days against a day-grain reference
  {
    lang: 'fr',
    input: 'Le ministre est arrivé hier à Minsk.',
    expected: [['hier', '2020-09-08', 'day', true]],
  },
  {
    lang: 'en',
    input: 'He spoke yesterday and again last Tuesday.',
    expected: [
      ['yesterday', '2020-09-08', 'day', true],
      ['last Tuesday', '2020-09-08', 'day', true],
    ],
  },
  {
    lang: 'fr',
    input: 'Il a offert jeudi un atlas, puis mardi dernier un livre.',
    expected: [
      ['jeudi', '2020-09-03', 'day', true],
      ['mardi dernier', '2020-09-08', 'day', true],
    ],
  },
  {
    lang: 'de',
    input: 'Er kommt am nächsten Freitag.',
    expected: [['am nächsten Freitag', '2020-09-11', 'day', true]],
  },
  { lang: 'ru', input: 'Вчера министр прибыл в Минск.', expected: [['Вчера', '2020-09-08', 'day', true]] },
  {
    lang: 'pl',
    input: 'Wczoraj minister przyjechał, a w zeszły wtorek wyjechał.',
    expected: [
      ['Wczoraj', '2020-09-08', 'day', true],
      ['wtorek', '2020-09-08', 'day', true],
    ],
  },
  { lang: 'tr', input: 'Bakan dün Minsk’e geldi.', expected: [['dün', '2020-09-08', 'day', true]] },
  { lang: 'ar', input: 'وصل الوزير أمس إلى مينسك.', expected: [['أمس', '2020-09-08', 'day', true]] },
  { lang: 'zh', input: '部长昨天抵达明斯克。', expected: [['昨天', '2020-09-08', 'day', true]] },
  // a weekday after a preposition of purpose or deadline is the next one; a bare weekday the past one
  {
    lang: 'pl',
    input: 'Związek zapowiedział na sobotę protest, który odbył się już w sobotę.',
    expected: [
      ['sobotę', '2020-09-12', 'day', true],
      ['sobotę', '2020-09-05', 'day', true],
    ],
  },
  {
    lang: 'pl',
    input: 'W nocy na sobotę i z piątku na sobotę padało.',
    expected: [
      ['sobotę', '2020-09-05', 'day', true],
      ['piątku', '2020-09-04', 'day', true],
      ['sobotę', '2020-09-05', 'day', true],
    ],
  },
  {
    lang: 'pl',
    input: 'Protest odbędzie się w przyszłą sobotę.',
    expected: [['sobotę', '2020-09-12', 'day', true]],
  },
  {
    lang: 'de',
    input: 'Die Gewerkschaft ruft für Samstag zum Streik auf, am kommenden Samstag wird gestreikt.',
    expected: [
      ['Samstag', '2020-09-12', 'day', true],
      ['Samstag', '2020-09-12', 'day', true],
    ],
  },
  {
    lang: 'fr',
    input: 'La grève est prévue pour samedi, et la suivante samedi prochain.',
    expected: [
      ['samedi', '2020-09-12', 'day', true],
      ['samedi prochain', '2020-09-12', 'day', true],
    ],
  },
  {
    lang: 'en',
    input: 'The union called a strike for Saturday after the march on Saturday.',
    expected: [
      ['Saturday', '2020-09-12', 'day', true],
      ['on Saturday', '2020-09-05', 'day', true],
    ],
  },
  {
    lang: 'es',
    input: 'La huelga está convocada para el sábado.',
    expected: [['sábado', '2020-09-12', 'day', true]],
  },
  {
    lang: 'ru',
    input: 'Забастовка назначена на субботу, а в ночь на субботу шёл дождь.',
    expected: [
      ['субботу', '2020-09-12', 'day', true],
      ['субботу', '2020-09-05', 'day', true],
    ],
  },
  // a weekday compounded with a part of the day (nl, de)
  {
    lang: 'nl',
    input: 'De minister sprak woensdagavond met de pers en vertrekt tegen zaterdagochtend.',
    expected: [
      ['woensdagavond', '2020-09-09', 'day', true],
      ['zaterdagochtend', '2020-09-12', 'day', true],
    ],
  },
  {
    lang: 'de',
    input: 'Am Dienstagabend wurde gestreikt.',
    expected: [['Dienstagabend', '2020-09-08', 'day', true]],
  },
  // years and months alone
  {
    lang: 'fr',
    input: "Il l'accusait à l'approche de la présidentielle de 2020.",
    expected: [['2020', '2020', 'year', true]],
  },
  {
    lang: 'en',
    input: 'The law passed in 2018, and was amended in May 2019.',
    expected: [
      ['2018', '2018', 'year', true],
      ['May 2019', '2019-05', 'month', true],
    ],
  },
  {
    lang: 'fr',
    input: 'Les élections auront lieu en septembre.',
    expected: [['septembre', '2020-09', 'month', false]],
  },
  { lang: 'ru', input: 'Закон принят в 2018 году.', expected: [['2018', '2018', 'year', true]] },
  {
    lang: 'pl',
    input: 'Ustawę przyjęto w maju 2019 roku.',
    expected: [['maju 2019', '2019-05', 'month', true]],
  },
  // not dates: durations, counts, ordinals, ages, centuries, times, partial numbers
  { lang: 'fr', input: 'En un mois, tout a changé. Depuis un mois le président fait face.', expected: [] },
  {
    lang: 'fr',
    input: 'Ces dernières années, et depuis plusieurs mois, pendant la première semaine.',
    expected: [],
  },
  { lang: 'fr', input: 'Il a fêté son 66e anniversaire avec un atlas du XIXe siècle.', expected: [] },
  { lang: 'fr', input: 'Ils étaient plus de 2000 manifestants, selon 12020 sources, à 20h30.', expected: [] },
  { lang: 'fr', input: 'Il reviendra dans sept ans.', expected: [] },
  { lang: 'en', input: 'They may win 3-1, offering 24/7 service at 5pm for 2 years.', expected: [] },
  { lang: 'en', input: 'Some 2020 people marched.', expected: [] },
];

for (const row of ROWS) {
  test(`dates ${row.lang}: ${row.input}`, () => {
    assert.deepEqual(brief(run(row.lang, row.input)), row.expected);
  });
}

test('offsets point at the text as written and sentences are found by offset', () => {
  const body = 'Premier paragraphe.\nLe vote a eu lieu le 9 août 2020. Puis hier encore.';
  const sentences = [
    { start: 0, end: 19, text: '', firstToken: 0, endToken: 0, paragraph: 0 },
    { start: 20, end: 52, text: '', firstToken: 0, endToken: 0, paragraph: 1 },
    { start: 53, end: 71, text: '', firstToken: 0, endToken: 0, paragraph: 1 },
  ];
  const a = analyzeDates(article(body), body, [], sentences, compiledDates('fr'));
  for (const d of a.dates) assert.equal(body.slice(d.start, d.end), d.text);
  assert.deepEqual(
    a.dates.map((d) => [d.date, d.sentence]),
    [
      ['2020-08-09', 1],
      ['2020-09-08', 2],
    ],
  );
});

test('the title is scanned too, with sentence -1 and offsets into the title', () => {
  const a = analyzeDates(
    article('Rien.', REF, 'Sommet le 14 septembre 2020'),
    'Rien.',
    [],
    [],
    compiledDates('fr'),
  );
  assert.deepEqual(
    a.dates.map((d) => [d.text, d.sentence, d.start]),
    [['14 septembre 2020', -1, 10]],
  );
});

test('reference: month-grain publication makes relative days month-grain and uncertain', () => {
  const a = run('fr', 'La visite ce jeudi, puis le 9 août.', '2020-09');
  assert.equal(a.reference, '2020-09');
  assert.deepEqual(brief(a), [
    ['ce jeudi', '2020-09', 'month', false],
    ['9 août', '2020-08-09', 'day', false],
  ]);
});

test('reference: metadata line, dateline, embed, none', () => {
  const meta = analyzeDates(
    { id: 'm', title: '', text: 'x', origin: 't', metaLines: [' date 2020-09 Agency/Photographer'] },
    'Hier.',
    [],
    [],
    compiledDates('fr'),
  );
  assert.deepEqual([meta.reference, meta.referenceFrom], ['2020-09', 'metadata']);
  const dl = run('fr', 'PARIS, 10 septembre 2020 (AFP) - Hier, le ministre est parti.', null);
  assert.deepEqual([dl.reference, dl.referenceFrom], ['2020-09-10', 'dateline']);
  assert.deepEqual(dl.dates[1].date, '2020-09-09');
  const emb = run('fr', 'Le ministre est parti jeudi.', null, [
    { kind: 'tweet', text: 'Un message — Someone (@someone) September 9, 2020' },
    { kind: 'tweet', text: 'Un autre — Someone (@someone) September 2, 2020' },
  ]);
  assert.deepEqual([emb.reference, emb.referenceFrom], ['2020-09-09', 'embed-inferred']);
  assert.deepEqual(brief(emb), [['jeudi', '2020-09-03', 'day', false]]);
  const none = run('fr', 'Le ministre est parti jeudi, le 9 août, en 2019.', null);
  assert.equal(none.reference, undefined);
  assert.deepEqual(brief(none), [['2019', '2019', 'year', true]]);
});

test('the stage reads clean, language and text annotations and is deterministic', () => {
  const art = article('Ignoré.');
  const soFar = {
    clean: { body: 'Le 9 août 2020 et hier.', embeds: [] },
    language: { lang: 'fr', supported: true, confidence: 1, from: 'declared' as const },
  };
  const a = datesStage.run(art, soFar);
  assert.deepEqual(brief(a), [
    ['9 août 2020', '2020-08-09', 'day', true],
    ['hier', '2020-09-08', 'day', true],
  ]);
  assert.deepEqual(datesStage.run(art, soFar), a);
});

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'seeds');

/** A seed as a bare article: the tweet signature line ("— Name (@handle) date") set apart as an embed. */
function seed(name: string): { art: Article; body: string; embeds: Embed[] } {
  const lines = readFileSync(join(SEEDS, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const metaLines = lines[0].startsWith(' date') ? [lines.shift() as string] : [];
  const title = lines.shift() as string;
  const embeds: Embed[] = lines.filter((l) => l.startsWith('—')).map((text) => ({ kind: 'tweet', text }));
  const body = lines.filter((l) => !l.startsWith('—')).join('\n');
  return { art: { id: name, title, text: body, origin: name, metaLines }, body, embeds };
}

test(
  'seeds: 2020-09-14 by weekday, 2020-08-09, no duration',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  () => {
    const s0 = seed('000_7a61144dd750e5af.txt');
    const a = analyzeDates(s0.art, s0.body, s0.embeds, [], compiledDates('fr'));
    assert.equal(a.referenceFrom, 'embed-inferred');
    const found = a.dates.map((d) => [d.date, d.grain, d.certain]);
    assert.deepEqual(found.slice(0, 2), [
      ['2020-09-14', 'day', true],
      ['2020-08-09', 'day', false],
    ]);
    assert.ok(!a.dates.some((d) => /mois|semaine|année|siècle|anniversaire/i.test(d.text)));
    const s2 = seed('002_f95a6ceda9409001.txt');
    const b = analyzeDates(s2.art, s2.body, s2.embeds, [], compiledDates('fr'));
    assert.equal(b.reference, '2020-09');
    assert.ok(b.dates.some((d) => d.date === '2020-08-09'));
    const relative = b.dates.filter((d) => /jeudi|mercredi/.test(d.text));
    assert.equal(relative.length, 2);
    for (const d of relative) assert.deepEqual([d.date, d.certain], ['2020-09', false]);
  },
);
