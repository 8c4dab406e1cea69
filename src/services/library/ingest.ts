/**
 * Ingest: articles in, stored and clustered. Steps:
 * 1. put the call's articles in stream order ({@link streamOrder}: publication time, as the online clusterer
 *    expects; undated articles last);
 * 2. skip the ones already stored, or given twice, as duplicates (before any analysis);
 * 3. analyse the rest (worker threads when there is a pool), results re-sequenced to stream order;
 * 4. per batch of {@link BATCH_ARTICLES}, in one transaction: catch the clustering up with the store if
 *    needed, then for each article in order store its record, assign it to a story, record its membership
 *    and any merge; rewrite the rows of the stories changed; save the clustering state when due;
 * The state is saved again when the library closes (see clustering.ts).
 * One bad article is a rejected entry with its code; the others go on.
 */
import { streamOrder } from '../../core/cluster/order.ts';
import { resolveStoryId } from '../../core/cluster/state.ts';
import { StorylineError } from '../../core/errors.ts';
import type { Article } from '../../core/types.ts';
import type { Store } from '../store/types.ts';
import {
  checkpoint,
  clusterOne,
  ensureCurrent,
  noPhases,
  putTouched,
  type Clustering,
  type Phases,
  type Touched,
} from './clustering.ts';
import type { JobError, JobInput, JobOutput } from './job.ts';
import { analyzeInOrder, type AnalysisPool } from './pool.ts';
import type { IngestOptions, IngestProgress, IngestSummary } from './types.ts';

/**
 * Articles stored per transaction: one commit (and one fsync of the WAL) per batch instead of per article,
 * while a batch still commits within a fraction of a second at full speed.
 */
export const BATCH_ARTICLES = 256;
/**
 * Articles written between two yields to the event loop inside a batch: a batch is ~0.3 s of synchronous
 * SQLite and clustering, and without a yield the analysis workers' replies wait until it ends, so the workers
 * (holding only a few articles each) sit idle; a yield every few milliseconds lets the pool hand them more.
 */
const YIELD_EVERY = 8;

/** Lets pending events (analysis results, the pool handing out work) run. */
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** What an ingest works with (owned by the library). */
export interface IngestContext {
  readonly store: Store;
  readonly clustering: Clustering;
  /** The worker pool, or undefined to analyse on the calling thread (decided per ingest by its size). */
  readonly pool: (articles: number) => AnalysisPool | undefined;
  readonly now: () => string;
  /** Articles per transaction (default {@link BATCH_ARTICLES}). */
  readonly batchArticles?: number;
}

/** Mutable counts of one ingest. */
interface Tally {
  done: number;
  total: number;
  stored: number;
  duplicates: number;
  readonly rejected: StorylineError[];
  readonly articles: { id: string; storyId: string }[];
  readonly touched: string[];
  readonly phases: Phases;
}

function progressOf(t: Tally): IngestProgress {
  return {
    done: t.done,
    total: t.total,
    stored: t.stored,
    duplicates: t.duplicates,
    rejected: t.rejected.length,
  };
}

/** A job's error as the StorylineError it was. */
export function errorFromJob(e: JobError): StorylineError {
  return new StorylineError(e.code, e.message, e.input);
}

/** Stores and clusters one batch of analysed articles in one transaction. */
async function writeBatch(ctx: IngestContext, batch: readonly JobOutput[], t: Tally): Promise<void> {
  const c = ctx.clustering;
  const results: ('stored' | 'duplicate')[] = [];
  const joined: { id: string; storyId: string }[] = [];
  const touched: Touched = new Set();
  const { phases } = t;
  const t0 = performance.now();
  const before = phases.cluster + phases.replay + phases.checkpoint;
  try {
    await ctx.store.transaction(async (tx) => {
      await ensureCurrent(tx, c, phases);
      for (let i = 0; i < batch.length; i++) {
        const r = batch[i]!;
        if (i > 0 && i % YIELD_EVERY === 0) await yieldToEvents();
        if (!r.ok) continue;
        const put = await tx.putRecord(r.record);
        results.push(put);
        if (put === 'duplicate') continue; // stored meanwhile by another process
        c.dirty = true;
        const a = await clusterOne(tx, c, r.record.id, r.profile, c.seq + 1, touched, phases);
        joined.push({ id: r.record.id, storyId: a.storyId });
      }
      await putTouched(tx, c.state, touched);
      await checkpoint(tx, c, false, phases);
    });
    c.dirty = false;
    // The rest of the transaction's time is storing (its commit included).
    const other = phases.cluster + phases.replay + phases.checkpoint - before;
    phases.store += performance.now() - t0 - other;
  } catch (e) {
    // The transaction rolled back, but the state in memory moved on: reload it before the next batch.
    c.dirty = true;
    throw e;
  }
  for (const put of results) {
    if (put === 'stored') t.stored++;
    else t.duplicates++;
  }
  t.articles.push(...joined);
  t.touched.push(...touched);
}

/**
 * Ingests parsed articles (plus errors met while reading them, reported as rejected, and the time reading
 * took). See the module comment for the steps. Progress is reported after each article is handled (stored
 * articles when their batch commits).
 */
export async function ingestParsed(
  ctx: IngestContext,
  articles: readonly Article[],
  read: { readonly errors: readonly StorylineError[]; readonly ms: number },
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const t: Tally = {
    done: read.errors.length,
    total: articles.length + read.errors.length,
    stored: 0,
    duplicates: 0,
    rejected: [...read.errors],
    articles: [],
    touched: [],
    phases: { ...noPhases(), read: read.ms },
  };
  const { phases } = t;
  const report = (): void => options.onProgress?.(progressOf(t));
  const jobs: JobInput[] = [];
  const seen = new Set<string>();
  const d0 = performance.now();
  for (const article of streamOrder(articles)) {
    if (seen.has(article.id) || (await ctx.store.hasArticle(article.id))) {
      t.duplicates++;
      t.done++;
      report();
      continue;
    }
    seen.add(article.id);
    jobs.push({ n: jobs.length, article, ingestedAt: ctx.now() });
  }
  phases.dedupe = performance.now() - d0;

  const batchSize = Math.max(1, ctx.batchArticles ?? BATCH_ARTICLES);
  let batch: JobOutput[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const b = batch;
    batch = [];
    await writeBatch(ctx, b, t);
    for (const r of b) {
      t.done++;
      if (!r.ok) t.rejected.push(errorFromJob(r.error));
      report();
    }
  };
  let w0 = performance.now();
  for await (const r of analyzeInOrder(ctx.pool(jobs.length), jobs, options.signal)) {
    phases.wait += performance.now() - w0;
    phases.analysis += r.ms;
    batch.push(r);
    if (batch.length >= batchSize) await flush();
    w0 = performance.now();
  }
  await flush();

  const state = ctx.clustering.state;
  const stories = [...new Set(t.touched.map((id) => resolveStoryId(state, id)))];
  const round = (ms: number): number => Math.round(ms);
  return {
    stored: t.stored,
    duplicates: t.duplicates,
    rejected: t.rejected,
    articles: t.articles.map((a) => ({ id: a.id, storyId: resolveStoryId(state, a.storyId) })),
    stories,
    ms: Math.round(performance.now() - t0 + read.ms),
    phases: {
      read: round(phases.read),
      dedupe: round(phases.dedupe),
      wait: round(phases.wait),
      store: round(phases.store),
      cluster: round(phases.cluster),
      checkpoint: round(phases.checkpoint),
      replay: round(phases.replay),
      analysis: round(phases.analysis),
    },
  };
}
