/**
 * The reference date relative dates are resolved against, and where it came from. In order of trust:
 * the article's publication date (metadata or dateline, at its grain), an ISO date in a metadata line, a full
 * date at the very start of the body (a dateline the ingestion did not lift), and last the latest full date
 * of an embed (a tweet's "September 9, 2020"), marked `embed-inferred`.
 */
import type { Article, Embed } from '../types.ts';
import { dayNumber, isValidDate, isoAt } from './calendar.ts';
import type { RawDate } from './raw.ts';

export interface Reference {
  /** Day number used for arithmetic: the day itself, or the middle of the month / year when coarser. */
  readonly day: number;
  readonly grain: 'day' | 'month' | 'year';
  readonly from: 'metadata' | 'dateline' | 'embed-inferred';
  /** ISO at the grain. */
  readonly iso: string;
}

/** A full date this close to the start of the body is a dateline ("PARIS, 10 septembre 2020 (AFP) -"). */
export const DATELINE_HEAD_CHARS = 80;
/** Middle of a month / of a year: the best single guess when only the month or year is known. */
const MID_MONTH_DAY = 15;
const MID_YEAR_MONTH = 7;

const ISO_PREFIX = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const ISO_IN_TEXT = /(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])/;

function makeRef(
  from: Reference['from'],
  year: number,
  month?: number,
  day?: number,
  forced?: Reference['grain'],
): Reference | undefined {
  let grain: Reference['grain'] = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  if (forced === 'year' || (forced === 'month' && grain === 'day')) grain = forced;
  const m = grain === 'year' ? MID_YEAR_MONTH : (month ?? MID_YEAR_MONTH);
  const d = grain === 'day' ? (day ?? MID_MONTH_DAY) : MID_MONTH_DAY;
  if (!isValidDate(year, m, d)) return undefined;
  return { day: dayNumber(year, m, d), grain, from, iso: isoAt(grain, year, m, d) };
}

function optionalNumber(x: string | undefined): number | undefined {
  return x === undefined ? undefined : Number(x);
}

function fromIso(
  s: string,
  re: RegExp,
  from: Reference['from'],
  forced?: Reference['grain'],
): Reference | undefined {
  const m = re.exec(s);
  if (!m) return undefined;
  return makeRef(from, Number(m[1]), optionalNumber(m[2]), optionalNumber(m[3]), forced);
}

function isFull(d: RawDate): d is RawDate & { year: number; month: number; day: number } {
  return (
    d.year !== undefined &&
    d.month !== undefined &&
    d.day !== undefined &&
    isValidDate(d.year, d.month, d.day)
  );
}

/** The grain the ingestion declared, when it says so (an optional field newer ingestion code may set). */
function declaredGrain(article: Article): Reference['grain'] | undefined {
  const g = (article as { readonly publishedGrain?: unknown }).publishedGrain;
  return g === 'day' || g === 'month' || g === 'year' ? g : undefined;
}

/**
 * Picks the reference. `bodyDates` are the dates found in the body (for a dateline); `embedDates` reads the
 * full dates of one embed text (callers pass the article language's extractor).
 */
export function findReference(
  article: Article,
  embeds: readonly Embed[],
  bodyDates: readonly RawDate[],
  embedDates: (text: string) => readonly RawDate[],
): Reference | undefined {
  if (article.published) {
    const r = fromIso(
      article.published,
      ISO_PREFIX,
      article.publishedFrom ?? 'metadata',
      declaredGrain(article),
    );
    if (r) return r;
  }
  const metaTexts = [
    ...(article.metaLines ?? []),
    ...embeds.filter((e) => e.kind === 'metadata').map((e) => e.text),
  ];
  for (const t of metaTexts) {
    const r = fromIso(t, ISO_IN_TEXT, 'metadata');
    if (r) return r;
  }
  const head = bodyDates.find((d) => d.start < DATELINE_HEAD_CHARS && isFull(d));
  if (head && isFull(head)) return makeRef('dateline', head.year, head.month, head.day);
  let latest: Reference | undefined;
  for (const e of embeds) {
    if (e.kind === 'metadata') continue;
    for (const d of embedDates(e.text)) {
      if (!isFull(d)) continue;
      const r = makeRef('embed-inferred', d.year, d.month, d.day);
      if (r && (!latest || r.day > latest.day)) latest = r;
    }
  }
  return latest;
}
