/**
 * The web UI: server-rendered HTML pages over a {@link Library}, mounted at `/` by `src/http/app.ts`.
 * Every page is plain HTML (no client framework); assets are served from `/assets/` out of this folder.
 */
import { Hono } from 'hono';
import { html } from 'hono/html';
import type { Library } from '../services/library/types.ts';

/** The web UI as a Hono app: pages at `/`, `/stories/:id`, `/compare`, `/articles/:id`, `/entities/:key`, `/search`. */
export function webApp(lib: Library): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const stories = await lib.stories({ limit: 50 });
    return c.html(
      html`<!doctype html>
        <html lang="en">
          <head>
            <meta charset="utf-8" />
            <title>Stories · storyline</title>
          </head>
          <body>
            <main>
              <h1>Stories</h1>
              <ul>
                ${stories.map((s) => html`<li><a href="/stories/${s.id}">${s.headline}</a></li>`)}
              </ul>
            </main>
          </body>
        </html>`,
    );
  });
  return app;
}
