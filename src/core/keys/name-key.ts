/**
 * `nameKey`: a whole name (person, organisation, place) to a language- and script-independent key.
 *
 * Design, for persons:
 * - The key of a person is the skeleton of the surname (the last word once particles and suffixes like
 *   de, von, al-, bin, Jr. are dropped): "Vladimir Poutine", "Wladimir Putin", "Владимир Путин", "Putin",
 *   "Poutine", "Putinem" all give `person:putin`. A bare surname and a full name meet, which is what an
 *   article needs ("Vladimir Poutine ... Poutine"); different people with one surname meet too, unless:
 * - a curated table of newsworthy people (people.ts) takes precedence: its people get `person:<slug>`,
 *   e.g. `person:donald-trump`, and when two curated people share a surname the given name, if present,
 *   picks one (Ivanka Trump vs Donald Trump); a bare surname means the first one listed.
 * - East Asian names put the family name first: names in Chinese characters, and Latin names whose first
 *   word is a common Chinese/Korean family name and whose other words read as pinyin/Korean syllables, key
 *   on the whole name (习近平 and Xi Jinping: `person:xijinping`, unless curated).
 * - When curated people share a surname, a given name picks one (by skeleton, or by a cross-language
 *   group: Aleksandr = Alexandre = Oleksandr); a known given name with another initial than all of theirs
 *   means someone else (Eric Trump keeps the generic key).
 * - Arabic- and Cyrillic-script names are also matched against the curated Latin names through a consonant
 *   skeleton (Arabic writes no short vowels and has no p or v: بوتين = b-t-n = Putin; Трамп = t-r-m-p =
 *   Trump), full name first, then a surname of 3+ consonants when unique.
 * - German genitive -s (Putins) is cut only when that names a curated person.
 *
 * Places, organisations and other: the gazetteer's key when it knows the whole name (`city:moscow`,
 * `country:BY`, `org:hamas`), or when the name's skeleton equals the skeleton of exactly one gazetteer form
 * (Lwiw -> city:lviv); else `place:`/`org:`/`other:` + the skeletons of all words (particles dropped),
 * joined; hyphens split words (Тель-Авив = Tel Aviv).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EntityType } from '../types.ts';
import { GIVEN_NAME_GROUPS } from './given-names.ts';
import { HAN_RE, hanziToPinyin } from './hanzi.ts';
import { PEOPLE } from './people.ts';
import { isGivenName } from '../entities/given-names.ts';
import { lookup as gazetteerLookup, matchChinese } from '../gazetteer/index.ts';
import { fold } from '../text/fold.ts';
import { ARABIC, CYRILLIC, GREEK, HEBREW, LATIN_SPECIAL } from './scripts.ts';
import { tokenKey } from './skeleton.ts';

/** Longest name considered (longer input is cut): bounds the cost of garbage input. */
const MAX_NAME_CHARS = 160;
/** Memo size for whole names (distinct names in a long-running process; cleared whole when full). */
const MEMO_LIMIT = 20_000;
/** Fewest consonants for an Arabic surname alone to match a curated person (2 match too much: Abbas, Assad). */
const MIN_ARABIC_SURNAME_CONSONANTS = 3;

const TYPE_PREFIX: Readonly<Record<EntityType, string>> = {
  person: 'person',
  organization: 'org',
  place: 'place',
  other: 'other',
};

/** Name particles dropped before keying (lower case, Latin and Cyrillic and Arabic). */
const PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'des',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'ten',
  'ter',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  'bint',
  'y',
  'e',
  'фон',
  'дер',
  'де',
  'ван',
  'бен',
  'бин',
  'ибн',
  'аль',
  'эль',
  'ле',
  'ла',
  'да',
  'بن',
  'ابن',
  'بنت',
  'فون',
  'دير',
  'دي',
  'فان',
]);
/** Generational and honorific suffixes dropped at the end of a name. */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'junior', 'senior', 'ii', 'iii', 'iv']);
/** A regnal number written in capitals (Charles III, Leo XIV); "Xi" is a name, not XI. */
const ROMAN_NUMERAL_RE = /^[IVXL]{1,6}\.?$/;
/** Arabic article glued by a hyphen (al-Assad, ас-Сиси, es-Sisi). */
const HYPHEN_ARTICLE_RE =
  /^(?:al|el|as|ad|an|ar|at|az|ash|es|er|ez|ul|ал|аль|ас|ад|ан|ар|ат|аз|аш|эль|эр|эс|эд)-(?=\p{L})/iu;
const WORD_SPLIT_RE = /[\s·・•,]+/u;
const ARABIC_SCRIPT_RE = /\p{Script=Arabic}/u;
/** Scripts read through a table (Cyrillic, Greek, Hebrew, Arabic): names matched by consonant skeleton too. */
const TABLE_SCRIPT_RE = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}]/u;

/** Common family names of Chinese and Korean people, in pinyin / Revised Romanisation. */
const EAST_ASIAN_SURNAMES = new Set(
  (
    'li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song ' +
    'tang deng han feng cao peng xi mao wen jiang bo cai lai tsai chiang ding du fu lu meng qin shi su tan wei ' +
    'xiao yan ye yu yuan zeng kim lee park pak choi moon mun yoon yun kang cho jo jang lim ri'
  ).split(' '),
);
/** A word made of pinyin / Korean syllables (with an optional hyphen between syllables). */
const SYLLABLES_RE =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|yeo|yeol|eon|eong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|ae|eo|eu|a|o|e|i|u|v)(?:-|$)?)+$/;

interface Curated {
  readonly slug: string;
  readonly givens: ReadonlySet<string>;
}

interface CuratedIndex {
  readonly bySurname: Map<string, Curated[]>;
  readonly byFullName: Map<string, Curated>;
  readonly byConsonantsFull: Map<string, Curated | null>;
  readonly byConsonantsSurname: Map<string, Curated | null>;
  readonly givenClass: Map<string, number>;
}

const SLUG_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
};

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[łøßıæœđ]/g, (c) => SLUG_LETTERS[c])
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function splitWords(name: string): string[] {
  const words = name
    .trim()
    .split(WORD_SPLIT_RE)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(HYPHEN_ARTICLE_RE, ''));
  while (
    words.length > 1 &&
    (SUFFIXES.has(words[words.length - 1].toLowerCase()) || ROMAN_NUMERAL_RE.test(words[words.length - 1]))
  ) {
    words.pop();
  }
  const kept = words.filter((w, i) => i === words.length - 1 || !PARTICLES.has(w.toLowerCase()));
  return kept.length > 0 ? kept : words;
}

function isEastAsian(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const plain = words.map(asciiLower);
  if (!EAST_ASIAN_SURNAMES.has(plain[0])) return false;
  return plain.slice(1).every((w) => w.includes('-') || SYLLABLES_RE.test(w));
}

function asciiLower(w: string): string {
  return w
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** Whole-name key of an East Asian name: its letters, lower case, no spaces or hyphens. */
function eastAsianKey(words: readonly string[]): string {
  return words.map((w) => asciiLower(w).replace(/[^a-z]/g, '')).join('');
}

function fullKey(words: readonly string[]): string {
  return words.map(tokenKey).join(' ');
}

// ------------------------------------------------------------------------------------------ Arabic skeleton
const RASM_TABLE = new Map<string, string>([
  ...Object.entries(CYRILLIC),
  ...Object.entries(GREEK),
  ...Object.entries(HEBREW),
  ...Object.entries(ARABIC),
  ...Object.entries(LATIN_SPECIAL),
]);
const RASM_RULES: readonly (readonly [RegExp, string])[] = [
  [/dzh|dž|dż|dj/g, 'g'],
  [/(?<=[aeiou])h(?=[^aeiouh]|$)/g, ''],
  [/tsch|tch|tsh|sch|sh|ch|sz|cz|zh/g, 'x'],
  [/kh/g, 'h'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/dh/g, 'd'],
  [/gh/g, 'g'],
  [/ck|qu/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/[cq]/g, 'k'],
  [/p/g, 'b'],
  [/v/g, 'f'],
  [/ts|tz|z/g, 's'],
  [/dz|j/g, 'g'],
  [/([a-z])\1+/g, '$1'],
  [/[aeiouyw']/g, ''],
];

/** Consonant skeleton shared by Arabic script and Latin names (no vowels, p = b, v = f, g = j). */
function rasm(word: string): string {
  let w = word.toLowerCase();
  if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
  let out = '';
  for (const ch of w) out += RASM_TABLE.get(ch) ?? ch;
  out = out
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z]/g, '');
  for (const [re, rep] of RASM_RULES) out = out.replace(re, rep);
  return out;
}

function addUnique(map: Map<string, Curated | null>, key: string, entry: Curated): void {
  if (key === '') return;
  const prev = map.get(key);
  if (prev === undefined) map.set(key, entry);
  else if (prev !== null && prev.slug !== entry.slug) map.set(key, null);
}

// ------------------------------------------------------------------------------------------ curated index
let index: CuratedIndex | undefined;

/** Han characters of a name without separators, as the curated table is indexed (no pinyin needed). */
function hanKey(name: string): string {
  return 'zh:' + name.replace(/[^\p{Script=Han}]/gu, '');
}

/** Builds the curated-people index on first use (a few ms; nothing at import). */
function curatedIndex(): CuratedIndex {
  if (index) return index;
  const idx: CuratedIndex = {
    bySurname: new Map(),
    byFullName: new Map(),
    byConsonantsFull: new Map(),
    byConsonantsSurname: new Map(),
    givenClass: new Map(),
  };
  GIVEN_NAME_GROUPS.forEach((line, i) => {
    for (const g of line.split(' ')) idx.givenClass.set(tokenKey(g), i);
  });
  for (const line of PEOPLE) {
    const variants = line.split('|').map((v) => v.trim());
    const givens = new Set<string>();
    const entry: Curated = { slug: slugOf(variants[0]), givens };
    for (const v of variants) indexVariant(idx, entry, givens, v);
  }
  index = idx;
  return idx;
}

function indexVariant(idx: CuratedIndex, entry: Curated, givens: Set<string>, v: string): void {
  if (HAN_RE.test(v)) {
    idx.byFullName.set(hanKey(v), entry);
    return;
  }
  const words = splitWords(v);
  const eastAsian = isEastAsian(words);
  if (eastAsian) idx.byFullName.set('ea:' + eastAsianKey(words), entry);
  if (!idx.byFullName.has(fullKey(words))) idx.byFullName.set(fullKey(words), entry);
  if (ARABIC_SCRIPT_RE.test(v)) return;
  // the family name comes first in East Asian names (a bare "Xi" means Xi Jinping)
  const surname = tokenKey(eastAsian ? words[0] : words[words.length - 1]);
  const list = idx.bySurname.get(surname) ?? [];
  if (!list.includes(entry)) list.push(entry);
  idx.bySurname.set(surname, list);
  for (const g of eastAsian ? words.slice(1) : words.slice(0, -1)) givens.add(tokenKey(g));
  addUnique(idx.byConsonantsFull, words.map(rasm).join(''), entry);
  if (words.length > 1) {
    const r = rasm(words[words.length - 1]);
    if (r.length >= MIN_ARABIC_SURNAME_CONSONANTS) addUnique(idx.byConsonantsSurname, r, entry);
  }
}

function hasInitial(givens: ReadonlySet<string>, initial: string | undefined): boolean {
  for (const g of givens) if (g[0] === initial) return true;
  return false;
}

/**
 * Picks the curated person a name means among those sharing its surname: the one whose given names
 * (skeleton or cross-language group) match; with no given name, the first listed. A known given name
 * that fits none of them (Eric Trump) means someone else: undefined.
 */
function chooseCurated(
  idx: CuratedIndex,
  candidates: readonly Curated[],
  givenWords: readonly string[],
): Curated | undefined {
  if (givenWords.length === 0) return candidates[0];
  const givenClass = idx.givenClass;
  let other = false;
  for (const g of givenWords) {
    const k = tokenKey(g);
    const cls = givenClass.get(k);
    for (const c of candidates) {
      if (c.givens.has(k)) return c;
      if (cls !== undefined) for (const cg of c.givens) if (givenClass.get(cg) === cls) return c;
    }
    // a known given name with another initial than all of theirs (spellings of one name share it)
    if ((cls !== undefined || isGivenName(fold(g))) && !candidates.some((c) => hasInitial(c.givens, k[0]))) {
      other = true;
    }
  }
  return other ? undefined : candidates[0];
}

// ------------------------------------------------------------------------------------------ keys
export interface NameKeyOptions {
  /** Use the curated people table (default true). False gives the rules alone, for evaluation. */
  readonly curated?: boolean;
  /**
   * Give places and organisations the gazetteer's key when it knows the whole name (default true), so that
   * keys agree with the places stage; false gives the skeleton keys alone, for evaluation.
   */
  readonly gazetteer?: boolean;
}

function personKey(name: string, curated: boolean): string {
  const idx = curated ? curatedIndex() : undefined;
  if (HAN_RE.test(name)) {
    const hit = idx?.byFullName.get(hanKey(name));
    return hit ? hit.slug : hanziToPinyin(name);
  }
  const words = splitWords(name);
  if (words.length === 0) return '';
  const exact = idx?.byFullName.get(fullKey(words));
  if (exact) return exact.slug;
  if (isEastAsian(words)) {
    const ea = eastAsianKey(words);
    const hit = idx?.byFullName.get('ea:' + ea);
    return hit ? hit.slug : ea;
  }
  const last = words[words.length - 1];
  const surname = tokenKey(last);
  if (!idx) return surname;
  const arabic = ARABIC_SCRIPT_RE.test(name);
  const candidates = arabic ? undefined : idx.bySurname.get(surname);
  if (candidates) return chooseCurated(idx, candidates, words.slice(0, -1))?.slug ?? surname;
  if (TABLE_SCRIPT_RE.test(name)) {
    // consonant skeleton against the curated Latin names: full name, then a long enough unique surname
    const full = idx.byConsonantsFull.get(words.map(rasm).join(''));
    if (full) return full.slug;
    const sur = idx.byConsonantsSurname.get(rasm(last));
    if (sur) return sur.slug;
    if (arabic) {
      const byRule = idx.bySurname.get(surname);
      if (byRule) return chooseCurated(idx, byRule, words.slice(0, -1))?.slug ?? surname;
    }
  }
  // German genitive (Putins, Merkels): cut the -s only when that names a curated person
  if (/[^s]s$/i.test(last) && last.length > 3) {
    const cut = idx.bySurname.get(tokenKey(last.slice(0, -1)));
    const picked = cut ? chooseCurated(idx, cut, words.slice(0, -1)) : undefined;
    if (picked) return picked.slug;
  }
  return surname;
}

function placeKey(name: string): string {
  if (HAN_RE.test(name)) return hanziToPinyin(name);
  const parts: string[] = [];
  for (const w of splitWords(name)) for (const p of w.split('-')) if (p) parts.push(tokenKey(p));
  return parts.join('');
}

/** The gazetteer's key for a whole place or organisation name (`city:warsaw`, `country:BY`, `org:hamas`). */
function gazetteerKey(name: string): string | undefined {
  if (HAN_RE.test(name)) {
    const han = name.replace(/[^\p{Script=Han}]/gu, '');
    const hits = matchChinese(han);
    return hits.length === 1 && hits[0].start === 0 && hits[0].end === han.length ? hits[0].key : undefined;
  }
  return gazetteerLookup(name.trim())?.key ?? gazetteerSkeletons().get(placeKey(name)) ?? undefined;
}

/** The gazetteer's committed data (read-only here; see src/core/gazetteer). */
const GAZETTEER_DATA_URL = new URL('../gazetteer/data/gazetteer.json', import.meta.url);
/** The skeleton index precomputed from it by scripts/build-name-skeletons.ts (committed). */
const SKELETONS_DATA_URL = new URL('./data/gazetteer-skeletons.json', import.meta.url);
/** Gazetteer form flags skipped by the skeleton index: demonyms/adjectives (1) and acronyms (4). */
const SKIPPED_FORM_FLAGS = 1 | 4;
/** Shortest skeleton matched against gazetteer forms (shorter ones meet by chance). */
const MIN_GAZETTEER_SKELETON = 4;
/** Every this-many-th indexed form is stored with its skeleton, to spot-check the committed index on load. */
const SKELETON_CHECK_EVERY = 250;
let gazetteerSkeletonIndex: Map<string, string | null> | undefined;

/** The committed skeleton index: the gazetteer it was built from, spot checks, and the index itself. */
export interface SkeletonIndexFile {
  /** SHA-1 of gazetteer.json as built from. */
  readonly gazetteer: string;
  /** [form, skeleton] pairs recomputed on load: a change of the skeleton rules makes them disagree. */
  readonly check: readonly (readonly [string, string])[];
  /** Flat [skeleton, key or null (two entries share it), ...], in first-seen order. */
  readonly skeletons: readonly (string | null)[];
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Skeletons of every gazetteer name form -> the entry's key (null when two entries share a skeleton), built
 * from the gazetteer data's text, with the spot checks to store alongside. ~300 ms: run by
 * scripts/build-name-skeletons.ts, and at run time only when the committed index does not fit.
 */
export function buildSkeletonIndex(gazetteerText: string): SkeletonIndexFile {
  const data = JSON.parse(gazetteerText) as {
    entries: readonly (readonly [string, string, string, string])[];
    forms: readonly (readonly [string, number, number])[];
  };
  const index = new Map<string, string | null>();
  const check: [string, string][] = [];
  let indexed = 0;
  for (const [form, entryIndex, flags] of data.forms) {
    if ((flags & SKIPPED_FORM_FLAGS) !== 0 || HAN_RE.test(form)) continue;
    const entry = data.entries[entryIndex];
    if (!entry) continue;
    const sk = placeKey(form);
    if (sk.length < MIN_GAZETTEER_SKELETON) continue;
    if (indexed++ % SKELETON_CHECK_EVERY === 0) check.push([form, sk]);
    const prev = index.get(sk);
    if (prev === undefined) index.set(sk, entry[0]);
    else if (prev !== null && prev !== entry[0]) index.set(sk, null);
  }
  const skeletons: (string | null)[] = [];
  for (const [sk, key] of index) skeletons.push(sk, key);
  return { gazetteer: sha1(gazetteerText), check, skeletons };
}

/** The committed index as a map, or undefined when it was built from other data or other rules. */
function committedSkeletons(gazetteerText: string): Map<string, string | null> | undefined {
  let file: SkeletonIndexFile;
  try {
    file = JSON.parse(readFileSync(SKELETONS_DATA_URL, 'utf8')) as SkeletonIndexFile;
  } catch {
    return undefined;
  }
  if (file.gazetteer !== sha1(gazetteerText)) return undefined;
  for (const [form, sk] of file.check) if (placeKey(form) !== sk) return undefined;
  const index = new Map<string, string | null>();
  const flat = file.skeletons;
  for (let i = 0; i + 1 < flat.length; i += 2) index.set(flat[i] as string, flat[i + 1] as string | null);
  return index;
}

/**
 * Skeletons of every gazetteer name form -> the entry's key (null when two entries share a skeleton), so
 * that a spelling the gazetteer does not list (Lwiw, Schanghai, Vuhan) still gets the gazetteer's key.
 * Loaded on first use from the committed index when it fits the gazetteer data and the rules (a few ms),
 * else built (~300 ms); empty when the data cannot be read.
 */
function gazetteerSkeletons(): Map<string, string | null> {
  if (gazetteerSkeletonIndex) return gazetteerSkeletonIndex;
  let index = new Map<string, string | null>();
  try {
    const text = readFileSync(GAZETTEER_DATA_URL, 'utf8');
    const committed = committedSkeletons(text);
    if (committed) index = committed;
    else {
      const flat = buildSkeletonIndex(text).skeletons;
      for (let i = 0; i + 1 < flat.length; i += 2) index.set(flat[i] as string, flat[i + 1] as string | null);
    }
  } catch {
    // no gazetteer data: skeleton keys alone
  }
  gazetteerSkeletonIndex = index;
  return index;
}

/**
 * Memos of the default options, one per type, keyed by the name itself: no memo key is built per call (the
 * concatenated key cost a string allocation, and hashing its flattened copy, on every look-up).
 */
const DEFAULT_MEMOS: Record<EntityType, Map<string, string>> = {
  person: new Map(),
  organization: new Map(),
  place: new Map(),
  other: new Map(),
};
/** Memo of calls with non-default options (evaluation), keyed by options, type and name. */
let optionMemo = new Map<string, string>();

/** The key itself, unmemoised. */
function computeNameKey(name: string, type: EntityType, curated: boolean, gazetteer: boolean): string {
  if (type === 'person') return TYPE_PREFIX[type] + ':' + personKey(name, curated);
  if (!gazetteer || HAN_RE.test(name)) {
    const known = gazetteer ? gazetteerKey(name) : undefined;
    return known ?? TYPE_PREFIX[type] + ':' + placeKey(name);
  }
  // gazetteerKey's steps, with the skeleton computed once for the skeleton index and the fallback key.
  const looked = gazetteerLookup(name.trim())?.key;
  if (looked !== undefined) return looked;
  const skeleton = placeKey(name);
  return gazetteerSkeletons().get(skeleton) ?? TYPE_PREFIX[type] + ':' + skeleton;
}

/**
 * Language- and script-independent key of a name, prefixed by type: `person:...`, `org:...`, `place:...`,
 * `other:...`. Same person or place in any language or script -> same key (Loukachenko, Lukashenko,
 * Łukaszenka, Лукашенко; Poutine, Putin, Путиным). Returns `<prefix>:` with an empty body for a name
 * with no letters. Pure; memoised per (name, type).
 */
export function nameKey(name: string, type: EntityType, options?: NameKeyOptions): string {
  if (name.length > MAX_NAME_CHARS) name = name.slice(0, MAX_NAME_CHARS);
  const curated = options?.curated !== false;
  const gazetteer = options?.gazetteer !== false;
  if (curated && gazetteer) {
    const memo = DEFAULT_MEMOS[type];
    const hit = memo.get(name);
    if (hit !== undefined) return hit;
    const out = computeNameKey(name, type, true, true);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(name, out);
    return out;
  }
  const memoKey = (curated ? '' : '!') + (gazetteer ? '' : '~') + type + '\u0000' + name;
  const hit = optionMemo.get(memoKey);
  if (hit !== undefined) return hit;
  const out = computeNameKey(name, type, curated, gazetteer);
  if (optionMemo.size >= MEMO_LIMIT) optionMemo = new Map();
  optionMemo.set(memoKey, out);
  return out;
}
