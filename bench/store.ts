/**
 * Store benchmark: inserts per second of analysed articles into the SQLite store (WAL, one transaction per
 * article, as an ingest does), then batches of 100 per transaction, records built beforehand, duplicates and a few
 * read timings.
 * The 49 bundled samples are analysed once and replicated with fresh ids.
 * Usage: node --import tsx bench/store.ts [--articles 5000]
 *
 * `--write-path` measures instead what an ingest's writing thread does per article, on real texts: the texts
 * under ../shared/data analysed once and their records built (as the workers do), then replicated with fresh
 * ids and written in transactions of {@link BATCH_ARTICLES} (`putRecord` and `setMembership` per article, as
 * `writeBatch` does, without the clustering); CPU ms per article over `--rounds` alternating stores.
 * Usage: taskset -c 1 node --import tsx bench/store.ts --write-path [--articles 10000] [--rounds 3] [--json]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../src/services/analyze.ts';
import { hasSharedData, loadSharedArticles, sharedDataDir } from '../src/services/datasets.ts';
import { BATCH_ARTICLES } from '../src/services/library/ingest.ts';
import { readSources } from '../src/services/sources.ts';
import { articleRecord, openStore, type ArticleRecord, type Store } from '../src/services/store/index.ts';
import type { Analysis } from '../src/core/types.ts';

if (process.argv.includes('--write-path')) {
  await benchWritePath();
  process.exit(0);
}

/** CPU milliseconds (user + system) since `from`. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
}

/** The `--write-path` run (see the module comment). */
async function benchWritePath(): Promise<void> {
  const arg = (name: string, fallback: number): number => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const n = arg('--articles', 10_000);
  const rounds = arg('--rounds', 3);
  if (!hasSharedData()) {
    console.error(`bench store: ${sharedDataDir()} not found; --write-path runs on the real texts there`);
    process.exit(1);
  }
  const records: ArticleRecord[] = [];
  for (const a of await loadSharedArticles()) {
    const r = analyzeArticle(a);
    if (r.ok) records.push(articleRecord(r.analysis, { ingestedAt: '2026-11-22T00:00:00Z' }));
  }
  const perRound: { cpuMsPerArticle: number; bytesPerArticle: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
    try {
      const path = join(dir, 'write.db');
      const store = openStore({ path });
      const c0 = process.cpuUsage();
      for (let start = 0; start < n; start += BATCH_ARTICLES) {
        await store.transaction(async (tx) => {
          for (let i = start; i < Math.min(n, start + BATCH_ARTICLES); i++) {
            const base = records[i % records.length]!;
            const id = `${base.id}~${Math.floor(i / records.length)}`;
            if ((await tx.putRecord({ ...base, id })) === 'stored')
              await tx.setMembership(id, `story-${i % 7919}`, 0.5);
          }
        });
      }
      const ms = cpuSince(c0);
      await store.close();
      perRound.push({
        cpuMsPerArticle: Number((ms / n).toFixed(3)),
        bytesPerArticle: Math.round(fileSize(path) / n),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const out = {
    articles: n,
    distinctTexts: records.length,
    rounds: perRound,
    annotationBytesPerArticle: Math.round(
      records.reduce((s, r) => s + r.annotations.length, 0) / records.length,
    ),
  };
  console.log(process.argv.includes('--json') ? JSON.stringify(out) : out);
}

function fileSize(path: string): number {
  let n = 0;
  for (const ext of ['', '-wal']) {
    try {
      n += statSync(path + ext).size;
    } catch {
      /* absent */
    }
  }
  return n;
}

const argIndex = process.argv.indexOf('--articles');
const N = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 5000;
/** Articles per transaction in the batched run. */
const BATCH = 100;
const INGESTED_AT = '2026-11-21T00:00:00Z';

const base: Analysis[] = [];
for await (const item of readSources([new URL('../samples', import.meta.url).pathname])) {
  if (!item.ok) continue;
  const r = analyzeArticle(item.article);
  if (r.ok) base.push(r.analysis);
}
const replicas = (tag: string): Analysis[] =>
  Array.from({ length: N }, (_, i) => {
    const a = base[i % base.length]!;
    return { ...a, article: { ...a.article, id: `${a.article.id}-${tag}${i}` } };
  });

const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));

/** CPU milliseconds (user + system) of each timed phase, by label: fairer than wall time on a busy machine. */
const cpu = new Map<string, number>();

async function timed(label: string, fn: () => Promise<void>): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  cpu.set(label, (c.user + c.system) / 1000);
  return ms;
}

try {
  // 1. One transaction per article.
  const p1 = join(dir, 'one.db');
  const s1: Store = openStore({ path: p1 });
  const list1 = replicas('a');
  const ms1 = await timed('per-article', async () => {
    for (const a of list1) await s1.putAnalysis(a, { ingestedAt: INGESTED_AT });
  });
  // 2. Duplicates (the same articles again).
  const msDup = await timed('duplicates', async () => {
    for (const a of list1) await s1.putAnalysis(a, { ingestedAt: INGESTED_AT });
  });
  // 3. Reads.
  const reads = 200;
  const msGet = await timed('get', async () => {
    for (let i = 0; i < reads; i++) await s1.getArticle(list1[(i * 37) % N]!.article.id);
  });
  const msSearch = await timed('search', async () => {
    for (let i = 0; i < reads; i++) await s1.search(i % 2 ? 'minister' : '"power line"', { limit: 20 });
  });
  const msList = await timed('list', async () => {
    for (let i = 0; i < reads; i++) await s1.listArticles({ limit: 50, offset: i });
  });
  await s1.close();
  const size1 = fileSize(p1);

  // 4. Batches of BATCH articles per transaction.
  const p2 = join(dir, 'batch.db');
  const s2 = openStore({ path: p2 });
  const list2 = replicas('b');
  const ms2 = await timed('batched', async () => {
    for (let i = 0; i < N; i += BATCH)
      await s2.transaction(async (tx) => {
        for (const a of list2.slice(i, i + BATCH)) await tx.putAnalysis(a, { ingestedAt: INGESTED_AT });
      });
  });
  await s2.close();

  // 5. Records built beforehand (what worker threads would hand over), one transaction per article.
  const p3 = join(dir, 'records.db');
  const s3 = openStore({ path: p3 });
  const list3 = replicas('c');
  let records: ReturnType<typeof articleRecord>[] = [];
  const msBuild = await timed('build records', async () => {
    records = list3.map((a) => articleRecord(a, { ingestedAt: INGESTED_AT }));
  });
  const ms3 = await timed('records', async () => {
    for (const r of records) await s3.putRecord(r);
  });
  await s3.close();

  const rate = (ms: number) => Math.round((N / ms) * 1000).toLocaleString('en');
  const cpuRate = (label: string) => rate(cpu.get(label)!);
  console.log(
    `articles: ${N} (the ${base.length} samples replicated with fresh ids), WAL, synchronous=NORMAL`,
  );
  console.log(
    `one transaction per article: ${rate(ms1)} articles/s (${(ms1 / N).toFixed(3)} ms/article; on CPU time ${cpuRate('per-article')}/s)`,
  );
  console.log(
    `batches of ${BATCH} per transaction: ${rate(ms2)} articles/s (${(ms2 / N).toFixed(3)} ms/article; ` +
      `on CPU time ${cpuRate('batched')}/s)`,
  );
  console.log(
    `records built beforehand (as worker threads would): writing ${rate(ms3)} articles/s ` +
      `(${(ms3 / N).toFixed(3)} ms/article; on CPU time ${cpuRate('records')}/s); building a record ${(msBuild / N).toFixed(3)} ms/article`,
  );
  console.log(`duplicates (same ${N} again): ${rate(msDup)} articles/s`);
  console.log(
    `reads: getArticle ${(msGet / reads).toFixed(3)} ms, search ${(msSearch / reads).toFixed(3)} ms, ` +
      `listArticles ${(msList / reads).toFixed(3)} ms (mean of ${reads})`,
  );
  console.log(
    `database size: ${(size1 / 1024 / 1024).toFixed(1)} MB (${Math.round(size1 / N)} bytes/article); ` +
      `stored annotations ${Math.round(records.reduce((n, r) => n + r.annotations.length, 0) / N)} bytes/article`,
  );
  const perArticle = (label: string, n: number): string => `${label} ${(cpu.get(label)! / n).toFixed(3)}`;
  console.log(
    `CPU ms per article: ${perArticle('per-article', N)}, ${perArticle('batched', N)}, ` +
      `${perArticle('build records', N)}, ${perArticle('records', N)}, ${perArticle('get', reads)}, ` +
      `${perArticle('search', reads)}, ${perArticle('list', reads)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
