/**
 * The store's counts (`Library.stats`) kept between requests while nothing new is stored. Counting languages
 * and distinct entity keys reads whole indexes (~100-300 ms at 100,000 articles), and the story list page
 * shows them on every view; they change only when articles are stored, which moves the store's last arrival
 * sequence number (a cheap index look-up, and it sees writes by other processes too).
 */
import type { Library } from '../services/library/types.ts';
import type { StoreStats } from '../services/store/types.ts';

/**
 * The library with `stats()` answered from the last count while the store's last sequence number is the same;
 * every other member is the library's own.
 */
export function withStatsCache(lib: Library): Library {
  let cached: { seq: number; stats: Promise<StoreStats> } | undefined;
  const stats = async (): Promise<StoreStats> => {
    const seq = await lib.store.lastSeq();
    if (cached?.seq !== seq) {
      const fresh = { seq, stats: lib.stats() };
      cached = fresh;
      // A failed count is not kept: the next call counts again.
      fresh.stats.catch(() => {
        if (cached === fresh) cached = undefined;
      });
    }
    return cached.stats;
  };
  return new Proxy(lib, {
    get(target, prop, receiver) {
      return prop === 'stats' ? stats : Reflect.get(target, prop, receiver);
    },
  });
}
