/**
 * `npm run bench [-- --articles N] [-- --json]`: throughput of the analysis pipeline on real article text
 * (the texts under ../shared/data, replicated with fresh ids and dates to reach N), on one core, in wall and
 * CPU time, with the first sight of each text (cold word caches: stemming) and its repeats reported apart.
 * Then the online clustering (bench/cluster.ts) on a stream of `--cluster-articles N` profiles (default 100,000;
 * 0 skips it). The last line of --json output is the contract's JSON object.
 * `--ingest N [--workers K]` runs the end-to-end ingest benchmark instead (bench/ingest.ts: N replicated
 * articles read, analysed in K worker threads, stored in a temporary SQLite file and clustered).
 * `--against <dir> [--rounds R]` compares this tree's analysis with the checkout in <dir> (e.g. a `git worktree`
 * of an earlier commit) in one process: both pipelines see every text once (first sight), then R rounds of
 * 150 texts run through both, alternately, on CPU time. On a loaded machine this is far steadier than
 * comparing separate runs: both trees share whatever the other processes leave of the core.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PIPELINE } from '../src/core/stages/index.ts';
import { runPipeline } from '../src/core/pipeline.ts';
import type { Article } from '../src/core/types.ts';
import { buildProfile } from '../src/core/similarity/profile.ts';
import { benchCluster } from './cluster.ts';
import { benchIngest, printIngest } from './ingest.ts';
import { hasSharedData, loadSharedArticles, sharedDataDir } from '../src/services/datasets.ts';
import { tuneTiering } from '../src/services/v8-tiering.ts';

// The analysis runs as the product runs it (see src/services/v8-tiering.ts).
tuneTiering();

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '3000' },
    json: { type: 'boolean', default: false },
    stages: { type: 'boolean', default: false },
    'cluster-articles': { type: 'string', default: '100000' },
    ingest: { type: 'string' },
    workers: { type: 'string', default: '1' },
    against: { type: 'string' },
    rounds: { type: 'string', default: '40' },
  },
});
const N = Number(values.articles);
const WARMUP = 200; // articles analysed before timing, so lazy loads (stemmers, gazetteer, eld) are not counted

if (!hasSharedData()) {
  console.error(`bench: ${sharedDataDir()} not found; the benchmark runs on the real texts there`);
  process.exit(1);
}

const base = await loadSharedArticles();
if (values.ingest !== undefined) {
  const r = await benchIngest(base, Number(values.ingest), Number(values.workers));
  if (!values.json) printIngest(r);
  console.log(JSON.stringify(r));
  process.exit(0);
}
/** Texts per round of the `--against` comparison: long enough to time, short enough to interleave often. */
const COMPARE_CHUNK = 150;

/** The two trees' analyses over the same texts, alternated in one process (see the module comment). */
async function compareTrees(dir: string, rounds: number) {
  type Run = (s: typeof DEFAULT_PIPELINE, a: Article) => unknown;
  const other = {
    pipeline: (await import(resolve(dir, 'src/core/stages/index.ts'))) as {
      DEFAULT_PIPELINE: typeof DEFAULT_PIPELINE;
    },
    runner: (await import(resolve(dir, 'src/core/pipeline.ts'))) as { runPipeline: Run },
  };
  const trees = [
    { pipeline: other.pipeline.DEFAULT_PIPELINE, run: other.runner.runPipeline },
    { pipeline: DEFAULT_PIPELINE, run: runPipeline as Run },
  ];
  const cpu = (f: () => void): number => {
    const u = process.cpuUsage();
    f();
    const d = process.cpuUsage(u);
    return (d.user + d.system) / 1000;
  };
  const first = trees.map((t) => cpu(() => base.forEach((a) => t.run(t.pipeline, a))) / base.length);
  const times: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    const from = (r * COMPARE_CHUNK) % base.length;
    const chunk = base.slice(from, from + COMPARE_CHUNK);
    for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const t = trees[k];
      times[k].push(cpu(() => chunk.forEach((a) => t.run(t.pipeline, a))) / chunk.length);
    }
  }
  const median = (x: number[]): number => [...x].sort((p, q) => p - q)[x.length >> 1];
  const ratios = times[0].map((a, i) => times[1][i] / a);
  const mean = ratios.reduce((p, q) => p + q, 0) / ratios.length;
  const sd = Math.sqrt(ratios.reduce((p, q) => p + (q - mean) ** 2, 0) / ratios.length);
  const f3 = (x: number): number => Number(x.toFixed(3));
  return {
    against: dir,
    rounds,
    firstSight: { a: f3(first[0]), b: f3(first[1]) },
    repeat: { a: f3(median(times[0])), b: f3(median(times[1])) },
    ratio: { median: f3(median(ratios)), mean: f3(mean), stderr: f3(sd / Math.sqrt(ratios.length)) },
  };
}

if (values.against !== undefined) {
  const r = await compareTrees(values.against, Number(values.rounds));
  if (!values.json) {
    console.log(`analysis, this tree (B) against ${values.against} (A), CPU ms per article:`);
    console.log(`  first sight: A ${r.firstSight.a}, B ${r.firstSight.b}`);
    console.log(
      `  repeats (${r.rounds} rounds of ${COMPARE_CHUNK}): median A ${r.repeat.a}, B ${r.repeat.b}; B/A median ${r.ratio.median}, mean ${r.ratio.mean} +- ${r.ratio.stderr}`,
    );
  }
  console.log(JSON.stringify(r));
  process.exit(0);
}

/** Replicates the base texts with fresh ids and publication dates (one day later per round). */
function stream(n: number): Article[] {
  const out: Article[] = [];
  const day0 = Date.UTC(2020, 0, 1);
  for (let i = 0; out.length < n; i++) {
    const a = base[i % base.length];
    const round = Math.floor(i / base.length);
    out.push({
      ...a,
      id: `${a.id}~${round}`,
      published: a.published ?? new Date(day0 + round * 86_400_000).toISOString(),
    });
  }
  return out;
}

const articles = stream(N + WARMUP);
for (let i = 0; i < WARMUP; i++) runPipeline(DEFAULT_PIPELINE, articles[i]);

const stageMs = new Map<string, number>();
let chars = 0;
/** Wall and CPU ms of first sights (a text's first round: cold word caches) and of repeats (warm). */
const split = { cold: { n: 0, wall: 0, cpu: 0 }, warm: { n: 0, wall: 0, cpu: 0 } };
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const t0 = performance.now();
const c0 = process.cpuUsage();
for (let i = WARMUP; i < articles.length; i++) {
  const a = articles[i];
  chars += a.text.length;
  const w0 = performance.now();
  const u0 = process.cpuUsage();
  if (values.stages) {
    // Per-stage timing (slower: one clock read per stage).
    const ann: Record<string, unknown> = {};
    for (const s of DEFAULT_PIPELINE) {
      const s0 = performance.now();
      ann[s.name] = s.run(a, ann);
      stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + performance.now() - s0);
    }
  } else runPipeline(DEFAULT_PIPELINE, a);
  const bucket = i < base.length ? split.cold : split.warm;
  bucket.n++;
  bucket.wall += performance.now() - w0;
  bucket.cpu += cpuMs(process.cpuUsage(u0));
}
const seconds = (performance.now() - t0) / 1000;
const cpuSeconds = cpuMs(process.cpuUsage(c0)) / 1000;
const perArticle = (b: { n: number; wall: number; cpu: number }) =>
  b.n === 0
    ? null
    : { articles: b.n, wallMs: Number((b.wall / b.n).toFixed(3)), cpuMs: Number((b.cpu / b.n).toFixed(3)) };

// Clustering: the distinct base texts analysed once, then a replicated stream of profiles (0 skips it).
const clusterN = Number(values['cluster-articles']);
const cluster =
  clusterN > 0
    ? benchCluster(
        base.map((a) => buildProfile(runPipeline(DEFAULT_PIPELINE, a))),
        clusterN,
      )
    : null;
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);

const result = {
  articles: N,
  baseArticles: base.length,
  meanChars: Math.round(chars / N),
  analyze: {
    articlesPerSecond: Math.round(N / seconds),
    seconds: Number(seconds.toFixed(2)),
    cpuArticlesPerSecond: Math.round(N / cpuSeconds),
    /** First sight of a text (its words not yet in the stem/lexicon memos) vs. a repeat. */
    firstSight: perArticle(split.cold),
    repeat: perArticle(split.warm),
  },
  cluster,
  peakRssMB,
  ...(values.stages
    ? { stageMsPerArticle: Object.fromEntries([...stageMs].map(([k, v]) => [k, Number((v / N).toFixed(3))])) }
    : {}),
};
if (!values.json) {
  console.log(`analyze: ${N} articles (${base.length} distinct real texts, mean ${result.meanChars} chars)`);
  console.log(
    `  ${result.analyze.articlesPerSecond} articles/s on one core (${result.analyze.seconds} s), ${result.analyze.cpuArticlesPerSecond} on CPU time`,
  );
  for (const [label, b] of [
    ['first sight (cold word caches)', result.analyze.firstSight],
    ['repeat (warm)', result.analyze.repeat],
  ] as const)
    if (b)
      console.log(`  ${label}: ${b.articles} articles, ${b.wallMs} ms wall, ${b.cpuMs} ms CPU per article`);
  if (result.stageMsPerArticle) console.log('  ms/article by stage:', result.stageMsPerArticle);
  if (cluster) {
    console.log(`cluster: ${cluster.articles} articles over ${cluster.simulatedDays} simulated days`);
    console.log(
      `  ${cluster.articlesPerSecond} articles/s (${cluster.cpuArticlesPerSecond} on CPU time), p50 ${cluster.p50AssignMs} ms, p99 ${cluster.p99AssignMs} ms per assignment` +
        ` (${cluster.stories} stories, ${cluster.activeStories} active at the end)`,
    );
    console.log(
      `  CPU time per assignment: p50 ${cluster.cpuP50AssignMs} ms, p99 ${cluster.cpuP99AssignMs} ms; max wall ${cluster.maxAssignMs} ms`,
    );
    for (const s of cluster.slices)
      console.log(
        `  articles ${s.from}-${s.to}: ${s.articlesPerSecond} articles/s, p50 ${s.p50AssignMs} ms, p99 ${s.p99AssignMs} ms`,
      );
  }
  console.log(`  peak RSS ${peakRssMB} MB`);
}
console.log(JSON.stringify(result));
