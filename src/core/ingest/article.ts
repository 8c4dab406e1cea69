/**
 * The last step of every format: tidy the title and text, cut over-long text, derive the id, and build an
 * {@link Article} without undefined fields.
 */
import type { Article } from '../types.ts';
import { tidyContentId } from './id.ts';
import { MAX_ARTICLE_CHARS, TRUNCATE_BOUNDARY_SLACK } from './limits.ts';
import type { PublishedTime } from './published.ts';

/** What a format parser found for one article, before tidying. */
export interface ArticleDraft {
  readonly title: string;
  readonly text: string;
  readonly origin: string;
  /** An id given by the input (JSONL `id`); otherwise one is derived from the content. */
  readonly id?: string;
  readonly declaredLang?: string;
  readonly published?: PublishedTime;
  readonly publishedFrom?: 'metadata' | 'dateline';
  readonly source?: string;
  readonly url?: string;
  readonly byline?: string;
  readonly story?: string;
  readonly metaLines?: readonly string[];
}

/** Control characters other than tab/newline, and invisible characters that only break matching. */
const JUNK_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\u200b\u2060\ufeff]/g;
const NEWLINES = /\r\n?|[\u2028\u2029\u0085]/g;
/** Runs of two or more spaces, or any tab/form feed: the only whitespace that needs rewriting in a line. */
const SPACE_FIX = /[ \t\f\u000b]{2,}|[\t\f\u000b]/g;
/** Spaces around line breaks and blank lines (after SPACE_FIX only single spaces remain). */
const LINE_EDGES = / ?\n[\n ]*/g;
const ALL_SPACE_RUNS = /\s+/g;
const LANG_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;
/**
 * Characters that NFC can change: combining marks of the scripts we read, Hangul jamo, and the few singletons
 * (Ohm, Kelvin, Angstrom signs, CJK compatibility ideographs). Text without them is NFC already, so the costly
 * normalisation pass is skipped for it.
 */
const MAY_NEED_NFC =
  /[\u0300-\u036f\u0374\u037e\u0387\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u0f00-\u0fff\u1100-\u11ff\u1dc0-\u1dff\u1f00-\u1fff\u20d0-\u20ff\u2126\u212a\u212b\u3099\u309a\uf900-\ufaff\ufe20-\ufe2f]/;

function nfc(s: string): string {
  return MAY_NEED_NFC.test(s) ? s.normalize('NFC') : s;
}

/** One-line form: NFC, invisible junk removed, whitespace runs collapsed, trimmed. */
export function tidyLine(s: string): string {
  return nfc(s).replace(JUNK_CHARS, '').replace(ALL_SPACE_RUNS, ' ').trim();
}

/** Paragraph form: NFC, newlines unified, each line trimmed and spaces collapsed, blank lines dropped. */
export function tidyText(s: string): string {
  return nfc(s)
    .replace(NEWLINES, '\n')
    .replace(JUNK_CHARS, '')
    .replace(SPACE_FIX, ' ')
    .replace(LINE_EDGES, '\n')
    .trim();
}

const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', '؟', '…']);

/**
 * Cuts text longer than `max` characters at the last paragraph break, else the last sentence end, found in
 * the final {@link TRUNCATE_BOUNDARY_SLACK} share; else at `max` (never inside a surrogate pair).
 */
export function truncateText(text: string, max = MAX_ARTICLE_CHARS): string {
  if (text.length <= max) return text;
  const floor = Math.floor(max * (1 - TRUNCATE_BOUNDARY_SLACK));
  const para = text.lastIndexOf('\n', max);
  if (para >= floor) return text.slice(0, para).trimEnd();
  for (let i = max - 1; i >= floor; i--) {
    if (SENTENCE_END.has(text[i]) && /\s/.test(text[i + 1] ?? ' ')) return text.slice(0, i + 1);
  }
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

/** Primary language subtag of a declared language ("fr-FR", "fr_FR", "FR" -> "fr"), or undefined. */
export function primaryLang(tag: string | undefined): string | undefined {
  const m = tag ? LANG_TAG.exec(tag.trim()) : null;
  return m ? m[1].toLowerCase() : undefined;
}

function nonEmpty(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = tidyLine(s);
  return t === '' ? undefined : t;
}

/** Host prefixes that name a site's mobile, AMP or web edition, not another outlet. */
const EDITION_PREFIX = /^(?:www\d?|m|mobile|amp)\./;

/**
 * The outlet an article URL names: its host, lower case, without a www./m./amp. prefix ("lemonde.fr" of
 * "https://www.lemonde.fr/x"); undefined when there is no URL or it is not an http(s) URL with a dotted host.
 */
export function hostOutlet(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const host = u.hostname.toLowerCase().replace(EDITION_PREFIX, '');
  return host.includes('.') ? host : undefined;
}

/**
 * Builds the article: tidied fields, text cut to {@link MAX_ARTICLE_CHARS}, content id unless one is given; the
 * outlet (`source`) as declared, else the host of its URL.
 */
export function finishArticle(d: ArticleDraft): Article {
  const title = tidyLine(d.title);
  const full = tidyText(d.text);
  const text = truncateText(full);
  const id = nonEmpty(d.id) ?? tidyContentId(title, text);
  const a: { -readonly [K in keyof Article]: Article[K] } = { id, title, text, origin: d.origin };
  const lang = primaryLang(d.declaredLang);
  if (lang) a.declaredLang = lang;
  if (d.published) {
    a.published = d.published.iso;
    a.publishedFrom = d.publishedFrom ?? 'metadata';
    if (d.published.grain !== 'time') a.publishedGrain = d.published.grain;
  }
  const source = nonEmpty(d.source) ?? hostOutlet(d.url);
  if (source) a.source = source;
  const url = nonEmpty(d.url);
  if (url) a.url = url;
  const byline = nonEmpty(d.byline);
  if (byline) a.byline = byline;
  const story = nonEmpty(d.story);
  if (story) a.story = story;
  if (d.metaLines && d.metaLines.length > 0) a.metaLines = d.metaLines.map(tidyLine);
  if (text.length < full.length) a.truncatedFrom = full.length;
  return a;
}
