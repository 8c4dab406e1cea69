/**
 * Article JSON Lines (one object a line: id, title, text, optional url, source, lang, published, story) and
 * JSON files holding one such object or an array of them. A bad line is an error naming `path#line`; the
 * other lines go through.
 */
import { storylineError, type StorylineError } from '../errors.ts';
import type { ArticleDraft } from './article.ts';
import { MAX_ARTICLES_PER_INPUT } from './limits.ts';
import { normalisePublished } from './published.ts';

/** One row's result: a draft, or the error naming the row. */
export type RowResult =
  | { readonly ok: true; readonly draft: ArticleDraft }
  | { readonly ok: false; readonly error: StorylineError };

function optString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Turns one parsed JSON value into a draft, or an error naming `where`. */
export function rowToDraft(value: unknown, where: string): RowResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: storylineError('INPUT_MALFORMED', where, 'not a JSON object') };
  }
  const o = value as Record<string, unknown>;
  const text = optString(o.text) ?? optString(o.body) ?? optString(o.content);
  if (text === undefined) {
    return { ok: false, error: storylineError('INPUT_MALFORMED', where, 'no "text" string') };
  }
  const title = optString(o.title) ?? '';
  if (text.trim() === '' && title.trim() === '')
    return { ok: false, error: storylineError('ARTICLE_NO_TEXT', where) };
  const published = normalisePublished(optString(o.published) ?? optString(o.date));
  return {
    ok: true,
    draft: {
      title,
      text,
      origin: where,
      id: optString(o.id),
      url: optString(o.url),
      source: optString(o.source),
      declaredLang: optString(o.lang) ?? optString(o.language),
      story: optString(o.story),
      ...(published ? { published, publishedFrom: 'metadata' as const } : {}),
    },
  };
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reads JSON Lines: one result per non-blank line, in order. */
export function parseJsonl(text: string, origin: string): RowResult[] {
  const out: RowResult[] = [];
  const lines = text.split('\n');
  let articles = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const where = `${origin}#${i + 1}`;
    if (articles >= MAX_ARTICLES_PER_INPUT) {
      out.push({ ok: false, error: storylineError('INPUT_TOO_MANY', origin, MAX_ARTICLES_PER_INPUT) });
      break;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      out.push({ ok: false, error: storylineError('INPUT_MALFORMED', where, reason(e)) });
      continue;
    }
    const r = rowToDraft(value, where);
    if (r.ok) articles++;
    out.push(r);
  }
  return out;
}

/** Reads a JSON file: one article object, an array of them, or `{ "articles": [...] }`. Throws INPUT_MALFORMED. */
export function parseJson(text: string, origin: string): RowResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw storylineError('INPUT_MALFORMED', origin, reason(e));
  }
  const holder = value as { articles?: unknown } | null;
  const list = Array.isArray(value)
    ? value
    : holder && typeof holder === 'object' && Array.isArray(holder.articles)
      ? holder.articles
      : undefined;
  if (!list) return [rowToDraft(value, origin)];
  const out: RowResult[] = [];
  for (let i = 0; i < list.length; i++) {
    if (i >= MAX_ARTICLES_PER_INPUT) {
      out.push({ ok: false, error: storylineError('INPUT_TOO_MANY', origin, MAX_ARTICLES_PER_INPUT) });
      break;
    }
    out.push(rowToDraft(list[i], `${origin}#${i + 1}`));
  }
  return out;
}
