/**
 * The quotes a story page shows: a digest of the story's quotes by speaker. A large story's speakers run to
 * hundreds of quotes (the largest at 100,000 stored articles: 283 quotes of 15 speakers, most of them the same
 * words carried by outlet after outlet); a reader takes in a few per speaker. The digest keeps the first
 * speakers (in the whole list's order: quoted by most articles first, unattributed last) with their first few
 * quotes, different words and outlets first, and counts the rest; the whole list has its own paged address
 * (`Library.storyQuotes`). Pure.
 */
import type { QuoteTotals, StorySpeaker } from './types.ts';

/** Speakers a story page lists at most: as many as `storyline story` lists, a screenful of names. */
export const STORY_SPEAKERS = 12;

/**
 * Quotes of one speaker a story page lists at most: enough to hear them in different outlets' words; a
 * speaker quoted by a hundred articles is mostly the same sentence again.
 */
export const STORY_SPEAKER_QUOTES = 3;

type Quote = StorySpeaker['quotes'][number];

/** Quote text folded for telling repeats apart (case and spacing do not make other words). */
function folded(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The first {@link STORY_SPEAKER_QUOTES} quotes of a speaker to show, in their order: first those in words
 * not shown yet from an outlet not heard yet, then those in words not shown yet, then any.
 */
function pickQuotes(quotes: readonly Quote[], max: number): Quote[] {
  if (quotes.length <= max) return [...quotes];
  const picked = new Set<Quote>();
  const words = new Set<string>();
  const outlets = new Set<string>();
  const take = (q: Quote) => {
    picked.add(q);
    words.add(folded(q.text));
    outlets.add(q.source ?? q.articleId);
  };
  for (const q of quotes)
    if (picked.size < max && !words.has(folded(q.text)) && !outlets.has(q.source ?? q.articleId)) take(q);
  for (const q of quotes) if (picked.size < max && !picked.has(q) && !words.has(folded(q.text))) take(q);
  for (const q of quotes) if (picked.size < max && !picked.has(q)) take(q);
  return quotes.filter((q) => picked.has(q));
}

/** How many speakers and quotes a whole list has. */
export function quoteTotals(speakers: readonly StorySpeaker[]): QuoteTotals {
  let quotes = 0;
  for (const s of speakers) quotes += s.quotes.length;
  return { speakers: speakers.length, quotes };
}

/**
 * The digest of a story's whole list of speakers (see the module comment): the first `maxSpeakers`, each
 * with at most `maxQuotes` quotes and, when it lists fewer than it has, `quoteCount` counting them all. A list
 * within the bounds is returned as it is.
 */
export function speakersDigest(
  speakers: readonly StorySpeaker[],
  maxSpeakers: number = STORY_SPEAKERS,
  maxQuotes: number = STORY_SPEAKER_QUOTES,
): readonly StorySpeaker[] {
  if (speakers.length <= maxSpeakers && speakers.every((s) => s.quotes.length <= maxQuotes)) return speakers;
  return speakers.slice(0, maxSpeakers).map((s) =>
    s.quotes.length <= maxQuotes
      ? s
      : {
          ...s,
          quotes: pickQuotes(s.quotes, maxQuotes),
          quoteCount: s.quotes.length,
        },
  );
}

/**
 * A page of the whole list: quotes `offset` to `offset + limit` in the list's order (speaker after speaker,
 * each one's quotes in publication order), grouped by speaker again; a speaker whose quotes the page does not
 * hold all of has `quoteCount` counting them all and `quoteOffset` saying where its part starts.
 */
export function speakersPage(
  speakers: readonly StorySpeaker[],
  offset: number,
  limit: number,
): StorySpeaker[] {
  const out: StorySpeaker[] = [];
  let at = 0;
  const end = offset + limit;
  for (const s of speakers) {
    const n = s.quotes.length;
    const from = Math.max(offset, at);
    const to = Math.min(end, at + n);
    if (from < to) {
      const { quoteCount: _count, quoteOffset: _offset, ...rest } = s;
      const whole = from === at && to === at + n;
      out.push(
        whole
          ? { ...rest, quotes: s.quotes }
          : {
              ...rest,
              quotes: s.quotes.slice(from - at, to - at),
              quoteCount: n,
              ...(from > at ? { quoteOffset: from - at } : {}),
            },
      );
    }
    at += n;
    if (at >= end) break;
  }
  return out;
}
