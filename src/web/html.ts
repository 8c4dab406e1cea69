/**
 * The shared page frame and the HTML type of every page. Pages are built with hono's `html` tagged template,
 * which escapes every interpolated value; `raw` is used only for markup this folder generates itself (SVG path
 * data, numbers), never for article text.
 */
import { html } from 'hono/html';

/** A rendered fragment of HTML (escaped where it interpolated values). */
export type Html = ReturnType<typeof html>;

/** Options of {@link layout}. */
export interface LayoutOptions {
  /** The page's own title; the document title is "<title> · storyline". */
  readonly title: string;
  /** Search box value (the search page fills it with the query). */
  readonly query?: string;
  /** Which main navigation entry is the current page. */
  readonly current?: 'stories' | 'search';
}

/** The document frame: head with the bundled stylesheet and script, banner with navigation and search, main. */
export function layout(options: LayoutOptions, body: Html): Html {
  const link = (href: string, label: string, name: LayoutOptions['current']) =>
    options.current === name
      ? html`<a href="${href}" aria-current="page">${label}</a>`
      : html`<a href="${href}">${label}</a>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · storyline</title>
        <link rel="stylesheet" href="/assets/style.css" />
        <script src="/assets/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="banner">
          <nav aria-label="Main">
            <a class="brand" href="/">storyline</a>
            ${link('/', 'Stories', 'stories')} ${link('/search', 'Search', 'search')}
          </nav>
          <form class="search-box" role="search" action="/search" method="get">
            <label class="visually-hidden" for="site-q">Search articles</label>
            <input
              id="site-q"
              name="q"
              type="search"
              placeholder="Search articles"
              value="${options.query ?? ''}"
            />
            <button type="submit">Search</button>
          </form>
        </header>
        <main id="main">${body}</main>
        <footer class="footer">
          <p>
            storyline: a self-hosted, offline news story engine. Nothing on this page came from the network.
          </p>
        </footer>
      </body>
    </html>`;
}
