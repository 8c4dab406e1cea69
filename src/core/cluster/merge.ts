/**
 * Merging two stories that converged: the older one (first article earlier in the stream) survives and
 * absorbs the other; the absorbed id is recorded as an alias so it still resolves.
 */
import { addCounts, addInto, renorm } from './centroid.ts';
import { pruneSurfaces } from './story.ts';
import { FEATURE_KINDS } from './vectors.ts';
import { MAX_NEAR_MISSES, type ClusterState, type Story } from './state.ts';

/** Remembers a near miss of a story (once; the oldest is forgotten past `MAX_NEAR_MISSES`). */
export function rememberNearMiss(story: Story, id: string): void {
  if (id === story.id || story.nearMisses.includes(id)) return;
  story.nearMisses.push(id);
  if (story.nearMisses.length > MAX_NEAR_MISSES) story.nearMisses.shift();
}

/** The older of two stories (earlier first article; ties by id). */
export function olderOf(a: Story, b: Story): Story {
  if (a.firstSeq !== b.firstSeq) return a.firstSeq < b.firstSeq ? a : b;
  return a.id < b.id ? a : b;
}

/** Merges stories `a` and `b`; returns the surviving story. */
export function mergeStories(state: ClusterState, a: Story, b: Story): Story {
  const keep = olderOf(a, b);
  const drop = keep === a ? b : a;
  const { topTerms, topKeys } = state.options;

  for (const m of drop.members) keep.members.push(m);
  keep.members.sort((x, y) => x.seq - y.seq);
  keep.firstSeq = Math.min(keep.firstSeq, drop.firstSeq);
  keep.lastSeq = Math.max(keep.lastSeq, drop.lastSeq);
  if (drop.firstDay !== undefined)
    keep.firstDay = keep.firstDay === undefined ? drop.firstDay : Math.min(keep.firstDay, drop.firstDay);
  if (drop.lastDay !== undefined)
    keep.lastDay = keep.lastDay === undefined ? drop.lastDay : Math.max(keep.lastDay, drop.lastDay);

  for (const [lang, c] of drop.terms) {
    const into = keep.terms.get(lang);
    if (into) addInto(into, c.weights, topTerms);
    else {
      keep.terms.set(lang, { weights: new Map(c.weights), norm: 0 });
      renorm(keep.terms.get(lang)!);
    }
  }
  addInto(keep.keys, drop.keys.weights, topKeys);
  addInto(keep.names, drop.names.weights, topKeys);
  if (drop.concepts.norm > 0) addInto(keep.concepts, drop.concepts.weights, topKeys);
  for (const [k, t] of drop.keyTypes) if (!keep.keyTypes.has(k)) keep.keyTypes.set(k, t);
  for (const [k, forms] of drop.surfaces) {
    let into = keep.surfaces.get(k);
    if (!into) {
      into = new Map();
      keep.surfaces.set(k, into);
    }
    for (const [s, c] of forms) into.set(s, (into.get(s) ?? 0) + c);
  }
  pruneSurfaces(keep);
  addCounts(keep.numbers, drop.numbers, topKeys);
  addCounts(keep.days, drop.days, topKeys);
  addCounts(keep.countries, drop.countries, topKeys);
  addCounts(keep.outlets, drop.outlets, topKeys);
  addCounts(keep.langs, drop.langs, topKeys);
  for (const id of drop.nearMisses) rememberNearMiss(keep, id);
  drop.nearMisses.length = 0;

  // Re-point the index: the survivor takes the absorbed story's place in its posting lists.
  for (let kind = 0; kind < FEATURE_KINDS; kind++) {
    const index = state.index[kind];
    const indexed = keep.indexed[kind];
    for (const f of drop.indexed[kind]) {
      const list = index.get(f);
      if (!list) continue;
      const i = list.indexOf(drop);
      if (i < 0) continue;
      if (indexed.has(f)) list.splice(i, 1);
      else {
        list[i] = keep;
        indexed.add(f);
      }
    }
    drop.indexed[kind].clear();
  }
  drop.active = false;
  state.active.delete(drop.id);
  state.stories.delete(drop.id);
  state.aliases.set(drop.id, keep.id);
  return keep;
}
