/**
 * A small table-driven date parser for the languages chrono has no locale for (pl, tr, ar): day + month
 * (+ year) with an optional weekday before or after ("14 września 2020", "14 Eylül 2020 Pazartesi",
 * "الاثنين 14 سبتمبر"), month + year, full numeric dates, weekdays and relative-day words. Every word comes
 * from the language's table; nothing here depends on the reference date.
 */
import type { Lang } from '../types.ts';
import { DIGIT, compiledDates, monthNumber, toInt, keyOf, type CompiledDateLexicon } from './compile.ts';
import { modifierAt, weekdayModifier } from './modifier.ts';
import type { RawDate } from './raw.ts';
import { nextWordStartMatch } from '../text/word-start.ts';

/** Languages this parser serves (those without a chrono locale). */
export const OWN_PARSER_LANGS: readonly Lang[] = ['pl', 'tr', 'ar'];

/** Ordinal / case endings after a day number: "14." (pl), "14-go", "14'ünde" is left to the month. */
const DAY_SUFFIX = '(?:\\.|-go|-ego)?';
/** Arabic writes "14 من سبتمبر" as well as "14 سبتمبر". */
const DAY_MONTH_LINK = '(?:من\\s+)?';
const SEP = '[,،]?\\s+';

function buildPattern(c: CompiledDateLexicon): RegExp {
  const { month: M, weekday: WD, relative: REL } = c.src;
  const D = `${DIGIT}{1,2}`;
  const Y = `${DIGIT}{4}`;
  const MM = `${M}(?:\\s*/\\s*${M})?`; // "أيلول/سبتمبر": Levantine and Egyptian names side by side
  const alts = [
    `(?:(?<wd1>${WD})${SEP})?(?<d1>${D})${DAY_SUFFIX}\\s+${DAY_MONTH_LINK}(?<m1>${MM})(?:${SEP}(?<y1>${Y}))?(?:${SEP}(?<wd2>${WD}))?`,
    `(?<d2>${D})[./](?<mo2>${D})[./](?<y2>${Y})`,
    `(?<y3>${Y})-(?<mo3>${DIGIT}{2})-(?<d3>${DIGIT}{2})`,
    `(?<m4>${MM})${SEP}(?<y4>${Y})`,
    `(?<rel>${REL})`,
    `(?<wd5>${WD})`,
  ];
  // The left word boundary is checked in code (nextWordStartMatch): a leading look-behind is tried at every
  // position. Every alternative starts with a digit or a table word.
  return new RegExp(`(?:${alts.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}

const PATTERNS = new Map<Lang, RegExp>(OWN_PARSER_LANGS.map((l) => [l, buildPattern(compiledDates(l))]));

/** The table parser's regex of a language (its left word boundary unchecked), for tests. */
export function ownPattern(lang: Lang): RegExp | undefined {
  return PATTERNS.get(lang);
}

/** The first month of a "أيلول/سبتمبر" pair, for lookup. */
function firstMonth(c: CompiledDateLexicon, s: string): number | undefined {
  return monthNumber(c, s.split('/')[0].trim());
}

/** Dates found by the table parser in `text`; offsets shifted by `base`. */
export function extractOwn(c: CompiledDateLexicon, text: string, base: number): RawDate[] {
  const re = PATTERNS.get(c.lang);
  if (!re) return [];
  const out: RawDate[] = [];
  re.lastIndex = 0;
  for (let m = nextWordStartMatch(re, text); m; m = nextWordStartMatch(re, text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const at = { start: start + base, end: end + base, text: m[0] };
    const wd = g.wd1 ?? g.wd2;
    if (g.d1 !== undefined) {
      const month = firstMonth(c, g.m1);
      if (month === undefined) continue;
      const year = g.y1 ? toInt(g.y1) : undefined;
      out.push({
        ...at,
        day: toInt(g.d1),
        month,
        year,
        weekday: wd ? c.weekdayOf.get(keyOf(wd)) : undefined,
        modifier: year === undefined ? modifierAt(c, text, start, end) : undefined,
      });
    } else if (g.d2 !== undefined) {
      out.push({ ...at, day: toInt(g.d2), month: toInt(g.mo2), year: toInt(g.y2) });
    } else if (g.y3 !== undefined) {
      out.push({ ...at, day: toInt(g.d3), month: toInt(g.mo3), year: toInt(g.y3) });
    } else if (g.m4 !== undefined) {
      const month = firstMonth(c, g.m4);
      if (month !== undefined) out.push({ ...at, month, year: toInt(g.y4) });
    } else if (g.rel !== undefined) {
      const offset = c.offsetOf.get(keyOf(g.rel));
      if (offset !== undefined) out.push({ ...at, offset });
    } else if (g.wd5 !== undefined) {
      const weekday = c.weekdayOf.get(keyOf(g.wd5));
      if (weekday !== undefined)
        out.push({ ...at, weekday, modifier: weekdayModifier(c, text, start, end, start) });
    }
  }
  return out;
}
