import { fileURLToPath } from 'node:url';
import type { Command } from '../command.ts';
import { storylineError } from '../../core/errors.ts';
import { DB_HELP, DB_OPTION } from '../shared.ts';
import { ingestAll } from './ingest.ts';
import { runServer, SERVE_HELP, SERVE_OPTIONS } from './serve.ts';

/** The bundled sample corpus, found from this file so the demo runs from any working directory. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples', import.meta.url));

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Ingest the bundled sample corpus, then serve the web UI (what npm start runs)',
  usage: `storyline demo [--host 127.0.0.1] [--port 8080] [--db <file>]

Ingests the bundled sample corpus (samples/: fictional articles in 13 languages, 7 stories) into the
database, then serves the web UI and the API like 'storyline serve' and prints the URL. Running it again
finds the articles already stored (duplicates) and serves at once. Ctrl-C stops.

Options:
${SERVE_HELP}
${DB_HELP}
  -h, --help     this help

Exit status: 0 after a clean stop, 1 when the samples cannot be stored, 2 on a usage error.`,
  options: { ...SERVE_OPTIONS, ...DB_OPTION },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) {
      throw storylineError('USAGE', `unexpected argument "${positionals[0]}"; see --help`);
    }
    return runServer(values, io, async (lib, signal) => {
      const s = await ingestAll(lib, [SAMPLES_DIR], { signal });
      io.err(
        `storyline demo: samples: ${s.stored} stored, ${s.duplicates} already there, ${s.rejected.length} rejected`,
      );
      for (const e of s.rejected) io.err(`storyline demo: ${e.message} [${e.code}]`);
      if (s.stored + s.duplicates === 0) {
        throw storylineError('INPUT_EMPTY', SAMPLES_DIR);
      }
    });
  },
};
