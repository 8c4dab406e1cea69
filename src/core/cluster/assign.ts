/**
 * Assigning one article to a story, online. Steps:
 * 1. advance the stream's clock and archive stories that fell out of the time window;
 * 2. count the article's features into the document frequencies (IDF updates online, never recomputed);
 * 3. build its vectors; look up candidate stories in the inverted index (never a scan of all stories);
 * 4. score each candidate (keys, same-language terms, names, numbers, event days; times the time decay) and
 *    take the best (ties by story id, so the order of candidates does not matter);
 * 5. join the best story when its score reaches the threshold (with an `accept` check: the best one it accepts),
 *    else start a new story (id from the article);
 * 6. merge the joined story with any other candidate that now converges with it (older id survives), and take
 *    the second look at the joined story's near misses (stories begun by articles that nearly joined it); a new
 *    story that nearly joined its best candidate is remembered by it as a near miss;
 * 7. post the story under the article's features.
 */
import type { Profile } from '../similarity/profile.ts';
import { evictExpired } from './archive.ts';
import { candidates, postStory } from './index.ts';
import { mergeStories, rememberNearMiss } from './merge.ts';
import { scoreStories, scoreValue } from './score.ts';
import { addToStory, newStory, storyIdFor } from './story.ts';
import { articleVectors, countFeatures } from './vectors.ts';
import { resolveStoryId, type ClusterState, type Story } from './state.ts';

export interface Assignment {
  readonly storyId: string;
  /** Score against the story joined (0 for a new story with no candidate). */
  readonly score: number;
  readonly created: boolean;
  /** Ids of the stories merged into `storyId` by this assignment. */
  readonly merged?: readonly string[];
}

/**
 * A second-stage check of a join, supplied by the caller (e.g. a pair model comparing the article with members
 * it keeps per story): asked about the candidates whose score reaches the threshold, best first; the article
 * joins the first one accepted, else starts a new story. Only candidates it accepts may then be merged with the
 * joined story.
 */
export type AcceptJoin = (story: Story, profile: Profile, score: number) => boolean;

/**
 * Index of the best candidate: highest score, ties by story id (independent of the candidates' order);
 * -1 when there is none.
 */
export function pickBest(cands: readonly Story[], scores: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < cands.length; i++) {
    if (best < 0 || scores[i] > scores[best] || (scores[i] === scores[best] && cands[i].id < cands[best].id))
      best = i;
  }
  return best;
}

/** Moves a story to the back of the active map (most recently updated), with its last day. */
function touch(state: ClusterState, story: Story): void {
  state.active.delete(story.id);
  state.active.set(story.id, story.lastDay ?? Number.NEGATIVE_INFINITY);
}

/**
 * When the stream's clock starts (its first dated article), the stories made only of undated articles so far
 * count as current news, not as expired ones: without this they would be archived at once.
 */
function dateUndated(state: ClusterState, day: number): void {
  for (const [id, last] of state.active) if (last === Number.NEGATIVE_INFINITY) state.active.set(id, day);
}

/**
 * Index of the best candidate at or above `threshold` that `accept` accepts (highest score first, ties by story
 * id); -1 when none.
 */
function pickAccepted(
  cands: readonly Story[],
  scores: ArrayLike<number>,
  threshold: number,
  profile: Profile,
  accept: AcceptJoin,
  rejected: Set<Story>,
): number {
  for (;;) {
    let best = -1;
    for (let i = 0; i < cands.length; i++) {
      if (rejected.has(cands[i]) || scores[i] < threshold) continue;
      if (
        best < 0 ||
        scores[i] > scores[best] ||
        (scores[i] === scores[best] && cands[i].id < cands[best].id)
      )
        best = i;
    }
    if (best < 0 || accept(cands[best], profile, scores[best])) return best;
    rejected.add(cands[best]);
  }
}

/** True when a new story's best candidate scored at least `nearMissShare` of the threshold (option on). */
function isNearMiss(options: ClusterState['options'], scores: ArrayLike<number>, best: number): boolean {
  const { nearMissShare, threshold } = options;
  return nearMissShare > 0 && best >= 0 && scores[best] >= nearMissShare * threshold;
}

/**
 * The second look at a story's near misses, now that it has grown: each one still active merges with it when
 * the two stories score at least `nearMissMerge`; all are then forgotten. Reports each absorbed id; returns the
 * surviving story.
 */
function secondLook(state: ClusterState, story: Story, absorbed: (id: string) => void): Story {
  if (story.nearMisses.length === 0) return story;
  const ids = story.nearMisses.splice(0);
  for (const id of ids) {
    const other = state.stories.get(resolveStoryId(state, id));
    if (!other || !other.active || other === story) continue;
    if (scoreStories(story, other, state.options).score < state.options.nearMissMerge) continue;
    const keep = mergeStories(state, story, other);
    absorbed(keep === story ? other.id : story.id);
    story = keep;
  }
  return story;
}

/**
 * Assigns one article (its profile) to a story, updating the state. Articles must arrive in time order.
 * `accept` (optional) is a second-stage check of each join (see {@link AcceptJoin}).
 */
export function assign(state: ClusterState, profile: Profile, accept?: AcceptJoin): Assignment {
  const { options } = state;
  const known = state.articleStory.get(profile.id);
  if (known !== undefined) return { storyId: known, score: 1, created: false };

  if (profile.day !== undefined && (state.clock === undefined || profile.day > state.clock)) {
    if (state.clock === undefined) dateUndated(state, profile.day);
    state.clock = profile.day;
  }
  const day = profile.day ?? state.clock;
  if (state.clock !== undefined) evictExpired(state, state.clock);

  const seq = state.docs;
  countFeatures(state, profile);
  const v = articleVectors(state, profile);
  const cands = candidates(state, v.lookup, day, profile.lang);
  const scores = new Float64Array(cands.length);
  for (let i = 0; i < cands.length; i++) scores[i] = scoreValue(v, day, cands[i], options);
  const rejected = new Set<Story>();
  const best = accept
    ? pickAccepted(cands, scores, options.threshold, profile, accept, rejected)
    : pickBest(cands, scores);

  let story: Story;
  let created = false;
  if (best >= 0 && scores[best] >= options.threshold) story = cands[best];
  else {
    story = newStory(storyIdFor(profile.id), seq);
    state.stories.set(story.id, story);
    created = true;
  }
  addToStory(state, story, profile, v, seq, day);
  state.articleStory.set(profile.id, story.id);

  let merged: string[] | undefined;
  if (created && isNearMiss(options, scores, best)) rememberNearMiss(cands[best], story.id);
  if (!created) {
    // Other stories this article also fits may now be one story with the joined one (in id order).
    let others: Story[] | undefined;
    for (let i = 0; i < cands.length; i++) {
      if (cands[i] === story || scores[i] < options.threshold || rejected.has(cands[i])) continue;
      if (accept && !accept(cands[i], profile, scores[i])) continue;
      (others ??= []).push(cands[i]);
    }
    others?.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const o of others ?? []) {
      if (!o.active || !state.stories.has(o.id)) continue;
      if (scoreStories(story, o, options).score < options.mergeThreshold) continue;
      const keep = mergeStories(state, story, o);
      (merged ??= []).push(keep === story ? o.id : story.id);
      story = keep;
    }
    story = secondLook(state, story, (id) => (merged ??= []).push(id));
  }
  postStory(state, story, v.lookup);
  touch(state, story);
  return {
    storyId: story.id,
    score: best >= 0 ? scores[best] : 0,
    created,
    ...(merged ? { merged } : {}),
  };
}
