/**
 * Stage `dates`: every calendar reference of the title and body ("lundi 14 septembre", "le 9 août",
 * "hier", "en 2020"), resolved to an ISO date at its grain against the article's reference date.
 * Durations ("en un mois"), counts, ages and times alone are not dates. Steps:
 * 1. find what each paragraph and the title state (src/core/dates/extract.ts; no reference needed);
 * 2. pick the reference: publication date, metadata line, dateline, else the latest dated embed;
 * 3. resolve each mention (implied year, weekday, relative day) and keep its position and sentence.
 */
import { compiledDates, type CompiledDateLexicon } from '../dates/compile.ts';
import { extractDates, paragraphs } from '../dates/extract.ts';
import type { RawDate } from '../dates/raw.ts';
import { findReference, type Reference } from '../dates/reference.ts';
import { resolveRaw } from '../dates/resolve.ts';
import type { DateMention, DatesAnnotation, Sentence, Stage } from '../types.ts';
import { sentenceAt } from '../text/sentence-at.ts';

/** Embed dates in an article's language first, then in English (tweets show "September 9, 2020"). */
const EMBED_FALLBACK_LANG = 'en';

function toMention(d: RawDate, ref: Reference | undefined, sentence: number): DateMention | undefined {
  const r = resolveRaw(d, ref);
  return (
    r && {
      text: d.text,
      date: r.date,
      grain: r.grain,
      certain: r.certain,
      sentence,
      start: d.start,
      end: d.end,
    }
  );
}

/** Dates of one article, given its body, embeds and sentences. */
export function analyzeDates(
  article: Parameters<typeof findReference>[0],
  body: string,
  embeds: Parameters<typeof findReference>[1],
  sentences: readonly Sentence[],
  c: CompiledDateLexicon,
): DatesAnnotation {
  const bodyRaw: RawDate[] = [];
  for (const p of paragraphs(body)) bodyRaw.push(...extractDates(c, p.text, p.start));
  const titleRaw = article.title ? extractDates(c, article.title) : [];
  const fallback = c.lang === EMBED_FALLBACK_LANG ? undefined : compiledDates(EMBED_FALLBACK_LANG);
  const ref = findReference(article, embeds, bodyRaw, (t) => {
    const own = extractDates(c, t);
    return own.length > 0 || !fallback ? own : extractDates(fallback, t);
  });
  const dates: DateMention[] = [];
  for (const d of titleRaw) {
    const m = toMention(d, ref, -1);
    if (m) dates.push(m);
  }
  for (const d of bodyRaw) {
    const m = toMention(d, ref, sentenceAt(sentences, d.start));
    if (m) dates.push(m);
  }
  return ref ? { reference: ref.iso, referenceFrom: ref.from, dates } : { dates };
}

export const datesStage: Stage<'dates'> = {
  name: 'dates',
  needs: ['clean', 'language', 'text'],
  run: (article, soFar) => {
    const lang = soFar.language?.lang ?? article.declaredLang ?? EMBED_FALLBACK_LANG;
    return analyzeDates(
      article,
      soFar.clean?.body ?? article.text,
      soFar.clean?.embeds ?? [],
      soFar.text?.sentences ?? [],
      compiledDates(lang),
    );
  },
};
