/**
 * Multilingual named-entity recognition without models: candidate spans from capitalisation and script,
 * typing from per-language cue words, gazetteer and given names, coreference inside the article.
 *
 * `extractEntities` reads the text annotation (tokens of the title and the body) and returns the entity
 * list. The gazetteer and the name keys are injected (`EntityLookups`), so the engine is testable alone;
 * the `entities` stage wires the real modules in.
 */
import type { Entity, TextAnnotation, Token } from '../types.ts';
import { CaseStats, findCasedCandidates } from './cased.ts';
import { findArabicCandidates, findChineseCandidates } from './caseless.ts';
import { clusterEntities } from './cluster.ts';
import { cuesFor } from './lang/index.ts';
import type { Candidate, EntityLookups } from './model.ts';

export type { EntityLookups, GazetteerHit, MatchContext, TextHit } from './model.ts';
export { isGivenName, givenNameCount } from './given-names.ts';

/** Share of capitalised content words from which a headline counts as Title Case. */
const TITLE_CASE_SHARE = 0.8;
/** Fewer content words than this: too short to tell. */
const TITLE_CASE_MIN_WORDS = 3;

/** "Lukashenko Set To Visit Moscow": every content word capitalised, so capitals say nothing about names. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.stop) continue;
    words++;
    if (t.upper) upper++;
  }
  return words >= TITLE_CASE_MIN_WORDS && upper / words >= TITLE_CASE_SHARE;
}

/** What the engine reads: the article language, its title and body, and the text annotation. */
export interface EntityInput {
  readonly lang: string;
  readonly title: string;
  readonly body: string;
  readonly text: TextAnnotation;
}

/**
 * Finds the people, organisations, places and other named things of one article.
 * Pure and deterministic: same input, same output (sorted by mentions desc, then first position, then key).
 */
export function extractEntities(input: EntityInput, lookups: EntityLookups): Entity[] {
  const { lang, title, body, text } = input;
  const cues = cuesFor(lang);
  const stats = new CaseStats();
  const cands: Candidate[] = [];
  const bodySeq = { tokens: text.tokens, src: body, title: false };
  const titleSeq = { tokens: text.titleTokens, src: title, title: true };
  if (lang === 'zh') {
    findChineseCandidates(body, false, text.sentences, lookups, cands);
    findChineseCandidates(title, true, text.sentences, lookups, cands);
  } else if (lang === 'ar') {
    findArabicCandidates(bodySeq, lookups, cands);
    findArabicCandidates(titleSeq, lookups, cands);
  } else {
    // Body first: its case statistics decide which sentence-initial words of the title count.
    findCasedCandidates(bodySeq, cues, lookups, stats, cands);
    findCasedCandidates(titleSeq, cues, lookups, stats, cands);
  }
  return clusterEntities(cands, cues, stats, lookups, isTitleCase(text.titleTokens));
}
