/**
 * Similarity fitting and evaluation on a SemEval-2022 Task 8 CSV: analyses every text with the real pipeline,
 * builds the pair features (IDF over the file's texts), fits the seven dimension models (`npm run fit`), and
 * evaluates them without ever scoring a row a model was fitted on: grouped k-fold cross-validation on the file
 * the committed model came from, the committed model on any other file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSemevalPairs, semevalArticle, type SemevalPair } from './datasets.ts';
import { analyzeArticle } from './analyze.ts';
import { readSources } from './sources.ts';
import { scoreProfiles } from '../core/similarity/scores.ts';
import { separation, type Separation } from '../core/similarity/separation.ts';
import { buildProfile, type Profile } from '../core/similarity/profile.ts';
import type { IdfState } from '../core/similarity/idf.ts';
import { backgroundIdf, pairIdf } from '../core/similarity/background.ts';
import { FEATURE_NAMES, maskLanguage, pairFeatures, prepare } from '../core/similarity/features.ts';
import {
  DEFAULT_FIT,
  DIMENSIONS,
  assignFolds,
  clampScore,
  fitDimension,
  groupKey,
  predictRaw,
  predictWith,
  type Choice,
  type Dimension,
  type DimensionModel,
  type FitOptions,
  type Scores,
  type SimilarityModel,
} from '../core/similarity/model.ts';
import { pearson } from '../core/eval/metrics.ts';
import { storylineError } from '../core/errors.ts';

/**
 * Weight of a machine-translated row in training (0 = left out). They are copies of real pairs (same labels,
 * noisier text); under cross-validation on the real pairs, weight 0.5 gave overall 0.711 / de-en 0.555 and
 * weight 0 gave 0.715 / 0.594 (docs/EVALUATION.md), at 2.5x the fitting time: they are left out.
 */
export const TRANSLATED_WEIGHT = 0;

/**
 * Self-pair anchors: an article paired with itself is by definition 1 on every dimension. One anchor per this
 * many real pairs (its first text) is added to training, so the model is pinned at the similar end of the
 * scale where the data has few rows (a linear fit otherwise extrapolates badly for near-duplicates).
 */
export const ANCHOR_EVERY = 4;
/** Training weight of a self-pair anchor. */
export const ANCHOR_WEIGHT = 0.5;

/** One labelled pair with its features. */
export interface PairRow {
  readonly pairId: string;
  readonly group: string;
  /** "de-en" style language pair (sorted for cross-language pairs). */
  readonly langs: string;
  readonly translated: boolean;
  /** A synthetic self-pair anchor (training only, never scored). */
  readonly anchor?: boolean;
  readonly scores: Scores;
  readonly features: readonly number[];
  /** The plain TF-IDF cosine (the baseline). */
  readonly cosine: number;
}

/** sha256 of a file's bytes (hex). */
export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

const textKey = (lang: string, text: string) => `${lang}\u0000${text}`;

/** Profiles of every distinct text of the pairs (keyed by language and text), with the real pipeline. */
export function profilePairs(
  pairs: readonly SemevalPair[],
  onProgress?: (done: number) => void,
): Map<string, Profile> {
  const out = new Map<string, Profile>();
  for (const p of pairs) {
    for (const [text, lang, side] of [
      [p.text1, p.lang1, 1],
      [p.text2, p.lang2, 2],
    ] as const) {
      const k = textKey(lang, text);
      if (out.has(k)) continue;
      const r = analyzeArticle(semevalArticle(text, lang, `semeval:${p.pairId}#${side}`));
      if (!r.ok) throw r.error;
      out.set(k, buildProfile(r.analysis));
      onProgress?.(out.size);
    }
  }
  return out;
}

/** Features of one pair in the regime compare uses: background IDF plus the pair itself (background.ts). */
export function pairVector(a: Profile, b: Profile, base: IdfState = backgroundIdf()): number[] {
  const state = pairIdf(a, b, base);
  return pairFeatures(prepare(a, state), prepare(b, state));
}

/**
 * Feature rows of the pairs, each weighed with the background IDF plus the pair's two texts (the regime of
 * `compare`, so that fitting and use agree); with `withAnchors`, self-pair anchor rows follow (for training).
 */
export function pairRows(
  pairs: readonly SemevalPair[],
  profiles: ReadonlyMap<string, Profile>,
  withAnchors = false,
  base: IdfState = backgroundIdf(),
): PairRow[] {
  const get = (lang: string, text: string): Profile => {
    const k = textKey(lang, text);
    const profile = profiles.get(k);
    if (!profile) throw storylineError('ANALYSIS_FAILED', k.slice(0, 40), 'text not profiled');
    return profile;
  };
  const cosineIndex = FEATURE_NAMES.indexOf('tfidfCosine');
  const rows: PairRow[] = pairs.map((p) => {
    const features = pairVector(get(p.lang1, p.text1), get(p.lang2, p.text2), base);
    return {
      pairId: p.pairId,
      group: groupKey(p.pairId),
      langs: [p.lang1, p.lang2].sort().join('-'),
      translated: p.translated,
      scores: p.scores,
      features,
      cosine: features[cosineIndex],
    };
  });
  if (!withAnchors) return rows;
  const ones = {} as Scores;
  for (const d of DIMENSIONS) ones[d] = 1;
  const real = pairs.filter((p) => !p.translated);
  for (let i = 0; i < real.length; i += ANCHOR_EVERY) {
    const p = real[i];
    const a = get(p.lang1, p.text1);
    const features = pairVector(a, a, base);
    rows.push({
      pairId: `${p.pairId}:self`,
      group: groupKey(p.pairId),
      langs: p.lang1,
      translated: false,
      anchor: true,
      scores: ones,
      features,
      cosine: features[cosineIndex],
    });
  }
  return rows;
}

/** The rows with the language-dependent features set to 0 (training and scoring of the language-blind models). */
export function blindRows(rows: readonly PairRow[]): PairRow[] {
  return rows.map((r) => ({ ...r, features: maskLanguage(r.features) }));
}

/** Cross-language pairs ("de-en") among the rows a fit trains on (anchors and left-out translations aside). */
export function trainedLanguagePairs(
  rows: readonly PairRow[],
  translatedWeight = TRANSLATED_WEIGHT,
): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    if (r.anchor || (r.translated && translatedWeight === 0)) continue;
    const [x, y] = r.langs.split('-');
    if (y !== undefined && x !== y) out.add(r.langs);
  }
  return [...out].sort();
}

/** Fitting options: the model grid plus the training weight of translated rows. */
export type TrainOptions = FitOptions & { readonly translatedWeight?: number };

/** Fits the seven dimensions on the rows (hyper-parameters chosen by inner grouped CV, scored on real rows). */
export function fitRows(
  rows: readonly PairRow[],
  opts: TrainOptions = DEFAULT_FIT,
): { dimensions: Record<Dimension, DimensionModel>; choices: Record<Dimension, Choice> } {
  const tw = opts.translatedWeight ?? TRANSLATED_WEIGHT;
  if (tw === 0) rows = rows.filter((r) => !r.translated);
  const x = rows.map((r) => r.features);
  const w = rows.map((r) => (r.anchor ? ANCHOR_WEIGHT : r.translated ? tw : 1));
  const groups = rows.map((r) => r.group);
  const scored = rows.map((r) => !r.translated && !r.anchor);
  const dimensions = {} as Record<Dimension, DimensionModel>;
  const choices = {} as Record<Dimension, Choice>;
  for (const d of DIMENSIONS) {
    const { model, choice } = fitDimension({ x, y: rows.map((r) => r.scores[d]), w, groups, scored }, opts);
    dimensions[d] = model;
    choices[d] = choice;
  }
  return { dimensions, choices };
}

/**
 * Grouped k-fold cross-validation: every row is predicted by models fitted on the other folds only (a real
 * pair and its translations always share a fold). Returns the held-out predictions in row order. `salt` deals
 * the groups to folds differently (model.ts `assignFolds`); the default deal is the committed figures' one.
 */
export function crossValidate(
  rows: readonly PairRow[],
  folds: number,
  opts: TrainOptions = DEFAULT_FIT,
  onFold?: (k: number) => void,
  salt = '',
): Scores[] {
  const fold = assignFolds(
    rows.map((r) => r.group),
    folds,
    salt,
  );
  const preds: Scores[] = rows.map(() => ({}) as Scores);
  for (let k = 0; k < folds; k++) {
    const train = rows.filter((_, i) => fold[i] !== k);
    const { dimensions } = fitRows(train, opts);
    rows.forEach((r, i) => {
      if (fold[i] !== k) return;
      for (const d of DIMENSIONS) preds[i][d] = clampScore(predictRaw(dimensions[d], r.features));
    });
    onFold?.(k);
  }
  return preds;
}

/** Predictions of the committed model (features must be in the model's order). */
export function predictRows(rows: readonly PairRow[], model: SimilarityModel): Scores[] {
  return rows.map((r) => {
    const out = {} as Scores;
    for (const d of DIMENSIONS) out[d] = clampScore(predictRaw(model.dimensions[d], r.features));
    return out;
  });
}

export interface SimilarityReport {
  readonly pairs: number;
  readonly mode: 'cross-validated' | 'committed-model';
  readonly folds?: number;
  readonly pearson: Record<Dimension, number>;
  readonly byLanguage: Record<string, { pairs: number; overall: number }>;
  /** Pearson of the plain TF-IDF cosine against overall (sign flipped: high cosine = low score). */
  readonly baseline: { overall: number };
  /**
   * The language-blind models (used for language pairs never seen in training) cross-validated on the same
   * rows: how much is left without stems, alignment and word counts.
   */
  readonly languageBlind?: {
    readonly pearson: { overall: number };
    readonly byLanguage: SimilarityReport['byLanguage'];
  };
}

const round3 = (v: number) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null);

/** Pearson per dimension and per language pair of predictions against the human scores. */
export function report(
  rows: readonly PairRow[],
  preds: readonly Scores[],
  mode: SimilarityReport['mode'],
  folds?: number,
): SimilarityReport {
  const pearsonOf = {} as Record<Dimension, number>;
  for (const d of DIMENSIONS) {
    pearsonOf[d] = round3(
      pearson(
        preds.map((p) => p[d]),
        rows.map((r) => r.scores[d]),
      ),
    ) as number;
  }
  const langs = [...new Set(rows.map((r) => r.langs))].sort();
  const byLanguage: SimilarityReport['byLanguage'] = {};
  for (const l of langs) {
    const idx = rows.flatMap((r, i) => (r.langs === l ? [i] : []));
    byLanguage[l] = {
      pairs: idx.length,
      overall: round3(
        pearson(
          idx.map((i) => preds[i].overall),
          idx.map((i) => rows[i].scores.overall),
        ),
      ) as number,
    };
  }
  const baseline = round3(
    -pearson(
      rows.map((r) => r.cosine),
      rows.map((r) => r.scores.overall),
    ),
  ) as number;
  return {
    pairs: rows.length,
    mode,
    ...(folds ? { folds } : {}),
    pearson: pearsonOf,
    byLanguage,
    baseline: { overall: baseline },
  };
}

export interface EvalOptions {
  /** Skip machine-translated rows (pair ids with a letter suffix) in the figures. */
  readonly realOnly?: boolean;
  /** Folds of the cross-validation (when the file is the one the model was fitted on). */
  readonly folds?: number;
  /** Another deal of the groups to folds (model.ts `assignFolds`); '' (default) is the documented deal. */
  readonly salt?: string;
  readonly onProgress?: (message: string) => void;
}

/** Default number of cross-validation folds. */
export const DEFAULT_FOLDS = 5;

/**
 * Evaluates the similarity model on a SemEval-format CSV. When the file is the one the committed model was
 * fitted on (same sha256), grouped k-fold cross-validation (training rows include translated copies, figures
 * on the rows asked for); otherwise the committed model scores every row.
 */
export function evaluateSimilarity(
  csv: string,
  model: SimilarityModel,
  opts: EvalOptions = {},
): SimilarityReport {
  const pairs = readSemevalPairs(csv);
  if (pairs.length === 0) throw storylineError('INPUT_EMPTY', csv);
  const profiles = profilePairs(pairs, (n) => {
    if (n % 250 === 0) opts.onProgress?.(`analysed ${n} texts`);
  });
  const fitted = model.meta.sha256 === fileHash(csv);
  const rows = pairRows(pairs, profiles, fitted);
  const folds = opts.folds ?? DEFAULT_FOLDS;
  const preds = fitted
    ? crossValidate(
        rows,
        folds,
        DEFAULT_FIT,
        (k) => opts.onProgress?.(`fold ${k + 1}/${folds} done`),
        opts.salt,
      )
    : predictRows(rows, model);
  const masked = blindRows(rows);
  const blindPreds = fitted
    ? crossValidate(
        masked,
        folds,
        DEFAULT_FIT,
        (k) => opts.onProgress?.(`language-blind fold ${k + 1}/${folds} done`),
        opts.salt,
      )
    : model.blind
      ? masked.map((r) => predictWith(model.blind!.dimensions, r.features))
      : undefined;
  const keep = rows.flatMap((r, i) => (r.anchor || (opts.realOnly && r.translated) ? [] : [i]));
  const main = report(
    keep.map((i) => rows[i]),
    keep.map((i) => preds[i]),
    fitted ? 'cross-validated' : 'committed-model',
    fitted ? folds : undefined,
  );
  if (!blindPreds) return main;
  const blind = report(
    keep.map((i) => rows[i]),
    keep.map((i) => blindPreds[i]),
    main.mode,
  );
  return {
    ...main,
    languageBlind: { pearson: { overall: blind.pearson.overall }, byLanguage: blind.byLanguage },
  };
}

/** A folder of articles with gold stories: `stories.json` lists every article's title and story. */
interface GoldFile {
  readonly articles: readonly { readonly title: string; readonly story: string }[];
}

/** One scored article pair of a gold corpus. */
export interface GoldPair {
  readonly a: string;
  readonly b: string;
  readonly langs: string;
  readonly crossLanguage: boolean;
  readonly same: boolean;
  readonly overall: number;
}

export interface GoldSimilarityReport {
  readonly articles: number;
  readonly threshold: number;
  readonly all: Separation;
  readonly crossLanguage: Separation;
  readonly sameLanguage: Separation;
  /** Same-story pairs scored above the threshold and different-story pairs at or below it, worst first. */
  readonly errors: readonly GoldPair[];
}

/** Profiles of every article of a gold folder (articles not listed in stories.json are left out). */
export async function goldProfiles(dir: string): Promise<{ profile: Profile; story: string }[]> {
  const gold = JSON.parse(readFileSync(join(dir, 'stories.json'), 'utf8')) as GoldFile;
  const storyOf = new Map(gold.articles.map((a) => [a.title, a.story]));
  const out: { profile: Profile; story: string }[] = [];
  for await (const item of readSources([dir])) {
    if (!item.ok) continue;
    const story = storyOf.get(item.article.title);
    if (story === undefined) continue;
    const r = analyzeArticle(item.article);
    if (!r.ok) throw r.error;
    out.push({ profile: buildProfile(r.analysis), story });
  }
  return out;
}

/**
 * Every article pair of a gold folder (e.g. samples/) scored by `score` (the committed model in compare's
 * regime by default): how well overall separates same-story from different-story pairs, overall and across
 * languages, with the same-story threshold of compare.
 */
export async function evaluateGoldSimilarity(
  dir: string,
  threshold: number,
  score: (a: Profile, b: Profile) => number = (a, b) => clampScore(scoreProfiles(a, b).scores.overall),
): Promise<GoldSimilarityReport> {
  const items = await goldProfiles(dir);
  if (items.length < 2) throw storylineError('INPUT_EMPTY', `${dir} (fewer than two labelled articles)`);
  const pairs: GoldPair[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [x, y] = [items[i], items[j]];
      pairs.push({
        a: x.profile.title,
        b: y.profile.title,
        langs: [x.profile.lang, y.profile.lang].sort().join('-'),
        crossLanguage: x.profile.lang !== y.profile.lang,
        same: x.story === y.story,
        overall: score(x.profile, y.profile),
      });
    }
  }
  const sep = (ps: readonly GoldPair[]) =>
    separation(
      ps.map((p) => p.overall),
      ps.map((p) => p.same),
      threshold,
    );
  const cross = pairs.filter((p) => p.crossLanguage);
  const errors = pairs
    .filter((p) => p.same !== p.overall <= threshold)
    .sort(
      (p, q) => Math.abs(q.overall - threshold) - Math.abs(p.overall - threshold) || (p.a < q.a ? -1 : 1),
    );
  return {
    articles: items.length,
    threshold,
    all: sep(pairs),
    crossLanguage: sep(cross),
    sameLanguage: sep(pairs.filter((p) => !p.crossLanguage)),
    errors,
  };
}
