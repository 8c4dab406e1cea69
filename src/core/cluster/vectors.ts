/**
 * An article's vectors for clustering, built once on arrival with the IDF statistics of the stream so far:
 * TF-IDF of stems (same-language comparison; IDF over the articles of its own language), weighted entity/place
 * keys and shared-spelling names (cross-lingual comparison), concepts, numbers and event days, and the features
 * used to look up candidate stories.
 */
import type { Profile } from '../similarity/profile.ts';
import type { EntityType } from '../types.ts';
import { givenClass } from './given.ts';
import type { Centroid, ClusterState, KeyTypeWeights, LanguageDf } from './state.ts';

/**
 * Feature kinds: document frequencies and the inverted index are kept per kind (an array slot each; the
 * document frequencies of terms per language, `ClusterState.termDf`), so a feature is looked up by its bare
 * string, never a prefixed copy built per article.
 */
export const TERM = 0;
export const KEY = 1;
export const NAME = 2;
export const NUMBER = 3;
/** Indexed feature kinds (terms, keys, names, numbers): each has a posting-list map in the inverted index. */
export const FEATURE_KINDS = 4;
/**
 * Concepts (the multilingual lexicon's ids, Profile.concepts): counted for IDF like the other kinds but never
 * indexed (they name what happens, "election", "fire", not which story: too common to point at one).
 */
export const CONCEPT = 4;
/** Kinds with document frequencies: the indexed ones and concepts. */
export const DF_KINDS = 5;

export interface ArticleVectors {
  readonly lang: string;
  readonly terms: Centroid;
  readonly keys: Centroid;
  readonly keyTypes: ReadonlyMap<string, EntityType>;
  /** Person key -> class of the given name written with it (given.ts), for the keys that have one. */
  readonly given: ReadonlyMap<string, string>;
  readonly names: Centroid;
  /** TF-IDF of the article's concepts (language-independent content words); empty when none is known. */
  readonly concepts: Centroid;
  readonly numbers: ReadonlySet<string>;
  readonly days: readonly number[];
  /** Index features per kind: the top TF-IDF terms, and every key, name and number. */
  readonly lookup: readonly (readonly string[])[];
}

/** Smoothed inverse document frequency of a feature found in `df` of `docs` articles (1 when in all of them). */
export function smoothedIdf(docs: number, df: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/** Smoothed inverse document frequency of a feature of a kind over the whole stream. */
export function idf(state: ClusterState, kind: number, feature: string): number {
  return smoothedIdf(state.docs, state.df[kind].get(feature) ?? 0);
}

function bump(df: Map<string, number>, f: string): void {
  df.set(f, (df.get(f) ?? 0) + 1);
}

/** The document counts of a language's stems (created empty on first use). */
function languageDf(state: ClusterState, lang: string): LanguageDf {
  let counts = state.termDf.get(lang);
  if (!counts) {
    counts = { docs: 0, df: new Map() };
    state.termDf.set(lang, counts);
  }
  return counts;
}

/** Counts an article's features into the document frequencies (once per feature). */
export function countFeatures(state: ClusterState, profile: Profile): void {
  state.docs++;
  const { df } = state;
  const own = languageDf(state, profile.lang);
  own.docs++;
  for (const t of profile.terms.keys()) bump(own.df, t);
  const keys = df[KEY];
  const { person, organization, place, other } = profile.entities;
  for (const k of person.keys()) bump(keys, k);
  for (const k of organization.keys()) if (!person.has(k)) bump(keys, k);
  for (const k of place.keys()) if (!person.has(k) && !organization.has(k)) bump(keys, k);
  for (const k of other.keys()) if (!person.has(k) && !organization.has(k) && !place.has(k)) bump(keys, k);
  for (const n of profile.names.keys()) bump(df[NAME], n);
  for (const n of profile.numbers) bump(df[NUMBER], n);
  for (const c of profile.concepts?.keys() ?? []) bump(df[CONCEPT], c);
}

/** Weight of an entity key by its type; place keys are told apart by their prefix (country:, city:, region:). */
export function keyTypeWeight(weights: KeyTypeWeights, type: EntityType, key: string): number {
  if (type !== 'place') return weights[type];
  if (key.startsWith('country:')) return weights.country;
  if (key.startsWith('city:')) return weights.city;
  if (key.startsWith('region:')) return weights.region;
  return weights.place;
}

/** Sublinear term frequency: a word said ten times is not ten times as telling. */
function tf(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}

function withNorm(weights: Map<string, number>): Centroid {
  let s = 0;
  for (const w of weights.values()) s += w * w;
  return { weights, norm: Math.sqrt(s) };
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/**
 * The `k` heaviest entries of a weight map (ties by key: deterministic), by insertion into a small sorted
 * array: O(n k) with no sort of the whole map.
 */
export function topKeys(weights: ReadonlyMap<string, number>, k: number): string[] {
  const keys: string[] = [];
  const ws: number[] = [];
  for (const [key, w] of weights) {
    let i = keys.length;
    if (i === k && (w < ws[i - 1] || (w === ws[i - 1] && key > keys[i - 1]))) continue;
    while (i > 0 && (w > ws[i - 1] || (w === ws[i - 1] && key < keys[i - 1]))) i--;
    keys.splice(i, 0, key);
    ws.splice(i, 0, w);
    if (keys.length > k) {
      keys.pop();
      ws.pop();
    }
  }
  return keys;
}

/** Builds an article's vectors from its profile and the stream's current IDF statistics. */
export function articleVectors(state: ClusterState, profile: Profile): ArticleVectors {
  const { options } = state;
  const terms = new Map<string, number>();
  const own = languageDf(state, profile.lang);
  for (const [t, c] of profile.terms) terms.set(t, tf(c) * smoothedIdf(own.docs, own.df.get(t) ?? 0));
  const keys = new Map<string, number>();
  const keyTypes = new Map<string, EntityType>();
  for (const type of ENTITY_TYPES) {
    for (const [k, c] of profile.entities[type]) {
      if (keys.has(k)) continue;
      keys.set(k, keyTypeWeight(options.keyTypes, type, k) * tf(Math.max(1, c)) * idf(state, KEY, k));
      keyTypes.set(k, type);
    }
  }
  const given = new Map<string, string>();
  for (const k of profile.entities.person.keys()) {
    const surface = profile.surfaces.get(k);
    const cls = surface === undefined ? undefined : givenClass(surface);
    if (cls !== undefined) given.set(k, cls);
  }
  const names = new Map<string, number>();
  for (const [n, c] of profile.names) names.set(n, tf(c) * idf(state, NAME, n));
  const concepts = new Map<string, number>();
  for (const [n, c] of profile.concepts ?? []) concepts.set(n, tf(c) * idf(state, CONCEPT, n));

  const lookup: string[][] = [];
  lookup[TERM] = topKeys(terms, options.lookupTerms);
  lookup[KEY] = [...keys.keys()];
  lookup[NAME] = [...names.keys()];
  lookup[NUMBER] = [...profile.numbers];

  return {
    lang: profile.lang,
    terms: withNorm(terms),
    keys: withNorm(keys),
    keyTypes,
    given,
    names: withNorm(names),
    concepts: withNorm(concepts),
    numbers: profile.numbers,
    days: profile.eventDays,
    lookup,
  };
}
