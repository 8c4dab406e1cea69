/**
 * Watching feeds: poll a list of feed (or page) URLs at an interval, politely, and ingest the new items.
 *
 * The schedule is pure: each feed has a plain {@link FeedState} (validators, failures, next due time), and
 * {@link afterPoll} gives the next state from the outcome of one poll. Success waits the interval; an error
 * backs off exponentially (interval x 2^failures, capped), and a server's Retry-After (429 / 503) is honoured
 * when it asks for longer. The loop ({@link watchFeeds}) takes its clock, sleep, fetch and ingest as functions,
 * so tests run instantly against a local server.
 */
import { readFile } from 'node:fs/promises';
import type { StorylineError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import {
  DEFAULT_FETCH_MAX_BYTES,
  DEFAULT_FETCH_TIMEOUT_MS,
  fetchDocument,
  isHttpUrl,
  type FetchResult,
} from './fetch.ts';

/** Default time between two polls of one feed: most news feeds change a few times an hour. */
export const DEFAULT_INTERVAL_MS = 15 * 60_000;
/** Shortest interval accepted: polling a feed more often than once a minute is impolite. */
export const MIN_INTERVAL_MS = 60_000;
/** Longest back-off after errors: a broken feed is still retried once a day. */
export const MAX_BACKOFF_MS = 24 * 3_600_000;
/** Longest Retry-After honoured: a server asking for more than a day is retried after a day. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;
/** Item ids remembered per feed, so unchanged items are not handed to ingest again (a feed holds far fewer). */
export const SEEN_PER_FEED = 2_000;

/** The polling state of one feed: a plain record, replaced (never edited) after each poll. */
export interface FeedState {
  readonly url: string;
  /** Validators of the last successful fetch, sent back as If-None-Match / If-Modified-Since. */
  readonly etag?: string;
  readonly lastModified?: string;
  /** Errors in a row (0 after a success). */
  readonly failures: number;
  /** When the feed is next due (ms since the epoch). */
  readonly nextDue: number;
  /** Ids of items already handed to ingest, newest last (at most {@link SEEN_PER_FEED}). */
  readonly seen: readonly string[];
}

/** The schedule's settings. */
export interface WatchPolicy {
  readonly intervalMs: number;
  readonly maxBackoffMs?: number;
  readonly maxRetryAfterMs?: number;
}

/** What one poll found, as far as the schedule cares. */
export type PollOutcome =
  | {
      readonly status: 'ok';
      readonly etag?: string;
      readonly lastModified?: string;
      readonly ids: readonly string[];
    }
  | { readonly status: 'not-modified' }
  | { readonly status: 'error'; readonly retryAfterMs?: number };

/** A feed never polled: due at once. */
export function initialFeedState(url: string, now: number): FeedState {
  return { url, failures: 0, nextDue: now, seen: [] };
}

/**
 * A feed's state as saved by an earlier run (`JSON.stringify` of a {@link FeedState}), checked field by field;
 * undefined when the text is not such a state for this URL (damaged, or from another version): the feed then
 * starts afresh.
 */
export function parseFeedState(url: string, json: string): FeedState | undefined {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  const { failures, nextDue, seen, etag, lastModified } = o;
  if (o.url !== url) return undefined;
  if (typeof failures !== 'number' || !Number.isInteger(failures) || failures < 0) return undefined;
  if (typeof nextDue !== 'number' || !Number.isFinite(nextDue)) return undefined;
  if (!Array.isArray(seen) || !seen.every((x) => typeof x === 'string')) return undefined;
  if (etag !== undefined && typeof etag !== 'string') return undefined;
  if (lastModified !== undefined && typeof lastModified !== 'string') return undefined;
  return {
    url,
    ...(etag !== undefined ? { etag } : {}),
    ...(lastModified !== undefined ? { lastModified } : {}),
    failures,
    nextDue,
    seen: (seen as string[]).slice(-SEEN_PER_FEED),
  };
}

/**
 * The starting state of each feed: the one a previous run saved (validators, failures and back-off, items
 * seen), else due now.
 */
export async function savedFeedStates(
  store: { loadFeedStates(urls: readonly string[]): Promise<ReadonlyMap<string, string>> },
  urls: readonly string[],
  now: number,
): Promise<FeedState[]> {
  const saved = await store.loadFeedStates(urls);
  return urls.map((url) => {
    const json = saved.get(url);
    return (json !== undefined ? parseFeedState(url, json) : undefined) ?? initialFeedState(url, now);
  });
}

/** The wait after the `failures`-th error in a row: interval x 2^failures, capped. */
export function backoffMs(failures: number, policy: WatchPolicy): number {
  const cap = policy.maxBackoffMs ?? MAX_BACKOFF_MS;
  return Math.min(cap, policy.intervalMs * 2 ** Math.max(0, failures));
}

/** Remembers new ids, keeping the newest {@link SEEN_PER_FEED}. */
function remember(seen: readonly string[], ids: readonly string[]): string[] {
  const known = new Set(seen);
  const all = [...seen, ...ids.filter((id) => !known.has(id))];
  return all.slice(Math.max(0, all.length - SEEN_PER_FEED));
}

/** The state after one poll that ended at `now`. Pure. */
export function afterPoll(
  state: FeedState,
  outcome: PollOutcome,
  now: number,
  policy: WatchPolicy,
): FeedState {
  switch (outcome.status) {
    case 'ok':
      return {
        ...state,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        failures: 0,
        nextDue: now + policy.intervalMs,
        seen: remember(state.seen, outcome.ids),
      };
    case 'not-modified':
      return { ...state, failures: 0, nextDue: now + policy.intervalMs };
    case 'error': {
      const failures = state.failures + 1;
      const retryAfter = Math.min(outcome.retryAfterMs ?? 0, policy.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS);
      return { ...state, failures, nextDue: now + Math.max(backoffMs(failures, policy), retryAfter) };
    }
  }
}

/** The index of the feed due first (ties: the earlier in the list). -1 for no feeds. */
export function nextFeedIndex(states: readonly FeedState[]): number {
  let best = -1;
  states.forEach((s, i) => {
    if (best < 0 || s.nextDue < states[best].nextDue) best = i;
  });
  return best;
}

/** What ingest did with a poll's new items (the library's IngestSummary fits). */
export interface WatchIngestResult {
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: readonly StorylineError[];
}

/** One poll, as logged and returned. */
export interface PollReport {
  readonly url: string;
  /** When the poll ended (ms since the epoch). */
  readonly at: number;
  readonly result: FetchResult['status'];
  /** Items in the document, and those not seen before (handed to ingest). */
  readonly items: number;
  readonly fresh: number;
  readonly ingest?: WatchIngestResult;
  readonly error?: StorylineError;
  readonly httpStatus?: number;
  readonly retryAfterMs?: number;
  /** The state after the poll. */
  readonly state: FeedState;
}

/** Options of {@link watchFeeds}. */
export interface WatchOptions extends WatchPolicy {
  /** Hands new articles to the library (`lib.ingestArticles`). */
  readonly ingest: (articles: readonly Article[], signal?: AbortSignal) => Promise<WatchIngestResult>;
  /** Poll every feed once, then return. */
  readonly once?: boolean;
  /** Stop after this many polls in all (tests); default unlimited. */
  readonly maxPolls?: number;
  readonly signal?: AbortSignal;
  /** One call per poll. */
  readonly onPoll?: (report: PollReport) => void;
  /** Clock in ms since the epoch. Default `Date.now`. */
  readonly now?: () => number;
  /** Waits `ms` (resolving early when the signal aborts). Default a timer. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The fetch implementation. Default the global `fetch`. */
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Starting states (e.g. from a previous run); default every feed due now. */
  readonly states?: readonly FeedState[];
}

/** A sleep that ends early, without error, when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Polls one feed: fetch with its validators, ingest the items not seen before, and the next state. */
export async function pollFeed(state: FeedState, options: WatchOptions): Promise<PollReport> {
  const now = options.now ?? Date.now;
  const res = await fetchDocument(state.url, {
    etag: state.etag,
    lastModified: state.lastModified,
    timeoutMs: options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES,
    fetch: options.fetch,
    signal: options.signal,
    now,
  });
  if (res.status === 'not-modified') {
    const next = afterPoll(state, { status: 'not-modified' }, now(), options);
    return { url: state.url, at: now(), result: res.status, items: 0, fresh: 0, state: next };
  }
  if (res.status === 'error') {
    const next = afterPoll(state, { status: 'error', retryAfterMs: res.retryAfterMs }, now(), options);
    const { error, httpStatus, retryAfterMs } = res;
    return {
      url: state.url,
      at: now(),
      result: res.status,
      items: 0,
      fresh: 0,
      error,
      httpStatus,
      retryAfterMs,
      state: next,
    };
  }
  const seen = new Set(state.seen);
  const fresh = res.articles.filter((a) => !seen.has(a.id));
  const ingested = fresh.length > 0 ? await options.ingest(fresh, options.signal) : undefined;
  const ingest: WatchIngestResult | undefined = ingested && {
    ...ingested,
    rejected: [...res.rejected, ...ingested.rejected],
  };
  const outcome: PollOutcome = {
    status: 'ok',
    etag: res.etag,
    lastModified: res.lastModified,
    ids: fresh.map((a) => a.id),
  };
  const next = afterPoll(state, outcome, now(), options);
  const items = res.articles.length;
  return { url: state.url, at: now(), result: 'ok', items, fresh: fresh.length, ingest, state: next };
}

/**
 * Polls the feeds until the signal aborts (or, with `once`, each feed once; with `maxPolls`, that many polls):
 * always the feed due first, sleeping until it is due. Returns the feeds' states at the end.
 */
export async function watchFeeds(urls: readonly string[], options: WatchOptions): Promise<FeedState[]> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const states = options.states ? [...options.states] : urls.map((u) => initialFeedState(u, now()));
  let polls = 0;
  const limit = options.once ? states.length : (options.maxPolls ?? Infinity);
  while (polls < limit && !options.signal?.aborted) {
    const i = options.once ? polls : nextFeedIndex(states);
    if (i < 0) break;
    const wait = states[i].nextDue - now();
    if (!options.once && wait > 0) {
      await sleep(wait, options.signal);
      if (options.signal?.aborted) break;
    }
    const report = await pollFeed(states[i], options);
    states[i] = report.state;
    polls++;
    options.onPoll?.(report);
  }
  return states;
}

/** Short human form of a duration: 45s, 15m, 2h, 1h30m. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
}

/** One log line of a poll: when, which feed, what happened, when next. */
export function formatPoll(r: PollReport): string {
  const when = new Date(r.at).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const next = `next in ${formatDuration(r.state.nextDue - r.at)}`;
  if (r.result === 'not-modified') return `${when} ${r.url}: not modified; ${next}`;
  if (r.result === 'error') {
    const wait = r.retryAfterMs !== undefined ? ` (Retry-After ${formatDuration(r.retryAfterMs)})` : '';
    return `${when} ${r.url}: ${r.error?.message} [${r.error?.code}]${wait}; failure ${r.state.failures}, ${next}`;
  }
  const i = r.ingest;
  const done = i ? `, stored ${i.stored}, duplicates ${i.duplicates}, rejected ${i.rejected.length}` : '';
  return `${when} ${r.url}: ${r.items} items, ${r.fresh} new${done}; ${next}`;
}

/** Duration units accepted by {@link parseInterval}. */
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Reads an interval such as `15m`, `90s`, `1h30m`, `2h` or a bare number of seconds; undefined if unreadable. */
export function parseInterval(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(t)) return undefined;
  let total = 0;
  for (const [, n, , unit] of t.matchAll(/(\d+(\.\d+)?)(ms|s|m|h|d)/g)) total += Number(n) * UNIT_MS[unit];
  return total;
}

/**
 * The feed URLs of the arguments: an http(s) URL as is, anything else a file listing feeds (one URL a line,
 * `#` comments, or an OPML file's `xmlUrl` attributes). Unique, in order of first mention.
 */
export async function readFeedList(args: readonly string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const arg of args) {
    if (isHttpUrl(arg)) {
      urls.push(arg);
      continue;
    }
    urls.push(...feedUrlsInText(await readFile(arg, 'utf8')));
  }
  return [...new Set(urls)];
}

/** URLs in a feeds file: OPML `xmlUrl="..."` attributes, else the http(s) URL on each non-comment line. */
export function feedUrlsInText(text: string): string[] {
  const opml = [...text.matchAll(/\bxmlUrl\s*=\s*"([^"]+)"/gi)].map((m) => m[1].replace(/&amp;/g, '&'));
  if (opml.length > 0) return opml.filter(isHttpUrl);
  return text
    .split(/\r?\n/)
    .map(
      (l) =>
        l
          .replace(/(^|\s)#.*$/, '')
          .trim()
          .split(/\s+/)[0] ?? '',
    )
    .filter(isHttpUrl);
}
