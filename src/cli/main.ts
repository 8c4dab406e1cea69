/**
 * The storyline command line. Commands are records in one list; `main` parses argv, dispatches, and maps
 * errors to exit statuses. Output goes through CliIO so tests can run commands in process.
 */
import { parseArgs } from 'node:util';
import { EXIT, type CliIO, type Command } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { evalCommand } from './commands/eval.ts';
import { compareCommand } from './commands/compare.ts';
import { coverageCommand } from './commands/coverage.ts';
import { ingestCommand } from './commands/ingest.ts';
import { storiesCommand } from './commands/stories.ts';
import { storyCommand } from './commands/story.ts';
import { searchCommand } from './commands/search.ts';
import { exportCommand } from './commands/export.ts';
import { serveCommand } from './commands/serve.ts';
import { watchCommand } from './commands/watch.ts';
import { demoCommand } from './commands/demo.ts';
import { isStorylineError } from '../core/errors.ts';
import { tuneTiering } from '../services/v8-tiering.ts';

/** Every command, in the order the help lists them: the product first, then the analysis tools. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  ingestCommand,
  storiesCommand,
  storyCommand,
  searchCommand,
  compareCommand,
  coverageCommand,
  exportCommand,
  serveCommand,
  watchCommand,
  analyzeCommand,
  evalCommand,
];

const HELP = `storyline: a self-hosted, offline, multilingual news story engine

Usage: storyline <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run 'storyline <command> --help' for a command's options.`;

const defaultIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  tty: Boolean(process.stdout.isTTY),
  errTty: Boolean(process.stderr.isTTY),
  progress: (text) => process.stderr.write(text),
  stdout: process.stdout,
};

export async function main(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  tuneTiering();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`storyline: unknown command "${name}"; run 'storyline --help'`);
    return EXIT.USAGE;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.err(`storyline ${name}: ${(e as Error).message}`);
    return EXIT.USAGE;
  }
  if (parsed.values.help) {
    io.out(command.usage);
    return EXIT.OK;
  }
  try {
    return await command.run(parsed as { values: Record<string, unknown>; positionals: string[] }, io);
  } catch (e) {
    const msg = isStorylineError(e) ? `${e.message} [${e.code}]` : (e as Error).message;
    io.err(`storyline ${name}: ${msg}`);
    return isStorylineError(e) && e.code === 'USAGE' ? EXIT.USAGE : EXIT.INPUT_FAILED;
  }
}
