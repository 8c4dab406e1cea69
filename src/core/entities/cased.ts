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
import { isGivenName, isGivenNameInflected } from './given-names.ts';
import { isOrgIntro, isOrgWord, isRole, type CompiledCues } from './lang/index.ts';
import {
  Evidence,
  type Candidate,
  type EntityLookups,
  type GazetteerHit,
  type MatchContext,
} from './model.ts';

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

/** Words that continue a name particle but never start one (von der Leyen, van den Broek, de la Fuente). */
const PARTICLE_FOLLOWERS = new Set(['der', 'den', 'de', 'la', 'le', 'los', 'las', 'del', 'dos']);

/** Articles: a capitalised one opens a sentence or a title, never an organisation name worth keying on. */
const ARTICLES = new Set(
  'the a an le la les l un une der die das den dem des ein eine einen einem einer el los las il lo gli i o os as het een de'.split(
    ' ',
  ),
);
/** Function words up to this length are the ones that give menu/headline text away (We, Our, For, The). */
const SHORT_FUNCTION_WORD = 4;

/** Acronyms written as capitalised words (Otan, Onu, Nato) are retried from this length on (not "Us"). */
const MIN_WORD_ACRONYM = 3;

/** Conjunctions that may stand between a role and a name (les présidents X et Y). */
const CONJUNCTIONS = new Set([
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

/** Turkish: the word before an apostrophe case suffix (Şubat'ta -> şubat). */
function stripSuffix(norm: string): string {
  const a = norm.indexOf("'");
  return a > 0 ? norm.slice(0, a) : norm;
}

/** Strips a trailing elision apostrophe from a folded word ("l'" -> "l"). */
function bare(norm: string): string {
  const last = norm.charCodeAt(norm.length - 1);
  return last === 0x27 || last === 0x2019 ? norm.slice(0, -1) : norm;
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

/** Per-article statistics used to filter sentence-initial words. */
export interface CaseStats {
  /** Folded words seen capitalised away from a sentence start (body). */
  readonly midCap: Set<string>;
  /** Folded words seen in lower case (body). */
  readonly lower: Set<string>;
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
let usedRoles = new Set<number>();
/** Sentence-initial flag of token `i`, for gazetteer look-ups. */
const initialAt = (i: number): boolean => initial[i] === 1;
/** No token is sentence-initial (the acronym retry looks one word up alone). */
const neverInitial = (): boolean => false;

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
      const texts = [t.text.toUpperCase()];
      const retry = lookups.matchAt([t.norm], 0, { lang: cues.lang, texts, initial: neverInitial });
      if (retry && retry.length === 1 && retry.kind === 'org') h = retry;
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
    !cues.notNames.has(turkish ? stripSuffix(t.norm) : t.norm) &&
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
const isGivenWord = (norm: string): boolean => isGivenNameInflected(norm, cues.lang);

/** End (exclusive) of the capitalised run starting at name word `i`. */
const runEnd = (i: number, orgFromStart: boolean): number => {
  let last = i;
  let hasOrg = orgFromStart || isOrgWord(cues, norms[i] as string);
  let j = i + 1;
  let particles = 0;
  let particleGroups = 0;
  const opensWithRole = isRole(cues, norms[i] as string) || cues.titles.has(norms[i] as string);
  let nameWords = opensWithRole ? 0 : 1;
  let givenSeen = !opensWithRole && isGivenWord(norms[i] as string);
  while (j < n && sameSentence(i, j)) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') break;
    const hit = hitAt(j);
    if (isNameWord(j)) {
      if (hit && !hasOrg) break;
      // An organisation followed by a full person name: "МЗС Польщі Томашем Вєжбицьким".
      if (hasOrg && j + 1 < n && isGivenWord(norms[j] as string) && isNameWord(j + 1) && !hitAt(j + 1)) break;
      particles = 0;
      if (isRole(cues, t.norm) || cues.titles.has(t.norm)) {
        nameWords = 0;
        givenSeen = false;
      } else {
        nameWords++;
        givenSeen ||= isGivenWord(t.norm);
      }
      last = j + (hit && hit.length > 1 ? hit.length - 1 : 0);
      hasOrg ||= isOrgWord(cues, t.norm);
      j = last + 1;
      continue;
    }
    const b = bare(t.norm);
    // "Sanne Jansen van Rijkswaterstaat", "Pieter van Dijk van Infrastructuur": after a complete name a
    // particle is a preposition (from, of), not part of the name.
    const personDone = !hasOrg && particles === 0 && (particleGroups > 0 || (nameWords >= 2 && givenSeen));
    const particle =
      cues.particles.has(b) ||
      (particles > 0 && PARTICLE_FOLLOWERS.has(b)) ||
      (hasOrg && cues.orgConnectors.has(b));
    if (particles < MAX_PARTICLES && !personDone && particle) {
      // A particle joins only if a capitalised word follows (de Gaulle, von der Leyen, Bank of England);
      // a place after it ends a person's name (Loukachenko de Biélorussie).
      let k = j + 1;
      while (k < n && k - j <= MAX_PARTICLES && !isNameWord(k)) {
        const b2 = bare(norms[k] as string);
        const ok =
          cues.particles.has(b2) || PARTICLE_FOLLOWERS.has(b2) || (hasOrg && cues.orgConnectors.has(b2));
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
    cues.orgConnectors.has(bare(first.norm)) ||
    cues.orgAdjectives.has(first.norm) ||
    (cues.adjectiveEnding?.test(first.norm) ?? false) ||
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
    if (cues.orgConnectors.has(bare(t.norm))) {
      afterConnector = true;
      k++;
      continue;
    }
    if (t.stop || cues.fillers.has(t.norm) || cues.speech.has(t.norm)) break;
    if (t.upper && isGivenWord(t.norm)) break; // ... по древностям Карима Сулеймана
    const h = hitAt(k);
    const adjective =
      cues.orgAdjectives.has(t.norm) ||
      (cues.adjectiveEnding?.test(t.norm) ?? false) ||
      (h !== undefined && h.adjectival);
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
  for (let j = s; j < e; j++) if (isOrgWord(cues, norms[j] as string)) return e;
  // A sentence-initial capital may just be the sentence's: then the org word must follow at once.
  const reach = initial[s] === 1 ? 1 : MAX_LOWER_ORG;
  for (let k = e; k < n && k < e + reach && sameSentence(s, k); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.upper || t.stop || hitAt(k) !== undefined) return e;
    if (isOrgWord(cues, t.norm)) return k + 1;
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
  return t !== undefined && t.kind === 'word' && !t.upper && t.stop && !CONJUNCTIONS.has(bare(t.norm));
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
  usedRoles.add(r);
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
  if (!titled && p >= 0 && cues.titles.has(bare(norms[p] as string)) && (tokens[p] as Token).upper) {
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
    if (isOrgIntro(cues, t.norm)) intro = true;
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
      if (isRole(cues, t.norm)) {
        addRole(c, k);
        person = true;
        break;
      }
      if (!(t.stop || t.upper || hitAt(k) !== undefined || cues.orgConnectors.has(bare(t.norm)))) break;
    }
  }
  // Apposition: "X, le porte-parole du Kremlin".
  if (e < n && isPunct(e, ',')) {
    let k = e + 1;
    while (k < n && (tokens[k] as Token).kind === 'word' && (tokens[k] as Token).stop && k - e <= 2) k++;
    if (k < n && (tokens[k] as Token).kind === 'word' && isRole(cues, norms[k] as string)) {
      addRole(c, k);
      person = true;
    }
  }
  // Verb of speech right after (X a déclaré, X said) or right before (sagte X, a expliqué X).
  let k = e;
  let fillers = 0;
  while (k < n && fillers < MAX_FILLERS && cues.fillers.has(norms[k] as string) && sameSentence(k, s)) {
    k++;
    fillers++;
  }
  // ... unless the name is a complement of the subject (Sanne Jansen van Rijkswaterstaat zei).
  if (k < n && cues.speech.has(norms[k] as string) && sameSentence(k, s) && !complementOf(s)) person = true;
  if (p >= 0 && p === s - 1 && cues.speech.has(norms[p] as string)) person = true;
  if (words.length >= 2 && isGivenWord(words[0] as string)) person = true;
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
const make = (s: number, e: number, extra: Partial<Candidate> = {}): Candidate => {
  const sf = surface(s, e);
  const t = tokens[s] as Token;
  return {
    text: sf.text,
    words: wordsOf(s, e),
    start: sf.start,
    end: sf.end,
    sentence: t.sentence,
    title,
    evidence: Evidence.None,
    initial: e - s === 1 && initial[s] === 1 && !isAcronym(t.text),
    opensSentence: initial[s] === 1 && !isGivenName(t.norm),
    innerStop: innerStopword(s, e),
    acronym: e - s === 1 && isAcronym(t.text),
    ...extra,
  };
};

/**
 * A capitalised function word inside the span ("Invalid Email We", "Face During"): a sign of headline or
 * menu text rather than a name. Particles at the start (Le Pen, Van Dijk) do not count.
 */
const innerStopword = (s: number, e: number): boolean => {
  for (let j = s; j < e; j++) {
    const t = tokens[j] as Token;
    if (!t.stop || !t.upper || t.norm.length > SHORT_FUNCTION_WORD) continue;
    if (j === s && cues.particles.has(bare(t.norm))) continue;
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
    !isGivenWord(norms[s] as string) &&
    isGivenWord(norms[s + 1] as string)
  ) {
    s++;
  }
  // A role word at the end, with a name right after, belongs to that name (... Müdürlüğü Sözcüsü Selin Yurt).
  while (e > s + 1 && isRole(cues, bare(norms[e - 1] as string)) && e < n && isNameWord(e)) e--;
  // ... nor a lower-case particle left in front once that word is gone (Según el Instituto).
  while (s < e && !(tokens[s] as Token).upper) s++;
  if (s >= e) return e;
  // A run made of role words only ("Пресс-секретарь", "Präsident") names nobody.
  let allRoles = true;
  for (let j = s; j < e && allRoles; j++) {
    const b = bare(norms[j] as string);
    allRoles = cues.titles.has(b) || isRole(cues, b);
  }
  if (allRoles) return e;
  // Honorifics and role words in front (Foreign Minister Sergei Lavrov, Herr Scholz, Präsident Putin).
  let k = -1;
  let titled = false;
  let introduced = false;
  for (let j = s; j < e - 1; j++) {
    const b = bare(norms[j] as string);
    if (cues.titles.has(b) || isRole(cues, b)) k = j;
    else if (
      j === s &&
      isOrgIntro(cues, b) &&
      !isOrgWord(cues, b) &&
      !isOrgWord(cues, norms[j + 1] as string)
    ) {
      // "Elektroautohersteller Tianyu Motors", "Reisorganisatie Zonnewende Reizen".
      introduced = true;
      s = j + 1;
    }
  }
  if (k >= 0) {
    let orgAfter = false;
    for (let j = k + 1; j < e; j++) if (isOrgWord(cues, norms[j] as string)) orgAfter = true;
    if (orgAfter) k = -1;
  }
  let complement = false;
  if (k >= 0) {
    if (k > s) emitRun(s, k); // Bank of England Governor Andrew Bailey: the prefix stands alone
    titled = cues.titles.has(bare(norms[k] as string));
    s = k + 1;
    // "Vorsitzende der Grünen": a particle after the role introduces its complement, not a person.
    while (s < e && !(tokens[s] as Token).upper) {
      complement = true;
      s++;
    }
    if (s >= e) return e;
    // "Secretary General": what is left after the role words is another role word.
    let rolesOnly = true;
    for (let j = s; j < e && rolesOnly; j++) rolesOnly = isRole(cues, bare(norms[j] as string));
    if (rolesOnly) return e;
  }
  // "Die Polizei Düsseldorf", "The Sunday Times": a leading article is not part of an organisation name.
  if (s + 1 < e && ARTICLES.has(bare(norms[s] as string)) && !cues.particles.has(bare(norms[s] as string))) {
    let org = false;
    for (let j = s + 1; j < e; j++) if (isOrgWord(cues, norms[j] as string)) org = true;
    if (org) s++;
  }
  let end = e;
  if (isOrgWord(cues, norms[s] as string)) end = orgTailEnd(e);
  else end = lowerOrgEnd(s, e);
  if (end < e) end = e;
  if (end > e && !isOrgWord(cues, norms[s] as string)) {
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
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    norms.push(t.norm);
    texts.push(t.text);
  }
  turkish = cues.lang === 'tr';
  hitCache = new Array<GazetteerHit | null | undefined>(n);
  usedRoles = new Set<number>();

  // Pass 1: sentence-initial flags and case statistics; then gazetteer hits (which need the flags).
  initial = new Uint8Array(n);
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
    if (!title) {
      if (!t.upper) stats.lower.add(t.norm);
      else if (!isInitial) stats.midCap.add(t.norm);
    }
  }
  ctx = { lang: cues.lang, texts, initial: initialAt };
  // Pass 2: candidates.
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
      isGivenName(t.norm) &&
      i + 1 < n &&
      isNameWord(i + 1) &&
      sameSentence(i, i + 1) &&
      !hitAt(i + 1) &&
      !isOrgWord(cues, norms[i + 1] as string) &&
      !isRole(cues, norms[i + 1] as string)
    ) {
      hit = undefined; // "Montserrat Puig", "Jordan Morris": a given name before a family name
    }
    if (hit) {
      // "Moscow State University", "Russian Foreign Ministry": a place or adjective heading an org name.
      const after = i + hit.length;
      if (t.upper && after < n && isNameWord(after) && sameSentence(i, after) && !hitAt(after)) {
        const e = runEnd(after, false);
        let org = false;
        for (let j = after; j < e; j++) if (isOrgWord(cues, norms[j] as string)) org = true;
        if (org) {
          i = Math.max(e, emitRun(i, e));
          continue;
        }
      }
      if (!hit.adjectival && (t.upper || !hasLowerLetter(t.text))) {
        const c = make(i, hit.kind === 'org' ? after : regionEnd(after), {
          type: hit.kind === 'org' ? 'organization' : 'place',
          evidence: Evidence.Strong,
          gazKey: hit.key,
          ...(hit.country !== undefined ? { country: hit.country } : {}),
        });
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

  // Pass 3: role noun phrases with a nationality that did not introduce a name ("le président bélarusse").
  for (let r = 0; r < n; r++) {
    const t = tokens[r] as Token;
    if (t.kind !== 'word' || usedRoles.has(r) || !isRole(cues, t.norm) || cues.titles.has(t.norm)) continue;
    const country = nationalityNear(r);
    if (country === undefined) continue;
    out.push({
      text: t.text,
      words: [t.norm],
      start: t.start,
      end: t.end,
      sentence: t.sentence,
      title,
      type: 'person',
      evidence: Evidence.None,
      roles: [t.text.toLowerCase()],
      roleCountry: country,
      initial: false,
      acronym: false,
      anaphor: true,
    });
  }
}
