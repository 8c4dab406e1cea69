import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openLibrary } from '../../src/services/library/index.ts';
import { now, snapshot, tempDir } from './helpers.ts';

const CHILD = new URL('./support/ingest-child.ts', import.meta.url).pathname;
/** Three rounds of the samples (each a month after the one before). */
const TOTAL = 147;
/** Kill once this many articles are stored: several batches and at least one state save in. */
const KILL_AFTER_STORED = 60;

function runChild(path: string): { stored: number; duplicates: number } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path, String(TOTAL)], {
    encoding: 'utf8',
  });
  assert.equal(res.status, 0, res.stderr);
  const lines = res.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as { stored: number; duplicates: number };
}

/** Runs the child until it reports `stored` articles, then SIGKILLs it; resolves with the count it saw. */
function ingestAndKill(path: string, stored: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(TOTAL)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen = 0;
    let buffer = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) seen = Math.max(seen, Number(line.split(' ')[1] ?? 0) || 0);
      if (seen >= stored) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c) => (stderr += String(c)));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve(seen)
        : reject(new Error(`child ended (${code}) before the kill: ${stderr}`)),
    );
  });
}

test('killing an ingest mid-way, then running it again: no duplicate, no half-stored article, no article without a story, the same stories', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const whole = join(dir, 'whole.db');
    assert.deepEqual(runChild(whole), { stored: TOTAL, duplicates: 0 });
    const ref = await openLibrary({ db: whole, workers: 0, now });
    const expected = await snapshot(ref);
    await ref.close();

    const path = join(dir, 'killed.db');
    const seen = await ingestAndKill(path, KILL_AFTER_STORED);
    const db = new Database(path);
    let stored: number;
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      stored = Number(db.prepare('SELECT count(*) FROM articles').pluck().get());
      assert.ok(stored >= seen && stored < TOTAL, `stored ${stored}, reported ${seen}`);
      const orphans = db
        .prepare(
          'SELECT count(*) FROM articles a LEFT JOIN memberships m ON m.article_id = a.id WHERE m.article_id IS NULL',
        )
        .pluck()
        .get();
      assert.equal(orphans, 0, 'every stored article has its story (same transaction)');
      assert.equal(db.prepare('SELECT count(*) FROM articles_fts').pluck().get(), stored);
      const saved = Number(db.prepare('SELECT seq FROM cluster_state').pluck().get() ?? 0);
      assert.ok(saved <= stored, `state saved at ${saved}, ${stored} stored`);
    } finally {
      db.close();
    }

    assert.deepEqual(runChild(path), { stored: TOTAL - stored, duplicates: stored });
    const lib = await openLibrary({ db: path, workers: 0, now });
    const got = await snapshot(lib);
    await lib.close();
    assert.equal(Object.keys(got.memberships).length, TOTAL);
    assert.deepEqual(got, expected);
  } finally {
    cleanup();
  }
});
