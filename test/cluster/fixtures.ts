/** Hand-built fictional profiles for clustering tests (no real article text). */
import type { Profile } from '../../src/core/similarity/profile.ts';
import type { EntityType } from '../../src/core/types.ts';

export interface ProfileSpec {
  readonly id: string;
  readonly lang?: string;
  readonly title?: string;
  readonly source?: string;
  readonly day?: number;
  readonly terms?: readonly string[];
  readonly persons?: readonly string[];
  /** Surface form written for a person key (default: the key capitalised), e.g. { jones: 'Marvin Jones' }. */
  readonly personSurfaces?: Readonly<Record<string, string>>;
  readonly places?: readonly string[];
  readonly numbers?: readonly string[];
  readonly eventDays?: readonly number[];
  /** Concept ids of the multilingual lexicon (language-independent), e.g. ['strike', 'port']. */
  readonly concepts?: readonly string[];
}

const counts = (xs: readonly string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};

/** A minimal profile: terms, person and place keys, numbers and event days as given. */
export function profile(s: ProfileSpec): Profile {
  const entities: Record<EntityType, Map<string, number>> = {
    person: counts((s.persons ?? []).map((p) => `person:${p}`)),
    organization: new Map(),
    place: counts((s.places ?? []).map((p) => `city:${p}`)),
    other: new Map(),
  };
  const surfaces = new Map<string, string>();
  for (const p of s.persons ?? [])
    surfaces.set(`person:${p}`, s.personSurfaces?.[p] ?? p[0].toUpperCase() + p.slice(1));
  for (const p of s.places ?? []) surfaces.set(`city:${p}`, p[0].toUpperCase() + p.slice(1));
  const terms = s.terms ?? [];
  return {
    id: s.id,
    lang: s.lang ?? 'en',
    title: s.title ?? s.id,
    source: s.source,
    day: s.day,
    terms: counts(terms),
    titleTerms: new Set(terms.slice(0, 3)),
    entities,
    surfaces,
    countries: new Map(),
    eventDays: [...(s.eventDays ?? [])],
    eventMonths: new Set(),
    numbers: new Set(s.numbers ?? []),
    speakers: new Set(),
    names: new Map(),
    ...(s.concepts ? { concepts: counts(s.concepts), titleConcepts: new Set(s.concepts.slice(0, 1)) } : {}),
    sentences: [],
    style: {
      words: terms.length,
      sentences: 1,
      meanSentenceWords: terms.length,
      quoteShare: 0,
      numberShare: 0,
      capitalShare: 0,
      questions: 0,
      exclamations: 0,
      embeds: 0,
    },
  };
}

/** A fictional multilingual stream: a ferry strike told in en/fr, a bridge opening, and a look-alike strike later. */
export const STREAM: readonly ProfileSpec[] = [
  {
    id: 'a1',
    lang: 'en',
    day: 100,
    terms: ['ferri', 'strike', 'port', 'crew', 'wage'],
    persons: ['halvorsen'],
    places: ['tromvik'],
    numbers: ['48'],
    eventDays: [100],
  },
  {
    id: 'a2',
    lang: 'fr',
    day: 100,
    terms: ['greve', 'traversier', 'port', 'equipag'],
    persons: ['halvorsen'],
    places: ['tromvik'],
    numbers: ['48'],
    eventDays: [100],
  },
  {
    id: 'b1',
    lang: 'en',
    day: 101,
    terms: ['bridg', 'open', 'river', 'traffic', 'mayor'],
    persons: ['okonkwo'],
    places: ['lindholm'],
    numbers: ['340'],
    eventDays: [101],
  },
  {
    id: 'a3',
    lang: 'en',
    day: 101,
    terms: ['ferri', 'strike', 'crew', 'talk', 'wage'],
    persons: ['halvorsen'],
    places: ['tromvik'],
    eventDays: [100],
  },
  {
    id: 'b2',
    lang: 'de',
    day: 102,
    terms: ['bruck', 'eroffn', 'fluss', 'verkehr'],
    persons: ['okonkwo'],
    places: ['lindholm'],
    numbers: ['340'],
    eventDays: [101],
  },
  {
    id: 'c1',
    lang: 'en',
    day: 140,
    terms: ['ferri', 'strike', 'port', 'crew', 'pension'],
    persons: ['halvorsen'],
    places: ['tromvik'],
    numbers: ['72'],
    eventDays: [140],
  },
];
