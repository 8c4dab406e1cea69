/**
 * Which format a decoded input is in: by content first (the leading characters), then by file extension or
 * content type, else plain text.
 */
import { looksLikeHtml } from './html.ts';

export type Format = 'html' | 'feed' | 'jsonl' | 'json' | 'text' | 'xml';

/** What the caller knows about an input besides its bytes. */
export interface FormatHints {
  /** HTTP-style content type, e.g. "text/html; charset=utf-8". */
  readonly contentType?: string;
  /** File name or path (only its extension is used). */
  readonly filename?: string;
}

/** Characters of the start examined for the format. */
const HEAD_CHARS = 4096;
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)\b/;
const XML_START = /^(?:<\?xml\b|<(?:rss|feed|rdf:RDF)\b)/i;
const HTML_INSIDE = /<html\b/i;
const HTML_TAGS =
  /^<(?:p|div|article|section|h[1-6]|span|a|header|main|figure|blockquote|table|ul|ol)\b[^>]*>/i;
const JSON_ARRAY_START = /^\[\s*(?:\{|\]|$)/;

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
  rdf: 'feed',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  txt: 'text',
  text: 'text',
  md: 'text',
};

function extension(filename: string | undefined): string | undefined {
  const m = filename ? /\.([a-z0-9]{1,8})$/i.exec(filename) : null;
  return m ? m[1].toLowerCase() : undefined;
}

function byType(contentType: string | undefined): Format | undefined {
  const t = contentType?.toLowerCase() ?? '';
  if (t.includes('html')) return 'html';
  if (/rss|atom|rdf|xml/.test(t)) return 'feed';
  if (/ndjson|jsonl|json-seq/.test(t)) return 'jsonl';
  if (t.includes('json')) return 'json';
  if (t.startsWith('text/plain')) return 'text';
  return undefined;
}

/** The format of a decoded input. */
export function detectFormat(text: string, hints: FormatHints = {}): Format {
  const head = text
    .slice(0, HEAD_CHARS)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const hinted = BY_EXTENSION[extension(hints.filename) ?? ''] ?? byType(hints.contentType);
  if (XML_START.test(head)) {
    if (FEED_ROOT.test(head)) return 'feed';
    return HTML_INSIDE.test(head) ? 'html' : 'xml';
  }
  if (looksLikeHtml(head)) return 'html';
  if (head.startsWith('<!--') || head.startsWith('<!')) {
    if (FEED_ROOT.test(head)) return 'feed';
    if (HTML_INSIDE.test(head)) return 'html';
  }
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0].trim();
    return firstLine.endsWith('}') ? 'jsonl' : 'json';
  }
  if (JSON_ARRAY_START.test(head) || (head.startsWith('[') && hinted === 'json')) return 'json';
  if (head.startsWith('<') && HTML_TAGS.test(head)) return 'html';
  return hinted ?? 'text';
}
