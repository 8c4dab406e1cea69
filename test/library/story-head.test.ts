/**
 * A story page read from the story's head (row, summary and member ids, `Store.storyHead`) with its member
 * rows from the view gives the same detail as the story read in full, for every story of the sample corpus,
 * whether the view is kept, stored, stale or missing, and after a merge.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { storyDetail } from '../../src/services/library/detail.ts';
import { openLibrary, type Library } from '../../src/services/library/index.ts';
import type { StoryRow } from '../../src/services/store/types.ts';
import { now, sampleArticles } from './helpers.ts';

let lib: Library;
let stories: StoryRow[];

before(async () => {
  lib = await openLibrary({ db: ':memory:', workers: 0, now });
  await lib.ingestArticles(await sampleArticles());
  stories = await lib.stories({ limit: 1000 });
  assert.ok(stories.some((s) => s.articles >= 3) && stories.some((s) => s.articles < 3));
});

after(async () => {
  await lib.close();
});

/** The detail built from the story read in full (members from the articles' rows). */
async function fromFull(id: string) {
  const stored = await lib.store.getStory(id);
  assert.ok(stored, id);
  return storyDetail(lib.store, stored);
}

test('storyHead: the row, summary and member ids and scores of getStory', async () => {
  for (const s of stories) {
    const head = await lib.store.storyHead(s.id);
    const full = await lib.store.getStory(s.id);
    assert.ok(head && full);
    const { members, ...rest } = full;
    const { members: ids, ...headRest } = head;
    assert.deepEqual(headRest, rest, s.id);
    const byId = [...members]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((m) => ({ id: m.id, score: m.score }));
    assert.deepEqual(ids, byId, `${s.id}: members by id`);
  }
  assert.equal(await lib.store.storyHead('story:none'), undefined);
});

test('every sample story: the page from the head equals the page from the full story (read twice)', async () => {
  for (const s of stories) {
    const want = await fromFull(s.id);
    // First read: the view stored (or just built, for a story of 1-2 articles); second: the one kept.
    assert.deepEqual(await lib.story(s.id), want, `${s.id}: first read`);
    assert.deepEqual(await lib.story(s.id), want, `${s.id}: kept`);
    const newest = await lib.story(s.id, { articles: { order: 'newest', limit: 2, offset: 1 } });
    assert.deepEqual(
      newest?.articles,
      [...want.articles]
        .filter((a) => a.published)
        .reverse()
        .concat(want.articles.filter((a) => !a.published))
        .slice(1, 3),
      `${s.id}: a page of the newest`,
    );
  }
});

test('a merged story: its old id gives the surviving story, rebuilt with every member', async () => {
  const [to, from] = [...stories].sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : 1));
  assert.ok(to && from);
  await lib.story(to.id); // its view kept and stored under its members before the merge
  await lib.store.transaction(async (tx) => tx.aliasStory(from.id, to.id));
  const merged = await lib.story(from.id);
  assert.ok(merged);
  assert.equal(merged.story.id, to.id);
  assert.equal(merged.resolvedFrom, from.id);
  assert.equal(merged.articles.length, to.articles + from.articles, 'the members of both');
  assert.deepEqual(merged, await fromFull(from.id));
  assert.deepEqual(await lib.story(to.id), await fromFull(to.id));
});
