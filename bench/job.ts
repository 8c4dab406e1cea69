/**
 * The cost of one ingest job on one thread, split into its parts: analysis, the store record (annotations
 * encoded, full-text folding, entity rows) and the clustering profile; plus what reading the record back
 * costs (decoding its annotations) and the stored annotations' size. The record is also timed by part
 * (`recordParts`: the columns payload, deflating it, the full-text folding of title and body, the entity rows,
 * the metadata JSON: the same steps `articleRecord` runs, timed again one by one), and `message` is the cost of
 * the worker's reply crossing threads (`v8.serialize` + `v8.deserialize` of the job's output, the serializer
 * `postMessage` uses, with its annotations bytes in the message as the worker transfers them). N real texts from ../shared/data (their
 * first sight: the memos have not seen their words), after a warm-up of 200 others. Each part is timed in
 * CPU time of the process (`process.cpuUsage`), fairer than wall time on a shared machine.
 *
 * Run pinned to one core: `taskset -c 1 node --import tsx bench/job.ts [--articles N] [--json]`.
 *
 * `--stream N` measures instead one analysis worker's whole job on one thread: the first N articles of
 * bench/ingest.ts's stream (the texts replicated with fresh ids and dates, written as JSONL and read back as
 * the ingest reads them, each structured-cloned as a worker receives it), `runJob` on each and its reply
 * cloned back. It reports the process's CPU per article (every thread: V8's compiler included), the figure to
 * watch for V8's tiering (run it under `--trace-opt --trace-deopt` to count compilations and deopts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../src/core/types.ts';
import { hasSharedData, loadSharedArticles, sharedDataDir } from '../src/services/datasets.ts';
import { readSources } from '../src/services/sources.ts';
import { runJob } from '../src/services/library/job.ts';
import { streamLine } from './ingest.ts';
import { analyzeArticle } from '../src/services/analyze.ts';
import { articleRecord, decodeAnnotations, entityRows } from '../src/services/store/record.ts';
import { columnsPayload, packColumns } from '../src/services/store/columns.ts';
import { ftsText } from '../src/services/store/fts.ts';
import { clusterProfile } from '../src/services/library/profile.ts';
import { tuneTiering } from '../src/services/v8-tiering.ts';

// The analysis runs as the product runs it (see src/services/v8-tiering.ts).
tuneTiering();

const WARMUP = 200;
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    stream: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
if (!hasSharedData()) {
  console.error(`bench job: ${sharedDataDir()} not found; the benchmark runs on the real texts there`);
  process.exit(1);
}
const base = await loadSharedArticles();
if (values.stream !== undefined) {
  await benchStream(base, Number(values.stream));
  process.exit(0);
}

/** The `--stream` run (see the module comment). */
async function benchStream(texts: readonly Article[], n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
  const articles: Article[] = [];
  try {
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(streamLine(texts, i));
    writeFileSync(join(dir, 'stream.jsonl'), lines.join('\n') + '\n');
    for await (const item of readSources([dir])) if (item.ok) articles.push(item.article);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const c0 = process.cpuUsage();
  for (let i = 0; i < articles.length; i++) {
    const article = deserialize(serialize(articles[i])) as Article;
    deserialize(serialize(runJob({ n: i, article, ingestedAt: '2026-01-01T00:00:00Z' })));
  }
  const c = process.cpuUsage(c0);
  const out = {
    articles: articles.length,
    cpuMsPerArticle: Number(((c.user + c.system) / 1000 / articles.length).toFixed(3)),
  };
  console.log(values.json ? JSON.stringify(out) : out);
}
const n = Math.min(Number(values.articles), base.length - WARMUP);
for (const a of base.slice(0, WARMUP)) analyzeArticle(a);

/** CPU milliseconds (user + system) since `from`. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
}

let analysis = 0;
let record = 0;
let profile = 0;
let decode = 0;
let message = 0;
const parts = { columns: 0, deflate: 0, fts: 0, entityRows: 0, meta: 0 };
let bytes = 0;
let done = 0;
const cpu0 = process.cpuUsage();
for (const a of base.slice(WARMUP, WARMUP + n)) {
  const c0 = process.cpuUsage();
  const r = analyzeArticle(a);
  analysis += cpuSince(c0);
  if (!r.ok) continue;
  const c1 = process.cpuUsage();
  const rec = articleRecord(r.analysis, { ingestedAt: '2026-01-01T00:00:00Z' });
  record += cpuSince(c1);
  const c2 = process.cpuUsage();
  const prof = clusterProfile(r.analysis);
  profile += cpuSince(c2);
  const c4 = process.cpuUsage();
  deserialize(serialize({ n: 0, ok: true, record: rec, profile: prof, ms: 0 }));
  message += cpuSince(c4);
  timeParts(r.analysis);
  const c3 = process.cpuUsage();
  decodeAnnotations(rec.annotations, rec.body);
  decode += cpuSince(c3);
  bytes += rec.annotations.length;
  done++;
}
/** The record's steps, timed one by one into `parts`. */
function timeParts(
  analysis: NonNullable<ReturnType<typeof analyzeArticle> & { ok: true }>['analysis'],
): void {
  const { article, annotations } = analysis;
  let c = process.cpuUsage();
  const payload = columnsPayload(annotations, true);
  parts.columns += cpuSince(c);
  c = process.cpuUsage();
  if (payload) packColumns(payload, true);
  parts.deflate += cpuSince(c);
  c = process.cpuUsage();
  ftsText(article.title);
  ftsText(annotations.clean.body);
  parts.fts += cpuSince(c);
  c = process.cpuUsage();
  entityRows(annotations);
  parts.entityRows += cpuSince(c);
  c = process.cpuUsage();
  const { text: _text, ...meta } = article;
  JSON.stringify(meta);
  parts.meta += cpuSince(c);
}

const per = (ms: number): number => Number((ms / done).toFixed(3));
const out = {
  articles: done,
  cpuMsPerArticle: {
    analysis: per(analysis),
    record: per(record),
    profile: per(profile),
    decode: per(decode),
    message: per(message),
  },
  recordParts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, per(v)])),
  annotationBytesPerArticle: Math.round(bytes / done),
  totalCpuMsPerArticle: per(cpuSince(cpu0)),
};
console.log(values.json ? JSON.stringify(out) : out);
