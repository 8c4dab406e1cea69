/**
 * `/stories/:id/quotes`: a story's whole list of quotes by speaker (its page shows a digest), a page of quotes
 * at a time, in the list's order (speakers quoted by most articles first, each one's quotes in publication
 * order).
 */
import { layout, html, type Html } from '../html.ts';
import type { StoryQuotesPage } from '../../services/library/types.ts';
import { href, links, plural } from '../format.ts';
import { speakerBlock } from '../quotes.ts';

/** Quotes a page of the whole list holds: the largest stories have a few hundred. */
export const QUOTES_PER_PAGE = 100;

/** "Previous" / "Next" links between pages of the list. */
function quotesPager(storyId: string, page: number, total: number): Html | '' {
  const last = Math.max(1, Math.ceil(total / QUOTES_PER_PAGE));
  if (last === 1) return '';
  const to = (n: number) => href(links.storyQuotes(storyId), { page: n > 1 ? n : undefined });
  return html`<nav class="pager" aria-label="Pages of quotes">
    ${page > 1 ? html`<a rel="prev" href="${to(Math.min(page - 1, last))}">← Previous</a>` : ''}
    <span>Page ${page} of ${last}</span>
    ${page < last ? html`<a rel="next" href="${to(page + 1)}">Next →</a>` : ''}
  </nav>`;
}

/** Renders page `page` of a story's whole list of quotes (`p` holds that page: {@link QUOTES_PER_PAGE}). */
export function storyQuotesPage(p: StoryQuotesPage, page: number): Html {
  const { offset, total } = p.quotesPage;
  const shown = p.speakers.reduce((n, s) => n + s.quotes.length, 0);
  const body = html`<article class="story quotes-page">
    <header>
      <p class="kicker">
        <a href="/">Stories</a> › <a href="${links.story(p.storyId)}">${p.storyId}</a> › quotes
      </p>
      <h1 dir="auto">Quotes: ${p.headline || '(untitled)'}</h1>
      ${p.resolvedFrom ? html`<p class="note">Story ${p.resolvedFrom} was merged into this one.</p>` : ''}
      <p class="muted">
        ${
          shown
            ? html`Quotes ${offset + 1}–${offset + shown} of ${total}, by
              ${plural(p.quoteTotals.speakers, 'speaker')}: those quoted by most articles first.`
            : total
              ? html`No quotes on this page: the story has ${plural(total, 'quote')}.`
              : 'No quoted statements.'
        }
      </p>
    </header>
    ${p.speakers.map((s) => speakerBlock(s, (q) => q.source || q.articleId))}
    ${quotesPager(p.storyId, page, total)}
  </article>`;
  return layout({ title: `Quotes: ${p.headline || p.storyId}` }, body);
}
