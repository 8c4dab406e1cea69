/**
 * Coverage comparison of a story's articles (`storyline coverage <files...>`): reads every input (each article
 * of each file), analyses them, names each by its outlet (the article's source, else its file name), and
 * compares what each outlet reports (src/core/coverage).
 */
import { basename } from 'node:path';
import { storylineError, type StorylineError } from '../core/errors.ts';
import type { Analysis } from '../core/types.ts';
import { createIdf } from '../core/similarity/idf.ts';
import { observeProfile } from '../core/similarity/features.ts';
import { comparedSide } from '../core/similarity/evidence.ts';
import { compareCoverage, type Coverage, type CoverageInput } from '../core/coverage/index.ts';

/** The coverage report, and the inputs that failed (each named; the others still go through). */
export interface CoverageResult {
  readonly coverage: Coverage;
  readonly failed: readonly StorylineError[];
}

/** The outlet of an article: its source, else the file name of its origin (without a `#row` suffix). */
export function outletOf(analysis: Analysis): string {
  const { source, origin } = analysis.article;
  if (source && source.trim()) return source.trim();
  return basename(origin.replace(/#[^/\\]*$/, '')) || origin;
}

/** Outlet names made unique in input order: a second article of "X" becomes "X (2)". */
export function uniqueOutlets(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}

/** Options of {@link coverageOf}. */
export interface CoverageOfOptions {
  /**
   * Compare only each article's first sentences (default: all). The comparison aligns every pair of articles
   * sentence by sentence, so a story of long pages (a 300-sentence transcript) would otherwise cost seconds.
   */
  readonly maxSentences?: number;
}

/** Coverage of already analysed articles (IDF over the articles themselves). */
export function coverageOf(analyses: readonly Analysis[], options: CoverageOfOptions = {}): Coverage {
  const names = uniqueOutlets(analyses.map(outletOf));
  const max = options.maxSentences;
  const inputs: CoverageInput[] = analyses.map((a, i) => {
    const side = comparedSide(a);
    const cut =
      max !== undefined && side.profile.sentences.length > max
        ? { ...side, profile: { ...side.profile, sentences: side.profile.sentences.slice(0, max) } }
        : side;
    return { outlet: names[i], side: cut };
  });
  const idf = createIdf();
  for (const x of inputs) observeProfile(idf, x.side.profile);
  return compareCoverage(inputs, idf);
}

/** Reads, analyses and compares the coverage of every article of the inputs. Needs at least one article. */
export async function coverageInputs(inputs: readonly string[]): Promise<CoverageResult> {
  const analyses: Analysis[] = [];
  const failed: StorylineError[] = [];
  // Loaded on first use: the analysis pipeline's tables cost seconds, and coverage of stored stories
  // (the library's story pages) never needs them.
  const { analyzeInputs } = await import('./analyze.ts');
  for await (const item of analyzeInputs(inputs)) {
    if (item.ok) analyses.push(item.analysis);
    else failed.push(item.error);
  }
  if (analyses.length === 0) {
    throw failed[0] ?? storylineError('USAGE', 'coverage: no article found in the inputs');
  }
  return { coverage: coverageOf(analyses), failed };
}
