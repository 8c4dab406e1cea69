/**
 * Stage `places`: the countries, cities and regions an article names, keyed language-independently
 * through the gazetteer (src/core/gazetteer). Steps:
 * 1. scan the title tokens and the body tokens with the gazetteer (longest match first, inflected forms,
 *    hyphenated compounds part by part); for text with Han characters (Chinese), also match names as
 *    substrings of the title and body;
 * 2. drop organisations (the entities stage types those);
 * 3. group by key: name mentions, demonym/adjective mentions (`adjectival`), surface variants in order
 *    of first appearance; the canonical `name` is the most frequent name surface (ties: first seen), or
 *    the gazetteer's English name when the place is only referred to by an adjective;
 * 4. order by mentions (descending), then key.
 */
import { matchChinese, scan, type GazetteerHit } from '../gazetteer/index.ts';
import type { Place, Stage, Token } from '../types.ts';

/** Any Han character: the text needs substring matching (no spaces between Chinese words). */
const HAN_CHAR = /\p{Script=Han}/u;
/**
 * Any code unit from U+2E80 on (CJK radicals, the first Han code points, and the surrogates of astral Han):
 * a text without one holds no Han character, and this test scans several times faster than the Unicode
 * property (no case folding, no surrogate pairing).
 */
const FROM_CJK_RADICALS = /[\u2e80-\uffff]/;

interface Tally {
  readonly key: string;
  readonly kind: Place['kind'];
  readonly country?: string;
  readonly english: string;
  mentions: number;
  adjectival: number;
  /** Surface -> name-mention count, in first-seen order (Map keeps insertion order). */
  readonly names: Map<string, number>;
  readonly variants: Set<string>;
}

/** Adds one gazetteer hit (with its surface form) to the tallies; organisations are skipped. */
function count(tallies: Map<string, Tally>, h: GazetteerHit, surface: string): void {
  if (h.kind === 'org') return;
  let t = tallies.get(h.key);
  if (!t) {
    t = {
      key: h.key,
      kind: h.kind,
      ...(h.country ? { country: h.country } : {}),
      english: h.name,
      mentions: 0,
      adjectival: 0,
      names: new Map(),
      variants: new Set(),
    };
    tallies.set(h.key, t);
  }
  t.variants.add(surface);
  if (h.adjectival) {
    t.adjectival++;
  } else {
    t.mentions++;
    t.names.set(surface, (t.names.get(surface) ?? 0) + 1);
  }
}

/**
 * The tokens being scanned, read by {@link startsSentence}: a module function over this state instead of a
 * closure per call (under tsx, esbuild `keepNames` costs an `Object.defineProperty` per closure created).
 * The pipeline is synchronous; it is reset after each scan.
 */
let scanned: readonly Token[] = [];
/** True when token `i` of the sequence being scanned starts a sentence. */
const startsSentence = (i: number): boolean => i === 0 || scanned[i - 1].sentence !== scanned[i].sentence;
/**
 * Scratch columns of the sequence being scanned (norms and surfaces), refilled by a loop on each scan: no
 * arrays nor `map` callbacks allocated per article (under tsx each callback created costs an
 * `Object.defineProperty`). {@link scan} keeps no reference to them.
 */
const norms: string[] = [];
const texts: string[] = [];

/** Scans one token sequence (offsets into `source`) and tallies its place hits. */
function scanTokens(
  tallies: Map<string, Tally>,
  tokens: readonly Token[],
  source: string,
  lang: string,
): void {
  if (tokens.length === 0) return;
  norms.length = 0;
  texts.length = 0;
  for (let i = 0; i < tokens.length; i++) {
    norms.push(tokens[i].norm);
    texts.push(tokens[i].text);
  }
  scanned = tokens;
  const matches = scan(norms, { lang, texts, initial: startsSentence });
  scanned = [];
  norms.length = 0;
  texts.length = 0;
  for (const m of matches) {
    const first = tokens[m.start];
    const surface =
      m.part !== undefined
        ? (first.text.split(/[-‐‑]/)[m.part] ?? first.text)
        : m.length === 1
          ? first.text
          : source.slice(first.start, tokens[m.start + m.length - 1].end);
    count(tallies, m, surface);
  }
}

/** Tallies the Han-script names of a text (Chinese). */
function scanHan(tallies: Map<string, Tally>, text: string): void {
  if (!FROM_CJK_RADICALS.test(text) || !HAN_CHAR.test(text)) return;
  for (const m of matchChinese(text)) count(tallies, m, text.slice(m.start, m.end));
}

/** Most frequent name surface, ties broken by first appearance (Map iteration order). */
function canonicalName(t: Tally): string {
  let best = '';
  let bestCount = 0;
  for (const [surface, n] of t.names) {
    if (n > bestCount) {
      best = surface;
      bestCount = n;
    }
  }
  return bestCount > 0 ? best : t.english;
}

function toPlace(t: Tally): Place {
  return {
    name: canonicalName(t),
    key: t.key,
    ...(t.country ? { country: t.country } : {}),
    kind: t.kind,
    mentions: t.mentions,
    variants: [...t.variants],
    adjectival: t.adjectival,
  };
}

export const placesStage: Stage<'places'> = {
  name: 'places',
  needs: ['text'],
  run: (article, soFar) => {
    const text = soFar.text;
    if (!text) return { places: [] };
    const lang = soFar.language?.lang ?? 'und';
    const body = soFar.clean?.body ?? article.text;
    const tallies = new Map<string, Tally>();
    scanTokens(tallies, text.titleTokens, article.title, lang);
    scanTokens(tallies, text.tokens, body, lang);
    scanHan(tallies, article.title);
    scanHan(tallies, body);
    const places = [...tallies.values()]
      .map(toPlace)
      .sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { places };
  },
};
