/** Regexes compiled once per language at module load from the tables in `lang/`. */
import { perLanguage, type Lang } from '../types.ts';
import type { QuoteLexicon } from './lexicon.ts';
import { QUOTE_LEXICONS } from './lang/index.ts';

export interface CompiledQuoteLexicon {
  readonly lang: Lang;
  readonly lex: QuoteLexicon;
  /**
   * Global regexes (reset `lastIndex` before use): speech verbs, "selon"-words, "zufolge"-words. Their left
   * word boundary is not in the regex: keep a match only where `startsWordAt` (src/core/text/word-start.ts)
   * holds, unless the language writes without spaces, and go on from the next code unit otherwise.
   */
  readonly cue: RegExp;
  readonly according: RegExp;
  readonly accordingAfter: RegExp;
  /** Non-global: a subject pronoun. */
  readonly pronoun: RegExp;
  /** Global: a role noun with its determiner, if any ("l’ambassadeur", "the spokesman"). Group 1 = the noun. */
  readonly role: RegExp;
  /** An attribution line's tail: "<Name> du <Organisation> (ACR)[ <Credit Name>]" at the end of a paragraph. */
  readonly line?: RegExp;
  /** Lower-case words never starting a fallback name ("Selon", "Le"). */
  readonly notName: ReadonlySet<string>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted.map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})`;
}

function bounded(src: string, lex: QuoteLexicon): string {
  return lex.noWordBoundaries ? src : `(?<![\\p{L}\\p{M}\\p{N}])${src}(?![\\p{L}\\p{M}\\p{N}])`;
}

/** Like {@link bounded} without the left boundary, which the caller checks (a leading look-behind is tried at every position). */
function loose(src: string, lex: QuoteLexicon): string {
  return lex.noWordBoundaries ? src : `${src}(?![\\p{L}\\p{M}\\p{N}])`;
}

/** A capitalised personal name of two or three words (Latin, Cyrillic, Greek scripts). */
export const NAME = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){1,2}";
/** An acronym in parentheses: "(BISS)", "(CX)", "(IFRI)". */
const ACRONYM = '\\((?<acr>[\\p{Lu}\\d][\\p{Lu}\\p{Ll}\\d&.-]{1,11})\\)';
/** How long the organisation name of an attribution line may be. */
const LINE_ORG_MAX_CHARS = 120;

function compile(lang: Lang, lex: QuoteLexicon): CompiledQuoteLexicon {
  const re = (words: readonly string[], flags: string) => new RegExp(bounded(alternation(words), lex), flags);
  const looseRe = (words: readonly string[]) => new RegExp(loose(alternation(words), lex), 'giu');
  const det = lex.determiners.length
    ? `(?:${alternation(lex.determiners.filter((d) => /['’]$/.test(d)))}|${alternation(lex.determiners.filter((d) => !/['’]$/.test(d)))}\\s+)?`
    : '';
  const roleSrc = lex.noWordBoundaries
    ? `(${alternation(lex.roles)})`
    : `(?<![\\p{L}\\p{M}\\p{N}])${det}(${alternation(lex.roles)})(?![\\p{L}\\p{M}\\p{N}])`;
  const line = lex.lineConnectors.length
    ? new RegExp(
        `(?<![\\p{L}\\p{M}])(?<name>${NAME}),?\\s+${alternation(lex.lineConnectors)}\\s*(?<org>[^()\\n]{2,${LINE_ORG_MAX_CHARS}}?)\\s*${ACRONYM}(?:\\s+(?<credit>\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){0,2}))?\\s*$`,
        'u',
      )
    : undefined;
  return {
    lang,
    lex,
    cue: looseRe(lex.cues),
    according: looseRe(lex.according),
    accordingAfter: looseRe(lex.accordingAfter),
    pronoun: re(lex.pronouns, 'iu'),
    role: new RegExp(roleSrc, 'giu'),
    line,
    notName: new Set(
      [...lex.according, ...lex.pronouns, ...lex.determiners, ...lex.cues, ...lex.lineConnectors]
        .flatMap((w) => w.split(/\s+/))
        .map((w) => w.toLowerCase()),
    ),
  };
}

/**
 * The compiled quoting vocabulary of a language (English for unsupported or unknown languages), compiled on first
 * use (all 13 at module load cost ~75 ms of start-up).
 */
export const compiledQuotes: (lang: string) => CompiledQuoteLexicon = perLanguage((l) =>
  compile(l, QUOTE_LEXICONS[l]),
);
