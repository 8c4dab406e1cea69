/**
 * Language identification with `eld` (Efficient Language Detector, 60 languages, n-gram tables).
 *
 * Build choice: `eld/extrasmall` loads in ~0.3 s and ~90 MB RSS (small: 0.7 s / ~150 MB, medium: 1 s /
 * ~200 MB) and is as accurate as the larger builds on whole paragraphs (README: 99.5% vs 99.7% on its
 * big test); news articles are long enough that the larger tables buy nothing.
 *
 * Speed: eld's own `detect` keeps its n-gram set in a plain object and walks each n-gram's scores with
 * `for...in` over integer keys, which dominated the language stage. {@link detectLanguage} runs the same
 * algorithm on eld's own tables (same preprocessing, same byte n-grams, same integer sums, same ordering
 * and reliability rule, eld 2.1), with each n-gram's scores turned into a flat Int32Array on first use.
 * The result is identical to eld's (checked against it in test/text/detect.test.ts).
 *
 * Loading is lazy and synchronous (the pipeline is synchronous): eld's ES module files are loaded with
 * `require()` (Node >= 20.19 loads ES modules through require). Where that is unavailable, call
 * {@link loadDetector} once (async) before analysing; it loads eld's own detector. Without either, detection
 * returns nothing and the language stage falls back to the declared language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** What eld returns for one text. */
export interface Detection {
  /** ISO 639-1 code, or '' when nothing was detected. */
  readonly language: string;
  /** Scores per candidate language, 0..1, best first. */
  readonly scores: ReadonlyArray<readonly [string, number]>;
  readonly reliable: boolean;
}

interface EldResult {
  language: string;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}
interface Eld {
  detect(text: string): EldResult;
}

/** eld's tables: its language codes, n-gram score rows (flat, base score added back) and helpers. */
interface EldTables {
  /** language index -> ISO 639-1 code. */
  readonly codes: readonly string[];
  /** (language index, score + base) pairs of every n-gram, end to end. */
  readonly flat: Int32Array;
  /** n-gram -> its row in `flat` (see {@link GramTable}). */
  readonly rows: GramTable;
  /** eld's byte -> character dictionary, as character codes (all below 256). */
  readonly dictionary: Uint8Array;
  readonly separators: RegExp;
  readonly avgScore: Readonly<Record<string, number>>;
}

const BUILD = 'extrasmall';
/** eld reads at most this many characters of the text. */
const ELD_MAX_CHARS = 1000;
/** eld stops at the first space after this many UTF-8 bytes... */
const ELD_CUT_AFTER = 350;
/** ... and anywhere after this many. */
const ELD_ENFORCE_CUT_AFTER = 380;
/** eld subtracts this from every stored n-gram score to shrink its tables; added back when summing. */
const ELD_BASE_NGRAM_SCORE = 53;
/** eld's hand-picked scale of raw scores into 0..1. */
const ELD_SCALE = 25;
/** eld's reliability rule: the best score must reach this share of the language's average score. */
const ELD_RELIABLE_RATIO = 0.75;

/** Rows are at most 2 x 60 languages long: a row is packed as start * ROW_SHIFT + length. */
const ROW_SHIFT = 256;

let tables: EldTables | null | undefined;
let eld: Eld | undefined;

/** eld's source folder, found along node's module search paths (eld's `exports` hide it from require). */
function sourceDir(require: NodeJS.Require): string | undefined {
  for (const dir of require.resolve.paths('eld') ?? []) {
    const src = join(dir, 'eld', 'src');
    if (existsSync(join(src, 'ngrams', `${BUILD}.js`))) return src;
  }
  return undefined;
}

/**
 * Reads eld's n-gram module as text: `export const ngramsData = {type:'XS60',languages:{0:'am',...},
 * ngrams:{'ngram':{lang:score,...},...}};`. Evaluating that object literal costs ~370 ms of start-up (every
 * CLI command and worker thread paid it); this scan builds the flat rows directly in ~20 ms. Keys are
 * quoted with ' or " (only the quote itself is ever escaped) or bare identifiers. Throws on anything else,
 * so a changed file format fails loudly (test/text/detect.test.ts compares with eld's own module too).
 */
export function parseEldNgrams(source: string): { codes: string[]; flat: Int32Array; rows: GramTable } {
  const codes: string[] = [];
  const langStart = source.indexOf('languages:{');
  const langEnd = source.indexOf('}', langStart);
  const start = source.indexOf('ngrams:{');
  if (langStart < 0 || langEnd < 0 || start < 0) throw new Error('eld n-gram file: unexpected format');
  for (const m of source.slice(langStart, langEnd).matchAll(/(\d+):'([a-z-]+)'/g))
    codes[Number(m[1])] = m[2] as string;
  // Every pair takes at least 4 characters ("0:0,"), so half the source length bounds the flat array.
  const pairs = new Int32Array(source.length >> 1);
  let n = 0;
  const rows = newGramTable(TABLE_BITS);
  let i = start + 'ngrams:{'.length;
  const fail = (): never => {
    throw new Error(`eld n-gram file: unexpected character at ${i}`);
  };
  while (source.charCodeAt(i) !== 0x7d /* } */) {
    let key: string;
    const q = source.charCodeAt(i);
    if (q === 0x27 || q === 0x22) {
      // quoted key; the only escape eld writes is the quote itself
      let j = i + 1;
      let k = '';
      let from = j;
      for (;;) {
        const c = source.charCodeAt(j);
        if (c === q) break;
        if (c === 0x5c /* \ */) {
          k += source.slice(from, j);
          from = j + 1;
          j += 2;
          continue;
        }
        if (Number.isNaN(c)) fail();
        j++;
      }
      key = k + source.slice(from, j);
      i = j + 1;
    } else {
      const j = source.indexOf(':', i);
      if (j < 0) fail();
      key = source.slice(i, j);
      i = j;
    }
    if (source.charCodeAt(i) !== 0x3a || source.charCodeAt(i + 1) !== 0x7b) fail();
    i += 2;
    const from = n;
    while (source.charCodeAt(i) !== 0x7d) {
      let lang = 0;
      let c = source.charCodeAt(i);
      if (c < 0x30 || c > 0x39) fail();
      for (; c >= 0x30 && c <= 0x39; c = source.charCodeAt(++i)) lang = lang * 10 + c - 0x30;
      if (c !== 0x3a) fail();
      let score = 0;
      c = source.charCodeAt(++i);
      if (c < 0x30 || c > 0x39) fail();
      for (; c >= 0x30 && c <= 0x39; c = source.charCodeAt(++i)) score = score * 10 + c - 0x30;
      pairs[n++] = lang;
      pairs[n++] = score + ELD_BASE_NGRAM_SCORE;
      if (c === 0x2c) i++;
      else if (c !== 0x7d) fail();
    }
    i++;
    if (n - from >= ROW_SHIFT) fail();
    if (!packKey(key)) fail();
    rows.value[gramSlot(rows, KEY_HI, KEY_LO)] = from * ROW_SHIFT + (n - from);
    if (source.charCodeAt(i) === 0x2c) i++;
  }
  return { codes, flat: pairs.slice(0, n), rows };
}

function loadSync(): EldTables | null {
  if (tables !== undefined) return tables;
  try {
    const require = createRequire(import.meta.url);
    const src = sourceDir(require);
    if (src === undefined) tables = null;
    else {
      const { codes, flat, rows } = parseEldNgrams(readFileSync(join(src, 'ngrams', `${BUILD}.js`), 'utf8'));
      const { dictionary } = require(join(src, 'dictionary.js')) as { dictionary: string[] };
      const { separators } = require(join(src, 'regexPatterns.js')) as { separators: RegExp };
      const { avgScore } = require(join(src, 'avgScore.js')) as { avgScore: Record<string, number> };
      if (dictionary.length !== 256 || dictionary.some((ch) => ch.length !== 1 || ch.charCodeAt(0) > 0xff))
        throw new Error('eld dictionary: not one byte character per byte');
      const dict = Uint8Array.from(dictionary, (ch) => ch.charCodeAt(0));
      tables = { codes, flat, rows, dictionary: dict, separators, avgScore };
    }
  } catch {
    tables = null;
  }
  return tables;
}

/** Loads the detector asynchronously (for runtimes where synchronous loading fails). Idempotent. */
export async function loadDetector(): Promise<boolean> {
  if (loadSync() !== null || eld) return true;
  const mod = (await import(`eld/${BUILD}`)) as { eld: Eld };
  eld = mod.eld;
  return true;
}

const NOTHING: Detection = { language: '', scores: [], reliable: false };

/** eld caps each word at this many bytes for its inner n-grams. */
const ELD_MAX_WORD_BYTES = 70;
/** An n-gram is at most a space, 4 bytes and a space: 6 byte characters, packed into one number. */
const MAX_PACKED_GRAM = 6;
/** Byte characters of the text being read (at most ~4 per character of eld's 1,000). */
const BYTES = new Uint8Array(4 * ELD_MAX_CHARS + 8);
/** Start offsets in BYTES of the words, and one past the last. */
const WORD_STARTS = new Int32Array(ELD_MAX_CHARS + 2);

/**
 * An open-addressing hash table keyed by n-grams of at most {@link MAX_PACKED_GRAM} byte characters, each
 * packed into two 32-bit integers: `lo` = characters 0-3, `hi` = characters 4-5 and the length (never 0,
 * so `hi === 0` marks a free slot). Typed arrays only: a look-up allocates nothing.
 */
export interface GramTable {
  readonly mask: number;
  readonly shift: number;
  readonly hi: Int32Array;
  readonly lo: Int32Array;
  /** Row of a table n-gram (start * ROW_SHIFT + length), or a stamp in the per-text set; 0 when free. */
  readonly value: Int32Array;
}

/** eld's table has ~50,000 n-grams: 2^17 slots keep probes short (load < 0.4). */
const TABLE_BITS = 17;
/** The n-grams of one text (at most ~250): 2^10 slots. */
const SEEN_BITS = 10;

function newGramTable(bits: number): GramTable {
  const size = 1 << bits;
  return {
    mask: size - 1,
    shift: 32 - bits,
    hi: new Int32Array(size),
    lo: new Int32Array(size),
    value: new Int32Array(size),
  };
}

/** The slot of (hi, lo): where it is, or the free slot where it goes (the caller fills `hi`/`lo`/`value`). */
function gramSlot(t: GramTable, hi: number, lo: number): number {
  let i = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> t.shift;
  for (;;) {
    const h = t.hi[i] as number;
    if (h === 0) {
      t.hi[i] = hi;
      t.lo[i] = lo;
      return i;
    }
    if (h === hi && t.lo[i] === lo) return i;
    i = (i + 1) & t.mask;
  }
}

/** The slot of (hi, lo) if present, else -1 (never inserts). */
function findSlot(t: GramTable, hi: number, lo: number): number {
  let i = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> t.shift;
  for (;;) {
    const h = t.hi[i] as number;
    if (h === 0) return -1;
    if (h === hi && t.lo[i] === lo) return i;
    i = (i + 1) & t.mask;
  }
}

/** Packed key of the last {@link packKey} call (two numbers, so no object per call). */
let KEY_HI = 0;
let KEY_LO = 0;

/** Packs a table key (a string of byte characters) into KEY_HI/KEY_LO; false when it cannot be packed. */
function packKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_PACKED_GRAM) return false;
  let lo = 0;
  let hi = key.length << 16;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c > 0xff) return false;
    if (k < 4) lo |= c << (8 * k);
    else hi |= c << (8 * (k - 4));
  }
  KEY_HI = hi;
  KEY_LO = lo;
  return true;
}

/** The row (start * 256 + length in `flat`) of table n-gram `key`, or -1 (for tests and checks). */
export function gramRow(rows: GramTable, key: string): number {
  if (!packKey(key)) return -1;
  const slot = findSlot(rows, KEY_HI, KEY_LO);
  return slot < 0 ? -1 : (rows.value[slot] as number);
}

/** Per-text set of n-grams seen, reused: a slot is taken when its stamp is the current text's. */
const SEEN = newGramTable(SEEN_BITS);
let seenStamp = 0;

/** Characters of an n-gram being packed: a leading space, bytes [from, to) of BYTES, a trailing space. */
function addGram(
  t: EldTables,
  from: number,
  to: number,
  lead: boolean,
  trail: boolean,
  sums: Float64Array,
): boolean {
  const len = to - from + (lead ? 1 : 0) + (trail ? 1 : 0);
  let lo = 0;
  let hi = len << 16;
  let k = 0;
  if (lead) {
    lo = 32;
    k = 1;
  }
  for (let b = from; b < to; b++, k++) {
    const c = BYTES[b] as number;
    if (k < 4) lo |= c << (8 * k);
    else hi |= c << (8 * (k - 4));
  }
  if (trail) {
    if (k < 4) lo |= 32 << (8 * k);
    else hi |= 32 << (8 * (k - 4));
  }
  // seen before in this text: eld's n-grams are a set
  let i = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> SEEN.shift;
  for (;;) {
    if (SEEN.value[i] !== seenStamp) break;
    if (SEEN.hi[i] === hi && SEEN.lo[i] === lo) return false;
    i = (i + 1) & SEEN.mask;
  }
  SEEN.value[i] = seenStamp;
  SEEN.hi[i] = hi;
  SEEN.lo[i] = lo;
  const slot = findSlot(t.rows, hi, lo);
  if (slot >= 0) {
    const r = t.rows.value[slot] as number;
    const flat = t.flat;
    const start = Math.floor(r / ROW_SHIFT);
    for (let q = start, end = start + (r % ROW_SHIFT); q < end; q += 2)
      sums[flat[q] as number] += flat[q + 1] as number;
  }
  return true;
}

/**
 * eld's `strToUtf8Bytes` then `getByteNgrams`, on numbers: the words of the text as byte characters (ASCII
 * as itself, other bytes through eld's dictionary), cut after ~350 bytes; then 4-byte n-grams with stride 3
 * (word-initial ones with a leading space, the last one of each word with a trailing one). Each distinct
 * n-gram adds its table row to `sums`; the rare n-gram too long to pack (in no table row: keys have at most
 * 6 characters) goes to `long` as eld's string, to be counted. Returns the number of distinct n-grams.
 */
function collectGrams(t: EldTables, str: string, sums: Float64Array, long: Set<string>): number {
  const dict = t.dictionary;
  let distinct = 0;
  // a new stamp frees every slot of the per-text set at once (cleared for real when the stamp wraps)
  if (++seenStamp === 0x7fffffff) {
    SEEN.value.fill(0);
    seenStamp = 1;
  }
  let n = 0;
  let words = 0;
  let countBytes = 0;
  let wordStart = 0;
  for (let ii = 0; ii < str.length; ii++) {
    let c = str.charCodeAt(ii);
    if (c < 0x80) {
      if (c === 32) {
        if (n > wordStart) {
          WORD_STARTS[words++] = wordStart;
          wordStart = n;
        }
        if (countBytes > ELD_CUT_AFTER) break;
      } else BYTES[n++] = c;
      countBytes++;
    } else if (c < 0x800) {
      BYTES[n++] = dict[0xc0 | (c >> 6)] as number;
      BYTES[n++] = dict[0x80 | (c & 0x3f)] as number;
      countBytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      BYTES[n++] = dict[0xe0 | (c >> 12)] as number;
      BYTES[n++] = dict[0x80 | ((c >> 6) & 0x3f)] as number;
      BYTES[n++] = dict[0x80 | (c & 0x3f)] as number;
      countBytes += 3;
    } else {
      ii++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(ii) & 0x3ff));
      BYTES[n++] = dict[0xf0 | (c >> 18)] as number;
      BYTES[n++] = dict[0x80 | ((c >> 12) & 0x3f)] as number;
      BYTES[n++] = dict[0x80 | ((c >> 6) & 0x3f)] as number;
      BYTES[n++] = dict[0x80 | (c & 0x3f)] as number;
      countBytes += 4;
    }
    if (countBytes > ELD_ENFORCE_CUT_AFTER) break;
  }
  if (n > wordStart) WORD_STARTS[words++] = wordStart;
  WORD_STARTS[words] = n;
  for (let w = 0; w < words; w++) {
    const start = WORD_STARTS[w] as number;
    const size = (WORD_STARTS[w + 1] as number) - start;
    const len = size > ELD_MAX_WORD_BYTES ? ELD_MAX_WORD_BYTES : size;
    let j = 0;
    for (; j + 4 < len; j += 3) if (addGram(t, start + j, start + j + 4, j === 0, false, sums)) distinct++;
    // the last n-gram runs to the end of the word (past the 70-byte cap), with a trailing space
    const from = len >= 4 ? len - 4 : 0;
    if (size - from + (j === 0 ? 2 : 1) <= MAX_PACKED_GRAM) {
      if (addGram(t, start + from, start + size, j === 0, true, sums)) distinct++;
    } else {
      let g = j === 0 ? ' ' : '';
      for (let k = start + from; k < start + size; k++) g += String.fromCharCode(BYTES[k] as number);
      long.add(g + ' ');
    }
  }
  return distinct + long.size;
}

/** eld's `detect` + `getScores` + `isReliable` on its own tables (see the module comment). */
function detectWithTables(t: EldTables, input: string): Detection {
  const text = input.substring(0, ELD_MAX_CHARS).replace(t.separators, ' ').trim().toLowerCase();
  const codes = t.codes;
  const sums = new Float64Array(codes.length);
  const numNgrams = collectGrams(t, text, sums, new Set<string>());
  // getMaxLang: the first language with the highest positive sum.
  let best = -1;
  let bestSum = 0;
  for (let l = 0; l < sums.length; l++) {
    if (sums[l] > 0 && sums[l] > bestSum) {
      bestSum = sums[l];
      best = l;
    }
  }
  if (best < 0) return NOTHING;
  const language = codes[best];
  // orderAndScale: positive sums as 0..1 scores, best first (stable on the language index).
  const ordered: [number, number][] = [];
  for (let l = 0; l < sums.length; l++) {
    if (sums[l] > 0) {
      const ngramScore = sums[l] / numNgrams;
      ordered.push([l, ngramScore / (ngramScore + ELD_SCALE)]);
    }
  }
  ordered.sort((a, b) => b[1] - a[1]);
  // isReliable, as eld 2.1 computes it (its "next score" is the runner-up's language index).
  const nextScore = ordered.length > 1 ? ordered[1][0] : 0;
  const reliable =
    ordered.length > 0 &&
    numNgrams >= 3 &&
    !(
      (t.avgScore[language] as number) * ELD_RELIABLE_RATIO > ordered[0][1] ||
      0.01 > Math.abs(ordered[0][1] - nextScore)
    );
  const scores = ordered.map(([l, s]) => [codes[l], s] as const);
  scores.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { language, scores, reliable };
}

/** Detects the language of `text`. Returns `language: ''` when nothing is detected or eld is unavailable. */
export function detectLanguage(text: string): Detection {
  const t = loadSync();
  if (t !== null) return detectWithTables(t, text);
  if (eld === undefined) return NOTHING;
  const r = eld.detect(text);
  if (!r.language) return NOTHING;
  const scores = Object.entries(r.getScores()).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { language: r.language, scores, reliable: r.isReliable() };
}
