/**
 * V8's tier-up budget for this process. The analysis runs a few very large functions (the cased entity scan,
 * the profile builder, the places scan) over text in 13 languages. With V8's default budget (67,584 bytecodes
 * run before a function is optimised) they are optimised on the type feedback of the first few articles,
 * thrown out when another language's tables reach them, and compiled again, in every thread: in a 10k-article
 * ingest V8's compiler threads took about a quarter of the CPU (docs/BENCHMARKS.md, Ingest). Eight times the
 * default lets the feedback settle before the first optimisation: 17-28% less CPU for the same analysis
 * (`bench/job.ts` pinned to one core, medians of 5 runs each). V8 flags are per process, so setting it once,
 * before the analysis workers start, covers them too. A budget given on the command line or in NODE_OPTIONS
 * is left as it is.
 *
 * On-stack replacement (OSR) is turned off too. OSR code (a function optimised while it runs, entered at a
 * loop) stays cached after it deoptimises, so every later call that starts in the interpreter jumps into it
 * again and deoptimises again at the same place: the cased entity scan did so at 400+ of 6,000 articles on one
 * thread, and TurboFan compiled it 11-15 times. Without OSR a function is optimised between calls, which suits
 * the analysis (thousands of calls of functions whose loops are short); figures in docs/BENCHMARKS.md
 * (Ingest, fifth session). `--use-osr` or `--no-use-osr` given by the user is kept.
 */
import { setFlagsFromString } from 'node:v8';

/** The budget set: eight times V8's default (4x and 16x measured the same within noise). */
export const INTERRUPT_BUDGET = 8 * 67_584;

let tuned = false;

/** True when the process was started with a flag matching `flag` (command line or NODE_OPTIONS). */
function givenByUser(flag: RegExp): boolean {
  return process.execArgv.some((a) => flag.test(`${a} `)) || flag.test(`${process.env.NODE_OPTIONS ?? ''} `);
}

/** Sets the process's tier-up budget and turns OSR off, once (see the module comment); later calls do nothing. */
export function tuneTiering(): void {
  if (tuned) return;
  tuned = true;
  if (!givenByUser(/--interrupt-budget[=\s]/)) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  if (!givenByUser(/--(no-)?use[-_]osr[=\s]/)) setFlagsFromString('--no-use-osr');
}
