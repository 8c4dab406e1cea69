/**
 * The route table of the HTTP API: each route is one record (method, path, parameters, responses, handler).
 * `app.ts` registers exactly these records and `openapi.ts` describes exactly these records, so the OpenAPI
 * document cannot drift from what the server answers. Handlers get validated parameters and return a JSON
 * answer; failures are thrown as StorylineErrors and mapped to HTTP in `errors.ts`.
 */
import { storylineError } from '../core/errors.ts';
import type {
  IngestSummary,
  Library,
  LibraryStoryOrder,
  StoryArticleOrder,
} from '../services/library/types.ts';
import { BODY_ORIGIN, parseBody, readBody, ACCEPTED_TYPES } from './body.ts';
import { errorJson } from './errors.ts';
import type { ParamSpec, Params } from './params.ts';
import type { SchemaName } from './schemas.ts';

/**
 * The API's version (of its routes and shapes, not of the package): bump on a breaking change. 2.0.0: a
 * story's articles come a page at a time, newest first (`GET /api/stories/{id}?limit=&offset=&order=`).
 * 3.0.0: a large story's `coverage` is a digest of at most 40 facts (`coverageTotals` counts the whole); the
 * whole comparison is paged at `GET /api/stories/{id}/coverage?limit=&offset=`. 4.0.0: a story's `speakers`
 * is a digest of at most 12 speakers with at most 3 quotes each (`quoteCount`, `quoteTotals` count the
 * whole); the whole list is paged at `GET /api/stories/{id}/quotes?limit=&offset=`.
 */
export const API_VERSION = '4.0.0';

/** Largest page of stories, search hits or entity articles: the store's own cap. */
export const MAX_LIMIT = 1000;

/** Largest offset: deeper paging makes the database skip that many rows; narrow the filters instead. */
export const MAX_OFFSET = 1_000_000;

/** Default page of the story list and entity articles (the store's default). */
export const DEFAULT_LIMIT = 50;

/**
 * Default page of a story's articles: a story page stays a few dozen KB however large the story grows (the
 * largest at 100,000 stored articles has 548; all of them made a 0.5 MB answer).
 */
export const DEFAULT_STORY_ARTICLES = 50;

/**
 * Default page of a story's whole coverage comparison, in facts: the largest at 100,000 stored articles has
 * 130 facts by 24 outlets (0.3 MB of JSON); a page of 100 stays near 0.2 MB.
 */
export const DEFAULT_COVERAGE_FACTS = 100;

/**
 * Default page of a story's whole list of quotes, in quotes: the largest at 100,000 stored articles has 283;
 * a page of 100 is a few dozen KB.
 */
export const DEFAULT_STORY_QUOTES = 100;

/** Default page of search hits (the store's default). */
export const DEFAULT_SEARCH_LIMIT = 20;

/** Longest free-text parameter (outlet name, entity key, id): real ones are far shorter. */
const MAX_TEXT = 300;

/** Longest search query: a few dozen words at most in practice. */
const MAX_QUERY = 500;

/** What a handler gets. */
export interface RouteInput {
  readonly lib: Library;
  readonly params: Params;
  readonly req: Request;
  /** Largest request body accepted (`createApp`'s `maxBodyBytes`). */
  readonly maxBodyBytes: number;
}

/** What a handler answers: a JSON body, with a status (default 200) and extra headers. */
export interface RouteAnswer {
  readonly status?: 200 | 201;
  readonly body: unknown;
  /** The body already serialised (exactly `JSON.stringify(body)`, text or UTF-8), when the route can do it cheaper. */
  readonly json?: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One success answer of a route. */
export interface SuccessSpec {
  readonly status: 200 | 201;
  readonly schema: SchemaName;
  readonly description: string;
}

/** One route of the API. */
export interface RouteSpec {
  readonly method: 'get' | 'post';
  /** The OpenAPI path (`/api/stories/{id}`); `app.ts` turns `{id}` into Hono's `:id`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly params: readonly ParamSpec[];
  /** Media types of the request body (POST), each with its schema name or a plain description. */
  readonly body?: { readonly description: string; readonly types: readonly string[] };
  /** The success answers: status, schema and meaning of each. */
  readonly success: readonly SuccessSpec[];
  /** Error statuses this route can answer with (besides 500), each with the error JSON. */
  readonly errors: readonly number[];
  /**
   * Its 200 answers are kept (`page-cache.ts`) while nothing new is stored: for the costly pages many
   * readers open (a story). Only for GET routes whose answer depends on the store alone.
   */
  readonly cached?: boolean;
  readonly handle: (input: RouteInput) => Promise<RouteAnswer>;
}

const limit = (dflt: number): ParamSpec => ({
  name: 'limit',
  in: 'query',
  description: `Page size (default ${dflt}, at most ${MAX_LIMIT}).`,
  schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: dflt },
});

const offset: ParamSpec = {
  name: 'offset',
  in: 'query',
  description: 'Items to skip (paging).',
  schema: { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 },
};

const lang: ParamSpec = {
  name: 'lang',
  in: 'query',
  description: 'Language code (ISO 639-1, e.g. `fr`).',
  schema: { type: 'string', pattern: '^[a-z]{2,3}$', maxLength: 3 },
};

const source: ParamSpec = {
  name: 'source',
  in: 'query',
  description: 'Outlet name, exactly as stored (e.g. `RFI`).',
  schema: { type: 'string', maxLength: MAX_TEXT },
};

const entity: ParamSpec = {
  name: 'entity',
  in: 'query',
  description: 'Entity or place key (the `key` of an entity in an article or story).',
  schema: { type: 'string', maxLength: MAX_TEXT },
};

const date = (name: string, description: string): ParamSpec => ({
  name,
  in: 'query',
  description,
  schema: { type: 'string', format: 'date-time', maxLength: 40 },
});

const pathId = (name: string, description: string): ParamSpec => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', maxLength: MAX_TEXT },
});

const STORY_ORDERS: readonly LibraryStoryOrder[] = ['newest', 'largest', 'growing'];

const ARTICLE_ORDERS: readonly StoryArticleOrder[] = ['newest', 'oldest'];

/** Optional parameters, for the library's options: only those present. */
function pick(params: Params, names: readonly string[]): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const n of names) if (params[n] !== undefined) out[n] = params[n];
  return out;
}

/** The IngestSummary as JSON (errors as `{ code, message, input }`, which JSON.stringify would lose). */
function summaryJson(s: IngestSummary): unknown {
  return { ...s, rejected: s.rejected.map(errorJson) };
}

async function ingest({ lib, req, maxBodyBytes }: RouteInput): Promise<RouteAnswer> {
  const bytes = await readBody(req, maxBodyBytes);
  const parsed = parseBody(bytes, req.headers.get('content-type') ?? undefined);
  if (parsed.articles.length === 0) {
    throw parsed.rejected[0] ?? storylineError('INPUT_EMPTY', BODY_ORIGIN);
  }
  const summary = await lib.ingestArticles(parsed.articles);
  const all: IngestSummary = { ...summary, rejected: [...parsed.rejected, ...summary.rejected] };
  return { status: summary.stored > 0 ? 201 : 200, body: summaryJson(all) };
}

/** Every route of the API, in the order of the OpenAPI document. */
export const ROUTES: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/api/stories',
    operationId: 'listStories',
    summary: 'Stories, newest, largest or growing fastest first, with filters and paging',
    params: [
      limit(DEFAULT_LIMIT),
      offset,
      date('since', 'Stories last seen on or after this date.'),
      lang,
      source,
      entity,
      {
        name: 'order',
        in: 'query',
        description:
          '`newest` (last seen first), `largest` (most articles first) or `growing` (most articles added ' +
          'in the last two days of the stream first).',
        schema: { type: 'string', enum: STORY_ORDERS, maxLength: 10, default: 'newest' },
      },
    ],
    success: [{ status: 200, schema: 'StoryList', description: 'A page of stories.' }],
    errors: [400],
    async handle({ lib, params }) {
      const opts = pick(params, ['limit', 'offset', 'since', 'lang', 'source', 'entity', 'order']);
      const stories = await lib.stories(opts);
      return { body: { stories, order: params.order, limit: params.limit, offset: params.offset } };
    },
  },
  {
    method: 'get',
    path: '/api/stories/{id}',
    operationId: 'getStory',
    summary: 'One story: articles, timeline, entities, places, quotes and coverage',
    description:
      'The articles come a page at a time (`limit`, `offset`, `order`; `articlesPage.total` counts them ' +
      'all); the summary, timeline, places, quotes and coverage always cover the whole story. An id that ' +
      'was merged into another story answers with the surviving story: `resolvedFrom` holds the id asked ' +
      'for and the `Content-Location` header the surviving story.',
    params: [
      pathId('id', 'Story id.'),
      {
        ...limit(DEFAULT_STORY_ARTICLES),
        description: `Articles listed (default ${DEFAULT_STORY_ARTICLES}).`,
      },
      { ...offset, description: 'Articles skipped (paging through the list).' },
      {
        name: 'order',
        in: 'query',
        description: '`newest` (latest published first) or `oldest` (publication order); undated last.',
        schema: { type: 'string', enum: ARTICLE_ORDERS, maxLength: 10, default: 'newest' },
      },
    ],
    success: [{ status: 200, schema: 'StoryDetail', description: 'The story.' }],
    errors: [400, 404],
    cached: true,
    async handle({ lib, params }) {
      const id = String(params.id);
      const articles = {
        order: params.order as StoryArticleOrder,
        offset: Number(params.offset),
        limit: Number(params.limit),
      };
      const answer = await lib.storyJson(id, { articles });
      if (!answer) throw storylineError('NOT_FOUND', 'story', id);
      const headers: Record<string, string> =
        answer.storyId !== id
          ? { 'content-location': `/api/stories/${encodeURIComponent(answer.storyId)}` }
          : {};
      if (answer.storyId !== id && !answer.resolvedFrom) {
        // Merged away between the reads: said in the object, which is then serialised as it is.
        const detail = await lib.story(id, { articles });
        if (!detail) throw storylineError('NOT_FOUND', 'story', id);
        return { body: { ...detail, resolvedFrom: id }, headers };
      }
      return { body: undefined, json: answer.json, headers };
    },
  },
  {
    method: 'get',
    path: '/api/stories/{id}/coverage',
    operationId: 'getStoryCoverage',
    summary: "A story's whole coverage comparison, its facts a page at a time",
    description:
      "The story page (`GET /api/stories/{id}`) holds a digest of a large story's coverage; this is the " +
      'whole comparison: facts every, some or only one outlet reports (`limit`, `offset` page them, in the ' +
      'order of the comparison: every outlet first, then some, then one, each by salience), with every ' +
      "outlet's facts, entities and quotes, and the entities and speakers across outlets.",
    params: [
      pathId('id', 'Story id.'),
      {
        ...limit(DEFAULT_COVERAGE_FACTS),
        description: `Facts listed (default ${DEFAULT_COVERAGE_FACTS}).`,
      },
      { ...offset, description: 'Facts skipped (paging through the comparison).' },
    ],
    success: [{ status: 200, schema: 'StoryCoverage', description: 'A page of the coverage.' }],
    errors: [400, 404],
    cached: true,
    async handle({ lib, params }) {
      const id = String(params.id);
      const page = await lib.storyCoverage(id, {
        offset: Number(params.offset),
        limit: Number(params.limit),
      });
      if (!page) throw storylineError('NOT_FOUND', 'story', id);
      const headers: Record<string, string> =
        page.storyId !== id
          ? { 'content-location': `/api/stories/${encodeURIComponent(page.storyId)}/coverage` }
          : {};
      return { body: page, headers };
    },
  },
  {
    method: 'get',
    path: '/api/stories/{id}/quotes',
    operationId: 'getStoryQuotes',
    summary: "A story's whole list of quotes by speaker, a page of quotes at a time",
    description:
      "The story page (`GET /api/stories/{id}`) holds a digest of a story's quotes; this is the whole list: " +
      'speakers quoted by most articles first (unattributed last), each with its quotes in publication ' +
      'order; `limit` and `offset` count quotes across speakers, and a speaker cut by the page has ' +
      '`quoteCount` (all its quotes) and `quoteOffset` (where the page starts in them).',
    params: [
      pathId('id', 'Story id.'),
      {
        ...limit(DEFAULT_STORY_QUOTES),
        description: `Quotes listed (default ${DEFAULT_STORY_QUOTES}).`,
      },
      { ...offset, description: 'Quotes skipped (paging through the list).' },
    ],
    success: [{ status: 200, schema: 'StoryQuotes', description: 'A page of the quotes.' }],
    errors: [400, 404],
    cached: true,
    async handle({ lib, params }) {
      const id = String(params.id);
      const page = await lib.storyQuotes(id, {
        offset: Number(params.offset),
        limit: Number(params.limit),
      });
      if (!page) throw storylineError('NOT_FOUND', 'story', id);
      const headers: Record<string, string> =
        page.storyId !== id
          ? { 'content-location': `/api/stories/${encodeURIComponent(page.storyId)}/quotes` }
          : {};
      return { body: page, headers };
    },
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    operationId: 'getArticle',
    summary: 'One article: its row, its analysis (contract JSON), its cleaned body and its story',
    params: [pathId('id', 'Article id.')],
    success: [{ status: 200, schema: 'ArticleDetail', description: 'The article.' }],
    errors: [400, 404],
    async handle({ lib, params }) {
      const id = String(params.id);
      const detail = await lib.article(id);
      if (!detail) throw storylineError('NOT_FOUND', 'article', id);
      return { body: detail };
    },
  },
  {
    method: 'post',
    path: '/api/articles',
    operationId: 'ingestArticles',
    summary: 'Ingest articles: analyse, store and cluster them',
    description:
      'The body is one input: JSON (one article or an array, in the article shape `id?, title, text, url?, ' +
      'source?, lang?, published?`), JSON Lines, an HTML page, a plain text (first line = title) or an ' +
      'RSS/Atom feed. Answers 201 when something was stored, 200 when all were duplicates, 422 when no ' +
      'article could be read; articles that failed among good ones are listed in `rejected`.',
    params: [],
    body: {
      description: 'Articles as JSON, JSON Lines, HTML, plain text or a feed.',
      types: Object.values(ACCEPTED_TYPES).flat(),
    },
    success: [
      { status: 201, schema: 'IngestSummary', description: 'What was stored.' },
      { status: 200, schema: 'IngestSummary', description: 'Nothing new: every article was already stored.' },
    ],
    errors: [400, 413, 422],
    handle: ingest,
  },
  {
    method: 'get',
    path: '/api/compare',
    operationId: 'compareArticles',
    summary: 'Two stored articles compared: seven similarity scores and the evidence, with both articles',
    params: [
      { ...pathId('a', 'Id of the first article.'), in: 'query' },
      { ...pathId('b', 'Id of the second article.'), in: 'query' },
    ],
    success: [{ status: 200, schema: 'Comparison', description: 'The comparison.' }],
    errors: [400, 404],
    async handle({ lib, params }) {
      return { body: await lib.compare(String(params.a), String(params.b)) };
    },
  },
  {
    method: 'get',
    path: '/api/search',
    operationId: 'search',
    summary: 'Full-text search of titles and bodies (case and accents ignored), with filters and paging',
    params: [
      {
        name: 'q',
        in: 'query',
        required: true,
        description: 'Words (all must occur), `"quoted phrases"` and `prefix*` terms.',
        schema: { type: 'string', maxLength: MAX_QUERY },
      },
      lang,
      source,
      entity,
      date('from', 'Published on or after this date.'),
      date('to', 'Published on or before this date (a bare date covers the whole day).'),
      limit(DEFAULT_SEARCH_LIMIT),
      offset,
    ],
    success: [{ status: 200, schema: 'SearchResults', description: 'A page of hits, best first.' }],
    errors: [400],
    async handle({ lib, params }) {
      const from = params.from as string | undefined;
      const to = params.to as string | undefined;
      if (from !== undefined && to !== undefined && from.slice(0, 10) > to.slice(0, 10)) {
        throw storylineError('BAD_REQUEST', `parameter "from" (${from}) is after "to" (${to})`);
      }
      const q = String(params.q);
      const opts = pick(params, ['lang', 'source', 'entity', 'from', 'to', 'limit', 'offset']);
      const hits = await lib.search(q, opts);
      return { body: { query: q, hits, limit: params.limit, offset: params.offset } };
    },
  },
  {
    method: 'get',
    path: '/api/entities/{key}',
    operationId: 'getEntity',
    summary: 'An entity or place: its names, and the articles and stories naming it',
    params: [pathId('key', 'Entity or place key.'), limit(DEFAULT_LIMIT), offset],
    success: [{ status: 200, schema: 'EntityPage', description: 'The entity.' }],
    errors: [400, 404],
    async handle({ lib, params }) {
      const key = String(params.key);
      const page = await lib.entity(key, pick(params, ['limit', 'offset']));
      if (!page) throw storylineError('NOT_FOUND', 'entity', key);
      return { body: page };
    },
  },
  {
    method: 'get',
    path: '/api/stats',
    operationId: 'stats',
    summary: 'What the store holds: counts of articles, stories, entities, languages and outlets',
    params: [],
    success: [{ status: 200, schema: 'Stats', description: 'The counts.' }],
    errors: [],
    async handle({ lib }) {
      return { body: await lib.stats() };
    },
  },
  {
    method: 'get',
    path: '/api/health',
    operationId: 'health',
    summary: 'Liveness: answers while the server runs (it does not query the store)',
    params: [],
    success: [{ status: 200, schema: 'Health', description: 'The server is up.' }],
    errors: [],
    async handle() {
      return { body: { status: 'ok', version: API_VERSION } };
    },
  },
];
