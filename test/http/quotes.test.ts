/**
 * A story's quotes: the story answer (API and page) holds a digest of at most STORY_SPEAKERS speakers with at
 * most STORY_SPEAKER_QUOTES quotes each, with the totals; the whole list is paged at
 * `GET /api/stories/{id}/quotes` and `/stories/{id}/quotes`. On a fictional story of three outlets quoting
 * fourteen people, each twice, in the same words.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import type { Article } from '../../src/core/types.ts';
import { createApp } from '../../src/http/app.ts';
import { SCHEMAS } from '../../src/http/schemas.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';
import {
  openLibrary,
  STORY_SPEAKER_QUOTES,
  STORY_SPEAKERS,
  type Library,
  type StorySpeaker,
} from '../../src/services/library/index.ts';
import { QUOTES_PER_PAGE } from '../../src/web/pages/quotes.ts';
import { summary } from '../store/helpers.ts';
import { call, FIXED_NOW, schemaProblems } from './support.ts';

const STORY = 'story:ferries';
const OUTLETS = ['Harbour Times', 'Nordic Wire', 'Coast Courier'];
const PEOPLE = [
  'Lena Ostby',
  'Karl Vinter',
  'Maja Holm',
  'Per Aasen',
  'Sigrid Lunde',
  'Tor Brekke',
  'Ida Moen',
  'Nils Strand',
  'Eva Dahl',
  'Ole Rud',
  'Kari Berg',
  'Jon Lie',
  'Tone Vik',
  'Arne Sand',
];

/** Outlet `k`'s report: every person quoted twice, in the same words in every outlet. */
function report(k: number): Article {
  const text = PEOPLE.map(
    (p, i) =>
      `"The ferry ${i + 1} will sail again on Monday," said ${p}. "We checked pier ${i + 40} twice," ${p} added.`,
  ).join(' ');
  return {
    id: `ferry-${k}`,
    origin: `ferry-${k}.txt`,
    source: OUTLETS[k],
    title: `Ferries sail again (${OUTLETS[k]})`,
    published: `2026-03-0${k + 1}T08:00:00Z`,
    text,
  };
}

let lib: Library;
let app: Hono;

before(async () => {
  lib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW });
  const articles = OUTLETS.map((_, k) => report(k));
  for (const a of articles) {
    const r = analyzeArticle(a);
    assert.ok(r.ok);
    await lib.store.putAnalysis(r.analysis, { ingestedAt: FIXED_NOW() });
    await lib.store.setMembership(a.id, STORY, 1);
  }
  await lib.store.putStory(
    summary(
      STORY,
      articles.map((a) => a.id),
    ),
  );
  await lib.prepareStories([STORY]);
  app = createApp(lib);
});

after(async () => {
  await lib.close();
});

const count = (speakers: readonly StorySpeaker[]) => speakers.reduce((n, s) => n + s.quotes.length, 0);

test('the story answer holds a digest of the whole list of quotes, with its totals', async () => {
  const story = await call(app, `/api/stories/${STORY}`);
  assert.equal(story.status, 200);
  assert.deepEqual(schemaProblems(SCHEMAS.StoryDetail, story.body), []);
  const whole = await call(app, `/api/stories/${STORY}/quotes?limit=1000`);
  assert.equal(whole.status, 200);
  assert.deepEqual(schemaProblems(SCHEMAS.StoryQuotes, whole.body), []);
  const all: StorySpeaker[] = whole.body.speakers;
  const digest: StorySpeaker[] = story.body.speakers;
  assert.ok(all.length > STORY_SPEAKERS, `more speakers than a page shows (${all.length})`);
  assert.equal(count(all), whole.body.quotesPage.total);
  assert.deepEqual(whole.body.quoteTotals, { speakers: all.length, quotes: count(all) });
  assert.deepEqual(story.body.quoteTotals, whole.body.quoteTotals);
  assert.equal(digest.length, STORY_SPEAKERS);
  digest.forEach((d, i) => {
    const w = all[i]!;
    assert.equal(d.speaker, w.speaker, 'the first speakers of the whole list, in its order');
    assert.equal(d.speakerKey, w.speakerKey);
    assert.ok(d.quotes.length <= STORY_SPEAKER_QUOTES);
    assert.equal(d.quoteCount, w.quotes.length > STORY_SPEAKER_QUOTES ? w.quotes.length : undefined);
    for (const q of d.quotes)
      assert.ok(w.quotes.some((x) => x.text === q.text && x.articleId === q.articleId));
    // Both of the speaker's sentences are heard before a sentence is repeated by another outlet.
    assert.equal(new Set(d.quotes.map((q) => q.text)).size, Math.min(2, d.quotes.length), d.speaker);
  });
});

test('pages of the whole list, counted across speakers, add up to it; past the end and unknown ids', async () => {
  const whole = (await call(app, `/api/stories/${STORY}/quotes`)).body;
  const quotes = (speakers: readonly StorySpeaker[]) =>
    speakers.flatMap((s) => s.quotes.map((q) => `${s.speaker}: ${q.text} (${q.articleId})`));
  const paged: string[] = [];
  for (let offset = 0; offset < whole.quotesPage.total; offset += 7) {
    const page = await call(app, `/api/stories/${STORY}/quotes?limit=7&offset=${offset}`);
    assert.equal(page.status, 200);
    assert.deepEqual(schemaProblems(SCHEMAS.StoryQuotes, page.body), []);
    assert.deepEqual(page.body.quotesPage, { offset, limit: 7, total: whole.quotesPage.total });
    const first: StorySpeaker = page.body.speakers[0];
    if (first.quoteOffset !== undefined) assert.ok(first.quoteCount! > first.quotes.length);
    paged.push(...quotes(page.body.speakers));
  }
  assert.deepEqual(paged, quotes(whole.speakers));
  const past = await call(app, `/api/stories/${STORY}/quotes?offset=100000`);
  assert.deepEqual(past.body.speakers, []);
  assert.equal((await call(app, '/api/stories/story:nope/quotes')).status, 404);
  assert.equal((await call(app, `/api/stories/${STORY}/quotes?limit=-1`)).status, 400);
});

test('the story page shows the digest and links to the whole list; its pages list every quote', async () => {
  const whole = (await call(app, `/api/stories/${STORY}/quotes`)).body;
  const page = await (await app.request(`/stories/${STORY}`)).text();
  const shown = (page.match(/<figure class="quote">/g) ?? []).length;
  assert.ok(shown <= STORY_SPEAKERS * STORY_SPEAKER_QUOTES, `${shown} quotes on the page`);
  assert.ok(page.includes(`Shown: ${shown} of ${whole.quotesPage.total} quotes`));
  assert.ok(
    page.includes(`href="/stories/${encodeURIComponent(STORY)}/quotes"`),
    'the link to the whole list',
  );
  assert.ok(page.includes(`(6 quotes, 3 shown)`), 'a speaker says how many are shown');
  const list = await app.request(`/stories/${STORY}/quotes`);
  assert.equal(list.status, 200);
  const html = await list.text();
  assert.ok(whole.quotesPage.total <= QUOTES_PER_PAGE, 'one page holds the fixture');
  assert.equal((html.match(/<figure class="quote">/g) ?? []).length, whole.quotesPage.total);
  for (const p of PEOPLE) assert.ok(html.includes(p), p);
  const past = await (await app.request(`/stories/${STORY}/quotes?page=2`)).text();
  assert.ok(past.includes(`No quotes on this page: the story has ${whole.quotesPage.total} quotes.`));
  assert.equal((await app.request('/stories/story:nope/quotes')).status, 404);
});
