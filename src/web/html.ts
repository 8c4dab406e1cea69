/**
 * The shared page frame and the HTML type of every page. Pages are built with the `html` tagged template of
 * this module, which escapes every interpolated value (as hono's `html` helper does: `&<>'"` become entities;
 * arrays are joined, `Html` fragments kept as they are, `null`, `undefined` and booleans left out); `raw` is
 * used only for markup this folder generates itself (SVG path data, numbers), never for article text. The
 * templates' own line breaks keep their indentation out of the page (a fifth of a story page's bytes).
 */

/** A rendered fragment of HTML (escaped where it interpolated values). */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Markup taken as it is (made here, never article text). */
export function raw(text: string): Html {
  return new Html(text);
}

const SPECIAL = /[&<>'"]/;
const SPECIAL_ALL = /[&<>'"]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};

/** Text with the five characters of markup as entities. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITIES[c]!) : text;
}

/** An interpolated value as markup (see the module comment). */
function markup(value: unknown): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof Html) return value.text;
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const v of value) parts.push(markup(v));
    return parts.join('');
  }
  return escapeHtml(String(value));
}

/** A line break and the indentation after it, in a template's own text. */
const INDENT = /\n[ \t]+/g;

/** Each template's text without the indentation after its line breaks, made once per template. */
const statics = new WeakMap<TemplateStringsArray, readonly string[]>();

function trimmed(strings: TemplateStringsArray): readonly string[] {
  let s = statics.get(strings);
  if (!s) {
    s = strings.map((t) => t.replace(INDENT, '\n'));
    statics.set(strings, s);
  }
  return s;
}

/** The tagged template of every page: values escaped, fragments kept (see the module comment). */
export function html(strings: TemplateStringsArray, ...values: readonly unknown[]): Html {
  const s = trimmed(strings);
  const parts: string[] = [s[0]!];
  for (let i = 0; i < values.length; i++) parts.push(markup(values[i]), s[i + 1]!);
  return new Html(parts.join(''));
}

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
