/**
 * Clustering evaluation (shapes in ../shared/docs/CONTRACT.md, `eval clustering`):
 * - against gold story labels of an article JSONL file (B-cubed and pairwise precision/recall/F1);
 * - against the labelled pairs of a SemEval-format CSV (every distinct text clustered as one stream; Overall
 *   <= 1.5 is a same-story pair, >= 3.5 a different-story pair).
 */
import { existsSync } from 'node:fs';
import type { ClusterOptions } from '../core/cluster/state.ts';
import { storyOfArticle } from '../core/cluster/state.ts';
import { storylineError } from '../core/errors.ts';
import { bcubed, pairwise, type PRF } from '../core/eval/metrics.ts';
import type { Article } from '../core/types.ts';
import { clusterArticles, readArticles, storyLabels } from './cluster.ts';
import { readSemevalPairs, semevalArticle, type SemevalPair } from './datasets.ts';

/** Human Overall score at or below which a pair is the same story (1 = very similar). */
export const SAME_MAX_OVERALL = 1.5;
/** Human Overall score at or above which a pair is a different story. */
export const DIFFERENT_MIN_OVERALL = 3.5;

export interface GoldClusteringResult {
  readonly articles: number;
  readonly stories: { readonly gold: number; readonly predicted: number };
  readonly bcubed: PRF;
  readonly pairwise: PRF;
  /** Inputs that could not be read or analysed (reported, not counted). */
  readonly failed: number;
  /** Their messages, each naming the input and the reason (the first `MAX_FAILURE_MESSAGES`). */
  readonly failures: readonly string[];
}

/** Failure messages kept in a result (the count is always exact). */
export const MAX_FAILURE_MESSAGES = 20;

export interface PairsClusteringResult {
  readonly articles: number;
  readonly samePairs: number;
  readonly differentPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

/** Scores clustering of labelled articles (each with `story`) against their gold labels. */
export function evalGoldArticles(articles: readonly Article[], options: Partial<ClusterOptions> = {}) {
  const labelled = articles.filter((a) => a.story !== undefined);
  const run = clusterArticles(labelled, options);
  const ids = run.articles.map((x) => x.article.id);
  const gold = run.articles.map((x) => x.article.story!);
  const predicted = storyLabels(run.state, ids);
  return {
    articles: ids.length,
    stories: { gold: new Set(gold).size, predicted: new Set(predicted).size },
    bcubed: bcubed(predicted, gold),
    pairwise: pairwise(predicted, gold),
    failed: run.failures.length,
    failures: run.failures.slice(0, MAX_FAILURE_MESSAGES).map((f) => f.message),
  } satisfies GoldClusteringResult;
}

/** `eval clustering --gold <jsonl>`: reads the file and scores the clustering against its `story` labels. */
export async function evalClusteringGold(
  path: string,
  options: Partial<ClusterOptions> = {},
): Promise<GoldClusteringResult> {
  const { articles, failures } = await readArticles([path]);
  if (articles.length === 0 && failures.length) throw failures[0];
  if (!articles.some((a) => a.story !== undefined))
    throw storylineError('INPUT_MALFORMED', path, 'no article has a "story" label');
  const r = evalGoldArticles(articles, options);
  const messages = [...failures.map((f) => f.message), ...r.failures].slice(0, MAX_FAILURE_MESSAGES);
  return { ...r, failed: r.failed + failures.length, failures: messages };
}

/** Every distinct text of the pairs as an article, in order of first appearance. */
export function pairArticles(pairs: readonly SemevalPair[]): {
  articles: Article[];
  idOf: Map<string, string>;
} {
  const idOf = new Map<string, string>();
  const articles: Article[] = [];
  for (const p of pairs) {
    for (const [text, lang, side] of [
      [p.text1, p.lang1, 1],
      [p.text2, p.lang2, 2],
    ] as const) {
      if (idOf.has(text)) continue;
      const id = `semeval:${p.pairId}#${side}`;
      idOf.set(text, id);
      articles.push(semevalArticle(text, lang, id));
    }
  }
  return { articles, idOf };
}

/** Counts labelled pairs against a story lookup (article id -> story, undefined when not clustered). */
export function countPairs(
  pairs: readonly SemevalPair[],
  idOf: ReadonlyMap<string, string>,
  storyOf: (articleId: string) => string | undefined,
  articles: number,
): PairsClusteringResult {
  let same = 0;
  let different = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    const isSame = p.scores.overall <= SAME_MAX_OVERALL;
    const isDifferent = p.scores.overall >= DIFFERENT_MIN_OVERALL;
    if (!isSame && !isDifferent) continue;
    const a = storyOf(idOf.get(p.text1)!);
    const b = storyOf(idOf.get(p.text2)!);
    if (a === undefined || b === undefined) continue; // an analysis failure: not counted
    const together = a === b;
    if (isSame) {
      same++;
      if (together) tp++;
      else fn++;
    } else {
      different++;
      if (together) fp++;
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    articles,
    samePairs: same,
    differentPairs: different,
    precision,
    recall,
    f1,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}

/** Scores clustering of SemEval pairs (see the module comment). */
export function evalPairs(
  pairs: readonly SemevalPair[],
  options: Partial<ClusterOptions> = {},
): PairsClusteringResult {
  const { articles, idOf } = pairArticles(pairs);
  const run = clusterArticles(articles, options);
  return countPairs(pairs, idOf, (id) => storyOfArticle(run.state, id), run.articles.length);
}

/** `eval clustering --pairs <csv>`: reads the CSV and scores the clustering on its labelled pairs. */
export function evalClusteringPairs(
  path: string,
  options: Partial<ClusterOptions> & { readonly realOnly?: boolean } = {},
): PairsClusteringResult {
  const { realOnly, ...clusterOptions } = options;
  if (!existsSync(path)) throw storylineError('INPUT_NOT_FOUND', path);
  let pairs = readSemevalPairs(path);
  if (realOnly) pairs = pairs.filter((p) => !p.translated);
  return evalPairs(pairs, clusterOptions);
}
