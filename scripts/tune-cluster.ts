/**
 * `node --import tsx scripts/tune-cluster.ts [--quick] [--cache <dir>] [--verify] [--ceiling]`: tunes the clustering threshold and score weights on
 * the Wikinews gold stories (B-cubed F1) and the SemEval pairs (same/different precision and recall), both
 * read from ../shared/data at run time. Profiles are built once; every setting replays the same streams.
 *
 * The pick maximises the worse of the two target ratios (Wikinews B-cubed F1 / 0.85, SemEval pairs precision /
 * 0.95) among settings that keep the fictional 13-language sample corpus at B-cubed F1 >= 0.90 (cross-script
 * recall) and, when any does, Wikinews at its target. Against overfitting (121 Wikinews articles is small): a
 * two-fold check, where the setting picked on one half of the Wikinews stories is scored on the other half; the
 * same on the SemEval pairs (halves by pair group). Print-only: the constants in src/core/cluster/state.ts are
 * edited by hand, with the figures in docs/EVALUATION.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assign, type AcceptJoin } from '../src/core/cluster/assign.ts';
import {
  createClusterState,
  DEFAULT_CLUSTER_OPTIONS,
  storyOfArticle,
  type ClusterOptions,
} from '../src/core/cluster/state.ts';
import { bcubed } from '../src/core/eval/metrics.ts';
import { buildProfile, type Profile } from '../src/core/similarity/profile.ts';
import type { Article } from '../src/core/types.ts';
import { analyzeArticle } from '../src/services/analyze.ts';
import { readArticles, streamOrder } from '../src/services/cluster.ts';
import { hasSharedData, readSemevalPairs, sharedDataDir } from '../src/services/datasets.ts';
import { countPairs, pairArticles } from '../src/services/eval-clustering.ts';
import { pairVector } from '../src/services/eval-similarity.ts';
import { scoreArticle, type ScoreParts } from '../src/core/cluster/score.ts';
import { addToStory, newStory } from '../src/core/cluster/story.ts';
import { articleVectors } from '../src/core/cluster/vectors.ts';
import {
  assignFolds,
  fitRidge,
  groupKey,
  predictRaw,
  type RidgeModel,
} from '../src/core/similarity/model.ts';

/** Pairs precision the chosen setting must keep (CONTRACT target). */
const MIN_PAIRS_PRECISION = 0.95;
/**
 * Guard on the fictional 13-language sample corpus: it stands at 0.945 since the third session, and a setting
 * below this has lost cross-script stories (keys are the only evidence between scripts). 0.75 until the fifth
 * session, when the pick went to settings that keep 0.75 but lose those stories (cross06: 0.753).
 */
const MIN_SAMPLES_F1 = 0.9;
/** Wikinews B-cubed F1 target (CONTRACT). */
const TARGET_WIKINEWS_F1 = 0.85;

if (!hasSharedData()) {
  console.error(`tune-cluster: ${sharedDataDir()} not found`);
  process.exit(1);
}

/** Profiles of the articles; `--cache <file>` keeps them between runs (outside the repo: derived from the data). */
function profiles(articles: readonly Article[], name: string): Profile[] {
  const cache = cacheDir ? join(cacheDir, `${name}.profiles.json`) : undefined;
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8'), revive) as Profile[];
  const out: Profile[] = [];
  for (const a of articles) {
    const r = analyzeArticle(a);
    if (r.ok) out.push(buildProfile(r.analysis));
  }
  if (cache) writeFileSync(cache, JSON.stringify(out, replace));
  return out;
}

function replace(_k: string, v: unknown): unknown {
  if (v instanceof Map) return { $map: [...v] };
  if (v instanceof Set) return { $set: [...v] };
  return v;
}
function revive(_k: string, v: unknown): unknown {
  if (v && typeof v === 'object' && '$map' in v) return new Map((v as { $map: [unknown, unknown][] }).$map);
  if (v && typeof v === 'object' && '$set' in v) return new Set((v as { $set: unknown[] }).$set);
  return v;
}

const cacheArg = process.argv.indexOf('--cache');
const cacheDir = cacheArg > 0 ? process.argv[cacheArg + 1] : undefined;
const dir = sharedDataDir();
const wn = streamOrder((await readArticles([join(dir, 'wikinews-stories-dev.jsonl')])).articles);
const wnProfiles = profiles(wn, 'wikinews');
const goldOf = new Map(wn.map((a) => [a.id, a.story!]));
const pairs = readSemevalPairs(join(dir, 'semeval2022-pairs-dev.csv'));
const { articles: pairTexts, idOf } = pairArticles(pairs);
const pairProfiles = profiles(pairTexts, 'semeval');
// The fictional multilingual sample corpus (samples/, 13 languages): a guard for cross-script recall.
const samplesDir = new URL('../samples/', import.meta.url).pathname;
const sampleGold = new Map(
  (
    JSON.parse(readFileSync(join(samplesDir, 'stories.json'), 'utf8')) as {
      articles: { title: string; story: string }[];
    }
  ).articles.map((a) => [a.title, a.story]),
);
const sampleArticles = streamOrder((await readArticles([samplesDir])).articles);
const sampleOf = new Map(
  sampleArticles.map((a) => [a.id, sampleGold.get(a.title) ?? `unlabelled:${a.title}`]),
);
const sampleProfiles = profiles(sampleArticles, 'samples');
console.error(
  `profiles: ${wnProfiles.length} Wikinews, ${pairProfiles.length} SemEval texts, ${sampleProfiles.length} samples`,
);

function samplesF1(options: Partial<ClusterOptions>): number {
  const state = createClusterState(options);
  for (const p of sampleProfiles) assign(state, p);
  return bcubed(
    sampleProfiles.map((p) => storyOfArticle(state, p.id)!),
    sampleProfiles.map((p) => sampleOf.get(p.id)!),
  ).f1;
}

function wikinewsF1(options: Partial<ClusterOptions>, keep: (story: string) => boolean = () => true): number {
  const state = createClusterState(options);
  const ps = wnProfiles.filter((p) => keep(goldOf.get(p.id)!));
  for (const p of ps) assign(state, p);
  return bcubed(
    ps.map((p) => storyOfArticle(state, p.id)!),
    ps.map((p) => goldOf.get(p.id)!),
  ).f1;
}

function pairsScore(options: Partial<ClusterOptions>) {
  const state = createClusterState(options);
  for (const p of pairProfiles) assign(state, p);
  return countPairs(pairs, idOf, (id) => storyOfArticle(state, id), pairProfiles.length);
}

/**
 * The SemEval half (0 or 1) of a pair, by a hash of its group (a real pair and its machine-translated copies
 * share a half), for the two-fold check of constants picked on pairs precision.
 */
function pairHalf(pairId: string): number {
  return createHash('sha256').update(groupKey(pairId)).digest()[0] % 2;
}

/** Pairs precision and recall on each half (the whole stream is clustered; only one half's pairs counted). */
function pairsHalves(options: Partial<ClusterOptions>) {
  const state = createClusterState(options);
  for (const p of pairProfiles) assign(state, p);
  return [0, 1].map((h) =>
    countPairs(
      pairs.filter((p) => pairHalf(p.pairId) === h),
      idOf,
      (id) => storyOfArticle(state, id),
      pairProfiles.length,
    ),
  );
}

const W = DEFAULT_CLUSTER_OPTIONS.weights;
/** Cross-lingual weights led by shared spellings of names (see state.ts `crossWeights`). */
const NAMES_LED = { keys: 0.1, terms: 0, names: 0.9, numbers: 0, days: 0 };
/** Cross-lingual weights that also compare stems with the story's other languages of the same script. */
const CROSS_TERMS = { ...DEFAULT_CLUSTER_OPTIONS.crossWeights, terms: 0.1 };
const weightSets: Record<string, Partial<ClusterOptions>> = {
  default: {},
  crossTerms: { crossWeights: CROSS_TERMS },
  crossTermsGate: { crossWeights: CROSS_TERMS, crossTermGate: 0.1 },
  ungated: { termGate: 0 },
  namesCross: { crossWeights: NAMES_LED },
  gate3: { termGate: 0.3 },
  terms8: { weights: { keys: 0.1, terms: 0.8, names: 0.1, numbers: 0, days: 0 } },
  names25: { weights: { ...W, keys: 0.15, terms: 0.6, names: 0.25 } },
  cross06: { crossLingualFactor: 0.6 },
  noCrossKeyGate: { crossKeyGate: 0 },
  crossKeyGate3: { crossKeyGate: 0.3 },
  termGate4: { termGate: 0.4 },
  noNearMiss: { nearMissShare: 0 },
  nearMissMerge25: { nearMissMerge: 0.25 },
  noConceptGate: { crossConceptGate: 0 },
  conceptGate3: { crossConceptGate: 0.3 },
  gate3terms8: { termGate: 0.3, weights: { keys: 0.1, terms: 0.8, names: 0.1, numbers: 0, days: 0 } },
};
const quick = process.argv.includes('--quick');
if (process.argv.includes('--profiles-only')) process.exit(0);
if (process.argv.includes('--ceiling')) {
  ceilingExperiment();
  process.exit(0);
}
if (process.argv.includes('--verify')) {
  verifyExperiment();
  process.exit(0);
}
const thresholds = quick ? [0.2, 0.25] : [0.18, 0.2, 0.22, 0.25, 0.28, 0.32];
const merges = quick ? [DEFAULT_CLUSTER_OPTIONS.mergeThreshold] : [0.4, 0.5];

interface Row {
  readonly name: string;
  readonly options: Partial<ClusterOptions>;
  readonly wikinews: number;
  readonly precision: number;
  readonly recall: number;
  readonly samples: number;
}
const rows: Row[] = [];
for (const [name, set] of Object.entries(weightSets)) {
  for (const threshold of thresholds) {
    for (const mergeThreshold of merges) {
      const options = { ...set, threshold, mergeThreshold };
      const pr = pairsScore(options);
      rows.push({
        name: `${name} t=${threshold} m=${mergeThreshold}`,
        options,
        wikinews: wikinewsF1(options),
        precision: pr.precision,
        recall: pr.recall,
        samples: samplesF1(options),
      });
    }
  }
}
const f = (x: number) => x.toFixed(3);
console.log('setting                                   wikinewsF1  pairsP  pairsR  samplesF1');
for (const r of rows)
  console.log(
    `${r.name.padEnd(42)} ${f(r.wikinews)}       ${f(r.precision)}   ${f(r.recall)}   ${f(r.samples)}`,
  );

/** Worst ratio to the two targets (Wikinews B-cubed F1 0.85, pairs precision 0.95): both count, neither alone. */
const objective = (wikinews: number, precision: number) =>
  Math.min(wikinews / TARGET_WIKINEWS_F1, precision / MIN_PAIRS_PRECISION);
const sampled = rows.filter((r) => r.samples >= MIN_SAMPLES_F1);
const onTarget = sampled.filter((r) => r.wikinews >= TARGET_WIKINEWS_F1);
const guarded = onTarget.length > 0 ? onTarget : sampled;
const best = [...guarded].sort(
  (a, b) => objective(b.wikinews, b.precision) - objective(a.wikinews, a.precision) || b.recall - a.recall,
)[0];
console.log(
  `\nbest on min(F1 / ${TARGET_WIKINEWS_F1}, precision / ${MIN_PAIRS_PRECISION}) with samples F1 >= ${MIN_SAMPLES_F1}${onTarget.length > 0 ? ` and Wikinews F1 >= ${TARGET_WIKINEWS_F1}` : ''}: ${best.name}: ` +
    `F1 ${f(best.wikinews)}, pairs precision ${f(best.precision)}, recall ${f(best.recall)}`,
);

// Two-fold check on Wikinews: pick on the stories of one half, score on the other half.
const stories = [...new Set(wn.map((a) => a.story!))].sort();
const half = (i: number) => (s: string) => stories.indexOf(s) % 2 === i;
const halves = rows.map((r) => [wikinewsF1(r.options, half(0)), wikinewsF1(r.options, half(1))]);
/** The row with the best score among those keeping the samples guard (the first on ties). */
const bestRow = (score: (i: number) => number): number => {
  let pick = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].samples < MIN_SAMPLES_F1) continue;
    if (pick < 0 || score(i) > score(pick)) pick = i;
  }
  return pick;
};
for (const fold of [0, 1]) {
  const pick = bestRow((i) => objective(halves[i][fold], rows[i].precision));
  console.log(
    `fold ${fold}: picked ${rows[pick].name} on half ${fold} (F1 ${f(halves[pick][fold])}), ` +
      `held-out half ${1 - fold}: F1 ${f(halves[pick][1 - fold])} (defaults on it: ${f(wikinewsF1({}, half(1 - fold)))})`,
  );
}

// Two-fold check on the SemEval pairs: pick on one half's precision (keeping the Wikinews F1 and samples guard),
// score on the other half.
const pairHalves = rows.map((r) => pairsHalves(r.options));
for (const fold of [0, 1]) {
  const pick = bestRow((i) => objective(rows[i].wikinews, pairHalves[i][fold].precision));
  const defaults = pairsHalves({})[1 - fold];
  console.log(
    `pairs fold ${fold}: picked ${rows[pick].name} on half ${fold} (precision ${f(pairHalves[pick][fold].precision)}), ` +
      `held-out half ${1 - fold}: precision ${f(pairHalves[pick][1 - fold].precision)} / recall ` +
      `${f(pairHalves[pick][1 - fold].recall)} (defaults on it: ${f(defaults.precision)} / ${f(defaults.recall)})`,
  );
}

/**
 * `--verify`: a second-stage check of every join (assign's `accept`) by a pair model: ridge regression of the
 * human Overall score on the similarity features (features.ts, background IDF plus the pair), fitted on the
 * SemEval real pairs; a join is accepted when the article's predicted Overall with one of the story's first
 * `VERIFY_REPS` members is at most the cut. SemEval pairs are scored out of fold (5 grouped folds: each fold's
 * pairs counted in a stream clustered with the model fitted on the other folds); Wikinews and the samples with
 * the model fitted on every SemEval pair (they are not in it).
 */
function verifyExperiment(): void {
  const VERIFY_REPS = 3;
  const FOLDS = 5;
  const byId = new Map(pairProfiles.map((p) => [p.id, p]));
  const rows = pairs.map((p) => ({
    p,
    group: groupKey(p.pairId),
    x: pairVector(byId.get(idOf.get(p.text1)!)!, byId.get(idOf.get(p.text2)!)!),
  }));
  const fit = (idx: number[]) =>
    fitRidge({ x: idx.map((i) => rows[i].x), y: idx.map((i) => rows[i].p.scores.overall) }, 1);
  const folds = assignFolds(
    rows.map((r) => r.group),
    FOLDS,
  );
  const real = rows.flatMap((r, i) => (r.p.translated ? [] : [i]));
  const models = Array.from({ length: FOLDS }, (_, k) => fit(real.filter((i) => folds[i] !== k)));
  const full = fit(real);
  /** Clusters a stream with the verifier; returns the state. */
  const stream = (
    ps: readonly Profile[],
    options: Partial<ClusterOptions>,
    model: RidgeModel,
    cut: number,
  ) => {
    const state = createClusterState(options);
    const reps = new Map<string, Profile[]>();
    const accept: AcceptJoin = (story, profile) =>
      (reps.get(story.id) ?? []).some((r) => predictRaw(model, pairVector(r, profile)) <= cut);
    for (const p of ps) {
      const { storyId } = assign(state, p, accept);
      const list = reps.get(storyId) ?? [];
      if (list.length < VERIFY_REPS) list.push(p);
      reps.set(storyId, list);
    }
    return state;
  };
  const cuts = quick ? [2.0] : [2.0, 2.2, 2.5];
  const ts = quick ? [0.25] : [0.18, 0.25];
  console.log('verify: threshold cut   pairsP(CV) pairsR(CV) tp/fp   wikinewsF1 (P/R)       samplesF1');
  for (const threshold of ts) {
    for (const cut of cuts) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (let k = 0; k < FOLDS; k++) {
        const state = stream(pairProfiles, { threshold }, models[k], cut);
        const c = countPairs(
          pairs.filter((_, i) => folds[i] === k),
          idOf,
          (id) => storyOfArticle(state, id),
          pairProfiles.length,
        );
        tp += c.truePositives;
        fp += c.falsePositives;
        fn += c.falseNegatives;
      }
      const ws = stream(wnProfiles, { threshold }, full, cut);
      const w = bcubed(
        wnProfiles.map((p) => storyOfArticle(ws, p.id)!),
        wnProfiles.map((p) => goldOf.get(p.id)!),
      );
      const ss = stream(sampleProfiles, { threshold }, full, cut);
      const sf = bcubed(
        sampleProfiles.map((p) => storyOfArticle(ss, p.id)!),
        sampleProfiles.map((p) => sampleOf.get(p.id)!),
      ).f1;
      const f = (x: number) => x.toFixed(3);
      console.log(
        `verify: t=${threshold} cut=${cut}  ${f(tp / (tp + fp))}      ${f(tp / (tp + fn))}      ${tp}/${fp}  ` +
          `${f(w.f1)} (${f(w.precision)}/${f(w.recall)})  ${f(sf)}`,
      );
    }
  }
}

/**
 * `--ceiling`: how far the clustering's own signal can go on Wikinews, offline. Every article pair is scored
 * with the clustering's components (article against a one-article story, IDF of the whole stream: better than
 * any online state has), then clustered by average-link agglomeration at every threshold; the best B-cubed F1
 * is printed with its threshold. It is an optimistic ceiling (the threshold is picked on the same articles,
 * and offline clustering sees all articles at once), not a result.
 */
function ceilingExperiment(): void {
  const state = createClusterState();
  for (const p of wnProfiles) assign(state, p);
  const vs = wnProfiles.map((p) => articleVectors(state, p));
  const n = wnProfiles.length;
  const components: Record<string, (d: ScoreParts) => number> = {
    combined: (d) => d.score,
    terms: (d) => d.terms,
    names: (d) => d.names,
    keys: (d) => d.keys,
  };
  const gold = wnProfiles.map((p) => goldOf.get(p.id)!);
  for (const [name, pick] of Object.entries(components)) {
    const sim = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) {
      const story = newStory('ceiling', 0);
      addToStory(state, story, wnProfiles[i], vs[i], 0, undefined);
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const v = pick(scoreArticle(vs[j], undefined, story, state.options));
        sim[i][j] += (Number.isNaN(v) ? 0 : v) / 2; // symmetric: mean of both directions
        sim[j][i] += (Number.isNaN(v) ? 0 : v) / 2;
      }
    }
    let best = { f1: 0, t: 0, precision: 0, recall: 0 };
    for (let k = 1; k < 50; k++) {
      const t = k / 50;
      const b = bcubed(averageLink(sim, t), gold);
      if (b.f1 > best.f1) best = { f1: b.f1, t, precision: b.precision, recall: b.recall };
    }
    console.log(
      `ceiling (${name}, average link): best B-cubed F1 ${best.f1.toFixed(3)} at ${best.t.toFixed(2)} ` +
        `(P ${best.precision.toFixed(3)}, R ${best.recall.toFixed(3)})`,
    );
  }
}

/** Average-link agglomerative clustering on a similarity matrix, stopping below `t`; one label per item. */
function averageLink(sim: readonly (readonly number[])[], t: number): string[] {
  const clusters = sim.map((_, i) => [i]);
  for (;;) {
    let bi = -1;
    let bj = -1;
    let bs = -Infinity;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        let v = 0;
        for (const x of clusters[a]) for (const y of clusters[b]) v += sim[x][y];
        v /= clusters[a].length * clusters[b].length;
        if (v > bs) [bs, bi, bj] = [v, a, b];
      }
    }
    if (bi < 0 || bs < t) break;
    clusters[bi] = [...clusters[bi], ...clusters[bj]];
    clusters.splice(bj, 1);
  }
  const labels = new Array<string>(sim.length);
  clusters.forEach((c, k) => c.forEach((i) => (labels[i] = String(k))));
  return labels;
}
