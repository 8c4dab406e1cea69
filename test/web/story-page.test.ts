/**
 * The story page as a pure function of a StoryDetail (fictional, built here): the caps on big stories, the
 * facts line without outlets, lanes named by the coverage's outlet names, and unattributed quotes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryDetail } from '../../src/services/library/types.ts';
import { MAX_LISTED_ARTICLES, MAX_TIMELINE_ARTICLES, storyPage } from '../../src/web/pages/story.ts';

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
  };
}

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

test('story page caps: lanes, the article table and the compare form stay bounded (table)', () => {
  for (const n of [1, 2, 7, MAX_LISTED_ARTICLES + 1, MAX_TIMELINE_ARTICLES + 100]) {
    const html = String(storyPage(detail(n)));
    assert.equal(count(html, /class="dot"/g), Math.min(n, MAX_TIMELINE_ARTICLES), `${n}: dots`);
    assert.equal(
      count(html, /class="compare-link"/g),
      n > 1 ? Math.min(n, MAX_LISTED_ARTICLES) : 0,
      `${n}: rows`,
    );
    assert.equal(count(html, /<option value="a\d+"/g), n > 1 ? 2 * Math.min(n, MAX_LISTED_ARTICLES) : 0);
    assert.equal(html.includes(`The first ${MAX_LISTED_ARTICLES} of ${n} articles`), n > MAX_LISTED_ARTICLES);
    assert.equal(
      html.includes(`The first ${MAX_TIMELINE_ARTICLES} of ${n} articles.`),
      n > MAX_TIMELINE_ARTICLES,
    );
    assert.equal(count(html, /class="lane"/g), Math.min(n, OUTLETS.length));
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
