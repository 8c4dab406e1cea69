/**
 * Sentence splitting over tokens (no second pass over the text). A sentence ends at a terminator
 * (. ! ? … 。 ！ ？ ؟) plus any closing quotes/brackets after it, unless:
 * - the next word starts lower-case ("« Qui ? » demande-t-il", "z. B. die", "etc. et");
 * - the period follows a single letter (initials "J. R. R.", "U.S.", "z. B.", "т. е.", "p. ex.", pl "r.",
 *   ru "г.") or a listed abbreviation of the language ("M.", "Mme", "Dr.", "Sr.", "им.");
 * - in languages that write ordinals with a period (de, pl, tr...), the period follows a one- or
 *   two-digit number ("am 14. September", "3. Liga") or precedes a German month name.
 * A paragraph end always ends a sentence. We do this on tokens rather than with
 * `Intl.Segmenter(granularity: 'sentence')` plus merges: same rules, no extra scan (speed), and the
 * result maps to token ranges directly.
 */
import { abbreviations, DE_MONTHS, ORDINAL_PERIOD_LANGS } from './lang/abbreviations.ts';
import { fold } from './fold.ts';
import type { TokenKind } from './tokenize.ts';

/** Parallel token arrays (offsets into `text`), as the text stage keeps them. */
export interface TokenColumns {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly kinds: readonly TokenKind[];
}

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '｡']);
/** Closers that always belong to the sentence before them. */
const CLOSERS = new Set(['»', '”', '’', ')', ']', '}', '」', '』', '）', '›']);
/** Quote marks that close only when glued to the terminator (`."`), and open otherwise. */
const AMBIGUOUS_CLOSERS = new Set(['"', "'", '“', '„']);
/** Ordinals written with a period have at most this many digits ("31." yes, "2020." no). */
const MAX_ORDINAL_DIGITS = 2;

function isLowerStart(text: string, at: number): boolean {
  const ch = text[at];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** True when the period at token `i` (first of its terminator run) does not end the sentence. */
function periodContinues(
  text: string,
  cols: TokenColumns,
  i: number,
  first: number,
  next: number,
  lang: string,
): boolean {
  if (i <= first) return false;
  const p = i - 1;
  if (cols.ends[p] !== cols.starts[i]) return false;
  const kind = cols.kinds[p];
  if (kind === 'word') {
    const len = cols.ends[p] - cols.starts[p];
    if (len === 1) return true;
    return abbreviations(lang).has(fold(text.slice(cols.starts[p], cols.ends[p])));
  }
  if (kind === 'number' && ORDINAL_PERIOD_LANGS.has(lang)) {
    if (cols.ends[p] - cols.starts[p] <= MAX_ORDINAL_DIGITS) return true;
    if (lang === 'de' && cols.kinds[next] === 'word') {
      return DE_MONTHS.has(fold(text.slice(cols.starts[next], cols.ends[next])));
    }
  }
  return false;
}

/**
 * Splits tokens `[from, to)` (one paragraph) into sentences; appends each sentence's end (exclusive token
 * index) to `ends`, in order: the sentences are `[from, ends[0])`, `[ends[0], ends[1])`... and cover every
 * token of the paragraph. (An array rather than a callback: the caller needs no closure per article.)
 */
export function splitSentences(
  text: string,
  cols: TokenColumns,
  from: number,
  to: number,
  lang: string,
  ends: number[],
): void {
  const { starts, kinds } = cols;
  let first = from;
  let i = from;
  while (i < to) {
    if (kinds[i] !== 'punct' || !TERMINATORS.has(text[starts[i]])) {
      i++;
      continue;
    }
    // Absorb the rest of the terminator run and the closers after it.
    let j = i + 1;
    while (j < to && kinds[j] === 'punct') {
      const ch = text[starts[j]];
      if (TERMINATORS.has(ch) || CLOSERS.has(ch)) j++;
      else if (AMBIGUOUS_CLOSERS.has(ch) && starts[j] === cols.ends[j - 1]) j++;
      else break;
    }
    if (j >= to) break;
    let split = !(kinds[j] === 'word' && isLowerStart(text, starts[j]));
    if (split && text[starts[i]] === '.' && j === i + 1)
      split = !periodContinues(text, cols, i, first, j, lang);
    if (split) {
      ends.push(j);
      first = j;
    }
    i = j;
  }
  if (first < to) ends.push(to);
}
