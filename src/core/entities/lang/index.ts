/**
 * Per-language cue tables, folded once at module load into sets compared with `Token.norm`.
 * Languages without a table of their own (unsupported ones) use the English table for acronyms and
 * generic capitalisation rules.
 */
import { foldName } from '../fold.ts';
import { ROLE_STEM_SLACK, type LangCues } from './types.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { it } from './it.ts';
import { pt } from './pt.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import { tr } from './tr.ts';

export { ar } from './ar.ts';
export { zh } from './zh.ts';

/** A language's cue table folded into sets. */
export interface CompiledCues {
  readonly lang: string;
  readonly particles: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly roleStems: readonly string[];
  readonly roleSuffixes: readonly string[];
  readonly speech: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  readonly orgWords: ReadonlySet<string>;
  readonly orgStems: readonly string[];
  readonly orgSuffixes: readonly string[];
  readonly orgAdjectives: ReadonlySet<string>;
  readonly orgIntro: ReadonlySet<string>;
  readonly orgIntroSuffixes: readonly string[];
  /** Adjective endings, for organisation tails in languages that put adjectives after the noun. */
  readonly adjectiveEnding: RegExp | undefined;
  /** Case-inflected languages: an organisation name may go on with lower-case genitives (Министерство туризма). */
  readonly genitiveTails: boolean;
  readonly orgConnectors: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly nounsCapitalised: boolean;
  /** Org names are written with lower-case words after the head (Conseil de coordination de l'opposition). */
  readonly lowerCaseOrgTails: boolean;
  /** Heads and tails of the role stems and suffixes ({@link AffixFilter}): most words skip the role memo. */
  readonly roleAffixes: AffixFilter;
  /** The same for the organisation stems and suffixes. */
  readonly orgAffixes: AffixFilter;
}

/** Longest head or tail an {@link AffixFilter} keeps (3 letters: "пре", "pre" would pass too many words). */
const AFFIX_KEY_CHARS = 3;

/**
 * A cheap test that a word cannot match any of a table's stems (as a prefix) or suffixes: the hashes of
 * their first and last few letters. A word whose head and tail hash to none of them is no match, without a
 * probe of the (large) per-language memo; one that passes is asked the memo (a collision only costs that).
 */
export interface AffixFilter {
  /** Letters hashed at the head (-1: no stems, so no word can match one). */
  readonly headChars: number;
  readonly heads: ReadonlySet<number>;
  /** Letters hashed at the tail (-1: no suffixes). */
  readonly tailChars: number;
  readonly tails: ReadonlySet<number>;
}

/** Hash of `count` letters of `w` from `from` (a small integer: a Set of them stays small and fast). */
function affixHash(w: string, from: number, count: number): number {
  let h = 0;
  for (let i = from; i < from + count; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

function affixFilter(stems: readonly string[], suffixes: readonly string[]): AffixFilter {
  let headChars = stems.length === 0 ? -1 : AFFIX_KEY_CHARS;
  for (const s of stems) headChars = Math.min(headChars, s.length);
  let tailChars = suffixes.length === 0 ? -1 : AFFIX_KEY_CHARS;
  for (const s of suffixes) tailChars = Math.min(tailChars, s.length);
  const heads = new Set<number>();
  for (const s of stems) heads.add(affixHash(s, 0, headChars));
  const tails = new Set<number>();
  for (const s of suffixes) tails.add(affixHash(s, s.length - tailChars, tailChars));
  return { headChars, heads, tailChars, tails };
}

/**
 * False when `norm` can start with none of the filter's stems and end with none of its suffixes. (A stem
 * or suffix of no letters passes every word: its hash of zero letters is the hash of every word's.)
 */
function mayMatchAffix(f: AffixFilter, norm: string): boolean {
  const n = norm.length;
  if (f.headChars >= 0 && n >= f.headChars && f.heads.has(affixHash(norm, 0, f.headChars))) return true;
  return f.tailChars >= 0 && n >= f.tailChars && f.tails.has(affixHash(norm, n - f.tailChars, f.tailChars));
}

/** Words that mark a person in every language (honorifics written the same everywhere). */
const COMMON_TITLES = ['dr', 'prof'];

/** Company designators and words used as such in every language's press (Tianyu Motors, Air France Group). */
const COMPANY_WORDS = [
  'motors',
  'group',
  'holding',
  'holdings',
  'inc',
  'ltd',
  'gmbh',
  'ag',
  'sa',
  'spa',
  'nv',
  'bv',
  'corp',
  'llc',
  'plc',
  'airlines',
  'airways',
  'bank',
  'media',
  'tv',
  'fc',
  'foundation',
  'institute',
  'university',
];

/** Folded adjective endings of languages with post-nominal adjectives (Agence spatiale, Banco central). */
const ADJECTIVE_ENDINGS: Readonly<Record<string, RegExp>> = {
  fr: /(?:ale|ales|al|aux|aire|aires|ique|iques|ienne|iennes|ien|iens|enne|ennes|aise|aises|elle|elles|ive|ives|euse|euses)$/,
  es: /(?:al|ales|ario|aria|ico|ica|icos|icas|ense|ista|ivo|iva|ano|ana|ena|eno|ola|ol)$/,
  pt: /(?:al|ais|ario|aria|ico|ica|icos|icas|ense|ista|ivo|iva|ano|ana|ena|eno|ola|ol)$/,
  it: /(?:ale|ali|ario|aria|ico|ica|ici|iche|ese|esi|ista|ivo|iva|ano|ana)$/,
};

const TABLES: Readonly<Record<string, LangCues>> = { en, fr, de, es, it, pt, nl, pl, ru, uk, tr };

/** Languages whose organisation names keep lower-case words after the head word. */
const LOWER_CASE_ORG_TAILS = new Set(['fr', 'es', 'it', 'pt', 'pl', 'ru', 'uk', 'nl', 'tr']);

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldName));

/**
 * Folded words as an array of one elements kind whether empty or not: an empty `[].map()` result is a
 * small-integer array, a hidden class of its own, and the entity scan's optimised code, which reads these
 * arrays of every language, was thrown out each time the other kind came by (a V8 deopt loop).
 */
function list(words: readonly string[] | undefined): readonly string[] {
  const out: string[] = [''];
  out.pop();
  for (const w of words ?? []) out.push(foldName(w));
  return out;
}

/** One object literal for every language, every field always present in one order: one hidden class. */
function compile(lang: string, t: LangCues): CompiledCues {
  return {
    lang,
    particles: set(t.particles),
    titles: set([...t.titles, ...COMMON_TITLES]),
    roles: set(t.roles),
    roleStems: list(t.roleStems),
    roleSuffixes: list(t.roleSuffixes),
    speech: set(t.speech),
    fillers: set(t.fillers),
    orgWords: set([...t.orgWords, ...COMPANY_WORDS]),
    orgStems: list(t.orgStems),
    orgSuffixes: list(t.orgSuffixes),
    orgAdjectives: set(t.orgAdjectives ?? []),
    orgIntro: set(t.orgIntro ?? []),
    orgIntroSuffixes: list(t.orgIntroSuffixes),
    adjectiveEnding: ADJECTIVE_ENDINGS[lang],
    genitiveTails: lang === 'ru' || lang === 'uk' || lang === 'pl',
    orgConnectors: set(t.orgConnectors),
    notNames: set(t.notNames),
    nounsCapitalised: t.nounsCapitalised === true,
    lowerCaseOrgTails: LOWER_CASE_ORG_TAILS.has(lang),
    roleAffixes: affixFilter(list(t.roleStems), list(t.roleSuffixes)),
    orgAffixes: affixFilter(list(t.orgStems), list(t.orgSuffixes)),
  };
}

const COMPILED = new Map<string, CompiledCues>(
  Object.entries(TABLES).map(([lang, t]) => [lang, compile(lang, t)]),
);

/** The compiled cue table of `lang` (English for languages without a table). */
export function cuesFor(lang: string): CompiledCues {
  return COMPILED.get(lang) ?? (COMPILED.get('en') as CompiledCues);
}

function matchesStem(norm: string, stems: readonly string[]): boolean {
  for (const s of stems) {
    if (norm.length >= s.length && norm.length - s.length <= ROLE_STEM_SLACK && norm.startsWith(s))
      return true;
  }
  return false;
}

/** Minimum length of the part before a compound ending (Außen|minister): shorter words are the ending itself. */
const MIN_COMPOUND_HEAD = 3;

function matchesSuffix(norm: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) {
    if (norm.length >= s.length + MIN_COMPOUND_HEAD && norm.endsWith(s)) return true;
  }
  return false;
}

/** Memo bound per language and question (a day of news vocabulary); cleared whole when full. */
const MEMO_LIMIT = 50_000;
/** Per-language answers for the stem/suffix rules, which cost a loop over the stems each time. */
const ROLE_MEMO = new Map<string, Map<string, boolean>>();
const ORG_MEMO = new Map<string, Map<string, boolean>>();
for (const lang of COMPILED.keys()) {
  ROLE_MEMO.set(lang, new Map());
  ORG_MEMO.set(lang, new Map());
}

function remember(m: Map<string, boolean>, norm: string, v: boolean): boolean {
  if (m.size >= MEMO_LIMIT) m.clear();
  m.set(norm, v);
  return v;
}

/** True when the folded word is a role noun (président, Außenminister, министра) in this language. */
export function isRole(c: CompiledCues, norm: string): boolean {
  if (c.roles.has(norm)) return true;
  if (!mayMatchAffix(c.roleAffixes, norm)) return false;
  const m = ROLE_MEMO.get(c.lang) as Map<string, boolean>;
  const v = m.get(norm);
  return v ?? remember(m, norm, matchesStem(norm, c.roleStems) || matchesSuffix(norm, c.roleSuffixes));
}

/** True when the folded word introduces an organisation name after it (empresa, Elektroautohersteller). */
export function isOrgIntro(c: CompiledCues, norm: string): boolean {
  return c.orgIntro.has(norm) || matchesSuffix(norm, c.orgIntroSuffixes) || c.orgIntroSuffixes.includes(norm);
}

/** True when the folded word marks an organisation name (Union, Bundesbank, министерства). */
export function isOrgWord(c: CompiledCues, norm: string): boolean {
  if (c.orgWords.has(norm)) return true;
  if (!mayMatchAffix(c.orgAffixes, norm)) return false;
  const m = ORG_MEMO.get(c.lang) as Map<string, boolean>;
  const v = m.get(norm);
  return v ?? remember(m, norm, matchesStem(norm, c.orgStems) || matchesSuffix(norm, c.orgSuffixes));
}
