/**
 * The cost of one ingest job on one thread, split into its parts: analysis, the store record (annotations
 * JSON + deflate, full-text folding, entity rows) and the clustering profile. N real texts from ../shared/data
 * (their first sight: the memos have not seen their words), after a warm-up of 200 others.
 *
 * Run pinned to one core: `taskset -c 1 node --import tsx bench/job.ts [--articles N] [--json]`.
 */
import { parseArgs } from 'node:util';
import { hasSharedData, loadSharedArticles, sharedDataDir } from '../src/services/datasets.ts';
import { analyzeArticle } from '../src/services/analyze.ts';
import { articleRecord } from '../src/services/store/record.ts';
import { clusterProfile } from '../src/services/library/profile.ts';

const WARMUP = 200;
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, json: { type: 'boolean', default: false } },
});
if (!hasSharedData()) {
  console.error(`bench job: ${sharedDataDir()} not found; the benchmark runs on the real texts there`);
  process.exit(1);
}
const base = await loadSharedArticles();
const n = Math.min(Number(values.articles), base.length - WARMUP);
for (const a of base.slice(0, WARMUP)) analyzeArticle(a);

let analysis = 0;
let record = 0;
let profile = 0;
let done = 0;
const cpu0 = process.cpuUsage();
for (const a of base.slice(WARMUP, WARMUP + n)) {
  const t0 = performance.now();
  const r = analyzeArticle(a);
  const t1 = performance.now();
  analysis += t1 - t0;
  if (!r.ok) continue;
  articleRecord(r.analysis, { ingestedAt: '2026-01-01T00:00:00Z' });
  const t2 = performance.now();
  clusterProfile(r.analysis);
  record += t2 - t1;
  profile += performance.now() - t2;
  done++;
}
const cpu = process.cpuUsage(cpu0);
const per = (ms: number): number => Number((ms / done).toFixed(3));
const out = {
  articles: done,
  msPerArticle: { analysis: per(analysis), record: per(record), profile: per(profile) },
  cpuMsPerArticle: per((cpu.user + cpu.system) / 1000),
};
console.log(values.json ? JSON.stringify(out) : out);
