/**
 * The clustering state as text, and back: `encodeClusterState(state)` gives versioned JSON and
 * `decodeClusterState(json)` rebuilds a record that behaves exactly as the original (same candidates, same
 * scores, same story ids), so a restart continues the same stories.
 *
 * Maps and Sets become arrays of entries in their iteration order (insertion order matters: posting lists
 * evict their oldest story, the active map is swept oldest first). Posting lists refer to stories by id and
 * are re-linked to the decoded story objects. Pure: no I/O, no clock.
 */
import type { EntityType } from '../types.ts';
import type { Centroid, ClusterOptions, ClusterState, Story, StoryMember } from './state.ts';
import { DEFAULT_CLUSTER_OPTIONS } from './state.ts';

/**
 * Format version of the encoded state; a different version is refused (re-cluster from the store). 2: stories
 * hold concept centroids, the state their document frequencies and per-language stem document frequencies
 * (a version-1 state has none of them).
 */
export const CLUSTER_CODEC_VERSION = 2;

type Entries<K, V> = [K, V][];
type EncodedCentroid = [Entries<string, number>, number];

interface EncodedStory {
  id: string;
  members: StoryMember[];
  firstSeq: number;
  lastSeq: number;
  firstDay?: number;
  lastDay?: number;
  terms: [string, EncodedCentroid][];
  keys: EncodedCentroid;
  keyTypes: Entries<string, EntityType>;
  surfaces: [string, Entries<string, number>][];
  names: EncodedCentroid;
  concepts: EncodedCentroid;
  numbers: Entries<string, number>;
  days: Entries<number, number>;
  countries: Entries<string, number>;
  outlets: Entries<string, number>;
  langs: Entries<string, number>;
  indexed: string[][];
  lookupMark: number;
  lookupWeight: number;
  active: boolean;
  frozenHeadline?: string;
  /** Absent when empty (and in states saved before near misses existed). */
  nearMisses?: string[];
}

interface EncodedState {
  version: number;
  options: ClusterOptions;
  stories: EncodedStory[];
  /** Stories reachable from the posting lists but no longer in `stories` (none in practice; kept safe). */
  detached: EncodedStory[];
  aliases: Entries<string, string>;
  articleStory: Entries<string, string>;
  df: Entries<string, number>[];
  docs: number;
  /** Language -> [articles, stem document frequencies]. */
  termDf: [string, [number, Entries<string, number>]][];
  /** Per feature kind: feature -> story ids, in posting order. */
  index: [string, string[]][][];
  lookups: number;
  /** Story id -> last update day (null for a story with no day: -Infinity is not JSON). */
  active: [string, number | null][];
  clock?: number;
}

function encodeCentroid(c: Centroid): EncodedCentroid {
  return [[...c.weights], c.norm];
}

function decodeCentroid([weights, norm]: EncodedCentroid): Centroid {
  return { weights: new Map(weights), norm };
}

function encodeStory(s: Story): EncodedStory {
  return {
    id: s.id,
    members: s.members,
    firstSeq: s.firstSeq,
    lastSeq: s.lastSeq,
    ...(s.firstDay !== undefined ? { firstDay: s.firstDay } : {}),
    ...(s.lastDay !== undefined ? { lastDay: s.lastDay } : {}),
    terms: [...s.terms].map(([lang, c]) => [lang, encodeCentroid(c)]),
    keys: encodeCentroid(s.keys),
    keyTypes: [...s.keyTypes],
    surfaces: [...s.surfaces].map(([k, forms]) => [k, [...forms]]),
    names: encodeCentroid(s.names),
    concepts: encodeCentroid(s.concepts),
    numbers: [...s.numbers],
    days: [...s.days],
    countries: [...s.countries],
    outlets: [...s.outlets],
    langs: [...s.langs],
    indexed: s.indexed.map((set) => [...set]),
    lookupMark: s.lookupMark,
    lookupWeight: s.lookupWeight,
    active: s.active,
    ...(s.frozenHeadline !== undefined ? { frozenHeadline: s.frozenHeadline } : {}),
    ...(s.nearMisses.length > 0 ? { nearMisses: [...s.nearMisses] } : {}),
  };
}

function decodeMember(m: StoryMember): StoryMember {
  // Members are written by addToStory with every key present (undefined included): keep that shape.
  return {
    id: m.id,
    title: m.title,
    titleTerms: m.titleTerms,
    lang: m.lang,
    source: m.source,
    day: m.day,
    eventDays: m.eventDays,
    seq: m.seq,
  };
}

function decodeStory(e: EncodedStory): Story {
  const story: Story = {
    id: e.id,
    members: e.members.map(decodeMember),
    firstSeq: e.firstSeq,
    lastSeq: e.lastSeq,
    terms: new Map(e.terms.map(([lang, c]) => [lang, decodeCentroid(c)])),
    keys: decodeCentroid(e.keys),
    keyTypes: new Map(e.keyTypes),
    surfaces: new Map(e.surfaces.map(([k, forms]) => [k, new Map(forms)])),
    names: decodeCentroid(e.names),
    concepts: decodeCentroid(e.concepts),
    numbers: new Map(e.numbers),
    days: new Map(e.days),
    countries: new Map(e.countries),
    outlets: new Map(e.outlets),
    langs: new Map(e.langs),
    indexed: e.indexed.map((list) => new Set(list)),
    lookupMark: e.lookupMark,
    lookupWeight: e.lookupWeight,
    nearMisses: [...(e.nearMisses ?? [])],
    active: e.active,
  };
  if (e.firstDay !== undefined) story.firstDay = e.firstDay;
  if (e.lastDay !== undefined) story.lastDay = e.lastDay;
  if (e.frozenHeadline !== undefined) story.frozenHeadline = e.frozenHeadline;
  return story;
}

/** The state as versioned JSON (see {@link decodeClusterState}). */
export function encodeClusterState(state: ClusterState): string {
  const detached = new Map<string, Story>();
  const index = state.index.map((kind) =>
    [...kind].map(([feature, list]): [string, string[]] => {
      for (const s of list) if (state.stories.get(s.id) !== s) detached.set(s.id, s);
      return [feature, list.map((s) => s.id)];
    }),
  );
  const encoded: EncodedState = {
    version: CLUSTER_CODEC_VERSION,
    options: state.options,
    stories: [...state.stories.values()].map(encodeStory),
    detached: [...detached.values()].map(encodeStory),
    aliases: [...state.aliases],
    articleStory: [...state.articleStory],
    df: state.df.map((m) => [...m]),
    docs: state.docs,
    termDf: [...state.termDf].map(([lang, { docs, df }]) => [lang, [docs, [...df]]]),
    index,
    lookups: state.lookups,
    active: [...state.active].map(([id, day]) => [id, Number.isFinite(day) ? day : null]),
    ...(state.clock !== undefined ? { clock: state.clock } : {}),
  };
  return JSON.stringify(encoded);
}

/** Thrown when the text is not an encoded state of this version. */
function badState(reason: string): Error {
  return new Error(`cluster state: ${reason}`);
}

/**
 * Rebuilds the state from {@link encodeClusterState}'s JSON. Throws an Error when the text is not JSON, has
 * another version, or refers to a story it does not hold.
 */
export function decodeClusterState(json: string): ClusterState {
  const e = JSON.parse(json) as EncodedState;
  if (e === null || typeof e !== 'object' || e.version !== CLUSTER_CODEC_VERSION)
    throw badState(
      `version ${String((e as { version?: unknown } | null)?.version)} is not ${CLUSTER_CODEC_VERSION}`,
    );
  const stories = new Map<string, Story>();
  for (const s of e.stories) stories.set(s.id, decodeStory(s));
  const detached = new Map<string, Story>();
  for (const s of e.detached) detached.set(s.id, decodeStory(s));
  const storyById = (id: string): Story => {
    const s = stories.get(id) ?? detached.get(id);
    if (!s) throw badState(`posting list names unknown story ${id}`);
    return s;
  };
  const state: ClusterState = {
    options: { ...DEFAULT_CLUSTER_OPTIONS, ...e.options }, // options added since the state was saved: defaults
    stories,
    aliases: new Map(e.aliases),
    articleStory: new Map(e.articleStory),
    df: e.df.map((entries) => new Map(entries)),
    docs: e.docs,
    termDf: new Map(e.termDf.map(([lang, [docs, df]]) => [lang, { docs, df: new Map(df) }])),
    index: e.index.map((kind) => new Map(kind.map(([f, ids]) => [f, ids.map(storyById)]))),
    lookups: e.lookups,
    active: new Map(e.active.map(([id, day]) => [id, day ?? Number.NEGATIVE_INFINITY])),
  };
  if (e.clock !== undefined) state.clock = e.clock;
  return state;
}
