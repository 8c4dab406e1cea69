/**
 * The background IDF: reference document frequencies every pair comparison is weighed with, so that a pair's
 * features do not depend on how many other articles happen to be around. `compare` (two articles), the fit
 * (`npm run fit`, one pair at a time) and the sample evaluation all use the same regime, `pairIdf`: this table
 * plus the two articles of the pair.
 *
 * The table (background-idf.json) is built by `scripts/build-background-idf.ts` from the project's own
 * fictional sample corpus (samples/), never from the development data; units seen in a single document are
 * left out (they would weigh almost as much as an unseen unit) to keep the file small.
 */
import { readFileSync } from 'node:fs';
import { idfFromJSON, layeredIdf, type IdfState } from './idf.ts';
import { observeProfile } from './features.ts';
import type { Profile } from './profile.ts';

const TABLE_URL = new URL('./background-idf.json', import.meta.url);

/** The committed background table's record (see scripts/build-background-idf.ts). */
export interface BackgroundTable {
  readonly source: string;
  readonly docs: number;
  /** Units kept when they occur in at least this many documents. */
  readonly minDf: number;
  readonly df: readonly (readonly [string, number])[];
}

let cached: IdfState | undefined;

/** The committed background statistics (read once, on first use). */
export function backgroundIdf(): IdfState {
  cached ??= idfFromJSON(JSON.parse(readFileSync(TABLE_URL, 'utf8')) as BackgroundTable);
  return cached;
}

/**
 * IDF statistics for comparing two articles: the background table plus the two articles themselves (a unit
 * both share weighs a little less than one only a side has). Same regime in fitting and in use.
 */
export function pairIdf(a: Profile, b: Profile, base: IdfState = backgroundIdf()): IdfState {
  const state = layeredIdf(base);
  observeProfile(state, a);
  observeProfile(state, b);
  return state;
}
