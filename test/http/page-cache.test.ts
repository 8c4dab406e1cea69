/**
 * The page cache: kept answers by address under the store's last sequence number, bounded by bytes (least
 * recently used dropped first); and through the app, story pages (API and web UI) built once while nothing
 * is stored, built again after an ingest, and never kept for an error or another address.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/http/app.ts';
import { createPageCache, type CachedPage } from '../../src/http/page-cache.ts';
import { openLibrary } from '../../src/services/library/index.ts';
import type { Library } from '../../src/services/library/types.ts';
import type { Article } from '../../src/core/types.ts';
import { FIXED_NOW } from './support.ts';

const page = (bytes: number, tag = 'x'): CachedPage => ({
  body: Buffer.from(tag.repeat(bytes)),
  headers: { 'content-type': 'text/plain' },
});

test('page cache: by address under one sequence number, bounded by bytes (table)', () => {
  const rows: {
    name: string;
    steps: (c: ReturnType<typeof createPageCache>) => void;
    hits: [number, string, boolean][];
    bytes: number;
  }[] = [
    { name: 'empty', steps: () => {}, hits: [[1, '/a', false]], bytes: 0 },
    {
      name: 'kept under its number only',
      steps: (c) => c.set(1, '/a', page(10)),
      hits: [
        [1, '/a', true],
        [1, '/b', false],
        [2, '/a', false],
        [0, '/a', false],
      ],
      bytes: 10,
    },
    {
      name: 'a newer number empties it',
      steps: (c) => {
        c.set(1, '/a', page(10));
        c.set(2, '/b', page(5));
      },
      hits: [
        [1, '/a', false],
        [2, '/a', false],
        [2, '/b', true],
      ],
      bytes: 5,
    },
    {
      name: 'an older number is not kept',
      steps: (c) => {
        c.set(2, '/b', page(5));
        c.set(1, '/a', page(10));
      },
      hits: [
        [2, '/b', true],
        [1, '/a', false],
      ],
      bytes: 5,
    },
    {
      name: 'past the size the least recently used goes',
      steps: (c) => {
        c.set(1, '/a', page(40));
        c.set(1, '/b', page(40));
        c.get(1, '/a');
        c.set(1, '/c', page(40));
      },
      hits: [
        [1, '/a', true],
        [1, '/b', false],
        [1, '/c', true],
      ],
      bytes: 80,
    },
    {
      name: 'larger than the whole cache: not kept',
      steps: (c) => {
        c.set(1, '/a', page(10));
        c.set(1, '/big', page(101));
      },
      hits: [
        [1, '/a', true],
        [1, '/big', false],
      ],
      bytes: 10,
    },
    {
      name: 'the same address again replaces it',
      steps: (c) => {
        c.set(1, '/a', page(10, 'x'));
        c.set(1, '/a', page(20, 'y'));
      },
      hits: [[1, '/a', true]],
      bytes: 20,
    },
  ];
  for (const r of rows) {
    const c = createPageCache(100);
    r.steps(c);
    for (const [seq, key, hit] of r.hits)
      assert.equal(c.get(seq, key) !== undefined, hit, `${r.name}: ${key}@${seq}`);
    assert.equal(c.bytes, r.bytes, `${r.name}: bytes`);
  }
  const none = createPageCache(0);
  none.set(1, '/a', page(1));
  assert.equal(none.get(1, '/a'), undefined, 'a cache of 0 bytes keeps nothing');
});

/** A fictional article of the "harbour strike" story. */
function strike(n: number): Article {
  return {
    id: `strike-${n}`,
    title: `Harbour strike in Valmora enters day ${n}`,
    text:
      `VALMORA — Dock workers in the port of Valmora stayed off work for the ${n}th day on Monday, ` +
      `the Valmora Dockers Union said. "We will not load a single ship until the agreement is signed," ` +
      `union leader Ilse Marchetti told reporters at the harbour gate. Port director Tomas Ferrand said ` +
      `talks would resume on Thursday.`,
    origin: `test:strike-${n}`,
    source: n % 2 ? 'Harbour Ledger' : 'Meridian Wire',
    published: `2026-04-0${n}T08:00:00Z`,
  };
}

/** The library with `story` calls counted. */
function counting(lib: Library): { lib: Library; calls: () => number } {
  let calls = 0;
  const counted = new Proxy(lib, {
    get(target, prop, receiver) {
      // A story page is built from one of these (the API's JSON from `storyJson`, the web page from `story`).
      if (prop !== 'story' && prop !== 'storyJson' && prop !== 'storyCoverage')
        return Reflect.get(target, prop, receiver);
      const built = Reflect.get(target, prop, receiver) as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        calls++;
        return built.apply(target, args);
      };
    },
  });
  return { lib: counted, calls: () => calls };
}

test('story pages are built once while nothing is stored, and again after an ingest', async () => {
  const lib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW });
  try {
    const first = await lib.ingestArticles([strike(1), strike(2), strike(3)]);
    const storyId = first.articles[0]!.storyId;
    assert.ok(
      first.articles.every((a) => a.storyId === storyId),
      'one story',
    );
    const { lib: counted, calls } = counting(lib);
    const app = createApp(counted);
    const api = `/api/stories/${encodeURIComponent(storyId)}`;
    const web = `/stories/${encodeURIComponent(storyId)}`;
    const get = async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text(), res };
    };

    const a1 = await get(api);
    const a2 = await get(api);
    assert.equal(a1.status, 200);
    assert.equal(a2.text, a1.text);
    assert.equal(a2.type, 'application/json');
    assert.equal(a2.res.headers.get('cache-control'), 'no-store', 'API headers on a kept answer too');
    assert.equal(calls(), 1, 'the second API answer was kept');
    const w1 = await get(web);
    const w2 = await get(web);
    assert.equal(w2.text, w1.text);
    assert.match(w2.type ?? '', /^text\/html/);
    assert.match(w2.res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(calls(), 2, 'the second page was kept');
    // Another address is another answer (another page of articles).
    const paged = await get(`${api}?limit=1`);
    assert.equal(JSON.parse(paged.text).articles.length, 1);
    assert.equal(calls(), 3);
    // Errors are not kept.
    await get('/api/stories/story:none');
    await get('/api/stories/story:none');
    assert.equal(calls(), 5);
    // The whole coverage, JSON and HTML: kept the same way.
    for (const path of [`${api}/coverage`, `${web}/coverage`]) {
      const c1 = await get(path);
      const c2 = await get(path);
      assert.equal(c1.status, 200, path);
      assert.equal(c2.text, c1.text, path);
    }
    assert.equal(calls(), 7, 'the second coverage answers were kept');

    await lib.ingestArticles([strike(4)]);
    const a3 = await get(api);
    assert.equal(calls(), 8, 'built again after an ingest');
    assert.equal(JSON.parse(a3.text).articlesPage.total, 4);
    assert.equal(JSON.parse(a3.text).articles[0].id, 'strike-4', 'the newest first');
    const w3 = await get(web);
    assert.match(w3.text, /day 4/);
    assert.equal(calls(), 9);
  } finally {
    await lib.close();
  }
});

test('pageCacheBytes 0: every story page is built', async () => {
  const lib = await openLibrary({ db: ':memory:', workers: 0, now: FIXED_NOW });
  try {
    const { articles } = await lib.ingestArticles([strike(1), strike(2)]);
    const { lib: counted, calls } = counting(lib);
    const app = createApp(counted, { pageCacheBytes: 0 });
    for (let i = 0; i < 3; i++) {
      const res = await app.request(`/api/stories/${encodeURIComponent(articles[0]!.storyId)}`);
      assert.equal(res.status, 200);
    }
    assert.equal(calls(), 3);
  } finally {
    await lib.close();
  }
});
