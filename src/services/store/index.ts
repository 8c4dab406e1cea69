/**
 * The store's entry point: `openStore({ path })` gives a {@link Store}; `resolveDbPath` picks the database
 * file from a command-line option, then the environment, then the default `./storyline.db`.
 */
import { openSqliteStore } from './sqlite.ts';
import { DEFAULT_DB_PATH, type OpenStoreOptions, type Store } from './types.ts';

export * from './types.ts';
export { ftsQuery, ftsText } from './fts.ts';
export { SCHEMA_VERSION } from './migrations.ts';
export { articleRecord, type ArticleRecord, type EntityIndexRow } from './record.ts';

/**
 * The database path: `opts.db` (`--db`), else `env.STORYLINE_DB`, else {@link DEFAULT_DB_PATH}. Empty
 * strings count as unset.
 */
export function resolveDbPath(
  opts: { readonly db?: string | undefined },
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  if (opts.db !== undefined && opts.db !== '') return opts.db;
  const fromEnv = env.STORYLINE_DB;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  return DEFAULT_DB_PATH;
}

/** Opens the store (SQLite, creating the file and applying migrations as needed). */
export function openStore(options: OpenStoreOptions = {}): Store {
  return openSqliteStore(options);
}
