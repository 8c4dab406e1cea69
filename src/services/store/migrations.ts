/**
 * Versioned schema migrations of the SQLite store. Each migration is a version number and its statements,
 * applied in order, each in one transaction with its row in `schema_migrations`; a database is at the
 * highest version recorded there. Migrations are append-only: never edit one that was released, add the
 * next version.
 *
 * The tables are standard SQL (a PostgreSQL store would create the same ones, with `bytea` for BLOB); what
 * only SQLite has (the FTS5 table) is kept in `sqliteOnly`, apart.
 */

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Portable DDL. */
  readonly statements: readonly string[];
  /** SQLite-specific DDL (virtual tables), run after `statements`. */
  readonly sqliteOnly?: readonly string[];
}

/** The tokenizer of the full-text index: case-folding, and accents removed (é = e, й = и). */
export const FTS_TOKENIZE = 'unicode61 remove_diacritics 2';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, stories, memberships, aliases, entity index, cluster state, full-text index',
    statements: [
      `CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        title TEXT NOT NULL,
        raw_text TEXT NOT NULL,
        body TEXT NOT NULL,
        lang TEXT NOT NULL,
        published TEXT,
        source TEXT,
        url TEXT,
        words INTEGER NOT NULL,
        meta TEXT NOT NULL,
        annotations BLOB NOT NULL,
        ingested_at TEXT NOT NULL
      )`,
      'CREATE INDEX articles_published ON articles (published, seq)',
      'CREATE INDEX articles_lang ON articles (lang, published)',
      'CREATE INDEX articles_source ON articles (source, published)',
      `CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        headline TEXT NOT NULL,
        first_seen TEXT,
        last_seen TEXT,
        articles INTEGER NOT NULL,
        languages INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        summary TEXT NOT NULL
      )`,
      'CREATE INDEX stories_last_seen ON stories (last_seen, id)',
      'CREATE INDEX stories_size ON stories (articles, last_seen, id)',
      `CREATE TABLE memberships (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        story_id TEXT NOT NULL,
        score REAL NOT NULL
      )`,
      'CREATE INDEX memberships_story ON memberships (story_id)',
      `CREATE TABLE story_aliases (
        from_id TEXT PRIMARY KEY,
        to_id TEXT NOT NULL
      )`,
      'CREATE INDEX story_aliases_to ON story_aliases (to_id)',
      `CREATE TABLE entity_index (
        entity_key TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        surface TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        country TEXT,
        PRIMARY KEY (entity_key, article_id)
      )`,
      'CREATE INDEX entity_index_article ON entity_index (article_id)',
      `CREATE TABLE cluster_state (
        name TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        state TEXT NOT NULL
      )`,
    ],
    sqliteOnly: [
      // Contentless: the text lives in `articles`; the index row's rowid is the article's `seq`.
      `CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, body, content = '', contentless_delete = 1, tokenize = '${FTS_TOKENIZE}'
      )`,
    ],
  },
  {
    version: 2,
    name: 'cluster state: the last article sequence number it covers',
    statements: ['ALTER TABLE cluster_state ADD COLUMN seq INTEGER'],
  },
  {
    version: 3,
    name: 'stories in list order (newest first), so a page of the story list is read from the index, not sorted',
    statements: ['CREATE INDEX stories_newest ON stories (last_seen DESC, articles DESC, id)'],
  },
  {
    version: 4,
    name: 'story views: the costly part of a story page (quotes, coverage), prepared when the story changes',
    statements: [
      `CREATE TABLE story_views (
        story_id TEXT PRIMARY KEY,
        signature TEXT NOT NULL,
        body BLOB NOT NULL
      )`,
    ],
  },
  {
    version: 5,
    name: 'feed states: what watch knows of each feed (validators, failures, next poll), kept across runs',
    statements: [
      `CREATE TABLE feed_states (
        url TEXT PRIMARY KEY,
        state TEXT NOT NULL
      )`,
    ],
  },
];

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
