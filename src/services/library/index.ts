/**
 * `openLibrary(options)`: the {@link Library} over a store (SQLite file, or `:memory:`). See types.ts for the
 * interface; ingest.ts for how articles are analysed, stored and clustered; clustering.ts for how the
 * clustering state stays in step with the store across restarts and crashes; detail.ts for story pages.
 */
import { availableParallelism } from 'node:os';
import { storylineError, type StorylineError } from '../../core/errors.ts';
import type { Article } from '../../core/types.ts';
import { articleJson } from '../article-json.ts';
import { openStore, resolveDbPath } from '../store/index.ts';
import type { StoredArticle } from '../store/types.ts';
import { checkpoint, ensureCurrent, newClustering } from './clustering.ts';
import {
  createViewCache,
  DEFAULT_VIEW_CACHE_CHARS,
  keepStoryView,
  prepareStoryView,
  storyCoverageOfHead,
  storyDetailJsonOfHead,
  storyDetailOfHead,
  storyQuotesOfHead,
} from './detail.ts';
import { ingestParsed, type IngestContext } from './ingest.ts';
import { createPool, type AnalysisPool } from './pool.ts';
import type {
  ArticleDetail,
  EntityPage,
  IngestOptions,
  IngestSummary,
  Library,
  OpenLibraryOptions,
  PreparedStories,
} from './types.ts';

export type * from './types.ts';
export {
  COVERAGE_MAX_ARTICLES,
  DEFAULT_VIEW_CACHE_CHARS,
  QUOTES_MAX_ARTICLES,
  countryName,
  pageArticles,
} from './detail.ts';
export { STORY_COVERAGE_FACTS } from './coverage-digest.ts';
export { STORY_SPEAKERS, STORY_SPEAKER_QUOTES } from './quotes-digest.ts';
export { BATCH_ARTICLES } from './ingest.ts';
export { DEFAULT_CHECKPOINT_ARTICLES } from './clustering.ts';

/**
 * Below this many new articles an ingest analyses on the calling thread: starting a worker (loading the
 * pipeline's tables in it) costs about as much as analysing a few dozen articles.
 */
export const DEFAULT_MIN_WORKER_ARTICLES = 64;
/** Stored articles read per page by `exportArticles`. */
const EXPORT_PAGE = 200;
/**
 * Stories prepared after an ingest have at least this many members. Smaller ones, most stories of a stream,
 * are cheap to build on first view: at 100,000 stored articles, p99 10 ms of CPU for stories of 1 or 2
 * articles, against 35 ms for 3-4 and 160 ms for 5-7 (docs/BENCHMARKS.md, "API").
 */
export const MIN_PREPARED_MEMBERS = 3;
/**
 * Stories whose views `warmViews` reads by default: the largest, whose pages cost most to open and are
 * opened most; at 100,000 stored articles their page views take about a quarter of the default view cache.
 */
export const DEFAULT_WARM_VIEWS = 500;
/**
 * Share of the view cache `warmViews` fills at most: warming past it would push out the largest stories'
 * views it read first (least recently used), and the rest stays for the pages readers open afterwards.
 */
const WARM_CACHE_SHARE = 0.75;
/** Entity page: the stories listed at most. */
const ENTITY_STORIES_LIMIT = 50;

const HTTP_URL = /^https?:\/\//i;

/**
 * Default analysis workers: one per core. The calling thread only stores and clusters and waits for analysis
 * most of the time (docs/BENCHMARKS.md, "Ingest": 2 workers beat 1 on 2 cores), so it needs no core of its own.
 */
function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** An article's detail from its stored form. */
function articleDetail(a: StoredArticle): ArticleDetail {
  const { analysis, ...row } = a;
  return {
    row,
    json: articleJson(analysis),
    body: analysis.annotations.clean.body,
    ...(a.storyId !== undefined ? { storyId: a.storyId } : {}),
  };
}

/** Runs async tasks one at a time, in call order. */
function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Opens the library: the store at `options.db` (default: `resolveDbPath({})`, i.e. STORYLINE_DB or
 * ./storyline.db; `:memory:` for a throw-away one). Articles stored after the last saved clustering state
 * (an ingest killed mid-way) are clustered at once, so every stored article has its story.
 */
export async function openLibrary(options: OpenLibraryOptions = {}): Promise<Library> {
  const store = openStore({ path: options.db ?? resolveDbPath({}) });
  const clustering = newClustering(options.checkpointEvery);
  try {
    // Only the state's seq: the state itself (about 1 KB per article) is read when something is clustered.
    const seq = await store.clusterStateSeq();
    const last = await store.lastSeq();
    if (last > 0 && (seq ?? 0) !== last) await store.transaction((tx) => ensureCurrent(tx, clustering));
  } catch (e) {
    await store.close();
    throw e;
  }
  const workers = Math.max(0, Math.floor(options.workers ?? defaultWorkers()));
  const minWorkerArticles = options.minWorkerArticles ?? DEFAULT_MIN_WORKER_ARTICLES;
  let pool: AnalysisPool | undefined;
  const ctx: IngestContext = {
    store,
    clustering,
    now: options.now ?? (() => new Date().toISOString()),
    ...(options.batchArticles !== undefined ? { batchArticles: options.batchArticles } : {}),
    pool: (articles) => {
      if (workers === 0 || articles < minWorkerArticles) return undefined;
      pool ??= createPool(workers);
      return pool;
    },
  };
  const one = serial();
  // Decoded story views, keyed by their story's members: still good after an ingest that left the story alone.
  const views = createViewCache(options.viewCacheChars ?? DEFAULT_VIEW_CACHE_CHARS);

  const prepareStories: Library['prepareStories'] = async (ids, o = {}) => {
    const t0 = performance.now();
    let stories = 0;
    let built = 0;
    const unique = [...new Set(ids)];
    // Sizes first (one cheap look-up each): most stories are too small to prepare.
    const sizes = await store.storySizes(unique);
    for (let i = 0; i < unique.length; i++) {
      const id = unique[i]!;
      const stored = (sizes.get(id) ?? 0) >= MIN_PREPARED_MEMBERS ? await store.getStory(id) : undefined;
      if (stored && stored.members.length >= MIN_PREPARED_MEMBERS) {
        stories++;
        if ((await prepareStoryView(store, stored)).built) built++;
      }
      o.onProgress?.(i + 1, unique.length);
    }
    return { stories, built, ms: performance.now() - t0 } satisfies PreparedStories;
  };

  const ingest = async (
    articles: readonly Article[],
    read: { readonly errors: readonly StorylineError[]; readonly ms: number },
    o?: IngestOptions,
  ): Promise<IngestSummary> => {
    const summary = await one(() => ingestParsed(ctx, articles, read, o));
    if (o?.prepare === false) return summary;
    const prepared = await prepareStories(summary.stories);
    return { ...summary, ms: summary.ms + prepared.ms, prepared };
  };

  const getArticle = async (id: string): Promise<StoredArticle> => {
    const a = await store.getArticle(id);
    if (!a) throw storylineError('NOT_FOUND', 'article', id);
    return a;
  };

  const library: Library = {
    store,

    async ingestInputs(inputs, o) {
      const t0 = performance.now();
      const articles: Article[] = [];
      const errors: StorylineError[] = [];
      const files: string[] = [];
      for (const input of inputs) {
        if (HTTP_URL.test(input))
          errors.push(
            storylineError(
              'INPUT_UNSUPPORTED',
              input,
              'URLs are fetched by the caller, then ingested as articles',
            ),
          );
        else files.push(input);
      }
      const { readSources } = await import('../sources.ts');
      for await (const item of readSources(files)) {
        if (item.ok) articles.push(item.article);
        else errors.push(item.error);
        o?.onProgress?.({
          done: errors.length,
          total: articles.length + errors.length,
          stored: 0,
          duplicates: 0,
          rejected: errors.length,
        });
      }
      return ingest(articles, { errors, ms: performance.now() - t0 }, o);
    },

    ingestArticles(articles, o) {
      return ingest(articles, { errors: [], ms: 0 }, o);
    },

    prepareStories,

    stories(o = {}) {
      return store.listStories(o);
    },

    async story(id, o = {}) {
      // The story row and member ids are read every time (any process may have changed them since); the
      // member rows, quotes and coverage come from its view, kept in memory while its members are the same.
      const head = await store.storyHead(id);
      if (!head) return undefined;
      return storyDetailOfHead(store, id, head, {
        cache: views,
        ...(o.articles !== undefined ? { articles: o.articles } : {}),
      });
    },

    async storyJson(id, o = {}) {
      // As `story`, with the view's part spliced in as its stored JSON text.
      const head = await store.storyHead(id);
      if (!head) return undefined;
      const r = await storyDetailJsonOfHead(store, id, head, {
        cache: views,
        ...(o.articles !== undefined ? { articles: o.articles } : {}),
      });
      return (
        r && {
          storyId: r.story.id,
          ...(r.resolvedFrom ? { resolvedFrom: r.resolvedFrom } : {}),
          json: r.json,
        }
      );
    },

    async warmViews(o = {}) {
      const t0 = performance.now();
      const limit = views.capacity > 0 ? (o.limit ?? DEFAULT_WARM_VIEWS) : 0;
      const rows = limit > 0 ? await store.listStories({ order: 'largest', limit }) : [];
      let kept = 0;
      for (const s of rows) {
        // Smaller stories have no prepared view (built on first view); the list is largest first.
        if (o.signal?.aborted || s.articles < MIN_PREPARED_MEMBERS) break;
        if (views.chars >= views.capacity * WARM_CACHE_SHARE) break;
        // Requests waiting go first: warming never holds a reader up for more than one story's view.
        await new Promise((resolve) => setImmediate(resolve));
        if (await keepStoryView(store, s.id, views)) kept++;
      }
      return { stories: rows.length, kept, ms: performance.now() - t0 };
    },

    async storyCoverage(id, o = {}) {
      const head = await store.storyHead(id);
      return head && storyCoverageOfHead(store, id, head, o);
    },

    async storyQuotes(id, o = {}) {
      const head = await store.storyHead(id);
      return head && storyQuotesOfHead(store, id, head, o);
    },

    async article(id) {
      const a = await store.getArticle(id);
      return a ? articleDetail(a) : undefined;
    },

    async compare(idA, idB) {
      const a = await getArticle(idA);
      const b = await getArticle(idB);
      // Loaded on first use, like the analysis pipeline (see pool.ts).
      const { compareAnalyses } = await import('../compare.ts');
      const result = compareAnalyses(
        { input: idA, analysis: a.analysis },
        { input: idB, analysis: b.analysis },
      );
      return { result, a: articleDetail(a), b: articleDetail(b) };
    },

    search(query, o) {
      return store.search(query, o);
    },

    async entity(key, o = {}) {
      const articles = await store.entityArticles(key, o);
      if (articles.length === 0) return undefined;
      const names = new Map<string, number>();
      const types = new Map<string, number>();
      for (const r of articles) {
        names.set(r.surface, (names.get(r.surface) ?? 0) + 1);
        types.set(r.type, (types.get(r.type) ?? 0) + 1);
      }
      const ranked = (m: Map<string, number>): string[] =>
        [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([v]) => v);
      const page: EntityPage = {
        key,
        type: ranked(types)[0]!,
        names: ranked(names),
        articles,
        stories: await store.listStories({ entity: key, limit: ENTITY_STORIES_LIMIT }),
      };
      return page;
    },

    stats() {
      return store.stats();
    },

    async *exportArticles() {
      for (let after = 0; ;) {
        const page = await store.storedArticles({ afterSeq: after, limit: EXPORT_PAGE });
        if (page.length === 0) return;
        for (const a of page) yield articleDetail(a);
        after = page[page.length - 1]!.seq;
      }
    },

    async close() {
      await one(async () => {
        // A clean shutdown saves the state, so the next start need not replay.
        const c = clustering;
        if (!c.loaded || c.dirty || c.sinceSave === 0) return;
        await store.transaction(async (tx) => {
          if (c.seq === (await tx.lastSeq())) await checkpoint(tx, c, true);
        });
      });
      await pool?.close();
      await store.close();
    },
  };
  return library;
}
