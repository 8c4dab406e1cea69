/**
 * `npm run bench [-- --articles N] [-- --json]`: throughput of the analysis pipeline on real article text
 * (the texts under ../shared/data, replicated with fresh ids and dates to reach N), on one core.
 * The last line of --json output is the contract's JSON object.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { DEFAULT_PIPELINE } from '../src/core/stages/index.ts';
import { runPipeline } from '../src/core/pipeline.ts';
import type { Article } from '../src/core/types.ts';
import { hasSharedData, loadSharedArticles, sharedDataDir } from '../src/services/datasets.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '3000' },
    json: { type: 'boolean', default: false },
    stages: { type: 'boolean', default: false },
  },
});
const N = Number(values.articles);
const WARMUP = 200; // articles analysed before timing, so lazy loads (stemmers, gazetteer, eld) are not counted

if (!hasSharedData()) {
  console.error(`bench: ${sharedDataDir()} not found; the benchmark runs on the real texts there`);
  process.exit(1);
}

const base = await loadSharedArticles();
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
const t0 = performance.now();
for (let i = WARMUP; i < articles.length; i++) {
  const a = articles[i];
  chars += a.text.length;
  if (values.stages) {
    // Per-stage timing (slower: one clock read per stage).
    const ann: Record<string, unknown> = {};
    for (const s of DEFAULT_PIPELINE) {
      const s0 = performance.now();
      ann[s.name] = s.run(a, ann);
      stageMs.set(s.name, (stageMs.get(s.name) ?? 0) + performance.now() - s0);
    }
  } else runPipeline(DEFAULT_PIPELINE, a);
}
const seconds = (performance.now() - t0) / 1000;
const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);

const result = {
  articles: N,
  baseArticles: base.length,
  meanChars: Math.round(chars / N),
  analyze: { articlesPerSecond: Math.round(N / seconds), seconds: Number(seconds.toFixed(2)) },
  cluster: null,
  peakRssMB,
  ...(values.stages
    ? { stageMsPerArticle: Object.fromEntries([...stageMs].map(([k, v]) => [k, Number((v / N).toFixed(3))])) }
    : {}),
};
if (!values.json) {
  console.log(`analyze: ${N} articles (${base.length} distinct real texts, mean ${result.meanChars} chars)`);
  console.log(`  ${result.analyze.articlesPerSecond} articles/s on one core (${result.analyze.seconds} s)`);
  if (result.stageMsPerArticle) console.log('  ms/article by stage:', result.stageMsPerArticle);
  console.log(`  peak RSS ${peakRssMB} MB`);
}
console.log(JSON.stringify(result));
