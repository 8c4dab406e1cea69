/**
 * An article as the store writes it: every column value computed from the analysis, as plain data. Building
 * it is the costly part of storing (serialising and compressing the annotations, folding the text for the
 * full-text index), and it is pure, so an ingest can build records in worker threads and hand them to
 * `Store.putRecord` (a record survives structured cloning: its bytes arrive as a Uint8Array).
 */
import { deflateRawSync, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import { storylineError } from '../../core/errors.ts';
import type { Analysis, Annotations, Article } from '../../core/types.ts';
import { COLUMNS_APART_TAG, COLUMNS_TAG, NOT_DEFLATE_MASK, decodeColumns, encodeColumns } from './columns.ts';
import { ftsText } from './fts.ts';

/**
 * Format 1 (the first stores, and the fallback for what columns cannot hold exactly) is deflated JSON: the
 * token list makes it ~30x the article's text, and deflate at its fastest level shrinks it ~5x.
 */
const ANNOTATIONS_DEFLATE_LEVEL = 1;

/** One row of the entity index: an entity or place key named by an article. */
export interface EntityIndexRow {
  readonly key: string;
  /** An entity type, or 'place' for a gazetteer place not also found as an entity. */
  readonly type: string;
  readonly surface: string;
  readonly mentions: number;
  readonly country: string | null;
}

/** Column values of one article (see `migrations.ts`), plus its full-text and entity-index rows. */
export interface ArticleRecord {
  readonly id: string;
  readonly origin: string;
  readonly title: string;
  /** The article text as read (`Article.text`). */
  readonly rawText: string;
  /** The cleaned body (`CleanAnnotation.body`). */
  readonly body: string;
  readonly lang: string;
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly words: number;
  /** JSON of the article's other fields (everything but `text`). */
  readonly meta: string;
  /** The {@link Annotations} encoded by {@link encodeAnnotations} (without the body, which is `body`). */
  readonly annotations: Uint8Array;
  readonly ingestedAt: string;
  /** Title and body as the full-text index reads them (`ftsText`). */
  readonly ftsTitle: string;
  readonly ftsBody: string;
  readonly entities: readonly EntityIndexRow[];
}

/** Format 1: the annotations as deflated JSON (how the first stores kept them). */
export function encodeAnnotationsJson(a: Annotations): Uint8Array {
  return deflateRawSync(JSON.stringify(a), { level: ANNOTATIONS_DEFLATE_LEVEL });
}

/**
 * The annotations as stored: format 2 (tokens and sentences as columns, see columns.ts), or format 1
 * (deflated JSON) for the rare article whose values columns cannot hold exactly. With `bodyApart` (as the
 * store does, keeping the body in its own column), format 2 leaves the cleaned body out: decoding then
 * needs it back.
 */
export function encodeAnnotations(
  a: Annotations,
  options: { readonly bodyApart?: boolean } = {},
): Uint8Array {
  return encodeColumns(a, options.bodyApart ?? false) ?? encodeAnnotationsJson(a);
}

/**
 * The annotations of a stored blob of any format (told apart by the first byte); `body` is the cleaned body,
 * needed by blobs encoded with `bodyApart` (ignored by the others, which hold it).
 */
export function decodeAnnotations(bytes: Uint8Array, body?: string): Annotations {
  const first = bytes[0] ?? 0;
  if ((first & NOT_DEFLATE_MASK) !== NOT_DEFLATE_MASK)
    return JSON.parse(
      inflateRawSync(bytes, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8'),
    ) as Annotations;
  if (first === COLUMNS_TAG) return decodeColumns(bytes);
  if (first === COLUMNS_APART_TAG) {
    if (body === undefined)
      throw storylineError('STORE_CORRUPT', 'annotations', 'the body stored apart is missing');
    return decodeColumns(bytes, body);
  }
  throw storylineError('STORE_CORRUPT', 'annotations', `unknown format (first byte ${first})`);
}

/** One entity-index row per key: entities first, then places not already named as entities. */
export function entityRows(a: Annotations): EntityIndexRow[] {
  const byKey = new Map<string, { -readonly [K in keyof EntityIndexRow]: EntityIndexRow[K] }>();
  for (const e of a.entities.entities) {
    const had = byKey.get(e.key);
    if (had) had.mentions = Math.max(had.mentions, e.mentions);
    else
      byKey.set(e.key, {
        key: e.key,
        type: e.type,
        surface: e.name,
        mentions: e.mentions,
        country: e.country ?? null,
      });
  }
  for (const p of a.places.places) {
    const had = byKey.get(p.key);
    if (had) {
      had.mentions = Math.max(had.mentions, p.mentions);
      had.country ??= p.country ?? null;
    } else {
      byKey.set(p.key, {
        key: p.key,
        type: 'place',
        surface: p.name,
        mentions: p.mentions,
        country: p.country ?? null,
      });
    }
  }
  return [...byKey.values()];
}

/**
 * The publication time as stored: UTC ISO 8601 (`2026-03-05T15:40:00.000Z`), so that ordering and date
 * filters, which compare text, agree with time whatever offset the article gave; text that is not a date
 * is kept as given (the article's own value stays in its metadata).
 */
export function storedPublished(published: string | undefined): string | null {
  if (published === undefined || published === '') return null;
  const t = Date.parse(published);
  const date = new Date(t);
  // Out of Date's range (or no date at all): keep the text.
  return Number.isNaN(date.getTime()) ? published : date.toISOString();
}

/** The record of an analysed article, stored at `ingestedAt` (from the caller's clock). */
export function articleRecord(analysis: Analysis, options: { readonly ingestedAt: string }): ArticleRecord {
  const { article, annotations } = analysis;
  const { text, ...meta } = article;
  const body = annotations.clean.body;
  return {
    id: article.id,
    origin: article.origin,
    title: article.title,
    rawText: text,
    body,
    lang: annotations.language.lang,
    published: storedPublished(article.published),
    source: article.source ?? null,
    url: article.url ?? null,
    words: annotations.text.words,
    meta: JSON.stringify(meta),
    // The body has its own column: the annotations need not hold it twice.
    annotations: encodeAnnotations(annotations, { bodyApart: true }),
    ingestedAt: options.ingestedAt,
    ftsTitle: ftsText(article.title),
    ftsBody: ftsText(body),
    entities: entityRows(annotations),
  };
}

/** The analysis back from its stored parts (`body`: the body column, which annotations may leave out). */
export function analysisOf(meta: string, rawText: string, annotations: Uint8Array, body: string): Analysis {
  const article: Article = { ...(JSON.parse(meta) as Omit<Article, 'text'>), text: rawText };
  return { article, annotations: decodeAnnotations(annotations, body) };
}
