/**
 * The story page as a pure function of a StoryDetail (fictional, built here): the caps on big stories, the
 * facts line without outlets, lanes named by the coverage's outlet names, and unattributed quotes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryDetail } from '../../src/services/library/types.ts';
import { ARTICLES_PER_PAGE, storyPage } from '../../src/web/pages/story.ts';
import { EVENT_ARTICLES_LISTED, LANE_BINS, LANE_DOTS } from '../../src/web/timeline.ts';

const OUTLETS = ['Harbour Ledger', 'Meridian Wire', 'Elbufer Zeitung'];

/** A fictional story of `n` articles, one every hour from 1 March 2026, outlets in turn. */
function detail(n: number, withSources = true): StoryDetail {
  const articles = Array.from({ length: n }, (_, i) => ({
    id: `a${String(i).padStart(4, '0')}`,
    title: `Fictional report ${i}`,
    lang: 'en',
    score: 1,
    published: new Date(Date.UTC(2026, 2, 1) + i * 3_600_000).toISOString(),
    ...(withSources ? { source: OUTLETS[i % OUTLETS.length] } : {}),
  }));
  const ids = articles.map((a) => a.id);
  return {
    story: {
      id: 'story:x',
      headline: 'A fictional story',
      articles: n,
      languages: 1,
      outlets: withSources ? 3 : 0,
    },
    summary: {
      id: 'story:x',
      headline: 'A fictional story',
      articles: n,
      members: ids,
      languages: [{ lang: 'en', articles: n }],
      outlets: withSources ? OUTLETS.map((name) => ({ name, articles: Math.ceil(n / 3) })) : [],
      firstSeen: '2026-03-01',
      lastSeen: '2026-03-02',
      entities: [],
      places: [],
      timeline: [{ date: '2026-03-01', count: 2, articles: ids.slice(0, 2) }],
    },
    articles,
    places: [],
    countries: [],
    speakers: [
      { speaker: '', quotes: [{ text: 'No one said who said this', articleId: ids[0], lang: 'en' }] },
    ],
    coverage: {
      outlets: articles.slice(0, 2).map((a, i) => ({
        outlet: `file-${i}.txt`,
        id: a.id,
        title: a.title,
        lang: 'en',
        facts: [],
        onlyHere: [],
        entities: [],
        quotes: [],
      })),
      facts: [],
      entities: [],
      speakers: [],
    },
    coverageTotals: { facts: 0, all: 0, some: 0, one: 0, entities: 0 },
    quoteTotals: { speakers: 1, quotes: 1 },
  };
}

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

test('story page caps: lanes, the article table and the compare form stay bounded (table)', () => {
  for (const n of [1, 2, 7, ARTICLES_PER_PAGE + 1, LANE_DOTS, LANE_DOTS + 1, 600]) {
    const html = String(storyPage(detail(n)));
    // Up to LANE_DOTS every article is a dot; past it a lane's articles close in time share a mark, and
    // every article is still counted on some mark.
    const singles = count(html, /class="dot"/g);
    const merged = [...html.matchAll(/class="dot dots"\s+data-n="(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(singles + merged.reduce((a, b) => a + b, 0), n, `${n}: every article on a mark`);
    if (n <= LANE_DOTS) assert.equal(merged.length, 0, `${n}: one dot per article`);
    else assert.ok(singles + merged.length <= OUTLETS.length * LANE_BINS, `${n}: marks bounded`);
    assert.equal(merged.length > 0, n > LANE_DOTS && n > OUTLETS.length * LANE_BINS, `${n}: merged marks`);
    assert.equal(
      count(html, /class="compare-link"/g),
      n > 1 ? Math.min(n, ARTICLES_PER_PAGE) : 0,
      `${n}: rows`,
    );
    assert.equal(count(html, /<option value="a\d+"/g), n > 1 ? 2 * Math.min(n, ARTICLES_PER_PAGE) : 0);
    assert.equal(
      html.includes(`Articles 1–${ARTICLES_PER_PAGE} of ${n}, newest first.`),
      n > ARTICLES_PER_PAGE,
    );
    assert.equal(html.includes('rel="next"'), n > ARTICLES_PER_PAGE, `${n}: older link`);
    assert.equal(html.includes('share a'), n > LANE_DOTS, `${n}: the lanes say marks are shared`);
    assert.equal(count(html, /class="lane"/g), Math.min(n, OUTLETS.length));
  }
});

/** The article ids of the table's rows, in order. */
const rowIds = (html: string) =>
  [...html.matchAll(/<td lang="en" dir="auto">\s*<a href="\/articles\/(a\d+)"/g)].map((m) => m[1]);

test('story page article table: pages of the newest first, newer/older links, past the end (table)', () => {
  const n = 2 * ARTICLES_PER_PAGE + 3;
  const id = (i: number) => `a${String(i).padStart(4, '0')}`;
  const rows: { page: number; first?: string; last?: string; rows: number; prev: boolean; next: boolean }[] =
    [
      { page: 1, first: id(n - 1), last: id(n - ARTICLES_PER_PAGE), rows: 50, prev: false, next: true },
      { page: 2, first: id(n - 51), last: id(n - 100), rows: 50, prev: true, next: true },
      { page: 3, first: id(2), last: id(0), rows: 3, prev: true, next: false },
      { page: 4, rows: 0, prev: true, next: false },
    ];
  for (const r of rows) {
    const html = String(storyPage(detail(n), { page: r.page }));
    const ids = rowIds(html);
    assert.equal(ids.length, r.rows, `page ${r.page}: rows`);
    if (r.first) assert.equal(ids[0], r.first, `page ${r.page}: newest first`);
    if (r.last) assert.equal(ids.at(-1), r.last, `page ${r.page}: last row`);
    assert.equal(html.includes('rel="prev"'), r.prev, `page ${r.page}: newer link`);
    assert.equal(html.includes('rel="next"'), r.next, `page ${r.page}: older link`);
    // The lanes place every article whatever the page.
    assert.equal(count(html, /class="dot"/g), n, `page ${r.page}: dots`);
  }
  const past = String(storyPage(detail(n), { page: 4 }));
  assert.match(past, /No articles on this page: the story has 103 articles\./);
  assert.match(
    past,
    /href="\/stories\/story%3Ax\?page=3#h-articles" rel="prev"|rel="prev" href="\/stories\/story%3Ax\?page=3#h-articles"/,
  );
});

test('story page event dates: at most the latest few titles listed under a date, the count in full', () => {
  for (const reporting of [2, EVENT_ARTICLES_LISTED, EVENT_ARTICLES_LISTED + 1, 300]) {
    const d = detail(300);
    const ids = d.articles.map((a) => a.id).slice(0, reporting);
    const withDate: StoryDetail = {
      ...d,
      summary: { ...d.summary, timeline: [{ date: '2026-03-01', count: reporting, articles: ids }] },
    };
    const html = String(storyPage(withDate));
    const events = html.slice(html.indexOf('class="events"'), html.indexOf('id="h-map"'));
    const listed = count(events, /<a href="\/articles\//g);
    assert.equal(listed, Math.min(reporting, EVENT_ARTICLES_LISTED), `${reporting}: titles listed`);
    assert.match(events, new RegExp(`${reporting} articles`));
    assert.equal(
      events.includes(`The latest ${EVENT_ARTICLES_LISTED} of ${reporting}.`),
      reporting > EVENT_ARTICLES_LISTED,
    );
    if (reporting > EVENT_ARTICLES_LISTED) {
      // The latest published first: the last id reporting it heads the list.
      assert.ok(events.indexOf(ids.at(-1)!) < events.indexOf(ids.at(-2)!));
      assert.ok(!events.includes(`/articles/${ids[0]}"`), 'the earliest is left out');
    }
  }
});

test('story page without sources: "outlet unknown", lanes named as the coverage names them', () => {
  const html = String(storyPage(detail(3, false)));
  assert.match(html, /3 articles ·\s+outlet unknown/);
  const lanes = [...html.matchAll(/<span class="lane-name">([^<]*)<\/span>/g)].map((m) => m[1]);
  assert.deepEqual(lanes, ['file-0.txt', 'file-1.txt', '(unknown outlet)']);
  assert.match(html, /<h3>\s*Unattributed/);
  assert.match(html, /No one said who said this/);
});
