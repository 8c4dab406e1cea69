/** Runs CLI commands in process for the tests: output lines collected, no terminal, optional signal and env. */
import { main } from '../../src/cli/main.ts';
import type { CliIO } from '../../src/cli/command.ts';

export interface Run {
  readonly status: number;
  readonly out: string[];
  readonly err: string[];
}

/** Runs `storyline <args>` with collected output; `io` overrides parts of the IO (signal, env, errTty...). */
export async function run(args: readonly string[], io: Partial<CliIO> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    tty: false,
    env: {},
    ...io,
  });
  return { status, out, err };
}

/** The single JSON output of a run. */
export function json<T>(r: Run): T {
  if (r.out.length !== 1)
    throw new Error(`expected one line of JSON, got ${r.out.length}: ${r.err.join('\n')}`);
  return JSON.parse(r.out[0]) as T;
}
