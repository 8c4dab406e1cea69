/**
 * The inverted index: feature (entity/place key, name, number, top term) -> the active stories posted under
 * it. Candidate stories for an article come from its features' posting lists only, never from a scan of
 * every story. Features found in too many articles (stop-keys) are not looked up, and posting lists keep
 * only the most recent stories, so a look-up costs the same however large the archive grows.
 */
import { idf } from './vectors.ts';
import type { ClusterState, Story } from './state.ts';

/** True when a feature is too common to point at a story (in more than `stopShare` of the articles). */
export function isStopFeature(state: ClusterState, feature: string): boolean {
  const { stopShare, stopMinDocs } = state.options;
  if (state.docs < stopMinDocs) return false;
  return (state.df.get(feature) ?? 0) > stopShare * state.docs;
}

/** Posts a story under features (once each); a full posting list drops its oldest story. */
export function postStory(state: ClusterState, story: Story, features: readonly string[]): void {
  const max = state.options.maxPosting;
  for (const f of features) {
    if (story.indexed.has(f)) continue;
    let list = state.index.get(f);
    if (!list) {
      list = [];
      state.index.set(f, list);
    }
    list.push(story.id);
    story.indexed.add(f);
    if (list.length > max) {
      const dropped = list.shift()!;
      state.stories.get(dropped)?.indexed.delete(f);
    }
  }
}

/** Removes a story from every posting list it is in. */
export function unpostStory(state: ClusterState, story: Story): void {
  for (const f of story.indexed) {
    const list = state.index.get(f);
    if (!list) continue;
    const i = list.indexOf(story.id);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) state.index.delete(f);
  }
  story.indexed.clear();
}

/**
 * Candidate stories for an article's look-up features: the active stories sharing the most IDF weight of
 * features with it (at most `maxCandidates`), ordered by that weight, ties by story id.
 */
export function candidates(state: ClusterState, lookup: readonly string[], day: number | undefined): Story[] {
  const shared = new Map<string, number>();
  for (const f of lookup) {
    const list = state.index.get(f);
    if (!list || isStopFeature(state, f)) continue;
    const w = idf(state, f);
    for (const id of list) shared.set(id, (shared.get(id) ?? 0) + w);
  }
  const ranked = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Story[] = [];
  const window = state.options.windowDays;
  for (const [id] of ranked) {
    const s = state.stories.get(id);
    if (!s || !s.active) continue;
    if (day !== undefined && s.lastDay !== undefined && day - s.lastDay > window) continue;
    out.push(s);
    if (out.length >= state.options.maxCandidates) break;
  }
  return out;
}
