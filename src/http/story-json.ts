/**
 * The JSON text of a story detail, byte for byte `JSON.stringify(detail)`, with the part that comes from the
 * story's view (places, countries, speakers, coverage: most of a large story's answer, 0.3 of 0.4 MB for the
 * largest at 100,000 articles) serialised once per view and kept with it. The library hands out the same
 * view objects while a story's members are unchanged (`detail.ts`, its view cache), so the part is keyed by
 * them in a WeakMap and goes when the library lets the view go.
 */
import type { StoryDetail } from '../services/library/types.ts';

/** The fields of a detail that come from its view, in the order the library composes them. */
const VIEW_FIELDS = ['places', 'countries', 'speakers', 'coverage'] as const;

const parts = new WeakMap<object, { readonly deps: readonly unknown[]; readonly text: string }>();

/** `"places":…,"countries":…,"speakers":…,"coverage":…` of a detail, kept with its view's objects. */
function viewPart(d: StoryDetail): string {
  const deps = VIEW_FIELDS.map((k) => d[k]);
  const had = parts.get(d.coverage);
  if (had && had.deps.every((x, i) => x === deps[i])) return had.text;
  const text = VIEW_FIELDS.map((k) => `${JSON.stringify(k)}:${JSON.stringify(d[k])}`).join(',');
  parts.set(d.coverage, { deps, text });
  return text;
}

/** `JSON.stringify(d)`, the view's part serialised once per view (see the module comment). */
export function storyDetailJson(d: StoryDetail): string {
  const record = d as unknown as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  const at = keys.indexOf(VIEW_FIELDS[0]);
  // Another order (a detail not composed by the library): serialised as it is.
  if (at < 0 || VIEW_FIELDS.some((k, i) => keys[at + i] !== k)) return JSON.stringify(d);
  const field = (k: string) => `${JSON.stringify(k)}:${JSON.stringify(record[k])}`;
  const fields = [
    ...keys.slice(0, at).map(field),
    viewPart(d),
    ...keys.slice(at + VIEW_FIELDS.length).map(field),
  ];
  return `{${fields.join(',')}}`;
}
