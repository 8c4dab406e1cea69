import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignSentences, ALIGN_THRESHOLD } from '../../src/core/similarity/align.ts';
import { buildProfile, type Profile, type SentenceProfile } from '../../src/core/similarity/profile.ts';
import { createIdf, type IdfState } from '../../src/core/similarity/idf.ts';
import { observeProfile } from '../../src/core/similarity/features.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';

/** A sentence by its units: `t` terms, `k` keys, `n` numbers (and `d:` dates), `m` capitalised names. */
interface S {
  t?: string[];
  k?: string[];
  n?: string[];
  m?: string[];
}

/** A hand-built profile: only what alignment reads (language, sentences, key surfaces). */
function profile(lang: string, sentences: S[], surfaces: Record<string, string> = {}): Profile {
  const ss: SentenceProfile[] = sentences.map((s, i) => ({
    index: i,
    text: `s${i}`,
    terms: new Set(s.t ?? []),
    keys: new Set(s.k ?? []),
    numbers: new Set(s.n ?? []),
    names: new Set(s.m ?? []),
  }));
  return {
    id: `${lang}-${sentences.length}`,
    lang,
    title: '',
    terms: new Map(),
    titleTerms: new Set(),
    entities: { person: new Map(), organization: new Map(), place: new Map(), other: new Map() },
    surfaces: new Map(Object.entries(surfaces)),
    countries: new Map(),
    eventDays: [],
    eventMonths: new Set(),
    numbers: new Set(),
    speakers: new Set(),
    names: new Map(),
    sentences: ss,
    style: {
      words: 0,
      sentences: ss.length,
      meanSentenceWords: 0,
      quoteShare: 0,
      numberShare: 0,
      capitalShare: 0,
      questions: 0,
      exclamations: 0,
      embeds: 0,
    },
  };
}

function idfOf(...ps: Profile[]): IdfState {
  const s = createIdf();
  for (const p of ps) observeProfile(s, p);
  return s;
}

const STRIKE: S[] = [
  { t: ['dock', 'worker', 'return', 'strike'], k: ['place:velmora'] },
  { t: ['union', 'wage', 'rise', 'kessler'], k: ['person:kessler'], n: ['4.5'] },
  { t: ['ship', 'lost', 'euro', 'strike'], n: ['12'] },
  { t: ['harbour', 'open', 'weekend', 'backlog'], n: ['340'] },
];
const CONCERT: S[] = [
  { t: ['orchestra', 'present', 'concert', 'autumn'] },
  { t: ['conductor', 'chose', 'compos'], k: ['person:ostrova'] },
];
/** The strike story "translated": no shared stems, same keys, numbers and spellings. */
const STRIKE_FR: S[] = [
  { t: ['docker', 'repris', 'grev'], k: ['place:velmora'], m: ['velmora'] },
  { t: ['syndical', 'salair'], k: ['person:kessler'], n: ['4.5'], m: ['maria', 'kessler'] },
  { t: ['compagn', 'perdu', 'million'], n: ['12'], m: ['ardent'] },
  { t: ['port', 'ouvert', 'navir'], n: ['340'] },
];
const STRIKE_EN_NAMES: S[] = STRIKE.map((s, i) => ({
  ...s,
  m: [['velmora'], ['maria', 'kessler'], ['ardent'], []][i],
}));

const CASES: {
  name: string;
  a: Profile;
  b: Profile;
  pairs: [number, number][];
  onlyA: number[];
  onlyB: number[];
}[] = [
  {
    name: 'identical articles align every sentence with itself',
    a: profile('en', STRIKE),
    b: profile('en', STRIKE),
    pairs: [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ],
    onlyA: [],
    onlyB: [],
  },
  {
    name: 'disjoint articles align nothing',
    a: profile('en', STRIKE),
    b: profile('en', CONCERT),
    pairs: [],
    onlyA: [0, 1, 2, 3],
    onlyB: [0, 1],
  },
  {
    name: 'a translated pair aligns on keys, numbers and spellings',
    a: profile('en', STRIKE_EN_NAMES),
    b: profile('fr', STRIKE_FR),
    pairs: [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ],
    onlyA: [],
    onlyB: [],
  },
  {
    name: 'reordered sentences align to their counterparts; an extra fact stays unaligned',
    a: profile('en', [STRIKE[3], STRIKE[0], STRIKE[1]]),
    b: profile('en', [STRIKE[0], STRIKE[1], CONCERT[0], STRIKE[3]]),
    pairs: [
      [0, 3],
      [1, 0],
      [2, 1],
    ],
    onlyA: [],
    onlyB: [2],
  },
  {
    name: 'sharing only an actor (key and name stem) is not the same fact',
    a: profile(
      'en',
      [{ t: ['kessler', 'visit', 'factory'], k: ['person:kessler'] }, { t: ['budget', 'vote'] }],
      {
        'person:kessler': 'Maria Kessler',
      },
    ),
    b: profile(
      'en',
      [{ t: ['kessler', 'criticis', 'law'], k: ['person:kessler'] }, { t: ['rain', 'flood'] }],
      {
        'person:kessler': 'Maria Kessler',
      },
    ),
    pairs: [],
    onlyA: [0, 1],
    onlyB: [0, 1],
  },
  {
    name: 'across languages stems never match',
    a: profile('en', [{ t: ['strike', 'port'] }]),
    b: profile('de', [{ t: ['strike', 'port'] }]),
    pairs: [],
    onlyA: [0],
    onlyB: [0],
  },
  {
    name: 'the same date and number align across languages',
    a: profile('en', [{ t: ['vote'], n: ['d:2020-09-14', '340'] }, { t: ['rain'] }]),
    b: profile('pl', [{ t: ['glosowan'], n: ['d:2020-09-14', '340'] }, { t: ['deszcz'] }]),
    pairs: [[0, 0]],
    onlyA: [1],
    onlyB: [1],
  },
  {
    name: 'one side empty',
    a: profile('en', STRIKE),
    b: profile('en', []),
    pairs: [],
    onlyA: [0, 1, 2, 3],
    onlyB: [],
  },
  {
    name: 'both empty',
    a: profile('en', []),
    b: profile('en', []),
    pairs: [],
    onlyA: [],
    onlyB: [],
  },
  {
    name: 'one-to-one: a sentence told twice in B takes the first, the copy stays unaligned',
    a: profile('en', [STRIKE[1]]),
    b: profile('en', [STRIKE[0], STRIKE[1], STRIKE[1]]),
    pairs: [[0, 1]],
    onlyA: [],
    onlyB: [0, 2],
  },
];

for (const c of CASES) {
  test(`align: ${c.name}`, () => {
    const al = alignSentences(c.a, c.b, idfOf(c.a, c.b));
    assert.deepEqual(
      al.pairs.map((p) => [p.a, p.b]),
      c.pairs,
    );
    assert.deepEqual(al.onlyA, c.onlyA);
    assert.deepEqual(al.onlyB, c.onlyB);
    for (const p of al.pairs)
      assert.ok(p.score >= ALIGN_THRESHOLD && p.score <= 1 + 1e-9, `score ${p.score}`);
  });
}

test('align: symmetric (swapping the articles swaps the pairs)', () => {
  for (const c of CASES) {
    const idf = idfOf(c.a, c.b);
    const ab = alignSentences(c.a, c.b, idf);
    const ba = alignSentences(c.b, c.a, idf);
    assert.deepEqual(
      ba.pairs.map((p) => [p.b, p.a, p.score]).sort((x, y) => x[0] - y[0]),
      ab.pairs.map((p) => [p.a, p.b, p.score]),
      c.name,
    );
  }
});

test('align: matched units say what was shared, by kind', () => {
  const a = profile('en', [{ t: ['vote', 'budget'], k: ['org:senate'], n: ['d:2020-09-14', '340'] }]);
  const b = profile('en', [{ t: ['vote', 'law'], k: ['org:senate'], n: ['d:2020-09-14', '340'] }]);
  const [p] = alignSentences(a, b, idfOf(a, b)).pairs;
  assert.deepEqual(p.matched, {
    terms: ['vote'],
    keys: ['org:senate'],
    numbers: ['340'],
    dates: ['2020-09-14'],
    names: [],
  });
});

test('align: the threshold option is respected', () => {
  const a = profile('en', STRIKE);
  const b = profile('en', [{ t: ['strike', 'ship', 'weekend', 'orchestra', 'concert', 'autumn', 'foyer'] }]);
  const idf = idfOf(a, b);
  assert.equal(alignSentences(a, b, idf, { threshold: 0.99 }).pairs.length, 0);
  assert.equal(alignSentences(a, b, idf, { threshold: 0.01 }).pairs.length, 1);
});

test('align: long articles are aligned without a full cross product and stay deterministic', () => {
  const n = 400;
  const mk = (lang: string, shift: number) =>
    profile(
      lang,
      Array.from({ length: n }, (_, i) => ({
        t: [`w${i}`, `v${(i + shift) % n}`, 'common'],
        n: [`${1000 + i}`],
      })),
    );
  const a = mk('en', 0);
  const b = mk('en', 7);
  const idf = idfOf(a, b);
  const al = alignSentences(a, b, idf);
  assert.equal(al.pairs.length, n);
  assert.ok(al.pairs.every((p) => p.a === p.b));
  assert.deepEqual(alignSentences(a, b, idf), al);
});

const FR = {
  id: 'fr',
  origin: 'fr.txt',
  title: 'Le port de Velmora rouvre après neuf jours de grève',
  text: [
    'Les dockers de Velmora ont repris le travail lundi après une grève de neuf jours.',
    "La dirigeante syndicale Maria Kessler a déclaré que l'accord augmente les salaires de 4,5 pour cent.",
    "La compagnie maritime Ardent Lines a perdu environ 12 millions d'euros pendant la grève, selon son directeur Paul Denner.",
    "Le port restera ouvert le week-end jusqu'à ce que les 340 navires en attente soient traités.",
  ].join('\n'),
};
const EN = {
  id: 'en',
  origin: 'en.txt',
  title: 'Port of Velmora reopens after nine-day strike',
  text: [
    'Dock workers in Velmora returned to work on Monday after a strike that lasted nine days.',
    'The union leader Maria Kessler said the agreement raises wages by 4.5 percent.',
    'Shipping company Ardent Lines lost about 12 million euros during the strike, according to its director Paul Denner.',
    'The harbour will stay open on weekends until the backlog of 340 ships is cleared.',
  ].join('\n'),
};
const CONCERT_EN = {
  id: 'concert',
  origin: 'concert.txt',
  title: 'Orchestra unveils new season of chamber music',
  text: [
    'The city orchestra presented a programme of chamber concerts for the autumn.',
    'Conductor Lena Ostrova chose works by three young composers.',
    'Tickets go on sale in the foyer next week.',
  ].join('\n'),
};

function real(article: typeof EN): Profile {
  const r = analyzeArticle(article);
  assert.ok(r.ok);
  return buildProfile(r.analysis);
}

test('align (real pipeline): an English article and its French translation align sentence by sentence', () => {
  const en = real(EN);
  const fr = real(FR);
  const al = alignSentences(en, fr, idfOf(en, fr));
  assert.deepEqual(
    al.pairs.map((p) => [p.a, p.b]),
    [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ],
  );
  assert.deepEqual(al.pairs[1].matched.numbers, ['4.5']);
  assert.deepEqual(al.pairs[3].matched.numbers, ['340']);
});

test('align (real pipeline): an unrelated article aligns nothing; the same article aligns fully', () => {
  const en = real(EN);
  const concert = real(CONCERT_EN);
  assert.equal(alignSentences(en, concert, idfOf(en, concert)).pairs.length, 0);
  const same = alignSentences(en, en, idfOf(en, en));
  assert.deepEqual(
    same.pairs.map((p) => [p.a, p.b]),
    en.sentences.map((_, i) => [i, i]),
  );
});
