/**
 * API latency benchmark: the story list and a story page (JSON API and HTML page) with N articles stored,
 * measured by a load tool (autocannon, in a child process) against the server on 127.0.0.1.
 *
 * How the store is filled (fast path; analysing 100,000 articles would take minutes of CPU):
 * 1. The distinct real texts under ../shared/data (~1,700) get publication dates (their own, else one of 28
 *    days) and are ingested through the library: analysis, storing and online clustering, so their stories
 *    and memberships are real.
 * 2. Rounds of replicas then reach N: per round, every stored base article is stored again from its record
 *    (`articleRecord`, built once per base article) with a fresh id and its dates moved ROUND_DAYS later, and
 *    every base story is stored again with a fresh id, the replica members and shifted dates (`putStory`,
 *    `setMembership`), one transaction per round. So the store holds N articles in stories of real sizes,
 *    with their full-text and entity-index rows.
 * 3. The pages of every story of 3+ articles are prepared (`Library.prepareStories`), as an ingest does for the
 *    stories it changes; the time it takes is reported.
 * Then the server runs in this process and each route's load runs in a child process (`--load`), so the load
 * tool does not compete for the server's event loop. Three servers over the same store answer the story
 * pages: as served (pages and decoded views kept between requests), with views kept but no page (the first
 * views after an ingest that left the stories alone), and with nothing kept (first views after a start). Per route: one request first (it waits out whatever the
 * previous route left queued), 20 requests one at a time (the service time alone), then autocannon; the server's
 * CPU ms per request over the whole route is reported too, as it depends little on other load on the machine.
 *
 * Usage: node --import tsx bench/api.ts [--stored 100000] [--duration 10] [--connections 10] [--json]
 *        [--db file: keep the filled store there, and reuse it on the next run]
 *        [--only <text>: only the routes whose name contains it; repeatable] [--skip-prepare]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { Article } from '../src/core/types.ts';
import { startServer, type RunningServer } from '../src/http/server.ts';
import { hasSharedData, loadSharedArticles, sharedDataDir } from '../src/services/datasets.ts';
import { openLibrary } from '../src/services/library/index.ts';
import type { Library } from '../src/services/library/types.ts';
import { articleRecord, type ArticleRecord, type Store } from '../src/services/store/index.ts';
import type { StorySummary } from '../src/core/cluster/summary.ts';

const { values } = parseArgs({
  options: {
    stored: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    /** Keep the filled database at this path (and reuse it when it already holds --stored articles). */
    db: { type: 'string' },
    load: { type: 'string' },
    /** Run only the routes whose name contains one of these (repeatable), e.g. `--only "100 stories"`. */
    only: { type: 'string', multiple: true },
    /** Do not check every story's prepared page before the load (a reused --db whose views are current). */
    'skip-prepare': { type: 'boolean', default: false },
  },
});

/** Days between replica rounds: rounds spread the archive over months, as a real one is. */
const ROUND_DAYS = 7;
/** Days the undated base texts are spread over (so clustering's time decay sees a realistic stream). */
const BASE_SPREAD_DAYS = 28;
/** Story pages rotated through in the "many stories" runs: more than the library's story cache holds. */
const ROTATION = 100;
/** The clock of the store's `ingestedAt`: fixed, so runs are alike. */
const INGESTED_AT = '2026-11-21T00:00:00.000Z';
const DAY_MS = 86_400_000;

/** One load run's figures. */
interface LoadFigures {
  readonly name: string;
  readonly paths: number;
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Median and max ms of {@link ALONE_REQUESTS} requests sent one at a time (no queueing): the service time. */
  readonly aloneP50: number;
  readonly aloneMax: number;
  /** Server CPU ms per request during the run (set by the parent, which runs the server). */
  readonly cpuMsPerRequest?: number;
}

/** Requests sent one at a time before each load run, for the service time without queueing. */
const ALONE_REQUESTS = 20;

/** Wall ms of requests sent one after another over the paths (cycling), median and max. */
async function serviceTimes(url: string, paths: readonly string[]): Promise<{ p50: number; max: number }> {
  const ms: number[] = [];
  for (let i = 0; i < ALONE_REQUESTS; i++) {
    const t0 = performance.now();
    await (await fetch(url + paths[(i + 1) % paths.length])).arrayBuffer();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p50: round(ms[Math.floor(ms.length / 2)]), max: round(ms[ms.length - 1]) };
}

// ---------------------------------------------------------------------------------------------- load mode
/** `--load <json>`: runs autocannon on `{ url, runs: [{ name, paths }] }` and prints the figures as JSON. */
async function loadMode(spec: string): Promise<void> {
  const { url, runs, duration, connections } = JSON.parse(spec) as {
    url: string;
    runs: { name: string; paths: string[] }[];
    duration: number;
    connections: number;
  };
  const out: LoadFigures[] = [];
  for (const run of runs) {
    let next = 0;
    // One request first, alone: it waits behind whatever the previous run left queued on the server, so each
    // run starts on an idle server (and the one-path runs start warm, as a page someone just opened is).
    await (await fetch(url + run.paths[0])).arrayBuffer();
    const alone = await serviceTimes(url, run.paths);
    const r = await autocannon({
      url,
      connections,
      duration,
      // One path after the other across all connections (not each connection from the first path): the 10
      // requests in flight are for 10 different pages, as when 10 readers open different stories.
      requests: [
        { method: 'GET', setupRequest: (req) => ({ ...req, path: run.paths[next++ % run.paths.length] }) },
      ],
    });
    out.push({
      name: run.name,
      paths: run.paths.length,
      requests: r.requests.total,
      rps: Math.round(r.requests.average),
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
      non2xx: r.non2xx,
      errors: r.errors,
      aloneP50: alone.p50,
      aloneMax: alone.max,
    });
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

// -------------------------------------------------------------------------------------------- fill mode
function shiftIso(iso: string | undefined | null, days: number): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return iso;
  const moved = new Date(t + days * DAY_MS).toISOString();
  return iso.length === 10 ? moved.slice(0, 10) : moved;
}

function datedBase(articles: readonly Article[]): Article[] {
  const day0 = Date.UTC(2024, 0, 1);
  return articles.map((a, i) =>
    a.published ? a : { ...a, published: new Date(day0 + (i % BASE_SPREAD_DAYS) * DAY_MS).toISOString() },
  );
}

/** Every story id, newest first (paged). */
async function allStoryIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listStories({ limit: 1000, offset });
    ids.push(...page.map((s) => s.id));
    if (page.length < 1000) return ids;
  }
}

function replicaRecord(rec: ArticleRecord, round: number): ArticleRecord {
  const id = `${rec.id}~r${round}`;
  const published = shiftIso(rec.published, round * ROUND_DAYS) ?? null;
  const meta: Record<string, unknown> = { ...(JSON.parse(rec.meta) as Record<string, unknown>), id };
  if (published) meta.published = published;
  return { ...rec, id, published, meta: JSON.stringify(meta) };
}

function replicaStory(s: StorySummary, round: number, kept: ReadonlySet<string>): StorySummary {
  const rid = (id: string) => `${id}~r${round}`;
  const members = s.members.filter((m) => kept.has(m)).map(rid);
  return {
    ...s,
    id: rid(s.id),
    members,
    articles: members.length,
    firstSeen: shiftIso(s.firstSeen, round * ROUND_DAYS),
    lastSeen: shiftIso(s.lastSeen, round * ROUND_DAYS),
    timeline: s.timeline.map((t) => ({
      ...t,
      date: shiftIso(t.date, round * ROUND_DAYS) ?? t.date,
      articles: t.articles.filter((a) => kept.has(a)).map(rid),
    })),
  };
}

/** Stores rounds of replicas of the base articles and stories until `target` articles are stored. */
async function replicate(lib: Library, target: number): Promise<void> {
  const store = lib.store;
  const records: ArticleRecord[] = [];
  for (const id of await allArticleIds(store)) {
    const a = await store.getArticle(id);
    if (a) records.push(articleRecord(a.analysis, { ingestedAt: INGESTED_AT }));
  }
  const stories: { summary: StorySummary; scores: Map<string, number> }[] = [];
  for (const id of await allStoryIds(store)) {
    const s = await store.getStory(id);
    if (s) stories.push({ summary: s.summary, scores: new Map(s.members.map((m) => [m.id, m.score])) });
  }
  let stored = records.length;
  for (let round = 1; stored < target; round++) {
    const take = records.slice(0, Math.min(records.length, target - stored));
    const kept = new Set(take.map((r) => r.id));
    await store.transaction(async (tx) => {
      for (const rec of take) await tx.putRecord(replicaRecord(rec, round));
      for (const { summary, scores } of stories) {
        const copy = replicaStory(summary, round, kept);
        if (copy.members.length === 0) continue;
        await tx.putStory(copy);
        for (const m of summary.members) {
          if (kept.has(m)) await tx.setMembership(`${m}~r${round}`, copy.id, scores.get(m) ?? 0);
        }
      }
    });
    stored += take.length;
    process.stderr.write(`\rbench api: ${stored} articles stored`);
  }
  process.stderr.write('\n');
  // The replicas were given their stories directly: the clustering state counts them as clustered, so a
  // library reopening this file (--db) does not cluster them again.
  const blob = await store.loadClusterState();
  if (blob) await store.saveClusterState({ ...blob, seq: await store.lastSeq() });
}

/** Fills the library's store with `target` articles (base texts analysed, then replicas). */
async function fill(lib: Library, target: number): Promise<void> {
  const base = datedBase(await loadSharedArticles());
  const summary = await lib.ingestArticles(base.slice(0, target));
  process.stderr.write(`bench api: ${summary.stored} base articles analysed, stored and clustered\n`);
  await replicate(lib, target);
}

/** Every stored article id, in arrival order. */
async function allArticleIds(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listArticles({ limit: 1000, offset });
    ids.push(...page.map((a) => a.id));
    if (page.length < 1000) return ids.sort();
  }
}

/** Runs one route's load in a child process and returns its figures as the child printed them. */
function loadInChild(url: string, run: { name: string; paths: string[] }): Promise<LoadFigures> {
  const spec = JSON.stringify({
    url,
    runs: [run],
    duration: Number(values.duration),
    connections: Number(values.connections),
  });
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', self, '--load', spec], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve((JSON.parse(out) as LoadFigures[])[0]) : reject(new Error(`load exited ${code}`)),
    );
  });
}

/**
 * Each route's load in its own child process, with the server's CPU time per request over it: the server
 * process's CPU (all its threads) from the child's start until one more request has waited out the queue,
 * divided by the requests served. Unlike latency, this hardly depends on what else runs on the machine.
 */
async function runLoad(
  servers: Readonly<Record<Exclude<NonNullable<Run['server']>, 'started'>, string>>,
  start: () => Promise<RunningServer>,
  runs: Run[],
): Promise<LoadFigures[]> {
  const out: LoadFigures[] = [];
  for (const { server, ...run } of runs) {
    const c0 = process.cpuUsage();
    // A server started now: its library opened and its views warmed in the background from the listen on,
    // while the load tool starts (its CPU counted with the requests'). The others run since the start.
    const fresh = server === 'started' ? await start() : undefined;
    const url = fresh ? fresh.url : servers[server === undefined || server === 'started' ? 'served' : server];
    const f = await loadInChild(url, run);
    await (await fetch(url + run.paths[0])).arrayBuffer();
    const c = process.cpuUsage(c0);
    if (fresh) {
      const w = await fresh.warmed;
      if (w)
        process.stderr.write(
          `bench api: ${w.kept} views warmed in ${Math.round(w.ms)} ms after the listen\n`,
        );
      await fresh.close();
    }
    // The child's idle-wait request, its alone requests, its load, and the drain request just sent.
    const served = 1 + ALONE_REQUESTS + f.requests + 1;
    out.push({ ...f, cpuMsPerRequest: Math.round(((c.user + c.system) / 1000 / served) * 100) / 100 });
  }
  return out;
}

/** One route's load: its name, the paths requested in turn, and which server answers them. */
interface Run {
  readonly name: string;
  readonly paths: string[];
  /**
   * Which server answers: `served` (as `storyline serve` runs: story pages kept while nothing new is stored,
   * decoded story views kept while their story is unchanged), `views` (no page kept, views kept: the first
   * views after an ingest that left these stories alone), `cold` (nothing kept: every request reads and
   * decodes its view and builds its answer), `started` (as `storyline serve` just started: a library opened
   * and a server started right before the load, which warms the views of the largest stories in the
   * background from the listen on while the load tool starts; it keeps no page, so every request is a
   * first view of its page after a start). Default
   * `served`.
   */
  readonly server?: 'served' | 'views' | 'cold' | 'started';
}

/** Story ids spread evenly over the list (by size), for the rotation runs. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

async function main(): Promise<void> {
  if (!hasSharedData()) {
    console.error(
      `bench api: ${sharedDataDir()} not found; the benchmark fills the store from its real texts`,
    );
    process.exit(1);
  }
  const target = Number(values.stored);
  const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-api-'));
  const lib = await openLibrary({ db: values.db ?? join(dir, 'bench.db'), now: () => INGESTED_AT });
  try {
    const t0 = performance.now();
    if ((await lib.stats()).articles < target) await fill(lib, target);
    const fillS = (performance.now() - t0) / 1000;
    // What an ingest does after storing (the replicas were stored directly, not ingested): prepare the
    // pages of the stories of 2+ articles. Views already current (a reused --db) are only checked.
    const t1 = performance.now();
    const toPrepare = values['skip-prepare'] ? [] : await allStoryIds(lib.store);
    const prepared = await lib.prepareStories(toPrepare, {
      onProgress: (done, total) => {
        if (done % 1000 === 0 || done === total)
          process.stderr.write(`\rbench api: story pages prepared for ${done} / ${total} stories`);
      },
    });
    process.stderr.write('\n');
    const prepareS = (performance.now() - t1) / 1000;
    const stats = await lib.stats();
    const byLargest = await lib.stories({ order: 'largest', limit: 1000 });
    const mid = byLargest[Math.floor(byLargest.length / 2)] ?? byLargest[0];
    const rotation = spread(byLargest, ROTATION).map((s) => encodeURIComponent(s.id));
    // Stories of 1-2 articles are not prepared: their first view builds the page. Two-article ones cost most.
    const newest = await lib.stories({ order: 'newest', limit: 1000 });
    const pairs = spread(
      newest.filter((s) => s.articles === 2),
      ROTATION,
    ).map((s) => encodeURIComponent(s.id));
    const server = await startServer(lib, { port: 0 });
    // The same store through a library and a server that keep nothing between requests: first views.
    const coldLib = await openLibrary({ db: values.db ?? join(dir, 'bench.db'), viewCacheChars: 0 });
    const coldServer = await startServer(coldLib, { port: 0, pageCacheBytes: 0 });
    const viewsServer = await startServer(lib, { port: 0, pageCacheBytes: 0 });
    try {
      const one = encodeURIComponent(mid.id);
      const runs: Run[] = [
        { name: 'GET /api/stories (newest, 50)', paths: ['/api/stories'] },
        { name: 'GET /api/stories?order=largest', paths: ['/api/stories?order=largest'] },
        { name: 'GET /api/stories?order=growing', paths: ['/api/stories?order=growing'] },
        { name: 'GET /api/stories/:id (one story)', paths: [`/api/stories/${one}`] },
        {
          name: `GET /api/stories/:id (${rotation.length} stories in turn)`,
          paths: rotation.map((id) => `/api/stories/${id}`),
        },
        {
          name: `GET /api/stories/:id (${rotation.length} stories in turn, views kept, no page kept)`,
          paths: rotation.map((id) => `/api/stories/${id}`),
          server: 'views',
        },
        {
          name: `GET /api/stories/:id (${rotation.length} stories in turn, no caches: first views)`,
          paths: rotation.map((id) => `/api/stories/${id}`),
          server: 'cold',
        },
        {
          name: `GET /api/stories/:id (${rotation.length} stories in turn, server just started, views warmed in the background, no page kept: first views)`,
          paths: rotation.map((id) => `/api/stories/${id}`),
          server: 'started',
        },
        { name: 'GET / (HTML story list)', paths: ['/'] },
        {
          name: 'GET /api/search (3 queries in turn: a common word, a name, a phrase)',
          paths: ['/api/search?q=the', '/api/search?q=Merkel', '/api/search?q=%22prime%20minister%22'],
        },
        { name: 'GET /stories/:id (HTML, one story)', paths: [`/stories/${one}`] },
        {
          name: `GET /stories/:id (HTML, ${rotation.length} stories in turn)`,
          paths: rotation.map((id) => `/stories/${id}`),
        },
        {
          name: `GET /stories/:id (HTML, ${rotation.length} stories in turn, views kept, no page kept)`,
          paths: rotation.map((id) => `/stories/${id}`),
          server: 'views',
        },
        {
          name: `GET /stories/:id (HTML, ${rotation.length} stories in turn, no caches: first views)`,
          paths: rotation.map((id) => `/stories/${id}`),
          server: 'cold',
        },
        {
          name: `GET /stories/:id (HTML, ${rotation.length} stories in turn, server just started, views warmed in the background, no page kept: first views)`,
          paths: rotation.map((id) => `/stories/${id}`),
          server: 'started',
        },
        {
          name: `GET /api/stories/:id (${pairs.length} two-article stories, no caches: views built on first view)`,
          paths: pairs.map((id) => `/api/stories/${id}`),
          server: 'cold',
        },
      ];
      const only = values.only ?? [];
      const chosen = only.length ? runs.filter((r) => only.some((o) => r.name.includes(o))) : runs;
      const loadBefore = loadavg()[0];
      const start = async (): Promise<RunningServer> => {
        const fresh = await openLibrary({ db: values.db ?? join(dir, 'bench.db') });
        // No page kept: every request of the run builds its page, as the first view of each page does.
        const s = await startServer(fresh, { port: 0, pageCacheBytes: 0 });
        return {
          ...s,
          async close() {
            await s.close();
            await fresh.close();
          },
        };
      };
      const figures = await runLoad(
        { served: server.url, views: viewsServer.url, cold: coldServer.url },
        start,
        chosen,
      );
      const loadAfter = loadavg()[0];
      const result = {
        stored: stats.articles,
        stories: stats.stories,
        memberships: stats.memberships,
        fillSeconds: Math.round(fillS),
        prepared: { ...prepared, seconds: Math.round(prepareS) },
        oneStory: { id: mid.id, articles: mid.articles },
        duration: Number(values.duration),
        connections: Number(values.connections),
        loadAverage: { before: Math.round(loadBefore * 10) / 10, after: Math.round(loadAfter * 10) / 10 },
        runs: figures,
      };
      if (values.json) {
        process.stdout.write(JSON.stringify(result) + '\n');
      } else {
        console.log(
          `${result.stored} articles, ${result.stories} stories stored (filled in ${result.fillSeconds} s; ` +
            `${prepared.built} story pages prepared, ${prepared.stories - prepared.built} already current, in ` +
            `${result.prepared.seconds} s); ` +
            `${result.connections} connections, ${result.duration} s per run; one story: ${mid.articles} articles; ` +
            `load average ${result.loadAverage.before} before, ${result.loadAverage.after} after`,
        );
        console.log(
          '| route | CPU ms/req | alone p50 / max ms | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx |',
        );
        console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const f of figures) {
          const alone = `${f.aloneP50} / ${f.aloneMax}`;
          const load = `${f.rps} | ${f.p50} | ${f.p90} | ${f.p99} | ${f.max} | ${f.non2xx + f.errors}`;
          console.log(`| ${f.name} | ${f.cpuMsPerRequest} | ${alone} | ${load} |`);
        }
      }
    } finally {
      await server.close();
      await coldServer.close();
      await viewsServer.close();
      await coldLib.close();
    }
  } finally {
    await lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (values.load !== undefined) await loadMode(values.load);
else await main();
