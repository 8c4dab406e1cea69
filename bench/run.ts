/**
 * `npm run bench [-- --articles N] [-- --json]`: throughput of the analysis pipeline on real article text
 * (the texts under ../shared/data, replicated with fresh ids and dates to reach N), on one core, in wall and
 * CPU time, with the first sight of each text (cold word caches: stemming) and its repeats reported apart.
 * Then the online clustering (bench/cluster.ts) on a stream of `--cluster-articles N` profiles (default 100,000;
 * 0 skips it). The last line of --json output is the contract's JSON object.
 * `--ingest N [--workers K]` runs the end-to-end ingest benchmark instead (bench/ingest.ts: N replicated
 * articles read, analysed in K worker threads, stored in a temporary SQLite file and clustered).
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PIPELINE } from '../src/core/stages/index.ts';
import { runPipeline } from '../src/core/pipeline.ts';
import type { Article } from '../src/core/types.ts';
import { buildProfile } from '../src/core/similarity/profile.ts';
import { benchCluster } from './cluster.ts';
import { benchIngest, printIngest } from './ingest.ts';
import { hasSharedData, loadSharedArticles, sharedDataDir } from '../src/services/datasets.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '3000' },
    json: { type: 'boolean', default: false },
    stages: { type: 'boolean', default: false },
    'cluster-articles': { type: 'string', default: '100000' },
    ingest: { type: 'string' },
    workers: { type: 'string', default: '1' },
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
