/**
 * Quotes grouped by speaker: the story page's digest (a few quotes of its first speakers) and the pages of a
 * story's whole list. Each quote links to the article it was read in.
 */
import { html, type Html } from './html.ts';
import type { StorySpeaker } from '../services/library/types.ts';
import { links, plural } from './format.ts';

/** Heading of quotes no speaker was found for. */
export const UNATTRIBUTED = 'Unattributed';

/** One quote of a speaker. */
export type SpeakerQuote = StorySpeaker['quotes'][number];

/**
 * A speaker's heading and quotes. `sourceOf` names where a quote was read (its outlet, else what the page
 * knows of its article). The count is the speaker's whole, and says how many are shown when fewer are.
 */
export function speakerBlock(s: StorySpeaker, sourceOf: (q: SpeakerQuote) => string): Html {
  const label = s.speaker.trim() || UNATTRIBUTED;
  const name = s.speakerKey ? html`<a href="${links.entity(s.speakerKey)}">${label}</a>` : label;
  const total = s.quoteCount ?? s.quotes.length;
  const from = s.quoteOffset ?? 0;
  const shown =
    total > s.quotes.length
      ? from > 0
        ? `, ${from + 1}–${from + s.quotes.length} here`
        : `, ${s.quotes.length} shown`
      : '';
  return html`<section class="speaker">
    <h3>${name} <span class="muted">(${plural(total, 'quote')}${shown})</span></h3>
    ${s.quotes.map(
      (q) =>
        html`<figure class="quote">
          <blockquote lang="${q.lang}" dir="auto">${q.text}</blockquote>
          <figcaption><a href="${links.article(q.articleId)}">${sourceOf(q)}</a></figcaption>
        </figure>`,
    )}
  </section>`;
}
