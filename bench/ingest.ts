/**
 * End-to-end ingest benchmark: N real article texts (the texts under ../shared/data, replicated with fresh
 * ids and publication dates, rounds spaced past the clustering window as in bench/cluster.ts) written as
 * JSONL files into a temporary folder, then `library.ingestInputs([folder])` into a temporary SQLite file
 * with K analysis worker threads: reading, analysis, storing and clustering, as `storyline ingest` does.
 *
 * `--state N` measures the clustering state instead: its encoded size and encode/decode cost at 10k, 50k and
 * N articles of the bench/cluster.ts stream.
 *
 * Run: `node --import tsx bench/ingest.ts [--articles N] [--workers K] [--per-day D] [--json]`, or
 * `npm run bench -- --ingest N [--workers K]`. Add `--cpu-prof` before `--import` to profile the main thread.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Article } from '../src/core/types.ts';
import { hasSharedData, loadSharedArticles, sharedDataDir } from '../src/services/datasets.ts';
import { openLibrary, type IngestPhases } from '../src/services/library/index.ts';
import { clusterProfile } from '../src/services/library/profile.ts';
import { analyzeArticle } from '../src/services/analyze.ts';
import { assign } from '../src/core/cluster/assign.ts';
import { decodeClusterState, encodeClusterState } from '../src/core/cluster/codec.ts';
import { createClusterState } from '../src/core/cluster/state.ts';
import type { Profile } from '../src/core/similarity/profile.ts';
import { DEFAULT_PER_DAY, roundSpacing } from './cluster.ts';

/** Articles per JSONL file: well under the 20 MB input limit at ~1.5 KB per article. */
const ARTICLES_PER_FILE = 5000;
const DAY_MS = 86_400_000;

export interface IngestBench {
  readonly articles: number;
  readonly workers: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  /** Articles per second of the part after reading (analysis, storing, clustering). */
  readonly afterReadPerSecond: number;
  /** CPU time of the whole process (every thread) per article, and the load average while it ran. */
  readonly cpuMsPerArticle: number;
  /**
   * The part of it on the main thread (storing, clustering, reading, story pages) and on all the others
   * (analysis workers, their module loaders, V8's helper threads), from /proc/self/task (Linux only: null
   * elsewhere).
   */
  readonly mainThreadCpuMsPerArticle: number | null;
  readonly otherThreadsCpuMsPerArticle: number | null;
  /**
   * CPU seconds of each thread during the ingest (Linux), the main thread first, then the others from the
   * busiest: the analysis workers, then V8's platform threads (optimising compiler, concurrent GC), the
   * module loaders' threads. Empty elsewhere.
   */
  readonly threadCpuSeconds: readonly number[];
  readonly loadAverage: number;
  readonly stored: number;
  /** The same text twice in the base data (same id): stored once. */
  readonly duplicates: number;
  /** Texts the ingest refused (e.g. no article text), by code. */
  readonly rejected: Readonly<Record<string, number>>;
  readonly stories: number;
  /** Seconds per phase (see IngestPhases); `analysis` is summed over the worker threads. */
  readonly phases: Readonly<Record<keyof IngestPhases, number>>;
  /** Story pages prepared after the last batch (stories of 3+ articles), and the seconds it took. */
  readonly prepared: { readonly stories: number; readonly built: number; readonly seconds: number };
  readonly dbMB: number;
  /** Size of the saved clustering state at the end. */
  readonly stateMB: number;
  readonly peakRssMB: number;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const PROC_TICKS_PER_SECOND = 100;

/** CPU milliseconds of each thread of the process so far, by thread id (Linux: /proc/self/task), or undefined. */
function threadCpuMs(): Map<number, number> | undefined {
  if (!existsSync('/proc/self/task')) return undefined;
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    // Fields after the command name (which may hold spaces): state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(tid), ((Number(fields[11]) + Number(fields[12])) * 1000) / PROC_TICKS_PER_SECOND);
  }
  return out;
}

/** The i-th article of the replicated stream: fresh id, publication time advancing `perDay` a day. */
function replica(base: readonly Article[], i: number, day0: number, perDay: number): Article {
  const a = base[i % base.length];
  const round = Math.floor(i / base.length);
  const k = i % base.length;
  const day = day0 + round * roundSpacing(base.length, perDay) + Math.floor(k / perDay);
  // Seconds within the day keep the stream in its order.
  const published = new Date(day * DAY_MS + (k % perDay) * 1000).toISOString();
  return { ...a, id: `${a.id}~${round}`, published };
}

/** First day of the stream. */
const DAY0 = Math.floor(Date.UTC(2020, 0, 1) / DAY_MS);

/** The JSONL line of the i-th article of the stream (also read by bench/job.ts --stream). */
export function streamLine(base: readonly Article[], i: number, perDay = DEFAULT_PER_DAY): string {
  const a = replica(base, i, DAY0, perDay);
  return JSON.stringify({
    id: a.id,
    title: a.title,
    text: a.text,
    ...(a.declaredLang ? { lang: a.declaredLang } : {}),
    ...(a.source ? { source: a.source } : {}),
    ...(a.url ? { url: a.url } : {}),
    published: a.published,
  });
}

/** Writes the stream as JSONL files into `dir`. */
function writeStream(dir: string, base: readonly Article[], n: number, perDay: number): void {
  for (let start = 0; start < n; start += ARTICLES_PER_FILE) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(n, start + ARTICLES_PER_FILE); i++)
      lines.push(streamLine(base, i, perDay));
    writeFileSync(join(dir, `stream-${String(start).padStart(7, '0')}.jsonl`), lines.join('\n') + '\n');
  }
}

/** Ingests `n` replicated real articles into a fresh SQLite file with `workers` analysis threads. */
export async function benchIngest(
  base: readonly Article[],
  n: number,
  workers: number,
  perDay = DEFAULT_PER_DAY,
): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
  try {
    const input = join(dir, 'input');
    const db = join(dir, 'bench.db');
    mkdirSync(input);
    writeStream(input, base, n, perDay);
    const lib = await openLibrary({ db, workers, minWorkerArticles: 0 });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const t0s = threadCpuMs();
    const summary = await lib.ingestInputs([input]);
    const cpu = process.cpuUsage(c0);
    const t1s = threadCpuMs();
    const seconds = (performance.now() - t0) / 1000;
    const loadAverage = loadavg()[0]!;
    const stats = await lib.stats();
    const state = await lib.store.loadClusterState();
    await lib.close();
    const phases = summary.phases!;
    const s = (ms: number): number => Number((ms / 1000).toFixed(2));
    const dbBytes = statSync(db).size + (statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    return {
      articles: n,
      workers,
      seconds: Number(seconds.toFixed(2)),
      articlesPerSecond: Math.round(n / seconds),
      afterReadPerSecond: Math.round(n / (seconds - phases.read / 1000)),
      cpuMsPerArticle: Number(((cpu.user + cpu.system) / 1000 / n).toFixed(2)),
      ...threadSplit(cpu, t0s, t1s, n),
      loadAverage: Number(loadAverage.toFixed(1)),
      stored: summary.stored,
      duplicates: summary.duplicates,
      rejected: countCodes(summary.rejected.map((e) => e.code)),
      stories: stats.stories,
      phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, s(v)])) as Record<
        keyof IngestPhases,
        number
      >,
      prepared: {
        stories: summary.prepared?.stories ?? 0,
        built: summary.prepared?.built ?? 0,
        seconds: s(summary.prepared?.ms ?? 0),
      },
      dbMB: Math.round(dbBytes / 1e6),
      stateMB: Number(((state?.json.length ?? 0) / 1e6).toFixed(1)),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The main thread's and the other threads' share of the process's CPU time, per article; each thread's. */
function threadSplit(
  cpu: NodeJS.CpuUsage,
  before: Map<number, number> | undefined,
  after: Map<number, number> | undefined,
  n: number,
): Pick<IngestBench, 'mainThreadCpuMsPerArticle' | 'otherThreadsCpuMsPerArticle' | 'threadCpuSeconds'> {
  if (before === undefined || after === undefined)
    return { mainThreadCpuMsPerArticle: null, otherThreadsCpuMsPerArticle: null, threadCpuSeconds: [] };
  const spent = (tid: number): number => (after.get(tid) ?? 0) - (before.get(tid) ?? 0);
  const main = spent(process.pid);
  const others = [...after.keys()]
    .filter((tid) => tid !== process.pid)
    .map(spent)
    .filter((ms) => ms > 0)
    .sort((a, b) => b - a);
  const all = (cpu.user + cpu.system) / 1000;
  return {
    mainThreadCpuMsPerArticle: Number((main / n).toFixed(2)),
    otherThreadsCpuMsPerArticle: Number(((all - main) / n).toFixed(2)),
    threadCpuSeconds: [main, ...others].map((ms) => Number((ms / 1000).toFixed(2))),
  };
}

function countCodes(codes: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of [...codes].sort()) out[c] = (out[c] ?? 0) + 1;
  return out;
}

/** Size and cost of the saved clustering state at points of a stream (see {@link benchStateCodec}). */
export interface StateCodecPoint {
  readonly articles: number;
  readonly mb: number;
  readonly encodeCpuMs: number;
  readonly decodeMs: number;
}

/**
 * The clustering state's encoded size and encode/decode cost after 10k, 50k and `n` articles of the
 * replicated stream of bench/cluster.ts (profiles only: the base texts analysed once).
 */
export function benchStateCodec(
  base: readonly Article[],
  n: number,
  perDay = DEFAULT_PER_DAY,
): StateCodecPoint[] {
  const profiles: Profile[] = [];
  for (const a of base) {
    const r = analyzeArticle(a);
    if (r.ok) profiles.push(clusterProfile(r.analysis));
  }
  const state = createClusterState();
  const day0 = Math.floor(Date.UTC(2020, 0, 1) / DAY_MS);
  const points = new Set([10_000, 50_000, n].filter((p) => p <= n));
  const out: StateCodecPoint[] = [];
  for (let i = 1; i <= n; i++) {
    const p = profiles[(i - 1) % profiles.length];
    const round = Math.floor((i - 1) / profiles.length);
    const day =
      day0 + round * roundSpacing(profiles.length, perDay) + Math.floor(((i - 1) % profiles.length) / perDay);
    assign(state, { ...p, id: `${p.id}~${round}`, day });
    if (!points.has(i)) continue;
    const c0 = process.cpuUsage();
    const json = encodeClusterState(state);
    const c = process.cpuUsage(c0);
    const t0 = performance.now();
    decodeClusterState(json);
    out.push({
      articles: i,
      mb: Number((json.length / 1e6).toFixed(1)),
      encodeCpuMs: Math.round((c.user + c.system) / 1000),
      decodeMs: Math.round(performance.now() - t0),
    });
  }
  return out;
}

/** Prints the figures of a run. */
export function printIngest(r: IngestBench): void {
  console.log(
    `ingest: ${r.articles} articles, ${r.workers} analysis worker(s), into a temporary SQLite file`,
  );
  console.log(
    `  ${r.articlesPerSecond} articles/s end to end (${r.seconds} s); ${r.afterReadPerSecond} articles/s after reading`,
  );
  const p = r.phases;
  console.log(
    `  main thread: read ${p.read} s, dedupe ${p.dedupe} s, waiting for analysis ${p.wait} s, store ${p.store} s, ` +
      `cluster ${p.cluster} s, state saves ${p.checkpoint} s, replay ${p.replay} s`,
  );
  console.log(`  analysis: ${p.analysis} s summed over the threads that ran it`);
  console.log(
    `  story pages prepared after the last batch: ${r.prepared.built} of ${r.prepared.stories} stories of 3+ articles, ${r.prepared.seconds} s`,
  );
  console.log(
    `  CPU time (all threads): ${r.cpuMsPerArticle} ms per article; load average ${r.loadAverage} at the end`,
  );
  if (r.mainThreadCpuMsPerArticle !== null)
    console.log(
      `  of which the main thread ${r.mainThreadCpuMsPerArticle} ms, the other threads (analysis workers, ` +
        `loaders, V8 helpers) ${r.otherThreadsCpuMsPerArticle} ms; CPU s by thread: ${r.threadCpuSeconds.join(', ')}`,
    );
  console.log(
    `  ${r.stored} stored, ${r.duplicates} duplicates, rejected ${JSON.stringify(r.rejected)}, ${r.stories} stories;`,
  );
  console.log(`   database ${r.dbMB} MB, clustering state ${r.stateMB} MB; peak RSS ${r.peakRssMB} MB`);
}

/** Command-line entry (when run directly). */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      workers: { type: 'string', default: '1' },
      'per-day': { type: 'string', default: String(DEFAULT_PER_DAY) },
      state: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!hasSharedData()) {
    console.error(`bench: ${sharedDataDir()} not found; the benchmark runs on the real texts there`);
    process.exit(1);
  }
  const base = await loadSharedArticles();
  if (values.state !== undefined) {
    for (const p of benchStateCodec(base, Number(values.state), Number(values['per-day'])))
      console.log(JSON.stringify(p));
    return;
  }
  const r = await benchIngest(
    base,
    Number(values.articles),
    Number(values.workers),
    Number(values['per-day']),
  );
  if (!values.json) printIngest(r);
  console.log(JSON.stringify(r));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
