/**
 * The one place where storyline's stable error codes become HTTP statuses, and where any failure becomes the
 * API's JSON error body `{ "error": { "code": "NOT_FOUND", "message": "..." } }`. Unknown failures answer
 * 500 INTERNAL with a fixed message: no stack, no internal message leaks out.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isStorylineError, type ErrorCode, type StorylineError } from '../core/errors.ts';

/**
 * HTTP status of every error code. A `Record` over all codes: a code added to `src/core/errors.ts` fails the
 * type check here until it is given a status, so no code falls through to 500 by accident.
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, ContentfulStatusCode>> = {
  INPUT_NOT_FOUND: 422,
  INPUT_UNREADABLE: 422,
  INPUT_EMPTY: 422,
  // The one input error that is about size, not content: HTTP has its own status for it.
  INPUT_TOO_LARGE: 413,
  INPUT_BINARY: 422,
  INPUT_TIMEOUT: 422,
  INPUT_MALFORMED: 422,
  INPUT_UNSUPPORTED: 422,
  INPUT_TOO_MANY: 422,
  ARTICLE_NO_TEXT: 422,
  ARTICLE_ERROR_PAGE: 422,
  ANALYSIS_FAILED: 422,
  PIPELINE_INVALID: 500,
  USAGE: 400,
  STORE_UNAVAILABLE: 503,
  STORE_CORRUPT: 503,
  NOT_FOUND: 404,
  FETCH_FAILED: 502,
  BAD_REQUEST: 400,
};

/** The code of failures that are not StorylineErrors (bugs, library failures): never a stable error code. */
export const INTERNAL_CODE = 'INTERNAL';

/** The message of an internal failure: fixed, so nothing about the server's insides is disclosed. */
const INTERNAL_MESSAGE = 'internal error';

/** The JSON body of an error answer. */
export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode | typeof INTERNAL_CODE;
    readonly message: string;
    /** The part of the request an input error is about (`request body`, `request body#2`), when there is one. */
    readonly input?: string;
  };
}

/** The HTTP status of an error code. */
export function httpStatus(code: ErrorCode): ContentfulStatusCode {
  return HTTP_STATUS[code] ?? 500;
}

/** Codes whose `input` names what the client sent (`request body#2`); for the others it is a word of the message. */
const INPUT_CODES: ReadonlySet<ErrorCode> = new Set(
  (Object.keys(HTTP_STATUS) as ErrorCode[]).filter(
    (c) =>
      c.startsWith('INPUT_') ||
      c === 'ARTICLE_NO_TEXT' ||
      c === 'ARTICLE_ERROR_PAGE' ||
      c === 'ANALYSIS_FAILED',
  ),
);

/** A StorylineError as plain JSON (its message is not an enumerable property, so JSON.stringify drops it). */
export function errorJson(e: StorylineError): ErrorBody['error'] {
  const input = INPUT_CODES.has(e.code) ? e.input : undefined;
  return { code: e.code, message: e.message, ...(input !== undefined ? { input } : {}) };
}

/** Status and body of any thrown value. */
export function errorAnswer(e: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (isStorylineError(e)) return { status: httpStatus(e.code), body: { error: errorJson(e) } };
  return { status: 500, body: { error: { code: INTERNAL_CODE, message: INTERNAL_MESSAGE } } };
}

/** Answers a thrown value as the API's JSON error. */
export function errorResponse(c: Context, e: unknown): Response {
  const { status, body } = errorAnswer(e);
  return c.json(body, status);
}
