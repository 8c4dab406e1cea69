/**
 * `tokenKey`: one name word, in any script and any press transcription, to a canonical Latin skeleton.
 *
 * Steps (each a precompiled table or regex, applied once per distinct word; results are memoised):
 * 1. lower-case; cut Turkish apostrophe suffixes (Putin'in), French/Italian elisions (l', d');
 * 2. read other scripts as Latin: Cyrillic, Greek, Arabic, Hebrew by table, Chinese through pinyin;
 * 3. guess the word's spelling convention from its letters (German sch/w, Polish sz/cz/ł, French ou/tch,
 *    Dutch oe/sj, Spanish á/í/ú) to read the ambiguous `ch` and `j`;
 * 4. fold letters with sound-bearing marks to digraphs (š -> sh, ł -> l, ş -> sh), drop other marks;
 * 5. fold transcription variants into classes: one hiss class (sh, sch, sz, zh, ž, French ch and j),
 *    one ch class (tch, tsch, cz, č), s/z/ts/tz/soft c, kh/h/German ch, w/v, ph/f, y/i, ou/oe/u, ie/ye/e,
 *    -ov/-ev/-ow/-ew/-off, doubled letters;
 * 6. strip endings: Slavic case endings (-em, -om, -ym, -owi, -ogo, Polish -ce for -ka), then trailing
 *    vowels (Lukashenka/Lukashenko, Poutine/Putin, -skiy/-ski/-skaya).
 *
 * The skeleton is a matching key, not a readable transcription.
 */
import { ARABIC, CYRILLIC, GREEK, HEBREW, LATIN_SPECIAL } from './scripts.ts';
import { HAN_RE, hanziToPinyin } from './hanzi.ts';

/** Memo size: distinct words seen in a long-running process; cleared whole when full (cheap, bounded). */
const MEMO_LIMIT = 50_000;
/** Longest word considered (longer input is cut): no name word is longer; bounds the cost of garbage. */
const MAX_WORD_CHARS = 64;
/** Shortest stem left after cutting a Slavic case ending (protects short names: Erdem, Kim). */
const MIN_STEM_FOR_CASE_ENDING = 4;
/** Shortest skeleton kept after trimming final vowels (Abe -> ab, not a). */
const MIN_TRIMMED = 2;
/** Shorter trimmed stems get a vowel mark, so that short names with and without a final vowel stay apart. */
const MIN_BARE_STEM = 4;

const SCRIPT_TABLE = new Map<string, string>();
for (const table of [CYRILLIC, GREEK, ARABIC, HEBREW]) {
  for (const [k, v] of Object.entries(table)) SCRIPT_TABLE.set(k, v);
}
/** Latin letters with sound-bearing marks, straight to their class (š -> hiss S, č -> ch C). */
const LATIN_TABLE = new Map<string, string>();
for (const [k, v] of Object.entries(LATIN_SPECIAL)) LATIN_TABLE.set(k, toClasses(v));

/** Digraphs of a transliteration to class symbols: sh/zh -> S, ch -> C, shch -> SC, kh -> h. */
function toClasses(s: string): string {
  return s
    .replace(/dzh/g, 'J')
    .replace(/shch/g, 'SC')
    .replace(/sh|zh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/kh/g, 'h');
}

const APOSTROPHES_RE = /[’‘`´ʼʻ′]/g;
/** Turkish case and possessive suffixes written after an apostrophe on proper names. */
const TR_SUFFIX_RE =
  /^(?:n?[ıiuü]n|y?[ıiuü]|y?[ae]|n?[dt][ae]n?|n?[dt][ae]ki|y?l[ae]|l[ae]r(?:[ıi])?|n[ae]|[dt][ıiuü]r|s[ıiuü]|ndan|nden)$/;
/** French and Italian elided articles and prepositions before an apostrophe. */
const ELISION_RE = /^(?:l|d|qu|j|n|s|c|m|t|dell|dall|all|nell|sull|quell|un)'/;
const NON_LETTER_RE = /[^\p{L}\p{M}]+/gu;
const MARKS_RE = /\p{M}+/gu;
const ASCII_RE = /^[\x00-\x7f]*$/;
/** A plain lower-case ASCII word: no script reading, folding or letter filtering needed. */
const ASCII_WORD_RE = /^[a-z]+$/;
const NON_LATIN_RE = /[^\u0000-\u024f\u1e00-\u1eff]/;

// Spelling-convention hints, tested on the lower-cased word before marks are dropped.
const FRENCH_RE = /ou|tch|[èêëàâîïôûœ]|i[eé]$|ine$|é[^é]*$/;
const GERMAN_RE = /sch|ß|[äöü]|w|tz/;
const POLISH_RE = /[łżźśćńąę]|sz|cz|rz|ow(?:a|i|ie)?$|ew$/;
const DUTCH_RE = /oe|sj|ij$/;
const SPANISH_RE = /[áíúñ]/;
/** Czech/Slovak/Croatian/scientific letters: j in such a word is й. */
const SLAVIC_LATIN_RE = /[šžčřěůćđ]/;
/** Silent final h after a vowel in Arabic/Persian names (Haniyeh, Nasrallah, Abu Akleh). */
const FINAL_VOWEL_H_RE = /(?<=.{3}[aeiou])h$/;

/** A rewrite rule: pattern, replacement, and letters of which one must occur for the rule to apply (fast skip). */
type Rule = readonly [RegExp, string, string];

function applyRules(w: string, rules: readonly Rule[]): string {
  for (const [re, rep, guard] of rules) {
    let present = guard === '';
    for (let i = 0; !present && i < guard.length; i++) present = w.includes(guard[i]);
    if (present) w = w.replace(re, rep);
  }
  return w;
}

/** Rules applied to every word, after marks are dropped (plain a-z). Order matters. */
const COMMON_RULES: readonly Rule[] = [
  [/q(?:u(?=[eiy]))?/g, 'k', 'q'],
  [/ph/g, 'f', 'p'],
  [/(?<=[^s])th|^th/g, 't', 't'],
  [/dh/g, 'd', 'd'],
  [/gh/g, 'g', 'g'],
  [/g[u](?=[eiy])/g, 'g', 'g'],
  [/ck/g, 'k', 'k'],
  [/cch/g, 'k', 'h'],
  [/^x(?=[aeiouy])/, 'sh', 'x'],
  [/x/g, 'ks', 'x'],
  [/d[zs]h|dS|dj/g, 'J', 'd'],
  [/jj/g, 'j', 'j'],
  [/w/g, 'v', 'w'],
];

/** Rules after `ch` and `j` are resolved: fold everything into the final classes. */
const FOLD_RULES: readonly Rule[] = [
  // hiss class S: sh, sch, sz, zh, sj (Dutch), German sch, Polish rz
  [/shch|szcz|sjtsj|schtsch/g, 'SC', 'c'],
  [/tsch|tsj|tch|cz/g, 'C', 'tc'],
  [/sch|sh|sz|zh|zj|sj|rz(?=[^aeiouy]|$)/g, 'S', 'sz'],
  [/ch/g, 'C', 'c'],
  [/kh/g, 'h', 'k'],
  // s, z, ts, tz and soft c are one class
  [/c(?=[eiy])/g, 's', 'c'],
  [/ts|tz|z/g, 's', 'zt'],
  [/c/g, 'k', 'c'],
  // vowels: French ou, Dutch oe, ie/ye after consonants, y/j as vowel
  [/ou|oe|oo/g, 'u', 'o'],
  [/(?<=[aeiou])j(?=[aeiou]|$)/g, 'i', 'j'],
  [/j/g, 'i', 'j'],
  [/y/g, 'i', 'y'],
  [/ee/g, 'i', 'e'],
  [/([aeiou])\1+/g, '$1', ''],
  [/(?<=[^aeiou])i(?=[aeou])/g, '', 'i'],
  [/ai|ei/g, 'ei', 'i'],
];

/** Slavic surname suffix -ov/-ev/-ow/-ew/-off/-ief/-yov (+ case endings) to one form. */
const OV_RE = /(?<=[a-zA-Z]{3})(?:[iy]?[eo](?:v|ff|f))(?:[aiuy]|[oy]m|[oe]i|ogo|ovi)?$/;
/** Slavic case endings that may be cut from a longer stem: instrumental, dative, genitive adjective. */
const CASE_ENDING_RE = /(?:em|om|[iy]m|[oe]vi|ovi|ogo|ego|omu|emu|oi|ei)$/;
const POLISH_LOCATIVE_KA_RE = /(?<=n)ce$/;
const TRAILING_VOWELS_RE = /[aeiouy]+$/;
/** Class symbols used during folding, written as letters no other rule outputs. */
// ch (ч) and sh (ш) share one letter: the press spells them across each other (French ch = ш, English
// ch = ч, German tsch = ч, Polish cz = ч, sz = ш), and the merge costs little (collision stress +0.3 pt).
const CLASS_LETTER: Readonly<Record<string, string>> = { S: 'x', C: 'x', J: 'j' };
const CLASS_RE = /[SCJ]/g;
const DOUBLES_RE = /([a-zA-Z])\1+/g;

let memo = new Map<string, string>();

/**
 * One name word to its language- and script-independent skeleton:
 * `tokenKey('Loukachenko') === tokenKey('Łukaszenka') === tokenKey('Лукашенко')`.
 * Returns '' for a word with no letters. Pure; memoised per distinct input.
 */
export function tokenKey(word: string): string {
  if (word.length > MAX_WORD_CHARS) word = word.slice(0, MAX_WORD_CHARS);
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const out = computeTokenKey(word);
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(word, out);
  return out;
}

function computeTokenKey(word: string): string {
  let w = word;
  // compatibility forms (fullwidth, mathematical letters) to plain letters before lower-casing
  if (!ASCII_RE.test(w)) w = w.normalize('NFKC');
  w = w.replace(/İ/g, 'i').toLowerCase().replace(APOSTROPHES_RE, "'");
  w = cutApostrophe(w);
  const ascii = ASCII_WORD_RE.test(w);
  const latin = ascii || !NON_LATIN_RE.test(w);
  if (!latin) w = foldLatin(toClasses(readScripts(w)).replace(/^S(?=[tp])/, 's'));
  if (!ascii) w = w.replace(NON_LETTER_RE, '');
  if (w === '') return '';
  const hints = latin ? spellingHints(w) : NO_HINTS;
  // Polish locative of -ka (Łukaszence)
  if (hints.polish) w = w.replace(POLISH_LOCATIVE_KA_RE, 'ka');
  if (latin) w = (ascii ? w : foldLatin(w)).replace(FINAL_VOWEL_H_RE, '');
  w = applyRules(w, COMMON_RULES);
  w = resolveJ(w, hints);
  w = resolveCh(w, hints);
  w = applyRules(w, FOLD_RULES);
  w = w.replace(/^[i]?e/, 'e').replace(/(?<=[^aeiou])ie/g, 'e');
  w = w.replace(DOUBLES_RE, '$1');
  w = trimEndings(w);
  return w.replace(/(.)\1+/g, '$1').replace(CLASS_RE, (c) => CLASS_LETTER[c]);
}

function cutApostrophe(w: string): string {
  const at = w.indexOf("'");
  if (at < 0) return w;
  const head = w.slice(0, at);
  const tail = w.slice(at + 1);
  if (head.length >= 3 && TR_SUFFIX_RE.test(tail)) return head;
  if (head.length >= 2 && tail === 's') return head; // English possessive (Putin's)
  if (ELISION_RE.test(w)) return cutApostrophe(tail);
  return w.replace(/'/g, '');
}

/** Greek digraphs read before single letters (ου = u, αι = e, ει/οι = i, μπ = b, ντ = d, γκ = g as in foreign names). */
const GREEK_DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/ο[υύ]/g, 'u'],
  [/α[ιί]/g, 'e'],
  [/[εο][ιί]/g, 'i'],
  [/μπ/g, 'b'],
  [/ντ/g, 'd'],
  [/γκ|γγ/g, 'g'],
];
const GREEK_RE = /\p{Script=Greek}/u;

function readScripts(w: string): string {
  if (HAN_RE.test(w)) return hanziToPinyin(w);
  if (GREEK_RE.test(w)) for (const [re, rep] of GREEK_DIGRAPHS) w = w.replace(re, rep);
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const mapped = SCRIPT_TABLE.get(ch);
    if (mapped === undefined) {
      out += ch;
      continue;
    }
    // Cyrillic е/я/ю at the start or after a vowel or sign read with y (Ельцин -> Yeltsin)
    if ((ch === 'е' || ch === 'я' || ch === 'ю') && (i === 0 || /[аеёиоуыэюяіїєьъ]/.test(w[i - 1]))) {
      out += ch === 'е' ? 'ye' : mapped;
      continue;
    }
    // Arabic definite article ال at the start of a longer word
    if (ch === 'ا' && i === 0 && w[1] === 'ل' && w.length > 4) {
      i++;
      continue;
    }
    out += mapped;
  }
  return out;
}

function spellingHints(w: string): Hints {
  const polish = POLISH_RE.test(w);
  const slavic = polish || SLAVIC_LATIN_RE.test(w);
  const french = !slavic && FRENCH_RE.test(w);
  return {
    french,
    polish,
    slavic,
    german: !polish && GERMAN_RE.test(w),
    dutch: DUTCH_RE.test(w),
    spanish: !french && !polish && SPANISH_RE.test(w),
  };
}

const NO_HINTS: Hints = {
  french: false,
  polish: false,
  slavic: false,
  german: false,
  dutch: false,
  spanish: false,
};

function foldLatin(w: string): string {
  let out = '';
  for (const ch of w) {
    const mapped = LATIN_TABLE.get(ch);
    out += mapped ?? ch;
  }
  return out.normalize('NFD').replace(MARKS_RE, '');
}

interface Hints {
  readonly slavic: boolean;
  readonly french: boolean;
  readonly spanish: boolean;
  readonly polish: boolean;
  readonly german: boolean;
  readonly dutch: boolean;
}

/**
 * `j`: French j is ж (Jirinovski, Brejnev), Spanish j is х (Jrushchov, Tijanóvskaya), German/Polish/Dutch
 * j is й (Jelzin, Sobjanin). A word-initial j/y/i before a vowel and дж all go to one class J, since the
 * languages disagree and the word rarely tells (Jaschin, Yashin, Iachine, Яшин; Johnson, Джонсон).
 */
function resolveJ(w: string, h: Hints): string {
  if (!w.includes('j') && !w.startsWith('y') && !w.startsWith('i')) return w;
  // word-initial ye/je/ie -> e (Yeltsin, Jelzin, Eltsine)
  w = w.replace(/^[jyi]e/, 'e');
  w = w.replace(/^[jyi](?=[aou])/, 'J');
  // j before r/l only in Spanish transcriptions of х (Jrushchov); other initial j + consonant: J
  w = w.replace(/^j(?=[rl])/, 'h').replace(/^j(?=[^aeiouy])/, h.spanish ? 'h' : 'J');
  if (!h.german && !h.slavic && !h.dutch) w = w.replace(/^j(?=i)/, 'S');
  if (h.spanish) return w.replace(/j/g, 'h');
  if (h.french && !h.german && !h.polish) return w.replace(/j/g, 'S');
  // j after a vowel and before a consonant is French ж in a word with no other hint (Brejnev)
  if (!h.german && !h.slavic && !h.dutch) w = w.replace(/(?<=[aeiou])j(?=[^aeiouy])/g, 'S');
  return w;
}

/** `ch`: French ch is ш, German/Polish/Dutch ch is х, English/Spanish ch is ч. */
function resolveCh(w: string, h: Hints): string {
  if (!w.includes('ch')) return w;
  w = w.replace(/tsch|tch/g, 'C');
  if (h.french && !h.german && !h.polish) return w.replace(/sch|ch/g, 'S');
  if (h.german || h.slavic || h.dutch) return w.replace(/sch/g, 'S').replace(/ch/g, 'h');
  return w;
}

function trimEndings(w: string): string {
  w = w.replace(OV_RE, 'ov');
  const cut = w.replace(CASE_ENDING_RE, '');
  if (cut !== w && cut.length >= MIN_STEM_FOR_CASE_ENDING && !/[aeiou]$/.test(cut))
    w = cut.replace(OV_RE, 'ov');
  const trimmed = w.replace(TRAILING_VOWELS_RE, '');
  if (trimmed === w || trimmed.length < MIN_TRIMMED) return w;
  // a short stem keeps a mark that it ended in a vowel (Khan han, Haniyeh hane; Baku, Bakou, Bakı bake)
  return trimmed.length < MIN_BARE_STEM ? trimmed + 'e' : trimmed;
}

/** Clears the memo (tests and benchmarks that measure cold cost). */
export function clearTokenKeyMemo(): void {
  memo = new Map();
}
