import type { CompiledDateLexicon } from './compile.ts';
import { firstWord, lastTwoWords } from './scan.ts';

/** How far before a date (in characters) a modifier word may stand ("la semaine dernière" is not one). */
export const MODIFIER_BEFORE_CHARS = 22;
/** How far after a date a modifier may stand ("jeudi dernier", "الخميس الماضي"). */
export const MODIFIER_AFTER_CHARS = 14;

/**
 * "past" or "next" when a modifier word of the language stands right next to the date at [start, end) of
 * `src` ("mardi dernier", "last Tuesday", "w zeszły wtorek"), inside or around the span; scripts without spaces look only at the
 * character right before the date ("上周三").
 */
export function modifierAt(
  c: CompiledDateLexicon,
  src: string,
  start: number,
  end: number,
): 'past' | 'next' | undefined {
  if (c.lex.noWordBoundaries) {
    const around = src.slice(Math.max(0, start - 1), Math.min(end, start + 1));
    if (c.past.test(around)) return 'past';
    if (c.next.test(around)) return 'next';
    return undefined;
  }
  const before = src.slice(Math.max(0, start - MODIFIER_BEFORE_CHARS), start);
  const after = src.slice(end, end + MODIFIER_AFTER_CHARS);
  // Only the words adjacent to the date: the last word(s) before it, the first after it.
  const near = `${lastTwoWords(before)} ${src.slice(start, end)} ${firstWord(after)}`;
  if (c.past.test(near)) return 'past';
  if (c.next.test(near)) return 'next';
  return undefined;
}

/** How far before a weekday its preposition (and a blocker before that) may begin. */
const FUTURE_CUE_CHARS = 28;
const LAST_WORD = /([\p{L}\p{M}]+)[\s\u00a0]*$/u;

/**
 * True when a purpose/deadline preposition of the language stands right before the weekday starting at
 * `wdStart` ("na sobotę", "für Samstag", "pour samedi"), not cancelled by a blocker ("в ночь на субботу")
 * or by a weekday before it (a range: "z piątku na sobotę").
 */
export function futureCueBefore(c: CompiledDateLexicon, src: string, wdStart: number): boolean {
  if (!c.nextBefore) return false;
  const before = src.slice(Math.max(0, wdStart - FUTURE_CUE_CHARS), wdStart);
  const m = c.nextBefore.exec(before);
  if (!m || m.groups?.blk) return false;
  const prev = LAST_WORD.exec(before.slice(0, m.index))?.[1];
  return !(prev && c.weekday.test(prev));
}

/** The modifier of a weekday at [start, end) whose weekday word starts at `wdStart`: adjectives first, then prepositions. */
export function weekdayModifier(
  c: CompiledDateLexicon,
  src: string,
  start: number,
  end: number,
  wdStart: number,
): 'past' | 'next' | undefined {
  return modifierAt(c, src, start, end) ?? (futureCueBefore(c, src, wdStart) ? 'next' : undefined);
}
