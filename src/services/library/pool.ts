/**
 * A small pool of analysis worker threads. `analyzeInOrder(pool, jobs)` hands the jobs out in small chunks
 * (each worker keeps a couple in flight, so it never waits for the next) and yields the results re-sequenced
 * to the jobs' order, so what follows (storing, clustering) is the same whatever the threads' timing. With no
 * pool, jobs run on the calling thread. One run at a time per pool (the library serialises its ingests).
 */
import { Worker } from 'node:worker_threads';
import type { JobInput, JobOutput } from './job.ts';
import { tuneTiering } from '../v8-tiering.ts';

/** Articles per message to a worker: small enough to balance the load, large enough to amortise messaging. */
const CHUNK = 4;
/**
 * Chunks in flight per worker: one being analysed and more waiting, so a worker never idles between messages,
 * nor while the main thread writes a stretch of a batch between two yields (see ingest.ts).
 */
const IN_FLIGHT_PER_WORKER = 4;
/** Results held ahead of the one awaited at most: bounds memory when storing is slower than analysis. */
const MAX_AHEAD = 1024;
/** The worker's entry file (registers tsx, then loads worker.ts). */
const WORKER_ENTRY = new URL('./worker-entry.mjs', import.meta.url);

interface Reply {
  readonly session: number;
  readonly out: readonly JobOutput[];
}

interface PoolWorker {
  readonly worker: Worker;
  inFlight: number;
}

/** The run in progress: where replies go, and how a failure reaches it. */
interface Run {
  readonly session: number;
  onReply(out: readonly JobOutput[]): void;
  onFailure(e: Error): void;
}

export interface AnalysisPool {
  readonly size: number;
  /** Stops every worker. */
  close(): Promise<void>;
}

interface PoolInternals extends AnalysisPool {
  readonly workers: readonly PoolWorker[];
  sessions: number;
  run?: Run;
  failure?: Error;
}

/** Starts `size` worker threads (at least 1). They keep the process alive only while they have work. */
export function createPool(size: number): AnalysisPool {
  tuneTiering(); // before the first worker starts: V8 flags are per process
  const workers: PoolWorker[] = [];
  const pool: PoolInternals = {
    size: Math.max(1, size),
    workers,
    sessions: 0,
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
  const fail = (e: Error): void => {
    pool.failure ??= e;
    pool.run?.onFailure(e);
  };
  for (let i = 0; i < pool.size; i++) {
    const pw: PoolWorker = { worker: new Worker(WORKER_ENTRY), inFlight: 0 };
    pw.worker.unref();
    pw.worker.on('message', (reply: Reply) => {
      pw.inFlight--;
      if (pw.inFlight === 0) pw.worker.unref();
      if (pool.run?.session === reply.session) pool.run.onReply(reply.out);
    });
    pw.worker.on('error', (e: unknown) => fail(e instanceof Error ? e : new Error(String(e))));
    pw.worker.on('exit', (code: number) => fail(new Error(`analysis worker stopped (exit code ${code})`)));
    workers.push(pw);
  }
  return pool;
}

/** Runs the jobs on the calling thread, one by one (yielding to the event loop between chunks). */
async function* inline(jobs: readonly JobInput[], signal?: AbortSignal): AsyncGenerator<JobOutput> {
  // Loaded on first use: the analysis pipeline's tables cost seconds, and read-only uses never need them.
  const { runJob } = await import('./job.ts');
  for (let i = 0; i < jobs.length; i++) {
    if (i > 0 && i % CHUNK === 0) await new Promise<void>((r) => setImmediate(r));
    if (signal?.aborted) return;
    yield runJob(jobs[i]);
  }
}

/**
 * Analyses the jobs (their `n` must be 0, 1, 2, ... in order) and yields each result in that order. Stops
 * handing out work when `signal` aborts (results already under way are still yielded in order, up to the
 * first job not handed out). Throws when a worker fails.
 */
export async function* analyzeInOrder(
  pool: AnalysisPool | undefined,
  jobs: readonly JobInput[],
  signal?: AbortSignal,
): AsyncGenerator<JobOutput> {
  if (!pool || jobs.length === 0) {
    yield* inline(jobs, signal);
    return;
  }
  const p = pool as PoolInternals;
  if (p.failure) throw p.failure;
  const ready = new Map<number, JobOutput>();
  let sent = 0;
  let next = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const session = ++p.sessions;
  const pump = (): void => {
    for (const pw of p.workers) {
      while (
        pw.inFlight < IN_FLIGHT_PER_WORKER &&
        sent < jobs.length &&
        sent - next < MAX_AHEAD &&
        !signal?.aborted
      ) {
        const chunk = jobs.slice(sent, sent + CHUNK);
        sent += chunk.length;
        if (pw.inFlight++ === 0) pw.worker.ref();
        pw.worker.postMessage({ session, jobs: chunk });
      }
    }
  };
  p.run = {
    session,
    onReply(out) {
      for (const r of out) ready.set(r.n, r);
      pump();
      notify();
    },
    onFailure(e) {
      failure = e;
      notify();
    },
  };
  try {
    pump();
    for (; next < jobs.length; next++) {
      if (next % CHUNK === 0) pump();
      while (!ready.has(next)) {
        if (failure) throw failure;
        if (next >= sent) return; // aborted: nothing more was handed out
        await new Promise<void>((r) => (wake = r));
      }
      const r = ready.get(next)!;
      ready.delete(next);
      yield r;
    }
  } finally {
    if (p.run?.session === session) p.run = undefined;
  }
}
