/**
 * Turns a {@link RawDate} (what the text states) into a DateMention (an ISO date at a grain), using the
 * reference for what the text leaves implied. `certain` is true only when every component at the grain is
 * stated, or fixed without doubt (a weekday that matches one year only).
 */
import type { DateMention } from '../types.ts';
import {
  fromDayNumber,
  dayNumber,
  isValidDate,
  isoAt,
  isoDay,
  nearestYear,
  weekdayNear,
  yearByWeekday,
} from './calendar.ts';
import type { RawDate } from './raw.ts';
import type { Reference } from './reference.ts';

/** Months either way a month without a year may be from the reference (half a year). */
const IMPLIED_YEAR_WINDOW_MONTHS = 6;

type Resolved = Pick<DateMention, 'date' | 'grain' | 'certain'>;

/** The latest occurrence of (month, day) strictly before the reference ("le 12 mai dernier"). */
function pastYear(month: number, day: number, ref: number): number | undefined {
  const y = fromDayNumber(ref).year;
  for (const cand of [y, y - 1, y - 2]) {
    if (isValidDate(cand, month, day) && dayNumber(cand, month, day) < ref) return cand;
  }
  return undefined;
}

/** Resolves one raw date; undefined when it cannot be placed (no reference for an implied part, bad date). */
export function resolveRaw(d: RawDate, ref: Reference | undefined): Resolved | undefined {
  // A reference only known to the month or year cannot place a day; one inferred from an embed is a guess.
  const refDay = ref?.grain === 'day';
  const refTrusted = refDay && ref?.from !== 'embed-inferred';
  if (d.offset !== undefined || (d.weekday !== undefined && d.day === undefined)) {
    if (!ref || ref.grain === 'year') return undefined;
    if (!refDay) return { date: ref.iso, grain: 'month', certain: false };
    const n =
      d.offset !== undefined
        ? ref.day + d.offset
        : weekdayNear(d.weekday as number, ref.day, d.modifier ?? 'this');
    return { date: isoDay(n), grain: 'day', certain: refTrusted };
  }
  if (d.month === undefined) {
    return d.year !== undefined ? { date: isoAt('year', d.year), grain: 'year', certain: true } : undefined;
  }
  if (d.day === undefined) {
    if (d.year !== undefined) return { date: isoAt('month', d.year, d.month), grain: 'month', certain: true };
    if (!ref) return undefined;
    const r = fromDayNumber(ref.day);
    let year = r.year;
    const diff = d.month - r.month;
    if (diff > IMPLIED_YEAR_WINDOW_MONTHS) year -= 1;
    else if (diff < -IMPLIED_YEAR_WINDOW_MONTHS) year += 1;
    return { date: isoAt('month', year, d.month), grain: 'month', certain: false };
  }
  if (d.year !== undefined) {
    if (!isValidDate(d.year, d.month, d.day)) return undefined;
    return { date: isoAt('day', d.year, d.month, d.day), grain: 'day', certain: true };
  }
  if (!ref) return undefined;
  if (d.weekday !== undefined) {
    const y = yearByWeekday(d.month, d.day, d.weekday, ref.day);
    if (y !== undefined) return { date: isoAt('day', y, d.month, d.day), grain: 'day', certain: true };
  }
  const y = d.modifier === 'past' ? pastYear(d.month, d.day, ref.day) : nearestYear(d.month, d.day, ref.day);
  if (y === undefined) return undefined;
  return { date: isoAt('day', y, d.month, d.day), grain: 'day', certain: false };
}
