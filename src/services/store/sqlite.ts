/**
 * The SQLite store (better-sqlite3): the {@link Store} interface over one database file. Everything SQLite
 * has and other databases lack stays in this module: PRAGMAs (WAL, foreign keys, busy timeout), the FTS5
 * index and its MATCH syntax, savepoints, and the compressed annotations column.
 *
 * Writes of one article (row, full-text row, entity rows) run in one transaction, so a process killed
 * mid-ingest leaves each article wholly stored or not at all; WAL keeps readers going during writes.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { storylineError } from '../../core/errors.ts';
import type { Analysis } from '../../core/types.ts';
import type { StorySummary } from '../../core/cluster/summary.ts';
import { ftsQuery } from './fts.ts';
import { analysisOf, articleRecord, type ArticleRecord } from './record.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
import {
  DEFAULT_DB_PATH,
  GROWING_WINDOW_DAYS,
  type ArticleRow,
  type ClusterStateBlob,
  type StoryViewBlob,
  type EntityArticleRow,
  type ListArticlesOptions,
  type ListStoriesOptions,
  type OpenStoreOptions,
  type PutOptions,
  type PutResult,
  type SearchHit,
  type SearchOptions,
  type Store,
  type StoredArticle,
  type StoredArticlesOptions,
  type StoredStory,
  type StoreStats,
  type StoryEntityRow,
  type StoryHead,
  type StoryMemberRow,
  type StoryRow,
} from './types.ts';

type Db = Database.Database;
type Row = Record<string, unknown>;

/** Milliseconds to wait for another process's write lock (an ingest and a server may share the file). */
const DEFAULT_BUSY_TIMEOUT_MS = 5000;
/** Default page sizes, and the most rows one call returns (a page, not a dump). */
const DEFAULT_LIMIT = 50;
const DEFAULT_SEARCH_LIMIT = 20;
/**
 * A search is ranked by relevance among its latest-stored matches, at most this many: ranking costs a score
 * per match, and a news archive searched for a common word would otherwise rank most of itself.
 */
export const SEARCH_RANK_WINDOW = 5000;
const MAX_LIMIT = 1000;
/**
 * A story-list filter matching at most this many articles lists its stories first and sorts them; above it,
 * stories are checked in list order until the page is full (measured at 100k articles: the first is ~1 ms for
 * a rare language and ~700 ms for a common one, the second the other way round).
 */
const FILTER_LIST_MAX_ARTICLES = 2000;
const DAY_MS = 86_400_000;
/** The one row of `cluster_state` (one clustering per store). */
const CLUSTER_STATE_NAME = 'default';

const ARTICLE_COLUMNS =
  'a.id, a.seq, a.origin, a.title, a.lang, a.published, a.source, a.url, a.words, a.ingested_at, ' +
  'm.story_id, m.score';

function limitOf(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}

function offsetOf(offset: number | undefined): number {
  return offset === undefined || !Number.isFinite(offset) ? 0 : Math.max(0, Math.floor(offset));
}

/** Inclusive upper bound of an ISO date or time: a bare date covers its whole day. */
function upperBound(to: string): string {
  return /^\d{4}(-\d{2}){0,2}$/.test(to) ? `${to}\uffff` : to;
}

function str(v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : String(v);
}

/**
 * Sets the optional text fields of `row` from the columns of `r` that are not NULL (`fields` maps a field to
 * its column), leaving the others absent: the rows of the Store interface never carry `undefined` fields.
 */
function withOptional<T extends object>(row: T, r: Row, fields: { readonly [F in keyof T]?: string }): T {
  for (const [field, column] of Object.entries(fields) as [string, string][]) {
    const v = str(r[column]);
    if (v !== undefined) (row as Record<string, unknown>)[field] = v;
  }
  return row;
}

/**
 * The start of the 'growing' window: {@link GROWING_WINDOW_DAYS} days before the latest publication (as an
 * ISO time; publication times are compared as ISO text). Undefined when nothing has a parseable date.
 */
function growingSince(latest: string | undefined): string | undefined {
  if (latest === undefined) return undefined;
  const t = Date.parse(latest);
  return Number.isNaN(t) ? undefined : new Date(t - GROWING_WINDOW_DAYS * DAY_MS).toISOString();
}

function articleRow(r: Row): ArticleRow {
  const row: {
    -readonly [K in keyof ArticleRow]: ArticleRow[K];
  } = {
    id: String(r.id),
    origin: String(r.origin),
    title: String(r.title),
    lang: String(r.lang),
    words: Number(r.words),
    ingestedAt: String(r.ingested_at),
    seq: Number(r.seq),
  };
  withOptional(row, r, { published: 'published', source: 'source', url: 'url', storyId: 'story_id' });
  if (row.storyId !== undefined) row.score = Number(r.score);
  return row;
}

function storyRow(r: Row): StoryRow {
  const row: { -readonly [K in keyof StoryRow]: StoryRow[K] } = {
    id: String(r.id),
    headline: String(r.headline),
    articles: Number(r.articles),
    languages: Number(r.languages),
    outlets: Number(r.outlets),
  };
  return withOptional(row, r, { firstSeen: 'first_seen', lastSeen: 'last_seen' });
}

/** Opens the database file, mapping failures to STORE_UNAVAILABLE / STORE_CORRUPT naming the file. */
function openDatabase(path: string, options: OpenStoreOptions): Db {
  const readonly = options.readonly ?? false;
  if (readonly && path !== ':memory:' && !existsSync(path))
    throw storylineError('STORE_UNAVAILABLE', path, 'no such file');
  let db: Db;
  try {
    db = new Database(path, {
      readonly,
      fileMustExist: readonly,
      timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    });
  } catch (e) {
    throw storylineError('STORE_UNAVAILABLE', path, e instanceof Error ? e.message : String(e));
  }
  try {
    if (!readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // In WAL mode, NORMAL loses at most the last commits on power loss, never consistency.
    db.pragma('synchronous = NORMAL');
    // Reading the schema proves the file is a database (a text file fails here, not before).
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    db.close();
    const code = (e as { code?: string }).code;
    const reason = e instanceof Error ? e.message : String(e);
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw storylineError('STORE_CORRUPT', path, reason);
    throw storylineError('STORE_UNAVAILABLE', path, reason);
  }
  return db;
}

function schemaVersion(db: Db): number | undefined {
  const has = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!has) return undefined;
  const r = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return r.v ?? 0;
}

/** Applies the pending migrations, each in one write transaction (re-checked under the lock). */
function migrate(db: Db, path: string, readonly: boolean): void {
  const current = schemaVersion(db);
  if (current === undefined) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
      n: number;
    };
    if (tables.n > 0)
      throw storylineError(
        'STORE_CORRUPT',
        path,
        `a SQLite database of ${tables.n} other tables, not a storyline store`,
      );
  }
  if ((current ?? 0) > SCHEMA_VERSION)
    throw storylineError(
      'STORE_UNAVAILABLE',
      path,
      `schema version ${current} is newer than this storyline reads (${SCHEMA_VERSION})`,
    );
  if ((current ?? 0) === SCHEMA_VERSION) return;
  if (readonly)
    throw storylineError('STORE_UNAVAILABLE', path, `schema version ${current ?? 0} needs migrating`);
  const apply = db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const at = schemaVersion(db) ?? 0;
    for (const m of MIGRATIONS) {
      if (m.version <= at) continue;
      for (const s of m.statements) db.exec(s);
      for (const s of m.sqliteOnly ?? []) db.exec(s);
      db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
    }
  });
  apply.immediate();
}

/** WHERE clauses of article filters (alias `a`), with their parameters. */
function articleFilters(
  o: { since?: string; lang?: string; source?: string; entity?: string; from?: string; to?: string },
  where: string[],
  params: unknown[],
): void {
  const from = o.since ?? o.from;
  if (from !== undefined) {
    where.push('a.published >= ?');
    params.push(from);
  }
  if (o.to !== undefined) {
    where.push('a.published <= ?');
    params.push(upperBound(o.to));
  }
  if (o.lang !== undefined) {
    where.push('a.lang = ?');
    params.push(o.lang);
  }
  if (o.source !== undefined) {
    where.push('a.source = ?');
    params.push(o.source);
  }
  if (o.entity !== undefined) {
    where.push('EXISTS (SELECT 1 FROM entity_index e WHERE e.article_id = a.id AND e.entity_key = ?)');
    params.push(o.entity);
  }
}

/** The synchronous operations over one connection; the {@link Store} wraps them in promises. */
function operations(db: Db) {
  const cache = new Map<string, Database.Statement>();
  const stmt = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };

  const insertArticle = db
    .prepare(
      `INSERT INTO articles (id, seq, origin, title, raw_text, body, lang, published, source, url, words, meta,
       annotations, ingested_at)
     VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM articles), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING RETURNING seq`,
    )
    .pluck();
  const insertFts = db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)');
  const insertEntity = db.prepare(
    'INSERT INTO entity_index (entity_key, article_id, type, surface, mentions, country) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const aliasOf = db.prepare('SELECT to_id FROM story_aliases WHERE from_id = ?').pluck();

  const deleteArticle = db.prepare('DELETE FROM articles WHERE id = ?');
  const deleteFts = db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
  const deleteEntities = db.prepare('DELETE FROM entity_index WHERE article_id = ?');

  /**
   * Writes the rows of one record inside the open transaction, with no savepoint of its own: when a statement
   * fails, the rows this call wrote are deleted again before the error goes on, so the article is wholly
   * stored or not at all, and the transaction can go on (see {@link putRecordInTransaction}).
   */
  const putRows = (r: ArticleRecord): PutResult => {
    const seq = insertArticle.get(
      r.id,
      r.origin,
      r.title,
      r.rawText,
      r.body,
      r.lang,
      r.published,
      r.source,
      r.url,
      r.words,
      r.meta,
      r.annotations,
      r.ingestedAt,
    );
    if (seq === undefined) return 'duplicate';
    let indexed = false;
    try {
      insertFts.run(seq, r.ftsTitle, r.ftsBody);
      indexed = true;
      for (const e of r.entities) insertEntity.run(e.key, r.id, e.type, e.surface, e.mentions, e.country);
    } catch (e) {
      // The article was new, so every entity row of its id is this call's.
      deleteEntities.run(r.id);
      if (indexed) deleteFts.run(seq);
      deleteArticle.run(r.id);
      throw e;
    }
    return 'stored';
  };
  const put = db.transaction(putRows);
  /**
   * One record, in its own transaction, or (inside an open transaction, as an ingest's batches are) without
   * a savepoint: any savepoint makes FTS5 write its pending terms to disk as a new segment, so one per
   * article made a small segment per article, merged again and again (200-word rows in batches of 256:
   * 0.20 -> 0.075 ms each; bench/store.ts --write-path, 3 pairs alternated with 761a8d9 at load 5-6: 0.37 ->
   * 0.33 ms of CPU per article written, means).
   */
  const putRecordInTransaction = (r: ArticleRecord): PutResult =>
    db.inTransaction ? putRows(r) : put.immediate(r);
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();

  const resolve = (id: string): string => (aliasOf.get(id) as string | undefined) ?? id;

  /**
   * A story's row and summary (following merges: `resolvedFrom` is the id asked for) with the members `read`
   * gives for its current id; undefined when there is no such story.
   */
  const storyWith = <M>(
    id: string,
    read: (target: string) => M[],
  ): (StoryRow & { summary: StorySummary; members: M[]; resolvedFrom?: string }) | undefined => {
    const target = resolve(id);
    const r = stmt('SELECT * FROM stories WHERE id = ?').get(target) as Row | undefined;
    if (!r) return undefined;
    return {
      ...storyRow(r),
      summary: JSON.parse(String(r.summary)) as StorySummary,
      members: read(target),
      ...(target !== id ? { resolvedFrom: id } : {}),
    };
  };

  const alias = db.transaction((from: string, to: string): void => {
    const target = resolve(to);
    if (target === from) {
      if (from === to) return;
      throw storylineError('USAGE', `cannot merge story ${from} into ${to}: ${to} was merged into ${from}`);
    }
    stmt(
      'INSERT INTO story_aliases (from_id, to_id) VALUES (?, ?) ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id',
    ).run(from, target);
    stmt('UPDATE story_aliases SET to_id = ? WHERE to_id = ?').run(target, from);
    stmt('UPDATE memberships SET story_id = ? WHERE story_id = ?').run(target, from);
    stmt('DELETE FROM stories WHERE id = ?').run(from);
    stmt('DELETE FROM story_views WHERE story_id = ?').run(from);
  });

  return {
    putAnalysis(analysis: Analysis, options: PutOptions): PutResult {
      // A duplicate is known before the costly record is built (the insert still guards against a race).
      if (exists.get(analysis.article.id) !== undefined) return 'duplicate';
      return putRecordInTransaction(articleRecord(analysis, options));
    },

    putRecord(record: ArticleRecord): PutResult {
      return putRecordInTransaction(record);
    },

    hasArticle(id: string): boolean {
      return exists.get(id) !== undefined;
    },

    getArticle(id: string): StoredArticle | undefined {
      const r = stmt(
        `SELECT ${ARTICLE_COLUMNS}, a.raw_text, a.body, a.meta, a.annotations
         FROM articles a LEFT JOIN memberships m ON m.article_id = a.id WHERE a.id = ?`,
      ).get(id) as Row | undefined;
      if (!r) return undefined;
      return {
        ...articleRow(r),
        analysis: analysisOf(String(r.meta), String(r.raw_text), r.annotations as Buffer, String(r.body)),
      };
    },

    listArticles(o: ListArticlesOptions = {}): ArticleRow[] {
      const where: string[] = [];
      const params: unknown[] = [];
      articleFilters(o, where, params);
      const sql =
        `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN memberships m ON m.article_id = a.id` +
        (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
        ' ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?';
      params.push(limitOf(o.limit, DEFAULT_LIMIT), offsetOf(o.offset));
      return (stmt(sql).all(...params) as Row[]).map(articleRow);
    },

    setMembership(articleId: string, storyId: string, score: number): void {
      stmt(
        `INSERT INTO memberships (article_id, story_id, score) VALUES (?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score`,
      ).run(articleId, resolve(storyId), score);
    },

    putStory(s: StorySummary): void {
      stmt(
        `INSERT INTO stories (id, headline, first_seen, last_seen, articles, languages, outlets, summary)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, first_seen = excluded.first_seen,
           last_seen = excluded.last_seen, articles = excluded.articles, languages = excluded.languages,
           outlets = excluded.outlets, summary = excluded.summary`,
      ).run(
        s.id,
        s.headline,
        s.firstSeen ?? null,
        s.lastSeen ?? null,
        s.articles,
        s.languages.length,
        s.outlets.length,
        JSON.stringify(s),
      );
    },

    aliasStory(from: string, to: string): void {
      alias(from, to);
    },

    resolveStory(id: string): string {
      return resolve(id);
    },

    storySizes(ids: readonly string[]): Map<string, number> {
      const size = stmt('SELECT articles FROM stories WHERE id = ?').pluck();
      const out = new Map<string, number>();
      for (const id of ids) {
        const n = size.get(resolve(id)) as number | undefined;
        if (n !== undefined) out.set(id, Number(n));
      }
      return out;
    },

    listStories(o: ListStoriesOptions = {}): StoryRow[] {
      const where: string[] = [];
      const params: unknown[] = [];
      if (o.since !== undefined) {
        where.push('s.last_seen >= ?');
        params.push(o.since);
      }
      // A filter on members: a rare value lists its few stories first (IN); a common one is checked story by
      // story down the ordered index (EXISTS, members first), which stops once the page is full.
      const member = (table: 'articles' | 'entity_index', cond: string, value: string): void => {
        const join = table === 'articles' ? 'a.id = m.article_id' : 'a.article_id = m.article_id';
        const matching = Number(stmt(`SELECT count(*) FROM ${table} a WHERE ${cond}`).pluck().get(value));
        where.push(
          matching <= FILTER_LIST_MAX_ARTICLES
            ? `s.id IN (SELECT m.story_id FROM ${table} a JOIN memberships m ON ${join} WHERE ${cond})`
            : `EXISTS (SELECT 1 FROM memberships m CROSS JOIN ${table} a WHERE m.story_id = s.id AND ${join} AND ${cond})`,
        );
        params.push(value);
      };
      if (o.lang !== undefined) member('articles', 'a.lang = ?', o.lang);
      if (o.source !== undefined) member('articles', 'a.source = ?', o.source);
      if (o.entity !== undefined) member('entity_index', 'a.entity_key = ?', o.entity);
      const columns = 's.id, s.headline, s.first_seen, s.last_seen, s.articles, s.languages, s.outlets';
      const filters = where.length ? ` WHERE ${where.join(' AND ')}` : '';
      const limit = limitOf(o.limit, DEFAULT_LIMIT);
      const offset = offsetOf(o.offset);
      const newest = 's.last_seen DESC NULLS LAST, s.articles DESC, s.id';
      if (o.order !== 'growing') {
        const order = o.order === 'largest' ? 's.articles DESC, s.last_seen DESC NULLS LAST, s.id' : newest;
        const sql = `SELECT ${columns} FROM stories s${filters} ORDER BY ${order} LIMIT ? OFFSET ?`;
        return (stmt(sql).all(...params, limit, offset) as Row[]).map(storyRow);
      }
      // Growing: the stories with members in the recent window (few: a range of the published index), most
      // recent members first; then every other story, newest first. Two queries, so the long tail is read
      // from the ordered index instead of sorting every story by a computed count.
      const since = growingSince(str(stmt('SELECT max(published) FROM articles').pluck().get())) ?? '\uffff';
      const recent =
        'SELECT m.story_id FROM articles r JOIN memberships m ON m.article_id = r.id WHERE r.published >= ?';
      const head = stmt(
        `SELECT ${columns} FROM (SELECT story_id, count(*) AS n FROM (${recent}) GROUP BY story_id) g ` +
          `JOIN stories s ON s.id = g.story_id${filters} ORDER BY g.n DESC, ${newest}`,
      ).all(since, ...params) as Row[];
      const rows = head.slice(offset, offset + limit);
      if (rows.length < limit) {
        const rest = stmt(
          `SELECT ${columns} FROM stories s WHERE s.id NOT IN (${recent})` +
            (where.length ? ` AND ${where.join(' AND ')}` : '') +
            ` ORDER BY ${newest} LIMIT ? OFFSET ?`,
        ).all(since, ...params, limit - rows.length, Math.max(0, offset - head.length)) as Row[];
        rows.push(...rest);
      }
      return rows.map(storyRow);
    },

    getStory(id: string): StoredStory | undefined {
      return storyWith(id, (target) =>
        (
          stmt(
            `SELECT a.id, a.title, a.lang, a.source, a.published, a.url, m.score FROM memberships m
             JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?
             ORDER BY a.published NULLS LAST, a.seq`,
          ).all(target) as Row[]
        ).map((m): StoryMemberRow => {
          const row: { -readonly [K in keyof StoryMemberRow]: StoryMemberRow[K] } = {
            id: String(m.id),
            title: String(m.title),
            lang: String(m.lang),
            score: Number(m.score),
          };
          return withOptional(row, m, { source: 'source', published: 'published', url: 'url' });
        }),
      );
    },

    storyHead(id: string): StoryHead | undefined {
      return storyWith(id, (target) =>
        (
          stmt('SELECT article_id, score FROM memberships WHERE story_id = ? ORDER BY article_id').all(
            target,
          ) as Row[]
        ).map((m) => ({ id: String(m.article_id), score: Number(m.score) })),
      );
    },

    search(query: string, o: SearchOptions = {}): SearchHit[] {
      const match = ftsQuery(query);
      if (match === undefined) return [];
      const where = ['articles_fts MATCH ?'];
      const params: unknown[] = [match];
      articleFilters(o, where, params);
      // Ranked among the latest-stored matches only: bm25 scores every row it ranks, and a common word
      // matches most of the archive ("the" at 100,000 articles: 300-400 ms; within the window: ~15 ms).
      // The page is cut from the window before the article rows are read (20 joins, not 5,000).
      const sql = `SELECT ${ARTICLE_COLUMNS}, w.rank AS rank FROM (
           SELECT seq, rank FROM (
             SELECT f.rowid AS seq, f.rank AS rank FROM articles_fts f
             ${where.length > 1 ? 'JOIN articles a ON a.seq = f.rowid' : ''}
             WHERE ${where.join(' AND ')} ORDER BY f.rowid DESC LIMIT ${SEARCH_RANK_WINDOW}
           ) ORDER BY rank, seq LIMIT ? OFFSET ?
         ) w JOIN articles a ON a.seq = w.seq LEFT JOIN memberships m ON m.article_id = a.id
         ORDER BY w.rank, a.seq`;
      params.push(limitOf(o.limit, DEFAULT_SEARCH_LIMIT), offsetOf(o.offset));
      return (stmt(sql).all(...params) as Row[]).map((r) => ({ ...articleRow(r), rank: Number(r.rank) }));
    },

    entityArticles(key: string, o: { limit?: number; offset?: number } = {}): EntityArticleRow[] {
      const rows = stmt(
        `SELECT e.entity_key, e.article_id, e.type, e.surface, e.mentions, e.country, a.title, a.lang, a.source,
           a.published
         FROM entity_index e JOIN articles a ON a.id = e.article_id WHERE e.entity_key = ?
         ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?`,
      ).all(key, limitOf(o.limit, DEFAULT_LIMIT), offsetOf(o.offset)) as Row[];
      return rows.map((r) => {
        const row: { -readonly [K in keyof EntityArticleRow]: EntityArticleRow[K] } = {
          articleId: String(r.article_id),
          key: String(r.entity_key),
          type: String(r.type),
          surface: String(r.surface),
          mentions: Number(r.mentions),
          title: String(r.title),
          lang: String(r.lang),
        };
        return withOptional(row, r, { country: 'country', source: 'source', published: 'published' });
      });
    },

    stats(): StoreStats {
      const count = (sql: string): number => Number(stmt(sql).pluck().get());
      // Two look-ups at the ends of the published index (min and max together would scan it).
      const range = stmt(
        'SELECT (SELECT min(published) FROM articles) AS lo, (SELECT max(published) FROM articles) AS hi',
      ).get() as Row;
      const stats: { -readonly [K in keyof StoreStats]: StoreStats[K] } = {
        schemaVersion: count('SELECT max(version) FROM schema_migrations'),
        articles: count('SELECT count(*) FROM articles'),
        stories: count('SELECT count(*) FROM stories'),
        aliases: count('SELECT count(*) FROM story_aliases'),
        memberships: count('SELECT count(*) FROM memberships'),
        // Distinct keys by skipping from key to key in the primary key index (one seek per key) instead of
        // reading every (key, article) row: ~20x fewer rows at 100k articles.
        entities: count(
          `WITH RECURSIVE k(key) AS (SELECT min(entity_key) FROM entity_index UNION ALL
             SELECT (SELECT min(entity_key) FROM entity_index WHERE entity_key > k.key) FROM k WHERE k.key IS NOT NULL)
           SELECT count(key) FROM k`,
        ),
        languages: (
          stmt('SELECT lang, count(*) AS n FROM articles GROUP BY lang ORDER BY n DESC, lang').all() as Row[]
        ).map((r) => ({ lang: String(r.lang), articles: Number(r.n) })),
        sources: (
          stmt(
            'SELECT source, count(*) AS n FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY n DESC, source',
          ).all() as Row[]
        ).map((r) => ({ source: String(r.source), articles: Number(r.n) })),
      };
      return withOptional(stats, range, { firstPublished: 'lo', lastPublished: 'hi' });
    },

    storyEntities(storyId: string): StoryEntityRow[] {
      const rows = stmt(
        `SELECT e.article_id, e.entity_key, e.type, e.surface, e.mentions, e.country FROM memberships m
         JOIN entity_index e ON e.article_id = m.article_id WHERE m.story_id = ?
         ORDER BY e.article_id, e.entity_key`,
      ).all(resolve(storyId)) as Row[];
      return rows.map((r) => {
        const row: { -readonly [K in keyof StoryEntityRow]: StoryEntityRow[K] } = {
          articleId: String(r.article_id),
          key: String(r.entity_key),
          type: String(r.type),
          surface: String(r.surface),
          mentions: Number(r.mentions),
        };
        return withOptional(row, r, { country: 'country' });
      });
    },

    lastSeq(): number {
      return Number(stmt('SELECT coalesce(max(seq), 0) FROM articles').pluck().get());
    },

    storedArticles(o: StoredArticlesOptions): StoredArticle[] {
      const rows = stmt(
        `SELECT ${ARTICLE_COLUMNS}, a.raw_text, a.body, a.meta, a.annotations
         FROM articles a LEFT JOIN memberships m ON m.article_id = a.id WHERE a.seq > ? ORDER BY a.seq LIMIT ?`,
      ).all(o.afterSeq, limitOf(o.limit, DEFAULT_LIMIT)) as Row[];
      return rows.map((r) => ({
        ...articleRow(r),
        analysis: analysisOf(String(r.meta), String(r.raw_text), r.annotations as Buffer, String(r.body)),
      }));
    },

    clusterStateSeq(): number | undefined {
      const seq = stmt('SELECT seq FROM cluster_state WHERE name = ?').pluck().get(CLUSTER_STATE_NAME);
      return seq === null || seq === undefined ? undefined : Number(seq);
    },

    loadFeedStates(urls: readonly string[]): Map<string, string> {
      const one = stmt('SELECT state FROM feed_states WHERE url = ?').pluck();
      const out = new Map<string, string>();
      for (const url of urls) {
        const state = one.get(url) as string | undefined;
        if (state !== undefined) out.set(url, state);
      }
      return out;
    },

    saveFeedState(url: string, json: string): void {
      stmt(
        'INSERT INTO feed_states (url, state) VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET state = excluded.state',
      ).run(url, json);
    },

    getStoryView(storyId: string): StoryViewBlob | undefined {
      const r = stmt('SELECT signature, body FROM story_views WHERE story_id = ?').get(resolve(storyId)) as
        Row | undefined;
      return r ? { signature: String(r.signature), body: r.body as Buffer } : undefined;
    },

    putStoryView(storyId: string, view: StoryViewBlob): void {
      stmt(
        `INSERT INTO story_views (story_id, signature, body) VALUES (?, ?, ?)
         ON CONFLICT (story_id) DO UPDATE SET signature = excluded.signature, body = excluded.body`,
      ).run(resolve(storyId), view.signature, view.body);
    },

    saveClusterState(state: ClusterStateBlob): void {
      stmt(
        `INSERT INTO cluster_state (name, version, state, seq) VALUES (?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET version = excluded.version, state = excluded.state, seq = excluded.seq`,
      ).run(CLUSTER_STATE_NAME, state.version, state.json, state.seq ?? null);
    },

    loadClusterState(): ClusterStateBlob | undefined {
      const r = stmt('SELECT version, state, seq FROM cluster_state WHERE name = ?').get(
        CLUSTER_STATE_NAME,
      ) as Row | undefined;
      if (!r) return undefined;
      const blob = { version: Number(r.version), json: String(r.state) };
      return r.seq === null || r.seq === undefined ? blob : { ...blob, seq: Number(r.seq) };
    },
  };
}

type Ops = ReturnType<typeof operations>;

/** What the stores of one connection share: the open asynchronous transaction, and savepoint names. */
interface Shared {
  open?: Promise<unknown>;
  savepoints: number;
}

/**
 * Wraps the synchronous operations as a {@link Store}. A call made while an asynchronous transaction holds
 * the connection waits for it to end (the transaction's own calls, through `tx`, pass). With no transaction
 * open, a call runs at once, before its promise is returned: nothing can slip in between a check and a claim.
 */
function storeOf(db: Db, ops: Ops, location: string, shared: Shared, inTx: boolean): Store {
  const run =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    async (...args: A): Promise<R> => {
      while (!inTx && shared.open) await shared.open.catch(() => undefined);
      return fn(...args);
    };
  const store: Store = {
    location,
    putAnalysis: run(ops.putAnalysis),
    putRecord: run(ops.putRecord),
    hasArticle: run(ops.hasArticle),
    getArticle: run(ops.getArticle),
    listArticles: run(ops.listArticles),
    setMembership: run(ops.setMembership),
    putStory: run(ops.putStory),
    aliasStory: run(ops.aliasStory),
    resolveStory: run(ops.resolveStory),
    storySizes: run(ops.storySizes),
    listStories: run(ops.listStories),
    getStory: run(ops.getStory),
    storyHead: run(ops.storyHead),
    search: run(ops.search),
    entityArticles: run(ops.entityArticles),
    stats: run(ops.stats),
    storyEntities: run(ops.storyEntities),
    lastSeq: run(ops.lastSeq),
    storedArticles: run(ops.storedArticles),
    clusterStateSeq: run(ops.clusterStateSeq),
    loadFeedStates: run(ops.loadFeedStates),
    saveFeedState: run(ops.saveFeedState),
    getStoryView: run(ops.getStoryView),
    putStoryView: run(ops.putStoryView),
    saveClusterState: run(ops.saveClusterState),
    loadClusterState: run(ops.loadClusterState),
    async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
      if (inTx) {
        // Nested: a savepoint, so a failure inside rolls back only its own writes.
        const name = `storyline_${++shared.savepoints}`;
        db.exec(`SAVEPOINT ${name}`);
        try {
          const out = await fn(store);
          db.exec(`RELEASE ${name}`);
          return out;
        } catch (e) {
          db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
          throw e;
        }
      }
      while (shared.open) await shared.open.catch(() => undefined);
      const tx = storeOf(db, ops, location, shared, true);
      const body = async (): Promise<T> => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn(tx);
          db.exec('COMMIT');
          return out;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      };
      const p = body();
      shared.open = p;
      try {
        return await p;
      } finally {
        if (shared.open === p) shared.open = undefined;
      }
    },
    async close(): Promise<void> {
      while (!inTx && shared.open) await shared.open.catch(() => undefined);
      if (db.open) db.close();
    },
  };
  return store;
}

/**
 * Opens (creating it if needed) the SQLite store at `options.path` (default `./storyline.db`) and brings its
 * schema up to date. Throws STORE_UNAVAILABLE when the file cannot be opened or created, STORE_CORRUPT when
 * it is not a storyline database.
 */
export function openSqliteStore(options: OpenStoreOptions = {}): Store {
  const path = options.path ?? DEFAULT_DB_PATH;
  const db = openDatabase(path, options);
  try {
    migrate(db, path, options.readonly ?? false);
  } catch (e) {
    db.close();
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw storylineError('STORE_CORRUPT', path, e instanceof Error ? e.message : String(e));
    throw e;
  }
  return storeOf(db, operations(db), path, { savepoints: 0 }, false);
}
