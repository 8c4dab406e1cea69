/**
 * The analysis job of an ingest, the same on the calling thread and in a worker thread: an article in, its
 * store record and its clustering profile out (or the error that rejects it). Everything costly per article
 * happens here (analysis, profile, serialising and compressing the record), so the thread that writes the
 * store and clusters does little per article.
 */
import { isStorylineError, type ErrorCode } from '../../core/errors.ts';
import type { Profile } from '../../core/similarity/profile.ts';
import type { Article } from '../../core/types.ts';
import { analyzeArticle } from '../analyze.ts';
import { articleRecord, type ArticleRecord } from '../store/record.ts';
import { clusterProfile } from './profile.ts';

/** One article to analyse, numbered in stream order. */
export interface JobInput {
  readonly n: number;
  readonly article: Article;
  readonly ingestedAt: string;
}

/** An error as it crosses threads (a class instance does not survive structured cloning). */
export interface JobError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly input?: string;
}

/** A job's result; `ms` is the time the job took on the thread that ran it. */
export type JobOutput =
  | {
      readonly n: number;
      readonly ok: true;
      readonly record: ArticleRecord;
      readonly profile: Profile;
      readonly ms: number;
    }
  | { readonly n: number; readonly ok: false; readonly error: JobError; readonly ms: number };

/** Analyses one article and builds its record and clustering profile. */
export function runJob(job: JobInput): JobOutput {
  const t0 = performance.now();
  const ms = (): number => performance.now() - t0;
  try {
    const r = analyzeArticle(job.article);
    if (!r.ok) return { n: job.n, ok: false, error: errorOf(r.error), ms: ms() };
    const record = articleRecord(r.analysis, { ingestedAt: job.ingestedAt });
    const profile = clusterProfile(r.analysis);
    return { n: job.n, ok: true, record, profile, ms: ms() };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      n: job.n,
      ok: false,
      error: { code: 'ANALYSIS_FAILED', message: `${job.article.origin}: analysis failed (${reason})` },
      ms: ms(),
    };
  }
}

function errorOf(e: unknown): JobError {
  if (isStorylineError(e))
    return { code: e.code, message: e.message, ...(e.input ? { input: e.input } : {}) };
  return { code: 'ANALYSIS_FAILED', message: e instanceof Error ? e.message : String(e) };
}
