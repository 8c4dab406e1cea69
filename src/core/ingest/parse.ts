/**
 * `parseDocument`: bytes of one input to articles. Decodes, detects the format, runs the format's parser, and
 * finishes every article; anything wrong becomes an `ok:false` item naming the input (or the row / item).
 */
import { isStorylineError, storylineError, type StorylineError } from '../errors.ts';
import type { IngestItem } from '../ingest.ts';
import { finishArticle, type ArticleDraft } from './article.ts';
import { decodeBytes } from './decode.ts';
import { errorPageReason } from './error-page.ts';
import { detectFormat, type FormatHints } from './detect.ts';
import { parseFeed } from './feed.ts';
import { parseHtml } from './html.ts';
import { parseJson, parseJsonl, type RowResult } from './jsonl.ts';
import { INPUT_TIME_BUDGET_MS, MAX_INPUT_BYTES } from './limits.ts';
import { parseText } from './text.ts';

function failure(e: unknown, origin: string): IngestItem {
  if (isStorylineError(e)) return { ok: false, error: e };
  const reason = e instanceof Error ? e.message : String(e);
  return { ok: false, error: storylineError('INPUT_MALFORMED', origin, reason) };
}

function fromDraft(d: ArticleDraft): IngestItem {
  const article = finishArticle(d);
  if (article.title === '' && article.text === '')
    return { ok: false, error: storylineError('ARTICLE_NO_TEXT', d.origin) };
  const notArticle = errorPageReason(article.title, article.text);
  if (notArticle) return { ok: false, error: storylineError('ARTICLE_ERROR_PAGE', d.origin, notArticle) };
  return { ok: true, article };
}

function fromRows(rows: readonly RowResult[]): IngestItem[] {
  return rows.map((r) => (r.ok ? fromDraft(r.draft) : r));
}

/** A clock check for one input: throws INPUT_TIMEOUT once the input's time budget is spent. */
function budget(origin: string, started: number): () => void {
  return () => {
    if (performance.now() - started > INPUT_TIME_BUDGET_MS) {
      throw storylineError('INPUT_TIMEOUT', origin, INPUT_TIME_BUDGET_MS);
    }
  };
}

/**
 * Articles in an already decoded text, by format (detected from the content, then the hints).
 * Never throws: failures are `ok:false` items.
 */
export function parseDocumentText(text: string, origin: string, hints: FormatHints = {}): IngestItem[] {
  const checkTime = budget(origin, performance.now());
  try {
    switch (detectFormat(text, hints)) {
      case 'html':
        return [fromDraft(parseHtml(text, origin, checkTime))];
      case 'feed': {
        const { drafts, error } = parseFeed(text, origin);
        checkTime();
        const items = drafts.map(fromDraft);
        if (error) items.push({ ok: false, error: error as StorylineError });
        return items;
      }
      case 'jsonl':
        return fromRows(parseJsonl(text, origin));
      case 'json':
        return fromRows(parseJson(text, origin));
      case 'xml':
        return [
          {
            ok: false,
            error: storylineError('INPUT_UNSUPPORTED', origin, 'XML that is not RSS, Atom or RDF'),
          },
        ];
      case 'text':
        return [fromDraft(parseText(text, origin))];
    }
  } catch (e) {
    return [failure(e, origin)];
  }
}

/**
 * Reads the articles in the bytes of one input (a file, stdin, a download): detects the encoding and the
 * format (plain text, HTML, RSS/Atom/RDF, JSON Lines, JSON) and returns one item per article, or `ok:false`
 * items naming the input (or `input#line` / `input#item`) and the reason. Never throws.
 */
export function parseDocument(bytes: Uint8Array, origin: string, hints: FormatHints = {}): IngestItem[] {
  if (bytes.length > MAX_INPUT_BYTES) {
    return [{ ok: false, error: storylineError('INPUT_TOO_LARGE', origin, bytes.length, MAX_INPUT_BYTES) }];
  }
  let text: string;
  try {
    text = decodeBytes(bytes, origin, hints).text;
  } catch (e) {
    return [failure(e, origin)];
  }
  return parseDocumentText(text, origin, hints);
}
