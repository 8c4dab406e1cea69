/**
 * The HTTP application: the API routes of `routes.ts` (plus the OpenAPI document) under `/api`, JSON errors
 * for every failure and unknown `/api` path, and the web UI mounted at `/`. `createApp` only builds the Hono
 * app (use `app.request(...)` in tests); `server.ts` serves it.
 */
import { Hono, type Context } from 'hono';
import { storylineError } from '../core/errors.ts';
import type { Library } from '../services/library/types.ts';
import { webApp } from '../web/index.ts';
import { MAX_BODY_BYTES } from './body.ts';
import { errorResponse } from './errors.ts';
import { API_ROUTES } from './openapi.ts';
import { cachedAnswer, createPageCache, DEFAULT_PAGE_CACHE_BYTES, type PageCache } from './page-cache.ts';
import { readParams } from './params.ts';
import type { RouteSpec } from './routes.ts';
import { withStatsCache } from './stats-cache.ts';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Largest request body accepted (bytes). Default {@link MAX_BODY_BYTES}. */
  readonly maxBodyBytes?: number;
  /** The web UI mounted at `/`; `false` serves the API alone. Default `webApp(lib)` of `src/web`. */
  readonly web?: Hono | false;
  /**
   * Told of every failure that is not a StorylineError (a bug): the client gets a bare 500 INTERNAL, so this
   * is where the details go. Default: one line on stderr with the stack.
   */
  readonly onInternalError?: (error: unknown, request: Request) => void;
  /**
   * Bytes of story pages (API and web UI) kept between requests while nothing new is stored
   * (`page-cache.ts`). Default {@link DEFAULT_PAGE_CACHE_BYTES}; 0 keeps none.
   */
  readonly pageCacheBytes?: number;
}

/** The prefix of every API route. */
export const API_PREFIX = '/api';

/** Headers of every API answer: never cached (stories change with each ingest), never sniffed as HTML. */
const API_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function logInternal(error: unknown, request: Request): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`storyline http: ${request.method} ${new URL(request.url).pathname}: ${detail}`);
}

/** `/api/stories/{id}` (OpenAPI) to `/api/stories/:id` (Hono). */
export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Refuses a write from another site: a page elsewhere can make the user's browser POST a form or plain text
 * to a local server without asking (no CORS preflight for those), so a write whose `Origin` is not this
 * server's own is turned away. Requests without `Origin` (curl, scripts) go through.
 */
function checkSameOrigin(req: Request): void {
  const origin = req.headers.get('origin');
  if (origin === null) return;
  const host = req.headers.get('host') ?? new URL(req.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = '';
  }
  if (originHost !== host) {
    throw storylineError('BAD_REQUEST', `cross-origin write refused (Origin ${origin.slice(0, 100)})`);
  }
}

/** Content type of every JSON answer (what `c.json` sends). */
const JSON_TYPE = 'application/json';

function handler(route: RouteSpec, lib: Library, maxBodyBytes: number, cache: PageCache | undefined) {
  return async (c: Context): Promise<Response> => {
    if (route.method !== 'get') checkSameOrigin(c.req.raw);
    const params = readParams(route.params, c.req.queries(), c.req.param());
    const answer = () => route.handle({ lib, params, req: c.req.raw, maxBodyBytes });
    if (!route.cached) {
      const a = await answer();
      return c.json(a.body, a.status ?? 200, a.headers);
    }
    return cachedAnswer(
      c,
      cache,
      () => lib.store.lastSeq(),
      async () => {
        const a = await answer();
        const text = a.json ?? JSON.stringify(a.body);
        return { status: a.status ?? 200, text, headers: { 'content-type': JSON_TYPE, ...a.headers } };
      },
    );
  };
}

/**
 * The HTTP application of a library: the API under `/api`, the web UI (when given) at `/`. Both read the
 * store's counts through one cache (`stats-cache.ts`), kept until something new is stored.
 */
export function createApp(library: Library, options: AppOptions = {}): Hono {
  const lib = withStatsCache(library);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const onInternal = options.onInternalError ?? logInternal;
  const app = new Hono();
  app.onError((error, c) => {
    const res = errorResponse(c, error);
    if (res.status === 500) onInternal(error, c.req.raw);
    return res;
  });
  const pageCacheBytes = options.pageCacheBytes ?? DEFAULT_PAGE_CACHE_BYTES;
  const cache = pageCacheBytes > 0 ? createPageCache(pageCacheBytes) : undefined;
  app.use(`${API_PREFIX}/*`, async (c, next) => {
    // Set before the answer is made, so it is made with them: changing `c.res.headers` afterwards makes the
    // Node adapter turn its plain answer into a web-stream Response (about 0.3 ms per request).
    for (const [k, v] of Object.entries(API_HEADERS)) c.header(k, v);
    await next();
  });
  for (const route of API_ROUTES) {
    app.on(route.method.toUpperCase(), honoPath(route.path), handler(route, lib, maxBodyBytes, cache));
  }
  app.all(`${API_PREFIX}/*`, (c) => {
    const what = `${c.req.method} ${new URL(c.req.url).pathname}`.slice(0, 200);
    return errorResponse(c, storylineError('NOT_FOUND', 'route', what));
  });
  const web = options.web ?? webApp(lib, cache ? { pageCache: cache } : {});
  if (web) app.route('/', web);
  return app;
}
