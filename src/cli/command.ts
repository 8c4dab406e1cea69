/** A CLI command is a record: its name, a one-line summary, its usage text and a run function. */
import type { ParseArgsConfig } from 'node:util';

export interface CliIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** True when stdout is a terminal (human output may use colour/width then). */
  readonly tty: boolean;
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
} as const;
