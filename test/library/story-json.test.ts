/**
 * A story detail as JSON bytes (`Library.storyJson`): the view's part spliced in as its stored JSON text, byte
 * for byte `JSON.stringify(await lib.story(...))`, for every sample story and page, kept or read from the store,
 * after a merge too; and what the API sends.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/http/app.ts';
import { openLibrary } from '../../src/services/library/index.ts';
import type { Library, StoryArticlesOptions } from '../../src/services/library/types.ts';
import { FIXED_NOW, SAMPLES } from '../http/support.ts';

let lib: Library;

before(async () => {
  lib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW });
  await lib.ingestInputs([SAMPLES]);
});

after(async () => {
  await lib.close();
});

const text = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('utf8') : undefined);

test('storyJson is JSON.stringify of story, for every sample story and page, kept or not', async () => {
  const stories = await lib.stories({ limit: 1000 });
  assert.ok(stories.length > 5);
  const pages: (StoryArticlesOptions | undefined)[] = [
    undefined,
    { order: 'newest', limit: 2 },
    { order: 'oldest', offset: 1 },
    { order: 'newest', offset: 1000, limit: 5 },
  ];
  for (const s of stories) {
    for (const articles of pages) {
      const o = articles ? { articles } : {};
      const want = JSON.stringify(await lib.story(s.id, o));
      const got = await lib.storyJson(s.id, o);
      assert.equal(got?.storyId, s.id);
      assert.equal(text(got?.json), want, `${s.id} ${JSON.stringify(articles)}`);
      assert.equal(text((await lib.storyJson(s.id, o))?.json), want, `${s.id}: kept`);
    }
  }
  assert.equal(await lib.storyJson('story:nowhere'), undefined);
});

test('storyJson of a store read by a library keeping no views, and of a view built on the first read', async () => {
  const dbLib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW, viewCacheChars: 0 });
  try {
    // prepare: false: no view is stored, so the first read builds it.
    await dbLib.ingestInputs([SAMPLES], { prepare: false });
    for (const s of await dbLib.stories({ order: 'largest', limit: 5 })) {
      const built = text((await dbLib.storyJson(s.id))?.json);
      const read = text((await dbLib.storyJson(s.id))?.json);
      assert.equal(built, read, `${s.id}: built, then read back`);
      assert.equal(read, JSON.stringify(await dbLib.story(s.id)));
    }
    // A merge: the old id answers with the surviving story and says which id was asked for.
    const [to, from] = await dbLib.stories({ order: 'largest', limit: 2 });
    assert.ok(to && from);
    await dbLib.store.transaction(async (tx) => tx.aliasStory(from.id, to.id));
    const merged = await dbLib.storyJson(from.id);
    assert.equal(merged?.storyId, to.id);
    assert.equal(merged?.resolvedFrom, from.id);
    assert.equal(text(merged?.json), JSON.stringify(await dbLib.story(from.id)));
    const res = await createApp(dbLib).request(`/api/stories/${encodeURIComponent(from.id)}`);
    assert.equal(res.headers.get('content-location'), `/api/stories/${encodeURIComponent(to.id)}`);
    assert.equal(((await res.json()) as { resolvedFrom?: string }).resolvedFrom, from.id);
  } finally {
    await dbLib.close();
  }
});

test('the API sends exactly the detail as JSON, the id asked for, and a merged id with resolvedFrom', async () => {
  const app = createApp(lib);
  const [big] = await lib.stories({ order: 'largest', limit: 1 });
  const res = await app.request(`/api/stories/${encodeURIComponent(big!.id)}?order=oldest&limit=3`);
  assert.equal(res.headers.get('content-type'), 'application/json');
  assert.equal(
    await res.text(),
    JSON.stringify(await lib.story(big!.id, { articles: { order: 'oldest', limit: 3, offset: 0 } })),
  );
});
