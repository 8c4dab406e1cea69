/**
 * Helpers of the API tests: a small JSON Schema checker (the subset `src/http/schemas.ts` uses) so every
 * answer is checked against the schema the OpenAPI document gives for it, and the shared sample library.
 */
import { SCHEMAS, type JsonSchema } from '../../src/http/schemas.ts';

const REF_PREFIX = '#/components/schemas/';

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    default:
      throw new Error(`schema type ${type} not supported by the test checker`);
  }
}

/** The problems of a value against a schema, as `path: problem` lines (empty when it conforms). */
export function schemaProblems(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.slice(REF_PREFIX.length) as keyof typeof SCHEMAS;
    if (!SCHEMAS[name]) return [`${path}: unknown $ref ${s.$ref}`];
    return schemaProblems(SCHEMAS[name], value, path);
  }
  if (Array.isArray(s.oneOf)) {
    const fits = (s.oneOf as JsonSchema[]).filter((alt) => schemaProblems(alt, value, path).length === 0);
    return fits.length === 1 ? [] : [`${path}: matches ${fits.length} of oneOf`];
  }
  if ('const' in s && value !== s.const) return [`${path}: is not ${JSON.stringify(s.const)}`];
  if (Array.isArray(s.enum) && !s.enum.includes(value)) return [`${path}: not in enum`];
  if (typeof s.type === 'string' && !typeOk(s.type, value)) return [`${path}: not ${s.type}`];
  const out: string[] = [];
  if (Array.isArray(value) && s.items) {
    value.forEach((v, i) => out.push(...schemaProblems(s.items as JsonSchema, v, `${path}[${i}]`)));
  }
  if (typeOk('object', value)) {
    const o = value as Record<string, unknown>;
    for (const r of (s.required as string[] | undefined) ?? []) {
      if (o[r] === undefined) out.push(`${path}.${r}: required`);
    }
    const props = (s.properties as Record<string, JsonSchema> | undefined) ?? {};
    for (const [k, v] of Object.entries(o)) {
      const sub = props[k] ?? (s.additionalProperties as JsonSchema | undefined);
      if (sub && typeof sub === 'object' && v !== undefined)
        out.push(...schemaProblems(sub, v, `${path}.${k}`));
    }
  }
  return out;
}

/** The bundled sample corpus (fictional articles in 13 languages). */
export const SAMPLES = new URL('../../samples', import.meta.url).pathname;

/** A fixed clock for `ingestedAt`, so answers are the same on every run. */
export const FIXED_NOW = () => '2026-11-21T12:00:00.000Z';

/** An answer read as JSON. */
export interface JsonAnswer {
  readonly status: number;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly headers: Headers;
}

/** Requests `path` of a Hono app and reads the JSON answer. */
export async function call(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  path: string,
  init?: RequestInit,
): Promise<JsonAnswer> {
  const res = await app.request(path, init);
  const text = await res.text();
  assertJsonType(res, path);
  return { status: res.status, body: JSON.parse(text), headers: res.headers };
}

function assertJsonType(res: Response, path: string): void {
  const type = res.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) throw new Error(`${path}: answered ${type}, not JSON`);
}
