/**
 * Archiving: stories not updated within the time window leave the inverted index and drop their centroids
 * (their headline is frozen first), so memory and look-up cost stay flat as the stream grows.
 */
import { renorm } from './centroid.ts';
import { unpostStory } from './index.ts';
import { representativeHeadline, SUMMARY_KEYS } from './summary.ts';
import { topKeys } from './vectors.ts';
import type { ClusterState, Story } from './state.ts';

/** Takes a story out of the index and compacts it; it stays readable for summaries. */
export function archiveStory(state: ClusterState, story: Story): void {
  story.frozenHeadline = representativeHeadline(story);
  unpostStory(state, story);
  story.active = false;
  story.terms.clear();
  story.names.weights.clear();
  story.names.norm = 0;
  story.concepts.weights.clear();
  story.concepts.norm = 0;
  story.numbers.clear();
  story.days.clear();
  story.nearMisses.length = 0;
  compactKeys(story);
  state.active.delete(story.id);
}

/**
 * Keeps only the keys a summary lists (the top `SUMMARY_KEYS` entities and places by weight, ties by key)
 * with their types and surface forms: an archived story is no longer scored, and a long archive of full key
 * centroids would keep the garbage collector busy for nothing.
 */
export function compactKeys(story: Story): void {
  const { weights } = story.keys;
  const isPlace = (k: string) => story.keyTypes.get(k) === 'place';
  const keep = new Set([
    ...topKeys(new Map([...weights].filter(([k]) => isPlace(k))), SUMMARY_KEYS),
    ...topKeys(new Map([...weights].filter(([k]) => !isPlace(k))), SUMMARY_KEYS),
  ]);
  for (const k of [...weights.keys()]) if (!keep.has(k)) weights.delete(k);
  for (const k of [...story.surfaces.keys()]) if (!keep.has(k)) story.surfaces.delete(k);
  for (const k of [...story.keyTypes.keys()]) if (!keep.has(k)) story.keyTypes.delete(k);
  renorm(story.keys);
}

/**
 * Stories archived per call at most: a new day can expire hundreds of stories at once; spreading the work
 * over the next articles keeps the per-article latency flat (expired stories are skipped as candidates).
 */
export const EVICT_PER_CALL = 8;

/**
 * Archives active stories last updated more than `windowDays` before `day`, at most `max` of them. The active
 * map is in update order, so the sweep stops at the first story still inside the window (amortised O(1)).
 */
export function evictExpired(state: ClusterState, day: number, max = EVICT_PER_CALL): number {
  const limit = day - state.options.windowDays;
  let n = 0;
  for (const [id, last] of state.active) {
    if (last >= limit || n >= max) break;
    const story = state.stories.get(id);
    if (story) archiveStory(state, story);
    else state.active.delete(id);
    n++;
  }
  return n;
}
