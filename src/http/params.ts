/**
 * Request parameters as data: each route declares its parameters as {@link ParamSpec} records, and the same
 * records validate requests ({@link readParams}) and describe them in the OpenAPI document. A parameter that
 * fails its spec is a 400 BAD_REQUEST naming it; an unknown or repeated query parameter is one too, so a
 * typo (`?limt=5`) is reported instead of silently ignored.
 */
import { storylineError } from '../core/errors.ts';

/** The JSON Schema of a parameter (the subset the API uses). */
export type ParamSchema =
  | {
      readonly type: 'integer';
      readonly minimum: number;
      readonly maximum?: number;
      readonly default?: number;
    }
  | {
      readonly type: 'string';
      readonly enum?: readonly string[];
      /** `date-time` here accepts a date (`2020-09-14`) or a date and time (`2020-09-14T08:00:00Z`). */
      readonly format?: 'date-time';
      readonly pattern?: string;
      readonly minLength?: number;
      readonly maxLength: number;
      readonly default?: string;
    };

/** One parameter of a route. */
export interface ParamSpec {
  readonly name: string;
  readonly in: 'query' | 'path';
  readonly description: string;
  readonly required?: boolean;
  readonly schema: ParamSchema;
}

/** Validated parameters by name: integers as numbers, the rest as strings; absent optional ones are absent. */
export type Params = Readonly<Record<string, string | number | undefined>>;

/** An ISO date, optionally with a time and zone: what `since`, `from` and `to` accept. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Decimal digits only: `+5`, `5.0` and `1e3` are not accepted as integers. */
const INTEGER = /^-?\d{1,15}$/;

function bad(name: string, why: string): never {
  throw storylineError('BAD_REQUEST', `parameter "${name}" ${why}`);
}

function realDate(value: string): boolean {
  const day = value.slice(0, 10);
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

function readInteger(name: string, raw: string, s: Extract<ParamSchema, { type: 'integer' }>): number {
  if (!INTEGER.test(raw)) bad(name, `must be an integer (got "${raw.slice(0, 40)}")`);
  const n = Number(raw);
  if (n < s.minimum) bad(name, `must be at least ${s.minimum} (got ${n})`);
  if (s.maximum !== undefined && n > s.maximum) bad(name, `must be at most ${s.maximum} (got ${n})`);
  return n;
}

function readString(name: string, raw: string, s: Extract<ParamSchema, { type: 'string' }>): string {
  if (raw.length < (s.minLength ?? 1)) bad(name, 'must not be empty');
  if (raw.length > s.maxLength) bad(name, `must be at most ${s.maxLength} characters`);
  if (s.enum && !s.enum.includes(raw)) bad(name, `must be one of ${s.enum.join(', ')}`);
  if (s.pattern !== undefined && !new RegExp(s.pattern).test(raw)) bad(name, `must match ${s.pattern}`);
  if (s.format === 'date-time' && !(ISO_DATE_TIME.test(raw) && realDate(raw))) {
    bad(name, `must be an ISO date or date-time such as 2020-09-14 (got "${raw.slice(0, 40)}")`);
  }
  return raw;
}

/** Validates one raw value against its spec. */
export function readParam(spec: ParamSpec, raw: string): string | number {
  return spec.schema.type === 'integer'
    ? readInteger(spec.name, raw, spec.schema)
    : readString(spec.name, raw, spec.schema);
}

/**
 * Validates a request's parameters against the route's specs and returns them by name (defaults applied).
 * Throws BAD_REQUEST naming the first parameter that is missing, unknown, repeated or invalid.
 */
export function readParams(
  specs: readonly ParamSpec[],
  query: Readonly<Record<string, readonly string[]>>,
  path: Readonly<Record<string, string>>,
): Params {
  const known = new Set(specs.filter((s) => s.in === 'query').map((s) => s.name));
  for (const name of Object.keys(query).sort()) {
    if (!known.has(name)) bad(name, 'is not a parameter of this route');
    if (query[name].length > 1) bad(name, 'is given more than once');
  }
  const out: Record<string, string | number> = {};
  for (const spec of specs) {
    const raw = spec.in === 'path' ? path[spec.name] : query[spec.name]?.[0];
    if (raw === undefined || (raw === '' && spec.in === 'query' && !spec.required)) {
      if (spec.required) bad(spec.name, 'is required');
      if (spec.schema.default !== undefined) out[spec.name] = spec.schema.default;
      continue;
    }
    out[spec.name] = readParam(spec, raw);
  }
  return out;
}
