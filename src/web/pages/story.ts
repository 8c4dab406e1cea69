/**
 * `/stories/:id`: a story's headline and facts line, article timeline by outlet, event-date timeline, map,
 * entity chips, quotes grouped by speaker, coverage matrix, and its articles with compare links.
 */
import { layout, html, type Html } from '../html.ts';
import type { StoryDetail } from '../../services/library/types.ts';
import { pageArticles } from '../../services/library/index.ts';
import type { StoryMemberRow } from '../../services/store/types.ts';
import type { SummaryEntity } from '../../core/cluster/summary.ts';
import { dateTime, day, href, languageName, links, plural } from '../format.ts';
import { articleTimeline, eventTimeline, LANE_BINS, LANE_DOTS, NO_OUTLET } from '../timeline.ts';
import { storyMap } from '../map/render.ts';
import { coverageMatrix } from '../coverage.ts';
import { kept } from '../kept.ts';
import { speakerBlock, type SpeakerQuote } from '../quotes.ts';

/**
 * The page's parts rendered from the story's view (see `kept.ts`): the same view objects, the same markup.
 * The quotes also name outlets from the member rows, which the view's members signature fixes.
 */
const keptCoverage = kept<StoryDetail['coverage']>();
const keptQuotes = kept<StoryDetail['speakers']>();
const keptMap = kept<StoryDetail['places']>();

/**
 * Articles a page of the article table (and the compare form) lists, newest first: a screenful, and a page
 * stays light for a story of thousands (older articles are a link away).
 */
export const ARTICLES_PER_PAGE = 50;

const ENTITY_GROUPS: readonly { readonly type: string; readonly label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'organisation', label: 'Organisations' },
  { type: 'other', label: 'Other names' },
];

/** Suffix the coverage adds to a second article of one outlet ("X (2)"). */
const REPEAT_SUFFIX = / \(\d+\)$/;

/**
 * An article's outlet: its source, else the name the coverage gave it (the file name of its origin), else
 * the unknown-outlet lane: so articles without an outlet still get lanes of their own, named as in the matrix.
 */
function outletNamer(d: StoryDetail): (a: StoryMemberRow) => string {
  const covered = new Map(d.coverage.outlets.map((o) => [o.id, o.outlet.replace(REPEAT_SUFFIX, '')]));
  return (a) => a.source || covered.get(a.id) || NO_OUTLET;
}

function factsLine(d: StoryDetail): Html {
  const s = d.summary;
  const seen =
    s.firstSeen && s.lastSeen && s.firstSeen !== s.lastSeen
      ? `${day(s.firstSeen)} – ${day(s.lastSeen)}`
      : day(s.firstSeen) || 'undated';
  return html`<p class="facts">
    ${plural(d.story.articles, 'article')} ·
    ${
      s.outlets.length
        ? html`${plural(s.outlets.length, 'outlet')}:
          ${s.outlets.map((o, i) => html`${i ? ', ' : ''}<span class="outlet">${o.name}</span>`)}`
        : 'outlet unknown'
    }
    ·
    ${s.languages.map((l, i) => html`${i ? ', ' : ''}<abbr title="${languageName(l.lang)}">${l.lang}</abbr>`)}
    · ${seen}
  </p>`;
}

function chips(entities: readonly SummaryEntity[]): Html {
  const groups = ENTITY_GROUPS.map((g) => ({
    ...g,
    list: entities.filter((e) =>
      g.type === 'other' ? !['person', 'organisation'].includes(e.type) : e.type === g.type,
    ),
  })).filter((g) => g.list.length);
  if (groups.length === 0) return html`<p class="empty">No people or organisations named.</p>`;
  return html`${groups.map(
    (g) =>
      html`<h3>${g.label}</h3>
        <ul class="chips">
          ${g.list.map(
            (e) =>
              html`<li>
                <a class="chip chip-${e.type}" href="${links.entity(e.key)}" title="${e.variants.join(' / ')}"
                  >${e.name}</a
                >
              </li>`,
          )}
        </ul>`,
  )}`;
}

/** Where a quote was read: its outlet, else the outlet name of its article, else the article's title or id. */
function quoteSource(
  members: ReadonlyMap<string, StoryMemberRow>,
  outletOf: (a: StoryMemberRow) => string,
): (q: SpeakerQuote) => string {
  return (q) => {
    if (q.source) return q.source;
    const m = members.get(q.articleId);
    return m ? outletOf(m) : q.articleId;
  };
}

/** The link to the whole list of quotes when the page shows a digest of it. */
function quotesLink(d: StoryDetail): Html | '' {
  const shown = d.speakers.reduce((n, s) => n + s.quotes.length, 0);
  const { quotes, speakers } = d.quoteTotals;
  if (quotes <= shown) return '';
  return html`<p class="more">
    Shown: ${shown} of ${quotes} quotes
    (${speakers > d.speakers.length ? `the first ${d.speakers.length} of ${speakers} speakers, ` : ''}a few of
    each speaker, in other words and outlets first).
    <a href="${links.storyQuotes(d.story.id)}">All ${plural(quotes, 'quote')} by speaker</a>
  </p>`;
}

/** "Newer" / "Older" links of the article table (pages of {@link ARTICLES_PER_PAGE}, newest first). */
function articlePager(storyId: string, page: number, total: number): Html {
  const last = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
  if (last === 1) return html``;
  const to = (n: number) => `${href(links.story(storyId), { page: n > 1 ? n : undefined })}#h-articles`;
  return html`<nav class="pager" aria-label="Pages of articles">
    ${page > 1 ? html`<a rel="prev" href="${to(Math.min(page - 1, last))}">← Newer</a>` : ''}
    <span>Page ${page} of ${last}</span>
    ${page < last ? html`<a rel="next" href="${to(page + 1)}">Older →</a>` : ''}
  </nav>`;
}

/** The article table and compare form: page `page` of the story's articles, newest first. */
function articleList(d: StoryDetail, page: number): Html {
  const all = d.articles;
  const { articles, page: shown } = pageArticles(all, {
    order: 'newest',
    offset: (page - 1) * ARTICLES_PER_PAGE,
    limit: ARTICLES_PER_PAGE,
  });
  if (articles.length === 0)
    return html`<p class="empty">
        No articles on this page: the story has ${plural(all.length, 'article')}.
        <a href="${links.story(d.story.id)}#h-articles">The newest</a>.
      </p>
      ${articlePager(d.story.id, page, all.length)}`;
  const first = articles[0];
  return html`${
      all.length > articles.length
        ? html`<p class="muted">
            Articles ${shown.offset + 1}–${shown.offset + articles.length} of ${all.length}, newest first.
          </p>`
        : ''
    }
    <div class="scroll-x" tabindex="0" role="region" aria-label="Articles of the story">
      <table class="articles">
        <thead>
          <tr>
            <th scope="col">Published</th>
            <th scope="col">Outlet</th>
            <th scope="col">Title</th>
            <th scope="col">Compare</th>
          </tr>
        </thead>
        <tbody>
          ${articles.map((a, i) => {
            const other = i === 0 ? articles[1] : first;
            return html`<tr>
              <td><time datetime="${a.published ?? ''}">${dateTime(a.published) || '—'}</time></td>
              <td>${a.source ?? ''}</td>
              <td lang="${a.lang}" dir="auto">
                <a href="${links.article(a.id)}">${a.title || '(untitled)'}</a>
              </td>
              <td>
                ${
                  other
                    ? html`<a class="compare-link" href="${links.compare(a.id, other.id)}"
                        >compare<span class="visually-hidden"> with ${other.title}</span></a
                      >`
                    : ''
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${articlePager(d.story.id, page, all.length)} ${articles.length > 1 ? compareForm(articles) : ''}`;
}

function compareForm(articles: StoryDetail['articles']): Html {
  const select = (name: string, label: string, chosen: number) =>
    html`<label
      >${label}
      <select name="${name}">
        ${articles.map((a, i) =>
          i === chosen
            ? html`<option value="${a.id}" selected>${a.source ?? ''}: ${a.title}</option>`
            : html`<option value="${a.id}">${a.source ?? ''}: ${a.title}</option>`,
        )}
      </select></label
    >`;
  return html`<form class="compare-form" method="get" action="/compare">
    ${select('a', 'Article A', 0)} ${select('b', 'Article B', 1)}
    <button type="submit">Compare</button>
  </form>`;
}

/** The link to the whole matrix when the page shows a digest of it. */
function coverageLink(d: StoryDetail): Html | '' {
  const total = d.coverageTotals.facts;
  if (total <= d.coverage.facts.length) return '';
  return html`<p class="more">
    Shown: ${d.coverage.facts.length} of ${total} facts (those every outlet reports, the first each outlet
    alone reports, those shared by the most outlets).
    <a href="${links.storyCoverage(d.story.id)}">All ${plural(total, 'fact')}: the whole matrix</a>
  </p>`;
}

/** Options of {@link storyPage}. */
export interface StoryPageOptions {
  /** Page of the article table (1 = the newest {@link ARTICLES_PER_PAGE}). Default 1. */
  readonly page?: number;
}

/**
 * Renders a story page. `d` lists every article of the story (`Library.story` without paging): the lanes and
 * the event dates place all of them; the article table shows one page.
 */
export function storyPage(d: StoryDetail, options: StoryPageOptions = {}): Html {
  const members = new Map(d.articles.map((a) => [a.id, a]));
  const namer = outletNamer(d);
  const people = d.summary.entities.filter((e) => e.type !== 'place');
  const body = html`<article class="story">
    <header>
      <p class="kicker"><a href="/">Stories</a> › ${d.story.id}</p>
      <h1 dir="auto">${d.summary.headline || d.story.headline || '(untitled)'}</h1>
      ${factsLine(d)}
      ${d.resolvedFrom ? html`<p class="note">Story ${d.resolvedFrom} was merged into this one.</p>` : ''}
    </header>
    <section aria-labelledby="h-lanes">
      <h2 id="h-lanes">Articles by outlet</h2>
      ${
        d.articles.length > LANE_DOTS
          ? html`<p class="muted">
              An outlet's articles published close together (within 1/${LANE_BINS} of the time span) share a
              mark: it says how many and links to the latest.
            </p>`
          : ''
      }
      ${articleTimeline(d.articles, namer)}
    </section>
    <section aria-labelledby="h-events">
      <h2 id="h-events">Event dates reported</h2>
      ${eventTimeline(d.summary.timeline, members)}
    </section>
    <section aria-labelledby="h-map">
      <h2 id="h-map">Places</h2>
      ${keptMap(d.places, [d.countries], () => storyMap(d.countries, d.places))}
    </section>
    <section aria-labelledby="h-entities">
      <h2 id="h-entities">People and organisations</h2>
      ${chips(people)}
    </section>
    <section aria-labelledby="h-quotes">
      <h2 id="h-quotes">Quotes by speaker</h2>
      ${keptQuotes(d.speakers, [d.coverage], () => {
        const sourceOf = quoteSource(members, namer);
        return d.speakers.length
          ? html`${d.speakers.map((s) => speakerBlock(s, sourceOf))}`
          : html`<p class="empty">No quoted statements.</p>`;
      })}
      ${quotesLink(d)}
    </section>
    <section aria-labelledby="h-coverage">
      <h2 id="h-coverage">Coverage: who reports what</h2>
      ${(d.notes ?? []).map((n) => html`<p class="muted note">Note: ${n}.</p>`)}
      ${keptCoverage(d.coverage, [], () => coverageMatrix(d.coverage, d.coverageTotals))} ${coverageLink(d)}
    </section>
    <section aria-labelledby="h-articles">
      <h2 id="h-articles">Articles</h2>
      ${articleList(d, Math.max(1, Math.floor(options.page ?? 1)))}
    </section>
  </article>`;
  return layout({ title: d.summary.headline || d.story.headline || `Story ${d.story.id}` }, body);
}
