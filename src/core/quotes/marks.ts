/**
 * Finds quotations in one paragraph by their marks: « », “ ”, „ “, „ ”, ‚ ‘, ‹ ›, " ", ' ', ‘ ’, 「」, 『』 and
 * the reversed »...« of German and Danish. A quote never crosses a paragraph, never runs longer than
 * {@link MAX_QUOTE_CHARS} (an unclosed « does not swallow the article), and apostrophes (l’Union, don't,
 * students') are not marks. Nested quotes stay inside their outer quote; only outermost ones are returned.
 */

/** The longest quotation we accept, in characters: past this, an opening mark is taken to be unclosed. */
export const MAX_QUOTE_CHARS = 1200;

/** Closing marks each opening mark accepts. */
const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '»': '«',
  '„': '“”',
  '‚': '‘’',
  '“': '”',
  '‘': '’',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
  '"': '"',
  "'": "'’",
};

/** Every character that may open or close a quote (all are single code units). */
const MARK_CHARS = [...new Set([...Object.keys(CLOSERS), ...Object.values(CLOSERS).join('')])];
/**
 * Global: one mark. The scan jumps from mark to mark inside the regex engine instead of testing every
 * character in JavaScript (only marks ever change the state of the scan).
 */
const MARK = new RegExp(
  `[${MARK_CHARS.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

/** Marks that are the same character at both ends: a second one closes rather than nests. */
const SYMMETRIC = new Set(['"', "'"]);

export interface MarkedQuote {
  /** Offsets (in the scanned text) of the opening mark and one past the closing mark. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the quoted text, marks and surrounding spaces excluded. */
  readonly innerStart: number;
  readonly innerEnd: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /[\s\u00a0\u202f]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

/** May `ch` at `i` close a quote opened by `open`? Single quotes and ’ must end a word, not sit inside one. */
function canClose(text: string, i: number, open: string, ch: string): boolean {
  if (!CLOSERS[open]?.includes(ch)) return false;
  if (ch === "'" || ch === '’' || ch === '‘') return !isSpace(text[i - 1]) && !isLetter(text[i + 1]);
  if (ch === '"') return !isSpace(text[i - 1]) || !isLetter(text[i + 1]);
  return true;
}

/** May `ch` at `i` open a quote? Straight and single quotes only at the start of a word. */
function canOpen(text: string, i: number, ch: string, depth: number): boolean {
  if (!(ch in CLOSERS)) return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  if (ch === "'" || ch === '‘') return !isLetter(prev) && isLetter(next);
  if (ch === '"') return !isLetter(prev) && !isSpace(next);
  // » opens only the reversed German style, at the outer level, glued to the quoted word.
  if (ch === '»' || ch === '›') return depth === 0 && !isSpace(next);
  return true;
}

/** Trims spaces (incl. no-break) inside [s, e). */
function trimmed(text: string, s: number, e: number): [number, number] {
  while (s < e && SPACE.test(text[s])) s++;
  while (e > s && SPACE.test(text[e - 1])) e--;
  return [s, e];
}

/** Outermost quotations of `text` (one paragraph), in order. */
export function findMarkedQuotes(text: string): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  const stack: { ch: string; pos: number }[] = [];
  MARK.lastIndex = 0;
  for (let found = MARK.exec(text); found; found = MARK.exec(text)) {
    const i = found.index;
    const ch = found[0];
    if (stack.length > 0 && i - stack[0].pos > MAX_QUOTE_CHARS) stack.length = 0;
    const top = stack[stack.length - 1];
    if (top && canClose(text, i, top.ch, ch)) {
      stack.pop();
      if (stack.length === 0) {
        const [s, e] = trimmed(text, top.pos + 1, i);
        if (e > s) out.push({ start: top.pos, end: i + 1, innerStart: s, innerEnd: e });
      }
      continue;
    }
    if (top && top.ch === ch && !SYMMETRIC.has(ch)) {
      // A second « before the first closed: the first was never closed; start over from here.
      top.pos = i;
      continue;
    }
    if (canOpen(text, i, ch, stack.length)) stack.push({ ch, pos: i });
  }
  return out;
}
