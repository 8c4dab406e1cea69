/**
 * Clustering service: analyses articles, builds their profiles and feeds them, in time order, through the
 * online story clustering (src/core/cluster). One article that fails analysis is reported, the others go on.
 */
import { assign } from '../core/cluster/assign.ts';
import { streamOrder } from '../core/cluster/order.ts';
import {
  createClusterState,
  storyOfArticle,
  type ClusterOptions,
  type ClusterState,
} from '../core/cluster/state.ts';
import { summarizeStory, type StorySummary } from '../core/cluster/summary.ts';
import type { StorylineError } from '../core/errors.ts';
import { buildProfile, type Profile } from '../core/similarity/profile.ts';
import type { Article } from '../core/types.ts';
import { analyzeArticle } from './analyze.ts';
import { readSources } from './sources.ts';

export interface ClusterRun {
  readonly state: ClusterState;
  /** The articles clustered, in stream order, with their profile. */
  readonly articles: readonly { readonly article: Article; readonly profile: Profile }[];
  readonly failures: readonly StorylineError[];
}

export { streamOrder };

/** Analyses the articles and clusters them in stream order (see {@link streamOrder}). */
export function clusterArticles(
  articles: readonly Article[],
  options: Partial<ClusterOptions> = {},
): ClusterRun {
  const state = createClusterState(options);
  const done: { article: Article; profile: Profile }[] = [];
  const failures: StorylineError[] = [];
  for (const article of streamOrder(articles)) {
    const r = analyzeArticle(article);
    if (!r.ok) {
      failures.push(r.error);
      continue;
    }
    const profile = buildProfile(r.analysis);
    assign(state, profile);
    done.push({ article, profile });
  }
  return { state, articles: done, failures };
}

/** Clusters already-built profiles (already in stream order) into a fresh state. */
export function clusterProfiles(
  profiles: Iterable<Profile>,
  options: Partial<ClusterOptions> = {},
): ClusterState {
  const state = createClusterState(options);
  for (const p of profiles) assign(state, p);
  return state;
}

/** Reads every article of the inputs (files, folders, `-`), keeping read failures apart. */
export async function readArticles(
  inputs: readonly string[],
): Promise<{ articles: Article[]; failures: StorylineError[] }> {
  const articles: Article[] = [];
  const failures: StorylineError[] = [];
  const seen = new Set<string>();
  for await (const item of readSources(inputs)) {
    if (!item.ok) failures.push(item.error);
    else if (!seen.has(item.article.id)) {
      seen.add(item.article.id);
      articles.push(item.article);
    }
  }
  return { articles, failures };
}

/** The story (after merges) of each article id, in the order given. */
export function storyLabels(state: ClusterState, ids: readonly string[]): string[] {
  return ids.map((id) => storyOfArticle(state, id) ?? `unassigned:${id}`);
}

/** Summaries of every story, largest first (ties by first appearance, then id). */
export function storySummaries(state: ClusterState): StorySummary[] {
  return [...state.stories.values()]
    .sort((a, b) => b.members.length - a.members.length || a.firstSeq - b.firstSeq || (a.id < b.id ? -1 : 1))
    .map(summarizeStory);
}
