import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildEvidence,
  comparedSide,
  datesEvidence,
  rankSentences,
  type ComparedSide,
} from '../../src/core/similarity/evidence.ts';
import { createIdf } from '../../src/core/similarity/idf.ts';
import { observeProfile } from '../../src/core/similarity/features.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';
import type { Article, DateMention } from '../../src/core/types.ts';

function side(article: Omit<Article, 'origin'> & { origin?: string }): ComparedSide {
  const r = analyzeArticle({ origin: `${article.id}.txt`, ...article });
  assert.ok(r.ok, 'analysed');
  return comparedSide(r.analysis);
}

function evidenceOf(a: ComparedSide, b: ComparedSide) {
  const idf = createIdf();
  observeProfile(idf, a.profile);
  observeProfile(idf, b.profile);
  return buildEvidence(a, b, idf);
}

// A fictional summit told in English and in German: two facts in common, one fact each side alone reports.
const VIENNA_EN = {
  id: 'vienna-en',
  title: 'Leaders meet in Vienna over gas prices',
  text: [
    'The prime ministers of Austria and Hungary met in Vienna on 12 May 2021 to discuss gas prices.',
    'Chancellor Anna Weber said the two countries would buy 40 million cubic metres of gas together.',
    'Protesters gathered outside the Hofburg palace on 11 May 2021.',
  ].join('\n'),
};
const VIENNA_DE = {
  id: 'vienna-de',
  title: 'Gipfel in Wien zu Gaspreisen',
  text: [
    'Die Regierungschefs von Österreich und Ungarn trafen sich am 12. Mai 2021 in Wien, um über Gaspreise zu sprechen.',
    'Kanzlerin Anna Weber sagte, beide Länder würden gemeinsam 40 Millionen Kubikmeter Gas kaufen.',
    'Die Opposition kritisierte das Treffen am 14. Mai 2021 scharf.',
  ].join('\n'),
};
const CONCERT = {
  id: 'concert',
  title: 'Orchestra unveils new season of chamber music',
  text: [
    'The city orchestra presented a programme of chamber concerts for the autumn.',
    'Conductor Lena Ostrova chose works by three young composers.',
    'Tickets go on sale in the foyer next week.',
  ].join('\n'),
};

test('evidence (en-de): shared places with each side’s spelling and country, shared person, dates, aligned facts', () => {
  const e = evidenceOf(side(VIENNA_EN), side(VIENNA_DE));
  assert.deepEqual(e.sharedPlaces.map((p) => [p.a.surface, p.b.surface, p.country]).sort(), [
    ['Austria', 'Österreich', 'AT'],
    ['Hungary', 'Ungarn', 'HU'],
    ['Vienna', 'Wien', 'AT'],
  ]);
  assert.deepEqual(
    e.sharedEntities.map((x) => [x.type, x.a.surface, x.b.surface, x.a.mentions, x.b.mentions]),
    [['person', 'Anna Weber', 'Anna Weber', 1, 1]],
  );
  assert.deepEqual(
    e.dates.both.map((d) => d.date),
    ['2021-05-12'],
  );
  assert.deepEqual(
    e.dates.onlyA.map((d) => d.date),
    ['2021-05-11'],
    'the eve is its own date, not paired with the summit day',
  );
  assert.deepEqual(
    e.dates.onlyB.map((d) => d.date),
    ['2021-05-14'],
  );
  assert.equal(e.dates.agreement, 0.5);
  assert.deepEqual(
    e.alignedSentences.map((p) => [p.a.index, p.b.index]),
    [
      [0, 0],
      [1, 1],
    ],
  );
  assert.ok(e.alignedSentences[0].matched.keys.includes('Vienna'), 'keys shown by their surface in A');
  assert.deepEqual(e.alignedSentences[1].matched.numbers, ['40']);
  assert.match(e.onlyInA.map((s) => s.text).join(' '), /Hofburg/);
  assert.match(e.onlyInB.map((s) => s.text).join(' '), /Opposition/);
  assert.equal(e.style.a.sentences, 3);
  assert.equal(e.tone.a.statements, 0);
});

test('evidence: unrelated articles share nothing, and every sentence is only on its side', () => {
  const a = side(VIENNA_EN);
  const b = side(CONCERT);
  const e = evidenceOf(a, b);
  assert.deepEqual(e.sharedEntities, []);
  assert.deepEqual(e.sharedPlaces, []);
  assert.deepEqual(e.alignedSentences, []);
  assert.equal(e.onlyInA.length, a.profile.sentences.length);
  assert.equal(e.onlyInB.length, b.profile.sentences.length);
  assert.equal(e.dates.agreement, null, 'no agreement figure when one side reports no day');
});

test('evidence: the same article shares everything and has no fact only on one side', () => {
  const a = side(VIENNA_EN);
  const e = evidenceOf(a, a);
  assert.equal(e.alignedSentences.length, a.profile.sentences.length);
  assert.deepEqual(e.onlyInA, []);
  assert.deepEqual(e.onlyInB, []);
  assert.equal(e.dates.agreement, 1);
  assert.equal(e.dates.onlyA.length + e.dates.onlyB.length, 0);
});

test('rankSentences: facts with entities, numbers and dates come first; ties keep text order', () => {
  const a = side(VIENNA_EN);
  const ranked = rankSentences(a.profile, [0, 1, 2]);
  assert.equal(ranked[0].index, 0, 'three places, a date and a number');
  for (let i = 1; i < ranked.length; i++) {
    const [p, q] = [ranked[i - 1], ranked[i]];
    assert.ok(p.salience > q.salience || (p.salience === q.salience && p.index < q.index));
  }
  assert.deepEqual(rankSentences(a.profile, []), []);
});

function day(date: string, text = date): DateMention {
  return { text, date, grain: 'day', certain: true, sentence: 0, start: 0, end: 0 };
}

function datesSide(dates: DateMention[], published?: number): ComparedSide {
  const s = side(CONCERT);
  return { ...s, dates, profile: { ...s.profile, day: published } };
}

const DATE_CASES: {
  name: string;
  a: string[];
  b: string[];
  both: string[];
  onlyA: string[];
  onlyB: string[];
  agreement: number | null;
}[] = [
  {
    name: 'same day',
    a: ['2020-09-14'],
    b: ['2020-09-14'],
    both: ['2020-09-14'],
    onlyA: [],
    onlyB: [],
    agreement: 1,
  },
  {
    name: 'a day apart agrees',
    a: ['2020-09-14'],
    b: ['2020-09-15'],
    both: ['2020-09-14'],
    onlyA: [],
    onlyB: [],
    agreement: 1,
  },
  {
    name: 'two days apart does not',
    a: ['2020-09-14'],
    b: ['2020-09-16'],
    both: [],
    onlyA: ['2020-09-14'],
    onlyB: ['2020-09-16'],
    agreement: 0,
  },
  {
    name: 'one side without days',
    a: ['2020-09-14'],
    b: [],
    both: [],
    onlyA: ['2020-09-14'],
    onlyB: [],
    agreement: null,
  },
  { name: 'both without days', a: [], b: [], both: [], onlyA: [], onlyB: [], agreement: null },
  {
    name: 'one-to-one: equal days pair first',
    a: ['2020-08-08', '2020-08-09'],
    b: ['2020-08-09'],
    both: ['2020-08-09'],
    onlyA: ['2020-08-08'],
    onlyB: [],
    agreement: 1,
  },
];

for (const c of DATE_CASES) {
  test(`datesEvidence: ${c.name}`, () => {
    const d = datesEvidence(datesSide(c.a.map((x) => day(x))), datesSide(c.b.map((x) => day(x))));
    assert.deepEqual(
      d.both.map((x) => x.date),
      c.both,
    );
    assert.deepEqual(
      d.onlyA.map((x) => x.date),
      c.onlyA,
    );
    assert.deepEqual(
      d.onlyB.map((x) => x.date),
      c.onlyB,
    );
    assert.equal(d.agreement, c.agreement);
  });
}

test('datesEvidence: month-grain dates are not event days; publication gap is reported', () => {
  const month: DateMention = { ...day('2020-09'), grain: 'month' };
  const d = datesEvidence(datesSide([month], 18_519), datesSide([], 18_522));
  assert.deepEqual(d.onlyA, []);
  assert.deepEqual(d.published, { a: '2020-09-14', b: '2020-09-17', gapDays: 3 });
});
