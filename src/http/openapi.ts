/**
 * The OpenAPI 3.1 document of the API, built from the route table (`routes.ts`) and the response schemas
 * (`schemas.ts`): every route, parameter and response is described from the very records the server runs,
 * so the document cannot drift from the routes. `API_ROUTES` is the full table, the document's own route
 * (`GET /api/openapi.json`) included.
 */
import { API_VERSION, ROUTES, type RouteSpec } from './routes.ts';
import { ref, SCHEMAS, type JsonSchema } from './schemas.ts';

/** Reason phrases of the error statuses the API answers with. */
const ERROR_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Bad request: a parameter is missing, unknown, repeated or invalid (the message names it).',
  404: 'Not found.',
  413: 'The request body is larger than the limit.',
  422: 'The body holds no readable article (code INPUT_*, ARTICLE_NO_TEXT, or ARTICLE_ERROR_PAGE for an error or sign-in page).',
  500: 'Internal error (no details are disclosed).',
  503: 'The store is unavailable.',
};

/** Statuses every route can answer with, whatever it does. */
const COMMON_ERRORS = [500, 503];

function parameter(p: RouteSpec['params'][number]): JsonSchema {
  return {
    name: p.name,
    in: p.in,
    required: p.in === 'path' || p.required === true,
    description: p.description,
    schema: p.schema,
  };
}

function errorResponses(route: RouteSpec): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  const statuses = [...new Set([...route.errors, ...COMMON_ERRORS])].sort((a, b) => a - b);
  for (const status of statuses) {
    out[String(status)] = {
      description: ERROR_DESCRIPTIONS[status] ?? 'Error.',
      content: { 'application/json': { schema: ref('Error') } },
    };
  }
  return out;
}

function requestBody(route: RouteSpec): JsonSchema | undefined {
  if (!route.body) return undefined;
  const content: Record<string, JsonSchema> = {};
  for (const type of route.body.types) {
    content[type] =
      type === 'application/json'
        ? { schema: { oneOf: [ref('ArticleInput'), { type: 'array', items: ref('ArticleInput') }] } }
        : { schema: { type: 'string' } };
  }
  return { required: true, description: route.body.description, content };
}

function operation(route: RouteSpec): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const s of [...route.success].sort((x, y) => x.status - y.status)) {
    responses[String(s.status)] = {
      description: s.description,
      content: { 'application/json': { schema: ref(s.schema) } },
    };
  }
  Object.assign(responses, errorResponses(route));
  const body = requestBody(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters: route.params.map(parameter),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

/** The OpenAPI document of a route table. */
export function openApiDocument(routes: readonly RouteSpec[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path][route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'storyline',
      version: API_VERSION,
      description:
        'Self-hosted multilingual news story engine: stories, articles, comparison, search, entities and ' +
        'ingest. Errors are `{ "error": { "code", "message" } }` with the stable codes of ' +
        'src/core/errors.ts.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: SCHEMAS },
  };
}

/** The route of the document itself. */
const OPENAPI_ROUTE: RouteSpec = {
  method: 'get',
  path: '/api/openapi.json',
  operationId: 'openapi',
  summary: 'This OpenAPI 3.1 document',
  params: [],
  success: [{ status: 200, schema: 'OpenApi', description: 'The OpenAPI document.' }],
  errors: [],
  async handle() {
    return { body: DOCUMENT };
  },
};

/** Every route the server registers, in document order. */
export const API_ROUTES: readonly RouteSpec[] = [...ROUTES, OPENAPI_ROUTE];

/** The document, built once (the table is constant). */
const DOCUMENT = openApiDocument(API_ROUTES);
