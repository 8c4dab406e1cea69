/**
 * Calendar arithmetic on "day numbers" (days since 1970-01-01, UTC). Pure functions, no clock, no time zone:
 * every date in this module is a calendar date, never an instant.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date (month 1-12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Calendar date of a day number. */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Weekday of a day number, 0 = Sunday .. 6 = Saturday. */
export function weekdayOf(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((n + 4) % 7) + 7) % 7;
}

/** True when (year, month, day) is a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const c = fromDayNumber(dayNumber(year, month, day));
  return c.year === year && c.month === month && c.day === day;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO text of a date at its grain: YYYY-MM-DD, YYYY-MM or YYYY. */
export function isoAt(grain: 'day' | 'month' | 'year', year: number, month = 1, day = 1): string {
  if (grain === 'year') return pad(year, 4);
  if (grain === 'month') return `${pad(year, 4)}-${pad(month, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** ISO text of a day number. */
export function isoDay(n: number): string {
  const c = fromDayNumber(n);
  return isoAt('day', c.year, c.month, c.day);
}

/** How far apart (in days) the nearest dates may be when a year is implied: half a year either way. */
export const IMPLIED_YEAR_WINDOW_DAYS = 183;

/**
 * The year of the occurrence of (month, day) nearest the reference day, or undefined when none is within
 * {@link IMPLIED_YEAR_WINDOW_DAYS}. Ties go to the past (news reports mostly what happened).
 */
export function nearestYear(month: number, day: number, ref: number): number | undefined {
  const refYear = fromDayNumber(ref).year;
  let best: number | undefined;
  let bestDist = Infinity;
  for (const y of [refYear - 1, refYear, refYear + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const n = dayNumber(y, month, day);
    const dist = Math.abs(n - ref);
    if (dist < bestDist || (dist === bestDist && n < ref)) {
      best = y;
      bestDist = dist;
    }
  }
  return bestDist <= IMPLIED_YEAR_WINDOW_DAYS ? best : undefined;
}

/**
 * The year, among the reference year -1..+1, in which (month, day) falls on `weekday`, nearest the reference;
 * undefined when no year in that range matches.
 */
export function yearByWeekday(month: number, day: number, weekday: number, ref: number): number | undefined {
  const refYear = fromDayNumber(ref).year;
  let best: number | undefined;
  let bestDist = Infinity;
  for (const y of [refYear, refYear - 1, refYear + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const n = dayNumber(y, month, day);
    if (weekdayOf(n) !== weekday) continue;
    const dist = Math.abs(n - ref);
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/**
 * The day of a weekday relative to the reference day. `past`: the latest one strictly before the reference;
 * `next`: the first one strictly after; `this` (bare weekday, "ce jeudi"): the latest one on or before the
 * reference (news mostly reports what happened in the past week).
 */
export function weekdayNear(weekday: number, ref: number, modifier: 'past' | 'next' | 'this'): number {
  const refWd = weekdayOf(ref);
  if (modifier === 'next') {
    const ahead = (weekday - refWd + 7) % 7;
    return ref + (ahead === 0 ? 7 : ahead);
  }
  const back = (refWd - weekday + 7) % 7;
  if (modifier === 'past') return ref - (back === 0 ? 7 : back);
  return ref - back;
}
