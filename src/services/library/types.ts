/**
 * The library: storyline's one service for the product (CLI `ingest`/`stories`/`story`/`search`/`export`,
 * the HTTP API and the web UI). It ties together reading sources, analysis (in worker threads), the store,
 * online story clustering (state persisted in the store, so a restart continues the same stories), story
 * detail (summary, timeline, places, quotes, coverage) and comparison of stored articles.
 *
 * Interfaces (src/cli, src/http, src/web) talk to a {@link Library}; the library talks to a `Store`.
 */
import type { Article } from '../../core/types.ts';
import type { StorylineError } from '../../core/errors.ts';
import type { Coverage } from '../../core/coverage/index.ts';
import type { StorySummary } from '../../core/cluster/summary.ts';
import type { ArticleJson } from '../article-json.ts';
import type { CompareResult } from '../compare.ts';
import type {
  ArticleRow,
  EntityArticleRow,
  ListStoriesOptions,
  SearchHit,
  SearchOptions,
  Store,
  StoreStats,
  StoryMemberRow,
  StoryRow,
} from '../store/types.ts';

/** Options of `openLibrary`. */
export interface OpenLibraryOptions {
  /** Database file (`:memory:` for a throw-away library). Default: `resolveDbPath({})`. */
  readonly db?: string;
  /**
   * Story views (quotes, coverage, places: see `detail.ts`) kept decoded in memory, in characters of their
   * JSON: a page view of a story whose members did not change since reads no blob and parses nothing.
   * Default `DEFAULT_VIEW_CACHE_CHARS` (detail.ts); 0 keeps none (every view is read and decoded).
   */
  readonly viewCacheChars?: number;
  /** Analysis worker threads for ingest (0 = analyse on the calling thread). Default: one per core. */
  readonly workers?: number;
  /** The clock (ISO 8601 now) used for `ingestedAt`; tests pass a fixed one. Default: the system clock. */
  readonly now?: () => string;
  /** Articles clustered between two saves of the clustering state (crash recovery replays at most these). */
  readonly checkpointEvery?: number;
  /** Articles stored per transaction during ingest. Default 256 (`BATCH_ARTICLES`). */
  readonly batchArticles?: number;
  /** Ingests of fewer new articles than this analyse on the calling thread (starting workers costs more). */
  readonly minWorkerArticles?: number;
}

/** Progress of an ingest, reported after every article handled. */
export interface IngestProgress {
  readonly done: number;
  /** Articles found so far (grows while inputs are still being read). */
  readonly total: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: number;
}

export interface IngestOptions {
  readonly onProgress?: (p: IngestProgress) => void;
  /** Stop early (the articles already handled stay stored and clustered). */
  readonly signal?: AbortSignal;
  /**
   * Prepare the pages of the stories the ingest changed (see {@link Library.prepareStories}) before
   * returning. Default true; a caller ingesting in many small steps may prepare once at the end instead.
   */
  readonly prepare?: boolean;
}

/** What {@link Library.prepareStories} did. */
export interface PreparedStories {
  /** Stories asked for that exist (after merges) and have enough members to be prepared. */
  readonly stories: number;
  /** Views built (the others were already current). */
  readonly built: number;
  readonly ms: number;
}

/** What {@link Library.warmViews} did. */
export interface WarmedViews {
  /** Stories looked at (the largest first). */
  readonly stories: number;
  /** Their prepared views now kept decoded in memory. */
  readonly kept: number;
  readonly ms: number;
}

/** What an ingest did. */
export interface IngestSummary {
  /** Articles newly stored (and clustered). */
  readonly stored: number;
  /** Articles already in the store (same content id): left unchanged. */
  readonly duplicates: number;
  /** Inputs or articles that failed, each with its reason and stable code. */
  readonly rejected: readonly StorylineError[];
  /** Ids of the articles newly stored, in stream order, with the story each joined. */
  readonly articles: readonly { readonly id: string; readonly storyId: string }[];
  /** Stories created or changed by this ingest (ids after merges). */
  readonly stories: readonly string[];
  readonly ms: number;
  /** Where the time went (milliseconds; see {@link IngestPhases}). */
  readonly phases?: IngestPhases;
  /** The story pages prepared after the ingest (absent when `prepare: false`). */
  readonly prepared?: PreparedStories;
}

/**
 * Milliseconds per phase of an ingest. On the calling thread: `read` (reading and parsing inputs),
 * `dedupe` (looking up ids already stored), `wait` (waiting for analysis results), `store` (writing articles,
 * memberships, merges and story rows, commits included), `cluster` (assigning articles to stories),
 * `checkpoint` (encoding and saving the clustering state), `replay` (catching up after a crash). `analysis`
 * is the analysis time summed over the threads that did it (workers, or the calling thread without them).
 */
export interface IngestPhases {
  readonly read: number;
  readonly dedupe: number;
  readonly wait: number;
  readonly store: number;
  readonly cluster: number;
  readonly checkpoint: number;
  readonly replay: number;
  readonly analysis: number;
}

/** One place of a story, for the map. */
export interface StoryPlace {
  readonly key: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 of the place (the country itself for a country). */
  readonly country?: string;
  readonly kind: string;
  /** Coordinates when the gazetteer knows them (cities). */
  readonly lat?: number;
  readonly lon?: number;
  /** Member articles naming it. */
  readonly articles: number;
  readonly mentions: number;
}

/** Quoted statements of one speaker across a story's articles. */
export interface StorySpeaker {
  readonly speaker: string;
  readonly speakerKey?: string;
  readonly quotes: readonly {
    readonly text: string;
    readonly articleId: string;
    readonly source?: string;
    readonly lang: string;
  }[];
  /**
   * How many quotes the speaker has in the story, when {@link quotes} lists fewer (a story page's digest,
   * or a page of the whole list).
   */
  readonly quoteCount?: number;
  /** On a page of the whole list: how many of the speaker's quotes come before the ones listed. */
  readonly quoteOffset?: number;
}

/** How many speakers and quotes a story's whole list of quotes has. */
export interface QuoteTotals {
  readonly speakers: number;
  readonly quotes: number;
}

/** Order of a story's article list: `oldest` is publication order (undated last); `newest` the latest first. */
export type StoryArticleOrder = 'oldest' | 'newest';

/**
 * Which of a story's articles a {@link StoryDetail} lists. Only the list is paged: the summary, places,
 * quotes and coverage always cover the whole story.
 */
export interface StoryArticlesOptions {
  /** Default `oldest`. Undated articles come last in both orders. */
  readonly order?: StoryArticleOrder;
  /** Articles skipped (default 0). */
  readonly offset?: number;
  /** Articles listed at most (default: all). */
  readonly limit?: number;
}

/** The page of a story's articles a {@link StoryDetail} lists. */
export interface StoryArticlesPage {
  readonly order: StoryArticleOrder;
  readonly offset: number;
  /** The page size asked for (the page may hold fewer at the end). */
  readonly limit: number;
  /** Articles of the whole story. */
  readonly total: number;
}

/** Everything a story page shows. */
export interface StoryDetail {
  readonly story: StoryRow;
  /** Set when the id asked for was merged into this story. */
  readonly resolvedFrom?: string;
  /** Headline, languages, outlets, first/last seen, main entities and places, event-date timeline. */
  readonly summary: StorySummary;
  /**
   * Member articles (with url when known): all of them in publication order, or the page asked for
   * ({@link articlesPage}).
   */
  readonly articles: readonly (StoryMemberRow & { readonly url?: string })[];
  /** Which articles {@link articles} holds, and how many the story has. */
  readonly articlesPage?: StoryArticlesPage;
  readonly places: readonly StoryPlace[];
  /** Countries named (ISO alpha-2) with how many member articles name them, most first. */
  readonly countries: readonly { readonly code: string; readonly name: string; readonly articles: number }[];
  /**
   * Quotes grouped by speaker (speakers quoted by most articles first; unattributed last). A digest (see
   * `quotes-digest.ts`): at most `STORY_SPEAKERS` speakers, each with at most `STORY_SPEAKER_QUOTES` quotes
   * (`quoteCount` then counts them all); {@link quoteTotals} counts the whole list
   * ({@link Library.storyQuotes}).
   */
  readonly speakers: readonly StorySpeaker[];
  /**
   * What each outlet reports; facts every / some / one outlet reports. For a large story a digest (see
   * `coverage-digest.ts`): at most `STORY_COVERAGE_FACTS` facts, the most telling, under the same ids as in
   * the whole comparison ({@link Library.storyCoverage}); {@link coverageTotals} counts the whole.
   */
  readonly coverage: Coverage;
  /** How many facts (by reach) and entities the whole coverage comparison has. */
  readonly coverageTotals: CoverageTotals;
  /** How many speakers and quotes the whole list of quotes has. */
  readonly quoteTotals: QuoteTotals;
  /** Limits applied (e.g. coverage compares the first 24 articles, earliest of each outlet first). */
  readonly notes?: readonly string[];
}

/** How many facts (by reach) and entities a story's whole coverage comparison has. */
export interface CoverageTotals {
  readonly facts: number;
  readonly all: number;
  readonly some: number;
  readonly one: number;
  readonly entities: number;
}

/** A page of a story's whole coverage comparison: a page of its facts; outlets, entities, speakers whole. */
export interface StoryCoveragePage {
  /** The story's id (after merges). */
  readonly storyId: string;
  /** Set when the id asked for was merged into this story. */
  readonly resolvedFrom?: string;
  readonly headline: string;
  readonly coverage: Coverage;
  /** Which facts {@link coverage} holds, and how many the whole comparison has. */
  readonly factsPage: { readonly offset: number; readonly limit: number; readonly total: number };
  readonly coverageTotals: CoverageTotals;
}

/** A page of a story's whole list of quotes by speaker (the story page shows a digest). */
export interface StoryQuotesPage {
  /** The story's id (after merges). */
  readonly storyId: string;
  /** Set when the id asked for was merged into this story. */
  readonly resolvedFrom?: string;
  readonly headline: string;
  /** The quotes of the page, grouped by speaker (see `speakersPage` in `quotes-digest.ts`). */
  readonly speakers: readonly StorySpeaker[];
  /** Which quotes {@link speakers} holds, counted across speakers, and how many the whole list has. */
  readonly quotesPage: { readonly offset: number; readonly limit: number; readonly total: number };
  readonly quoteTotals: QuoteTotals;
}

/** A story detail as JSON text, for a server: what `JSON.stringify(await story(id, options))` gives. */
export interface StoryDetailJson {
  /** The story's id (after merges). */
  readonly storyId: string;
  readonly resolvedFrom?: string;
  /** UTF-8 JSON of the {@link StoryDetail}. */
  readonly json: Uint8Array;
}

/** Everything an article page shows. */
export interface ArticleDetail {
  readonly row: ArticleRow;
  /** The contract JSON of its analysis (entities, places, dates, quotes, embeds). */
  readonly json: ArticleJson;
  /** The cleaned body, paragraphs separated by blank lines. */
  readonly body: string;
  readonly storyId?: string;
}

/** An entity page: the entity's names and the articles and stories naming it. */
export interface EntityPage {
  readonly key: string;
  readonly type: string;
  /** Surface forms seen, most used first. */
  readonly names: readonly string[];
  readonly articles: readonly EntityArticleRow[];
  readonly stories: readonly StoryRow[];
}

export type LibraryStoryOrder = 'newest' | 'largest' | 'growing';

export interface LibraryStoriesOptions extends Omit<ListStoriesOptions, 'order'> {
  /** 'growing': most articles added in the last 2 days of the stream's clock, first. */
  readonly order?: LibraryStoryOrder;
}

/** Two stored articles compared: the contract compare result plus both bodies for side-by-side display. */
export interface StoredComparison {
  readonly result: CompareResult;
  readonly a: ArticleDetail;
  readonly b: ArticleDetail;
}

export interface Library {
  readonly store: Store;
  /** Reads the inputs (files, folders, feed files, `-`, http(s) feed or page URLs), analyses, stores, clusters. */
  ingestInputs(inputs: readonly string[], options?: IngestOptions): Promise<IngestSummary>;
  /** Ingests articles already parsed (the HTTP API's POST, feeds fetched by `watch`). */
  ingestArticles(articles: readonly Article[], options?: IngestOptions): Promise<IngestSummary>;
  stories(options?: LibraryStoriesOptions): Promise<StoryRow[]>;
  /**
   * A story by id (following merges); undefined when unknown. `articles` pages its article list (default:
   * every article, in publication order); the rest of the detail is always the whole story's.
   */
  story(id: string, options?: { readonly articles?: StoryArticlesOptions }): Promise<StoryDetail | undefined>;
  /**
   * {@link story} as JSON bytes, byte for byte `JSON.stringify` of it, made cheaper: the part from the
   * story's view (places, countries, quotes, coverage) is stored and kept as JSON text and spliced in, never
   * parsed and serialised again. Undefined when unknown.
   */
  storyJson(
    id: string,
    options?: { readonly articles?: StoryArticlesOptions },
  ): Promise<StoryDetailJson | undefined>;
  /**
   * A page of the story's whole coverage comparison (the story page shows a digest): facts `offset` to
   * `offset + limit` (default: all). Undefined when the story is unknown.
   */
  storyCoverage(
    id: string,
    options?: { readonly offset?: number; readonly limit?: number },
  ): Promise<StoryCoveragePage | undefined>;
  /**
   * A page of the story's whole list of quotes by speaker (the story page shows a digest): quotes `offset` to
   * `offset + limit` (default: all), counted across speakers in the list's order. Undefined when the story is
   * unknown.
   */
  storyQuotes(
    id: string,
    options?: { readonly offset?: number; readonly limit?: number },
  ): Promise<StoryQuotesPage | undefined>;
  /**
   * Reads the prepared views of the `limit` largest stories into memory (the cache of `viewCacheChars`, up to
   * three quarters of it), one story at a time, letting waiting requests go first between two: so the first views of the pages readers
   * open most after a start cost what a view kept costs. Builds nothing. Stops when `signal` aborts.
   */
  warmViews(options?: { readonly limit?: number; readonly signal?: AbortSignal }): Promise<WarmedViews>;
  /**
   * Builds and stores the costly part of the pages of these stories (quotes by speaker, coverage), unless
   * the stored one is current, so that a page's first view reads it instead of building it. Ingest does this
   * for the stories it changed. Stories of one or two articles are left to be built on first view (cheap).
   */
  prepareStories(
    ids: readonly string[],
    options?: { readonly onProgress?: (done: number, total: number) => void },
  ): Promise<PreparedStories>;
  article(id: string): Promise<ArticleDetail | undefined>;
  /** Compares two stored articles; throws a StorylineError (NOT_FOUND) naming an unknown id. */
  compare(idA: string, idB: string): Promise<StoredComparison>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  entity(
    key: string,
    options?: { readonly limit?: number; readonly offset?: number },
  ): Promise<EntityPage | undefined>;
  stats(): Promise<StoreStats>;
  /** Every stored article (analysis included) in arrival order, for export; streams, never loads all. */
  exportArticles(): AsyncIterable<ArticleDetail>;
  close(): Promise<void>;
}
