/**
 * The learned combination: features -> the seven SemEval-2022 Task 8 scores (1 = same .. 4 = unrelated).
 * Per dimension, one of: ridge regression on standardised features, gradient-boosted shallow regression
 * trees, or the mean of both (a blend). Pure TypeScript, deterministic (no randomness: histogram splits on
 * fixed quantile bins, ties broken by feature then bin order). The fitted parameters are plain JSON
 * (model.json), loaded at run time with no Python and no download.
 */

/** The SemEval-2022 Task 8 dimensions, in the contract's order. */
export const DIMENSIONS = ['overall', 'geography', 'entities', 'time', 'narrative', 'style', 'tone'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Scores = Record<Dimension, number>;

/** The score scale: 1 = very similar .. 4 = very dissimilar; predictions are clamped to it. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 4;

export interface RidgeModel {
  readonly kind: 'ridge';
  readonly lambda: number;
  /** Per-feature mean and standard deviation used to standardise. */
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

/** A tree node: a leaf value, or [feature, threshold, left (x <= threshold), right]. */
export type TreeNode = number | readonly [number, number, TreeNode, TreeNode];

export interface BoostModel {
  readonly kind: 'boost';
  readonly depth: number;
  readonly rate: number;
  readonly base: number;
  readonly trees: readonly TreeNode[];
}

export interface BlendModel {
  readonly kind: 'blend';
  readonly parts: readonly (RidgeModel | BoostModel)[];
}

/**
 * A model whose output is stretched linearly so that its held-out predictions have the spread of the human
 * scores: `to.mean + (raw - from.mean) * to.sd / from.sd`. A regression shrinks towards the mean score where
 * evidence is weak, which makes a fixed decision threshold (compare's `sameStory` at 2.0) hard to reach; the
 * stretch restores the scale of the annotations and leaves Pearson unchanged (a linear map, before clamping).
 */
export interface CalibratedModel {
  readonly kind: 'calibrated';
  readonly model: RidgeModel | BoostModel | BlendModel;
  readonly from: { readonly mean: number; readonly sd: number };
  readonly to: { readonly mean: number; readonly sd: number };
}

export type DimensionModel = RidgeModel | BoostModel | BlendModel | CalibratedModel;

/** The committed model file. */
export interface SimilarityModel {
  readonly version: 1;
  /** Feature names in vector order (checked against features.ts at load). */
  readonly features: readonly string[];
  readonly dimensions: Readonly<Record<Dimension, DimensionModel>>;
  /**
   * Cross-language pairs (sorted language codes, "de-en") the main models were trained on. A pair of two other
   * languages is scored by `blind` instead: its signals were never seen together in training.
   */
  readonly languagePairs?: readonly string[];
  /**
   * Language-blind models: fitted on every training pair with the language-dependent features
   * (features.ts `LANGUAGE_DEPENDENT`) set to 0, so they score on keys, names, numbers, dates, countries and
   * style alone, signals that mean the same whatever the two languages are.
   */
  readonly blind?: {
    readonly masked: readonly string[];
    readonly dimensions: Readonly<Record<Dimension, DimensionModel>>;
  };
  /** Provenance: data hash, date, hyper-parameters, CV figures. */
  readonly meta: Readonly<Record<string, unknown>>;
}

export function clampScore(x: number): number {
  return Number.isFinite(x) ? Math.min(SCALE_MAX, Math.max(SCALE_MIN, x)) : (SCALE_MIN + SCALE_MAX) / 2;
}

function evalTree(node: TreeNode, x: readonly number[]): number {
  let n = node;
  while (typeof n !== 'number') n = x[n[0]] <= n[1] ? n[2] : n[3];
  return n;
}

/** Raw (unclamped) prediction of one dimension model. */
export function predictRaw(m: DimensionModel, x: readonly number[]): number {
  if (m.kind === 'ridge') {
    let s = m.bias;
    for (let j = 0; j < m.weights.length; j++) s += (m.weights[j] * (x[j] - m.mean[j])) / m.scale[j];
    return s;
  }
  if (m.kind === 'calibrated') {
    return m.to.mean + ((predictRaw(m.model, x) - m.from.mean) * m.to.sd) / m.from.sd;
  }
  if (m.kind === 'boost') {
    let s = m.base;
    for (const t of m.trees) s += m.rate * evalTree(t, x);
    return s;
  }
  let s = 0;
  for (const p of m.parts) s += predictRaw(p, x);
  return s / m.parts.length;
}

/** The seven scores of a feature vector under a set of dimension models, each clamped to [1, 4]. */
export function predictWith(
  dimensions: Readonly<Record<Dimension, DimensionModel>>,
  x: readonly number[],
): Scores {
  const out = {} as Scores;
  for (const d of DIMENSIONS) out[d] = clampScore(predictRaw(dimensions[d], x));
  return out;
}

/** The seven scores of a feature vector with the model's main dimension models. */
export function predict(model: SimilarityModel, x: readonly number[]): Scores {
  return predictWith(model.dimensions, x);
}

// ---------------------------------------------------------------- fitting

/** Rows of features, targets and per-row weights. */
export interface TrainingSet {
  readonly x: readonly (readonly number[])[];
  readonly y: readonly number[];
  /** Per-row weight (default 1). */
  readonly w?: readonly number[];
}

/** Rounds to 6 significant digits: a compact, stable JSON without losing accuracy that matters. */
export function round6(v: number): number {
  return v === 0 || !Number.isFinite(v) ? 0 : Number(v.toPrecision(6));
}

/** Solves A x = b for a symmetric positive definite A (Cholesky). */
function solveSpd(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j][j];
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * z[k];
    z[i] = s / l[i][i];
  }
  const out = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * out[k];
    out[i] = s / l[i][i];
  }
  return out;
}

/** Minimum standard deviation: a constant feature is left unscaled (its weight stays 0 under ridge). */
const MIN_SCALE = 1e-9;

/** Ridge regression on standardised features, weighted rows; lambda in units of total row weight. */
export function fitRidge(data: TrainingSet, lambda: number): RidgeModel {
  const { x, y } = data;
  const n = x.length;
  const f = n ? x[0].length : 0;
  const w = data.w ?? new Array<number>(n).fill(1);
  const W = w.reduce((s, v) => s + v, 0) || 1;
  const mean = new Array<number>(f).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < f; j++) mean[j] += (w[i] * x[i][j]) / W;
  const scale = new Array<number>(f).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < f; j++) scale[j] += (w[i] * (x[i][j] - mean[j]) ** 2) / W;
  for (let j = 0; j < f; j++) scale[j] = Math.max(Math.sqrt(scale[j]), MIN_SCALE);
  let my = 0;
  for (let i = 0; i < n; i++) my += (w[i] * y[i]) / W;
  const a = mean.map(() => new Array<number>(f).fill(0));
  const b = new Array<number>(f).fill(0);
  const z = new Array<number>(f);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < f; j++) z[j] = (x[i][j] - mean[j]) / scale[j];
    for (let j = 0; j < f; j++) {
      b[j] += w[i] * z[j] * (y[i] - my);
      for (let k = 0; k <= j; k++) a[j][k] += w[i] * z[j] * z[k];
    }
  }
  for (let j = 0; j < f; j++) {
    for (let k = 0; k < j; k++) a[k][j] = a[j][k];
    a[j][j] += lambda * (W / Math.max(1, n)) + 1e-9;
  }
  const weights = f ? solveSpd(a, b) : [];
  return {
    kind: 'ridge',
    lambda,
    mean: mean.map(round6),
    scale: scale.map(round6),
    weights: weights.map(round6),
    bias: round6(my),
  };
}

export interface BoostOptions {
  readonly depth: number;
  readonly rate: number;
  readonly trees: number;
  /** Minimum total row weight in a leaf. */
  readonly minLeaf: number;
  /** Candidate thresholds per feature (quantile bins). */
  readonly bins: number;
}

/** Quantile thresholds of one feature column (distinct, ascending). */
function thresholds(col: readonly number[], bins: number): number[] {
  const sorted = [...col].sort((a, b) => a - b);
  const out: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = sorted[Math.floor((b * sorted.length) / bins)];
    if (v !== undefined && (out.length === 0 || v > out[out.length - 1])) out.push(v);
  }
  // a threshold equal to the maximum splits nothing off
  if (out.length && out[out.length - 1] >= sorted[sorted.length - 1]) out.pop();
  return out;
}

/**
 * Gradient-boosted regression trees (squared loss), histogram splits on quantile thresholds. Returns the
 * model and, when `valid` is given, the validation predictions after every tree (for choosing the count).
 */
export function fitBoost(
  data: TrainingSet,
  opts: BoostOptions,
  valid?: readonly (readonly number[])[],
): { model: BoostModel; validCurve: number[][] } {
  const { x, y } = data;
  const n = x.length;
  const f = n ? x[0].length : 0;
  const w = Float64Array.from(data.w ?? new Array<number>(n).fill(1));
  const W = w.reduce((s, v) => s + v, 0) || 1;
  let base = 0;
  for (let i = 0; i < n; i++) base += (w[i] * y[i]) / W;
  const cuts: number[][] = [];
  const binOf: Uint8Array[] = [];
  for (let j = 0; j < f; j++) {
    const col = x.map((r) => r[j]);
    const t = thresholds(col, opts.bins);
    cuts.push(t);
    const bj = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (k < t.length && col[i] > t[k]) k++;
      bj[i] = k;
    }
    binOf.push(bj);
  }
  const pred = new Float64Array(n).fill(base);
  const trees: TreeNode[] = [];
  const validPred = valid ? valid.map(() => base) : [];
  const validCurve: number[][] = [];
  const maxBins = opts.bins + 1;
  const gs = new Float64Array(maxBins);
  const ws = new Float64Array(maxBins);

  const wr = new Float64Array(n);
  const grow = (rows: Int32Array, depth: number): TreeNode => {
    let sw = 0;
    let sg = 0;
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r];
      sw += w[i];
      sg += wr[i];
    }
    const leaf = round6(sw > 0 ? sg / sw : 0);
    if (depth === 0 || sw < 2 * opts.minLeaf) return leaf;
    let bestGain = 1e-12;
    let bestF = -1;
    let bestK = -1;
    const parentScore = (sg * sg) / sw;
    for (let j = 0; j < f; j++) {
      const t = cuts[j];
      if (t.length === 0) continue;
      gs.fill(0, 0, t.length + 1);
      ws.fill(0, 0, t.length + 1);
      const bj = binOf[j];
      for (let r = 0; r < rows.length; r++) {
        const i = rows[r];
        const b = bj[i];
        gs[b] += wr[i];
        ws[b] += w[i];
      }
      let lg = 0;
      let lw = 0;
      for (let k = 0; k < t.length; k++) {
        lg += gs[k];
        lw += ws[k];
        const rw = sw - lw;
        if (lw < opts.minLeaf || rw < opts.minLeaf) continue;
        const rg = sg - lg;
        const gain = (lg * lg) / lw + (rg * rg) / rw - parentScore;
        if (gain > bestGain) {
          bestGain = gain;
          bestF = j;
          bestK = k;
        }
      }
    }
    if (bestF < 0) return leaf;
    const bf = binOf[bestF];
    let nl = 0;
    for (let r = 0; r < rows.length; r++) if (bf[rows[r]] <= bestK) nl++;
    const left = new Int32Array(nl);
    const right = new Int32Array(rows.length - nl);
    let li = 0;
    let ri = 0;
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r];
      if (bf[i] <= bestK) left[li++] = i;
      else right[ri++] = i;
    }
    return [bestF, cuts[bestF][bestK], grow(left, depth - 1), grow(right, depth - 1)];
  };

  const all = Int32Array.from({ length: n }, (_, i) => i);
  for (let t = 0; t < opts.trees; t++) {
    for (let i = 0; i < n; i++) wr[i] = w[i] * (y[i] - pred[i]);
    const tree = grow(all, opts.depth);
    trees.push(tree);
    for (let i = 0; i < n; i++) pred[i] += opts.rate * evalTree(tree, x[i]);
    if (valid) {
      for (let v = 0; v < valid.length; v++) validPred[v] += opts.rate * evalTree(tree, valid[v]);
      validCurve.push([...validPred]);
    }
  }
  return {
    model: { kind: 'boost', depth: opts.depth, rate: opts.rate, base: round6(base), trees },
    validCurve,
  };
}

// ---------------------------------------------------------------- grouped folds and model selection

/**
 * The group of a SemEval pair id: its digits and underscore only, so a machine-translated copy
 * (`1484008155es_1483984703`) falls in the group of its real pair (`1484008155_1483984703`).
 */
export function groupKey(pairId: string): string {
  return pairId.replace(/[^0-9_]/g, '');
}

/** 32-bit FNV-1a hash of a string (deterministic fold order). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Fold of every row (0..k-1): rows of one group share a fold; groups are ordered by hash (then name) and dealt
 * round-robin, so folds are balanced, deterministic and independent of row order. A non-empty `salt` is
 * prefixed to every group before hashing: another deal of the same groups (to measure how much a figure owes
 * to one particular deal).
 */
export function assignFolds(groups: readonly string[], k: number, salt = ''): number[] {
  const hash = (g: string) => fnv1a(salt + g);
  const distinct = [...new Set(groups)].sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : a > b ? 1 : 0));
  const fold = new Map(distinct.map((g, i) => [g, i % k]));
  return groups.map((g) => fold.get(g)!);
}

export interface FitOptions {
  /** Inner folds used to choose the hyper-parameters. */
  readonly folds: number;
  /** Ridge penalties tried (in units of mean row weight, on standardised features). */
  readonly lambdas: readonly number[];
  /** Tree depths tried for boosting. */
  readonly depths: readonly number[];
  readonly rate: number;
  /** Largest number of trees; the count is chosen by inner CV in steps of `treeStep`. */
  readonly maxTrees: number;
  readonly treeStep: number;
  readonly minLeaf: number;
  readonly bins: number;
  /** Stretch the chosen model to the spread of the scores (see `CalibratedModel`), from its inner-CV predictions. */
  readonly calibrate?: boolean;
}

/**
 * Default grid: ridge from light to strong penalties; depth-3 trees capture interactions (same language x
 * TF-IDF, missing flags) without memorising ~1,000 rows; rate 0.1 with up to 160 trees keeps model.json small;
 * 3 inner folds keep nested cross-validation within a couple of minutes on one core.
 */
export const DEFAULT_FIT: FitOptions = {
  folds: 3,
  lambdas: [1, 10, 100],
  depths: [3],
  rate: 0.1,
  maxTrees: 160,
  treeStep: 20,
  minLeaf: 8,
  bins: 32,
  calibrate: true,
};

/** Mean and standard deviation over the scored rows. */
function moments(v: readonly number[], scored?: readonly boolean[]): { mean: number; sd: number } {
  let n = 0;
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    if (scored && !scored[i]) continue;
    n++;
    s += v[i];
  }
  const mean = n ? s / n : 0;
  let q = 0;
  for (let i = 0; i < v.length; i++) if (!scored || scored[i]) q += (v[i] - mean) ** 2;
  return { mean: round6(mean), sd: round6(n > 1 ? Math.sqrt(q / (n - 1)) : 0) };
}

/** Wraps a model in the linear stretch from its held-out predictions to the targets (identity when degenerate). */
function calibrated(
  model: RidgeModel | BoostModel | BlendModel,
  oof: readonly number[],
  data: DimensionData,
): DimensionModel {
  const from = moments(oof, data.scored);
  const to = moments(data.y, data.scored);
  if (!(from.sd > 0) || !(to.sd > 0)) return model;
  return { kind: 'calibrated', model, from, to };
}

/** One dimension's data: features, targets, weights, groups, and which rows count when scoring a choice. */
export interface DimensionData extends TrainingSet {
  readonly groups: readonly string[];
  /** Rows the hyper-parameter choice is scored on (e.g. real pairs only); all rows when absent. */
  readonly scored?: readonly boolean[];
}

export interface Choice {
  /** e.g. "ridge:10", "boost:3x120", "blend:ridge:10+boost:3x120". */
  readonly name: string;
  /** Inner cross-validated Pearson of the choice. */
  readonly pearson: number;
}

function pearsonOf(pred: readonly number[], y: readonly number[], scored?: readonly boolean[]): number {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < y.length; i++) {
    if (scored && !scored[i]) continue;
    n++;
    mx += pred[i];
    my += y[i];
  }
  if (n < 2) return NaN;
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < y.length; i++) {
    if (scored && !scored[i]) continue;
    const dx = pred[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

function subset(data: TrainingSet, rows: readonly number[]): TrainingSet {
  return {
    x: rows.map((i) => data.x[i]),
    y: rows.map((i) => data.y[i]),
    w: rows.map((i) => data.w?.[i] ?? 1),
  };
}

/**
 * Chooses a dimension model by grouped inner cross-validation on `data` only (ridge per lambda, boosting per
 * depth and tree count, and the blend of the best of each), then fits the choice on all of `data`.
 */
export function fitDimension(
  data: DimensionData,
  opts: FitOptions = DEFAULT_FIT,
): {
  model: DimensionModel;
  choice: Choice;
} {
  const n = data.y.length;
  const folds = assignFolds(data.groups, opts.folds);
  const ridgeOof = opts.lambdas.map(() => new Array<number>(n).fill(0));
  const steps = Math.floor(opts.maxTrees / opts.treeStep);
  const boostOof = opts.depths.map(() => Array.from({ length: steps }, () => new Array<number>(n).fill(0)));
  for (let k = 0; k < opts.folds; k++) {
    const train: number[] = [];
    const valid: number[] = [];
    for (let i = 0; i < n; i++) (folds[i] === k ? valid : train).push(i);
    if (valid.length === 0 || train.length === 0) continue;
    const tr = subset(data, train);
    const vx = valid.map((i) => data.x[i]);
    opts.lambdas.forEach((l, li) => {
      const m = fitRidge(tr, l);
      valid.forEach((i, v) => (ridgeOof[li][i] = predictRaw(m, vx[v])));
    });
    opts.depths.forEach((d, di) => {
      const { validCurve } = fitBoost(
        tr,
        { depth: d, rate: opts.rate, trees: opts.maxTrees, minLeaf: opts.minLeaf, bins: opts.bins },
        vx,
      );
      for (let s = 0; s < steps; s++) {
        const curve = validCurve[(s + 1) * opts.treeStep - 1];
        valid.forEach((i, v) => (boostOof[di][s][i] = curve[v]));
      }
    });
  }
  const score = (p: readonly number[]) => {
    const r = pearsonOf(p.map(clampScore), data.y, data.scored);
    return Number.isNaN(r) ? -1 : r;
  };
  let bestRidge = { li: -1, r: -Infinity };
  opts.lambdas.forEach((_, li) => {
    const r = score(ridgeOof[li]);
    if (r > bestRidge.r) bestRidge = { li, r };
  });
  let bestBoost = { di: -1, s: 0, r: -Infinity };
  opts.depths.forEach((_, di) => {
    for (let s = 0; s < steps; s++) {
      const r = score(boostOof[di][s]);
      if (r > bestBoost.r) bestBoost = { di, s, r };
    }
  });
  const lambda = opts.lambdas[bestRidge.li];
  const depth = opts.depths[bestBoost.di];
  const trees = (bestBoost.s + 1) * opts.treeStep;
  const ridgeName = `ridge:${lambda}`;
  const boostName = `boost:${depth}x${trees}`;
  const fitR = () => fitRidge(data, lambda);
  const fitB = () =>
    fitBoost(data, { depth, rate: opts.rate, trees, minLeaf: opts.minLeaf, bins: opts.bins }).model;
  const wrap = (model: RidgeModel | BoostModel | BlendModel, oof: readonly number[]): DimensionModel =>
    opts.calibrate ? calibrated(model, oof, data) : model;
  if (bestRidge.li >= 0 && bestBoost.di >= 0) {
    const blendOof = ridgeOof[bestRidge.li].map((v, i) => (v + boostOof[bestBoost.di][bestBoost.s][i]) / 2);
    const blendR = score(blendOof);
    if (blendR >= bestRidge.r && blendR >= bestBoost.r) {
      return {
        model: wrap({ kind: 'blend', parts: [fitR(), fitB()] }, blendOof),
        choice: { name: `blend:${ridgeName}+${boostName}`, pearson: blendR },
      };
    }
  }
  if (bestBoost.di < 0 || (bestRidge.li >= 0 && bestRidge.r >= bestBoost.r)) {
    return { model: wrap(fitR(), ridgeOof[bestRidge.li]), choice: { name: ridgeName, pearson: bestRidge.r } };
  }
  return {
    model: wrap(fitB(), boostOof[bestBoost.di][bestBoost.s]),
    choice: { name: boostName, pearson: bestBoost.r },
  };
}
