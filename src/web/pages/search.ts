/** `/search?q=&lang=&source=`: full-text search of the stored articles, each result with its story. */
import { layout, html, type Html } from '../html.ts';
import type { Library } from '../../services/library/types.ts';
import { day, href, languageName, links, pageNumber } from '../format.ts';

/** Results per page. */
export const RESULTS_PER_PAGE = 20;

/** Longest query read: longer input is cut (a search box, not a document upload). */
const MAX_QUERY = 200;

/** The search page's query: words, filters and page. */
export interface SearchQuery {
  readonly q: string;
  readonly lang?: string;
  readonly source?: string;
  readonly page: number;
}

/** Reads the search page's query parameters. */
export function searchQuery(get: (name: string) => string | undefined): SearchQuery {
  const lang = get('lang')?.trim();
  const source = get('source')?.trim();
  return {
    q: (get('q') ?? '').trim().slice(0, MAX_QUERY),
    page: pageNumber(get('page')),
    ...(lang ? { lang } : {}),
    ...(source ? { source } : {}),
  };
}

function select(
  name: string,
  all: string,
  values: readonly string[],
  chosen: string | undefined,
  label: (v: string) => string,
): Html {
  return html`<select name="${name}">
    <option value="">${all}</option>
    ${values.map((v) =>
      v === chosen
        ? html`<option value="${v}" selected>${label(v)}</option>`
        : html`<option value="${v}">${label(v)}</option>`,
    )}
  </select>`;
}

/** Renders the search page (the form alone when there is no query). */
export async function searchPage(
  lib: Library,
  query: SearchQuery,
  perPage: number = RESULTS_PER_PAGE,
): Promise<Html> {
  const stats = await lib.stats();
  const langs = stats.languages.map((l) => l.lang).sort();
  const sources = stats.sources.map((s) => s.source).sort();
  const hits = query.q
    ? await lib.search(query.q, {
        limit: perPage + 1,
        offset: (query.page - 1) * perPage,
        ...(query.lang ? { lang: query.lang } : {}),
        ...(query.source ? { source: query.source } : {}),
      })
    : [];
  const shown = hits.slice(0, perPage);
  const pageHref = (page: number) =>
    href('/search', { q: query.q, lang: query.lang, source: query.source, page });
  const body = html`<h1>Search</h1>
    <form class="filters" method="get" action="/search" role="search">
      <label>Words <input name="q" type="search" value="${query.q}" /></label>
      <label
        >Language
        ${select('lang', 'All languages', langs, query.lang, (l) => `${languageName(l)} (${l})`)}</label
      >
      <label>Outlet ${select('source', 'All outlets', sources, query.source, (s) => s)}</label>
      <button type="submit">Search</button>
    </form>
    ${
      query.q
        ? shown.length
          ? html`<p class="muted">Results for “${query.q}”, best first.</p>
              <ol class="results" start="${(query.page - 1) * perPage + 1}">
                ${shown.map(
                  (h) =>
                    html`<li>
                      <a href="${links.article(h.id)}" lang="${h.lang}" dir="auto"
                        >${h.title || '(untitled)'}</a
                      >
                      <span class="muted"
                        >${h.source ?? ''} · ${h.lang} · ${day(h.published) || 'undated'}</span
                      >
                      ${h.storyId ? html` · <a href="${links.story(h.storyId)}">story</a>` : ''}
                    </li>`,
                )}
              </ol>
              <nav class="pager" aria-label="Pages">
                ${query.page > 1 ? html`<a rel="prev" href="${pageHref(query.page - 1)}">← Previous</a>` : ''}
                ${hits.length > perPage ? html`<a rel="next" href="${pageHref(query.page + 1)}">Next →</a>` : ''}
              </nav>`
          : html`<p class="empty">No article matches “${query.q}”.</p>`
        : html`<p class="muted">
            Words must all occur; use "quoted phrases" and prefix* terms. Accents and case are ignored.
          </p>`
    }`;
  return layout(
    { title: query.q ? `Search: ${query.q}` : 'Search', current: 'search', query: query.q },
    body,
  );
}
