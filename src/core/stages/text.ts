/**
 * Stage `text`: sentences and tokens of the cleaned body, and tokens of the title.
 *
 * Steps: (1) scan the body once into token columns (offsets + kind); (2) group tokens by paragraph
 * ("\n"-separated; paragraphs without tokens are not counted, so `Sentence.paragraph` is the 0-based
 * index among non-empty paragraphs); (3) split each paragraph into sentences (src/core/text/segment.ts);
 * (4) build the Token records: `norm` = fold(text), `stem` (memoised Snowball), `stop` (stopwords-iso
 * of the article language; fr/it elided articles like "l'" always count as stopwords), `upper`.
 * `words` counts tokens of kind 'word' and 'number'.
 */
import { fold } from '../text/fold.ts';
import { splitSentences } from '../text/segment.ts';
import { wordInfo } from '../text/lexicon.ts';
import { scanTokens, type TokenKind } from '../text/tokenize.ts';
import type { Sentence, Stage, TextAnnotation, Token } from '../types.ts';

/** Scratch columns reused across calls (the pipeline is synchronous), so scanning allocates nothing. */
const starts: number[] = [];
const ends: number[] = [];
const kinds: TokenKind[] = [];
const COLS = { starts, ends, kinds };
/** Scratch: the sentence ends of one paragraph (see splitSentences). */
const sentenceEnds: number[] = [];
function push(start: number, end: number, kind: TokenKind): void {
  starts.push(start);
  ends.push(end);
  kinds.push(kind);
}

/** Folded forms of one-character punctuation, by character code (filled on first sight). */
const PUNCT_NORMS: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);

/** `fold` of a punctuation token: its one-character forms are folded once, then read from a table. */
function foldPunct(surface: string): string {
  if (surface.length !== 1) return fold(surface);
  const code = surface.charCodeAt(0);
  return (PUNCT_NORMS[code] ??= fold(surface));
}

function makeToken(
  text: string,
  start: number,
  end: number,
  kind: TokenKind,
  sentence: number,
  lang: string,
): Token {
  const surface = text.slice(start, end);
  if (kind !== 'word') {
    const norm = kind === 'number' ? surface : foldPunct(surface);
    return { start, end, text: surface, norm, stem: norm, stop: false, kind, upper: false, sentence };
  }
  const w = wordInfo(surface, lang);
  return {
    start,
    end,
    text: surface,
    norm: w.norm,
    stem: w.stem,
    stop: w.stop,
    kind,
    upper: w.upper,
    sentence,
  };
}

/**
 * What {@link tokensOf} is building, read by its token sink: a module function over this state instead of a
 * closure per call (under tsx, esbuild `keepNames` costs an `Object.defineProperty` per closure created).
 * The pipeline is synchronous and makeToken never re-enters; the state is reset after each call.
 */
let sinkOut: Token[] = [];
let sinkText = '';
let sinkLang = '';
let sinkSentence = -1;
function pushToken(start: number, end: number, kind: TokenKind): void {
  sinkOut.push(makeToken(sinkText, start, end, kind, sinkSentence, sinkLang));
}

/** Tokens of a standalone string (e.g. the title), with sentence index `sentence`. */
export function tokensOf(text: string, lang: string, sentence = -1): Token[] {
  const out: Token[] = [];
  sinkOut = out;
  sinkText = text;
  sinkLang = lang;
  sinkSentence = sentence;
  scanTokens(text, lang, pushToken);
  sinkOut = [];
  sinkText = '';
  return out;
}

/** Runs the text layer on a cleaned body in language `lang`. */
export function analyseText(body: string, title: string, lang: string): TextAnnotation {
  starts.length = 0;
  ends.length = 0;
  kinds.length = 0;
  scanTokens(body, lang, push);
  const n = starts.length;
  const tokens: Token[] = new Array<Token>(n);
  const sentences: Sentence[] = [];
  let words = 0;
  let paragraph = -1;
  let k = 0;
  while (k < n) {
    // Tokens up to the next newline form one paragraph.
    const nl = body.indexOf('\n', starts[k]);
    const limit = nl < 0 ? body.length : nl;
    let b = k;
    while (b < n && starts[b] < limit) b++;
    paragraph++;
    sentenceEnds.length = 0;
    splitSentences(body, COLS, k, b, lang, sentenceEnds);
    let a = k;
    for (const e of sentenceEnds) {
      const index = sentences.length;
      for (let t = a; t < e; t++) {
        const kind = kinds[t];
        if (kind !== 'punct') words++;
        tokens[t] = makeToken(body, starts[t], ends[t], kind, index, lang);
      }
      const start = starts[a];
      const end = ends[e - 1];
      sentences.push({ start, end, text: body.slice(start, end), firstToken: a, endToken: e, paragraph });
      a = e;
    }
    k = b;
  }
  return { sentences, tokens, titleTokens: tokensOf(title, lang, -1), words };
}

export const textStage: Stage<'text'> = {
  name: 'text',
  needs: ['clean', 'language'],
  run: (article, soFar) => {
    const body = soFar.clean?.body ?? article.text;
    const lang = soFar.language?.lang ?? 'und';
    return analyseText(body, article.title, lang);
  },
};
