/**
 * Serving the HTTP application on Node with `@hono/node-server`. Binds to 127.0.0.1 unless told otherwise:
 * storyline is a one-machine tool, and the API can write (ingest), so it is not exposed to the network by
 * default.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { storylineError } from '../core/errors.ts';
import { DEFAULT_WARM_VIEWS } from '../services/library/index.ts';
import type { Library, WarmedViews } from '../services/library/types.ts';
import { createApp, type AppOptions } from './app.ts';

/** The address bound by default: this machine only. */
export const DEFAULT_HOST = '127.0.0.1';

/** The port by default (0 picks a free one). */
export const DEFAULT_PORT = 8080;

/** Options of {@link startServer}. */
export interface ServerOptions extends AppOptions {
  readonly host?: string;
  readonly port?: number;
  /** The application to serve; default `createApp(lib, options)`. */
  readonly app?: Hono;
  /**
   * Views of the largest stories read into memory in the background once listening (`Library.warmViews`),
   * so the first views of their pages after a start cost what a kept view costs; requests are answered
   * meanwhile. Default `DEFAULT_WARM_VIEWS`; 0 reads none.
   */
  readonly warmViews?: number;
}

/** A running server. */
export interface RunningServer {
  /** Its base URL with the real port, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Stops listening and closes open connections; resolves when the server is closed. */
  close(): Promise<void>;
  /** The background reading of views (resolves at once when none was asked for; never rejects). */
  readonly warmed: Promise<WarmedViews | undefined>;
}

/** The base URL of a host and port (IPv6 addresses in brackets). */
export function baseUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(storylineError('USAGE', `cannot listen on ${baseUrl(host, port)} (${e.code ?? e.message})`));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function closer(server: Server): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((e) => (e ? reject(e) : resolve()));
      server.closeAllConnections();
    });
    return closing;
  };
}

/**
 * Serves a library over HTTP: the API and the web UI. Resolves once listening, with the real URL (port 0
 * picks a free port). Rejects with USAGE when the address cannot be bound (port in use, bad host).
 */
export async function startServer(lib: Library, options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const app = options.app ?? createApp(lib, options);
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
  const address = await listen(server, host, port);
  const stop = new AbortController();
  const limit = options.warmViews ?? DEFAULT_WARM_VIEWS;
  // A failure only means the views are read on first view instead (e.g. the library closed meanwhile).
  const warmed =
    limit > 0
      ? lib.warmViews({ limit, signal: stop.signal }).catch(() => undefined)
      : Promise.resolve(undefined);
  const close = closer(server);
  return {
    url: baseUrl(host, address.port),
    host,
    port: address.port,
    async close() {
      stop.abort();
      await warmed;
      await close();
    },
    warmed,
  };
}
