import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/services/store/index.ts';
import { sampleAnalyses, tempDir } from './helpers.ts';

const CHILD = new URL('./support/ingest-child.ts', import.meta.url).pathname;
const TOTAL = 1000;
/** Articles stored before the kill: far enough in that writes are in full flow. */
const KILL_AFTER = 300;

/** Runs the child until it has printed `killAfter` lines, then SIGKILLs it; resolves with the lines seen. */
function ingestAndKill(path: string, killAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(TOTAL)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      lines += chunk.split('\n').length - 1;
      if (lines >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c) => (stderr += String(c)));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve(lines)
        : reject(new Error(`child ended (${code}) before the kill: ${stderr}`)),
    );
  });
}

test('killing an ingest mid-way leaves no half-stored article, and running it again completes it', async () => {
  const analyses = await sampleAnalyses();
  const { dir, cleanup } = tempDir();
  try {
    const path = join(dir, 'kill.db');
    const seen = await ingestAndKill(path, KILL_AFTER);

    const db = new Database(path);
    let stored: number;
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      // The full-text index is consistent with its own content.
      db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
      stored = Number(db.prepare('SELECT count(*) FROM articles').pluck().get());
      assert.ok(stored >= seen - 1 && stored < TOTAL, `stored ${stored}, lines seen ${seen}`);
      assert.equal(
        db.prepare('SELECT count(*) FROM articles_fts').pluck().get(),
        stored,
        'one full-text row each',
      );
      // Every article has all its entity-index rows: as many as its base analysis has distinct keys.
      const expected = new Map(
        analyses.map((a) => [
          a.article.id,
          new Set([
            ...a.annotations.entities.entities.map((e) => e.key),
            ...a.annotations.places.places.map((p) => p.key),
          ]).size,
        ]),
      );
      const rows = db
        .prepare(
          `SELECT a.id, (SELECT count(*) FROM entity_index e WHERE e.article_id = a.id) AS n FROM articles a`,
        )
        .all() as { id: string; n: number }[];
      for (const r of rows) assert.equal(r.n, expected.get(r.id.replace(/-r\d+$/, '')), r.id);
    } finally {
      db.close();
    }
    const store = openStore({ path });
    const ids = (await store.listArticles({ limit: 1000 })).map((r) => r.id);
    for (const id of ids.slice(0, 100)) {
      const got = await store.getArticle(id);
      assert.ok(got && got.analysis.annotations.text.tokens.length > 0, id);
    }
    await store.close();

    // Run again to the end: what was stored is a duplicate, the rest is stored, nothing twice.
    const res = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path, String(TOTAL)], {
      encoding: 'utf8',
    });
    assert.equal(res.status, 0, res.stderr);
    const out = res.stdout.trim().split('\n');
    assert.equal(out.filter((l) => l === 'duplicate').length, stored);
    assert.equal(out.filter((l) => l === 'stored').length, TOTAL - stored);
    const after = openStore({ path });
    assert.equal((await after.stats()).articles, TOTAL);
    await after.close();
  } finally {
    cleanup();
  }
});
