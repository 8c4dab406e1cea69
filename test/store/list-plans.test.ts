/**
 * `listStories` picks its query by how many articles a filter matches (rare: list the stories first; common:
 * walk the ordered index) and reads the 'growing' order in two queries. Both ways must give exactly the order
 * of the definition; this test puts over 2,000 articles on one side of the threshold and a few on the other and
 * checks every page against a brute-force order computed here.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { articleRecord, openStore, type Store, type StoryRow } from '../../src/services/store/index.ts';
import { INGESTED_AT, sampleAnalyses, summary } from './helpers.ts';

/** Over the planner's threshold (2,000 matching articles), so the common-value plan runs. */
const COMMON = 2100;
/** Articles per story. */
const PER_STORY = 3;
const DAY_MS = 86_400_000;

interface Fixture {
  readonly id: string;
  readonly lang: string;
  readonly published: string;
  readonly rareEntity: boolean;
}

let store: Store;
const articles: Fixture[] = [];
const stories = new Map<string, string[]>();

function iso(day: number): string {
  return new Date(Date.UTC(2026, 0, 1) + day * DAY_MS).toISOString();
}

before(async () => {
  store = openStore({ path: ':memory:' });
  const base = (await sampleAnalyses())[0];
  const record = articleRecord(base, { ingestedAt: INGESTED_AT });
  const total = COMMON + 30;
  await store.transaction(async (tx) => {
    for (let i = 0; i < total; i++) {
      // Every 70th article is in a rare language and names a rare entity; days spread so stories differ.
      const rare = i % 70 === 0;
      const f: Fixture = {
        id: `a${i}`,
        lang: rare ? 'xx' : 'en',
        published: iso((i * 7) % 400),
        rareEntity: rare,
      };
      articles.push(f);
      const entities = rare
        ? [
            ...record.entities,
            { key: 'test:rare', type: 'other', surface: 'Rare', mentions: 1, country: null },
          ]
        : record.entities;
      await tx.putRecord({ ...record, id: f.id, lang: f.lang, published: f.published, entities });
    }
    for (let s = 0; s * PER_STORY < total; s++) {
      const members = articles.slice(s * PER_STORY, (s + 1) * PER_STORY);
      const dates = members.map((m) => m.published.slice(0, 10)).sort();
      const id = `s${String(s).padStart(4, '0')}`;
      stories.set(
        id,
        members.map((m) => m.id),
      );
      await tx.putStory(
        summary(
          id,
          members.map((m) => m.id),
          { firstSeen: dates[0], lastSeen: dates[dates.length - 1] },
        ),
      );
      for (const m of members) await tx.setMembership(m.id, id, 1);
    }
  });
});

after(async () => {
  await store.close();
});

/** Every page of a listing, concatenated. */
async function allPages(o: Parameters<Store['listStories']>[0], pageSize: number): Promise<string[]> {
  const out: string[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page: StoryRow[] = await store.listStories({ ...o, limit: pageSize, offset });
    out.push(...page.map((s) => s.id));
    if (page.length < pageSize) return out;
  }
}

/** The newest order of the definition: last seen first, then size, then id. */
function newestOrder(ids: readonly string[], lastSeen: (id: string) => string): string[] {
  return [...ids].sort((x, y) => {
    const lx = lastSeen(x);
    const ly = lastSeen(y);
    if (lx !== ly) return lx < ly ? 1 : -1;
    const nx = stories.get(x)!.length;
    const ny = stories.get(y)!.length;
    return ny - nx || (x < y ? -1 : 1);
  });
}

function lastSeenOf(id: string): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return stories
    .get(id)!
    .map((m) => byId.get(m)!.published.slice(0, 10))
    .sort()
    .at(-1)!;
}

function storiesWhere(pred: (a: Fixture) => boolean): string[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return [...stories].filter(([, members]) => members.some((m) => pred(byId.get(m)!))).map(([id]) => id);
}

test('member filters: the common-value and rare-value plans both give the newest order, page by page', async () => {
  const en = storiesWhere((a) => a.lang === 'en');
  const rare = storiesWhere((a) => a.rareEntity);
  const rows: [string, Parameters<Store['listStories']>[0], string[]][] = [
    ['common language', { lang: 'en' }, en],
    ['rare language', { lang: 'xx' }, storiesWhere((a) => a.lang === 'xx')],
    ['absent language', { lang: 'zz' }, []],
    ['absent entity', { entity: 'test:absent' }, []],
    ['rare entity', { entity: 'test:rare' }, rare],
    // Each filter on any member: stories with an English member and a member naming the rare entity.
    [
      'rare entity and common language',
      { entity: 'test:rare', lang: 'en' },
      rare.filter((id) => en.includes(id)),
    ],
  ];
  for (const [name, o, ids] of rows) {
    assert.deepEqual(await allPages(o, 97), newestOrder(ids, lastSeenOf), name);
  }
  assert.ok(en.length > 600 && rare.length > 20, `${en.length} / ${rare.length}`);
  // A key every article names (over the threshold): every story.
  const common = (await store.getArticle('a1'))!.analysis.annotations.entities.entities[0]?.key;
  if (common) {
    const expected = newestOrder([...stories.keys()], lastSeenOf);
    assert.deepEqual(await allPages({ entity: common }, 250), expected, 'common entity');
  }
});

test('growing: stories with members in the last two days first (most first), then the newest order', async () => {
  const latest = articles
    .map((a) => a.published)
    .sort()
    .at(-1)!;
  const since = new Date(Date.parse(latest) - 2 * DAY_MS).toISOString();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const recent = (id: string) => stories.get(id)!.filter((m) => byId.get(m)!.published >= since).length;
  const ids = [...stories.keys()];
  const newest = newestOrder(ids, lastSeenOf);
  const rank = new Map(newest.map((id, i) => [id, i]));
  const expected = [...ids].sort((x, y) => recent(y) - recent(x) || rank.get(x)! - rank.get(y)!);
  assert.ok(recent(expected[0]) > 0 && recent(expected.at(-1)!) === 0, 'both parts are present');
  for (const pageSize of [1, 7, 50, 1000]) {
    assert.deepEqual(await allPages({ order: 'growing' }, pageSize), expected, `pages of ${pageSize}`);
  }
  const xx = storiesWhere((a) => a.lang === 'xx');
  const expectedXx = expected.filter((id) => xx.includes(id));
  assert.deepEqual(await allPages({ order: 'growing', lang: 'xx' }, 3), expectedXx, 'growing with a filter');
});
