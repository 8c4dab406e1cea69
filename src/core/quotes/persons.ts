/**
 * The people a quote can be attributed to: person entities' spans in the body (from the `entities` stage),
 * or, when that stage found none, capitalised two-to-three-word names found here, and role nouns resolved
 * to the person introduced with that role ("L'ambassadeur de Russie à Minsk, Dmitri Mezentsev").
 */
import type { Entity } from '../types.ts';
import { NAME, type CompiledQuoteLexicon } from './compile.ts';

export interface PersonSpan {
  readonly start: number;
  readonly end: number;
  /** The person's fullest name (entity name), or the text itself for a fallback name. */
  readonly name: string;
  readonly key?: string;
}

/** How far after a role noun the person's name may follow ("L'ambassadeur de Russie à Minsk, Dmitri ..."). */
export const ROLE_APPOSITION_CHARS = 60;
/** Between a name and a role after it only a comma may stand ("Dmitri Mezentsev, l'ambassadeur"). */
const NAME_THEN_ROLE = /^\s*,\s*$/;
const SENTENCE_BREAK = /[.!?;:…](?:\s|$)/u;
/**
 * A capitalised two-to-three-word name, its left word boundary checked in code ({@link nameStartsAt}): a
 * leading look-behind is tried at every position of the text and makes the scan several times slower.
 */
const FALLBACK_NAME = new RegExp(NAME, 'gu');
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** True when no letter or mark stands right before `index` (what `(?<![\p{L}\p{M}])` asked). */
function nameStartsAt(text: string, index: number): boolean {
  if (index === 0) return true;
  const lo = text.charCodeAt(index - 1);
  const hi = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const pair = lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
  return !LETTER_OR_MARK.test(pair ? text.slice(index - 2, index) : text.charAt(index - 1));
}

/** The next fallback name match that starts a word: the same matches, in order, as with the look-behind. */
function nextName(text: string): RegExpExecArray | null {
  for (let m = FALLBACK_NAME.exec(text); m; m = FALLBACK_NAME.exec(text)) {
    if (nameStartsAt(text, m.index)) return m;
    // on by one code point, as the regex engine itself steps
    const c = text.charCodeAt(m.index);
    FALLBACK_NAME.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  }
  return null;
}

/** Person spans, sorted by start: the entities' when there are any, else fallback names. */
export function personSpans(
  entities: readonly Entity[] | undefined,
  body: string,
  c: CompiledQuoteLexicon,
): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const e of entities ?? []) {
    if (e.type !== 'person') continue;
    for (const s of e.spans)
      if (s.sentence >= 0) out.push({ start: s.start, end: s.end, name: e.name, key: e.key });
  }
  if (out.length === 0 && !c.lex.noWordBoundaries) {
    FALLBACK_NAME.lastIndex = 0;
    for (let m = nextName(body); m; m = nextName(body)) {
      let start = m.index;
      let text = m[0];
      // Drop a leading table word ("Selon Jean Dupont" -> "Jean Dupont").
      const first = /^\S+\s+/u.exec(text);
      if (first && c.notName.has(first[0].trim().toLowerCase())) {
        start += first[0].length;
        text = text.slice(first[0].length);
        if (!/\s/.test(text)) continue;
      }
      out.push({ start, end: start + text.length, name: text });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The person a role noun stands for in this article: an entity listing the role, else the person in
 * apposition to the role somewhere in the body. Undefined when the article names nobody with that role.
 */
export function resolveRole(
  noun: string,
  body: string,
  persons: readonly PersonSpan[],
  entities: readonly Entity[] | undefined,
  c: CompiledQuoteLexicon,
): PersonSpan | undefined {
  const lower = noun.toLowerCase();
  const byRole = (entities ?? [])
    .filter((e) => e.type === 'person' && e.roles?.includes(lower) && e.spans.length > 0)
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1))[0];
  if (byRole)
    return { start: byRole.spans[0].start, end: byRole.spans[0].end, name: byRole.name, key: byRole.key };
  const re = c.role;
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[1].toLowerCase() !== lower) continue;
    const end = m.index + m[0].length;
    for (const p of persons) {
      if (p.end <= m.index && m.index - p.end <= 4 && NAME_THEN_ROLE.test(body.slice(p.end, m.index)))
        return p;
      if (p.start < end) continue;
      if (p.start - end > ROLE_APPOSITION_CHARS) break;
      const between = body.slice(end, p.start);
      if (!SENTENCE_BREAK.test(between) && (between.includes(',') || between.trim() === '')) return p;
      break;
    }
  }
  return undefined;
}
