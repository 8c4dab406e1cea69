/**
 * The stored form of an article's annotations, format 2: the tokens and sentences as columns of integers, not
 * one JSON object per token (the token list was 85% of the ~35 KB of JSON per article).
 *
 * Layout: the one-byte {@link COLUMNS_TAG} (or {@link COLUMNS_APART_TAG}: the same without the body), then the raw-deflated payload. In the payload, integers are
 * unsigned LEB128 varints (signed ones zigzagged):
 * 1. the string pool: its count, each string's length in UTF-16 units, the pool's byte length, then its UTF-8
 *    bytes; string 0 is the JSON of the annotations with the token and sentence lists left out (`0` in their
 *    place, so the keys keep their order), the others are the per-article table of norms, stems and texts;
 * 2. the body tokens, then the title tokens, each as columns: count, start (delta from the previous token's
 *    end), length, flags (kind, stop, upper, and which strings come from the table), then text / norm / stem
 *    table indexes (only for the tokens whose flags ask for them), sentence (delta from the previous token's);
 * 3. the sentences: count, then per sentence start (delta from the previous one's end), length, text (0 = the
 *    body's slice, else its table index), first token, token count, paragraph.
 *
 * What is derivable is not stored: a token's text is the slice of the body at its offsets, its norm usually
 * equals its text and its stem its norm (the flags say when not, and the table holds the exceptions); a
 * sentence's text is the body's slice. Anything the columns cannot represent exactly (a non-integer offset,
 * an unknown kind, text that is not well-formed UTF-16) makes the encoder return undefined, and the caller
 * keeps the older JSON form, so every article round-trips exactly.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Annotations, Sentence, TextAnnotation, Token } from '../../core/types.ts';

/**
 * The first byte of a format-2 blob. Its bits 1-2 are both set: in a raw deflate stream (format 1) they are
 * the first block's type, and type 3 is reserved, so no format-1 blob starts with this byte.
 */
export const COLUMNS_TAG = 0x0e;
/**
 * The first byte of a format-2 blob without the cleaned body (`clean.body`): the store keeps the body in its
 * own column, so the blob need not hold it twice; decoding takes it back as an argument.
 */
export const COLUMNS_APART_TAG = 0x16;
/** Bits 1-2 of a first byte that no raw deflate stream has (block type 3, reserved). */
export const NOT_DEFLATE_MASK = 0x06;

const KINDS = ['word', 'number', 'punct'] as const;
const KIND_CODE: Readonly<Record<string, number>> = { word: 0, number: 1, punct: 2 };
/** The payload after the tag is deflated at the fastest level: ~2.5x smaller for ~0.05 ms an article. */
const COLUMNS_DEFLATE_LEVEL = 1;
/** Token flag bits: kind in bits 0-1, then booleans and where the strings come from. */
const KIND_BITS = 0b11;
const STOP = 1 << 2;
const UPPER = 1 << 3;
/** The text is not the body's slice at the token's offsets: it is in the table. */
const TEXT_IN_TABLE = 1 << 4;
/** The norm differs from the text: it is in the table. */
const NORM_IN_TABLE = 1 << 5;
/** The stem differs from the norm: it is in the table. */
const STEM_IN_TABLE = 1 << 6;
/** Integers the columns hold: offsets and counts far beyond any article (zigzag doubles them). */
const MAX_INT = 2 ** 30;
/** Initial size of the byte buffer (a typical article's columns fit in a few KB). */
const INITIAL_BYTES = 8192;

/** `String.prototype.isWellFormed` (Node 20 has it; the TypeScript lib the project targets predates it). */
function isWellFormed(s: string): boolean {
  return (s as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Thrown inside the encoder when a value has no exact column form (caught by {@link encodeColumns}). */
class NotRepresentable extends Error {}

/** The fields the columns hold: a record with others (a field added to the type later) is not representable. */
const TOKEN_FIELDS = 9;
const SENTENCE_FIELDS = 6;

/** Throws {@link NotRepresentable} unless the first record has exactly `fields` fields (checked once a list). */
function checkShape(list: readonly object[], fields: number): void {
  if (list.length > 0 && Object.keys(list[0]!).length !== fields) throw new NotRepresentable();
}

/** A growable buffer of varints. */
class Writer {
  bytes = new Uint8Array(INITIAL_BYTES);
  length = 0;

  uint(v: number): void {
    if (!(v >= 0 && v < MAX_INT * 2) || v !== Math.floor(v)) throw new NotRepresentable();
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  int(v: number): void {
    if (!(v > -MAX_INT && v < MAX_INT) || v !== Math.floor(v)) throw new NotRepresentable();
    this.uint(v >= 0 ? v * 2 : -v * 2 - 1);
  }
}

/** A reader over the varints of a blob. */
class Reader {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    pos: number,
  ) {
    this.pos = pos;
  }

  uint(): number {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.bytes[this.pos++]!;
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return v;
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  column(n: number): Int32Array {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int();
    return out;
  }
}

/** The per-article string table: each distinct string once, by index (0 is the JSON of the rest). */
class Strings {
  readonly list: string[] = [''];
  private readonly index = new Map<string, number>();

  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function writeTokens(
  w: Writer,
  tokens: readonly Token[],
  source: string | undefined,
  strings: Strings,
): void {
  checkShape(tokens, TOKEN_FIELDS);
  const n = tokens.length;
  w.uint(n);
  let end = 0;
  for (const t of tokens) {
    w.int(t.start - end);
    end = t.end;
  }
  for (const t of tokens) w.int(t.end - t.start);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const kind = KIND_CODE[t.kind];
    if (kind === undefined || typeof t.stop !== 'boolean' || typeof t.upper !== 'boolean')
      throw new NotRepresentable();
    let f = kind | (t.stop ? STOP : 0) | (t.upper ? UPPER : 0);
    if (source === undefined || source.slice(t.start, t.end) !== t.text) f |= TEXT_IN_TABLE;
    if (t.norm !== t.text) f |= NORM_IN_TABLE;
    if (t.stem !== t.norm) f |= STEM_IN_TABLE;
    flags[i] = f;
    w.uint(f);
  }
  for (let i = 0; i < n; i++) if (flags[i]! & TEXT_IN_TABLE) w.uint(strings.id(tokens[i]!.text));
  for (let i = 0; i < n; i++) if (flags[i]! & NORM_IN_TABLE) w.uint(strings.id(tokens[i]!.norm));
  for (let i = 0; i < n; i++) if (flags[i]! & STEM_IN_TABLE) w.uint(strings.id(tokens[i]!.stem));
  let sentence = 0;
  for (const t of tokens) {
    w.int(t.sentence - sentence);
    sentence = t.sentence;
  }
}

function readTokens(r: Reader, source: string | undefined, strings: readonly string[]): Token[] {
  const n = r.uint();
  const starts = r.column(n);
  const lengths = r.column(n);
  // Starts are stored as deltas from the previous token's end.
  let end = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = end + starts[i]!;
    end = starts[i]! + lengths[i]!;
  }
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) flags[i] = r.uint();
  const texts: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    if (flags[i]! & TEXT_IN_TABLE) texts[i] = strings[r.uint()]!;
    else texts[i] = source!.slice(starts[i], starts[i]! + lengths[i]!);
  }
  const norms: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) norms[i] = flags[i]! & NORM_IN_TABLE ? strings[r.uint()]! : texts[i]!;
  const stems: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) stems[i] = flags[i]! & STEM_IN_TABLE ? strings[r.uint()]! : norms[i]!;
  const tokens: Token[] = new Array<Token>(n);
  let sentence = 0;
  for (let i = 0; i < n; i++) {
    sentence += r.int();
    const f = flags[i]!;
    const start = starts[i]!;
    tokens[i] = {
      start,
      end: start + lengths[i]!,
      text: texts[i]!,
      norm: norms[i]!,
      stem: stems[i]!,
      stop: (f & STOP) !== 0,
      kind: KINDS[f & KIND_BITS]!,
      upper: (f & UPPER) !== 0,
      sentence,
    };
  }
  return tokens;
}

function writeSentences(w: Writer, sentences: readonly Sentence[], body: string, strings: Strings): void {
  checkShape(sentences, SENTENCE_FIELDS);
  w.uint(sentences.length);
  let end = 0;
  for (const s of sentences) {
    w.int(s.start - end);
    w.int(s.end - s.start);
    w.uint(body.slice(s.start, s.end) === s.text ? 0 : strings.id(s.text));
    w.int(s.firstToken);
    w.int(s.endToken - s.firstToken);
    w.int(s.paragraph);
    end = s.end;
  }
}

function readSentences(r: Reader, body: string, strings: readonly string[]): Sentence[] {
  const n = r.uint();
  const out: Sentence[] = new Array<Sentence>(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const start = end + r.int();
    end = start + r.int();
    const text = r.uint();
    const firstToken = r.int();
    const endToken = firstToken + r.int();
    out[i] = {
      start,
      end,
      text: text === 0 ? body.slice(start, end) : strings[text]!,
      firstToken,
      endToken,
      paragraph: r.int(),
    };
  }
  return out;
}

/** The annotations with the token and sentence lists left out (`0` in their place, keeping key order). */
function restOf(a: Annotations, bodyApart: boolean): object {
  const text = { ...a.text, sentences: 0, tokens: 0, titleTokens: 0 };
  return bodyApart ? { ...a, clean: { ...a.clean, body: 0 }, text } : { ...a, text };
}

/**
 * The uncompressed payload of the format-2 blob of `a` (what follows the tag byte, before deflate), or
 * undefined when some value has no exact column form. Apart from {@link encodeColumns} so that the two costs
 * (building the columns, deflating them) can be measured apart (bench/job.ts).
 */
export function columnsPayload(a: Annotations, bodyApart = false): Uint8Array | undefined {
  const body = a.clean.body;
  const strings = new Strings();
  const columns = new Writer();
  try {
    writeTokens(columns, a.text.tokens, body, strings);
    writeTokens(columns, a.text.titleTokens, undefined, strings);
    writeSentences(columns, a.text.sentences, body, strings);
  } catch (e) {
    if (e instanceof NotRepresentable) return undefined;
    throw e;
  }
  strings.list[0] = JSON.stringify(restOf(a, bodyApart));
  const pool = strings.list.join('');
  // UTF-8 cannot carry a lone surrogate: such text keeps the JSON form (which escapes it).
  if (!isWellFormed(pool)) return undefined;
  const poolBytes = Buffer.from(pool, 'utf8');
  const head = new Writer();
  head.uint(strings.list.length);
  for (const s of strings.list) head.uint(s.length);
  head.uint(poolBytes.length);
  const payload = new Uint8Array(head.length + poolBytes.length + columns.length);
  payload.set(head.bytes.subarray(0, head.length), 0);
  payload.set(poolBytes, head.length);
  payload.set(columns.bytes.subarray(0, columns.length), head.length + poolBytes.length);
  return payload;
}

/** The format-2 blob of a payload from {@link columnsPayload}: the tag byte, then the payload deflated. */
export function packColumns(payload: Uint8Array, bodyApart = false): Uint8Array {
  const packed = deflateRawSync(payload, { level: COLUMNS_DEFLATE_LEVEL });
  const out = new Uint8Array(1 + packed.length);
  out[0] = bodyApart ? COLUMNS_APART_TAG : COLUMNS_TAG;
  out.set(packed, 1);
  return out;
}

/**
 * The format-2 blob of `a`, or undefined when some value has no exact column form (the caller then stores
 * the JSON form). With `bodyApart`, the cleaned body is left out (the caller keeps it and gives it back to
 * {@link decodeColumns}).
 */
export function encodeColumns(a: Annotations, bodyApart = false): Uint8Array | undefined {
  const payload = columnsPayload(a, bodyApart);
  return payload && packColumns(payload, bodyApart);
}

/**
 * The annotations of a format-2 blob (its first byte is {@link COLUMNS_TAG}, or {@link COLUMNS_APART_TAG}
 * and then `body` is the cleaned body it was encoded without).
 */
export function decodeColumns(blob: Uint8Array, body?: string): Annotations {
  const bytes = inflateRawSync(blob.subarray(1));
  const r = new Reader(bytes, 0);
  const count = r.uint();
  const sizes = new Array<number>(count);
  for (let i = 0; i < count; i++) sizes[i] = r.uint();
  const poolBytes = r.uint();
  const pool = bytes.toString('utf8', r.pos, r.pos + poolBytes);
  r.pos += poolBytes;
  const strings = new Array<string>(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    strings[i] = pool.slice(at, at + sizes[i]!);
    at += sizes[i]!;
  }
  const rest = JSON.parse(strings[0]!) as Annotations;
  if (blob[0] === COLUMNS_APART_TAG) (rest.clean as { body: string }).body = body!;
  const source = rest.clean.body;
  const text = rest.text as { -readonly [K in keyof TextAnnotation]: TextAnnotation[K] };
  text.tokens = readTokens(r, source, strings);
  text.titleTokens = readTokens(r, undefined, strings);
  text.sentences = readSentences(r, source, strings);
  return rest;
}
