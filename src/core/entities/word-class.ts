/**
 * Word classes of the cased scan, one bit mask per folded word and language: role, title, organisation
 * word, given name, particle, ... A token's classes are a pure function of its norm and its language's cue
 * table, so they are computed once per distinct (language, norm), memoised, and read by the scan from a
 * per-token array: one hash probe per token instead of one per question asked about it (the scan asks up to
 * a dozen about a word next to a name).
 *
 * Bits named `BARE_*` are the same questions about the norm with a trailing elision apostrophe cut (l' -> l).
 */
import { isGivenName, isGivenNameInflected } from './given-names.ts';
import { isOrgIntro, isOrgWord, isRole, type CompiledCues } from './lang/index.ts';

/** Words that continue a name particle but never start one (von der Leyen, van den Broek, de la Fuente). */
export const PARTICLE_FOLLOWERS: ReadonlySet<string> = new Set([
  'der',
  'den',
  'de',
  'la',
  'le',
  'los',
  'las',
  'del',
  'dos',
]);

/** Articles: a capitalised one opens a sentence or a title, never an organisation name worth keying on. */
export const ARTICLES: ReadonlySet<string> = new Set(
  'the a an le la les l un une der die das den dem des ein eine einen einem einer el los las il lo gli i o os as het een de'.split(
    ' ',
  ),
);

/** Conjunctions that may stand between a role and a name (les présidents X et Y). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set([
  'et',
  'and',
  'und',
  'y',
  'e',
  'i',
  'и',
  'і',
  'та',
  've',
  'en',
  'oraz',
  'ou',
  'or',
  'o',
]);

/** Strips a trailing elision apostrophe from a folded word ("l'" -> "l"). */
export function bare(norm: string): string {
  const last = norm.charCodeAt(norm.length - 1);
  return last === 0x27 || last === 0x2019 ? norm.slice(0, -1) : norm;
}

/** Turkish: the word before an apostrophe case suffix (Şubat'ta -> şubat). */
export function stripSuffix(norm: string): string {
  const a = norm.indexOf("'");
  return a > 0 ? norm.slice(0, a) : norm;
}

// Bits of the norm itself.
/** Set on every computed mask, so that 0 means "not computed yet". */
export const W_KNOWN = 1 << 0;
export const W_ROLE = 1 << 1;
export const W_TITLE = 1 << 2;
export const W_ORG = 1 << 3;
export const W_ORG_INTRO = 1 << 4;
/** A common given name ({@link isGivenName}). */
export const W_GIVEN = 1 << 5;
/** A given name or (ru/uk/pl) an inflected form of one ({@link isGivenNameInflected}). */
export const W_GIVEN_INFLECTED = 1 << 6;
/** Never a name on its own (Turkish: the word before an apostrophe suffix). */
export const W_NOT_NAME = 1 << 7;
export const W_SPEECH = 1 << 8;
export const W_FILLER = 1 << 9;
export const W_ORG_ADJECTIVE = 1 << 10;
/** Ends like an adjective of a language with post-nominal adjectives. */
export const W_ADJECTIVE_ENDING = 1 << 11;
// Bits of the bare norm.
export const BARE_ROLE = 1 << 12;
export const BARE_TITLE = 1 << 13;
export const BARE_ORG = 1 << 14;
export const BARE_ORG_INTRO = 1 << 15;
export const BARE_PARTICLE = 1 << 16;
export const BARE_PARTICLE_FOLLOWER = 1 << 17;
export const BARE_ORG_CONNECTOR = 1 << 18;
export const BARE_ARTICLE = 1 << 19;
export const BARE_CONJUNCTION = 1 << 20;

/** Bound of each language's memo (distinct word forms); cleared whole when full. */
const MEMO_LIMIT = 100_000;
const MEMOS = new Map<string, Map<string, number>>();
/** The cue table of the last call and its memo: a scan asks in one language. */
let lastCues: CompiledCues | undefined;
let lastMemo = new Map<string, number>();

/** The classes of a folded word, computed. */
function computeWordClass(c: CompiledCues, norm: string): number {
  const b = bare(norm);
  let f = W_KNOWN;
  if (isRole(c, norm)) f |= W_ROLE;
  if (c.titles.has(norm)) f |= W_TITLE;
  if (isOrgWord(c, norm)) f |= W_ORG;
  if (isOrgIntro(c, norm)) f |= W_ORG_INTRO;
  if (isGivenName(norm)) f |= W_GIVEN;
  if (isGivenNameInflected(norm, c.lang)) f |= W_GIVEN_INFLECTED;
  if (c.notNames.has(c.lang === 'tr' ? stripSuffix(norm) : norm)) f |= W_NOT_NAME;
  if (c.speech.has(norm)) f |= W_SPEECH;
  if (c.fillers.has(norm)) f |= W_FILLER;
  if (c.orgAdjectives.has(norm)) f |= W_ORG_ADJECTIVE;
  if (c.adjectiveEnding?.test(norm) === true) f |= W_ADJECTIVE_ENDING;
  if (isRole(c, b)) f |= BARE_ROLE;
  if (c.titles.has(b)) f |= BARE_TITLE;
  if (isOrgWord(c, b)) f |= BARE_ORG;
  if (isOrgIntro(c, b)) f |= BARE_ORG_INTRO;
  if (c.particles.has(b)) f |= BARE_PARTICLE;
  if (PARTICLE_FOLLOWERS.has(b)) f |= BARE_PARTICLE_FOLLOWER;
  if (c.orgConnectors.has(b)) f |= BARE_ORG_CONNECTOR;
  if (ARTICLES.has(b)) f |= BARE_ARTICLE;
  if (CONJUNCTIONS.has(b)) f |= BARE_CONJUNCTION;
  return f;
}

/** The memo of a cue table's language. */
function memoOf(c: CompiledCues): Map<string, number> {
  if (c === lastCues) return lastMemo;
  let memo = MEMOS.get(c.lang);
  if (memo === undefined) {
    memo = new Map();
    MEMOS.set(c.lang, memo);
  }
  lastCues = c;
  lastMemo = memo;
  return memo;
}

/** The class bits of a folded word in the language of `c` (always includes {@link W_KNOWN}). Memoised. */
export function wordClass(c: CompiledCues, norm: string): number {
  const memo = memoOf(c);
  const hit = memo.get(norm);
  if (hit !== undefined) return hit;
  const f = computeWordClass(c, norm);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(norm, f);
  return f;
}
