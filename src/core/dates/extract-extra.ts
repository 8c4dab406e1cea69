/**
 * Dates neither chrono nor the table parser report on their own: a year alone ("en 2020", "2020 году",
 * "2020年") and a month alone ("en septembre", "w maju", "Eylül ayında"). Both count only next to a word of
 * the language's table, so "2020" inside "12020", a count ("de 2000 manifestants") or "May" the verb is not a
 * date.
 */
import { DIGIT, keyOf, monthNumber, nextWordMatch, toInt, type CompiledDateLexicon } from './compile.ts';
import { weekdayModifier } from './modifier.ts';
import type { RawDate } from './raw.ts';
import { wordBeforeTrailingSpace } from './scan.ts';

/** Years we accept as dates when alone: outside this range a four-digit number is more likely a count. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2100;
/**
 * A year followed by a lower-case word at least this long is a count ("de 2000 manifestants"), not a year;
 * shorter words are function words ("en 2020 le président", "in 2020 and").
 */
const COUNTED_NOUN_MIN_LETTERS = 4;

/**
 * Four digits not glued to a letter, digit or number punctuation. The left guard is a look-behind written
 * after the digits (same meaning: the character before them): a leading look-behind would be tried at every
 * position of the text, this one only where four digits stand (5x faster over the development texts).
 */
const YEAR_WORD = new RegExp(
  `${DIGIT}{4}(?<![\\p{L}\\p{N}/.,-]${DIGIT}{4})(?![\\p{N}]|[.,/-]${DIGIT}|\\s*%)`,
  'gu',
);
const YEAR_CJK = new RegExp(`(?<![\\p{N}])${DIGIT}{4}(?=年)`, 'gu');
const NEXT_WORD = /^[\s\u00a0]+(\p{L}+)/u;
/** Turkish case suffix after an apostrophe: "2020'de", "Eylül'den". */
const TR_SUFFIX = /^['’](?:de|da|te|ta|den|dan|ten|tan|deki|daki|e|a|ye|ya)(?![\p{L}])/iu;
const PREV_WINDOW = 30;

/** The word before `start` (up to {@link PREV_WINDOW} characters back), lower-cased; '' when none. */
function previousWord(text: string, start: number): string {
  return wordBeforeTrailingSpace(text, Math.max(0, start - PREV_WINDOW), start).toLowerCase();
}

/** Years alone; offsets shifted by `base`. */
export function extractYears(c: CompiledDateLexicon, text: string, base: number): RawDate[] {
  const out: RawDate[] = [];
  const re = c.lex.noWordBoundaries ? YEAR_CJK : YEAR_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const year = toInt(m[0]);
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 20);
    let ok = c.lex.noWordBoundaries || c.yearAfter.test(after) || TR_SUFFIX.test(after);
    if (!ok && c.yearBefore.has(previousWord(text, start))) {
      const next = NEXT_WORD.exec(after)?.[1];
      ok = !(
        next &&
        next.length >= COUNTED_NOUN_MIN_LETTERS &&
        next === next.toLowerCase() &&
        next !== next.toUpperCase()
      );
    }
    if (ok) out.push({ start: start + base, end: end + base, text: m[0], year });
  }
  return out;
}

/** Months alone after a table preposition ("en septembre") or before a table word ("Eylül ayında"). */
export function extractMonths(c: CompiledDateLexicon, text: string, base: number): RawDate[] {
  if (c.monthBefore.size === 0 && !c.monthAfter) return [];
  const out: RawDate[] = [];
  const re = c.monthLoose;
  re.lastIndex = 0;
  for (let m = nextWordMatch(re, text, c.lex); m; m = nextWordMatch(re, text, c.lex)) {
    const month = monthNumber(c, m[0]);
    if (month === undefined || c.monthAbbreviations.has(keyOf(m[0]))) continue;
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 20);
    const ok =
      c.monthBefore.has(previousWord(text, start)) ||
      (c.monthAfter !== undefined && (c.monthAfter.test(after) || TR_SUFFIX.test(after)));
    if (ok) out.push({ start: start + base, end: end + base, text: m[0], month });
  }
  return out;
}

/** Weekdays compounded with a part of the day ("woensdagavond", "Mittwochabend"); offsets shifted by `base`. */
export function extractWeekdayParts(c: CompiledDateLexicon, text: string, base: number): RawDate[] {
  const re = c.weekdayPart;
  if (!re) return [];
  const out: RawDate[] = [];
  re.lastIndex = 0;
  for (let m = nextWordMatch(re, text, c.lex); m; m = nextWordMatch(re, text, c.lex)) {
    const weekday = c.weekdayOf.get(keyOf(m.groups?.wd ?? ''));
    if (weekday === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const modifier = weekdayModifier(c, text, start, end, start);
    out.push({ start: start + base, end: end + base, text: m[0], weekday, modifier });
  }
  return out;
}
