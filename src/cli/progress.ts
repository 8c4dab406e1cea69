/**
 * The ingest progress bar: one stderr line redrawn in place, drawn only when stderr is a terminal (a log file
 * or a pipe gets the summary alone).
 */
import type { IngestProgress } from '../services/library/types.ts';
import type { CliIO } from './command.ts';

/** Characters of the bar itself. */
const BAR_WIDTH = 24;
/** Least time between two redraws: a terminal redrawn on every article slows a 1,000 articles/s ingest. */
const REDRAW_MS = 100;

/** One line of progress: bar, done / total, and the counts so far. */
export function formatProgress(p: IngestProgress): string {
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const full = Math.round(share * BAR_WIDTH);
  const bar = '█'.repeat(full) + '░'.repeat(BAR_WIDTH - full);
  return `${bar} ${p.done}/${p.total}  stored ${p.stored}  duplicates ${p.duplicates}  rejected ${p.rejected}`;
}

/** A progress reporter: `update` redraws (at most every {@link REDRAW_MS}), `end` clears the line. */
export interface ProgressBar {
  readonly update: (p: IngestProgress) => void;
  readonly end: () => void;
}

/** A bar on stderr when it is a terminal; otherwise one that draws nothing. */
export function progressBar(io: CliIO, clock: () => number = () => performance.now()): ProgressBar {
  const write = io.progress;
  if (!io.errTty || !write) return { update: () => {}, end: () => {} };
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const t = clock();
      if (t - last < REDRAW_MS && p.done < p.total) return;
      last = t;
      drawn = true;
      write(`\r${formatProgress(p)}\x1b[K`);
    },
    end() {
      if (drawn) write('\r\x1b[K');
    },
  };
}
