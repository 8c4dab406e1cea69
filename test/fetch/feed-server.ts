/**
 * A scripted local HTTP server for fetch / watch / CLI tests: each request takes the next scripted answer
 * (the last one repeats) and its method, path and headers are recorded. Binds to 127.0.0.1 on port 0.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer. `body` may be a function of the request headers (for conditional GET). */
export interface Scripted {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  /** Answer 304 (no body) when If-None-Match equals this ETag. */
  readonly notModifiedIf?: string;
  /** Never answer (to test timeouts). */
  readonly hang?: boolean;
  /** Send the body in chunks without Content-Length. */
  readonly chunked?: boolean;
}

export interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

export interface FeedServer {
  readonly url: string;
  readonly requests: SeenRequest[];
  /** Replaces the script for a path. */
  script(path: string, answers: readonly Scripted[]): void;
  close(): Promise<void>;
}

/** Starts the server with a script per path (unknown paths: 404). */
export async function startFeedServer(
  scripts: Record<string, readonly Scripted[]> = {},
): Promise<FeedServer> {
  const table = new Map<string, Scripted[]>(Object.entries(scripts).map(([k, v]) => [k, [...v]]));
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const list = table.get(path);
    if (!list || list.length === 0) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const a = list.length > 1 ? list.shift()! : list[0];
    if (a.hang) return;
    if (a.notModifiedIf && req.headers['if-none-match'] === a.notModifiedIf) {
      res.writeHead(304, { etag: a.notModifiedIf }).end();
      return;
    }
    const body = a.body ?? '';
    if (a.chunked) {
      res.writeHead(a.status ?? 200, a.headers ?? {});
      const buf = Buffer.from(body);
      const step = 64 * 1024;
      for (let i = 0; i < buf.length; i += step) res.write(buf.subarray(i, i + step));
      res.end();
      return;
    }
    res.writeHead(a.status ?? 200, a.headers ?? {}).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(path, answers) {
      table.set(path, [...answers]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fictional RSS 2.0 feed of the invented outlet "Lakeside Courier" with the given items. */
export function fictionalRss(items: readonly { title: string; text: string; day: number }[]): string {
  const entries = items
    .map(
      (it, i) => `  <item>
    <title>${it.title}</title>
    <link>https://lakeside-courier.test/news/${i + 1}</link>
    <guid>https://lakeside-courier.test/news/${it.day}-${i + 1}</guid>
    <pubDate>${new Date(Date.UTC(2026, 4, it.day, 8)).toUTCString()}</pubDate>
    <description>${it.text}</description>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Lakeside Courier</title>
  <link>https://lakeside-courier.test/</link>
  <description>Invented news for tests</description>
  <language>en</language>
${entries}
</channel></rss>`;
}

/** Fictional items for {@link fictionalRss}. */
export const LAKESIDE_ITEMS = [
  {
    title: 'Ferry service to Osterholm resumes after storm',
    text: 'The ferry between Lindqvist harbour and Osterholm island resumed on Monday after a two-day storm. Captain Mira Solberg said the crossings would run every hour until Friday.',
    day: 4,
  },
  {
    title: 'Lindqvist council approves new library wing',
    text: 'The Lindqvist town council approved a new wing for the public library on Tuesday. Mayor Tomas Ekberg said construction would begin in June and cost 2.4 million crowns.',
    day: 5,
  },
  {
    title: 'Osterholm fishermen report record herring catch',
    text: 'Fishermen on Osterholm island landed a record herring catch on Wednesday. The cooperative chair Annika Holm said prices at the Lindqvist market had fallen by a fifth.',
    day: 6,
  },
] as const;
