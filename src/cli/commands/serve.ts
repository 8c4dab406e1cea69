import type { Command, CliIO } from '../command.ts';
import { EXIT } from '../command.ts';
import { storylineError } from '../../core/errors.ts';
import type { Library } from '../../services/library/types.ts';
import {
  DB_HELP,
  DB_OPTION,
  intOption,
  interruption,
  textOption,
  untilAborted,
  withLibrary,
} from '../shared.ts';

/**
 * The address and port served by default, as in src/http/server.ts (repeated here so that --help does not
 * load the server; a test checks they agree).
 */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;
/** The highest TCP port. */
const MAX_PORT = 65_535;

/** The `--host` and `--port` options of `serve` and `demo`. */
export const SERVE_OPTIONS = { host: { type: 'string' }, port: { type: 'string' } } as const;

/** The help lines of `--host` and `--port`. */
export const SERVE_HELP = `  --host <addr>  the address to listen on (default ${DEFAULT_HOST}: this machine only; 0.0.0.0 exposes
                 the API, which can write, to the network)
  --port <n>     the port (default ${DEFAULT_PORT}; 0 picks a free one)`;

/** Host and port from the options. */
export function listenOptions(values: Record<string, unknown>): { host: string; port: number } {
  return {
    host: textOption(values, 'host') ?? DEFAULT_HOST,
    port: intOption(values, 'port', 0, MAX_PORT) ?? DEFAULT_PORT,
  };
}

/**
 * Serves the library until the signal aborts, then closes the server (the caller closes the library).
 * `onListening` gets the URL once the server listens.
 */
export async function serveUntil(
  lib: Library,
  listen: { host: string; port: number },
  signal: AbortSignal,
  onListening: (url: string) => void,
): Promise<void> {
  if (signal.aborted) return;
  const { startServer } = await import('../../http/server.ts');
  const server = await startServer(lib, listen).catch((e: unknown) => {
    const busy = e instanceof Error && e.message.includes('EADDRINUSE');
    throw busy
      ? storylineError('USAGE', `${e.message}; choose another port with --port (0: any free one)`)
      : e;
  });
  try {
    onListening(server.url);
    await untilAborted(signal);
  } finally {
    await server.close();
  }
}

/** Serves with the library of the command's options: prints the URL, stops on Ctrl-C / SIGTERM. */
export async function runServer(
  values: Record<string, unknown>,
  io: CliIO,
  prepare?: (lib: Library, signal: AbortSignal) => Promise<void>,
): Promise<number> {
  const listen = listenOptions(values);
  const stop = interruption(io);
  try {
    await withLibrary(values, io, async (lib) => {
      await prepare?.(lib, stop.signal);
      await serveUntil(lib, listen, stop.signal, (url) => {
        io.out(`storyline: serving ${lib.store.location} at ${url}/ (Ctrl-C stops)`);
      });
    });
    io.err('storyline: stopped; the store is closed');
    return EXIT.OK;
  } finally {
    stop.dispose();
  }
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web UI and the HTTP API on this machine',
  usage: `storyline serve [--host ${DEFAULT_HOST}] [--port ${DEFAULT_PORT}] [--db <file>]

Serves the stories of the store: the web UI (story list, story pages with the timeline, the map and the
coverage matrix, compare and search pages) at / and the HTTP API at /api (OpenAPI document at
/api/openapi.json). Everything is served from this machine; nothing is downloaded. Prints the URL, and stops
on Ctrl-C or SIGTERM, closing the store.

Options:
${SERVE_HELP}
${DB_HELP}
  -h, --help     this help

Exit status: 0 after a clean stop, 1 when the store cannot be opened, 2 on a usage error (bad option, or
the address cannot be bound: port in use).`,
  options: { ...SERVE_OPTIONS, ...DB_OPTION },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) {
      throw storylineError('USAGE', `unexpected argument "${positionals[0]}"; see --help`);
    }
    return runServer(values, io);
  },
};
