/**
 * Creating a story and adding an article to it: bounded centroid updates and bookkeeping (members, days,
 * outlets, languages, surface forms).
 */
import type { Profile } from '../similarity/profile.ts';
import type { ArticleVectors } from './vectors.ts';
import { addCounts, addInto, emptyCentroid } from './centroid.ts';
import type { Centroid, ClusterState, Story, StoryMember } from './state.ts';

/** Story id derived from the first article's id: stable across runs and independent of arrival count. */
export function storyIdFor(articleId: string): string {
  return `story:${articleId}`;
}

/** A new, empty story (not yet registered in the state). */
export function newStory(id: string, seq: number): Story {
  return {
    id,
    members: [],
    firstSeq: seq,
    lastSeq: seq,
    terms: new Map(),
    keys: emptyCentroid(),
    keyTypes: new Map(),
    surfaces: new Map(),
    names: emptyCentroid(),
    concepts: emptyCentroid(),
    numbers: new Map(),
    days: new Map(),
    countries: new Map(),
    outlets: new Map(),
    langs: new Map(),
    indexed: [new Set(), new Set(), new Set(), new Set()],
    lookupMark: 0,
    lookupWeight: 0,
    nearMisses: [],
    active: true,
  };
}

/** Keeps surface forms only for keys still in the key centroid, once there are twice as many. */
export function pruneSurfaces(story: Story): void {
  if (story.surfaces.size <= 2 * story.keys.weights.size) return;
  for (const k of [...story.surfaces.keys()]) {
    if (!story.keys.weights.has(k)) {
      story.surfaces.delete(k);
      story.keyTypes.delete(k);
    }
  }
}

/**
 * Scale that makes a member vector unit-length: the centroid is then the mean direction of its members, so a
 * long article does not outweigh the short reports of the same story.
 */
function unit(c: Centroid): number {
  return c.norm > 0 ? 1 / c.norm : 0;
}

/** Adds an article (profile, vectors, arrival number, effective day) to a story. */
export function addToStory(
  state: ClusterState,
  story: Story,
  profile: Profile,
  v: ArticleVectors,
  seq: number,
  day: number | undefined,
): void {
  const { topTerms, topKeys } = state.options;
  const member: StoryMember = {
    id: profile.id,
    title: profile.title,
    titleTerms: [...profile.titleTerms],
    lang: profile.lang,
    source: profile.source,
    day,
    eventDays: profile.eventDays,
    seq,
  };
  story.members.push(member);
  story.firstSeq = Math.min(story.firstSeq, seq);
  story.lastSeq = Math.max(story.lastSeq, seq);
  if (day !== undefined) {
    story.firstDay = story.firstDay === undefined ? day : Math.min(story.firstDay, day);
    story.lastDay = story.lastDay === undefined ? day : Math.max(story.lastDay, day);
  }
  let terms = story.terms.get(v.lang);
  if (!terms) {
    terms = emptyCentroid();
    story.terms.set(v.lang, terms);
  }
  addInto(terms, v.terms.weights, topTerms, unit(v.terms));
  addInto(story.keys, v.keys.weights, topKeys, unit(v.keys));
  for (const [k, type] of v.keyTypes) {
    if (!story.keyTypes.has(k)) story.keyTypes.set(k, type);
    const surface = profile.surfaces.get(k);
    if (surface === undefined) continue;
    let forms = story.surfaces.get(k);
    if (!forms) {
      forms = new Map();
      story.surfaces.set(k, forms);
    }
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
  }
  pruneSurfaces(story);
  addInto(story.names, v.names.weights, topKeys, unit(v.names));
  if (v.concepts.norm > 0) addInto(story.concepts, v.concepts.weights, topKeys, unit(v.concepts));
  addCounts(story.numbers, v.numbers, topKeys);
  addCounts(story.days, v.days, topKeys);
  addCounts(story.countries, profile.countries, topKeys);
  if (profile.source) addCounts(story.outlets, [profile.source], topKeys);
  addCounts(story.langs, [profile.lang], topKeys);
}
