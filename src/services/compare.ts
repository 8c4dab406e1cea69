/**
 * Comparing two articles (`storyline compare`): reads each input (any article format; the first article of a
 * file that holds several), analyses both, and returns the seven SemEval-2022 Task 8 scores with the evidence
 * behind them, in the shape of ../shared/docs/CONTRACT.md.
 */
import { existsSync } from 'node:fs';
import { storylineError } from '../core/errors.ts';
import type { Analysis } from '../core/types.ts';
import type { IdfState } from '../core/similarity/idf.ts';
import { pairIdf } from '../core/similarity/background.ts';
import { FEATURE_NAMES, namedFeatures, pairFeatures, prepare } from '../core/similarity/features.ts';
import { DIMENSIONS, clampScore, type Scores, type SimilarityModel } from '../core/similarity/model.ts';
import { committedModel, scorePair } from '../core/similarity/scores.ts';
import type { Profile } from '../core/similarity/profile.ts';
import {
  buildEvidence,
  comparedSide,
  type ComparedSide,
  type Evidence,
} from '../core/similarity/evidence.ts';
import { analyzeArticle } from './analyze.ts';
import { readSources } from './sources.ts';

/** The score scale, as printed. */
export const SCALE = '1 = same .. 4 = unrelated';
/**
 * Two articles report the same story when their overall score is at most this: on the SemEval scale 2 is
 * "somewhat similar", the loosest grade annotators still gave to reports of one event.
 */
export const SAME_STORY_MAX_OVERALL = 2.0;

/** An input read and analysed for comparison. */
export interface LoadedArticle {
  readonly input: string;
  readonly analysis: Analysis;
  /** Set when the input held several articles and only the first was taken. */
  readonly note?: string;
}

/** A store id rather than a path: hex digits only, no path separator, no extension. */
const STORE_ID = /^[0-9a-f]{8,64}$/i;

/**
 * Reads and analyses the first article of one input. Throws a StorylineError naming the input when it cannot
 * be read, holds no article, or is a store id (not available yet).
 */
export async function loadFirstArticle(input: string): Promise<LoadedArticle> {
  if (input !== '-' && !existsSync(input) && STORE_ID.test(input)) {
    throw storylineError(
      'INPUT_UNSUPPORTED',
      input,
      'looks like an article id; reading articles from the store is not available yet, give an article file',
    );
  }
  let first: Analysis | undefined;
  let count = 0;
  for await (const item of readSources([input])) {
    if (!item.ok) {
      if (first === undefined) throw item.error;
      continue;
    }
    count++;
    if (first !== undefined) continue;
    const r = analyzeArticle(item.article);
    if (!r.ok) throw r.error;
    first = r.analysis;
  }
  if (!first) throw storylineError('ARTICLE_NO_TEXT', input);
  return {
    input,
    analysis: first,
    ...(count > 1
      ? { note: `${input}: holds ${count} articles; compared the first ("${first.article.title}")` }
      : {}),
  };
}

/** The seven scores of a pair, and the features they came from. */
export interface PairScores {
  readonly scores: Scores;
  readonly features: Readonly<Record<string, number>>;
  /** Which scorer produced the scores: the committed fitted model, or the interim formula without one. */
  readonly scorer: 'model' | 'interim';
  /** Said when the scores are not from the main models (language-blind models, or the interim formula). */
  readonly note?: string;
}

function rounded(scores: Scores, features: Readonly<Record<string, number>>): Omit<PairScores, 'scorer'> {
  const s = {} as Scores;
  for (const d of DIMENSIONS) s[d] = Math.round(clampScore(scores[d]) * 100) / 100;
  const f: Record<string, number> = {};
  for (const n of FEATURE_NAMES) f[n] = Math.round(features[n] * 1e4) / 1e4;
  return { scores: s, features: f };
}

/**
 * Interim scorer, used only when no fitted model can be loaded: each dimension is 4 minus 3 times a
 * hand-weighted similarity of the features most related to it.
 */
export function interimScores(a: Profile, b: Profile, state: IdfState): PairScores {
  const f = namedFeatures(pairFeatures(prepare(a, state), prepare(b, state)));
  const text = f.sameLang ? f.tfidfCosine : Math.max(f.nameCosine, f.stemTrigramCosine / 2);
  const time = f.dayMissing ? (f.monthMissing ? 0.5 : f.monthJaccard) : f.daySharedShare;
  const entities = Math.max(f.keyCosine, f.keyOverlap);
  const geography = f.countryMissing ? 0.5 : (f.countryWJ + f.countryOverlap + f.countryTopSame) / 3;
  const narrative = Math.min(1, (f.alignCoverageMax + f.alignBestMean + text) / 2);
  const style = 1 - Math.min(1, f.lengthRatioLog / 2 + f.sentenceLengthDiff + f.quoteShareDiff);
  const tone = 1 - Math.min(1, f.quoteShareDiff * 2 + f.punctDiff);
  const overall = 0.35 * entities + 0.25 * text + 0.2 * narrative + 0.1 * geography + 0.1 * time;
  const sims: Scores = {
    overall: Math.min(1, overall * 1.6),
    geography,
    entities,
    time,
    narrative,
    style,
    tone,
  };
  const scores = {} as Scores;
  for (const d of DIMENSIONS) scores[d] = 4 - 3 * sims[d];
  return { ...rounded(scores, f), scorer: 'interim' };
}

/** The interim formula's overall score in compare's IDF regime (for comparisons with the model). */
export function interimOverall(a: Profile, b: Profile): number {
  return interimScores(a, b, pairIdf(a, b)).scores.overall;
}

/** The committed model, or the reason it cannot be used (then compare falls back to the interim formula). */
function loadModel(): { model: SimilarityModel } | { error: string } {
  try {
    return { model: committedModel() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The one place compare gets its scores: the committed fitted model (src/core/similarity/model.json), with the
 * IDF regime it was fitted in (background table plus the pair, unless a state is given); the interim formula
 * only when the model cannot be loaded (`scorer: "interim"` in the JSON then says so).
 */
export function scoreSides(a: ComparedSide, b: ComparedSide, state: IdfState): PairScores {
  const loaded = loadModel();
  if ('error' in loaded) {
    return {
      ...interimScores(a.profile, b.profile, state),
      note: `similarity model unavailable (${loaded.error}): scores from the interim formula`,
    };
  }
  const { scores, features, models } = scorePair(a.profile, b.profile, state, loaded.model);
  const [la, lb] = [a.profile.lang, b.profile.lang];
  return {
    ...rounded(scores, features),
    scorer: 'model',
    ...(models === 'language-blind'
      ? {
          note: `${la} and ${lb} were never compared in training: scored by the language-blind models (keys, names, numbers, dates, countries)`,
        }
      : {}),
  };
}

/** The `compare --json` record (CONTRACT.md), with a few added fields. */
export interface CompareResult {
  readonly a: string;
  readonly b: string;
  readonly scale: string;
  readonly sameStory: boolean;
  readonly scores: Scores;
  readonly evidence: Evidence & { readonly features: Readonly<Record<string, number>> };
  /** Id, title, language, outlet and origin of each article. */
  readonly articles: {
    readonly a: ArticleSummary;
    readonly b: ArticleSummary;
  };
  readonly scorer: string;
  /** Remarks about the inputs (e.g. a file holding several articles) and the scorer (see `PairScores.note`). */
  readonly notes: readonly string[];
}

export interface ArticleSummary {
  readonly id: string;
  readonly title: string;
  readonly lang: string;
  readonly source?: string;
  readonly published?: string;
  readonly origin: string;
}

function summary({ article, annotations }: Analysis): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    lang: annotations.language.lang,
    ...(article.source ? { source: article.source } : {}),
    ...(article.published ? { published: article.published } : {}),
    origin: article.origin,
  };
}

/**
 * Compares two analysed articles. The IDF statistics default to the regime the model was fitted in: the
 * background table (src/core/similarity/background.ts) plus the two articles themselves.
 */
export function compareAnalyses(a: LoadedArticle, b: LoadedArticle, state?: IdfState): CompareResult {
  const sa = comparedSide(a.analysis);
  const sb = comparedSide(b.analysis);
  const idf = state ?? pairIdf(sa.profile, sb.profile);
  const { scores, features, scorer, note } = scoreSides(sa, sb, idf);
  const evidence = buildEvidence(sa, sb, idf);
  return {
    a: a.input,
    b: b.input,
    scale: SCALE,
    sameStory: scores.overall <= SAME_STORY_MAX_OVERALL,
    scores,
    evidence: { ...evidence, features },
    articles: { a: summary(a.analysis), b: summary(b.analysis) },
    scorer,
    notes: [a.note, b.note, note].filter((n): n is string => n !== undefined),
  };
}

/** Reads, analyses and compares two inputs. */
export async function compareInputs(a: string, b: string): Promise<CompareResult> {
  const [la, lb] = [await loadFirstArticle(a), await loadFirstArticle(b)];
  return compareAnalyses(la, lb);
}
