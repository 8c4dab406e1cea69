import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { storylineError } from '../../core/errors.ts';
import {
  DEFAULT_INTERVAL_MS,
  formatDuration,
  formatPoll,
  MIN_INTERVAL_MS,
  parseInterval,
  readFeedList,
  savedFeedStates,
  watchFeeds,
  type PollReport,
} from '../../services/watch.ts';
import { rejectionJson } from './ingest.ts';
import { DB_HELP, DB_OPTION, interruption, JSON_OPTION, textOption, withLibrary } from '../shared.ts';

/** The JSON line of one poll (the state without its remembered ids). */
export function pollJson(r: PollReport): Record<string, unknown> {
  return {
    url: r.url,
    at: new Date(r.at).toISOString(),
    result: r.result,
    items: r.items,
    new: r.fresh,
    stored: r.ingest?.stored ?? 0,
    duplicates: r.ingest?.duplicates ?? 0,
    rejected: (r.ingest?.rejected ?? []).map(rejectionJson),
    error: r.error && rejectionJson(r.error),
    httpStatus: r.httpStatus,
    retryAfterMs: r.retryAfterMs,
    failures: r.state.failures,
    nextDue: new Date(r.state.nextDue).toISOString(),
  };
}

function intervalOf(values: Record<string, unknown>): number {
  const text = textOption(values, 'interval');
  if (text === undefined) return DEFAULT_INTERVAL_MS;
  const ms = parseInterval(text);
  if (ms === undefined || ms < MIN_INTERVAL_MS) {
    throw storylineError(
      'USAGE',
      `--interval must be a duration of at least ${formatDuration(MIN_INTERVAL_MS)}, such as 15m, 1h or 90s (got "${text}")`,
    );
  }
  return ms;
}

async function feedsOf(args: readonly string[]): Promise<string[]> {
  try {
    const urls = await readFeedList(args);
    if (urls.length === 0) throw storylineError('USAGE', 'no feed URL found in the arguments');
    return urls;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw storylineError('INPUT_NOT_FOUND', err.path ?? String(args));
    throw e;
  }
}

export const watchCommand: Command = {
  name: 'watch',
  summary: 'Poll feeds at an interval, politely, and ingest their new items',
  usage: `storyline watch <feeds file|feed URL>... [--interval 15m] [--once] [--db <file>] [--json]

Polls each feed (RSS, Atom, or a page) and ingests the items not seen before, then waits for the next
poll. A feeds file lists one URL a line (# starts a comment), or is an OPML export. Polite: a User-Agent
naming storyline, conditional GET (ETag / If-Modified-Since: an unchanged feed costs a 304), one fetch at a
time with a time limit and a size limit, an exponential back-off per feed after errors (2x, 4x, ... the
interval, at most a day), and a server's Retry-After (429 / 503) honoured. One line per poll. Ctrl-C stops.

Options:
  --interval <d>  time between two polls of a feed (default ${formatDuration(DEFAULT_INTERVAL_MS)}; at least ${formatDuration(MIN_INTERVAL_MS)};
                  such as 90s, 15m, 1h30m)
  --once          poll every feed once, then exit
${DB_HELP}
  --json          one JSON object per poll: { url, at, result, items, new, stored, duplicates, rejected,
                  error, httpStatus, retryAfterMs, failures, nextDue }
  -h, --help      this help

Exit status: 0 after Ctrl-C (or, with --once, when every feed was read and every item stored), 1 with
--once when a feed failed or an item was rejected, 2 on a usage error.`,
  options: {
    interval: { type: 'string' },
    once: { type: 'boolean', default: false },
    ...DB_OPTION,
    ...JSON_OPTION,
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) {
      io.err('storyline watch: give a feeds file or feed URLs; see --help');
      return EXIT.USAGE;
    }
    const intervalMs = intervalOf(values);
    const urls = await feedsOf(positionals);
    const stop = interruption(io);
    let failed = false;
    try {
      await withLibrary(values, io, async (lib) =>
        watchFeeds(urls, {
          intervalMs,
          once: Boolean(values.once),
          signal: stop.signal,
          // Where a previous run left each feed: its validators (a 304 for an unchanged feed), its back-off.
          states: await savedFeedStates(lib.store, urls, Date.now()),
          ingest: (articles, signal) => lib.ingestArticles(articles, { signal }),
          onPoll: (r) => {
            failed ||= r.result === 'error' || (r.ingest?.rejected.length ?? 0) > 0;
            io.out(values.json ? JSON.stringify(pollJson(r)) : formatPoll(r));
            lib.store
              .saveFeedState(r.state.url, JSON.stringify(r.state))
              .catch((e: unknown) =>
                io.err(`storyline watch: could not save the state of ${r.url}: ${String(e)}`),
              );
          },
        }),
      );
    } finally {
      stop.dispose();
    }
    return values.once && failed ? EXIT.INPUT_FAILED : EXIT.OK;
  },
};
