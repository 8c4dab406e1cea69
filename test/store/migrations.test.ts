import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isStorylineError } from '../../src/core/errors.ts';
import { openStore, resolveDbPath, SCHEMA_VERSION } from '../../src/services/store/index.ts';
import { tempDir } from './helpers.ts';

test('an empty file gets the whole schema, WAL and foreign keys; re-opening applies nothing twice', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'a.db');
    const store = openStore({ path });
    assert.equal((await store.stats()).schemaVersion, SCHEMA_VERSION);
    await store.close();
    const again = openStore({ path });
    assert.equal((await again.stats()).articles, 0);
    await again.close();

    const db = new Database(path, { readonly: true });
    try {
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      assert.deepEqual(
        versions,
        Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
      );
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .pluck()
        .all();
      for (const t of [
        'articles',
        'articles_fts',
        'cluster_state',
        'entity_index',
        'memberships',
        'stories',
        'story_aliases',
      ])
        assert.ok(tables.includes(t), `table ${t} missing: ${tables.join(', ')}`);
    } finally {
      db.close();
    }
  } finally {
    cleanup();
  }
});

test('foreign keys are enforced: a membership of an unknown article is refused', async () => {
  const store = openStore({ path: ':memory:' });
  await assert.rejects(store.setMembership('no-such-article', 's1', 1), /FOREIGN KEY/);
  await store.close();
});

test('files that are not a storyline database give a clear error naming the file', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const rows: { name: string; setup: (p: string) => void; code: string }[] = [
      {
        name: 'text.db',
        setup: (p) => writeFileSync(p, 'this is a text file, not a database\n'.repeat(200)),
        code: 'STORE_CORRUPT',
      },
      {
        name: 'other.db',
        setup: (p) => {
          const db = new Database(p);
          db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
          db.close();
        },
        code: 'STORE_CORRUPT',
      },
      {
        name: 'newer.db',
        setup: (p) => {
          openStore({ path: p }).close();
          const db = new Database(p);
          db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(
            SCHEMA_VERSION + 1,
            'future',
          );
          db.close();
        },
        code: 'STORE_UNAVAILABLE',
      },
      { name: join('missing-folder', 'x.db'), setup: () => undefined, code: 'STORE_UNAVAILABLE' },
    ];
    for (const row of rows) {
      const path = join(dir, row.name);
      row.setup(path);
      assert.throws(
        () => openStore({ path }),
        (e: unknown) => isStorylineError(e) && e.code === row.code && e.message.includes(path),
        row.name,
      );
    }
  } finally {
    cleanup();
  }
});

test('resolveDbPath: --db, then STORYLINE_DB, then ./storyline.db', () => {
  const rows: { opts: { db?: string }; env: Record<string, string>; expected: string }[] = [
    { opts: {}, env: {}, expected: './storyline.db' },
    { opts: { db: 'x.db' }, env: { STORYLINE_DB: 'y.db' }, expected: 'x.db' },
    { opts: {}, env: { STORYLINE_DB: 'y.db' }, expected: 'y.db' },
    { opts: { db: '' }, env: { STORYLINE_DB: '' }, expected: './storyline.db' },
    { opts: { db: ':memory:' }, env: {}, expected: ':memory:' },
  ];
  for (const r of rows) assert.equal(resolveDbPath(r.opts, r.env), r.expected, JSON.stringify(r));
});
