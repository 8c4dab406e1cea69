/**
 * Candidate mentions in scripts with letter case (Latin, Cyrillic, Greek): gazetteer hits, maximal runs of
 * capitalised words (with name particles and, inside organisation names, connectors), acronyms, and role
 * noun phrases ("le président bélarusse") that may stand for a person. Each candidate carries the local
 * evidence for its type: honorifics, role words, verbs of speech, given names, organisation words.
 *
 * One left-to-right pass over the tokens; look-arounds are bounded by small named windows, so the cost is
 * linear in the number of tokens.
 */
import type { Token } from '../types.ts';
import { isOrgWord, isRole, type CompiledCues } from './lang/index.ts';
import {
  Evidence,
  newCandidate,
  type Candidate,
  type EntityLookups,
  type GazetteerHit,
  type MatchContext,
} from './model.ts';
import {
  BARE_ARTICLE,
  BARE_CONJUNCTION,
  BARE_ORG,
  BARE_ORG_CONNECTOR,
  BARE_ORG_INTRO,
  BARE_PARTICLE,
  BARE_PARTICLE_FOLLOWER,
  BARE_ROLE,
  BARE_TITLE,
  W_ADJECTIVE_ENDING,
  W_FILLER,
  W_GIVEN,
  W_GIVEN_INFLECTED,
  W_NOT_NAME,
  W_ORG,
  W_ORG_ADJECTIVE,
  W_ORG_INTRO,
  W_ROLE,
  W_SPEECH,
  W_TITLE,
  wordClass,
} from './word-class.ts';

/** A token sequence to scan: the body or the title, with the string its offsets point into. */
export interface TokenSeq {
  readonly tokens: readonly Token[];
  readonly src: string;
  readonly title: boolean;
}

/** Role words are looked for this many word tokens before a name (L'ambassadeur de Russie à Minsk, X). */
const ROLE_LOOKBACK = 6;
/** A nationality adjective is looked for this many tokens after a role (chef de l'État biélorusse). */
const NATIONALITY_AFTER = 4;
/** ... and this many before it (the Belarusian leader, der russische Präsident). */
const NATIONALITY_BEFORE = 2;
/** Auxiliaries/adverbs allowed between a name and its verb of speech (a notamment annoncé). */
const MAX_FILLERS = 3;
/** Genitive words a Slavic organisation name may run on with (Министерство туризма и древностей Египта). */
const MAX_GENITIVE_TAIL = 4;
/** Past-tense and present verb endings (pl, ru, uk): such a word ends a genitive tail (Rada Ministrów przyjęła). */
const VERB_ENDING = /(?:ł|ła|ło|li|ły|ą|ć|ją|ią|л|ла|ло|ли|ет|ит|ют|ят|ть|ється|ться|ся|в|ла)$/;
/** An organisation noun this many words before a name makes it an organisation (la empresa madrileña X). */
const ORG_INTRO_WINDOW = 2;
/** Lower-case words an organisation name may carry after its head word (Centre biélorusse d'études stratégiques). */
const MAX_ORG_TAIL = 6;
/** Particles in a row inside a name (von der Leyen, de la Fuente). */
const MAX_PARTICLES = 2;
/** Acronyms are 2 to this many characters (NATO, OTAN, BISS, USAID). */
const MAX_ACRONYM = 6;

/** Punctuation after which the next word is capitalised by convention, like a sentence start. */
const OPENERS = new Set([
  '«',
  '“',
  '"',
  '„',
  ':',
  '—',
  '–',
  '‹',
  '‚',
  '‘',
  "'",
  '-',
  '•',
  '*',
  '(',
  '[',
  '»',
  '”',
]);
/** Roman numerals and ordinals (XIXe, II, XXIst): capitalised but not names. */
const ROMAN = /^[IVXLCDM]+(?:e|er|ère|ème|eme|th|st|nd|rd|\.)?$/;
const HAS_UPPER_LETTER = /\p{Lu}/u;
const HAS_LOWER_LETTER = /\p{Ll}/u;
/** Lowest and highest code of the ASCII lower-case letters: the fast path of {@link hasLowerLetter}. */
const ASCII_LOWER_A = 0x61;
const ASCII_LOWER_Z = 0x7a;

/** True when `text` holds a lower-case letter; no regex run when it starts with an ASCII one (most tokens). */
function hasLowerLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= ASCII_LOWER_A && c <= ASCII_LOWER_Z) || HAS_LOWER_LETTER.test(text);
}
const HAS_DIGIT = /\p{Nd}/u;
const APOSTROPHE = /['\u2019\u02bc]/;

/** Lower-case words allowed between a capitalised adjective and the organisation word it qualifies. */
const MAX_LOWER_ORG = 3;
/** Administrative-region nouns that follow a place name in Slavic languages (области, краю, району, oblast). */
const REGION_WORDS =
  /^(?:област[ьиію]|областью|кра[йяюе]|район[ауе]?|oblast|obwodu?|wojewodztw[oa]|rajon[ua]?)$/;

/** Function words up to this length are the ones that give menu/headline text away (We, Our, For, The). */
const SHORT_FUNCTION_WORD = 4;

/** Acronyms written as capitalised words (Otan, Onu, Nato) are retried from this length on (not "Us"). */
const MIN_WORD_ACRONYM = 3;

/** True when one of the `len` tokens from `i` is a capitalised word that is not a function word. */
function capitalisedContent(tokens: readonly Token[], i: number, len: number): boolean {
  for (let k = i; k < i + len && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    // "US", "UK": an acronym counts even when its letters spell a function word.
    if (isAcronym(t.text)) return true;
    if ((t.upper || !hasLowerLetter(t.text)) && !t.stop) return true;
  }
  return false;
}

/** True for an all-capitals word of 2..MAX_ACRONYM characters that is not a Roman numeral. */
export function isAcronym(text: string): boolean {
  return (
    text.length >= 2 &&
    !HAS_DIGIT.test(text) &&
    text.length <= MAX_ACRONYM &&
    HAS_UPPER_LETTER.test(text) &&
    !hasLowerLetter(text) &&
    !ROMAN.test(text)
  );
}

/** Questions answered by scanning the body's tokens; past this many, the answers come from a set built once. */
const CASE_STATS_SCANS = 8;

/**
 * Per-article case statistics of the body, used to filter sentence-initial words: which folded words are
 * seen capitalised away from a sentence start, and which in lower case. Answered on demand from the body
 * tokens: an article asks a few questions (about 4 on the shared data), so the sets of all its words are
 * built only for an article that asks many.
 */
export class CaseStats {
  private tokens: readonly Token[] = [];
  private initial: Uint8Array = new Uint8Array(0);
  private asked = 0;
  private midCapSet: Set<string> | undefined;
  private lowerSet: Set<string> | undefined;

  /** Takes the body's tokens and their sentence-initial flags (kept, not copied). */
  setBody(tokens: readonly Token[], initial: Uint8Array): void {
    this.tokens = tokens;
    this.initial = initial;
    this.asked = 0;
    this.midCapSet = undefined;
    this.lowerSet = undefined;
  }

  /** True when the folded word is seen capitalised away from a sentence start in the body. */
  midCap(norm: string): boolean {
    if (this.midCapSet === undefined && ++this.asked > CASE_STATS_SCANS) this.buildSets();
    if (this.midCapSet !== undefined) return this.midCapSet.has(norm);
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.norm === norm && t.kind === 'word' && t.upper && this.initial[i] === 0) return true;
    }
    return false;
  }

  /** True when the folded word is seen in lower case in the body. */
  lower(norm: string): boolean {
    if (this.lowerSet === undefined && ++this.asked > CASE_STATS_SCANS) this.buildSets();
    if (this.lowerSet !== undefined) return this.lowerSet.has(norm);
    for (const t of this.tokens) if (t.norm === norm && t.kind === 'word' && !t.upper) return true;
    return false;
  }

  private buildSets(): void {
    const midCap = new Set<string>();
    const lower = new Set<string>();
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') continue;
      if (!t.upper) lower.add(t.norm);
      else if (this.initial[i] === 0) midCap.add(t.norm);
    }
    this.midCapSet = midCap;
    this.lowerSet = lower;
  }
}

// --------------------------------------------------------------------------------------- scan state
// The scan's helpers read this state instead of closing over locals: tsx (esbuild `keepNames`) gives every
// closure created at run time an Object.defineProperty call, which cost ~3% of the whole pipeline when
// ~30 helpers were created twice per article. `findCasedCandidates` sets the state at its start; the
// pipeline is synchronous and nothing here is read after the call returns.
let tokens: readonly Token[] = [];
let src = '';
let title = false;
let n = 0;
let norms: string[] = [];
let turkish = false;
let initial = new Uint8Array(0);
let cues: CompiledCues;
let lookups: EntityLookups;
let out: Candidate[] = [];
/** The context of gazetteer look-ups (its `initial` reads the scan state). */
let ctx: MatchContext = { initial: (i: number) => initial[i] === 1 };
/** Gazetteer hits, computed on demand: capitalised words in the main pass, lower-case words only where
 * a nationality adjective matters (next to a role word, inside an organisation name). */
let hitCache: (GazetteerHit | null | undefined)[] = [];
let usedRoles = new Uint8Array(0);
/** Word-class bits of each token ({@link wordClass}), 0 until asked: most tokens are never asked about. */
let classes = new Int32Array(0);
/** True when token `i` has one of the word-class `bits`. */
const is = (i: number, bits: number): boolean => {
  let f = classes[i] as number;
  if (f === 0) {
    const t = tokens[i];
    if (t === undefined) return false;
    f = wordClass(cues, t.norm);
    classes[i] = f;
  }
  return (f & bits) !== 0;
};
/** Sentence-initial flag of token `i`, for gazetteer look-ups. */
const initialAt = (i: number): boolean => initial[i] === 1;
/** No token is sentence-initial (the acronym retry looks one word up alone). */
const neverInitial = (): boolean => false;

/** A word's acronym retry, remembered: its norm (a function of the text and the language) and the answer. */
interface RetryMemo {
  readonly norm: string;
  readonly hit: GazetteerHit | null;
}
/** Bound of each language's retry memo (distinct capitalised words); cleared whole when full. */
const RETRY_MEMO_LIMIT = 50_000;
/** Acronym retries per language, by the word as written: a pure function of (text, norm, language). */
const RETRY_MEMOS = new Map<string, Map<string, RetryMemo>>();
/** The lookups the retry memos were filled with: other lookups (tests inject their own) start afresh. */
let retryLookups: EntityLookups | undefined;

/** The gazetteer look-up of the capitalised word alone as capitals (Otan -> OTAN): organisations only. */
function computeAcronymRetry(t: Token): GazetteerHit | undefined {
  const texts = [t.text.toUpperCase()];
  const retry = lookups.matchAt([t.norm], 0, { lang: cues.lang, texts, initial: neverInitial });
  return retry && retry.length === 1 && retry.kind === 'org' ? retry : undefined;
}

/** {@link computeAcronymRetry}, memoised per language and word as written. */
function acronymRetry(t: Token): GazetteerHit | undefined {
  if (retryLookups !== lookups) {
    RETRY_MEMOS.clear();
    retryLookups = lookups;
  }
  let memo = RETRY_MEMOS.get(cues.lang);
  if (memo === undefined) {
    memo = new Map();
    RETRY_MEMOS.set(cues.lang, memo);
  }
  const seen = memo.get(t.text);
  if (seen !== undefined && seen.norm === t.norm) return seen.hit ?? undefined;
  const hit = computeAcronymRetry(t);
  if (seen === undefined) {
    if (memo.size >= RETRY_MEMO_LIMIT) memo.clear();
    memo.set(t.text, { norm: t.norm, hit: hit ?? null });
  }
  return hit;
}

// Gazetteer hits, computed on demand: capitalised words in the main pass, lower-case words only where
// a nationality adjective matters (next to a role word, inside an organisation name).
const hitAt = (i: number): GazetteerHit | undefined => {
  const cached = hitCache[i];
  if (cached !== undefined) return cached ?? undefined;
  const t = tokens[i];
  let h: GazetteerHit | undefined;
  if (t !== undefined && t.kind === 'word') {
    h = lookups.matchAt(norms, i, ctx);
    // A name hit needs a capitalised content word ("La réunion" is not La Réunion).
    if (h && !h.adjectival && !capitalisedContent(tokens, i, h.length)) h = undefined;
    // Acronyms written as words (Otan, Onu, Nato): retry as capitals, away from a sentence start.
    if (!h && t.upper && initial[i] === 0 && t.text.length >= MIN_WORD_ACRONYM && hasLowerLetter(t.text)) {
      h = acronymRetry(t);
    }
  }
  hitCache[i] = h ?? null;
  return h;
};

const isNameWord = (i: number): boolean => {
  const t = tokens[i] as Token;
  return (
    t.kind === 'word' &&
    t.upper &&
    !is(i, W_NOT_NAME) &&
    // A lone capital letter is an initial or a list marker, not a name by itself.
    (t.text.length > 1 || isPunct(i + 1, '.')) &&
    !ROMAN.test(t.text) &&
    // SPRINGFIELD, UNITED: shouting or a dateline, not a name (acronyms are shorter).
    !(t.text.length > MAX_ACRONYM && !hasLowerLetter(t.text))
  );
};
const sameSentence = (a: number, b: number): boolean =>
  (tokens[a] as Token).sentence === (tokens[b] as Token).sentence;
const isPunct = (i: number, chars: string): boolean => {
  const t = tokens[i];
  return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
};

/** End (exclusive) of the capitalised run starting at name word `i`. */
const runEnd = (i: number, orgFromStart: boolean): number => {
  let last = i;
  let hasOrg = orgFromStart || is(i, W_ORG);
  let j = i + 1;
  let particles = 0;
  let particleGroups = 0;
  const opensWithRole = is(i, W_ROLE | W_TITLE);
  let nameWords = opensWithRole ? 0 : 1;
  let givenSeen = !opensWithRole && is(i, W_GIVEN_INFLECTED);
  while (j < n && sameSentence(i, j)) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') break;
    const hit = hitAt(j);
    if (isNameWord(j)) {
      if (hit && !hasOrg) break;
      // An organisation followed by a full person name: "МЗС Польщі Томашем Вєжбицьким".
      if (hasOrg && j + 1 < n && is(j, W_GIVEN_INFLECTED) && isNameWord(j + 1) && !hitAt(j + 1)) break;
      particles = 0;
      if (is(j, W_ROLE | W_TITLE)) {
        nameWords = 0;
        givenSeen = false;
      } else {
        nameWords++;
        givenSeen ||= is(j, W_GIVEN_INFLECTED);
      }
      last = j + (hit && hit.length > 1 ? hit.length - 1 : 0);
      hasOrg ||= is(j, W_ORG);
      j = last + 1;
      continue;
    }
    // "Sanne Jansen van Rijkswaterstaat", "Pieter van Dijk van Infrastructuur": after a complete name a
    // particle is a preposition (from, of), not part of the name.
    const personDone = !hasOrg && particles === 0 && (particleGroups > 0 || (nameWords >= 2 && givenSeen));
    const particle =
      is(j, BARE_PARTICLE) ||
      (particles > 0 && is(j, BARE_PARTICLE_FOLLOWER)) ||
      (hasOrg && is(j, BARE_ORG_CONNECTOR));
    if (particles < MAX_PARTICLES && !personDone && particle) {
      // A particle joins only if a capitalised word follows (de Gaulle, von der Leyen, Bank of England);
      // a place after it ends a person's name (Loukachenko de Biélorussie).
      let k = j + 1;
      while (k < n && k - j <= MAX_PARTICLES && !isNameWord(k)) {
        const ok = is(k, BARE_PARTICLE | BARE_PARTICLE_FOLLOWER) || (hasOrg && is(k, BARE_ORG_CONNECTOR));
        if (!ok) break;
        k++;
      }
      if (k < n && isNameWord(k) && sameSentence(i, k) && (hasOrg || !hitAt(k))) {
        if (particles === 0) particleGroups++;
        particles++;
        j++;
        continue;
      }
    }
    break;
  }
  return last + 1;
};

/** Lower-case tail of an organisation name after its capitalised head (Conseil de coordination de l'opposition). */
const orgTailEnd = (end: number): number => {
  if (!cues.lowerCaseOrgTails || end >= n) return end;
  const first = tokens[end] as Token;
  if (first.kind !== 'word' || first.upper || !sameSentence(end - 1, end)) return end;
  const firstHit = hitAt(end);
  const connectorLed =
    cues.genitiveTails ||
    is(end, BARE_ORG_CONNECTOR | W_ORG_ADJECTIVE | W_ADJECTIVE_ENDING) ||
    (firstHit !== undefined && firstHit.adjectival);
  // Greedy tail: every content word up to a function word (kept when an acronym in parentheses follows).
  // Strict tail: a content word must follow a connector, or be an organisation adjective
  // (Conseil national de la Résistance, but not "Assemblée nationale votera").
  let k = end;
  let greedy = -1;
  let strict = -1;
  let strictOpen = true;
  let content = 0;
  let afterConnector = false;
  while (k < n && content < MAX_ORG_TAIL && sameSentence(end, k)) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') break;
    if (is(k, BARE_ORG_CONNECTOR)) {
      afterConnector = true;
      k++;
      continue;
    }
    if (t.stop || is(k, W_FILLER | W_SPEECH)) break;
    if (t.upper && is(k, W_GIVEN_INFLECTED)) break; // ... по древностям Карима Сулеймана
    const h = hitAt(k);
    const adjective = is(k, W_ORG_ADJECTIVE | W_ADJECTIVE_ENDING) || (h !== undefined && h.adjectival);
    // Slavic names go on with genitives (Министерство туризма и древностей Египта), up to a bound.
    const genitive =
      cues.genitiveTails &&
      content < MAX_GENITIVE_TAIL &&
      !VERB_ENDING.test(t.text.toLowerCase()) &&
      (!t.upper || (h !== undefined && !h.adjectival));
    if (strictOpen && (afterConnector || adjective || genitive)) strict = k;
    else strictOpen = false;
    greedy = k;
    afterConnector = false;
    content++;
    k++;
  }
  if (greedy < 0) return end;
  if (aliasAfter(greedy + 1) !== undefined) return greedy + 1;
  if (!connectorLed || strict < 0) return end;
  // Accept only where the name visibly ends: punctuation, sentence end, a function word, or where the
  // strict tail stops short of the greedy one (the next word is a verb or a common noun).
  const after = strict + 1;
  const next = tokens[after];
  const ends =
    next === undefined ||
    next.kind === 'punct' ||
    !sameSentence(strict, after) ||
    next.stop === true ||
    next.upper ||
    strict < greedy;
  return ends ? after : end;
};

/**
 * "Європейський інвестиційний банк", "Государственная дума": a capitalised run followed, within
 * {@link MAX_LOWER_ORG} lower-case words, by an organisation word is one organisation name.
 */
const lowerOrgEnd = (s: number, e: number): number => {
  if (!cues.lowerCaseOrgTails) return e;
  for (let j = s; j < e; j++) if (is(j, W_ORG)) return e;
  // A sentence-initial capital may just be the sentence's: then the org word must follow at once.
  const reach = initial[s] === 1 ? 1 : MAX_LOWER_ORG;
  for (let k = e; k < n && k < e + reach && sameSentence(s, k); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.upper || t.stop || hitAt(k) !== undefined) return e;
    if (is(k, W_ORG)) return k + 1;
  }
  return e;
};

/** "Новосибирской области", "województwa mazowieckiego": a region word after a place name belongs to it. */
const regionEnd = (e: number): number => {
  const t = tokens[e];
  return t !== undefined &&
    t.kind === 'word' &&
    !t.upper &&
    REGION_WORDS.test(t.norm) &&
    sameSentence(e - 1, e)
    ? e + 1
    : e;
};

/** Index of the word token before `i` in the same sentence, skipping one "." (M. Poutine). */
const prevWord = (i: number): number => {
  let k = i - 1;
  if (k >= 0 && isPunct(k, '.')) k--;
  return k >= 0 && (tokens[k] as Token).kind === 'word' && sameSentence(k, i) ? k : -1;
};

/** A name right after a preposition is a complement (ministre des Affaires étrangères), not a person. */
const complementOf = (s: number): boolean => {
  const t = tokens[s - 1];
  return t !== undefined && t.kind === 'word' && !t.upper && t.stop && !is(s - 1, BARE_CONJUNCTION);
};

/** Country of a nationality adjective or country name within the window around role token `r`. */
const nationalityNear = (r: number): string | undefined => {
  for (let k = r + 1; k <= r + NATIONALITY_AFTER && k < n && sameSentence(r, k); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') break;
    const h = hitAt(k);
    if (h && h.adjectival && h.country) return h.country;
  }
  for (let k = r - 1; k >= r - NATIONALITY_BEFORE && k >= 0 && sameSentence(r, k); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') break;
    const h = hitAt(k);
    if (h && h.adjectival && h.country) return h.country;
  }
  return undefined;
};

const addRole = (c: Candidate, r: number): void => {
  usedRoles[r] = 1;
  const role = (tokens[r] as Token).text.toLowerCase();
  (c.roles ??= []).push(role);
  c.roleCountry ??= nationalityNear(r);
};

/** Types a person/org/other candidate from the evidence around tokens [s, e). */
const collectEvidence = (
  c: Candidate,
  s: number,
  e: number,
  roleAt: number,
  titled: boolean,
  introduced = false,
): void => {
  const words = c.words;
  if (titled) {
    c.type = 'person';
    c.evidence = Evidence.Strong;
  }
  const p = prevWord(s);
  if (!titled && p >= 0 && is(p, BARE_TITLE) && (tokens[p] as Token).upper) {
    c.type = 'person';
    c.evidence = Evidence.Strong;
  }
  let org = false;
  for (const w of words) if (isOrgWord(cues, w)) org = true;
  let intro = introduced;
  // "la empresa madrileña Celestia Ingeniería", "das Unternehmen X": an organisation noun just before.
  for (let k = s - 1, seen = 0; k >= 0 && seen < ORG_INTRO_WINDOW && sameSentence(k, s); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') break;
    seen++;
    if (is(k, W_ORG_INTRO)) intro = true;
  }
  if (org && c.evidence < Evidence.Strong) {
    c.type = 'organization';
    c.evidence = Evidence.Cue;
    return;
  }
  let person = false;
  if (roleAt >= 0) {
    addRole(c, roleAt);
    person = true;
  } else if (!complementOf(s) && !c.acronym) {
    // Role word shortly before: L'ambassadeur de Russie à Minsk, Dmitri Mezentsev.
    let seen = 0;
    let commas = 0;
    for (let k = s - 1; k >= 0 && seen < ROLE_LOOKBACK && sameSentence(k, s); k--) {
      const t = tokens[k] as Token;
      if (t.kind === 'punct') {
        if (t.text === ',' && commas === 0) {
          commas++;
          continue;
        }
        if (t.text === '.' || t.text === "'" || t.text === '’') continue;
        break;
      }
      seen++;
      if (is(k, W_ROLE)) {
        addRole(c, k);
        person = true;
        break;
      }
      if (!(t.stop || t.upper || hitAt(k) !== undefined || is(k, BARE_ORG_CONNECTOR))) break;
    }
  }
  // Apposition: "X, le porte-parole du Kremlin".
  if (e < n && isPunct(e, ',')) {
    let k = e + 1;
    while (k < n && (tokens[k] as Token).kind === 'word' && (tokens[k] as Token).stop && k - e <= 2) k++;
    if (k < n && (tokens[k] as Token).kind === 'word' && is(k, W_ROLE)) {
      addRole(c, k);
      person = true;
    }
  }
  // Verb of speech right after (X a déclaré, X said) or right before (sagte X, a expliqué X).
  let k = e;
  let fillers = 0;
  while (k < n && fillers < MAX_FILLERS && is(k, W_FILLER) && sameSentence(k, s)) {
    k++;
    fillers++;
  }
  // ... unless the name is a complement of the subject (Sanne Jansen van Rijkswaterstaat zei).
  if (k < n && is(k, W_SPEECH) && sameSentence(k, s) && !complementOf(s)) person = true;
  if (p >= 0 && p === s - 1 && is(p, W_SPEECH)) person = true;
  // words[0] is the norm of token s (only a one-word mention's last word may be cut, in Turkish).
  if (words.length >= 2 && is(s, W_GIVEN_INFLECTED)) person = true;
  if (person && c.evidence < Evidence.Cue) {
    c.type = 'person';
    c.evidence = Evidence.Cue;
  } else if (intro && c.evidence < Evidence.Cue) {
    // An organisation noun before it (la empresa X), and nothing that says person.
    c.type = 'organization';
    c.evidence = Evidence.Cue;
  }
};

const surface = (s: number, e: number): { text: string; start: number; end: number } => {
  const start = (tokens[s] as Token).start;
  let end = (tokens[e - 1] as Token).end;
  if (turkish) {
    const last = tokens[e - 1] as Token;
    const m = APOSTROPHE.exec(last.text);
    if (m && m.index > 0) end = last.start + m.index;
  }
  return { text: src.slice(start, end), start, end };
};
const wordsOf = (s: number, e: number): string[] => {
  const w = norms.slice(s, e);
  if (turkish) {
    const last = w[w.length - 1] as string;
    const a = last.indexOf("'");
    if (a > 0) w[w.length - 1] = last.slice(0, a);
  }
  return w;
};
const make = (s: number, e: number): Candidate => {
  const sf = surface(s, e);
  const t = tokens[s] as Token;
  return newCandidate(
    sf.text,
    wordsOf(s, e),
    sf.start,
    sf.end,
    t.sentence,
    title,
    e - s === 1 && initial[s] === 1 && !isAcronym(t.text),
    e - s === 1 && isAcronym(t.text),
    initial[s] === 1 && !is(s, W_GIVEN),
    innerStopword(s, e),
  );
};

/**
 * A capitalised function word inside the span ("Invalid Email We", "Face During"): a sign of headline or
 * menu text rather than a name. Particles at the start (Le Pen, Van Dijk) do not count.
 */
const innerStopword = (s: number, e: number): boolean => {
  for (let j = s; j < e; j++) {
    const t = tokens[j] as Token;
    if (!t.stop || !t.upper || t.norm.length > SHORT_FUNCTION_WORD) continue;
    if (j === s && is(j, BARE_PARTICLE)) continue;
    return true;
  }
  return false;
};

/** Acronym in parentheses right after token e-1: "(BISS)". */
const aliasAfter = (e: number): string | undefined => {
  if (!isPunct(e, '(') || !isPunct(e + 2, ')')) return undefined;
  const a = tokens[e + 1] as Token | undefined;
  return a && a.kind === 'word' && isAcronym(a.text) ? a.norm : undefined;
};

/** Emits the candidate(s) of the capitalised run [s, e). */
const emitRun = (s0: number, e0: number): number => {
  let e = e0;
  let s = s0;
  // A sentence-initial function word is not part of a name (Le Kremlin, Une visite).
  while (s < e && initial[s] === 1 && (tokens[s] as Token).stop && !hitAt(s)) s++;
  // A capitalised function word at the end comes from run-together text (Peter Mühlbauer Ein ...).
  while (e > s + 1) {
    const last = tokens[e - 1] as Token;
    if (!(last.stop && last.norm.length <= SHORT_FUNCTION_WORD) || hitAt(e - 1)) break;
    e--;
  }
  // "Египтолог Ирина Соколова": a sentence-initial common noun before a given name is not part of the name.
  if (
    initial[s] === 1 &&
    s + 2 < e + 1 &&
    e - s >= 3 &&
    !is(s, W_GIVEN_INFLECTED) &&
    is(s + 1, W_GIVEN_INFLECTED)
  ) {
    s++;
  }
  // A role word at the end, with a name right after, belongs to that name (... Müdürlüğü Sözcüsü Selin Yurt).
  while (e > s + 1 && is(e - 1, BARE_ROLE) && e < n && isNameWord(e)) e--;
  // ... nor a lower-case particle left in front once that word is gone (Según el Instituto).
  while (s < e && !(tokens[s] as Token).upper) s++;
  if (s >= e) return e;
  // A run made of role words only ("Пресс-секретарь", "Präsident") names nobody.
  let allRoles = true;
  for (let j = s; j < e && allRoles; j++) allRoles = is(j, BARE_TITLE | BARE_ROLE);
  if (allRoles) return e;
  // Honorifics and role words in front (Foreign Minister Sergei Lavrov, Herr Scholz, Präsident Putin).
  let k = -1;
  let titled = false;
  let introduced = false;
  for (let j = s; j < e - 1; j++) {
    if (is(j, BARE_TITLE | BARE_ROLE)) k = j;
    else if (j === s && is(j, BARE_ORG_INTRO) && !is(j, BARE_ORG) && !is(j + 1, W_ORG)) {
      // "Elektroautohersteller Tianyu Motors", "Reisorganisatie Zonnewende Reizen".
      introduced = true;
      s = j + 1;
    }
  }
  if (k >= 0) {
    let orgAfter = false;
    for (let j = k + 1; j < e; j++) if (is(j, W_ORG)) orgAfter = true;
    if (orgAfter) k = -1;
  }
  let complement = false;
  if (k >= 0) {
    if (k > s) emitRun(s, k); // Bank of England Governor Andrew Bailey: the prefix stands alone
    titled = is(k, BARE_TITLE);
    s = k + 1;
    // "Vorsitzende der Grünen": a particle after the role introduces its complement, not a person.
    while (s < e && !(tokens[s] as Token).upper) {
      complement = true;
      s++;
    }
    if (s >= e) return e;
    // "Secretary General": what is left after the role words is another role word.
    let rolesOnly = true;
    for (let j = s; j < e && rolesOnly; j++) rolesOnly = is(j, BARE_ROLE);
    if (rolesOnly) return e;
  }
  // "Die Polizei Düsseldorf", "The Sunday Times": a leading article is not part of an organisation name.
  if (s + 1 < e && is(s, BARE_ARTICLE) && !is(s, BARE_PARTICLE)) {
    let org = false;
    for (let j = s + 1; j < e; j++) if (is(j, W_ORG)) org = true;
    if (org) s++;
  }
  let end = e;
  if (is(s, W_ORG)) end = orgTailEnd(e);
  else end = lowerOrgEnd(s, e);
  if (end < e) end = e;
  if (end > e && !is(s, W_ORG)) {
    const tail = orgTailEnd(end);
    if (tail > end) end = tail;
  }
  end = regionEnd(end);
  const c = make(s, end);
  if (c.acronym) {
    c.type = 'organization';
    c.evidence = Evidence.Weak;
  }
  collectEvidence(c, s, end, k >= 0 && !titled && !complement ? k : -1, titled, introduced);
  const alias = aliasAfter(end);
  out.push(c);
  if (alias !== undefined && c.words.length > 1) {
    // The acronym in parentheses is the same mention restated: a variant, not a second mention.
    c.alias = alias;
    c.aliasText = (tokens[end + 1] as Token).text;
    if (c.evidence < Evidence.Cue) {
      c.type = 'organization';
      c.evidence = Evidence.Cue;
    }
    return end + 3;
  }
  return end;
};

/** Scans one token sequence and appends candidates to `out`. */
export function findCasedCandidates(
  seq: TokenSeq,
  cuesIn: CompiledCues,
  lookupsIn: EntityLookups,
  stats: CaseStats,
  outIn: Candidate[],
): void {
  tokens = seq.tokens;
  src = seq.src;
  title = seq.title;
  n = tokens.length;
  if (n === 0) return;
  cues = cuesIn;
  lookups = lookupsIn;
  out = outIn;
  norms = [];
  const texts: string[] = [];
  classes = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    norms.push(t.norm);
    texts.push(t.text);
  }
  turkish = cues.lang === 'tr';
  hitCache = new Array<GazetteerHit | null | undefined>(n);
  usedRoles = new Uint8Array(n);

  initial = markInitials();
  if (!title) stats.setBody(tokens, initial);
  ctx = { lang: cues.lang, texts, initial: initialAt };
  scanNames();
  findRolePhrases();
}

// The passes are functions of their own: V8 compiled the one function that held them all in 0.15-0.35 s,
// up to four times per thread as each pass met paths it had not seen.

/** Pass 1: the sentence-initial flag of each word token (after a sentence start or an opening mark). */
function markInitials(): Uint8Array<ArrayBuffer> {
  const initial = new Uint8Array(n);
  let prevWordSentence = Number.NaN;
  let prevPunctOpener = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct') {
      prevPunctOpener = OPENERS.has(t.text);
      continue;
    }
    const isInitial = t.sentence !== prevWordSentence || prevPunctOpener;
    prevWordSentence = t.sentence;
    prevPunctOpener = false;
    if (t.kind !== 'word') continue;
    initial[i] = isInitial ? 1 : 0;
  }
  return initial;
}

/** Pass 2: gazetteer hits and capitalised runs, left to right. */
function scanNames(): void {
  let i = 0;
  while (i < n) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    let hit = t.upper || !hasLowerLetter(t.text) ? hitAt(i) : undefined;
    if (
      hit !== undefined &&
      hit.length === 1 &&
      !hit.adjectival &&
      is(i, W_GIVEN) &&
      i + 1 < n &&
      isNameWord(i + 1) &&
      sameSentence(i, i + 1) &&
      !hitAt(i + 1) &&
      !is(i + 1, W_ORG | W_ROLE)
    ) {
      hit = undefined; // "Montserrat Puig", "Jordan Morris": a given name before a family name
    }
    if (hit) {
      // "Moscow State University", "Russian Foreign Ministry": a place or adjective heading an org name.
      const after = i + hit.length;
      if (t.upper && after < n && isNameWord(after) && sameSentence(i, after) && !hitAt(after)) {
        const e = runEnd(after, false);
        let org = false;
        for (let j = after; j < e; j++) if (is(j, W_ORG)) org = true;
        if (org) {
          i = Math.max(e, emitRun(i, e));
          continue;
        }
      }
      if (!hit.adjectival && (t.upper || !hasLowerLetter(t.text))) {
        const c = make(i, hit.kind === 'org' ? after : regionEnd(after));
        c.type = hit.kind === 'org' ? 'organization' : 'place';
        c.evidence = Evidence.Strong;
        c.gazKey = hit.key;
        if (hit.country !== undefined) c.country = hit.country;
        out.push(c);
      }
      i = after;
      continue;
    }
    if (isNameWord(i)) {
      const e = runEnd(i, false);
      i = Math.max(e, emitRun(i, e));
      continue;
    }
    i++;
  }
}

/** Pass 3: role noun phrases with a nationality that did not introduce a name ("le président bélarusse"). */
function findRolePhrases(): void {
  for (let r = 0; r < n; r++) {
    const t = tokens[r] as Token;
    // Every word is asked here: the role test alone (cheaper than all of the word's classes).
    if (t.kind !== 'word' || usedRoles[r] === 1 || !isRole(cues, t.norm) || is(r, W_TITLE)) continue;
    const country = nationalityNear(r);
    if (country === undefined) continue;
    const c = newCandidate(
      t.text,
      [t.norm],
      t.start,
      t.end,
      t.sentence,
      title,
      false,
      false,
      undefined,
      undefined,
      true,
    );
    c.type = 'person';
    c.roles = [t.text.toLowerCase()];
    c.roleCountry = country;
    out.push(c);
  }
}
