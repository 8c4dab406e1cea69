/**
 * Radio-style attribution lines: a paragraph of plain text (no quotation marks) that ends with the speaker
 * and their affiliation, sometimes followed by the reporter's credit:
 * "<statement> Jane Doe of the Centre for Eastern Studies (CES) John Smith". The statement is a quote of
 * Jane Doe; the credit is dropped.
 */
import type { CompiledQuoteLexicon } from './compile.ts';
import type { PersonSpan } from './persons.ts';

/** Only the end of a paragraph can hold an attribution line; this bounds the regex's work. */
const LINE_TAIL_CHARS = 320;
/** A statement shorter than this is not a quote (a caption, a heading with a source). */
export const LINE_MIN_WORDS = 8;
/** Cheap test before the regex: the paragraph ends with ")" or ") Some Name". */
const TAIL_SHAPE = /\)(?:\s+[\p{L}\p{M}'’ -]{0,60})?\s*$/u;

export interface LineQuote {
  /** Offsets of the statement in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly speaker: string;
  readonly speakerKey?: string;
  /** The organisation as written, with its acronym: "Centre biélorusse d’études stratégiques (BISS)". */
  readonly affiliation: string;
}

/**
 * The attribution line of one paragraph at [base, base + text.length) of the body, if it is one.
 * `persons` (body offsets) lets an entity's name win over a longer capitalised run.
 */
export function findAttributionLine(
  c: CompiledQuoteLexicon,
  text: string,
  base: number,
  persons: readonly PersonSpan[],
): LineQuote | undefined {
  if (!c.line || !TAIL_SHAPE.test(text)) return undefined;
  const tailStart = Math.max(0, text.length - LINE_TAIL_CHARS);
  const m = c.line.exec(text.slice(tailStart));
  if (!m || !m.groups) return undefined;
  let nameStart = tailStart + m.index;
  const nameEnd = nameStart + m.groups.name.length;
  let speaker = m.groups.name;
  let speakerKey: string | undefined;
  const entity = persons.find((p) => p.key && p.end === base + nameEnd && p.start >= base + nameStart);
  if (entity) {
    nameStart = entity.start - base;
    speaker = entity.name;
    speakerKey = entity.key;
  }
  let end = nameStart;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = 0;
  while (start < end && /\s/.test(text[start])) start++;
  const statement = text.slice(start, end);
  if (statement.split(/\s+/).length < LINE_MIN_WORDS) return undefined;
  return {
    start: base + start,
    end: base + end,
    speaker,
    speakerKey,
    affiliation: `${m.groups.org.trim()} (${m.groups.acr})`,
  };
}
