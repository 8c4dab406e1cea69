/**
 * Date spans found by chrono-node in the languages it has a locale for. chrono finds the spans and the
 * stated components; this module keeps only explicit calendar references (a month name, a full numeric
 * date, a weekday, a relative-day word of the language's table) and drops durations ("En un mois"),
 * times alone and partial numbers ("24/7"). Nothing here depends on the reference date.
 */
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import type { Lang } from '../types.ts';
import type { CompiledDateLexicon } from './compile.ts';
import { NUMERIC_DATE, keyOf, nextWordMatch } from './compile.ts';
import { modifierAt, weekdayModifier } from './modifier.ts';
import type { RawDate } from './raw.ts';

type Parser = { parse: (text: string, ref?: Date) => chrono.ParsedResult[] };

/**
 * chrono parsers whose every result {@link classify} drops: spans of time counted from the reference ("in
 * 5 minutes", "vor drei Tagen", "+2 days", "within a week") never carry a stated month, day or weekday.
 * Leaving them out of the configuration saves their regex scans; the outputs over the development texts
 * were diffed before and after (identical).
 */
const UNUSED_PARSER = /TimeUnit(?:Within|Ago|Later|CasualRelative)FormatParser$/;

/** A copy of a chrono configuration without the parsers whose results are never kept. */
function pruned(c: chrono.Chrono): chrono.Chrono {
  const copy = c.clone();
  copy.parsers = copy.parsers.filter((p) => !UNUSED_PARSER.test(p.constructor.name));
  return copy;
}

/**
 * chrono-node is loaded through `require`, on first use: its ES module build is 267 files, and each one
 * goes through tsx's module hooks, which cost every CLI command and every ingest worker ~900 ms of CPU at
 * start-up (measured: `import('chrono-node')` 860-965 ms of CPU under tsx, `require` of its CommonJS build of
 * the same version 265-295 ms). Same package, same version, same code compiled twice by chrono's build.
 */
const require = createRequire(import.meta.url);
let chronoModule: typeof chrono | undefined;

/** The configuration of each language chrono has a locale for (the casual ones know "hier", "yesterday"...). */
const CONFIGURATIONS: Readonly<Partial<Record<Lang, (c: typeof chrono) => Parser>>> = {
  en: (c) => pruned(c.en.casual),
  fr: (c) => pruned(c.fr.casual),
  de: (c) => pruned(c.de.casual),
  es: (c) => pruned(c.es.casual),
  it: (c) => pruned(c.it.casual),
  pt: (c) => pruned(c.pt.casual),
  nl: (c) => pruned(c.nl.casual),
  ru: (c) => pruned(c.ru.casual),
  uk: (c) => pruned(c.uk.casual),
  zh: (c) => c.zh.hans,
};
/** One parser per language, built on first use. */
const PARSERS = new Map<Lang, Parser>();

/** The chrono parser of a language (undefined when chrono has no locale for it). */
function parserFor(lang: Lang): Parser | undefined {
  let parser = PARSERS.get(lang);
  if (parser !== undefined) return parser;
  const configure = CONFIGURATIONS[lang];
  if (configure === undefined) return undefined;
  chronoModule ??= require('chrono-node') as typeof chrono;
  parser = configure(chronoModule);
  PARSERS.set(lang, parser);
  return parser;
}

/**
 * chrono needs some reference; every value we keep is one the text states, so any fixed date will do
 * (never the clock: output must not depend on when it runs).
 */
const NEUTRAL_REF = new Date(Date.UTC(2000, 0, 1, 12));

const NUMERIC_FULL = new RegExp(NUMERIC_DATE, 'u');

/**
 * chrono runs only on windows around anchors (a month, weekday or relative-day word, a numeric date): its
 * cost grows with the text it scans, and every date it can report has an anchor. The window is wide enough
 * for "le mardi 8 et mercredi 9 septembre 2020 à 20h".
 */
const WINDOW_BEFORE = 36;
const WINDOW_AFTER = 40;

/** Merged [start, end) windows around the anchors of `text`, widened to whole words. */
export function anchorWindows(c: CompiledDateLexicon, text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = c.anchors;
  re.lastIndex = 0;
  for (let m = nextWordMatch(re, text, c.lex); m; m = nextWordMatch(re, text, c.lex)) {
    let s = Math.max(0, m.index - WINDOW_BEFORE);
    let e = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    while (s > 0 && !/\s/.test(text[s - 1])) s--;
    while (e < text.length && !/\s/.test(text[e])) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
const LEADING = /^[\s,;:，、。]+/u;
const TRAILING = /[\s,;:，、。]+$/u;
/** A final full stop and the word before it: a sentence's stop ("le 9 août.") unless the word is an abbreviation ("Sept."). */
const TRAILING_STOP = /(\p{L}*)\.$/u;

function stripStop(c: CompiledDateLexicon, t: string): string {
  const m = TRAILING_STOP.exec(t);
  return m && !c.monthAbbreviations.has(m[1].toLowerCase()) ? t.slice(0, -1) : t;
}

/** True when chrono has a locale for the language. */
export function hasChrono(lang: string): boolean {
  return lang in CONFIGURATIONS;
}

/** Dates chrono finds in `text`; offsets are shifted by `base` (the text's offset in its source). */
export function extractChrono(c: CompiledDateLexicon, text: string, base: number): RawDate[] {
  const out: RawDate[] = [];
  for (const [s, e] of anchorWindows(c, text)) parseWindow(c, text.slice(s, e), base + s, out);
  return out;
}

function parseWindow(c: CompiledDateLexicon, text: string, base: number, out: RawDate[]): void {
  const parser = parserFor(c.lang);
  if (!parser) return;
  for (const r of parser.parse(text, NEUTRAL_REF)) {
    const lead = LEADING.exec(r.text)?.[0].length ?? 0;
    let t = r.text.slice(lead).replace(TRAILING, '');
    t = stripStop(c, t);
    if (!t) continue;
    const start = r.index + lead;
    const end = start + t.length;
    const raw = classify(c, r.start, t, text, start, end);
    if (raw) out.push({ ...raw, start: start + base, end: end + base, text: t });
  }
}

type Parts = Omit<RawDate, 'start' | 'end' | 'text'>;

/** A component chrono read from the text (not implied from the reference), or undefined. */
function known(comp: chrono.ParsedComponents, k: 'day' | 'month' | 'year' | 'weekday'): number | undefined {
  return comp.isCertain(k) ? (comp.get(k) ?? undefined) : undefined;
}

function classify(
  c: CompiledDateLexicon,
  comp: chrono.ParsedComponents,
  t: string,
  src: string,
  start: number,
  end: number,
): Parts | undefined {
  const rel = c.relative.exec(t);
  if (rel) {
    const offset = c.offsetOf.get(keyOf(rel[0]));
    if (offset !== undefined) return { offset };
  }
  const day = known(comp, 'day');
  const month = known(comp, 'month');
  const year = known(comp, 'year');
  const weekday = known(comp, 'weekday');
  const named = c.month.test(t);
  if (day !== undefined && month !== undefined && (named || NUMERIC_FULL.test(t))) {
    return {
      day,
      month,
      year,
      weekday,
      modifier: year === undefined ? modifierAt(c, src, start, end) : undefined,
    };
  }
  // A month without a day counts only with its year here; a month alone is left to the extras extractor,
  // which asks for a preposition ("en septembre") so that "May" the verb is not a date.
  if (month !== undefined && year !== undefined && day === undefined && named) return { month, year };
  if (weekday !== undefined && day === undefined) {
    const wd = c.weekday.exec(t);
    if (wd) return { weekday, modifier: weekdayModifier(c, src, start, end, start + wd.index) };
  }
  return undefined;
}
