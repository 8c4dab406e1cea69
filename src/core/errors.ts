/**
 * One table of errors with stable codes. Code that cannot do its job throws `storylineError(CODE, ...)`;
 * "nothing found" is a value (empty array, undefined), never an exception. Interfaces map codes to exit
 * statuses / HTTP statuses in one place each.
 */
export const ERRORS = {
  INPUT_NOT_FOUND: (input: string) => `${input}: no such file or directory`,
  INPUT_UNREADABLE: (input: string, reason: string) => `${input}: cannot be read (${reason})`,
  INPUT_EMPTY: (input: string) => `${input}: empty input (no text)`,
  INPUT_TOO_LARGE: (input: string, size: number, limit: number) =>
    `${input}: too large (${size} bytes; the limit is ${limit} bytes)`,
  INPUT_BINARY: (input: string) => `${input}: binary data, not text`,
  INPUT_TIMEOUT: (input: string, ms: number) => `${input}: took longer than ${ms} ms to read`,
  INPUT_MALFORMED: (input: string, reason: string) => `${input}: malformed (${reason})`,
  INPUT_UNSUPPORTED: (input: string, reason: string) => `${input}: unsupported input (${reason})`,
  INPUT_TOO_MANY: (input: string, limit: number) =>
    `${input}: more than ${limit} articles in one input; the rest were not read`,
  ARTICLE_NO_TEXT: (input: string) => `${input}: no article text found`,
  ARTICLE_ERROR_PAGE: (input: string, reason: string) => `${input}: not an article (${reason})`,
  ANALYSIS_FAILED: (input: string, reason: string) => `${input}: analysis failed (${reason})`,
  PIPELINE_INVALID: (reason: string) => `invalid pipeline: ${reason}`,
  USAGE: (reason: string) => reason,
  STORE_UNAVAILABLE: (path: string, reason: string) => `${path}: the store cannot be opened (${reason})`,
  STORE_CORRUPT: (path: string, reason: string) => `${path}: not a usable storyline database (${reason})`,
  NOT_FOUND: (what: string, id: string) => `${what} ${id}: not found`,
  FETCH_FAILED: (url: string, reason: string) => `${url}: cannot be fetched (${reason})`,
  BAD_REQUEST: (reason: string) => `bad request: ${reason}`,
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class StorylineError extends Error {
  readonly code: ErrorCode;
  /** The input (file path, URL, `-`) this error is about, when there is one. */
  readonly input?: string;
  constructor(code: ErrorCode, message: string, input?: string) {
    super(message);
    this.name = 'StorylineError';
    this.code = code;
    this.input = input;
  }
}

type Args<C extends ErrorCode> = Parameters<(typeof ERRORS)[C]>;

/** Builds a StorylineError from the table: `storylineError('INPUT_EMPTY', path)`. */
export function storylineError<C extends ErrorCode>(code: C, ...args: Args<C>): StorylineError {
  const make = ERRORS[code] as (...a: Args<C>) => string;
  const first = args[0];
  return new StorylineError(code, make(...args), typeof first === 'string' ? first : undefined);
}

export function isStorylineError(e: unknown): e is StorylineError {
  return e instanceof StorylineError;
}
