/** `/`: the story list, with order tabs (newest, largest, growing), language and outlet filters, and paging. */
import { layout, html, type Html } from '../html.ts';
import type { Library, LibraryStoryOrder } from '../../services/library/types.ts';
import type { StoryRow } from '../../services/store/types.ts';
import { day, href, languageName, links, pageNumber, plural } from '../format.ts';

/** Stories per page: a screenful on a laptop, a few thumb scrolls on a phone. */
export const STORIES_PER_PAGE = 20;

const ORDERS: readonly { readonly order: LibraryStoryOrder; readonly label: string }[] = [
  { order: 'newest', label: 'Newest' },
  { order: 'largest', label: 'Largest' },
  { order: 'growing', label: 'Growing fastest' },
];

/** The list's query: order, filters and page, read leniently (unknown values fall back to the defaults). */
export interface StoryListQuery {
  readonly order: LibraryStoryOrder;
  readonly lang?: string;
  readonly source?: string;
  readonly page: number;
}

/** Reads the list's query parameters. */
export function storyListQuery(q: (name: string) => string | undefined): StoryListQuery {
  const order = ORDERS.find((o) => o.order === q('order'))?.order ?? 'newest';
  const page = pageNumber(q('page'));
  const lang = q('lang')?.trim() || undefined;
  const source = q('source')?.trim() || undefined;
  return { order, page, ...(lang ? { lang } : {}), ...(source ? { source } : {}) };
}

function listHref(query: StoryListQuery, change: Partial<StoryListQuery>): string {
  const q = { ...query, ...change };
  return href('/', {
    order: q.order === 'newest' ? undefined : q.order,
    lang: q.lang,
    source: q.source,
    page: q.page > 1 ? q.page : undefined,
  });
}

function tabs(query: StoryListQuery): Html {
  return html`<nav class="tabs" aria-label="Order">
    ${ORDERS.map((o) =>
      o.order === query.order
        ? html`<a href="${listHref(query, { order: o.order, page: 1 })}" aria-current="page">${o.label}</a>`
        : html`<a href="${listHref(query, { order: o.order, page: 1 })}">${o.label}</a>`,
    )}
  </nav>`;
}

function option(value: string, label: string, selected: string | undefined): Html {
  return value === selected
    ? html`<option value="${value}" selected>${label}</option>`
    : html`<option value="${value}">${label}</option>`;
}

function filters(query: StoryListQuery, langs: readonly string[], sources: readonly string[]): Html {
  return html`<form class="filters" method="get" action="/">
    ${query.order === 'newest' ? '' : html`<input type="hidden" name="order" value="${query.order}" />`}
    <label
      >Language
      <select name="lang">
        ${option('', 'All languages', query.lang ?? '')}
        ${langs.map((l) => option(l, `${languageName(l)} (${l})`, query.lang))}
      </select></label
    >
    <label
      >Outlet
      <select name="source">
        ${option('', 'All outlets', query.source ?? '')} ${sources.map((s) => option(s, s, query.source))}
      </select></label
    >
    <button type="submit">Filter</button>
  </form>`;
}

function storyItem(s: StoryRow): Html {
  const seen =
    s.firstSeen && s.lastSeen && day(s.firstSeen) !== day(s.lastSeen)
      ? html`<time datetime="${day(s.firstSeen)}">${day(s.firstSeen)}</time> –
          <time datetime="${day(s.lastSeen)}">${day(s.lastSeen)}</time>`
      : s.firstSeen
        ? html`<time datetime="${day(s.firstSeen)}">${day(s.firstSeen)}</time>`
        : html`undated`;
  return html`<li class="story-item">
    <h2 dir="auto"><a href="${links.story(s.id)}">${s.headline || '(untitled)'}</a></h2>
    <p class="facts">
      <span>${plural(s.articles, 'article')}</span> ·
      <span>${s.outlets ? plural(s.outlets, 'outlet') : 'outlet unknown'}</span> ·
      <span>${plural(s.languages, 'language')}</span> · <span>${seen}</span>
    </p>
  </li>`;
}

function pager(query: StoryListQuery, hasNext: boolean): Html {
  if (query.page === 1 && !hasNext) return html``;
  return html`<nav class="pager" aria-label="Pages">
    ${
      query.page > 1
        ? html`<a rel="prev" href="${listHref(query, { page: query.page - 1 })}">← Previous</a>`
        : ''
    }
    <span>Page ${query.page}</span>
    ${hasNext ? html`<a rel="next" href="${listHref(query, { page: query.page + 1 })}">Next →</a>` : ''}
  </nav>`;
}

/** Renders the story list page (`perPage` stories a page). */
export async function storiesPage(
  lib: Library,
  query: StoryListQuery,
  perPage: number = STORIES_PER_PAGE,
): Promise<Html> {
  const offset = (query.page - 1) * perPage;
  const [rows, stats] = await Promise.all([
    lib.stories({
      order: query.order,
      limit: perPage + 1,
      offset,
      ...(query.lang ? { lang: query.lang } : {}),
      ...(query.source ? { source: query.source } : {}),
    }),
    lib.stats(),
  ]);
  const shown = rows.slice(0, perPage);
  const langs = stats.languages.map((l) => l.lang).sort();
  const sources = stats.sources.map((s) => s.source).sort();
  const filtered = query.lang || query.source;
  const body = html`<h1>Stories</h1>
    <p class="muted">
      ${plural(stats.stories, 'story', 'stories')} from ${plural(stats.articles, 'article')} in
      ${plural(stats.languages.length, 'language')} and ${plural(stats.sources.length, 'outlet')}.
    </p>
    ${tabs(query)} ${filters(query, langs, sources)}
    ${
      shown.length
        ? html`<ol class="stories" start="${offset + 1}">
            ${shown.map(storyItem)}
          </ol>`
        : html`<p class="empty">
            ${
              filtered
                ? html`No story matches these filters. <a href="/">Show all stories</a>.`
                : html`No stories yet: ingest articles with
                    <code>storyline ingest &lt;files or feeds&gt;</code>.`
            }
          </p>`
    }
    ${pager(query, rows.length > perPage)}`;
  return layout({ title: 'Stories', current: 'stories' }, body);
}
