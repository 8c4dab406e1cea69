/**
 * Fetching one feed or page over HTTP(S), politely: a User-Agent naming storyline, conditional GET (ETag /
 * If-Modified-Since), a timeout and a size limit per fetch. The bytes go through the pure core parser
 * (`parseDocument`: RSS/Atom/RDF feeds, HTML pages, JSONL, text). Failures are values, never exceptions:
 * `{ status: 'error', error }` with a FETCH_FAILED error naming the reason (DNS, refused, timeout, HTTP status,
 * too large), plus the server's Retry-After when it sent one.
 */
import { storylineError, type StorylineError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';

/** How storyline names itself to the servers it polls, so their operators can tell who is asking. */
export const USER_AGENT = 'storyline/0.1 (self-hosted offline news story engine; polite feed reader)';
/** Default time for one whole fetch (connect, headers and body): a feed that takes longer is skipped. */
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
/** Default size limit of one response body: 10 MB is far above any real feed or article page. */
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;
/** What we can read, best first: feeds, then pages, then anything (the parser detects the format). */
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, ' +
  'text/xml;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.5';
/** The shape of an HTTP date (IMF-fixdate or the obsolete forms): a day or month name, digits, a time. */
const HTTP_DATE = /^[A-Za-z]{3},?\s.*\d{2}:\d{2}:\d{2}/;
/** Statuses whose Retry-After header says when to come back. */
const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Options of {@link fetchDocument}. */
export interface FetchDocumentOptions {
  /** The ETag of the last successful fetch: sent as If-None-Match. */
  readonly etag?: string;
  /** The Last-Modified of the last successful fetch: sent as If-Modified-Since. */
  readonly lastModified?: string;
  /** Time limit of the whole fetch. Default {@link DEFAULT_FETCH_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** Size limit of the body in bytes. Default {@link DEFAULT_FETCH_MAX_BYTES}. */
  readonly maxBytes?: number;
  /** The fetch implementation (tests inject one). Default the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Stops the fetch (Ctrl-C). An aborted fetch is an error result, like a timeout. */
  readonly signal?: AbortSignal;
  /** The clock (ms since the epoch) used to read an HTTP-date Retry-After. Default `Date.now`. */
  readonly now?: () => number;
}

/** A fetched and parsed document. */
export interface FetchOk {
  readonly status: 'ok';
  readonly url: string;
  /** The articles read from it (one per feed item; one for a page). */
  readonly articles: readonly Article[];
  /** Items of the document that could not be read as articles, each with its reason. */
  readonly rejected: readonly StorylineError[];
  /** Validators to send next time (conditional GET). */
  readonly etag?: string;
  readonly lastModified?: string;
  readonly bytes: number;
}

/** The server says the document is unchanged since the validators sent. */
export interface FetchNotModified {
  readonly status: 'not-modified';
  readonly url: string;
}

/** The fetch failed. */
export interface FetchError {
  readonly status: 'error';
  readonly url: string;
  /** A FETCH_FAILED error naming the URL and the reason. */
  readonly error: StorylineError;
  /** The HTTP status when the server answered. */
  readonly httpStatus?: number;
  /** Milliseconds the server asked us to wait (Retry-After on 429 / 503). */
  readonly retryAfterMs?: number;
}

export type FetchResult = FetchOk | FetchNotModified | FetchError;

/** True for an absolute http: or https: URL. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Milliseconds to wait from a Retry-After header: delay seconds (`120`) or an HTTP date. Undefined when
 * absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!HTTP_DATE.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** Network error codes (from undici's `cause.code`) to a readable reason. */
const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'DNS lookup failed: no such host',
  EAI_AGAIN: 'DNS lookup failed: temporary failure',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
};

/** The reason a fetch threw, in words. */
export function networkReason(e: unknown, timedOut: boolean, aborted: boolean): string {
  if (timedOut) return 'timed out';
  if (aborted) return 'aborted';
  const err = e as { cause?: { code?: string; message?: string }; code?: string; message?: string };
  const code = err?.cause?.code ?? err?.code;
  if (code && NETWORK_REASONS[code]) return NETWORK_REASONS[code];
  if (code) return `network error ${code}`;
  return err?.cause?.message ?? err?.message ?? String(e);
}

function failed(url: string, reason: string, extra: Partial<FetchError> = {}): FetchError {
  return { status: 'error', url, error: storylineError('FETCH_FAILED', url, reason), ...extra };
}

/** The request headers: who we are, what we accept, and the validators for a conditional GET. */
export function requestHeaders(options: Pick<FetchDocumentOptions, 'etag' | 'lastModified'>): Headers {
  const h = new Headers({ 'user-agent': USER_AGENT, accept: ACCEPT });
  if (options.etag) h.set('if-none-match', options.etag);
  if (options.lastModified) h.set('if-modified-since', options.lastModified);
  return h;
}

/** Reads a body up to `maxBytes`; undefined when it is larger (the rest is not downloaded). */
async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The file-name hint of a URL: its path (only the extension is used by format detection). */
function pathHint(url: string): string {
  return new URL(url).pathname;
}

/** Articles of the fetched bytes; a page without a canonical link gets the URL it was fetched from. */
async function parseFetched(
  bytes: Uint8Array,
  url: string,
  contentType: string | undefined,
): Promise<Pick<FetchOk, 'articles' | 'rejected'>> {
  // Loaded on first use: the parsers (DOM, Readability, feeds) are the heavy part, and `isHttpUrl` callers
  // (the CLI's argument checks) should not pay for them.
  const { parseDocument } = await import('../core/ingest.ts');
  const items = parseDocument(bytes, url, { contentType, filename: pathHint(url) });
  const articles: Article[] = [];
  const rejected: StorylineError[] = [];
  for (const it of items) {
    if (it.ok) articles.push(it.article);
    else rejected.push(it.error);
  }
  const page = articles.length === 1 && /html/i.test(contentType ?? '');
  if (page && articles[0].url === undefined) articles[0] = { ...articles[0], url };
  return { articles, rejected };
}

/**
 * Fetches one http(s) URL and reads the articles in it. Sends the validators given (a 304 answer is
 * `not-modified`), stops after `timeoutMs` or `maxBytes`, and reports every failure as an `error` result
 * (FETCH_FAILED with the reason, the HTTP status, and Retry-After on 429 / 503). Never throws.
 */
export async function fetchDocument(url: string, options: FetchDocumentOptions = {}): Promise<FetchResult> {
  if (!isHttpUrl(url)) return failed(url, 'only http and https URLs can be fetched');
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const now = options.now ?? Date.now;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const doFetch = options.fetch ?? fetch;
  try {
    const res = await doFetch(url, { headers: requestHeaders(options), redirect: 'follow', signal });
    if (res.status === 304) {
      await res.body?.cancel().catch(() => {});
      return { status: 'not-modified', url };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      const retryAfterMs = RETRY_AFTER_STATUSES.has(res.status)
        ? parseRetryAfter(res.headers.get('retry-after'), now())
        : undefined;
      const reason = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
      return failed(url, reason, { httpStatus: res.status, retryAfterMs });
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => {});
      return failed(url, `too large (${declared} bytes; the limit is ${maxBytes})`, {
        httpStatus: res.status,
      });
    }
    const bytes = await readLimited(res, maxBytes);
    if (!bytes) return failed(url, `too large (over ${maxBytes} bytes)`, { httpStatus: res.status });
    const contentType = res.headers.get('content-type') ?? undefined;
    return {
      status: 'ok',
      url,
      ...(await parseFetched(bytes, url, contentType)),
      etag: res.headers.get('etag') ?? undefined,
      lastModified: res.headers.get('last-modified') ?? undefined,
      bytes: bytes.byteLength,
    };
  } catch (e) {
    return failed(url, networkReason(e, timeout.aborted, options.signal?.aborted ?? false));
  }
}
