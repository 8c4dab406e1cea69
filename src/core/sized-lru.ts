/**
 * A map holding at most `maxSize` in all, each entry with the size it was set with: past it, the least
 * recently used entries go first, and an entry larger than the whole is not kept. Serves the in-memory
 * caches that are bounded by bytes or characters (decoded story views, finished story pages).
 */
export interface SizedLru<K, V> {
  /** The value of `key` (it becomes the most recently used), or undefined. */
  get(key: K): V | undefined;
  /** Sets `key` (replacing its value), then drops the least recently used entries while over the limit. */
  set(key: K, value: V, size: number): void;
  clear(): void;
  /** The sum of the sizes held. */
  readonly size: number;
}

/** A {@link SizedLru} of at most `maxSize` (0 holds nothing). */
export function createSizedLru<K, V>(maxSize: number): SizedLru<K, V> {
  // A Map keeps insertion order: least recently used first.
  const entries = new Map<K, { value: V; size: number }>();
  let held = 0;
  const drop = (key: K): void => {
    const e = entries.get(key);
    if (!e) return;
    held -= e.size;
    entries.delete(key);
  };
  return {
    get(key) {
      const e = entries.get(key);
      if (!e) return undefined;
      entries.delete(key);
      entries.set(key, e);
      return e.value;
    },
    set(key, value, size) {
      drop(key);
      if (size > maxSize) return;
      entries.set(key, { value, size });
      held += size;
      for (const k of entries.keys()) {
        if (held <= maxSize) break;
        drop(k);
      }
    },
    clear() {
      entries.clear();
      held = 0;
    },
    get size() {
      return held;
    },
  };
}
