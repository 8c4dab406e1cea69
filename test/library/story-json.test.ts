/**
 * The story detail's JSON with its view part serialised once per view: byte for byte JSON.stringify, for every
 * sample story, page and merge, kept or not; and what the API sends.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/http/app.ts';
import { storyDetailJson } from '../../src/http/story-json.ts';
import { openLibrary } from '../../src/services/library/index.ts';
import type { Library, StoryDetail } from '../../src/services/library/types.ts';
import { FIXED_NOW, SAMPLES } from './support.ts';

let lib: Library;

before(async () => {
  lib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW });
  await lib.ingestInputs([SAMPLES]);
});

after(async () => {
  await lib.close();
});

test('storyDetailJson is JSON.stringify, for every sample story and page, serialised afresh or kept', async () => {
  const stories = await lib.stories({ limit: 1000 });
  assert.ok(stories.length > 5);
  for (const s of stories) {
    for (const articles of [
      undefined,
      { order: 'newest', limit: 2 },
      { order: 'oldest', offset: 1 },
    ] as const) {
      const d = (await lib.story(s.id, articles ? { articles } : {}))!;
      const want = JSON.stringify(d);
      assert.equal(storyDetailJson(d), want, `${s.id} ${JSON.stringify(articles)}`);
      assert.equal(storyDetailJson(d), want, `${s.id}: kept`);
    }
  }
});

test('storyDetailJson: a merged id, notes, another view, another key order (table)', async () => {
  const [big] = await lib.stories({ order: 'largest', limit: 1 });
  const d = (await lib.story(big!.id))!;
  const rows: { name: string; detail: StoryDetail }[] = [
    { name: 'as composed', detail: d },
    { name: 'merged id', detail: { ...d, resolvedFrom: 'story:old' } },
    { name: 'with notes', detail: { ...d, notes: ['a note'] } },
    { name: 'another coverage object, same content', detail: { ...d, coverage: { ...d.coverage } } },
    {
      name: 'other places under the same coverage',
      detail: {
        ...d,
        places: [...d.places, { key: 'city:x', name: '<X>', kind: 'city', articles: 1, mentions: 1 }],
      },
    },
    {
      name: 'view fields in another order',
      // The same fields, coverage first (a later entry of a key keeps the first one's place).
      detail: Object.fromEntries([['coverage', d.coverage], ...Object.entries(d)]) as StoryDetail,
    },
    { name: 'no view fields', detail: { story: d.story } as unknown as StoryDetail },
  ];
  for (const r of rows) assert.equal(storyDetailJson(r.detail), JSON.stringify(r.detail), r.name);
});

test('the API sends exactly the detail as JSON', async () => {
  const app = createApp(lib);
  const [big] = await lib.stories({ order: 'largest', limit: 1 });
  const res = await app.request(`/api/stories/${encodeURIComponent(big!.id)}?order=oldest&limit=3`);
  assert.equal(
    await res.text(),
    JSON.stringify(await lib.story(big!.id, { articles: { order: 'oldest', limit: 3, offset: 0 } })),
  );
});
