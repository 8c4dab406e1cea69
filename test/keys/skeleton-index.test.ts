import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSkeletonIndex, nameKey, type SkeletonIndexFile } from '../../src/core/keys/name-key.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

test('the committed gazetteer skeleton index equals a fresh build (else run scripts/build-name-skeletons.ts)', () => {
  const committed = JSON.parse(read('src/core/keys/data/gazetteer-skeletons.json')) as SkeletonIndexFile;
  const fresh = buildSkeletonIndex(read('src/core/gazetteer/data/gazetteer.json'));
  assert.equal(committed.gazetteer, fresh.gazetteer, 'built from other gazetteer data');
  assert.deepEqual(committed.check, fresh.check);
  assert.deepEqual(committed.skeletons, fresh.skeletons);
  assert.ok(fresh.check.length > 10 && fresh.skeletons.length > 10_000);
});

test('a spelling the gazetteer does not list gets its key through the skeleton index', () => {
  const rows: readonly (readonly [string, 'place' | 'organization' | 'other', string])[] = [
    ['Lwiw', 'place', 'city:lviv'],
    ['Charkiw', 'place', 'city:kharkiv'],
    ['Vuhan', 'place', 'city:wuhan'],
    ['Zzyzxville', 'place', 'place:sisksvil'],
  ];
  for (const [name, type, key] of rows) assert.equal(nameKey(name, type), key, name);
});
