/**
 * Stage `quotes`: quotations of the body, who said them, and whether they are statements or scare-quoted
 * terms (« réserve »). Steps, per paragraph:
 * 1. find outermost quotations by their marks (src/core/quotes/marks.ts);
 * 2. attribute each to a speaker by the nearest cue word (attribute.ts);
 * 3. a short quote without an adjacent cue and without a sentence end is a term;
 * 4. a paragraph without marks that ends with "<Name> of <Organisation> (ACR)" is a quote of that person.
 */
import { attribute, type QuoteContext } from '../quotes/attribute.ts';
import { findAttributionLine } from '../quotes/attribution-line.ts';
import { compiledQuotes, type CompiledQuoteLexicon } from '../quotes/compile.ts';
import { findMarkedQuotes } from '../quotes/marks.ts';
import { personSpans } from '../quotes/persons.ts';
import type { Entity, Quote, QuotesAnnotation, Sentence, Stage } from '../types.ts';
import { sentenceAt } from '../text/sentence-at.ts';

/** Fewer words than this, no sentence end, no adjacent cue: a scare-quoted term, not a statement. */
export const TERM_MAX_WORDS = 6;
/** The same for scripts without spaces, in characters. */
export const TERM_MAX_CHARS_CJK = 10;
const SENTENCE_END = /[.!?…。！？]["'”’»]?$/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** True when a quote is short enough to be a term ("visite de travail", « réserve »). */
export function isShort(text: string): boolean {
  if (CJK.test(text)) return text.length < TERM_MAX_CHARS_CJK;
  return text.split(/\s+/).length < TERM_MAX_WORDS;
}

/** Quotes of one body. */
export function analyzeQuotes(
  body: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[] | undefined,
  c: CompiledQuoteLexicon,
): QuotesAnnotation {
  const ctx: QuoteContext = {
    body,
    c,
    persons: personSpans(entities, body, c),
    entities,
    roleCache: new Map(),
  };
  const quotes: Quote[] = [];
  let paraStart = 0;
  for (const para of body.split('\n')) {
    const paraEnd = paraStart + para.length;
    const marked = findMarkedQuotes(para);
    for (const m of marked) {
      const text = para.slice(m.innerStart, m.innerEnd);
      const q = { start: paraStart + m.start, end: paraStart + m.end };
      const a = attribute(ctx, q, paraStart, paraEnd);
      const attributed = a.speaker !== undefined;
      const short = isShort(text) && !SENTENCE_END.test(text);
      const term = short && !(attributed && a.adjacent);
      // A short quote keeps a speaker only when the cue stands right next to it.
      const keep = attributed && (!short || a.adjacent);
      quotes.push({
        text,
        ...(keep
          ? { speaker: a.speaker, speakerKey: a.speakerKey, attribution: a.attribution }
          : { attribution: 'none' as const }),
        ...(keep && a.cue ? { cue: a.cue } : {}),
        ...(keep && a.role ? { role: a.role } : {}),
        kind: term ? 'term' : 'statement',
        sentence: sentenceAt(sentences, paraStart + m.innerStart),
        start: paraStart + m.innerStart,
        end: paraStart + m.innerEnd,
      });
    }
    if (marked.length === 0) {
      const line = findAttributionLine(c, para, paraStart, ctx.persons);
      if (line) {
        quotes.push({
          text: body.slice(line.start, line.end),
          speaker: line.speaker,
          ...(line.speakerKey ? { speakerKey: line.speakerKey } : {}),
          attribution: 'line',
          affiliation: line.affiliation,
          kind: 'statement',
          sentence: sentenceAt(sentences, line.start),
          start: line.start,
          end: line.end,
        });
      }
    }
    paraStart = paraEnd + 1;
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes };
}

export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  needs: ['clean', 'language', 'text', 'entities'],
  run: (article, soFar) =>
    analyzeQuotes(
      soFar.clean?.body ?? article.text,
      soFar.text?.sentences ?? [],
      soFar.entities?.entities,
      compiledQuotes(soFar.language?.lang ?? article.declaredLang ?? 'en'),
    ),
};
