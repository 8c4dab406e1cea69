import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readSourcesAll } from '../../src/services/sources.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIX = join(ROOT, 'test', 'fixtures', 'ingest');
const SEEDS = join(ROOT, '..', 'shared', 'data', 'seeds');

test('folders are read recursively in sorted order; missing paths are reported', async () => {
  const items = await readSourcesAll([join(FIX, 'dateline.txt'), join(FIX, 'nope.txt'), FIX]);
  const origins = items.map((i) => (i.ok ? i.article.origin.slice(FIX.length + 1) : `${i.error.code}`));
  assert.deepEqual(origins.slice(0, 3), ['dateline.txt', 'INPUT_NOT_FOUND', 'article.html']);
  const files = items.slice(2).map((i) => (i.ok ? i.article.origin : (i.error.input ?? '')).split('#')[0]);
  assert.ok(files.length >= 8);
  assert.deepEqual(files, [...files].sort(), 'sorted');
  assert.ok(items.every((i) => i.ok || i.error.code !== 'INPUT_UNREADABLE'));
});

test('"-" reads stdin', async () => {
  const stdin = Readable.from([Buffer.from('Titre lu sur stdin\n'), Buffer.from('Le corps.')]);
  const items = await readSourcesAll(['-'], { stdin });
  assert.equal(items.length, 1);
  assert.ok(items[0].ok);
  assert.equal(items[0].article.title, 'Titre lu sur stdin');
  assert.equal(items[0].article.origin, '-');
});

test(
  'seeds: the second seed keeps its metadata line apart (skip when absent)',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  async () => {
    const items = await readSourcesAll([SEEDS]);
    assert.equal(items.length, 2);
    const [first, second] = items.map((i) => (i.ok ? i.article : assert.fail(i.error.message)));
    assert.ok(first.origin.endsWith('000_7a61144dd750e5af.txt'));
    assert.ok(first.title.startsWith('Bélarus : Loukachenko'), first.title);
    assert.equal(first.metaLines, undefined);
    assert.ok(second.origin.endsWith('002_f95a6ceda9409001.txt'));
    assert.ok(second.title.startsWith('La visite de Mikhaïl Michoustine'), second.title);
    assert.equal(second.metaLines?.length, 1);
    assert.match(second.metaLines![0], /^date 2020-09 .* via REUTERS$/);
    assert.ok(!second.text.includes('via REUTERS'));
    assert.equal(second.published, '2020-09-01T00:00:00Z');
    assert.equal(second.publishedGrain, 'month');
    assert.equal(second.publishedFrom, 'dateline');
    assert.match(first.id, /^[0-9a-f]{16}$/);
    assert.notEqual(first.id, second.id);
  },
);
