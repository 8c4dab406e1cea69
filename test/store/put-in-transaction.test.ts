/**
 * Inside an open transaction (an ingest's batch), `putRecord` writes an article's rows without a savepoint of
 * its own; a statement failing part-way must still leave nothing of that article (its row, its full-text row,
 * its entity rows), and the transaction must go on and commit the others, as if the failed one was never tried.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { articleRecord, openStore, type ArticleRecord } from '../../src/services/store/index.ts';
import { analyzeText, INGESTED_AT, tempDir } from './helpers.ts';

/** Fictional articles, each with a word no other one has (to search for) and at least two named entities. */
const TEXTS = [
  [
    'tx-a',
    'Harbour board meets in Valdoria',
    'Minister Clara Voss met the Valdoria harbour board on Monday. The board discussed zephyrite cargo.',
  ],
  [
    'tx-b',
    'Rail strike in Ostrenia ends',
    'Union leader Piet Mallen and Minister Ana Ruiz signed an agreement in Ostrenia. Quorbine trains run again.',
  ],
  [
    'tx-c',
    'Festival opens in Lindmark',
    'Mayor Jonas Feld opened the Lindmark festival. Director Eva Holm showed a film about glimmerwood.',
  ],
] as const;

function records(): ArticleRecord[] {
  return TEXTS.map(([id, title, text]) =>
    articleRecord(analyzeText(id, title, text), { ingestedAt: INGESTED_AT }),
  );
}

/** Ways a record can fail part-way, after its article row was written. */
const BREAKS: readonly { readonly name: string; readonly broken: (r: ArticleRecord) => ArticleRecord }[] = [
  {
    name: 'the full-text row (a value SQLite cannot bind)',
    broken: (r) => ({ ...r, ftsBody: {} as unknown as string }),
  },
  {
    name: 'the first entity row (no key)',
    broken: (r) => ({ ...r, entities: [{ ...r.entities[0]!, key: null as unknown as string }] }),
  },
  {
    name: 'a later entity row, after others were written',
    broken: (r) => ({
      ...r,
      entities: [...r.entities, { ...r.entities[0]!, key: 'x-late', surface: null as unknown as string }],
    }),
  },
];

for (const { name, broken } of BREAKS) {
  test(`inside a transaction, a failure at ${name} leaves nothing of that article; the others commit`, async () => {
    const [a, b, c] = records();
    assert.ok(b!.entities.length >= 2, 'the broken article names at least two entities');
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 's.db');
      const store = openStore({ path });
      await store.transaction(async (tx) => {
        assert.equal(await tx.putRecord(a!), 'stored');
        await assert.rejects(tx.putRecord(broken(b!)));
        assert.equal(await tx.hasArticle(b!.id), false);
        assert.equal(await tx.putRecord(c!), 'stored');
        // The failed article can still be stored whole afterwards, in the same transaction.
        assert.equal(await tx.putRecord(b!), 'stored');
        assert.equal(await tx.putRecord(b!), 'duplicate');
      });
      const hits = async (q: string): Promise<string[]> => (await store.search(q)).map((h) => h.id).sort();
      assert.deepEqual(await hits('zephyrite'), ['tx-a']);
      assert.deepEqual(await hits('glimmerwood'), ['tx-c']);
      assert.deepEqual(await hits('quorbine'), ['tx-b']);
      assert.deepEqual(await hits('minister'), ['tx-a', 'tx-b']);
      const seqs = (await store.listArticles()).map((r) => [r.id, r.seq]).sort();
      assert.deepEqual(seqs, [
        ['tx-a', 1],
        ['tx-b', 3],
        ['tx-c', 2],
      ]);
      await store.close();

      const db = new Database(path, { readonly: true });
      try {
        const count = (sql: string, ...params: unknown[]) =>
          db
            .prepare(sql)
            .pluck()
            .get(...params);
        assert.equal(count('SELECT count(*) FROM articles'), 3);
        assert.equal(count('SELECT count(*) FROM articles_fts'), 3);
        assert.equal(
          count('SELECT count(*) FROM entity_index WHERE article_id = ?', 'tx-b'),
          b!.entities.length,
        );
        assert.equal(count("SELECT count(*) FROM entity_index WHERE entity_key = 'x-late'"), 0);
      } finally {
        db.close();
      }
    } finally {
      cleanup();
    }
  });
}

test('outside a transaction, putRecord is its own transaction: a failure leaves nothing', async () => {
  const [a, b] = records();
  const store = openStore({ path: ':memory:' });
  assert.equal(await store.putRecord(a!), 'stored');
  await assert.rejects(store.putRecord(BREAKS[2]!.broken(b!)));
  assert.equal(await store.hasArticle(b!.id), false);
  assert.deepEqual(await store.search('quorbine'), []);
  assert.equal(await store.putRecord(b!), 'stored');
  assert.equal((await store.search('quorbine'))[0]?.id, 'tx-b');
  await store.close();
});
