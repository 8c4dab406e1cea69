import type { CompiledDateLexicon } from './compile.ts';

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
  const near = `${/(?:\S+\s+){0,1}\S*\s*$/u.exec(before)?.[0] ?? ''} ${src.slice(start, end)} ${/^\s*\S+/u.exec(after)?.[0] ?? ''}`;
  if (c.past.test(near)) return 'past';
  if (c.next.test(near)) return 'next';
  return undefined;
}
