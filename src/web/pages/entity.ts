/** `/entities/:key`: an entity's names, the stories and the articles naming it. */
import { layout, html, type Html } from '../html.ts';
import type { EntityPage } from '../../services/library/types.ts';
import { day, links, plural } from '../format.ts';

/** Renders an entity page. */
export function entityPage(e: EntityPage): Html {
  const name = e.names[0] ?? e.key;
  const body = html`<h1>${name}</h1>
    <p class="facts">
      ${e.type} · key <code>${e.key}</code>
      ${e.names.length > 1 ? html` · also written ${e.names.slice(1).join(', ')}` : ''}
    </p>
    <section aria-labelledby="h-stories">
      <h2 id="h-stories">Stories (${e.stories.length})</h2>
      ${
        e.stories.length
          ? html`<ul class="stories">
              ${e.stories.map(
                (s) =>
                  html`<li>
                    <a href="${links.story(s.id)}">${s.headline}</a>
                    <span class="muted"
                      >(${plural(s.articles, 'article')}, ${day(s.lastSeen) || 'undated'})</span
                    >
                  </li>`,
              )}
            </ul>`
          : html`<p class="empty">None.</p>`
      }
    </section>
    <section aria-labelledby="h-articles">
      <h2 id="h-articles">Articles (${e.articles.length})</h2>
      <ul class="results">
        ${e.articles.map(
          (a) =>
            html`<li>
              <a href="${links.article(a.articleId)}" lang="${a.lang}" dir="auto"
                >${a.title || '(untitled)'}</a
              >
              <span class="muted"
                >${a.source ?? ''} · ${a.lang} · ${day(a.published) || 'undated'} · as “${a.surface}”,
                ${a.mentions}×</span
              >
            </li>`,
        )}
      </ul>
    </section>`;
  return layout({ title: name }, body);
}
