/**
 * The web UI: server-rendered HTML pages over a {@link Library}, mounted at `/` by `src/http/app.ts`. One module
 * per page (pages/); the shared frame in html.ts; assets (stylesheet, a small progressive-enhancement script)
 * served from `/assets/` out of this folder. Nothing is loaded from the network: the Content-Security-Policy
 * says so to the browser too.
 */
import { Hono, type Context } from 'hono';
import type { Library } from '../services/library/types.ts';
import { isStorylineError } from '../core/errors.ts';
import { cachedAnswer, type PageCache } from '../http/page-cache.ts';
import { ASSETS, ASSET_CACHE } from './assets.ts';
import type { Html } from './html.ts';
import { storiesPage, storyListQuery, STORIES_PER_PAGE } from './pages/stories.ts';
import { storyPage } from './pages/story.ts';
import { FACTS_PER_PAGE, storyCoveragePage } from './pages/coverage.ts';
import { QUOTES_PER_PAGE, storyQuotesPage } from './pages/quotes.ts';
import { pageNumber } from './format.ts';
import { articlePage } from './pages/article.ts';
import { comparePage } from './pages/compare.ts';
import { entityPage } from './pages/entity.ts';
import { searchPage, searchQuery } from './pages/search.ts';
import { badRequestPage, notFoundPage } from './pages/not-found.ts';

/** Only this server's own assets; inline style attributes (positions, widths) but no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers of every page. */
function pageHeaders(c: Context): void {
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
}

function page(c: Context, body: Html, status: 200 | 400 | 404 = 200) {
  pageHeaders(c);
  return c.html(body.text, status);
}

/** Content type of every page (what `c.html` sends). */
const HTML_TYPE = 'text/html; charset=UTF-8';

/** A reader of the request's query parameters. */
const queryOf = (c: Context) => (name: string) => c.req.query(name);

/** Status of the page for a StorylineError the UI can explain (others are bugs, left to the server). */
const ERROR_STATUS: Partial<Record<string, 400 | 404>> = { NOT_FOUND: 404, BAD_REQUEST: 400, USAGE: 400 };

/** Runs a page handler; a not-found or bad-request error from the library becomes the 404 or 400 page. */
function guarded(fn: (c: Context) => Promise<Response>) {
  return async (c: Context): Promise<Response> => {
    try {
      return await fn(c);
    } catch (e) {
      const status = isStorylineError(e) ? ERROR_STATUS[e.code] : undefined;
      if (!status || !isStorylineError(e)) throw e;
      return page(c, status === 404 ? notFoundPage(e.message) : badRequestPage(e.message), status);
    }
  };
}

/** Options of {@link webApp}. */
export interface WebOptions {
  /** Stories a page of the list, and results a page of search. Default 20 ({@link STORIES_PER_PAGE}). */
  readonly pageSize?: number;
  /** Story pages kept between requests while nothing new is stored (`src/http/page-cache.ts`). */
  readonly pageCache?: PageCache;
}

/**
 * The web UI as a Hono app: `/` (stories), `/stories/:id`, `/stories/:id/coverage` (the whole matrix, paged),
 * `/stories/:id/quotes` (the whole list of quotes, paged),
 * `/compare?a=&b=`, `/articles/:id`,
 * `/entities/:key`, `/search`, `/assets/*`; anything else is the 404 page.
 */
export function webApp(lib: Library, options: WebOptions = {}): Hono {
  const perPage = options.pageSize ?? STORIES_PER_PAGE;
  const app = new Hono();
  app.get('/assets/:name', (c) => {
    const asset = ASSETS.get(c.req.param('name'));
    if (!asset) return page(c, notFoundPage('No such asset.'), 404);
    return c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': ASSET_CACHE });
  });
  app.get(
    '/',
    guarded(async (c) => page(c, await storiesPage(lib, storyListQuery(queryOf(c)), perPage))),
  );
  /**
   * A story's page kept as bytes under the store's sequence number: `build` gives the page, or undefined when
   * the story is unknown (404).
   */
  const cachedStoryPage = (c: Context, build: (id: string) => Promise<Html | undefined>) => {
    pageHeaders(c);
    return cachedAnswer(
      c,
      options.pageCache,
      () => lib.store.lastSeq(),
      async () => {
        const body = await build(c.req.param('id') ?? '');
        const [status, html] = body
          ? ([200, body] as const)
          : ([404, notFoundPage('No story has this id.')] as const);
        return { status, text: html.toString(), headers: { 'content-type': HTML_TYPE } };
      },
    );
  };
  app.get(
    '/stories/:id',
    guarded((c) =>
      cachedStoryPage(c, async (id) => {
        const d = await lib.story(id);
        return d ? storyPage(d, { page: pageNumber(c.req.query('page')) }) : undefined;
      }),
    ),
  );
  app.get(
    '/stories/:id/coverage',
    guarded((c) =>
      cachedStoryPage(c, async (id) => {
        const page = pageNumber(c.req.query('page'));
        const p = await lib.storyCoverage(id, { offset: (page - 1) * FACTS_PER_PAGE, limit: FACTS_PER_PAGE });
        return p ? storyCoveragePage(p, page) : undefined;
      }),
    ),
  );
  app.get(
    '/stories/:id/quotes',
    guarded((c) =>
      cachedStoryPage(c, async (id) => {
        const page = pageNumber(c.req.query('page'));
        const p = await lib.storyQuotes(id, { offset: (page - 1) * QUOTES_PER_PAGE, limit: QUOTES_PER_PAGE });
        return p ? storyQuotesPage(p, page) : undefined;
      }),
    ),
  );
  app.get(
    '/articles/:id',
    guarded(async (c) => {
      const d = await lib.article(c.req.param('id') ?? '');
      return d ? page(c, articlePage(d)) : page(c, notFoundPage('No article has this id.'), 404);
    }),
  );
  app.get(
    '/entities/:key',
    guarded(async (c) => {
      const e = await lib.entity(c.req.param('key') ?? '', { limit: 200 });
      return e ? page(c, entityPage(e)) : page(c, notFoundPage('No article names this entity.'), 404);
    }),
  );
  app.get(
    '/compare',
    guarded(async (c) => {
      const [a, b] = [c.req.query('a')?.trim(), c.req.query('b')?.trim()];
      if (!a || !b) return page(c, badRequestPage('Compare needs two article ids: /compare?a=…&b=…'), 400);
      return page(c, comparePage(await lib.compare(a, b)));
    }),
  );
  app.get(
    '/search',
    guarded(async (c) => page(c, await searchPage(lib, searchQuery(queryOf(c)), perPage))),
  );
  // The 404 page: as a last route (a mounted app's notFound handler is not used by the app it is mounted in).
  const notFound = (c: Context) => page(c, notFoundPage('There is no page at this address.'), 404);
  app.all('*', notFound);
  app.notFound(notFound);
  return app;
}
