/**
 * Limits of ingestion, as named constants with the reason for each value. They bound the time and memory
 * one input can cost, so that one hostile or broken file never stalls a batch.
 */

/** Max bytes of one input (file, stdin): a news article is a few KB, a large feed a few MB; 20 MB is ample. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Max articles read from one input (feed, JSONL, JSON array): bounds memory; evaluation files hold ~1,000. */
export const MAX_ARTICLES_PER_INPUT = 100_000;

/** Max characters of article text kept: long reads are ~50k chars; beyond 200k it is a dump, not an article. */
export const MAX_ARTICLE_CHARS = 200_000;

/** A cut is made at a paragraph/sentence boundary only if that loses less than this share of the kept text. */
export const TRUNCATE_BOUNDARY_SLACK = 0.1;

/**
 * Max element nesting handed to Readability: its scoring walks ancestors per node, so cost grows steeply with
 * depth (measured: depth 200 ~0.4 s, 300 ~2 s); real article pages stay well under 100.
 */
export const MAX_READABILITY_DEPTH = 150;

/**
 * Max element nesting handed to the DOM parser at all: linkedom's parse is quadratic in depth (100k nested
 * divs take > 10 s); deeper input is read by a linear tag stripper instead.
 */
export const MAX_DOM_DEPTH = 2_000;

/** Max elements Readability examines (its own `maxElemsToParse` option): bounds work on huge pages. */
export const MAX_READABILITY_ELEMENTS = 50_000;

/** Time budget of one input, checked between steps (parsing is synchronous, so it cannot be interrupted). */
export const INPUT_TIME_BUDGET_MS = 20_000;

/** Bytes sniffed at the start for binary data, UTF-16 and declared charsets. */
export const SNIFF_BYTES = 8192;

/** Share of control characters in the sniffed start above which the input is binary, not text. */
export const MAX_CONTROL_RATIO = 0.02;

/** Leading lines of a plain-text article examined for metadata (date, source, photo credit) before the title. */
export const MAX_LEADING_META_LINES = 5;

/**
 * A first line longer than this with more than one sentence is a lead paragraph, not a headline (headlines
 * run 40-120 characters; scraped files without a headline start with the lead): its first sentence becomes
 * the title and the paragraph stays in the body.
 */
export const MAX_TITLE_CHARS = 180;
