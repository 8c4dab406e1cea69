import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSizedLru } from '../../src/core/sized-lru.ts';

test('sized LRU: bounded by the sum of sizes, least recently used out first, oversize not kept', () => {
  const lru = createSizedLru<string, number>(10);
  lru.set('a', 1, 4);
  lru.set('b', 2, 4);
  assert.equal(lru.size, 8);
  assert.equal(lru.get('a'), 1); // a is now the most recently used
  lru.set('c', 3, 4); // 12 > 10: b (least recently used) goes
  assert.deepEqual(
    ['a', 'b', 'c'].map((k) => lru.get(k)),
    [1, undefined, 3],
  );
  assert.equal(lru.size, 8);
  lru.set('a', 9, 2); // replacing counts the new size only
  assert.equal(lru.size, 6);
  assert.equal(lru.get('a'), 9);
  lru.set('big', 0, 11); // larger than the whole: not kept, nothing else lost
  assert.equal(lru.get('big'), undefined);
  assert.equal(lru.size, 6);
  lru.clear();
  assert.equal(lru.size, 0);
  assert.equal(lru.get('c'), undefined);
  const none = createSizedLru<string, number>(0);
  none.set('x', 1, 1);
  assert.equal(none.get('x'), undefined);
});
