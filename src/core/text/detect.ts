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
  /** n-gram -> its row in `flat`: start * ROW_SHIFT + length (one small integer: no object per row). */
  readonly rows: ReadonlyMap<string, number>;
  readonly dictionary: readonly string[];
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
export function parseEldNgrams(source: string): {
  codes: string[];
  flat: Int32Array;
  rows: Map<string, number>;
} {
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
  const rows = new Map<string, number>();
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
    rows.set(key, from * ROW_SHIFT + (n - from));
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
      tables = { codes, flat, rows, dictionary, separators, avgScore };
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

/** eld's `strToUtf8Bytes`: the words of the text as strings of byte characters, cut after ~350 bytes. */
function byteWords(str: string, dictionary: readonly string[]): string[] {
  let encoded = '';
  const words: string[] = [];
  let countBytes = 0;
  for (let ii = 0; ii < str.length; ii++) {
    let c = str.charCodeAt(ii);
    if (c < 0x80) {
      if (c === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (countBytes > ELD_CUT_AFTER) break;
      } else encoded += str[ii];
      countBytes++;
    } else if (c < 0x800) {
      encoded += dictionary[0xc0 | (c >> 6)] + dictionary[0x80 | (c & 0x3f)];
      countBytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      encoded +=
        dictionary[0xe0 | (c >> 12)] + dictionary[0x80 | ((c >> 6) & 0x3f)] + dictionary[0x80 | (c & 0x3f)];
      countBytes += 3;
    } else {
      ii++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(ii) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (c >> 18)] +
        dictionary[0x80 | ((c >> 12) & 0x3f)] +
        dictionary[0x80 | ((c >> 6) & 0x3f)] +
        dictionary[0x80 | (c & 0x3f)];
      countBytes += 4;
    }
    if (countBytes > ELD_ENFORCE_CUT_AFTER) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** eld's `getByteNgrams`: 4-byte n-grams with stride 3, word-initial ones marked by a leading space. */
function byteNgrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const len = word.length > 70 ? 70 : word.length;
    let j = 0;
    for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return out;
}

/** eld's `detect` + `getScores` + `isReliable` on its own tables (see the module comment). */
function detectWithTables(t: EldTables, input: string): Detection {
  const text = input.substring(0, ELD_MAX_CHARS).replace(t.separators, ' ').trim().toLowerCase();
  const grams = byteNgrams(byteWords(text, t.dictionary));
  const { codes, flat, rows } = t;
  const sums = new Float64Array(codes.length);
  for (const g of grams) {
    const r = rows.get(g);
    if (r === undefined) continue;
    const from = Math.floor(r / ROW_SHIFT);
    for (let k = from, end = from + (r % ROW_SHIFT); k < end; k += 2) sums[flat[k]] += flat[k + 1];
  }
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
  const numNgrams = grams.size;
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
