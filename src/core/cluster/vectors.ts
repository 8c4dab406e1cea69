/**
 * An article's vectors for clustering, built once on arrival with the IDF statistics of the stream so far:
 * TF-IDF of stems (same-language comparison), weighted entity/place keys and shared-spelling names
 * (cross-lingual comparison), numbers and event days, and the features used to look up candidate stories.
 */
import type { Profile } from '../similarity/profile.ts';
import type { EntityType } from '../types.ts';
import type { Centroid, ClusterState, KeyTypeWeights } from './state.ts';

/** Feature prefixes shared by the document frequencies and the inverted index. */
export const TERM = 't:';
export const KEY = 'k:';
export const NAME = 'm:';
export const NUMBER = 'n:';

export interface ArticleVectors {
  readonly lang: string;
  readonly terms: Centroid;
  readonly keys: Centroid;
  readonly keyTypes: ReadonlyMap<string, EntityType>;
  readonly names: Centroid;
  readonly numbers: ReadonlySet<string>;
  readonly days: readonly number[];
  /** Index features (prefixed): every key, name and number, and the top TF-IDF terms. */
  readonly lookup: readonly string[];
}

/** Smoothed inverse document frequency of a prefixed feature (1 for a feature in every article). */
export function idf(state: ClusterState, feature: string): number {
  return Math.log((state.docs + 1) / ((state.df.get(feature) ?? 0) + 1)) + 1;
}

/** Counts an article's features into the document frequencies (once per feature). */
export function countFeatures(state: ClusterState, profile: Profile): void {
  state.docs++;
  const bump = (f: string) => state.df.set(f, (state.df.get(f) ?? 0) + 1);
  for (const t of profile.terms.keys()) bump(TERM + t);
  for (const byType of Object.values(profile.entities)) for (const k of byType.keys()) bump(KEY + k);
  for (const n of profile.names.keys()) bump(NAME + n);
  for (const n of profile.numbers) bump(NUMBER + n);
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

/** Builds an article's vectors from its profile and the stream's current IDF statistics. */
export function articleVectors(state: ClusterState, profile: Profile): ArticleVectors {
  const { options } = state;
  const terms = new Map<string, number>();
  for (const [t, c] of profile.terms) terms.set(t, tf(c) * idf(state, TERM + t));
  const keys = new Map<string, number>();
  const keyTypes = new Map<string, EntityType>();
  for (const type of ENTITY_TYPES) {
    for (const [k, c] of profile.entities[type]) {
      if (keys.has(k)) continue;
      keys.set(k, keyTypeWeight(options.keyTypes, type, k) * tf(Math.max(1, c)) * idf(state, KEY + k));
      keyTypes.set(k, type);
    }
  }
  const names = new Map<string, number>();
  for (const [n, c] of profile.names) names.set(n, tf(c) * idf(state, NAME + n));

  const lookup: string[] = [];
  for (const k of keys.keys()) lookup.push(KEY + k);
  for (const n of names.keys()) lookup.push(NAME + n);
  for (const n of profile.numbers) lookup.push(NUMBER + n);
  // Top terms by weight, ties by the term itself (deterministic).
  const top = [...terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (let i = 0; i < top.length && i < options.lookupTerms; i++) lookup.push(TERM + top[i][0]);

  return {
    lang: profile.lang,
    terms: withNorm(terms),
    keys: withNorm(keys),
    keyTypes,
    names: withNorm(names),
    numbers: profile.numbers,
    days: profile.eventDays,
    lookup,
  };
}
