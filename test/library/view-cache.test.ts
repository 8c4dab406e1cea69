/**
 * The library's cache of decoded story views: bounded by characters of view JSON (least recently used
 * dropped first), found only under the story's current members, so a page read twice decodes its view once
 * and a story that grew is read afresh.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createViewCache, type PageView } from '../../src/services/library/detail.ts';
import { openLibrary } from '../../src/services/library/index.ts';
import type { Article } from '../../src/core/types.ts';
import { now } from './helpers.ts';

/** A view told apart by its `picked` field (the rest is empty: the cache never looks inside). */
const view = (tag: string): PageView => ({
  picked: tag,
  notes: [],
  members: [],
  coverageTotals: { facts: 0, all: 0, some: 0, one: 0, entities: 0 },
  quoteTotals: { speakers: 0, quotes: 0 },
  part: new Uint8Array(),
});

test('view cache: by story and signature, bounded by characters (table)', () => {
  const rows: {
    name: string;
    max: number;
    steps: [string, string, string, number][];
    gets: [string, string, string | undefined][];
    chars: number;
  }[] = [
    { name: 'empty', max: 100, steps: [], gets: [['s1', 'g1', undefined]], chars: 0 },
    {
      name: 'found only under its signature',
      max: 100,
      steps: [['s1', 'g1', 'v1', 10]],
      gets: [
        ['s1', 'g1', 'v1'],
        ['s1', 'g2', undefined],
        ['s2', 'g1', undefined],
      ],
      chars: 10,
    },
    {
      name: 'a newer view of the story replaces the older',
      max: 100,
      steps: [
        ['s1', 'g1', 'v1', 10],
        ['s1', 'g2', 'v2', 30],
      ],
      gets: [
        ['s1', 'g1', undefined],
        ['s1', 'g2', 'v2'],
      ],
      chars: 30,
    },
    {
      name: 'least recently used first past the size (a get counts as a use)',
      max: 100,
      steps: [
        ['s1', 'g', 'v1', 40],
        ['s2', 'g', 'v2', 40],
        ['s1', 'g', 'GET', 0],
        ['s3', 'g', 'v3', 40],
      ],
      gets: [
        ['s1', 'g', 'v1'],
        ['s2', 'g', undefined],
        ['s3', 'g', 'v3'],
      ],
      chars: 80,
    },
    {
      name: 'larger than the cache: not kept',
      max: 100,
      steps: [['s1', 'g', 'v1', 101]],
      gets: [['s1', 'g', undefined]],
      chars: 0,
    },
    {
      name: 'size 0 keeps nothing',
      max: 0,
      steps: [['s1', 'g', 'v1', 1]],
      gets: [['s1', 'g', undefined]],
      chars: 0,
    },
  ];
  for (const r of rows) {
    const c = createViewCache(r.max);
    for (const [id, sig, tag, chars] of r.steps) {
      if (tag === 'GET') c.get(id, sig);
      else c.set(id, sig, view(tag), chars);
    }
    for (const [id, sig, tag] of r.gets) assert.equal(c.get(id, sig)?.picked, tag, `${r.name}: ${id}/${sig}`);
    assert.equal(c.chars, r.chars, `${r.name}: chars`);
  }
});

/** A fictional article of the "bridge closure" story. */
function bridge(n: number): Article {
  return {
    id: `bridge-${n}`,
    title: `Ostrava river bridge stays closed, day ${n}`,
    text:
      `OSTRAVA — The Lanna river bridge in Ostrava stayed closed for a ${n}th day on Tuesday after ` +
      `inspectors found cracks in two of its piers, the city transport office said. "No car will cross ` +
      `until the piers are braced," chief engineer Marta Kolarova told the city council.`,
    origin: `test:bridge-${n}`,
    source: n % 2 ? 'Harbour Ledger' : 'Meridian Wire',
    published: `2026-05-0${n}T09:00:00Z`,
  };
}

test('a story page decodes its view once while its members stay the same', async () => {
  for (const [chars, reads] of [
    [undefined, 1],
    [0, 3],
  ] as const) {
    const lib = await openLibrary({ db: ':memory:', workers: 0, now, viewCacheChars: chars });
    try {
      const { articles } = await lib.ingestArticles([bridge(1), bridge(2), bridge(3)]);
      const id = articles[0]!.storyId;
      assert.ok(
        articles.every((a) => a.storyId === id),
        'one story',
      );
      let got = 0;
      const store = lib.store as { getStoryView: typeof lib.store.getStoryView };
      const read = store.getStoryView.bind(lib.store);
      store.getStoryView = (sid) => {
        got++;
        return read(sid);
      };
      const d1 = await lib.story(id);
      await lib.story(id, { articles: { limit: 1 } });
      const d3 = await lib.story(id);
      assert.equal(got, reads, `viewCacheChars ${chars}: views read`);
      assert.deepEqual(d3, d1);
      // The story grows: its view is read (built) again, and shows the new member.
      await lib.ingestArticles([bridge(4)]);
      const d4 = await lib.story(id);
      // Read twice: by the ingest, which prepares the new view, and by the page (the cached one is stale).
      assert.equal(got, reads + 2);
      assert.equal(d4?.articles.length, 4);
      assert.equal(d4?.articlesPage?.total, 4);
    } finally {
      await lib.close();
    }
  }
});
