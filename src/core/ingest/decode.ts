/**
 * Bytes to text: BOMs, UTF-16 without BOM, UTF-8, declared charsets, single-byte legacy encodings, binary and
 * empty input. UTF-8 that decodes cleanly always wins over a declared single-byte charset, so a page that says
 * "iso-8859-1" but holds UTF-8 never turns "é" into "Ã©"; text that was already double-encoded upstream is
 * repaired when the repair is exact.
 */
import { storylineError } from '../errors.ts';
import { TextDecoder } from 'node:util';
import { MAX_CONTROL_RATIO, SNIFF_BYTES } from './limits.ts';

/** Decoded text and the encoding it was read with (WHATWG name, e.g. "utf-8", "windows-1252"). */
export interface Decoded {
  readonly text: string;
  readonly encoding: string;
}

/** Leading bytes of binary formats that are never articles: documents, archives, images, media, programs. */
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP (also docx, epub, odt)
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], // GIF87a
  [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], // GIF89a
  [0x1f, 0x8b], // gzip
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2 (doc, xls)
  [0x4f, 0x67, 0x67, 0x53, 0x00], // Ogg
  [0x77, 0x4f, 0x46, 0x46], // WOFF
  [0x77, 0x4f, 0x46, 0x32], // WOFF2
];

/** Share of NUL bytes on one side of byte pairs above which BOM-less text is taken as UTF-16 (ASCII and spaces). */
const UTF16_NUL_SIDE_RATIO = 0.1;
/** ...while the other side must stay nearly free of NULs. */
const UTF16_NUL_OTHER_RATIO = 0.02;
/** Invalid UTF-8 is still read as UTF-8 when valid multi-byte sequences outnumber bad bytes this many times. */
const UTF8_LENIENT_FACTOR = 10;
/** Share of high bytes among letters above which undeclared single-byte text is non-Latin (Cyrillic/Arabic). */
const NON_LATIN_HIGH_RATIO = 0.5;
/** Share of 0xC7 (Arabic alef in windows-1256, a rare capital Ze in windows-1251) telling Arabic from Cyrillic. */
const ARABIC_ALEF_RATIO = 0.05;
/** Share of high bytes that are Turkish-only letters in windows-1254 (ğ ı ş İ Ş Ğ; Icelandic ð ý þ in 1252). */
const TURKISH_MARKER_RATIO = 0.1;
/** Share of high bytes that are Polish ą/ł in windows-1250 (¹ ³ in 1252, nearly never used in prose). */
const POLISH_MARKER_RATIO = 0.1;
/** Min "Ã©"-style pairs before a double-encoding repair is tried. */
const MOJIBAKE_MIN_PAIRS = 2;

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const decoders = new Map<string, TextDecoder>();

function decoderFor(label: string): TextDecoder {
  let d = decoders.get(label);
  if (!d) {
    d = new TextDecoder(label, { ignoreBOM: true });
    decoders.set(label, d);
  }
  return d;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** True when the bytes start with the signature of a known binary format. */
export function hasBinaryMagic(bytes: Uint8Array): boolean {
  return MAGIC.some((m) => startsWith(bytes, m));
}

/** UTF-16 byte order told by the NUL pattern of ASCII characters, for text without a BOM. */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > UTF16_NUL_SIDE_RATIO && even / pairs < UTF16_NUL_OTHER_RATIO) return 'utf-16le';
  if (even / pairs > UTF16_NUL_SIDE_RATIO && odd / pairs < UTF16_NUL_OTHER_RATIO) return 'utf-16be';
  return undefined;
}

/** Counts valid multi-byte UTF-8 sequences and bytes that belong to none, to judge nearly-UTF-8 input. */
function utf8Tally(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

const XML_ENCODING = /<\?xml[^>]*?encoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)/i;
const META_CHARSET = /<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const CT_CHARSET = /charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** WHATWG name of a charset label, or undefined when Node does not know it. */
function encodingName(label: string): string | undefined {
  try {
    return decoderFor(label.toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

/** The charset declared by a content type, an XML declaration or an HTML meta tag, if any (WHATWG name). */
export function declaredCharset(bytes: Uint8Array, contentType?: string): string | undefined {
  const fromType = contentType ? CT_CHARSET.exec(contentType)?.[1] : undefined;
  if (fromType) {
    const name = encodingName(fromType);
    if (name) return name;
  }
  const head = decodeWith('windows-1252', bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES)));
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  return label ? encodingName(label) : undefined;
}

/** Best single-byte code page for undeclared, non-UTF-8 bytes: windows-1252 unless markers say otherwise. */
export function guessSingleByte(bytes: Uint8Array): string {
  let high = 0;
  let letters = 0;
  let alef = 0;
  let turkish = 0;
  let polish = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) letters++;
      continue;
    }
    high++;
    if (b === 0xc7) alef++;
    else if (b === 0xf0 || b === 0xfd || b === 0xfe || b === 0xd0 || b === 0xdd || b === 0xde) turkish++;
    else if (b === 0xb9 || b === 0xb3) polish++;
  }
  if (high === 0) return 'windows-1252';
  if (high / (high + letters) > NON_LATIN_HIGH_RATIO) {
    return alef / high > ARABIC_ALEF_RATIO ? 'windows-1256' : 'windows-1251';
  }
  if (turkish >= 2 && turkish / high > TURKISH_MARKER_RATIO) return 'windows-1254';
  if (polish >= 2 && polish / high > POLISH_MARKER_RATIO) return 'windows-1250';
  return 'windows-1252';
}

/** Share of control characters (other than tab, newlines, form feed) and U+FFFD in the start of a text. */
export function controlRatio(text: string): number {
  const n = Math.min(text.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd)
      bad++;
  }
  return bad / n;
}

/**
 * windows-1252 characters of bytes 0x80-0x9F (undefined bytes keep their C1 code point). Written out because
 * Node 20's TextDecoder('windows-1252') decodes these bytes as ISO-8859-1 C1 controls.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

/** Decodes with a WHATWG encoding name; windows-1252 mapped by hand (see {@link CP1252_HIGH}). */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  const text = decoderFor(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** Characters of windows-1252 bytes 0x80-0xFF back to their byte, for mojibake repair. */
const CP1252_BYTE: ReadonlyMap<number, number> = (() => {
  const m = new Map<number, number>();
  for (let b = 0x80; b <= 0xff; b++) m.set(b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b, b);
  return m;
})();

/** A UTF-8 lead byte read as windows-1252 (Ã Â â Ð Ñ ...) followed by a continuation byte read the same way. */
const MOJIBAKE_PAIR =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]/g;

/**
 * Undoes one round of UTF-8 read as windows-1252 ("Ã©tÃ©" -> "été") when the whole text maps back to bytes
 * that are valid UTF-8; otherwise returns the text unchanged.
 */
export function repairMojibake(text: string): string {
  const pairs = text.match(MOJIBAKE_PAIR);
  if (!pairs || pairs.length < MOJIBAKE_MIN_PAIRS) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes[i] = c;
    else {
      const b = CP1252_BYTE.get(c);
      if (b === undefined) return text;
      bytes[i] = b;
    }
  }
  try {
    return UTF8_FATAL.decode(bytes);
  } catch {
    return text;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Picks the encoding and decodes; no checks on the result. */
function decodeRaw(bytes: Uint8Array, contentType?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeWith(bom.encoding, bytes.subarray(bom.skip)), encoding: bom.encoding };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decoderFor(utf16).decode(bytes), encoding: utf16 };
  if (hasNul(bytes)) return { text: '\0', encoding: 'binary' };
  try {
    return { text: UTF8_FATAL.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: nearly-UTF-8, declared, or a guessed single-byte code page
  }
  const tally = utf8Tally(bytes);
  if (tally.valid > 0 && tally.valid >= tally.invalid * UTF8_LENIENT_FACTOR) {
    return { text: decoderFor('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  const declared = declaredCharset(bytes, contentType);
  const encoding =
    declared && declared !== 'utf-8' && !declared.startsWith('utf-16') ? declared : guessSingleByte(bytes);
  return { text: decodeWith(encoding, bytes), encoding };
}

/**
 * Decodes the bytes of one input to text. Throws `INPUT_BINARY` for binary data (known signatures, NUL bytes,
 * control characters) and `INPUT_EMPTY` when there is no text.
 */
export function decodeBytes(bytes: Uint8Array, origin: string, hints?: { contentType?: string }): Decoded {
  if (bytes.length === 0) throw storylineError('INPUT_EMPTY', origin);
  if (hasBinaryMagic(bytes)) throw storylineError('INPUT_BINARY', origin);
  const raw = decodeRaw(bytes, hints?.contentType);
  if (raw.encoding === 'binary' || controlRatio(raw.text) > MAX_CONTROL_RATIO) {
    throw storylineError('INPUT_BINARY', origin);
  }
  if (raw.text.trim() === '') throw storylineError('INPUT_EMPTY', origin);
  const text = repairMojibake(raw.text);
  return { text, encoding: raw.encoding };
}
