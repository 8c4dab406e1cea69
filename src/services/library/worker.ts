/**
 * The analysis worker thread: runs {@link runJob} on every article posted to it and posts the result back
 * (the record's compressed annotations are transferred, not copied). Started by `pool.ts` through
 * `worker-entry.mjs`, which registers tsx first.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type JobInput } from './job.ts';

const port = parentPort;
if (!port) throw new Error('library/worker.ts runs as a worker thread (see pool.ts)');
port.on('message', ({ session, jobs }: { session: number; jobs: readonly JobInput[] }) => {
  const transfer: ArrayBuffer[] = [];
  const out = jobs.map((job) => {
    const r = runJob(job);
    if (!r.ok) return r;
    // A tight copy of its own: zlib's bytes may share a larger (pooled) buffer, which must not be moved.
    const annotations = new Uint8Array(r.record.annotations);
    transfer.push(annotations.buffer);
    return { ...r, record: { ...r.record, annotations } };
  });
  port.postMessage({ session, out }, transfer);
});
