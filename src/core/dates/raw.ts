/** A date as found in a text, before resolution against the reference: only what the text states. */
export interface RawDate {
  /** Offsets into the scanned source (body or title). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** 0 = Sunday .. 6 = Saturday. */
  readonly weekday?: number;
  /** Relative day ("hier" = -1), in days from the reference. */
  readonly offset?: number;
  /** "dernier" / "last" (past) or "prochain" / "next" (next) next to the date. */
  readonly modifier?: 'past' | 'next';
}

/**
 * Keeps non-overlapping dates, preferring (in this order) the earlier start, then the longer span, then the
 * earlier list position (callers list their more reliable extractor first). Result sorted by start.
 */
export function mergeRaw(lists: readonly (readonly RawDate[])[]): RawDate[] {
  const all: { d: RawDate; rank: number }[] = [];
  lists.forEach((list, rank) => list.forEach((d) => all.push({ d, rank })));
  all.sort((a, b) => a.d.start - b.d.start || b.d.end - a.d.end || a.rank - b.rank);
  const out: RawDate[] = [];
  let lastEnd = -1;
  for (const { d } of all) {
    if (d.start < lastEnd) continue;
    out.push(d);
    lastEnd = d.end;
  }
  return out;
}
