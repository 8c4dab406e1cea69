/**
 * Who said a quote: the speech verb ("a déclaré", "said") or "according to" word nearest the quote in the
 * same sentence, then the person nearest that word (a person entity, else a role noun resolved to the
 * person holding it, else a pronoun standing for the last person named). Pure functions of the body.
 */
import type { Entity } from '../types.ts';
import type { CompiledQuoteLexicon } from './compile.ts';
import { resolveRole, type PersonSpan } from './persons.ts';
import { nextWordStartMatch } from '../text/word-start.ts';

/** Farthest a speech verb may stand after the quote ('"...," the Russian foreign minister said'). */
export const MAX_CUE_GAP_AFTER = 60;
/** Farthest a speech verb may stand before the quote ("Lavrov a déclaré mercredi devant la presse : « ..."). */
export const MAX_CUE_GAP_BEFORE = 120;
/** How far from its cue word the speaker may be named. */
export const SPEAKER_WINDOW = 60;
/** How far back a pronoun's person may have been named. */
export const PRONOUN_LOOKBACK = 600;
/** A cue after the quote is adjacent when at most this many words stand between ("», a-t-il déclaré"). */
const ADJACENT_AFTER_WORDS = 2;
const ADJACENT_AFTER_CHARS = 14;
/** A cue before the quote is adjacent when only punctuation stands between ("a déclaré : «", "说：“"). */
const ADJACENT_BEFORE = /^[\s\u00a0,:：，—–-]*$/u;
/** A sentence ends between the quote and the cue: they do not belong together. */
const SENTENCE_BREAK = /[.!?…;。！？](?:[\s\u00a0]|$)/u;
/**
 * What may follow a speech verb that names no subject and ends the sentence ("„…” – stwierdził.",
 * "«…» —dijo."): in pro-drop languages its subject is the person last named before the quote.
 */
const BARE_CUE_TAIL = /^[\s\u00a0—–-]*(?:[.!?…;。！？]|$)/u;

export interface Attribution {
  readonly speaker?: string;
  readonly speakerKey?: string;
  readonly attribution: 'cue' | 'according-to' | 'none';
  /** The cue word as written. */
  readonly cue?: string;
  /** The role phrase the speaker was named by ("l’ambassadeur"), when it was. */
  readonly role?: string;
  /** The cue stands right next to the quote (what makes a short quote a statement, not a term). */
  readonly adjacent: boolean;
}

interface Hit {
  readonly kind: 'cue' | 'according' | 'according-after';
  readonly start: number;
  readonly end: number;
  readonly side: 'before' | 'after';
  readonly gap: number;
  readonly adjacent: boolean;
}

export interface QuoteContext {
  readonly body: string;
  readonly c: CompiledQuoteLexicon;
  readonly persons: readonly PersonSpan[];
  readonly entities: readonly Entity[] | undefined;
  /** Role noun (lower-case) -> resolved person, filled as roles are met (one article). */
  readonly roleCache: Map<string, PersonSpan | undefined>;
}

/** The next match of a cue regex: at a word start, unless the language writes without spaces. */
function next(re: RegExp, text: string, spaced: boolean): RegExpExecArray | null {
  return spaced ? nextWordStartMatch(re, text) : re.exec(text);
}

function collect(
  re: RegExp,
  kind: Hit['kind'],
  ctx: QuoteContext,
  from: number,
  to: number,
  q: { start: number; end: number },
  out: Hit[],
): void {
  const text = ctx.body.slice(from, to);
  const spaced = !ctx.c.lex.noWordBoundaries;
  re.lastIndex = 0;
  for (let m = next(re, text, spaced); m; m = next(re, text, spaced)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const side = end <= q.start ? 'before' : 'after';
    const between = side === 'before' ? ctx.body.slice(end, q.start) : ctx.body.slice(q.end, start);
    if (SENTENCE_BREAK.test(between)) continue;
    const gap = between.length;
    const words = between.trim() ? between.trim().split(/\s+/).length : 0;
    const adjacent =
      side === 'before'
        ? ADJACENT_BEFORE.test(between)
        : words <= ADJACENT_AFTER_WORDS && gap <= ADJACENT_AFTER_CHARS;
    out.push({ kind, start, end, side, gap, adjacent });
  }
}

/** The cue word nearest the quote within the paragraph [paraStart, paraEnd), if any. */
function nearestHit(
  ctx: QuoteContext,
  q: { start: number; end: number },
  paraStart: number,
  paraEnd: number,
): Hit | undefined {
  const hits: Hit[] = [];
  const bFrom = Math.max(paraStart, q.start - MAX_CUE_GAP_BEFORE - 20);
  const aTo = Math.min(paraEnd, q.end + MAX_CUE_GAP_AFTER + 20);
  const { c } = ctx;
  // A language without words of a kind has a regex that never matches: not scanned.
  for (const [re, kind, words] of [
    [c.cue, 'cue', c.lex.cues],
    [c.according, 'according', c.lex.according],
    [c.accordingAfter, 'according-after', c.lex.accordingAfter],
  ] as const) {
    if (words.length === 0) continue;
    collect(re, kind, ctx, bFrom, q.start, q, hits);
    collect(re, kind, ctx, q.end, aTo, q, hits);
  }
  const ok = hits.filter((h) => h.gap <= (h.side === 'after' ? MAX_CUE_GAP_AFTER : MAX_CUE_GAP_BEFORE));
  ok.sort((a, b) => a.gap - b.gap || (a.side === b.side ? a.start - b.start : a.side === 'after' ? -1 : 1));
  return ok[0];
}

function distance(p: PersonSpan, h: { start: number; end: number }): number {
  return p.end <= h.start ? h.start - p.end : p.start >= h.end ? p.start - h.end : 0;
}

/**
 * The person whose name starts in [from, to) nearest `h`; ties to the earlier one. The name may run past
 * `to` ("», ha detto la responsabile regionale per l'Azione climatica, Montserrat Puig"): only its start
 * must be within reach of the cue.
 */
function nearestPerson(
  persons: readonly PersonSpan[],
  from: number,
  to: number,
  h: { start: number; end: number },
): PersonSpan | undefined {
  let best: PersonSpan | undefined;
  for (const p of persons) {
    if (p.start < from || p.start >= to) continue;
    if (!best || distance(p, h) < distance(best, h)) best = p;
  }
  return best;
}

/** The last person named before `at` (for a pronoun). */
function lastPersonBefore(persons: readonly PersonSpan[], at: number): PersonSpan | undefined {
  let best: PersonSpan | undefined;
  for (const p of persons) {
    if (p.end > at) break;
    if (at - p.end <= PRONOUN_LOOKBACK) best = p;
  }
  return best;
}

/** The role phrase in [from, to) nearest `h`, with its noun (group 1). */
function nearestRole(
  ctx: QuoteContext,
  from: number,
  to: number,
  h: Hit,
): { text: string; noun: string; start: number } | undefined {
  const text = ctx.body.slice(from, to);
  const re = ctx.c.role;
  re.lastIndex = 0;
  let best: { text: string; noun: string; start: number; d: number } | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = from + m.index;
    const d = distance({ start, end: start + m[0].length, name: '' }, h);
    if (!best || d < best.d) best = { text: m[0], noun: m[1], start, d };
  }
  return best;
}

/** Where the speaker of a hit may be named: around the cue, on the side away from the quote. */
function speakerRegion(
  h: Hit,
  q: { start: number; end: number },
  paraStart: number,
  paraEnd: number,
): [number, number] {
  if (h.kind === 'according')
    return h.side === 'before' ? [h.end, q.start] : [h.end, Math.min(paraEnd, h.end + SPEAKER_WINDOW)];
  if (h.kind === 'according-after')
    return h.side === 'before' ? [Math.max(paraStart, h.start - SPEAKER_WINDOW), h.start] : [q.end, h.start];
  return h.side === 'before'
    ? [Math.max(paraStart, h.start - SPEAKER_WINDOW), q.start]
    : [q.end, Math.min(paraEnd, h.end + SPEAKER_WINDOW)];
}

/** The attribution to person `p` (a module function: no closure created per quote). */
function found(
  p: PersonSpan,
  attribution: Attribution['attribution'],
  cue: string,
  adjacent: boolean,
  role?: string,
): Attribution {
  return { speaker: p.name, speakerKey: p.key, attribution, cue, role, adjacent };
}

/** Attributes the quote at [q.start, q.end) (marks included) of the paragraph [paraStart, paraEnd). */
export function attribute(
  ctx: QuoteContext,
  q: { start: number; end: number },
  paraStart: number,
  paraEnd: number,
): Attribution {
  const h = nearestHit(ctx, q, paraStart, paraEnd);
  if (!h) return { attribution: 'none', adjacent: false };
  const kind = h.kind === 'cue' ? 'cue' : 'according-to';
  const cue = ctx.body.slice(h.start, h.end);
  const [from, to] = speakerRegion(h, q, paraStart, paraEnd);
  const person = nearestPerson(ctx.persons, from, to, h);
  if (person) return found(person, kind, cue, h.adjacent);
  const role = nearestRole(ctx, from, to, h);
  if (role) {
    const noun = role.noun.toLowerCase();
    if (!ctx.roleCache.has(noun))
      ctx.roleCache.set(noun, resolveRole(noun, ctx.body, ctx.persons, ctx.entities, ctx.c));
    const holder = ctx.roleCache.get(noun);
    if (holder) return found(holder, kind, cue, h.adjacent, role.text);
    return { speaker: role.text, attribution: kind, cue, role: role.text, adjacent: h.adjacent };
  }
  // A pronoun next to the cue ("a-t-il déclaré", "he said"), a cue after the quote whose subject came
  // before it in the sentence ("Erdoğan, \"...\" dedi"), or a bare verb closing the sentence right after
  // the quote ("„…” – stwierdził."): the last person named before the quote (in the paragraph for the
  // bare verb, whose subject is the previous sentence's).
  const near = ctx.body.slice(Math.min(from, h.start), Math.max(to, h.end));
  if (ctx.c.pronoun.test(near) || h.side === 'after') {
    const before = lastPersonBefore(ctx.persons, q.start);
    const inParagraph = before !== undefined && before.start >= paraStart;
    const sameSentence = inParagraph && !SENTENCE_BREAK.test(ctx.body.slice(before.end, q.start));
    const bareVerb =
      h.side === 'after' &&
      h.kind === 'cue' &&
      h.adjacent &&
      BARE_CUE_TAIL.test(ctx.body.slice(h.end, paraEnd));
    if (before && (ctx.c.pronoun.test(near) || sameSentence || (bareVerb && inParagraph)))
      return found(before, kind, cue, h.adjacent);
  }
  return { attribution: 'none', cue, adjacent: h.adjacent };
}
