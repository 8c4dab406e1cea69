/**
 * HTML pages: metadata from meta tags and JSON-LD, article text from Mozilla Readability (paragraphs kept as
 * lines), the page body when Readability finds nothing. Markup nested too deep for Readability or for a DOM is
 * read by cheaper means instead of stalling (see the depth limits).
 */
import { Readability } from '@mozilla/readability';
import type { ArticleDraft } from './article.ts';
import { paragraphDateline } from './dateline.ts';
import {
  domText,
  htmlDepth,
  parseHtmlDocument,
  stripTagsLinear,
  type DomDocument,
  type DomElement,
  type DomNode,
} from './dom.ts';
import { MAX_DOM_DEPTH, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS } from './limits.ts';
import { normalisePublished, type PublishedTime } from './published.ts';

/** What a page says about itself (meta tags, JSON-LD, link rel=canonical, <html lang>). */
export interface HtmlMetadata {
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly lang?: string;
  readonly published?: string;
  readonly url?: string;
}

/** Meta keys (name/property/itemprop/http-equiv, lower-cased) giving the publication time, best first. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'headline'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author'];
const LANG_KEYS = ['content-language', 'og:locale', 'language', 'dc.language', 'inlanguage'];
const URL_KEYS = ['og:url', 'twitter:url'];

/** JSON-LD `@type`s of article-like records. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle)$/;
/** Max JSON-LD nodes visited per page: bounds work on pages with huge embedded graphs. */
const MAX_JSONLD_NODES = 2_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A name from a JSON-LD person/organisation value: "X", {name: "X"}, or a list of those. */
function names(v: Json | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const x of list) {
    const n =
      typeof x === 'string' ? x : x && typeof x === 'object' && !Array.isArray(x) ? str(x.name) : undefined;
    if (n && !/^https?:/.test(n) && !out.includes(n)) out.push(n.trim());
  }
  return out.length ? out.join(', ') : undefined;
}

/** The first article-like record among a page's JSON-LD blocks (arrays and @graph searched). */
export function findJsonLdArticle(blocks: readonly string[]): Record<string, Json> | undefined {
  let visited = 0;
  for (const block of blocks) {
    let root: Json;
    try {
      root = JSON.parse(block) as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [root];
    while (queue.length > 0 && visited++ < MAX_JSONLD_NODES) {
      const v = queue.shift()!;
      if (Array.isArray(v)) queue.push(...v);
      else if (v && typeof v === 'object') {
        const t = v['@type'];
        const types = Array.isArray(t) ? t : [t];
        if (types.some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x))) return v;
        if (v['@graph']) queue.push(v['@graph']);
      }
    }
  }
  return undefined;
}

/** meta tags by lower-cased name/property/itemprop/http-equiv; the first tag of a key wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = m.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content.trim());
    }
  }
  return map;
}

function first(map: Map<string, string>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = map.get(k);
    if (v) return v;
  }
  return undefined;
}

function attr(el: DomElement | null, name: string): string | undefined {
  return el?.getAttribute(name)?.trim() || undefined;
}

/** Reads a page's own metadata. Pure: does not change the document. */
export function htmlMetadata(doc: DomDocument): HtmlMetadata {
  const meta = metaMap(doc);
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const blocks: string[] = [];
  for (let i = 0; i < scripts.length; i++) blocks.push(scripts[i].textContent ?? '');
  const ld = findJsonLdArticle(blocks);
  const publisher = ld?.publisher;
  const timeEl =
    doc.querySelector('[itemprop="datePublished"]') ??
    doc.querySelector('time[pubdate]') ??
    doc.querySelector('time[datetime]');
  const published =
    str(ld?.datePublished) ??
    first(meta, PUBLISHED_KEYS) ??
    attr(timeEl, 'datetime') ??
    attr(timeEl, 'content') ??
    str(ld?.dateCreated);
  const author = first(meta, AUTHOR_KEYS);
  const mainEntity = ld?.mainEntityOfPage;
  const ldUrl =
    str(ld?.url) ??
    str(mainEntity) ??
    (mainEntity && typeof mainEntity === 'object' && !Array.isArray(mainEntity)
      ? str(mainEntity['@id'])
      : undefined);
  const h1 = doc.querySelectorAll('h1');
  const out: { -readonly [K in keyof HtmlMetadata]: HtmlMetadata[K] } = {
    title:
      str(ld?.headline) ??
      first(meta, TITLE_KEYS) ??
      (h1.length === 1 ? (h1[0].textContent ?? '').trim() || undefined : undefined) ??
      (doc.title.trim() || undefined),
    byline: names(ld?.author) ?? (author && !/^https?:/.test(author) ? author : undefined),
    siteName:
      first(meta, SITE_KEYS.slice(0, 1)) ??
      (publisher && typeof publisher === 'object' ? names(publisher as Json) : undefined) ??
      first(meta, SITE_KEYS.slice(1)),
    lang: attr(doc.documentElement, 'lang') ?? first(meta, LANG_KEYS) ?? str(ld?.inLanguage),
    published,
    url: attr(doc.querySelector('link[rel="canonical"]'), 'href') ?? first(meta, URL_KEYS) ?? ldUrl,
  };
  for (const k of Object.keys(out) as (keyof HtmlMetadata)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** Readability's article element and fields, or undefined when it finds no article (or gives up). */
function readable(
  doc: DomDocument,
): { content: DomNode; title?: string; byline?: string; siteName?: string; published?: string } | undefined {
  try {
    const reader = new Readability<DomNode>(doc as never, {
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
      serializer: (el) => el as unknown as DomNode,
    });
    const r = reader.parse();
    if (!r || !r.content || !(r.textContent ?? '').trim()) return undefined;
    return {
      content: r.content,
      title: r.title ?? undefined,
      byline: r.byline ?? undefined,
      siteName: r.siteName ?? undefined,
      published: r.publishedTime ?? undefined,
    };
  } catch {
    // Readability throws on pages above maxElemsToParse: read the body instead.
    return undefined;
  }
}

/** Throws INPUT_TIMEOUT when the input's time budget is spent. */
export type Deadline = (step: string) => void;

const TITLE_TAG = /<title[^>]*>([^<]{0,1000})<\/title>/i;

/**
 * Reads one HTML page. `checkTime` is called between the costly steps (DOM, Readability) and throws when the
 * input's time budget is spent.
 */
export function parseHtml(html: string, origin: string, checkTime: Deadline = () => {}): ArticleDraft {
  const depth = htmlDepth(html, MAX_DOM_DEPTH);
  if (depth > MAX_DOM_DEPTH) {
    // Too deep for a DOM parser within seconds: strip tags linearly; no metadata beyond the <title>.
    const title = TITLE_TAG.exec(html)?.[1] ?? '';
    const text = stripTagsLinear(html.replace(TITLE_TAG, ' '));
    return { title: stripTagsLinear(title), text, origin };
  }
  const doc = parseHtmlDocument(html);
  checkTime('html parse');
  const meta = htmlMetadata(doc);
  const art = depth <= MAX_READABILITY_DEPTH ? readable(doc) : undefined;
  checkTime('readability');
  let text: string;
  if (art) text = domText(art.content);
  else {
    const fresh = depth <= MAX_READABILITY_DEPTH ? parseHtmlDocument(html) : doc;
    text = domText(fresh.body ?? fresh);
  }
  const published = pickPublished(meta.published ?? art?.published, text);
  return {
    title: meta.title ?? art?.title ?? '',
    text,
    origin,
    declaredLang: meta.lang,
    source: meta.siteName ?? art?.siteName,
    url: meta.url,
    byline: meta.byline ?? art?.byline,
    ...published,
  };
}

function pickPublished(
  fromMeta: string | undefined,
  text: string,
): { published?: PublishedTime; publishedFrom?: 'metadata' | 'dateline' } {
  const p = normalisePublished(fromMeta);
  if (p) return { published: p, publishedFrom: 'metadata' };
  const firstPara = text.trimStart().split('\n', 1)[0] ?? '';
  const d = paragraphDateline(firstPara);
  return d ? { published: d, publishedFrom: 'dateline' } : {};
}

/** Guard used by the format dispatcher: a text is HTML when it opens with a doctype or an html/head/body tag. */
export function looksLikeHtml(head: string): boolean {
  return /^(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i.test(head);
}
