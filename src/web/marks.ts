/**
 * Marking up an article body: sentences (found by their text, in order) and names (every written form of a set
 * of entities) become elements around the escaped text. Marks must nest (names inside sentences or outside any);
 * a name that would cross a sentence edge is left unmarked.
 */
import { html, raw, type Html } from './html.ts';

/** A range of the body and the element to put around it. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly tag: 'a' | 'span' | 'mark';
  /** Attribute values are escaped when rendered. */
  readonly attrs: Readonly<Record<string, string>>;
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
};

/** An attribute value escaped for a double-quoted attribute. */
export function escapeAttr(value: string): string {
  return value.replace(/[&"<>']/g, (ch) => ATTR_ESCAPES[ch]);
}

/** The opening tag of a mark (built as a string: a template formatter would close it). */
function openTag(m: Mark): string {
  const attrs = Object.entries(m.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `<${m.tag}${attrs}>`;
}

/** Where each sentence text occurs in the body, searching in order (a sentence not found is left out). */
export function locateSentences(
  body: string,
  sentences: readonly { readonly index: number; readonly text: string }[],
): Map<number, { start: number; end: number }> {
  const out = new Map<number, { start: number; end: number }>();
  const sorted = [...sentences].sort((a, b) => a.index - b.index);
  let from = 0;
  for (const s of sorted) {
    if (!s.text || out.has(s.index)) continue;
    const at = body.indexOf(s.text, from);
    if (at < 0) continue;
    out.set(s.index, { start: at, end: at + s.text.length });
    from = at + s.text.length;
  }
  return out;
}

/** Scripts written without spaces between words: names there match without word edges. */
const NO_WORD_EDGES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Ranges of every occurrence of the names (longest first, not overlapping, whole words except in scripts
 * without spaces), each with the key of its entity.
 */
export function locateNames(
  body: string,
  names: ReadonlyMap<string, string>,
): { start: number; end: number; key: string }[] {
  const forms = [...names.keys()]
    .filter((n) => n.trim().length > 1)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (forms.length === 0) return [];
  const re = new RegExp(forms.map(escapeRegExp).join('|'), 'gu');
  const out: { start: number; end: number; key: string }[] = [];
  for (const m of body.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const edges = !NO_WORD_EDGES.test(m[0]);
    if (edges && (WORD_CHAR.test(body[start - 1] ?? '') || WORD_CHAR.test(body[end] ?? ''))) continue;
    out.push({ start, end, key: names.get(m[0])! });
  }
  return out;
}

/** Whether a range lies within one of the (sorted, disjoint) outer ranges or outside them all. */
function nests(r: { start: number; end: number }, outer: readonly { start: number; end: number }[]): boolean {
  return outer.every((o) => r.end <= o.start || r.start >= o.end || (r.start >= o.start && r.end <= o.end));
}

/** Drops inner marks that would cross an outer mark's edge, and merges the two levels in document order. */
export function nestMarks(outer: readonly Mark[], inner: readonly Mark[]): Mark[] {
  const kept = inner.filter((m) => nests(m, outer));
  return [...outer, ...kept].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The body with the marks (sorted, properly nested) as elements; all body text escaped. */
export function renderMarked(body: string, marks: readonly Mark[]): Html {
  const out: unknown[] = [];
  const stack: Mark[] = [];
  let pos = 0;
  const closeTo = (limit: number) => {
    while (stack.length && stack[stack.length - 1].end <= limit) {
      const top = stack.pop()!;
      out.push(body.slice(pos, top.end), raw(`</${top.tag}>`));
      pos = top.end;
    }
  };
  for (const m of marks) {
    closeTo(m.start);
    out.push(body.slice(pos, m.start), raw(openTag(m)));
    pos = m.start;
    stack.push(m);
  }
  closeTo(Infinity);
  out.push(body.slice(pos));
  return html`${out}`;
}

/**
 * The body's block (text kept with its line breaks), built without a template so that no formatter can put
 * whitespace inside it.
 */
export function bodyDiv(lang: string, content: Html): Html {
  return html`${raw(`<div class="body" lang="${escapeAttr(lang)}" dir="auto">`)}${content}${raw('</div>')}`;
}
