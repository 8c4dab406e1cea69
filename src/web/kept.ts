/**
 * Fragments of a page kept with the data they were rendered from. The library keeps a story's view (its
 * quotes, coverage, places) decoded while the story's members stay the same, and hands out the very same
 * objects on every page view; so the fragments rendered from them (the coverage matrix, the quotes, the map:
 * most of a large story's page) are kept in a WeakMap keyed by those objects, rendered once per view, and
 * dropped with the view when the library lets it go. New objects (a changed story, a library keeping no
 * views) simply render again.
 */
import type { Html } from './html.ts';

/** Rendered fragments by the object they came from, each with the other inputs it was rendered with. */
export interface Kept<K extends object> {
  /** The fragment of `key` (and `with`, compared by identity), rendered by `render` unless kept. */
  (key: K, deps: readonly unknown[], render: () => Html): Html;
}

/** A store of fragments keyed by one kind of object. */
export function kept<K extends object>(): Kept<K> {
  const fragments = new WeakMap<K, { deps: readonly unknown[]; html: Html }>();
  return (key, deps, render) => {
    const had = fragments.get(key);
    if (had && had.deps.length === deps.length && had.deps.every((w, i) => w === deps[i])) return had.html;
    const html = render();
    fragments.set(key, { deps, html });
    return html;
  };
}
