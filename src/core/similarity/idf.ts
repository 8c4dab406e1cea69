/**
 * Online inverse document frequency: a plain state record that grows one document at a time (no global
 * recomputation), shared by pairwise similarity, sentence alignment and clustering.
 *
 * `idf(state, term) = ln((docs + 1) / (df + 1)) + 1` (the smoothed form used by scikit-learn): a term never
 * seen gets the highest weight, `ln(docs + 1) + 1`; a term in every document gets 1, never 0.
 */
/** Document frequencies so far. Mutated only through `observe`. */
export interface IdfState {
  docs: number;
  readonly df: Map<string, number>;
  /**
   * Background statistics layered under this state (read-only): `idf` counts the documents and frequencies of
   * both. Lets a pair of articles be weighed with a fixed reference corpus plus the pair itself without copying
   * the reference table.
   */
  readonly base?: IdfState;
}

/** An empty state. */
export function createIdf(): IdfState {
  return { docs: 0, df: new Map() };
}

/** Counts one document's distinct terms (any iterable of terms; a Map counts its keys). */
export function observe(state: IdfState, terms: Iterable<string> | ReadonlyMap<string, number>): void {
  state.docs++;
  const keys = terms instanceof Map ? terms.keys() : (terms as Iterable<string>);
  const seen = new Set<string>();
  for (const t of keys) {
    if (seen.has(t)) continue;
    seen.add(t);
    state.df.set(t, (state.df.get(t) ?? 0) + 1);
  }
}

/** An empty state layered over a background (see `IdfState.base`). */
export function layeredIdf(base: IdfState): IdfState {
  return { docs: 0, df: new Map(), base };
}

/** Smoothed inverse document frequency of a term (>= 1), background included. */
export function idf(state: IdfState, term: string): number {
  const b = state.base;
  const docs = state.docs + (b ? b.docs : 0);
  const df = (state.df.get(term) ?? 0) + (b ? (b.df.get(term) ?? 0) : 0);
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/** TF-IDF vector of term counts: sublinear tf (1 + ln tf) times idf. */
export function tfidf(state: IdfState, counts: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, c] of counts) if (c > 0) out.set(t, (1 + Math.log(c)) * idf(state, t));
  return out;
}

/** IDF-weighted sum of a set's terms (the "mass" of a set, for weighted overlaps). */
export function idfMass(state: IdfState, terms: Iterable<string>): number {
  let s = 0;
  for (const t of terms) s += idf(state, t);
  return s;
}

/** The state as a plain JSON-ready record (sorted terms, deterministic). */
export function idfToJSON(state: IdfState): { docs: number; df: [string, number][] } {
  return { docs: state.docs, df: [...state.df].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
}

/** A state from its JSON record. */
export function idfFromJSON(json: { docs: number; df: readonly (readonly [string, number])[] }): IdfState {
  return { docs: json.docs, df: new Map(json.df.map(([t, n]) => [t, n])) };
}
