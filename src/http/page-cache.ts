/**
 * Answers of story pages (the API's JSON and the web UI's HTML) kept in memory, as the bytes sent, while
 * nothing new is stored. Many readers open the same few large stories, and a large story's page costs
 * milliseconds of one event loop to build (its article list, quotes and coverage matrix run to hundreds of
 * KB); kept, a repeat view costs a look-up. Like the counts (`stats-cache.ts`), the answers are kept under
 * the store's last arrival sequence number, which any ingest moves (in this process or another): every
 * story, merge and view changes with an ingest, so an answer kept under an older number is never sent. One
 * change moves no number: the stories of articles an interrupted ingest stored but did not cluster, which the
 * next process to open the store clusters; a server already running sees them at the next ingest.
 */
import type { Context } from 'hono';
import { createSizedLru } from '../core/sized-lru.ts';

/** One kept answer: its bytes and the headers it was sent with (content type included). */
export interface CachedPage {
  readonly body: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/** Answers by address under one state of the store (see the module comment). */
export interface PageCache {
  /** The answer kept for `key` while the store's last sequence number is `seq`. */
  get(seq: number, key: string): CachedPage | undefined;
  /** Keeps an answer (an older `seq` than the one kept under is dropped, a newer one empties the cache). */
  set(seq: number, key: string, page: CachedPage): void;
  /** Bytes of the bodies kept. */
  readonly bytes: number;
}

/**
 * Default size of the page cache, in bytes of answer bodies: at 100,000 stored articles a story's answer is
 * 46 KB (JSON) and 130 KB (HTML) on average and at most 0.5 / 1 MB, so this holds a few hundred pages.
 */
export const DEFAULT_PAGE_CACHE_BYTES = 64 * 1024 * 1024;

/** A {@link PageCache} of at most `maxBytes` of bodies (0: keeps nothing); least recently used go first. */
export function createPageCache(maxBytes: number): PageCache {
  let state = -1;
  const pages = createSizedLru<string, CachedPage>(maxBytes);
  return {
    get(seq, key) {
      return seq === state ? pages.get(key) : undefined;
    },
    set(seq, key, page) {
      if (seq < state || page.body.byteLength > maxBytes) return;
      if (seq > state) {
        pages.clear();
        state = seq;
      }
      pages.set(key, page, page.body.byteLength);
    },
    get bytes() {
      return pages.size;
    },
  };
}

/** What a cached route renders on a miss: a status and a body (text, or UTF-8 bytes) with its headers. */
export interface RenderedPage {
  readonly status: 200 | 201 | 400 | 404;
  readonly text: string | Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * A body as bytes: the Node adapter would otherwise measure a string and then encode it, two passes over it.
 */
function bytesOf(text: string | Uint8Array): Uint8Array {
  return typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
}

/**
 * Answers a GET from the cache when it holds the request's address under the store's current state; else
 * renders it, keeps it when it is a 200, and answers it. `seq` reads the store's last sequence number
 * before rendering, so a page rendered while an ingest commits is kept under the older number, never sent
 * for the newer.
 */
export async function cachedAnswer(
  c: Context,
  cache: PageCache | undefined,
  seq: () => Promise<number>,
  render: () => Promise<RenderedPage>,
): Promise<Response> {
  if (!cache) {
    const r = await render();
    return c.body(bytesOf(r.text) as Uint8Array<ArrayBuffer>, r.status, r.headers);
  }
  const url = new URL(c.req.url);
  const key = url.pathname + url.search;
  const at = await seq();
  const hit = cache.get(at, key);
  if (hit) return c.body(hit.body as Uint8Array<ArrayBuffer>, 200, hit.headers);
  const r = await render();
  const body = bytesOf(r.text);
  if (r.status === 200) cache.set(at, key, { body, headers: r.headers });
  return c.body(body as Uint8Array<ArrayBuffer>, r.status, r.headers);
}
