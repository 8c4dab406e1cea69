/** The 404 and error pages. */
import { layout, html, type Html } from '../html.ts';

/** A page saying what was not found. */
export function notFoundPage(what: string): Html {
  return layout(
    { title: 'Not found' },
    html`<h1>Not found</h1>
      <p>${what}</p>
      <p><a href="/">Back to the stories</a> or <a href="/search">search the articles</a>.</p>`,
  );
}

/** A page for a request the UI cannot answer (bad parameters). */
export function badRequestPage(message: string): Html {
  return layout(
    { title: 'Bad request' },
    html`<h1>Bad request</h1>
      <p>${message}</p>
      <p><a href="/">Back to the stories</a></p>`,
  );
}
