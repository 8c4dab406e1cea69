import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Profile } from '../../src/core/similarity/profile.ts';
import { createIdf, idf, observe } from '../../src/core/similarity/idf.ts';
import {
  FEATURE_NAMES,
  namedFeatures,
  observeProfile,
  pairFeatures,
  prepare,
} from '../../src/core/similarity/features.ts';
import type { EntityType } from '../../src/core/types.ts';

interface Spec {
  lang?: string;
  terms?: Record<string, number>;
  title?: string[];
  persons?: Record<string, number>;
  places?: Record<string, number>;
  countries?: Record<string, number>;
  days?: number[];
  numbers?: string[];
  names?: Record<string, number>;
  sentences?: { terms?: string[]; keys?: string[]; numbers?: string[]; names?: string[] }[];
  words?: number;
  /** Concept id -> count (Profile.concepts) and the title's concepts. */
  concepts?: Record<string, number>;
  titleConcepts?: string[];
}

const map = (o: Record<string, number> = {}) => new Map(Object.entries(o));

/** A hand-made profile (fictional content). */
function profile(id: string, s: Spec): Profile {
  const entities: Record<EntityType, Map<string, number>> = {
    person: map(s.persons),
    organization: new Map(),
    place: map(s.places),
    other: new Map(),
  };
  const sentences = (s.sentences ?? []).map((x, index) => ({
    index,
    text: '',
    terms: new Set(x.terms ?? []),
    keys: new Set(x.keys ?? []),
    numbers: new Set(x.numbers ?? []),
    names: new Set(x.names ?? []),
  }));
  const words = s.words ?? 100;
  return {
    id,
    lang: s.lang ?? 'en',
    title: '',
    terms: map(s.terms),
    titleTerms: new Set(s.title ?? []),
    entities,
    surfaces: new Map(),
    countries: map(s.countries),
    eventDays: [...(s.days ?? [])].sort((a, b) => a - b),
    eventMonths: new Set((s.days ?? []).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 7))),
    numbers: new Set(s.numbers ?? []),
    speakers: new Set(),
    names: map(s.names),
    concepts: map(s.concepts),
    titleConcepts: new Set(s.titleConcepts ?? []),
    sentences,
    style: {
      words,
      sentences: Math.max(1, sentences.length),
      meanSentenceWords: words / Math.max(1, sentences.length),
      quoteShare: 0,
      numberShare: 0,
      capitalShare: 0,
      questions: 0,
      exclamations: 0,
      embeds: 0,
    },
  };
}

const summit: Spec = {
  terms: { summit: 3, minister: 2, harbour: 1, treaty: 2 },
  title: ['summit', 'treaty'],
  persons: { 'person:varga': 3 },
  places: { 'city:ostrava': 2 },
  countries: { CZ: 2 },
  days: [19000],
  numbers: ['340'],
  names: { varga: 3, ostrava: 2 },
  sentences: [
    { terms: ['summit', 'treaty'], keys: ['person:varga'], names: ['varga'] },
    { terms: ['harbour'], numbers: ['340'] },
  ],
  concepts: { summit: 5, minister: 2, agreement: 4, ship: 1 },
  titleConcepts: ['summit', 'agreement'],
};
const summitDe: Spec = {
  lang: 'de',
  terms: { gipfel: 3, minist: 2, hafen: 1, vertrag: 2 },
  title: ['gipfel'],
  persons: { 'person:varga': 2 },
  places: { 'city:ostrava': 1 },
  countries: { CZ: 1 },
  days: [19001],
  numbers: ['340'],
  names: { varga: 2, ostrava: 1 },
  sentences: [
    { terms: ['gipfel', 'vertrag'], keys: ['person:varga'], names: ['varga'] },
    { terms: ['hafen'], numbers: ['340'] },
  ],
  concepts: { summit: 5, minister: 2, agreement: 2 },
  titleConcepts: ['summit'],
};
const floods: Spec = {
  terms: { flood: 4, river: 2, rain: 2 },
  title: ['flood'],
  places: { 'city:lyon': 2 },
  countries: { FR: 2 },
  days: [19100],
  numbers: ['12'],
  names: { lyon: 2 },
  sentences: [
    { terms: ['flood', 'river'], keys: ['city:lyon'] },
    { terms: ['rain'], numbers: ['12'] },
  ],
  concepts: { flood: 6, river: 2, weather: 2 },
  titleConcepts: ['flood'],
};

function features(a: Spec, b: Spec) {
  const pa = profile('a', a);
  const pb = profile('b', b);
  const state = createIdf();
  for (const p of [pa, pb, profile('c', floods), profile('d', summit)]) observeProfile(state, p);
  return namedFeatures(pairFeatures(prepare(pa, state), prepare(pb, state)));
}

test('idf: unseen terms weigh most, terms in every document weigh 1', () => {
  const s = createIdf();
  observe(s, ['a', 'b', 'a']);
  observe(s, ['a']);
  assert.equal(s.docs, 2);
  assert.equal(s.df.get('a'), 2);
  assert.equal(s.df.get('b'), 1);
  assert.equal(idf(s, 'a'), 1);
  assert.ok(idf(s, 'b') > idf(s, 'a'));
  assert.ok(idf(s, 'zzz') > idf(s, 'b'));
});

const rows = [
  {
    name: 'identical',
    a: summit,
    b: summit,
    expect: {
      tfidfCosine: 1,
      titleOverlap: 1,
      keyCosine: 1,
      personWJ: 1,
      countryWJ: 1,
      daySharedShare: 1,
      numberOverlap: 1,
      alignCoverageMin: 1,
      sameLang: 1,
      lengthRatioLog: 0,
      dayMinGapLog: 0,
      conceptCosine: 1,
      conceptOverlap: 1,
      titleConceptOverlap: 1,
      conceptCosineCrossLang: 0,
    },
  },
  {
    name: 'disjoint',
    a: summit,
    b: floods,
    expect: {
      tfidfCosine: 0,
      titleOverlap: 0,
      keyCosine: 0,
      personWJ: 0,
      placeOverlap: 0,
      countryWJ: 0,
      countryTopSame: 0,
      daySharedShare: 0,
      numberOverlap: 0,
      alignCoverageMax: 0,
      sameLang: 1,
      conceptCosine: 0,
      conceptOverlap: 0,
      titleConceptOverlap: 0,
    },
  },
  {
    name: 'one empty',
    a: summit,
    b: { words: 0 },
    expect: {
      tfidfCosine: 0,
      titleMissing: 1,
      keyCosine: 0,
      countryMissing: 1,
      dayMissing: 1,
      monthMissing: 1,
      numberOverlap: 0,
      alignCoverageMin: 0,
      keysMinLog: 0,
      conceptCosine: 0,
      conceptOverlap: 0,
      titleConceptOverlap: 0,
    },
  },
  {
    name: 'both empty (not evidence of similarity)',
    a: {},
    b: {},
    expect: {
      tfidfCosine: 0,
      keyCosine: 0,
      personWJ: 0,
      countryWJ: 0,
      numberOverlap: 0,
      alignCoverageMax: 0,
      titleMissing: 1,
      conceptCosine: 0,
      conceptOverlap: 0,
      titleConceptOverlap: 0,
    },
  },
  {
    name: 'cross-language with shared keys',
    a: summit,
    b: summitDe,
    expect: {
      tfidfCosine: 0,
      tfidfCosineSameLang: 0,
      sameLang: 0,
      personOverlap: 1,
      placeOverlap: 1,
      countryTopSame: 1,
      daySharedShare: 1,
      dayMinGapLog: Math.log1p(1),
      numberOverlap: 1,
      nameOverlap: 1,
      alignCoverageMin: 1,
      conceptOverlap: 1,
      titleConceptOverlap: 1,
    },
  },
];
for (const r of rows) {
  test(`features: ${r.name}`, () => {
    const f = features(r.a, r.b);
    for (const [k, v] of Object.entries(r.expect)) {
      assert.ok(
        Math.abs(f[k as keyof typeof f] - v) < 1e-9,
        `${k}: expected ${v}, got ${f[k as keyof typeof f]}`,
      );
    }
  });
}

test('features: the cross-language pair with shared keys is closer than the unrelated same-language pair', () => {
  const cross = features(summit, summitDe);
  const unrelated = features(summit, floods);
  for (const k of ['keyCosine', 'nameCosine', 'nameTrigramCosine', 'alignBestMean'] as const) {
    assert.ok(cross[k] > unrelated[k], k);
  }
});

test('features: concepts carry a cross-language pair that shares no stem', () => {
  const cross = features(summit, summitDe);
  assert.equal(cross.tfidfCosine, 0);
  assert.ok(cross.conceptCosine > 0.8, `conceptCosine ${cross.conceptCosine}`);
  assert.equal(cross.conceptCosineCrossLang, cross.conceptCosine);
  assert.equal(features(summit, floods).conceptCosine, 0);
});

test('features: a profile without concepts (an older saved state) gives 0, not an error', () => {
  const { concepts: _c, titleConcepts: _t, ...bare } = summit;
  const f = features(bare, summit);
  assert.equal(f.conceptCosine, 0);
  assert.equal(f.conceptOverlap, 0);
  assert.equal(f.titleConceptOverlap, 0);
  const p = profile('x', bare);
  const legacy = { ...p, concepts: undefined, titleConcepts: undefined };
  const state = createIdf();
  observeProfile(state, legacy);
  const v = namedFeatures(pairFeatures(prepare(legacy, state), prepare(profile('y', summit), state)));
  assert.equal(v.conceptCosine, 0);
});

test('features: one value per named feature, all finite', () => {
  const f = pairFeatures(prepare(profile('a', summit), createIdf()), prepare(profile('b', {}), createIdf()));
  assert.equal(f.length, FEATURE_NAMES.length);
  assert.ok(f.every(Number.isFinite));
  assert.equal(new Set(FEATURE_NAMES).size, FEATURE_NAMES.length);
});

const word = fc.constantFrom('summit', 'treaty', 'flood', 'rain', 'gipfel', 'hafen', 'river');
const specArb: fc.Arbitrary<Spec> = fc.record({
  lang: fc.constantFrom('en', 'de'),
  terms: fc.dictionary(word, fc.integer({ min: 1, max: 5 })),
  title: fc.array(word, { maxLength: 3 }),
  persons: fc.dictionary(fc.constantFrom('person:varga', 'person:novak'), fc.integer({ min: 1, max: 4 })),
  countries: fc.dictionary(fc.constantFrom('CZ', 'FR', 'DE'), fc.integer({ min: 1, max: 4 })),
  days: fc.array(fc.integer({ min: 18990, max: 19010 }), { maxLength: 3 }),
  numbers: fc.array(fc.constantFrom('12', '340', '75'), { maxLength: 3 }),
  names: fc.dictionary(fc.constantFrom('varga', 'novak', 'lyon'), fc.integer({ min: 1, max: 3 })),
  sentences: fc.array(
    fc.record({ terms: fc.array(word, { maxLength: 3 }), numbers: fc.array(fc.constantFrom('12', '340')) }),
    { maxLength: 4 },
  ),
  words: fc.integer({ min: 0, max: 900 }),
  concepts: fc.dictionary(
    fc.constantFrom('election', 'strike', 'flood', 'vaccine'),
    fc.integer({ min: 1, max: 5 }),
  ),
  titleConcepts: fc.array(fc.constantFrom('election', 'strike', 'flood'), { maxLength: 2 }),
});

/** Features whose range is [0, 1] by construction. */
const UNIT_RANGE = [
  'conceptCosine',
  'conceptOverlap',
  'titleConceptOverlap',
  'conceptCosineCrossLang',
] as const;

test('property: the concept features stay in [0, 1]', () => {
  fc.assert(
    fc.property(specArb, specArb, (a, b) => {
      const f = namedFeatures(pairFeatures(...prepared(a, b)));
      return UNIT_RANGE.every((k) => f[k] >= 0 && f[k] <= 1 + 1e-12);
    }),
    { numRuns: 200 },
  );
});

test('property: every feature is symmetric and finite', () => {
  fc.assert(
    fc.property(specArb, specArb, (a, b) => {
      const ab = pairFeatures(...prepared(a, b));
      const [pa, pb] = prepared(a, b);
      const ba = pairFeatures(pb, pa);
      return ab.every((v, i) => Number.isFinite(v) && Math.abs(v - ba[i]) < 1e-9);
    }),
    { numRuns: 200 },
  );
});

function prepared(a: Spec, b: Spec) {
  const pa = profile('a', a);
  const pb = profile('b', b);
  const state = createIdf();
  observeProfile(state, pa);
  observeProfile(state, pb);
  return [prepare(pa, state), prepare(pb, state)] as const;
}
