/**
 * `/stories/:id/coverage`: a story's whole coverage matrix (its page shows a digest), a page of facts at a
 * time, in the comparison's order (every outlet, then some, then one).
 */
import { layout, html, type Html } from '../html.ts';
import type { StoryCoveragePage } from '../../services/library/types.ts';
import { href, links, plural } from '../format.ts';
import { coverageMatrix } from '../coverage.ts';

/** Facts a page of the whole matrix lists: the largest stories' matrices run past a hundred facts. */
export const FACTS_PER_PAGE = 100;

/** "Previous" / "Next" links between pages of the matrix. */
function factsPager(storyId: string, page: number, total: number): Html | '' {
  const last = Math.max(1, Math.ceil(total / FACTS_PER_PAGE));
  if (last === 1) return '';
  const to = (n: number) => href(links.storyCoverage(storyId), { page: n > 1 ? n : undefined });
  return html`<nav class="pager" aria-label="Pages of facts">
    ${page > 1 ? html`<a rel="prev" href="${to(Math.min(page - 1, last))}">← Previous</a>` : ''}
    <span>Page ${page} of ${last}</span>
    ${page < last ? html`<a rel="next" href="${to(page + 1)}">Next →</a>` : ''}
  </nav>`;
}

/** Renders page `page` of a story's whole matrix (`p` holds that page's facts: {@link FACTS_PER_PAGE}). */
export function storyCoveragePage(p: StoryCoveragePage, page: number): Html {
  const { offset, total } = p.factsPage;
  const shown = p.coverage.facts.length;
  const body = html`<article class="story coverage-page">
    <header>
      <p class="kicker">
        <a href="/">Stories</a> › <a href="${links.story(p.storyId)}">${p.storyId}</a> › coverage
      </p>
      <h1 dir="auto">Coverage: ${p.headline || '(untitled)'}</h1>
      ${p.resolvedFrom ? html`<p class="note">Story ${p.resolvedFrom} was merged into this one.</p>` : ''}
      <p class="muted">
        ${
          shown
            ? html`Facts ${offset + 1}–${offset + shown} of ${total}, reported by every outlet first, then by
              some, then by only one.`
            : html`No facts on this page: the comparison has ${plural(total, 'fact')}.`
        }
      </p>
    </header>
    ${coverageMatrix(p.coverage, p.coverageTotals)} ${factsPager(p.storyId, page, total)}
  </article>`;
  return layout({ title: `Coverage: ${p.headline || p.storyId}` }, body);
}
