/**
 * A large story's coverage: the story answer (API and page) holds a digest of at most STORY_COVERAGE_FACTS
 * facts with the totals; the whole comparison is paged at `GET /api/stories/{id}/coverage` and
 * `/stories/{id}/coverage`. On a fictional story of three outlets whose comparison has more facts than that.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import type { Article } from '../../src/core/types.ts';
import type { FactGroup } from '../../src/core/coverage/index.ts';
import { createApp } from '../../src/http/app.ts';
import { SCHEMAS } from '../../src/http/schemas.ts';
import { analyzeArticle } from '../../src/services/analyze.ts';
import { openLibrary, STORY_COVERAGE_FACTS, type Library } from '../../src/services/library/index.ts';
import { FACTS_PER_PAGE } from '../../src/web/pages/coverage.ts';
import { STORY_FACT_WORDINGS } from '../../src/services/library/coverage-digest.ts';
import { summary } from '../store/helpers.ts';
import { call, FIXED_NOW, schemaProblems } from './support.ts';

const STORY = 'story:ferries';
const OUTLETS = ['Harbour Times', 'Nordic Wire', 'Coast Courier'];

/** Sentences only one outlet writes (each outlet its own words). */
const OWN: readonly ((i: number) => string)[] = [
  (i) => `Inspector Maren Dahl found ${i + 3} cracked rivets on pier ${i + 40} during the night shift.`,
  (i) => `The weather office measured gusts of ${60 + i} knots over the Vettra lighthouse on day ${i + 1}.`,
  (i) => `Fishermen from Kalmby sold ${200 + i} kilograms of herring at auction, price list ${i + 7} says.`,
];

/**
 * Outlet `k`'s report: ferries 1-6 told by every outlet, then 24 ferries of its own (other harbours, other
 * numbers), so the comparison has 6 shared facts and many single-outlet ones.
 */
function report(k: number): Article {
  const shared = Array.from(
    { length: 6 },
    (_, i) => `Ferry number ${i + 1} left the harbour of Tarnvik at dawn with ${i + 12} passengers.`,
  );
  const own = Array.from({ length: 24 }, (_, i) => OWN[k]!(i));
  return {
    id: `ferry-${k}`,
    origin: `ferry-${k}.txt`,
    source: OUTLETS[k],
    title: `Ferries leave Tarnvik (${OUTLETS[k]})`,
    published: `2026-03-0${k + 1}T08:00:00Z`,
    text: [...shared, ...own].join(' '),
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

const byId = (facts: readonly FactGroup[]) => new Map(facts.map((f) => [f.id, f]));

test('the story answer holds a digest of the whole coverage, with its totals', async () => {
  const story = await call(app, `/api/stories/${STORY}`);
  assert.equal(story.status, 200);
  assert.deepEqual(schemaProblems(SCHEMAS.StoryDetail, story.body), []);
  const whole = await call(app, `/api/stories/${STORY}/coverage?limit=1000`);
  assert.equal(whole.status, 200);
  assert.deepEqual(schemaProblems(SCHEMAS.StoryCoverage, whole.body), []);
  const all: FactGroup[] = whole.body.coverage.facts;
  const digest: FactGroup[] = story.body.coverage.facts;
  assert.ok(all.length > STORY_COVERAGE_FACTS, `more facts than a page shows (${all.length})`);
  assert.equal(digest.length, STORY_COVERAGE_FACTS);
  assert.deepEqual(story.body.coverageTotals, whole.body.coverageTotals);
  assert.equal(story.body.coverageTotals.facts, all.length);
  // Each fact of the digest is the whole's fact of that id (its first wordings), in the whole's order.
  const wholeById = byId(all);
  for (const f of digest) {
    const w = wholeById.get(f.id)!;
    const { members, wordings, ...rest } = f as FactGroup & { wordings?: number };
    const { members: all, ...wholeRest } = w;
    assert.deepEqual(rest, wholeRest, f.id);
    assert.equal(wordings, all.length > STORY_FACT_WORDINGS ? all.length : undefined, f.id);
    assert.ok(
      members.length <= STORY_FACT_WORDINGS && members.every((m) => all.some((x) => x.text === m.text)),
    );
  }
  const order = all.map((f) => f.id).filter((id) => digest.some((f) => f.id === id));
  assert.deepEqual(
    digest.map((f) => f.id),
    order,
  );
  // What every outlet reports, and at least one fact each outlet alone reports.
  for (const f of all.filter((x) => x.reach === 'all'))
    assert.ok(
      digest.some((d) => d.id === f.id),
      f.id,
    );
  for (const outlet of OUTLETS)
    assert.ok(
      digest.some((f) => f.reach === 'one' && f.outlets[0] === outlet),
      `a fact only ${outlet} reports`,
    );
  for (const o of story.body.coverage.outlets as { facts: string[] }[])
    assert.ok(o.facts.every((id) => digest.some((f) => f.id === id)));
});

test('GET /api/stories/{id}/coverage pages the whole comparison (table)', async () => {
  const whole = (await call(app, `/api/stories/${STORY}/coverage?limit=1000`)).body;
  const total: number = whole.coverage.facts.length;
  const rows: { query: string; offset: number; limit: number }[] = [
    { query: '', offset: 0, limit: 100 },
    { query: '?limit=5&offset=3', offset: 3, limit: 5 },
    { query: `?offset=${total - 2}&limit=10`, offset: total - 2, limit: 10 },
    { query: `?offset=${total + 5}`, offset: total + 5, limit: 100 },
  ];
  for (const r of rows) {
    const a = await call(app, `/api/stories/${STORY}/coverage${r.query}`);
    assert.equal(a.status, 200, r.query);
    assert.deepEqual(schemaProblems(SCHEMAS.StoryCoverage, a.body), [], r.query);
    assert.deepEqual(a.body.factsPage, { offset: r.offset, limit: r.limit, total }, r.query);
    assert.deepEqual(
      a.body.coverage.facts,
      whole.coverage.facts.slice(r.offset, r.offset + r.limit),
      r.query,
    );
    assert.deepEqual(a.body.coverage.outlets, whole.coverage.outlets, `${r.query}: outlets whole`);
  }
  const missing = await call(app, '/api/stories/story:nowhere/coverage');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'NOT_FOUND');
  for (const q of ['?limit=0', '?offset=-1', '?limit=abc']) {
    const bad = await call(app, `/api/stories/${STORY}/coverage${q}`);
    assert.equal(bad.status, 400, q);
  }
});

test('the story page shows the digest and links to the whole matrix, a page of facts at a time', async () => {
  const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
  const page = await (await app.request(`/stories/${STORY}`)).text();
  assert.equal(count(page, /<tr class="fact /g), STORY_COVERAGE_FACTS);
  const { coverageTotals } = (await call(app, `/api/stories/${STORY}`)).body;
  assert.match(page, new RegExp(`Shown: ${STORY_COVERAGE_FACTS} of ${coverageTotals.facts} facts`));
  assert.match(page, new RegExp(`href="/stories/${encodeURIComponent(STORY)}/coverage"`));
  const whole = await app.request(`/stories/${STORY}/coverage`);
  assert.equal(whole.status, 200);
  const html = await whole.text();
  assert.equal(count(html, /<tr class="fact /g), Math.min(coverageTotals.facts, FACTS_PER_PAGE));
  assert.equal(count(html, /<span class="badge">only /g), Math.min(coverageTotals.one, FACTS_PER_PAGE));
  const beyond = await (await app.request(`/stories/${STORY}/coverage?page=9`)).text();
  assert.match(beyond, /No facts on this page/);
  assert.equal((await app.request('/stories/story:nowhere/coverage')).status, 404);
});
