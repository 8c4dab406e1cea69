/**
 * RSS 2.0, Atom and RDF feeds: every item an article. Parsed with feedparser (sax underneath), driven
 * synchronously: the whole text is written at once and the items read back from its buffer.
 *
 * Safety: a prolog declaring entities (`<!ENTITY` in a DOCTYPE: "billion laughs", external entities) is refused
 * before parsing. A broken feed gives the items read before the break and one error naming the input.
 */
import FeedParser from 'feedparser';
import { storylineError, type StorylineError } from '../errors.ts';
import type { ArticleDraft } from './article.ts';
import { fragmentText } from './dom.ts';
import { MAX_ARTICLES_PER_INPUT } from './limits.ts';
import { normalisePublished } from './published.ts';

/** Items of a feed, and the error that cut it short (if any). */
export interface FeedResult {
  readonly drafts: readonly ArticleDraft[];
  readonly error?: StorylineError;
}

const ROOT = /<(?:rss|feed|rdf:RDF|RDF)\b/;
const ENTITY_DECL = /<!ENTITY/i;
/** sax errors that mean the feed stopped early (truncated, unbalanced): reported next to the items read. */
const FATAL_SAX =
  /Unexpected end|Unclosed root tag|Unexpected close tag|Text data outside of root node|Unmatched closing tag/i;

/** Raw date strings of an item, best first: feedparser's Date objects lose the written offset. */
const DATE_FIELDS = [
  'atom:published',
  'rss:pubdate',
  'dc:date',
  'dcterms:issued',
  'atom:issued',
  'atom:updated',
  'dcterms:modified',
];

type RawItem = FeedParser.Item & Record<string, unknown>;

function rawText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && '#' in v && typeof (v as { '#': unknown })['#'] === 'string') {
    return (v as { '#': string })['#'];
  }
  return undefined;
}

function itemPublished(item: RawItem) {
  for (const f of DATE_FIELDS) {
    const p = normalisePublished(rawText(item[f]));
    if (p) return p;
  }
  const d = item.pubdate ?? item.date;
  return d instanceof Date && !Number.isNaN(d.getTime())
    ? normalisePublished(d.toISOString().replace('.000Z', 'Z'))
    : undefined;
}

function firstLine(e: Error): string {
  return e.message.split('\n', 1)[0].trim();
}

/** Throws INPUT_MALFORMED when the prolog declares entities (refused before any parsing). */
export function assertNoEntityDeclarations(xml: string, origin: string): void {
  const root = xml.search(ROOT);
  const prolog = root >= 0 ? xml.slice(0, root) : xml;
  if (ENTITY_DECL.test(prolog)) {
    throw storylineError(
      'INPUT_MALFORMED',
      origin,
      'the DOCTYPE declares entities; refused (entity expansion)',
    );
  }
}

/** Reads the items of a feed. Throws INPUT_MALFORMED when no item can be read. */
export function parseFeed(xml: string, origin: string): FeedResult {
  assertNoEntityDeclarations(xml, origin);
  const fp = new FeedParser({ addmeta: false });
  const errors: Error[] = [];
  fp.on('error', (e: Error) => errors.push(e));
  try {
    fp.write(Buffer.from(xml, 'utf8'));
    fp.end();
  } catch (e) {
    errors.push(e instanceof Error ? e : new Error(String(e)));
  }
  const meta = fp.meta;
  const drafts: ArticleDraft[] = [];
  let error: StorylineError | undefined;
  for (let item = fp.read() as RawItem | null; item !== null; item = fp.read() as RawItem | null) {
    if (drafts.length >= MAX_ARTICLES_PER_INPUT) {
      error = storylineError('INPUT_TOO_MANY', origin, MAX_ARTICLES_PER_INPUT);
      break;
    }
    const n = drafts.length + 1;
    const published = itemPublished(item);
    drafts.push({
      title: fragmentText(item.title ?? ''),
      text: fragmentText(item.description ?? item.summary ?? ''),
      origin: `${origin}#${n}`,
      url: item.link ?? item.origlink ?? undefined,
      byline: item.author ?? undefined,
      source: meta?.title ?? undefined,
      declaredLang: meta?.language ?? undefined,
      ...(published ? { published, publishedFrom: 'metadata' as const } : {}),
    });
  }
  const all = [...errors, ...((fp as unknown as { errors?: Error[] }).errors ?? [])];
  const fatal = all.find(
    (e) => drafts.length === 0 || FATAL_SAX.test(e.message) || e.message === 'Not a feed',
  );
  if (!error && fatal) error = storylineError('INPUT_MALFORMED', origin, firstLine(fatal));
  if (drafts.length === 0 && !error)
    error = storylineError('INPUT_MALFORMED', origin, 'a feed without items');
  return error ? { drafts, error } : { drafts };
}
