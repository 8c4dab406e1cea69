/**
 * Similarity fitting and evaluation on a SemEval-2022 Task 8 CSV: analyses every text with the real pipeline,
 * builds the pair features (IDF over the file's texts), fits the seven dimension models (`npm run fit`), and
 * evaluates them without ever scoring a row a model was fitted on: grouped k-fold cross-validation on the file
 * the committed model came from, the committed model on any other file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readSemevalPairs, semevalArticle, type SemevalPair } from './datasets.ts';
import { analyzeArticle } from './analyze.ts';
import { buildProfile, type Profile } from '../core/similarity/profile.ts';
import { createIdf, type IdfState } from '../core/similarity/idf.ts';
import {
  FEATURE_NAMES,
  observeProfile,
  pairFeatures,
  prepare,
  type Prepared,
} from '../core/similarity/features.ts';
import {
  DEFAULT_FIT,
  DIMENSIONS,
  assignFolds,
  clampScore,
  fitDimension,
  groupKey,
  predictRaw,
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

/**
 * Feature rows of the pairs, with IDF statistics over every distinct text of the file (in file order); with
 * `withAnchors`, self-pair anchor rows follow (for training).
 */
export function pairRows(
  pairs: readonly SemevalPair[],
  profiles: ReadonlyMap<string, Profile>,
  withAnchors = false,
): PairRow[] {
  const idf: IdfState = createIdf();
  for (const p of profiles.values()) observeProfile(idf, p);
  const prepared = new Map<string, Prepared>();
  const get = (lang: string, text: string): Prepared => {
    const k = textKey(lang, text);
    let v = prepared.get(k);
    if (!v) {
      const profile = profiles.get(k);
      if (!profile) throw storylineError('ANALYSIS_FAILED', k.slice(0, 40), 'text not profiled');
      v = prepare(profile, idf);
      prepared.set(k, v);
    }
    return v;
  };
  const cosineIndex = FEATURE_NAMES.indexOf('tfidfCosine');
  const rows: PairRow[] = pairs.map((p) => {
    const features = pairFeatures(get(p.lang1, p.text1), get(p.lang2, p.text2));
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
    const features = pairFeatures(a, a);
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
 * pair and its translations always share a fold). Returns the held-out predictions in row order.
 */
export function crossValidate(
  rows: readonly PairRow[],
  folds: number,
  opts: TrainOptions = DEFAULT_FIT,
  onFold?: (k: number) => void,
): Scores[] {
  const fold = assignFolds(
    rows.map((r) => r.group),
    folds,
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
    ? crossValidate(rows, folds, DEFAULT_FIT, (k) => opts.onProgress?.(`fold ${k + 1}/${folds} done`))
    : predictRows(rows, model);
  const keep = rows.flatMap((r, i) => (r.anchor || (opts.realOnly && r.translated) ? [] : [i]));
  return report(
    keep.map((i) => rows[i]),
    keep.map((i) => preds[i]),
    fitted ? 'cross-validated' : 'committed-model',
    fitted ? folds : undefined,
  );
}
