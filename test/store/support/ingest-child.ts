/**
 * Child process of the kill test: stores `count` replicas of the analysed samples into the store at `path`,
 * printing one line per article ("stored" or "duplicate"), until done or killed.
 * Usage: node --import tsx ingest-child.ts <path> <count>
 */
import { openStore } from '../../../src/services/store/index.ts';
import { INGESTED_AT, replica, sampleAnalyses } from '../helpers.ts';

const [path, countArg] = process.argv.slice(2);
const count = Number(countArg);
const analyses = await sampleAnalyses();
const store = openStore({ path: path! });
for (let i = 0; i < count; i++) {
  const base = analyses[i % analyses.length]!;
  const result = await store.putAnalysis(replica(base, Math.floor(i / analyses.length)), {
    ingestedAt: INGESTED_AT,
  });
  process.stdout.write(`${result}\n`);
}
await store.close();
