/**
 * Assigning one article to a story, online. Steps:
 * 1. advance the stream's clock and archive stories that fell out of the time window;
 * 2. count the article's features into the document frequencies (IDF updates online, never recomputed);
 * 3. build its vectors; look up candidate stories in the inverted index (never a scan of all stories);
 * 4. score each candidate (keys, same-language terms, names, numbers, event days; times the time decay) and
 *    take the best (ties by story id, so the order of candidates does not matter);
 * 5. join the best story when its score reaches the threshold, else start a new story (id from the article);
 * 6. merge the joined story with any other candidate that now converges with it (older id survives);
 * 7. post the story under the article's features.
 */
import type { Profile } from '../similarity/profile.ts';
import { evictExpired } from './archive.ts';
import { candidates, postStory } from './index.ts';
import { mergeStories } from './merge.ts';
import { scoreArticle, scoreStories, type ScoreParts } from './score.ts';
import { addToStory, newStory, storyIdFor } from './story.ts';
import { articleVectors, countFeatures } from './vectors.ts';
import type { ClusterState, Story } from './state.ts';

export interface Assignment {
  readonly storyId: string;
  /** Score against the story joined (0 for a new story with no candidate). */
  readonly score: number;
  readonly created: boolean;
  /** Ids of the stories merged into `storyId` by this assignment. */
  readonly merged?: readonly string[];
}

export interface ScoredCandidate {
  readonly story: Story;
  readonly parts: ScoreParts;
}

/** The best candidate: highest score, ties by story id (independent of the candidates' order). */
export function pickBest(scored: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  let best: ScoredCandidate | undefined;
  for (const c of scored) {
    if (
      !best ||
      c.parts.score > best.parts.score ||
      (c.parts.score === best.parts.score && c.story.id < best.story.id)
    )
      best = c;
  }
  return best;
}

/** Moves a story to the back of the active map (most recently updated), with its last day. */
function touch(state: ClusterState, story: Story): void {
  state.active.delete(story.id);
  state.active.set(story.id, story.lastDay ?? Number.NEGATIVE_INFINITY);
}

/** Assigns one article (its profile) to a story, updating the state. Articles must arrive in time order. */
export function assign(state: ClusterState, profile: Profile): Assignment {
  const { options } = state;
  const known = state.articleStory.get(profile.id);
  if (known !== undefined) return { storyId: known, score: 1, created: false };

  if (profile.day !== undefined && (state.clock === undefined || profile.day > state.clock)) {
    state.clock = profile.day;
  }
  const day = profile.day ?? state.clock;
  if (state.clock !== undefined) evictExpired(state, state.clock);

  const seq = state.docs;
  countFeatures(state, profile);
  const v = articleVectors(state, profile);
  const scored = candidates(state, v.lookup, day).map((story) => ({
    story,
    parts: scoreArticle(v, day, story, options),
  }));
  const best = pickBest(scored);

  let story: Story;
  let created = false;
  if (best && best.parts.score >= options.threshold) story = best.story;
  else {
    story = newStory(storyIdFor(profile.id), seq);
    state.stories.set(story.id, story);
    created = true;
  }
  addToStory(state, story, profile, v, seq, day);
  state.articleStory.set(profile.id, story.id);

  const merged: string[] = [];
  if (!created) {
    // Other stories this article also fits may now be one story with the joined one.
    const others = scored
      .filter((c) => c.story !== story && c.parts.score >= options.threshold)
      .sort((a, b) => (a.story.id < b.story.id ? -1 : 1));
    for (const o of others) {
      if (!o.story.active || !state.stories.has(o.story.id)) continue;
      if (scoreStories(story, o.story, options).score < options.mergeThreshold) continue;
      const keep = mergeStories(state, story, o.story);
      merged.push(keep === story ? o.story.id : story.id);
      story = keep;
    }
  }
  postStory(state, story, v.lookup);
  touch(state, story);
  return {
    storyId: story.id,
    score: best?.parts.score ?? 0,
    created,
    ...(merged.length ? { merged } : {}),
  };
}
