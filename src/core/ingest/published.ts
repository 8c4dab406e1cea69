/**
 * Publication times from metadata strings (ISO 8601, RFC 822 feed dates, compact dates) to one ISO form.
 * An offset written in the input is kept ("2020-09-14T01:00:00+03:00"), so the local calendar day survives.
 */

/** A normalised publication time and its precision. */
export interface PublishedTime {
  /** ISO 8601: "YYYY-MM-DDTHH:MM:SSZ" or with the written offset "+HH:MM". */
  readonly iso: string;
  /** 'time' when a time of day was given; coarser grains start at the first day of the period. */
  readonly grain: 'time' | 'day' | 'month' | 'year';
}

/** Years accepted as publication years: anything else is a parsing accident (a page id, a price). */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

const ISO_FULL =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_ONLY = /^(\d{4})$/;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const TRAILING_OFFSET = /\s([+-])(\d{2}):?(\d{2})$/;
const HAS_ZONE = /(?:\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}$)/;
const HAS_TIME = /\d{1,2}:\d{2}/;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayIso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}T00:00:00Z`;
}

function offsetOf(tz: string | undefined): string | undefined {
  if (!tz || tz.toUpperCase() === 'Z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(tz);
  if (!m) return undefined;
  const hh = Number(m[2]);
  const mm = Number(m[3] ?? '0');
  if (hh > 14 || mm > 59) return undefined;
  return hh === 0 && mm === 0 ? 'Z' : `${m[1]}${m[2]}:${pad(mm)}`;
}

/** Formats an instant as local time at the given offset in minutes ("+03:00"), or UTC ("Z") for 0. */
function isoAtOffset(ms: number, offsetMin: number): string {
  const d = new Date(ms + offsetMin * 60_000);
  const base =
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (offsetMin === 0) return `${base}Z`;
  const sign = offsetMin < 0 ? '-' : '+';
  const a = Math.abs(offsetMin);
  return `${base}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/**
 * Normalises a publication date string; undefined when it is not a date. Accepts ISO 8601 (full, day, month,
 * year), YYYYMMDD, and anything `Date.parse` reads with an explicit year (RFC 822 "Mon, 14 Sep 2020 10:00:00 +0200").
 */
export function normalisePublished(input: string | undefined): PublishedTime | undefined {
  if (!input) return undefined;
  const s = input.trim();
  if (s === '' || s.length > 64) return undefined;
  let m = ISO_FULL.exec(s);
  if (m) {
    const [y, mo, d, h, mi, se] = [1, 2, 3, 4, 5, 6].map((i) => Number(m![i] ?? '0'));
    const off = offsetOf(m[7]);
    if (!validDay(y, mo, d) || h > 23 || mi > 59 || se > 60 || off === undefined) return undefined;
    return { iso: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${pad(Math.min(se, 59))}${off}`, grain: 'time' };
  }
  m = ISO_DAY.exec(s) ?? COMPACT_DAY.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? { iso: dayIso(y, mo, d), grain: 'day' } : undefined;
  }
  m = ISO_MONTH.exec(s);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return validDay(y, mo, 1) ? { iso: dayIso(y, mo, 1), grain: 'month' } : undefined;
  }
  m = YEAR_ONLY.exec(s);
  if (m) {
    const y = Number(m[1]);
    return validDay(y, 1, 1) ? { iso: dayIso(y, 1, 1), grain: 'year' } : undefined;
  }
  if (!/\b\d{4}\b/.test(s)) return undefined;
  // Without a written zone, Date.parse would use the machine's zone: read such dates as UTC, for determinism.
  const zoned = HAS_ZONE.test(s);
  let ms = Date.parse(zoned ? s : `${s} UTC`);
  if (Number.isNaN(ms)) ms = Date.parse(s);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const off = TRAILING_OFFSET.exec(s);
  const offsetMin = off ? (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) : 0;
  if (!HAS_TIME.test(s)) {
    const d = new Date(ms + offsetMin * 60_000);
    return { iso: dayIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), grain: 'day' };
  }
  return { iso: isoAtOffset(ms, offsetMin), grain: 'time' };
}
