/**
 * All dates stated in one piece of text (a paragraph, a title, an embed), in the given language:
 * chrono-node where it has a locale, the table parser elsewhere, plus years and months alone.
 */
import { mayHoldDate, type CompiledDateLexicon } from './compile.ts';
import { extractChrono, hasChrono } from './extract-chrono.ts';
import { extractMonths, extractWeekdayParts, extractYears } from './extract-extra.ts';
import { extractOwn } from './extract-own.ts';
import { mergeRaw, type RawDate } from './raw.ts';

/**
 * Dates in `text`, offsets shifted by `base`, sorted by position, non-overlapping. Texts without a digit
 * or a date word of the language are skipped before any parser runs (the parsers are the costly part).
 */
export function extractDates(c: CompiledDateLexicon, text: string, base = 0): RawDate[] {
  if (!mayHoldDate(c, text)) return [];
  const primary = hasChrono(c.lang) ? extractChrono(c, text, base) : extractOwn(c, text, base);
  return mergeRaw([
    primary,
    extractYears(c, text, base),
    extractMonths(c, text, base),
    extractWeekdayParts(c, text, base),
  ]);
}

/** Splits a body into its paragraphs ("\n"-separated), with their offsets. */
export function paragraphs(body: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    if (line.trim()) out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}
