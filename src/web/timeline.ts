/**
 * The two timelines of a story page: member articles by outlet (one lane per outlet, each article placed by its
 * publication time) and the event dates the articles report. Plain HTML positioned with CSS: the lanes stay
 * readable at any width, and every mark is a real link with a text label.
 */
import { html, type Html } from './html.ts';
import type { StoryMemberRow, StorySummary } from '../services/store/types.ts';
import { dateTime, links, percent, plural } from './format.ts';

/** Lane name of articles without an outlet. */
export const NO_OUTLET = '(unknown outlet)';

/** One lane: an outlet and its dated articles with their position (percent of the time range). */
export interface Lane {
  readonly outlet: string;
  readonly marks: readonly { readonly article: StoryMemberRow; readonly at: number }[];
}

/** Lanes of the dated articles (outlets in order of first publication) and the undated ones. `outletOf` names
 * an article's outlet (default: its source, else {@link NO_OUTLET}). */
export function outletLanes(
  articles: readonly StoryMemberRow[],
  outletOf: (a: StoryMemberRow) => string = (a) => a.source || NO_OUTLET,
): {
  lanes: Lane[];
  undated: StoryMemberRow[];
  from?: string;
  to?: string;
} {
  const dated = articles
    .map((a) => ({ a, t: a.published ? Date.parse(a.published) : NaN }))
    .filter((x) => !Number.isNaN(x.t))
    .sort((x, y) => x.t - y.t || (x.a.id < y.a.id ? -1 : 1));
  const placed = new Set(dated.map((d) => d.a));
  const undated = articles.filter((a) => !placed.has(a));
  if (dated.length === 0) return { lanes: [], undated };
  const [min, max] = [dated[0].t, dated[dated.length - 1].t];
  const lanes = new Map<string, { article: StoryMemberRow; at: number }[]>();
  for (const { a, t } of dated) {
    const name = outletOf(a);
    const lane = lanes.get(name) ?? [];
    lane.push({ article: a, at: percent(t, min, max) });
    lanes.set(name, lane);
  }
  return {
    lanes: [...lanes].map(([outlet, marks]) => ({ outlet, marks })),
    undated,
    from: dated[0].a.published,
    to: dated[dated.length - 1].a.published,
  };
}

/**
 * Dated articles placed one dot each at most: up to this many the lanes show every article (a story of a
 * few dozen reads article by article); past it, a lane's articles close in time merge into one mark.
 */
export const LANE_DOTS = 100;

/**
 * Marks a lane holds at most once articles merge: each covers 1/LANE_BINS of the time axis (2%, about the
 * width of a dot on a phone, where dots closer than that overlap anyway).
 */
export const LANE_BINS = 50;

/** A mark of a lane: one article, or the articles of one stretch of the axis (the latest first). */
interface LaneMark {
  readonly at: number;
  readonly articles: readonly StoryMemberRow[];
}

/**
 * A lane's marks: one per article, or (`merge`) one per stretch of 1/{@link LANE_BINS} of the axis holding
 * the articles in it, placed at their mean position (rounded as `percent` rounds).
 */
function laneMarks(lane: Lane, merge: boolean): LaneMark[] {
  if (!merge) return lane.marks.map((m) => ({ at: m.at, articles: [m.article] }));
  const bins = new Map<number, { sum: number; articles: StoryMemberRow[] }>();
  for (const m of lane.marks) {
    const bin = Math.min(LANE_BINS - 1, Math.floor((m.at / 100) * LANE_BINS));
    const b = bins.get(bin) ?? { sum: 0, articles: [] };
    b.sum += m.at;
    b.articles.push(m.article);
    bins.set(bin, b);
  }
  // Marks come in time order, so each bin's articles do too: the latest is the last.
  return [...bins.values()].map((b) => ({
    at: Math.round((b.sum / b.articles.length) * 10) / 10,
    articles: b.articles.reverse(),
  }));
}

/** One mark: a dot linking to its article, or to the latest of its articles, saying how many and when. */
function laneMark(m: LaneMark): Html {
  const [latest] = m.articles;
  if (m.articles.length === 1)
    return html`<a class="dot" href="${links.article(latest.id)}" style="left:${m.at}%"
      ><span class="tip">${latest.title} (${dateTime(latest.published)})</span></a
    >`;
  const first = m.articles[m.articles.length - 1];
  return html`<a
    class="dot dots"
    data-n="${m.articles.length}"
    href="${links.article(latest.id)}"
    style="left:${m.at}%"
    ><span class="tip"
      >${m.articles.length} articles, ${dateTime(first.published)} – ${dateTime(latest.published)}; the
      latest: ${latest.title}</span
    ></a
  >`;
}

/**
 * The article timeline by outlet: every dated article a dot on its outlet's lane; past {@link LANE_DOTS}
 * articles, those of one lane close in time one mark (see {@link laneMarks}).
 */
export function articleTimeline(
  articles: readonly StoryMemberRow[],
  outletOf?: (a: StoryMemberRow) => string,
): Html {
  const { lanes, undated, from, to } = outletLanes(articles, outletOf);
  const name = outletOf ?? ((a: StoryMemberRow) => a.source || NO_OUTLET);
  const merge = articles.length - undated.length > LANE_DOTS;
  return html`<div class="lanes-wrap">
    ${
      lanes.length
        ? html`<ol class="lanes" aria-label="Articles by outlet, placed by publication time">
              ${lanes.map(
                (l) =>
                  html`<li class="lane">
                    <span class="lane-name">${l.outlet}</span>
                    <span class="track">${laneMarks(l, merge).map(laneMark)}</span>
                  </li>`,
              )}
            </ol>
            <p class="axis" aria-hidden="true">
              ${
                from === to
                  ? html`<span class="axis-one">${dateTime(from)}</span>`
                  : html`<span>${dateTime(from)}</span><span>${dateTime(to)}</span>`
              }
            </p>`
        : ''
    }
    ${
      undated.length
        ? html`<p class="muted">
            Undated:
            ${undated.map(
              (a, i) =>
                html`${i ? '; ' : ''}${name(a)}:
                  <a href="${links.article(a.id)}" dir="auto">${a.title || '(untitled)'}</a>`,
            )}
          </p>`
        : ''
    }
  </div>`;
}

/** Size of the largest date mark on the event axis (rem); others shrink with their article count. */
const EVENT_MARK_REM = 1.1;

/**
 * The event dates placed on one time axis (a picture of the list below it, hidden from screen readers, which
 * read the list): each date a mark sized by how many articles report it.
 */
function eventAxis(timeline: StorySummary['timeline'], max: number): Html {
  if (timeline.length < 2) return html``;
  const days = timeline.map((t) => Date.parse(t.date));
  const [first, last] = [Math.min(...days), Math.max(...days)];
  return html`<div class="event-axis" aria-hidden="true">
    <span class="track">
      ${timeline.map((t, i) => {
        const size = (EVENT_MARK_REM * (0.5 + (0.5 * t.count) / max)).toFixed(2);
        return html`<span
          class="event-mark"
          style="left:${percent(days[i], first, last)}%;width:${size}rem;height:${size}rem"
          title="${t.date}"
        ></span>`;
      })}
    </span>
    <p class="axis"><span>${timeline[0].date}</span><span>${timeline[timeline.length - 1].date}</span></p>
  </div>`;
}

/**
 * Articles listed under one event date at most (latest published first): the count says how many report it;
 * a date hundreds of articles report is not read as a list of hundreds of titles, and a few titles say what
 * the date is about (the article table lists them all).
 */
export const EVENT_ARTICLES_LISTED = 5;

/** The articles of one event date to list: the latest published first, at most {@link EVENT_ARTICLES_LISTED}. */
function eventArticles(ids: readonly string[], titles: ReadonlyMap<string, StoryMemberRow>): string[] {
  if (ids.length <= EVENT_ARTICLES_LISTED) return [...ids];
  const at = (id: string) => titles.get(id)?.published ?? '';
  return [...ids]
    .sort((x, y) => (at(x) > at(y) ? -1 : at(x) < at(y) ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .slice(0, EVENT_ARTICLES_LISTED);
}

/** The event-date timeline: each date the articles report, with a bar for how many report it. */
export function eventTimeline(
  timeline: StorySummary['timeline'],
  titles: ReadonlyMap<string, StoryMemberRow>,
): Html {
  if (timeline.length === 0) return html`<p class="empty">The articles report no event date.</p>`;
  const max = Math.max(...timeline.map((t) => t.count));
  return html`${eventAxis(timeline, max)}
    <ol class="events">
      ${timeline.map(
        (t) =>
          html`<li>
            <time datetime="${t.date}">${t.date}</time>
            <span class="bar" style="width:${percent(t.count, 0, max)}%" aria-hidden="true"></span>
            <details>
              <summary>${plural(t.count, 'article')}</summary>
              <ul>
                ${eventArticles(t.articles, titles).map((id) => {
                  const a = titles.get(id);
                  return html`<li>
                    <a href="${links.article(id)}">${a?.title ?? id}</a
                    >${a?.source ? html` <span class="muted">(${a.source})</span>` : ''}
                  </li>`;
                })}
              </ul>
              ${
                t.articles.length > EVENT_ARTICLES_LISTED
                  ? html`<p class="muted">The latest ${EVENT_ARTICLES_LISTED} of ${t.articles.length}.</p>`
                  : ''
              }
            </details>
          </li>`,
      )}
    </ol>`;
}
