/**
 * The inverted index: feature (entity/place key, name, number, top term; one map per feature kind) -> the
 * active stories posted under it. Candidate stories for an article come from its features' posting lists
 * only, never from a scan of every story. Features found in too many articles (stop-keys) are not looked up,
 * and posting lists keep only the most recent stories, so a look-up costs the same however large the archive
 * grows. The look-up accumulates shared weight on the stories themselves (`lookupMark`, `lookupWeight`) and
 * keeps the best few by insertion: no map, no sort and no object per story reached.
 */
import { FEATURE_KINDS, smoothedIdf, TERM } from './vectors.ts';
import type { ClusterState, Story } from './state.ts';

/**
 * True when a feature is too common to point at a story: in more than `stopShare` of the articles, counted in
 * `counts` (the document frequencies of its kind, over `docs` articles; a term's are its language's).
 */
export function isStopFeature(
  state: ClusterState,
  counts: ReadonlyMap<string, number>,
  docs: number,
  feature: string,
): boolean {
  const { stopShare, stopMinDocs } = state.options;
  if (docs < stopMinDocs) return false;
  return (counts.get(feature) ?? 0) > stopShare * docs;
}

/** Posts a story under features of every kind (once each); a full posting list drops its oldest story. */
export function postStory(state: ClusterState, story: Story, features: readonly (readonly string[])[]): void {
  const max = state.options.maxPosting;
  for (let kind = 0; kind < FEATURE_KINDS; kind++) {
    const index = state.index[kind];
    const indexed = story.indexed[kind];
    for (const f of features[kind]) {
      if (indexed.has(f)) continue;
      let list = index.get(f);
      if (!list) {
        list = [];
        index.set(f, list);
      }
      list.push(story);
      indexed.add(f);
      if (list.length > max) list.shift()!.indexed[kind].delete(f);
    }
  }
}

/** Removes a story from every posting list it is in. */
export function unpostStory(state: ClusterState, story: Story): void {
  for (let kind = 0; kind < FEATURE_KINDS; kind++) {
    const index = state.index[kind];
    for (const f of story.indexed[kind]) {
      const list = index.get(f);
      if (!list) continue;
      const i = list.indexOf(story);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) index.delete(f);
    }
    story.indexed[kind].clear();
  }
}

/** True when story `a` ranks before `b`: more shared weight, ties by id. */
function ranksBefore(a: Story, b: Story): boolean {
  return a.lookupWeight > b.lookupWeight || (a.lookupWeight === b.lookupWeight && a.id < b.id);
}

/**
 * Candidate stories for an article's look-up features (per kind): the active stories within the window
 * sharing the most IDF weight of features with it (at most `maxCandidates`), ordered by that weight, ties by
 * story id.
 */
export function candidates(
  state: ClusterState,
  lookup: readonly (readonly string[])[],
  day: number | undefined,
  lang: string,
): Story[] {
  const mark = ++state.lookups;
  const reached: Story[] = [];
  const own = state.termDf.get(lang);
  for (let kind = 0; kind < FEATURE_KINDS; kind++) {
    const index = state.index[kind];
    const terms = kind === TERM && own !== undefined;
    const counts = terms ? own.df : state.df[kind];
    const docs = terms ? own.docs : state.docs;
    for (const f of lookup[kind]) {
      const list = index.get(f);
      if (!list || isStopFeature(state, counts, docs, f)) continue;
      const w = smoothedIdf(docs, counts.get(f) ?? 0);
      for (const s of list) {
        if (s.lookupMark !== mark) {
          s.lookupMark = mark;
          s.lookupWeight = 0;
          reached.push(s);
        }
        s.lookupWeight += w;
      }
    }
  }
  const { maxCandidates, windowDays } = state.options;
  const out: Story[] = [];
  for (const s of reached) {
    if (!s.active) continue;
    if (day !== undefined && s.lastDay !== undefined && day - s.lastDay > windowDays) continue;
    let i = out.length;
    if (i === maxCandidates && !ranksBefore(s, out[i - 1])) continue;
    while (i > 0 && ranksBefore(s, out[i - 1])) i--;
    out.splice(i, 0, s);
    if (out.length > maxCandidates) out.pop();
  }
  return out;
}
