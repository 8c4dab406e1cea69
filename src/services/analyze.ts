/**
 * Analysis service: reads inputs (files, folders, stdin), runs the pipeline on every article, and yields
 * each result or the reason an input failed. One bad input never stops the batch.
 */
import { DEFAULT_PIPELINE } from '../core/stages/index.ts';
import { runPipeline, type Pipeline } from '../core/pipeline.ts';
import { isStorylineError, storylineError, type StorylineError } from '../core/errors.ts';
import type { Analysis, Article } from '../core/types.ts';

export type AnalyzeItem =
  { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly error: StorylineError };

/** Runs the pipeline on one article; a stage that throws becomes an ANALYSIS_FAILED error naming the input. */
export function analyzeArticle(article: Article, pipeline: Pipeline = DEFAULT_PIPELINE): AnalyzeItem {
  try {
    return { ok: true, analysis: runPipeline(pipeline, article) };
  } catch (e) {
    if (isStorylineError(e)) return { ok: false, error: e };
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: storylineError('ANALYSIS_FAILED', article.origin, reason) };
  }
}

/**
 * Reads every input and analyses every article found, in input order. The readers (HTML, feeds: linkedom,
 * readability, feedparser) are imported on first call: ingest workers import this module for
 * {@link analyzeArticle} alone, and loading the readers through tsx cost each of them ~650 ms of CPU.
 */
export async function* analyzeInputs(
  inputs: readonly string[],
  pipeline: Pipeline = DEFAULT_PIPELINE,
): AsyncGenerator<AnalyzeItem> {
  const { readSources } = await import('./sources.ts');
  const seen = new Set<string>();
  for await (const item of readSources([...inputs])) {
    if (!item.ok) {
      yield item;
      continue;
    }
    // The same article given twice (same content id) is one article.
    if (seen.has(item.article.id)) continue;
    seen.add(item.article.id);
    yield analyzeArticle(item.article, pipeline);
  }
}
