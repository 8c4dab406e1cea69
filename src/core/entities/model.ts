/**
 * Internal shapes of the entities engine: the injected look-ups (gazetteer, name keys) and the candidate
 * mentions that the finders produce and the clustering step groups into entities.
 */
import type { EntityType } from '../types.ts';

/** A gazetteer hit as the places engineer's `matchAt` returns it. */
export interface GazetteerHit {
  readonly key: string;
  readonly kind: 'country' | 'city' | 'region' | 'org';
  readonly country?: string;
  readonly name: string;
  /** Tokens consumed. */
  readonly length: number;
  /** A demonym / adjective ("bélarusse", "russisch"): geography, not a named mention. */
  readonly adjectival: boolean;
}

/** What a gazetteer match needs besides the norms. */
export interface MatchContext {
  readonly lang?: string;
  readonly texts?: readonly string[];
  readonly initial?: (i: number) => boolean;
}

/** A gazetteer hit found as a substring of caseless text (Chinese). */
export interface TextHit extends GazetteerHit {
  readonly start: number;
  readonly end: number;
}

/** What the engine needs from the rest of the core; the stage wires the real modules in. */
export interface EntityLookups {
  /**
   * Longest gazetteer match starting at token `i` of `norms`; `texts` are the surface forms (capitalisation
   * matters for names in cased scripts) and `initial(i)` says whether token i starts a sentence.
   */
  readonly matchAt: (norms: readonly string[], i: number, ctx: MatchContext) => GazetteerHit | undefined;
  /** Gazetteer hits inside caseless text (Chinese). */
  readonly matchText?: (text: string) => readonly TextHit[];
  /** Cross-language key of a name (`person:...`, `org:...`). */
  readonly nameKey: (name: string, type: EntityType) => string;
}

/** How sure a candidate's type is, from the evidence next to it. Higher wins when mentions disagree. */
export const Evidence = {
  /** Nothing but capitalisation. */
  None: 0,
  /** Recurring capitalised span, acronym. */
  Weak: 1,
  /** Given name, speech verb, role word nearby, organisation word. */
  Cue: 2,
  /** Honorific right before (M., Mr, Herr), gazetteer. */
  Strong: 3,
} as const;
export type Evidence = (typeof Evidence)[keyof typeof Evidence];

/** One mention found in the title or the body, before clustering. */
export interface Candidate {
  /** Surface text as written (Turkish apostrophe suffixes cut). */
  readonly text: string;
  /** Folded words of the mention. */
  readonly words: readonly string[];
  /** Offsets into the body, or into the title when `title`. */
  readonly start: number;
  readonly end: number;
  /** Sentence index, -1 for the title. */
  readonly sentence: number;
  readonly title: boolean;
  /** Type suggested by local evidence (undefined: nothing but capitalisation). */
  type?: EntityType;
  evidence: Evidence;
  /** Gazetteer key and country, when the gazetteer typed it. */
  gazKey?: string;
  country?: string;
  /** Role words next to the mention (lower-case), and the country of a nationality adjective with them. */
  roles?: string[];
  roleCountry?: string;
  /** Single capitalised word opening a sentence: counted only if something else vouches for it. */
  readonly initial: boolean;
  /** The first word opens a sentence and is no given name (its capital may be the sentence's). */
  readonly opensSentence?: boolean;
  /** A capitalised function word inside the span (headline or menu text, not a name). */
  readonly innerStop?: boolean;
  /** An all-capitals acronym. */
  readonly acronym: boolean;
  /** An acronym given in parentheses right after this mention (Centre ... (BISS)). */
  alias?: string;
  /** That acronym as written (a variant of the entity, not a mention of its own). */
  aliasText?: string;
  /** A role noun phrase standing for a person ("le président bélarusse"), resolved during clustering. */
  readonly anaphor?: boolean;
}

/**
 * A candidate with every field present, in one order: one hidden class for all of them (the finders used to
 * build them from literals of different fields and spreads, and the clustering's optimised code was thrown
 * out, "wrong map", when a new shape came by). Optional fields start undefined; the finders set them after.
 */
export function newCandidate(
  text: string,
  words: readonly string[],
  start: number,
  end: number,
  sentence: number,
  title: boolean,
  initial: boolean,
  acronym: boolean,
  opensSentence?: boolean,
  innerStop?: boolean,
  anaphor?: boolean,
): Candidate {
  return {
    text,
    words,
    start,
    end,
    sentence,
    title,
    type: undefined,
    evidence: Evidence.None,
    gazKey: undefined,
    country: undefined,
    roles: undefined,
    roleCountry: undefined,
    initial,
    opensSentence,
    innerStop,
    acronym,
    alias: undefined,
    aliasText: undefined,
    anaphor,
  };
}

/** A copy of `c` (same hidden class), with `words` replaced when given. */
export function copyCandidate(c: Candidate, words: readonly string[] = c.words): Candidate {
  return {
    text: c.text,
    words,
    start: c.start,
    end: c.end,
    sentence: c.sentence,
    title: c.title,
    type: c.type,
    evidence: c.evidence,
    gazKey: c.gazKey,
    country: c.country,
    roles: c.roles,
    roleCountry: c.roleCountry,
    initial: c.initial,
    opensSentence: c.opensSentence,
    innerStop: c.innerStop,
    acronym: c.acronym,
    alias: c.alias,
    aliasText: c.aliasText,
    anaphor: c.anaphor,
  };
}
