/**
 * The web UI's pages through `webApp(lib).request`, against the real library with the bundled samples and a
 * hostile fixture ingested into `:memory:`: statuses, key content, escaping of every piece of article text,
 * the map's highlighted countries, and 404s.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  attrValues,
  laneCount,
  ESCAPED_SCRIPT,
  openWebFixture,
  RAW_HOSTILE,
  type WebFixture,
} from './support.ts';
import { WORLD } from '../../src/web/map/world.ts';
import { STORIES_PER_PAGE } from '../../src/web/pages/stories.ts';
import { webApp } from '../../src/web/index.ts';

let fx: WebFixture;
before(async () => {
  fx = await openWebFixture();
});
after(async () => {
  await fx.lib.close();
});

/** Asserts a page is a complete document with a title, a main landmark and no raw hostile string. */
function assertPage(body: string, path: string): void {
  assert.match(body, /^<!doctype html>/, path);
  assert.match(body, /<title>[^<]+ · storyline<\/title>/, `${path}: a title`);
  assert.match(body, /<main id="main">/, `${path}: a main landmark`);
  for (const raw of RAW_HOSTILE) assert.ok(!body.includes(raw), `${path}: ${raw} unescaped`);
  assert.equal((body.match(/<script/g) ?? []).length, 1, `${path}: only the bundled script`);
  assert.ok(
    !/\b(src|action)="https?:|<link[^>]*href="https?:/.test(body),
    `${path}: nothing loaded from elsewhere`,
  );
}

test('story list: newest first by default, every story linked, counts and dates shown', async () => {
  const { status, body, headers } = await fx.get('/');
  assert.equal(status, 200);
  assertPage(body, '/');
  assert.match(headers.get('content-security-policy') ?? '', /default-src 'none'/);
  const stories = await fx.lib.stories({ order: 'newest', limit: STORIES_PER_PAGE });
  const linked = attrValues(body, 'href', /href="\/stories\//).map((h) => decodeURIComponent(h.slice(9)));
  assert.deepEqual(
    linked,
    stories.map((s) => s.id),
  );
  assert.match(body, /<a href="\/" aria-current="page">Newest<\/a>/);
  assert.match(body, /\d+ articles · <\/span>|\d+ articles<\/span>/);
});

test('story list: order tabs, filters and paging (table)', async () => {
  const all = await fx.lib.stats();
  const rows: { path: string; expect: (b: string) => void }[] = [
    { path: '/?order=largest', expect: (b) => assert.match(b, /aria-current="page">Largest</) },
    { path: '/?order=growing', expect: (b) => assert.match(b, /aria-current="page">Growing fastest</) },
    { path: '/?order=bogus', expect: (b) => assert.match(b, /aria-current="page">Newest</) },
    {
      path: '/?lang=tr',
      expect: (b) => assert.match(b, /<option value="tr" selected>Turkish \(tr\)<\/option>/),
    },
    {
      path: '/?source=Meridian%20Wire',
      expect: (b) => assert.match(b, /<option value="Meridian Wire" selected>/),
    },
    { path: '/?lang=xx', expect: (b) => assert.match(b, /No story matches these filters/) },
    { path: '/?page=999', expect: (b) => assert.match(b, /No stor(y|ies)/) },
    { path: '/?page=-3', expect: (b) => assert.match(b, /<ol class="stories" start="1">/) },
  ];
  for (const r of rows) {
    const { status, body } = await fx.get(r.path);
    assert.equal(status, 200, r.path);
    assertPage(body, r.path);
    r.expect(body);
  }
  const largest = await fx.lib.stories({ order: 'largest', limit: STORIES_PER_PAGE });
  const { body } = await fx.get('/?order=largest');
  const first = attrValues(body, 'href', /href="\/stories\//)[0];
  assert.equal(decodeURIComponent(first.slice(9)), largest[0].id, 'largest story first');
  const turkish = await fx.get('/?lang=tr');
  const trStories = await fx.lib.stories({ lang: 'tr', limit: STORIES_PER_PAGE });
  assert.equal(attrValues(turkish.body, 'href', /href="\/stories\//).length, trStories.length);
  assert.ok(trStories.length > 0 && trStories.length < all.stories, 'the filter narrows the list');
});

test("story list: each tab lists the library's stories in its order", async () => {
  for (const order of ['newest', 'largest', 'growing'] as const) {
    const { body } = await fx.get(`/?order=${order}`);
    const linked = attrValues(body, 'href', /href="\/stories\//).map((h) => decodeURIComponent(h.slice(9)));
    const expected = (await fx.lib.stories({ order, limit: STORIES_PER_PAGE })).map((s) => s.id);
    assert.deepEqual(linked, expected, order);
  }
});

test('story list and search: pages follow each other without gaps or repeats', async () => {
  const size = 4;
  const app = webApp(fx.lib, { pageSize: size });
  const read = async (path: string) => (await app.request(path)).text();
  const { stories } = await fx.lib.stats();
  const seen: string[] = [];
  let path: string | undefined = '/?order=largest';
  for (let n = 1; path; n++) {
    const body = await read(path);
    const ids = attrValues(body, 'href', /href="\/stories\//).map((h) => decodeURIComponent(h.slice(9)));
    assert.ok(ids.length <= size, `page ${n} holds at most ${size}`);
    seen.push(...ids);
    const next = attrValues(body, 'href', /rel="next"/)[0];
    if (n > 1) assert.equal(attrValues(body, 'href', /rel="prev"/).length, 1, `page ${n} links back`);
    path = next?.replace(/&amp;/g, '&');
  }
  const all = (await fx.lib.stories({ order: 'largest', limit: 1000 })).map((s) => s.id);
  assert.equal(seen.length, stories);
  assert.deepEqual(seen, all, 'pages in order, every story once');
  const hits = await fx.lib.search('Aqualis', { limit: 100 });
  assert.ok(hits.length > size, 'enough hits to page');
  const first = await read('/search?q=Aqualis');
  assert.match(first, /rel="next" href="\/search\?q=Aqualis&amp;page=2"/);
  const second = await read('/search?q=Aqualis&page=2');
  assert.match(second, /<ol class="results" start="5">/);
  const onSecond = attrValues(second, 'href', /href="\/articles\//);
  assert.deepEqual(
    onSecond,
    hits.slice(size, 2 * size).map((h) => `/articles/${h.id}`),
  );
});

test('story page: facts line, outlet lanes, event dates, map, chips, quotes, coverage matrix, compare links', async () => {
  const bosphorus = (await fx.lib.search('Bosphorus aground', { limit: 1 }))[0];
  const detail = (await fx.lib.story(bosphorus.storyId!))!;
  const path = `/stories/${encodeURIComponent(detail.story.id)}`;
  const { status, body } = await fx.get(path);
  assert.equal(status, 200);
  assertPage(body, path);
  for (const o of detail.summary.outlets)
    assert.ok(body.includes(`<span class="outlet">${o.name}</span>`), o.name);
  const lanes = attrValues(body, 'class', /class="lane"/).length;
  assert.equal(lanes, laneCount(detail), 'one lane per outlet');
  assert.equal(
    attrValues(body, 'href', /class="dot"/).length,
    detail.articles.filter((a) => a.published).length,
  );
  for (const t of detail.summary.timeline)
    assert.ok(body.includes(`<time datetime="${t.date}">${t.date}</time>`), t.date);
  assert.ok(
    detail.summary.timeline.some((t) => t.date === '2026-03-12'),
    'the grounding day is on the timeline',
  );
  for (const s of detail.speakers.filter((x) => x.speakerKey)) {
    assert.ok(body.includes(`href="/entities/${encodeURIComponent(s.speakerKey!)}"`), s.speaker);
  }
  const facts = attrValues(body, 'data-reach', /class="fact/);
  assert.equal(facts.length, detail.coverage.facts.length, 'one matrix row per fact');
  assert.equal(
    attrValues(body, 'data-reach', /class="fact only"/).length,
    detail.coverage.facts.filter((f) => f.reach === 'one').length,
    'facts only one outlet reports are highlighted',
  );
  // One cell per outlet in every fact row: "reported" where the outlet reports it, blank where it does not.
  const rows = body
    .split('<tr class="fact')
    .slice(1)
    .map((r) => r.slice(0, r.indexOf('</tr>')));
  detail.coverage.facts.forEach((f, i) => {
    const cells = rows[i]!.match(/<td class="(yes|no)"/g) ?? [];
    assert.equal(cells.length, detail.coverage.outlets.length, `${f.id}: cells`);
    const yes = detail.coverage.outlets.map((o) => f.outlets.includes(o.outlet));
    assert.deepEqual(
      cells.map((c) => c.includes('yes')),
      yes,
      `${f.id}: reported by`,
    );
  });
  const compares = attrValues(body, 'href', /class="compare-link"/);
  assert.equal(compares.length, detail.articles.length);
  assert.match(compares[0], /^\/compare\?a=[0-9a-f]+&amp;b=[0-9a-f]+$/);
  assert.match(body, /<form class="compare-form" method="get" action="\/compare">/);
});

test("story page map: exactly the story's countries are highlighted, weighted, and listed", async () => {
  const onMap = new Set(WORLD.shapes.map((s) => s.code));
  for (const { storyId } of await fx.lib.search('Bosphorus', { limit: 5 })) {
    const detail = (await fx.lib.story(storyId!))!;
    const { body } = await fx.get(`/stories/${encodeURIComponent(detail.story.id)}`);
    const lit = attrValues(body, 'data-cc', /<path class="on w\d"/).sort();
    const expected = detail.countries
      .map((c) => c.code)
      .filter((c) => onMap.has(c))
      .sort();
    assert.deepEqual(lit, expected);
    assert.ok(lit.includes('TR'), 'Türkiye is highlighted for the Bosphorus story');
    const listed = attrValues(body, 'data-cc', /<li data-cc=/);
    assert.deepEqual(
      listed,
      detail.countries.map((c) => c.code),
      'the legend lists every country, most first',
    );
    const top = detail.countries[0];
    assert.match(
      body,
      new RegExp(`<path class="on w4" data-cc="${top.code}"`),
      'the most named country is darkest',
    );
    assert.match(body, /<desc id="map-desc">Countries named: [^<]*Türkiye/);
  }
  const { body } = await fx.get(`/stories/${encodeURIComponent(fx.hostile.story)}`);
  assert.deepEqual(
    attrValues(body, 'data-cc', /<path class="on/),
    ['NO'],
    'the fixture story names Norway only',
  );
});

test('escaping: hostile titles, texts, outlets and URLs come out escaped on every page', async () => {
  const { a, b, story } = fx.hostile;
  const entity = (await fx.lib.article(a))!.json.entities.find((e) => e.name === 'Ilse Varnhout')!;
  const pages = [
    { path: '/', title: true },
    { path: '/?source=Velm%20%22%26%3C%3E%20Gazette', title: true },
    { path: `/stories/${encodeURIComponent(story)}`, title: true },
    { path: `/articles/${a}`, title: true },
    { path: `/articles/${b}`, title: true },
    { path: `/compare?a=${a}&b=${b}`, title: true },
    { path: '/search?q=festival', title: true },
    { path: `/entities/${encodeURIComponent(entity.key)}`, title: true },
    { path: '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', title: true },
    { path: '/nowhere/%3Cscript%3Ealert(1)%3C%2Fscript%3E', title: false },
  ];
  for (const p of pages) {
    const { body } = await fx.get(p.path);
    assertPage(body, p.path);
    if (p.title) assert.ok(body.includes(ESCAPED_SCRIPT), `${p.path}: the markup shown as text`);
  }
  const article = (await fx.get(`/articles/${a}`)).body;
  assert.ok(article.includes('Velm &quot;&amp;&lt;&gt; Gazette'), 'outlet name escaped');
  assert.ok(!article.includes('rel="noreferrer nofollow"'), 'no link for a javascript: URL');
  const other = (await fx.get(`/articles/${b}`)).body;
  assert.ok(other.includes('Northern &lt;b&gt;Quay&lt;/b&gt; Post'));
  assert.ok(other.includes('href="https://quay-post.test/velm-festival"'), 'an https URL is linked');
  const compare = (await fx.get(`/compare?a=${a}&b=${b}`)).body;
  assert.match(
    compare,
    /<mark class="shared" data-key="[^"]+">Port Velm<\/mark>/,
    'shared names marked in the text',
  );
});

test('compare page: verdict, seven dimensions, both texts with linked aligned sentences, facts only in A / B', async () => {
  const s = (await fx.lib.stories({ order: 'largest', limit: 1 }))[0];
  const d = (await fx.lib.story(s.id))!;
  const [x, y] = [d.articles[0].id, d.articles[1].id];
  const cmp = await fx.lib.compare(x, y);
  const { status, body } = await fx.get(`/compare?a=${x}&b=${y}`);
  assert.equal(status, 200);
  assertPage(body, 'compare');
  assert.ok(body.includes(cmp.result.sameStory ? '>Same story<' : '>Different stories<'));
  for (const dim of ['Overall', 'Geography', 'Entities', 'Time', 'Narrative', 'Style', 'Tone']) {
    assert.ok(body.includes(`<dt>${dim}</dt>`), dim);
  }
  assert.equal(attrValues(body, 'style', /class="fill"/).length, 7);
  assert.ok(body.includes(`<span class="value">${cmp.result.scores.overall.toFixed(2)}</span>`));
  const aligned = cmp.result.evidence.alignedSentences;
  assert.ok(aligned.length > 0, 'the two articles of one story share sentences');
  const links = attrValues(body, 'href', /class="sent aligned" id="a-s/);
  assert.ok(links.length > 0, 'aligned sentences of A link to B');
  for (const href of links) {
    const target = href.slice(1);
    assert.match(body, new RegExp(`id="${target}"`), `${href} points at a sentence of B`);
  }
  assert.equal(attrValues(body, 'id', /class="sent aligned" id="b-s/).length > 0, true, 'and B links back');
  const onlyA = cmp.result.evidence.onlyInA.length;
  assert.equal(attrValues(body, 'href', /href="#a-s\d+"/).length >= onlyA, true);
});

test('article, entity and search pages', async () => {
  const hit = (await fx.lib.search('Aqualis', { limit: 1 }))[0];
  const art = await fx.get(`/articles/${hit.id}`);
  assert.equal(art.status, 200);
  assertPage(art.body, 'article');
  assert.ok(art.body.includes(`href="/stories/${encodeURIComponent(hit.storyId!)}"`), 'links its story');
  const text = /<div class="text"[^>]*>([\s\S]*?)<\/div>/.exec(art.body)?.[1] ?? '';
  const lines = (await fx.lib.article(hit.id))!.body.split('\n').filter((l) => l.trim());
  assert.equal((text.match(/<p>/g) ?? []).length, lines.length, 'one paragraph per line of the body');
  assert.ok(lines.length > 1);
  const detail = (await fx.lib.article(hit.id))!;
  const person = detail.json.entities.find((e) => e.type === 'person')!;
  assert.ok(art.body.includes(`href="/entities/${encodeURIComponent(person.key)}"`));
  const ent = await fx.get(`/entities/${encodeURIComponent(person.key)}`);
  assert.equal(ent.status, 200);
  assertPage(ent.body, 'entity');
  assert.ok(ent.body.includes(`href="/articles/${hit.id}"`), 'the entity page lists the article');
  const search = await fx.get('/search?q=Aqualis');
  assert.equal(search.status, 200);
  assertPage(search.body, 'search');
  const hits = await fx.lib.search('Aqualis', { limit: 20 });
  assert.equal(attrValues(search.body, 'href', /href="\/articles\//).length, hits.length);
  assert.ok(search.body.includes('>story</a>'), 'results link their stories');
  const filtered = await fx.get('/search?q=Aqualis&lang=it');
  const itHits = await fx.lib.search('Aqualis', { lang: 'it', limit: 20 });
  assert.equal(attrValues(filtered.body, 'href', /href="\/articles\//).length, itHits.length);
  assert.ok(itHits.length < hits.length);
  const none = await fx.get('/search?q=zzzqqqxxy');
  assert.match(none.body, /No article matches/);
  const empty = await fx.get('/search');
  assert.equal(empty.status, 200);
  assert.match(empty.body, /Words must all occur/);
});

test('404s and 400s (table)', async () => {
  const rows: { path: string; status: number; text: RegExp }[] = [
    { path: '/stories/story:nope', status: 404, text: /No story has this id/ },
    { path: '/articles/0000000000000000', status: 404, text: /No article has this id/ },
    { path: '/entities/person:nobody-at-all', status: 404, text: /No article names this entity/ },
    {
      path: `/compare?a=${fx.hostile.a}&b=0000000000000000`,
      status: 404,
      text: /article 0000000000000000: not found/,
    },
    { path: '/compare?a=only-one', status: 400, text: /Compare needs two article ids/ },
    { path: '/no/such/page', status: 404, text: /There is no page at this address/ },
    { path: '/assets/nothing.css', status: 404, text: /No such asset/ },
  ];
  for (const r of rows) {
    const { status, body } = await fx.get(r.path);
    assert.equal(status, r.status, r.path);
    assertPage(body, r.path);
    assert.match(body, r.text, r.path);
  }
});

test('assets: the stylesheet and script are served from the repo with their types', async () => {
  const css = await fx.get('/assets/style.css');
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
  assert.match(css.body, /\.matrix/);
  assert.ok(!/@import|url\(\s*['"]?https?:/.test(css.body), 'nothing loaded from the network');
  const js = await fx.get('/assets/app.js');
  assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.ok(!/fetch\(|XMLHttpRequest|https?:\/\//.test(js.body));
});
