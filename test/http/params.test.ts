import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readParams, type ParamSpec } from '../../src/http/params.ts';
import { isStorylineError } from '../../src/core/errors.ts';

const SPECS: readonly ParamSpec[] = [
  { name: 'id', in: 'path', required: true, description: '', schema: { type: 'string', maxLength: 10 } },
  {
    name: 'limit',
    in: 'query',
    description: '',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  {
    name: 'since',
    in: 'query',
    description: '',
    schema: { type: 'string', format: 'date-time', maxLength: 40 },
  },
  { name: 'order', in: 'query', description: '', schema: { type: 'string', enum: ['a', 'b'], maxLength: 1 } },
  {
    name: 'lang',
    in: 'query',
    description: '',
    schema: { type: 'string', pattern: '^[a-z]{2,3}$', maxLength: 3 },
  },
];

/** Query strings as `c.req.queries()` gives them. */
function q(search: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) (out[k] ??= []).push(v);
  return out;
}

test('valid parameters come back typed, with defaults', () => {
  const rows: [string, Record<string, string | number>][] = [
    ['', { id: 'x', limit: 20 }],
    ['limit=1', { id: 'x', limit: 1 }],
    ['limit=100&order=b', { id: 'x', limit: 100, order: 'b' }],
    ['since=2020-09-14', { id: 'x', limit: 20, since: '2020-09-14' }],
    ['since=2020-02-29T08:30:00Z', { id: 'x', limit: 20, since: '2020-02-29T08:30:00Z' }],
    ['since=2020-09-14T08:30:00.123%2B02:00', { id: 'x', limit: 20, since: '2020-09-14T08:30:00.123+02:00' }],
    ['lang=fr', { id: 'x', limit: 20, lang: 'fr' }],
    // An empty optional parameter (an HTML form's blank field) is absent, not an error.
    ['lang=&limit=', { id: 'x', limit: 20 }],
  ];
  for (const [search, expected] of rows) {
    assert.deepEqual(readParams(SPECS, q(search), { id: 'x' }), expected, search);
  }
});

test('invalid parameters are BAD_REQUEST naming the parameter', () => {
  const rows: [string, Record<string, string>, string, RegExp][] = [
    ['limit=0', { id: 'x' }, 'limit', /at least 1/],
    ['limit=101', { id: 'x' }, 'limit', /at most 100/],
    ['limit=ten', { id: 'x' }, 'limit', /integer/],
    ['limit=1.5', { id: 'x' }, 'limit', /integer/],
    ['limit=1e2', { id: 'x' }, 'limit', /integer/],
    ['limit=-3', { id: 'x' }, 'limit', /at least 1/],
    ['limit=1&limit=2', { id: 'x' }, 'limit', /more than once/],
    ['limt=5', { id: 'x' }, 'limt', /not a parameter/],
    ['order=c', { id: 'x' }, 'order', /one of a, b/],
    ['since=yesterday', { id: 'x' }, 'since', /ISO date/],
    ['since=2021-02-30', { id: 'x' }, 'since', /ISO date/],
    ['since=2021-13-01', { id: 'x' }, 'since', /ISO date/],
    ['lang=FR', { id: 'x' }, 'lang', /must match/],
    ['lang=fran', { id: 'x' }, 'lang', /at most 3/],
    ['', {}, 'id', /required/],
    ['', { id: 'x'.repeat(11) }, 'id', /at most 10/],
  ];
  for (const [search, path, name, why] of rows) {
    assert.throws(
      () => readParams(SPECS, q(search), path),
      (e: unknown) =>
        isStorylineError(e) &&
        e.code === 'BAD_REQUEST' &&
        e.message.includes(`"${name}"`) &&
        why.test(e.message),
      `${search} ${JSON.stringify(path)}`,
    );
  }
});
