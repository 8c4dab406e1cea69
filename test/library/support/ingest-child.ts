/**
 * Child process of the library kill test: ingests `count` sample articles and replicas into the library at
 * `path` with one analysis worker, small batches and frequent state saves, printing a line per progress
 * report ("<done> <stored>") and, at the end, the summary as JSON.
 * Usage: node --import tsx ingest-child.ts <path> <count>
 */
import { openLibrary } from '../../../src/services/library/index.ts';
import { now, replicatedSamples } from '../helpers.ts';

const [path, countArg] = process.argv.slice(2);
const articles = await replicatedSamples(Number(countArg));
const lib = await openLibrary({
  db: path!,
  workers: 1,
  minWorkerArticles: 0,
  batchArticles: 10,
  checkpointEvery: 30,
  now,
});
const summary = await lib.ingestArticles(articles, {
  onProgress: (p) => process.stdout.write(`${p.done} ${p.stored}\n`),
});
await lib.close();
process.stdout.write(`${JSON.stringify({ stored: summary.stored, duplicates: summary.duplicates })}\n`);
