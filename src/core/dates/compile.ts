/**
 * Regexes compiled once per language at module load from the tables in `lang/`. Everything the extractors
 * match with comes from here, so the hot path never builds a regex.
 */
import { perLanguage, type Lang } from '../types.ts';
import type { DateLexicon } from './lexicon.ts';
import { DATE_LEXICONS } from './lang/index.ts';

/** Digits of the scripts we read: ASCII, Arabic-Indic, Eastern Arabic-Indic, full-width. */
export const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]';

/** A numeric date with all three parts (12/05/2020, 12.05.2020, 2020-05-12); "24/7" and "3-1" are not. */
export const NUMERIC_DATE = `${DIGIT}{1,4}[./-]${DIGIT}{1,2}[./-]${DIGIT}{1,4}`;

export interface CompiledDateLexicon {
  readonly lang: Lang;
  readonly lex: DateLexicon;
  /**
   * Global: a chunk worth parsing holds a match: a digit, or a month, weekday, relative-day or weekday-part
   * word, left boundary unchecked like `anchors` (group `w`). Test it with {@link mayHoldDate}.
   */
  readonly trigger: RegExp;
  /**
   * Global: where a full parser may find something (a month, weekday or relative-day word, a full numeric
   * date). Words are matched without their left word boundary (group `w` set): check it with
   * {@link wordStartsAt} and go on from `index + 1` when it fails (see {@link nextWordMatch}).
   */
  readonly anchors: RegExp;
  /** Global: a month word, left boundary unchecked like `anchors` (group `w`). */
  readonly monthLoose: RegExp;
  /** Month word or written-digit month (non-global: for `test` / `exec` on short texts). */
  readonly month: RegExp;
  readonly weekday: RegExp;
  readonly relative: RegExp;
  readonly past: RegExp;
  readonly next: RegExp;
  /** A purpose/deadline preposition ending the text before a weekday (group `blk`: a blocker before it). */
  readonly nextBefore?: RegExp;
  /**
   * Global: a weekday compounded with a part of the day ("woensdagavond"); group `wd` = the weekday; left
   * boundary unchecked like `anchors` (group `w`): read it with {@link nextWordMatch}.
   */
  readonly weekdayPart?: RegExp;
  /** lower-case form -> month (1-12), weekday (0-6), relative offset. */
  readonly monthOf: ReadonlyMap<string, number>;
  /** Month forms that only abbreviate a longer form of the same month ("sept", "jun"): never a month alone. */
  readonly monthAbbreviations: ReadonlySet<string>;
  readonly weekdayOf: ReadonlyMap<string, number>;
  readonly offsetOf: ReadonlyMap<string, number>;
  readonly yearBefore: ReadonlySet<string>;
  readonly yearAfter: RegExp;
  readonly monthBefore: ReadonlySet<string>;
  readonly monthAfter?: RegExp;
  /** Alternation sources (one capture-free group each), for the extractors that build composite patterns. */
  readonly src: { readonly month: string; readonly weekday: string; readonly relative: string };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A capture-free alternation of the words, longest first, spaces matching any white space. */
function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted.map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})`;
}

/** Wraps an alternation in word boundaries that work for every script (`\b` is ASCII-only). */
function bounded(src: string, lex: DateLexicon): string {
  return lex.noWordBoundaries ? src : `(?<![\\p{L}\\p{M}\\p{N}])${src}(?![\\p{L}\\p{M}\\p{N}])`;
}

/**
 * Like {@link bounded} without the left boundary, which the caller checks with {@link wordStartsAt}: a
 * leading look-behind is tried at every position of the text, which makes a scan several times slower.
 */
function loose(src: string, lex: DateLexicon): string {
  return lex.noWordBoundaries ? `(?<w>${src})` : `(?<w>${src})(?![\\p{L}\\p{M}\\p{N}])`;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when no letter, mark or digit stands right before `index` (the left half of a word boundary). */
export function wordStartsAt(text: string, index: number): boolean {
  if (index === 0) return true;
  const lo = text.charCodeAt(index - 1);
  const from = lo >= 0xdc00 && lo <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return !WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from) ?? 0));
}

/**
 * The next match of a loose global regex ({@link CompiledDateLexicon.anchors}, `monthLoose`) whose word
 * (group `w`) starts at a word boundary: the same matches, in the same order, as the bounded regex gives.
 */
export function nextWordMatch(re: RegExp, text: string, lex: DateLexicon): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (lex.noWordBoundaries || m.groups?.w === undefined || wordStartsAt(text, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * True when `text` holds a digit or a date word of the language (at a word boundary): the cheap test run
 * before any parser. Same answer as a bounded regex, without its leading look-behind (tried at every
 * position, several times slower over the development texts).
 */
export function mayHoldDate(c: CompiledDateLexicon, text: string): boolean {
  c.trigger.lastIndex = 0;
  return nextWordMatch(c.trigger, text, c.lex) !== null;
}

function table(lists: readonly (readonly string[])[], base: number): Map<string, number> {
  const m = new Map<string, number>();
  lists.forEach((forms, i) => forms.forEach((f) => m.set(f.toLowerCase(), i + base)));
  return m;
}

/** Forms of at most this many letters that begin a longer form of the same month are abbreviations. */
const ABBREVIATION_MAX_LETTERS = 4;

function abbreviations(months: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const forms of months) {
    for (const f of forms) {
      if (f.length <= ABBREVIATION_MAX_LETTERS && forms.some((g) => g !== f && g.startsWith(f))) out.add(f);
    }
  }
  return out;
}

/** Lower-cases and collapses white space, so a matched text can be looked up in the tables. */
export function keyOf(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

function compile(lang: Lang, lex: DateLexicon): CompiledDateLexicon {
  const monthWords = alternation(lex.months.flat());
  const monthSrc = lex.monthPattern ? `(?:${lex.monthPattern}|${monthWords})` : monthWords;
  const weekdaySrc = alternation(lex.weekdays.flat());
  const relativeSrc = alternation(Object.keys(lex.relativeDays));
  const re = (src: string, flags = 'iu') => new RegExp(bounded(src, lex), flags);
  const partSrc = lex.weekdayParts?.length
    ? `(?<wd>${weekdaySrc})${alternation(lex.weekdayParts)}`
    : undefined;
  const partTrigger = partSrc ? `|${partSrc.replace('(?<wd>', '(?:')}` : '';
  const blockers = lex.nextBeforeBlockers?.length
    ? `(?:(?<blk>${alternation(lex.nextBeforeBlockers)})\\s+)?`
    : '';
  return {
    lang,
    lex,
    trigger: new RegExp(
      `${DIGIT}|${loose(`(?:${monthSrc}|${weekdaySrc}|${relativeSrc}${partTrigger})`, lex)}`,
      'giu',
    ),
    anchors: new RegExp(
      `${NUMERIC_DATE}|${loose(`(?:${monthSrc}|${weekdaySrc}|${relativeSrc})`, lex)}`,
      'giu',
    ),
    monthLoose: new RegExp(loose(monthSrc, lex), 'giu'),
    month: re(monthSrc),
    weekday: re(weekdaySrc),
    relative: re(relativeSrc),
    past: re(alternation(lex.past)),
    next: re(alternation(lex.next)),
    nextBefore: lex.nextBefore?.length
      ? new RegExp(`(?<![\\p{L}\\p{M}])${blockers}${alternation(lex.nextBefore)}[\\s\\u00a0]+$`, 'iu')
      : undefined,
    weekdayPart: partSrc ? new RegExp(loose(partSrc, lex), 'giu') : undefined,
    monthOf: table(lex.months, 1),
    monthAbbreviations: abbreviations(lex.months),
    weekdayOf: table(lex.weekdays, 0),
    offsetOf: new Map(Object.entries(lex.relativeDays).map(([k, v]) => [keyOf(k), v])),
    yearBefore: new Set(lex.yearBefore.map((w) => w.toLowerCase())),
    yearAfter: new RegExp(`^\\s*${alternation(lex.yearAfter.length ? lex.yearAfter : ['\u0000'])}`, 'iu'),
    monthBefore: new Set(lex.monthBefore.map((w) => w.toLowerCase())),
    monthAfter: lex.monthAfter ? new RegExp(`^\\s*${alternation(lex.monthAfter)}`, 'iu') : undefined,
    src: { month: monthSrc, weekday: weekdaySrc, relative: relativeSrc },
  };
}

/**
 * The compiled date vocabulary of a language (English for unsupported or unknown languages), compiled on first
 * use (all 13 at module load cost ~180 ms of start-up).
 */
export const compiledDates: (lang: string) => CompiledDateLexicon = perLanguage((l) =>
  compile(l, DATE_LEXICONS[l]),
);

/** Month (1-12) named by a matched month text ("septembre", "9月"), or undefined. */
export function monthNumber(c: CompiledDateLexicon, text: string): number | undefined {
  const k = keyOf(text);
  const direct = c.monthOf.get(k);
  if (direct !== undefined) return direct;
  const digits = /^([0-9０-９]{1,2})月$/.exec(k);
  return digits ? toInt(digits[1]) : undefined;
}

/** Parses digits of any script supported by {@link DIGIT}. */
export function toInt(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    let d = -1;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 0x660 && c <= 0x669) d = c - 0x660;
    else if (c >= 0x6f0 && c <= 0x6f9) d = c - 0x6f0;
    else if (c >= 0xff10 && c <= 0xff19) d = c - 0xff10;
    if (d >= 0) n = n * 10 + d;
  }
  return n;
}
