/**
 * The store: where analysed articles, stories, memberships, the entity index and the clustering state live.
 * Services talk to the {@link Store} interface only; `sqlite.ts` implements it with better-sqlite3, and a
 * PostgreSQL implementation can join it behind the same interface. Every operation returns a promise (a
 * network database is asynchronous), and every record here is a plain value: nothing hides state beyond the
 * connection.
 */
import type { Analysis, Annotations, Article } from '../../core/types.ts';
import type { StorySummary } from '../../core/cluster/summary.ts';
import type { ArticleRecord } from './record.ts';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** Database file (`:memory:` for a throw-away store). Default {@link DEFAULT_DB_PATH}. */
  readonly path?: string;
  /** Open read-only (no migrations are applied; the schema must be current). Default false. */
  readonly readonly?: boolean;
  /** Milliseconds to wait for another writer's lock before failing. Default 5000. */
  readonly busyTimeoutMs?: number;
}

/** The default database file, relative to the working directory. */
export const DEFAULT_DB_PATH = './storyline.db';

/** Options of {@link Store.putAnalysis}. */
export interface PutOptions {
  /** When the article was stored (ISO 8601), from the caller's clock: the store reads no clock. */
  readonly ingestedAt: string;
}

export type PutResult = 'stored' | 'duplicate';

/** One article as listed: its metadata, without text or annotations. */
export interface ArticleRow {
  readonly id: string;
  readonly origin: string;
  readonly title: string;
  readonly lang: string;
  readonly published?: string;
  readonly source?: string;
  readonly url?: string;
  /** Word tokens in the cleaned body. */
  readonly words: number;
  readonly ingestedAt: string;
  /** Arrival order in this store (1, 2, ...). */
  readonly seq: number;
  /** The story the article belongs to (aliases resolved), when it was assigned one. */
  readonly storyId?: string;
  readonly score?: number;
}

/** One stored article in full: the analysis exactly as it was put, plus its row. */
export interface StoredArticle extends ArticleRow {
  readonly analysis: Analysis;
}

/** Filters and paging of {@link Store.listArticles}. */
export interface ListArticlesOptions {
  /** Published at or after this ISO date or time. Articles without a publication date are left out. */
  readonly since?: string;
  readonly lang?: string;
  readonly source?: string;
  /** Default 50, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

/** One story as listed. */
export interface StoryRow {
  readonly id: string;
  readonly headline: string;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly articles: number;
  readonly languages: number;
  readonly outlets: number;
}

/** An article of a story, in publication order. */
export interface StoryMemberRow {
  readonly id: string;
  readonly title: string;
  readonly lang: string;
  readonly source?: string;
  readonly published?: string;
  readonly score: number;
  /** The article's address, when known. */
  readonly url?: string;
}

/** One story in full: its row, the summary as put, and its member articles. */
export interface StoredStory extends StoryRow {
  readonly summary: StorySummary;
  readonly members: readonly StoryMemberRow[];
  /** Set when the id asked for was merged into this story. */
  readonly resolvedFrom?: string;
}

/**
 * A story's row and summary with its members' ids and scores: {@link StoredStory} without reading the member
 * articles' rows (their title, language, outlet and dates are stored after each article's text, so reading
 * them reaches through its overflow pages: ~3.6 ms for a story of 548 articles, against ~0.3 ms for this).
 */
export interface StoryHead extends StoryRow {
  readonly summary: StorySummary;
  /** Member article ids with their membership scores, by id. */
  readonly members: readonly { readonly id: string; readonly score: number }[];
  /** Set when the id asked for was merged into this story. */
  readonly resolvedFrom?: string;
}

/**
 * 'newest': last seen first; 'largest': most articles first; 'growing': most member articles published in the
 * last {@link GROWING_WINDOW_DAYS} days before the latest publication in the store first, then newest.
 */
export type StoryOrder = 'newest' | 'largest' | 'growing';

/** The window of the 'growing' order, in days back from the latest publication date in the store. */
export const GROWING_WINDOW_DAYS = 2;

/** Paging of {@link Store.storedArticles}: the articles after a sequence number, in arrival order. */
export interface StoredArticlesOptions {
  /** Articles with `seq` greater than this (0: from the first). */
  readonly afterSeq: number;
  /** Default 50, at most 1000. */
  readonly limit?: number;
}

/** One entity-index row of an article of a story (see {@link Store.storyEntities}). */
export interface StoryEntityRow {
  readonly articleId: string;
  readonly key: string;
  readonly type: string;
  readonly surface: string;
  readonly mentions: number;
  readonly country?: string;
}

/** Filters, order and paging of {@link Store.listStories}. */
export interface ListStoriesOptions {
  /** Last seen at or after this ISO date. */
  readonly since?: string;
  /** Stories with at least one member in this language / from this outlet / naming this entity key. */
  readonly lang?: string;
  readonly source?: string;
  readonly entity?: string;
  /** 'newest' (last seen first, the default), 'largest' (most articles first) or 'growing' (see StoryOrder). */
  readonly order?: StoryOrder;
  /** Default 50, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

/** Filters of {@link Store.search}. */
export interface SearchOptions {
  readonly lang?: string;
  readonly source?: string;
  /** Only articles naming this entity key. */
  readonly entity?: string;
  /** Published within [from, to] (ISO dates or times, inclusive; a bare date `to` covers that whole day). */
  readonly from?: string;
  readonly to?: string;
  /** Default 20, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

/** One search hit: the article row and its rank (lower is better: bm25). */
export interface SearchHit extends ArticleRow {
  readonly rank: number;
}

/** One article naming an entity (or place) key. */
export interface EntityArticleRow {
  readonly articleId: string;
  readonly key: string;
  readonly type: string;
  /** The name as the article writes it most fully. */
  readonly surface: string;
  readonly mentions: number;
  readonly country?: string;
  readonly title: string;
  readonly lang: string;
  readonly source?: string;
  readonly published?: string;
}

/** Counts of what the store holds. */
export interface StoreStats {
  readonly schemaVersion: number;
  readonly articles: number;
  readonly stories: number;
  readonly aliases: number;
  readonly memberships: number;
  /** Distinct entity and place keys. */
  readonly entities: number;
  readonly languages: readonly { readonly lang: string; readonly articles: number }[];
  readonly sources: readonly { readonly source: string; readonly articles: number }[];
  readonly firstPublished?: string;
  readonly lastPublished?: string;
}

/** The clustering state as an opaque, versioned JSON text (the clustering service owns its format). */
export interface ClusterStateBlob {
  readonly version: number;
  readonly json: string;
  /** The arrival sequence number of the last article the state has clustered (absent when not recorded). */
  readonly seq?: number;
}

/**
 * A story's prepared view (the costly part of its page, built by the library): `signature` names the member
 * articles it was built from, so a reader can tell whether it is still current; `body` is opaque to the store.
 */
export interface StoryViewBlob {
  readonly signature: string;
  readonly body: Uint8Array;
}

/** What services use to store and read. Implementations: `sqlite.ts` (better-sqlite3). */
export interface Store {
  /** Where the store lives (a file path, `:memory:`, or a URL with no password). */
  readonly location: string;
  /**
   * Stores one analysed article with its full-text and entity index rows, in one transaction: a crash
   * leaves the article wholly stored or not at all. The same article id again is a 'duplicate' (unchanged).
   */
  putAnalysis(analysis: Analysis, options: PutOptions): Promise<PutResult>;
  /**
   * Stores an article from its record (`articleRecord(analysis, options)`, which can be built in a worker
   * thread): the same as `putAnalysis`, minus the cost of building the record.
   */
  putRecord(record: ArticleRecord): Promise<PutResult>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Newest publication first (undated last), then arrival order. */
  listArticles(options?: ListArticlesOptions): Promise<ArticleRow[]>;
  /** Puts an article in a story (replacing its previous story). The article must be stored. */
  setMembership(articleId: string, storyId: string, score: number): Promise<void>;
  /** Creates or replaces a story from its summary. */
  putStory(summary: StorySummary): Promise<void>;
  /**
   * Records that story `from` was merged into `to`: members move to `to`, the row of `from` goes, and
   * `from` (and every id already merged into it) resolves to `to` from now on.
   */
  aliasStory(from: string, to: string): Promise<void>;
  listStories(options?: ListStoriesOptions): Promise<StoryRow[]>;
  /** A story by id, following merges; undefined when unknown. */
  getStory(id: string): Promise<StoredStory | undefined>;
  /** A story's row, summary and member ids by id, following merges, without the member articles' rows. */
  storyHead(id: string): Promise<StoryHead | undefined>;
  /** The story id an id resolves to after merges (the id itself when never merged). */
  resolveStory(id: string): Promise<string>;
  /** The member count of each story (by the ids given, following merges); unknown ids are left out. */
  storySizes(ids: readonly string[]): Promise<Map<string, number>>;
  /**
   * Full-text search of titles and bodies, ignoring case and accents. The query is words (all must occur),
   * `"quoted phrases"` and `prefix*` terms; any other syntax is taken literally, never as an error. Hits
   * are ranked by relevance among the latest-stored matches (after filters), at most a few thousand, so a
   * common word costs no more than a rare one.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Articles naming an entity or place key, newest first. */
  entityArticles(
    key: string,
    options?: { readonly limit?: number; readonly offset?: number },
  ): Promise<EntityArticleRow[]>;
  stats(): Promise<StoreStats>;
  /** The entity-index rows of every member of a story (after merges), by article then key. */
  storyEntities(storyId: string): Promise<StoryEntityRow[]>;
  /** The highest arrival sequence number stored (0 for an empty store). */
  lastSeq(): Promise<number>;
  /** Stored articles in full (analysis included) after a sequence number, in arrival order: a page. */
  storedArticles(options: StoredArticlesOptions): Promise<StoredArticle[]>;
  /** The saved polling states of these feed URLs (JSON texts owned by the watch service), by URL. */
  loadFeedStates(urls: readonly string[]): Promise<Map<string, string>>;
  /** Saves (or replaces) the polling state of a feed. */
  saveFeedState(url: string, json: string): Promise<void>;
  /** The prepared view of a story (by its id after merges), if one was stored. */
  getStoryView(storyId: string): Promise<StoryViewBlob | undefined>;
  /** Stores (or replaces) the prepared view of a story. A story merged away loses its view. */
  putStoryView(storyId: string, view: StoryViewBlob): Promise<void>;
  saveClusterState(state: ClusterStateBlob): Promise<void>;
  loadClusterState(): Promise<ClusterStateBlob | undefined>;
  /** The `seq` of the saved clustering state (undefined when none is saved or it has none), without reading it. */
  clusterStateSeq(): Promise<number | undefined>;
  /**
   * Runs `fn` in one transaction: every write through `tx` commits together or not at all. Other calls on
   * this store wait until it ends.
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type { Analysis, Annotations, Article, StorySummary };
