/** A CLI command is a record: its name, a one-line summary, its usage text and a run function. */
import type { ParseArgsConfig } from 'node:util';

export interface CliIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** True when stdout is a terminal (human output may use colour/width then). */
  readonly tty: boolean;
  /** True when stderr is a terminal: progress bars are drawn only then. Default false. */
  readonly errTty?: boolean;
  /** Writes to stderr without a newline (a progress bar redraws its line with \r). Default: nothing. */
  readonly progress?: (text: string) => void;
  /**
   * Where bulk data goes (`export`): written with back-pressure. Default: line by line through `out`.
   */
  readonly stdout?: NodeJS.WritableStream;
  /**
   * Stops long commands (ingest, serve, watch, demo) cleanly. Default: the first SIGINT / SIGTERM aborts
   * (a second SIGINT exits at once).
   */
  readonly signal?: AbortSignal;
  /** The environment (STORYLINE_DB). Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit status. */
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CliIO): Promise<number>;
}

/** Exit statuses, in one place. */
export const EXIT = {
  OK: 0,
  /** Some input failed (others may have gone through). */
  INPUT_FAILED: 1,
  /** The command line itself is wrong. */
  USAGE: 2,
  /** Stopped by Ctrl-C before the work was done (what was done stays done): 128 + SIGINT. */
  INTERRUPTED: 130,
} as const;
