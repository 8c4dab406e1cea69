/** `/articles/:id`: one stored article: its facts, body, entities, places, dates and quotes, and its story. */
import { layout, html, type Html } from '../html.ts';
import type { ArticleDetail } from '../../services/library/types.ts';
import { dateTime, languageName, links, plural, safeUrl } from '../format.ts';

function entityChips(d: ArticleDetail): Html {
  const list = [...d.json.entities]
    .filter((e) => e.type !== 'place')
    .sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
  if (list.length === 0) return html`<p class="empty">None found.</p>`;
  return html`<ul class="chips">
    ${list.map(
      (e) =>
        html`<li>
          <a class="chip chip-${e.type}" href="${links.entity(e.key)}">${e.name}</a>
          <span class="muted">${e.mentions}×</span>
        </li>`,
    )}
  </ul>`;
}

function placeList(d: ArticleDetail): Html {
  if (d.json.places.length === 0) return html`<p class="empty">None found.</p>`;
  return html`<ul class="chips">
    ${d.json.places.map(
      (p) =>
        html`<li>
          <a class="chip chip-place" href="${links.entity(p.key)}">${p.name}</a
          >${p.country ? html` <span class="muted">${p.country}</span>` : ''}
        </li>`,
    )}
  </ul>`;
}

/** The body's paragraphs (lines; blank lines dropped). */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Renders an article page. */
export function articlePage(d: ArticleDetail): Html {
  const row = d.row;
  const url = safeUrl(row.url);
  const quotes = d.json.quotes.filter((q) => q.kind === 'statement');
  const body = html`<article class="article">
    <header>
      ${d.storyId ? html`<p class="kicker"><a href="${links.story(d.storyId)}">Part of a story</a></p>` : ''}
      <h1 lang="${row.lang}" dir="auto">${row.title || '(untitled)'}</h1>
      <p class="facts">
        ${row.source ?? 'unknown outlet'} · <abbr title="${languageName(row.lang)}">${row.lang}</abbr> ·
        ${dateTime(row.published) || 'undated'} · ${plural(row.words, 'word')}
        ${url ? html` · <a href="${url}" rel="noreferrer nofollow">original</a>` : ''}
      </p>
    </header>
    <div class="text" lang="${row.lang}" dir="auto">${paragraphs(d.body).map((p) => html`<p>${p}</p>`)}</div>
    <section aria-labelledby="h-entities">
      <h2 id="h-entities">People and organisations</h2>
      ${entityChips(d)}
    </section>
    <section aria-labelledby="h-places">
      <h2 id="h-places">Places</h2>
      ${placeList(d)}
    </section>
    <section aria-labelledby="h-dates">
      <h2 id="h-dates">Event dates</h2>
      ${
        d.json.dates.length
          ? html`<ul>
              ${d.json.dates.map(
                (x) =>
                  html`<li>
                    <time datetime="${x.date}">${x.date}</time>
                    <span class="muted">(“${x.text}”, ${x.grain})</span>
                  </li>`,
              )}
            </ul>`
          : html`<p class="empty">None found.</p>`
      }
    </section>
    <section aria-labelledby="h-quotes">
      <h2 id="h-quotes">Quotes</h2>
      ${
        quotes.length
          ? quotes.map(
              (q) =>
                html`<figure class="quote">
                  <blockquote lang="${row.lang}" dir="auto">${q.text}</blockquote>
                  <figcaption>
                    ${q.speakerKey ? html`<a href="${links.entity(q.speakerKey)}">${q.speaker}</a>` : (q.speaker ?? 'unattributed')}
                  </figcaption>
                </figure>`,
            )
          : html`<p class="empty">None found.</p>`
      }
    </section>
  </article>`;
  return layout({ title: row.title || `Article ${row.id}` }, body);
}
