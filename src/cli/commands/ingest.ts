import type { Command, CliIO } from '../command.ts';
import { EXIT } from '../command.ts';
import type { StorylineError } from '../../core/errors.ts';
import { fetchDocument, isHttpUrl } from '../../services/fetch.ts';
import type { IngestProgress, IngestSummary, Library } from '../../services/library/types.ts';
import { progressBar } from '../progress.ts';
import { DB_HELP, DB_OPTION, dbPathOf, interruption, JSON_OPTION, plural, withLibrary } from '../shared.ts';

/** Options of {@link ingestAll}. */
export interface IngestAllOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: IngestProgress) => void;
  /** The fetch used for URLs (tests inject one). */
  readonly fetch?: typeof fetch;
}

/** The inputs in runs: consecutive paths go to the library together, each URL alone. */
export function inputRuns(
  inputs: readonly string[],
): { readonly urls: boolean; readonly inputs: string[] }[] {
  const runs: { urls: boolean; inputs: string[] }[] = [];
  for (const input of inputs) {
    const url = isHttpUrl(input);
    const last = runs.at(-1);
    if (last && !url && !last.urls) last.inputs.push(input);
    else runs.push({ urls: url, inputs: [input] });
  }
  return runs;
}

/** Two summaries as one (counts added, lists joined, stories unique in first-seen order). */
export function mergeSummaries(a: IngestSummary, b: IngestSummary): IngestSummary {
  return {
    stored: a.stored + b.stored,
    duplicates: a.duplicates + b.duplicates,
    rejected: [...a.rejected, ...b.rejected],
    articles: [...a.articles, ...b.articles],
    stories: [...new Set([...a.stories, ...b.stories])],
    ms: a.ms + b.ms,
  };
}

/** An ingest that did nothing. */
export const EMPTY_SUMMARY: IngestSummary = {
  stored: 0,
  duplicates: 0,
  rejected: [],
  articles: [],
  stories: [],
  ms: 0,
};

/** Adds what earlier runs did to a run's progress, so the bar counts the whole ingest. */
function offsetProgress(before: IngestSummary, p: IngestProgress, doneBefore: number): IngestProgress {
  return {
    done: doneBefore + p.done,
    total: doneBefore + p.total,
    stored: before.stored + p.stored,
    duplicates: before.duplicates + p.duplicates,
    rejected: before.rejected.length + p.rejected,
  };
}

/** Fetches one URL (feed or page) and ingests its articles; a failed fetch becomes a rejection. */
async function ingestUrl(lib: Library, url: string, options: IngestAllOptions): Promise<IngestSummary> {
  const started = performance.now();
  const res = await fetchDocument(url, { signal: options.signal, fetch: options.fetch });
  if (res.status === 'error') return { ...EMPTY_SUMMARY, rejected: [res.error] };
  if (res.status === 'not-modified') return EMPTY_SUMMARY;
  const summary = await lib.ingestArticles(res.articles, {
    signal: options.signal,
    onProgress: options.onProgress,
    prepare: false,
  });
  return {
    ...summary,
    rejected: [...res.rejected, ...summary.rejected],
    ms: performance.now() - started,
  };
}

/**
 * Ingests inputs in the order given: files, folders, feed files and `-` through `lib.ingestInputs`, http(s)
 * URLs fetched and parsed here, then `lib.ingestArticles`. Stops between and within runs when the signal
 * aborts (what was stored stays).
 */
export async function ingestAll(
  lib: Library,
  inputs: readonly string[],
  options: IngestAllOptions = {},
): Promise<IngestSummary> {
  let total = EMPTY_SUMMARY;
  let done = 0;
  for (const run of inputRuns(inputs)) {
    if (options.signal?.aborted) break;
    const before = total;
    const doneBefore = done;
    const onProgress = (p: IngestProgress) => {
      done = doneBefore + p.done;
      options.onProgress?.(offsetProgress(before, p, doneBefore));
    };
    const sub = { ...options, onProgress };
    const summary = run.urls
      ? await ingestUrl(lib, run.inputs[0], sub)
      : await lib.ingestInputs(run.inputs, { signal: options.signal, onProgress, prepare: false });
    total = mergeSummaries(total, summary);
    done = doneBefore + summary.stored + summary.duplicates + summary.rejected.length;
  }
  // Once for all runs: a story several runs changed is prepared once. An interrupted ingest leaves its
  // pages to be built on first view.
  if (options.signal?.aborted || total.stories.length === 0) return total;
  const prepared = await lib.prepareStories(total.stories);
  return { ...total, ms: total.ms + prepared.ms, prepared };
}

/** The JSON of a rejection: input, stable code and message. */
export function rejectionJson(e: StorylineError): { input?: string; code: string; message: string } {
  return { input: e.input, code: e.code, message: e.message };
}

/** The readable summary of an ingest. */
export function formatIngestSummary(s: IngestSummary, db: string, interrupted: boolean): string {
  const seconds = s.ms / 1000;
  const perSecond = seconds > 0 ? s.stored / seconds : 0;
  const rate =
    perSecond > 0 ? ` (${perSecond < 10 ? perSecond.toFixed(1) : Math.round(perSecond)} articles/s)` : '';
  const lines = [
    `${interrupted ? 'Interrupted: ' : ''}stored ${plural(s.stored, 'article')} into ${db}, ` +
      `${plural(s.duplicates, 'duplicate')} left unchanged, ${s.rejected.length} rejected; ` +
      `${plural(s.stories.length, 'story', 'stories')} created or changed; ${seconds.toFixed(1)} s${rate}`,
  ];
  if (s.prepared && s.prepared.built > 0)
    lines.push(
      `prepared the pages of ${plural(s.prepared.built, 'story', 'stories')} in ${(s.prepared.ms / 1000).toFixed(1)} s`,
    );
  if (s.rejected.length > 0) lines.push('Rejected:');
  for (const e of s.rejected) lines.push(`  ${e.message} [${e.code}]`);
  return lines.join('\n');
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Store articles (files, folders, feeds, URLs, stdin) and group them into stories',
  usage: `storyline ingest <file|dir|feed file|URL|->... [--db <file>] [--json]

Reads articles, analyses them, stores them and groups them into stories (the stories continue across runs).
Inputs: plain text, HTML pages, RSS/Atom feed files, article JSONL, folders (recursively), - for standard
input, and http(s) URLs of feeds or pages (fetched once, politely; see 'storyline watch' to poll feeds).
The same article twice is stored once: it counts as a duplicate. A bad input is rejected with its reason
and the others still go through. A progress bar is drawn when stderr is a terminal. Ctrl-C stops cleanly:
what was stored stays stored.

Options:
${DB_HELP}
  --json       the summary as one JSON object:
               { stored, duplicates, rejected: [{ input, code, message }], articles: [{ id, storyId }],
                 stories, ms, prepared: { stories, built, ms } (story pages prepared), db, interrupted }
  -h, --help   this help

Exit status: 0 when everything was stored or was a duplicate, 1 when something was rejected, 2 on a usage
error, 130 when interrupted.`,
  options: { ...DB_OPTION, ...JSON_OPTION },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) {
      io.err(
        'storyline ingest: no input given (a file, a folder, a URL, or - for standard input); see --help',
      );
      return EXIT.USAGE;
    }
    const db = dbPathOf(values, io);
    const stop = interruption(io);
    const bar = progressBar(io);
    try {
      const summary = await withLibrary(values, io, (lib) =>
        ingestAll(lib, positionals, { signal: stop.signal, onProgress: bar.update }),
      );
      bar.end();
      return report(summary, db, stop.signal.aborted, Boolean(values.json), io);
    } finally {
      stop.dispose();
    }
  },
};

function report(summary: IngestSummary, db: string, interrupted: boolean, json: boolean, io: CliIO): number {
  if (json) {
    io.out(JSON.stringify({ ...summary, rejected: summary.rejected.map(rejectionJson), db, interrupted }));
  } else {
    io.out(formatIngestSummary(summary, db, interrupted));
  }
  if (interrupted) return EXIT.INTERRUPTED;
  return summary.rejected.length > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}
