import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareCoverage, UNATTRIBUTED, type Coverage } from '../../src/core/coverage/index.ts';
import { comparedSide } from '../../src/core/similarity/evidence.ts';
import { createIdf } from '../../src/core/similarity/idf.ts';
import { observeProfile } from '../../src/core/similarity/features.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';
import { coverageInputs, outletOf, uniqueOutlets } from '../../src/services/coverage.ts';
import type { Article } from '../../src/core/types.ts';

/**
 * A fictional story told by three outlets (two in English, one in German). By construction:
 * the collapse (14 injured, 3 March 2021) is reported by all three; the inspection of 27 bridges by the two
 * English outlets; the engineer's corrosion warning only by Nordic Wire; the repair cost only by Harbour
 * Times; the rail diversion via Holmdal only by Tarnvik Zeitung.
 */
const STORY: Article[] = [
  {
    id: 'nordic',
    origin: 'nordic.txt',
    source: 'Nordic Wire',
    title: 'Oskel bridge collapses in Tarnvik',
    text: [
      'The Oskel bridge in Tarnvik collapsed on 3 March 2021, injuring 14 people.',
      'Mayor Ingrid Halvorsen ordered an inspection of all 27 bridges in the region.',
      'Engineer Tomas Brekke had warned about corrosion of the cables in a report two years ago.',
      '“The cables were rusting and nobody listened,” Brekke said.',
    ].join('\n'),
  },
  {
    id: 'harbour',
    origin: 'harbour.txt',
    source: 'Harbour Times',
    title: 'Fourteen hurt as Tarnvik bridge falls',
    text: [
      '14 people were injured when the Oskel bridge in Tarnvik collapsed on 3 March 2021.',
      'Mayor Ingrid Halvorsen said all 27 bridges in the region would get an inspection.',
      'Repairs will cost 6 million kroner, according to the transport ministry.',
    ].join('\n'),
  },
  {
    id: 'zeitung',
    origin: 'zeitung.txt',
    source: 'Tarnvik Zeitung',
    title: 'Oskel-Brücke in Tarnvik eingestürzt',
    text: [
      'Die Oskel-Brücke in Tarnvik ist am 3. März 2021 eingestürzt, 14 Menschen wurden verletzt.',
      'Der Zugverkehr wird zehn Tage lang über Holmdal umgeleitet.',
    ].join('\n'),
  },
];

function coverageOfStory(articles: readonly Article[]): Coverage {
  const inputs = articles.map((a) => {
    const r = analyzeArticle(a);
    assert.ok(r.ok);
    return { outlet: a.source!, side: comparedSide(r.analysis) };
  });
  const idf = createIdf();
  for (const x of inputs) observeProfile(idf, x.side.profile);
  return compareCoverage(inputs, idf);
}

/** The reach and outlets of the fact group holding the sentence that matches `re`. */
function factOf(c: Coverage, re: RegExp) {
  const f = c.facts.find((g) => g.members.some((m) => re.test(m.text)));
  assert.ok(f, `a fact matching ${re}`);
  return { reach: f.reach, outlets: f.outlets };
}

const ROWS: { fact: RegExp; reach: 'all' | 'some' | 'one'; outlets: string[] }[] = [
  {
    fact: /collapsed on 3 March/,
    reach: 'all',
    outlets: ['Nordic Wire', 'Harbour Times', 'Tarnvik Zeitung'],
  },
  { fact: /ordered an inspection/, reach: 'some', outlets: ['Nordic Wire', 'Harbour Times'] },
  { fact: /warned about corrosion/, reach: 'one', outlets: ['Nordic Wire'] },
  { fact: /Repairs will cost/, reach: 'one', outlets: ['Harbour Times'] },
  { fact: /Holmdal/, reach: 'one', outlets: ['Tarnvik Zeitung'] },
];

for (const row of ROWS) {
  test(`coverage (fictional 3 outlets): ${row.fact.source} is reported by ${row.reach}`, () => {
    const c = coverageOfStory(STORY);
    assert.deepEqual(factOf(c, row.fact), { reach: row.reach, outlets: row.outlets });
  });
}

test('coverage (fictional 3 outlets): per outlet facts, entities, quotes; facts ordered all, some, one', () => {
  const c = coverageOfStory(STORY);
  assert.deepEqual(
    c.outlets.map((o) => o.outlet),
    ['Nordic Wire', 'Harbour Times', 'Tarnvik Zeitung'],
  );
  const order = { all: 0, some: 1, one: 2 } as const;
  for (let i = 1; i < c.facts.length; i++) assert.ok(order[c.facts[i - 1].reach] <= order[c.facts[i].reach]);
  assert.deepEqual(
    c.facts.map((f) => f.id),
    c.facts.map((_, i) => `f${i + 1}`),
  );
  const zeitung = c.outlets[2];
  assert.equal(zeitung.facts.length, 2);
  assert.equal(zeitung.onlyHere.length, 1);
  const nordic = c.outlets[0];
  assert.ok(nordic.entities.some((e) => e.name.includes('Brekke')));
  assert.ok(!c.outlets[1].entities.some((e) => e.name.includes('Brekke')));
  const brekke = nordic.quotes.find((q) => q.speaker.includes('Brekke'));
  assert.ok(brekke, `quotes: ${JSON.stringify(nordic.quotes)}`);
  assert.equal(brekke.quotes.length, 1);
  const halvorsen = c.entities.find((e) => e.name.includes('Halvorsen'));
  assert.deepEqual(
    halvorsen?.outlets.map((o) => o.outlet),
    ['Nordic Wire', 'Harbour Times'],
  );
  for (let i = 1; i < c.entities.length; i++) {
    assert.ok(
      c.entities[i - 1].outlets.length >= c.entities[i].outlets.length,
      'named by most outlets first',
    );
  }
  assert.deepEqual(coverageOfStory(STORY), c, 'deterministic');
});

test('coverage: one outlet reports everything itself; an unrelated article shares no fact', () => {
  const one = coverageOfStory([STORY[0]]);
  assert.ok(one.facts.every((f) => f.reach === 'all'));
  assert.deepEqual(one.outlets[0].onlyHere, []);
  const concert: Article = {
    id: 'concert',
    origin: 'concert.txt',
    source: 'Culture Daily',
    title: 'Orchestra unveils new season',
    text: 'The city orchestra presented a programme of chamber concerts for the autumn.\nTickets go on sale next week.',
  };
  const two = coverageOfStory([STORY[1], concert]);
  assert.ok(two.facts.every((f) => f.reach === 'one'));
  assert.equal(UNATTRIBUTED, '(unattributed)');
});

test('outlet names: source, else file name; repeated names are numbered', () => {
  const r = analyzeArticle({
    id: 'x',
    origin: '/data/feeds/rows.jsonl#3',
    title: 'T',
    text: 'A short text about the weather today.',
  });
  assert.ok(r.ok);
  assert.equal(outletOf(r.analysis), 'rows.jsonl');
  assert.equal(outletOf({ ...r.analysis, article: { ...r.analysis.article, source: ' RFI ' } }), 'RFI');
  assert.deepEqual(uniqueOutlets(['a', 'b', 'a', 'a']), ['a', 'b', 'a (2)', 'a (3)']);
});

const SEEDS = resolve(new URL('../..', import.meta.url).pathname, '../shared/data/seeds');
const SEED_A = '000_7a61144dd750e5af.txt';
const SEED_B = '002_f95a6ceda9409001.txt';

test(
  'coverage (seeds): only B reports Michoustine and Lavrov; only A the atlas and 14 September',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  async () => {
    const { coverage, failed } = await coverageInputs([join(SEEDS, SEED_A), join(SEEDS, SEED_B)]);
    assert.deepEqual(failed, []);
    assert.deepEqual(
      coverage.outlets.map((o) => o.outlet),
      [SEED_A, SEED_B],
      'file names stand in for the unknown outlets',
    );
    const onlyIn = (outlet: string) =>
      coverage.facts
        .filter((f) => f.reach === 'one' && f.outlets[0] === outlet)
        .flatMap((f) => f.members.map((m) => m.text));
    const onlyA = onlyIn(SEED_A);
    const onlyB = onlyIn(SEED_B);
    for (const [list, re, other] of [
      [onlyB, /Michoustine/, onlyA],
      [onlyB, /Lavrov/, onlyA],
      [onlyA, /atlas/, onlyB],
      [onlyA, /14 septembre/, onlyB],
    ] as const) {
      assert.ok(
        list.some((t) => re.test(t)),
        `${re} among the facts only one outlet reports`,
      );
      assert.ok(!other.some((t) => re.test(t)), `${re} not among the other outlet's own facts`);
      const shared = coverage.facts
        .filter((f) => f.reach !== 'one')
        .flatMap((f) => f.members.map((m) => m.text));
      assert.ok(!shared.some((t) => re.test(t)), `${re} in no shared fact`);
    }
    assert.ok(
      coverage.facts.some((f) => f.reach === 'all'),
      'the two seeds share some facts',
    );
    const speakers = coverage.speakers.filter((s) => s.speaker.includes('Shmatsina'));
    assert.deepEqual(
      speakers.map((s) => s.outlets),
      [[SEED_B]],
    );
  },
);

test('coverageOf with maxSentences: only each article’s first sentences are compared', async () => {
  const { coverageOf } = await import('../../src/services/coverage.ts');
  const analyses = STORY.map((a) => {
    const r = analyzeArticle(a);
    assert.ok(r.ok);
    return r.analysis;
  });
  const whole = coverageOf(analyses);
  const cut = coverageOf(analyses, { maxSentences: 1 });
  assert.deepEqual(whole, coverageOfStory(STORY), 'no cut: the same as comparing the whole articles');
  const texts = (c: Coverage) => c.facts.flatMap((f) => f.members.map((m) => `${m.outlet}: ${m.text}`));
  assert.ok(texts(whole).some((t) => /Repairs will cost/.test(t)));
  assert.deepEqual(
    texts(cut).sort(),
    STORY.map((a) => `${a.source}: ${a.text.split('\n')[0]}`).sort(),
    'one sentence per outlet',
  );
  assert.equal(cut.facts.length, 1, 'the three first sentences report the same collapse');
  assert.equal(cut.facts[0]!.reach, 'all');
});
