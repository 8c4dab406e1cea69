/**
 * Builds src/core/similarity/background-idf.json, the reference document frequencies of pair comparison
 * (see src/core/similarity/background.ts), from the project's own fictional sample corpus (samples/). Never
 * point it at the development data: the table is committed, and statistics of copyrighted text are not.
 *
 * Usage: node --import tsx scripts/build-background-idf.ts   (deterministic: same corpus -> same file)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSources } from '../src/services/sources.ts';
import { analyzeArticle } from '../src/services/analyze.ts';
import { buildProfile } from '../src/core/similarity/profile.ts';
import { createIdf, idfToJSON } from '../src/core/similarity/idf.ts';
import { observeProfile } from '../src/core/similarity/features.ts';
import type { BackgroundTable } from '../src/core/similarity/background.ts';

/** Units in a single document are dropped: idf 4.2 vs 4.9 for unseen ones at 49 documents, not worth the bytes. */
const MIN_DF = 2;

const samples = fileURLToPath(new URL('../samples/', import.meta.url));
const state = createIdf();
for await (const item of readSources([samples])) {
  if (!item.ok) continue;
  const r = analyzeArticle(item.article);
  if (r.ok) observeProfile(state, buildProfile(r.analysis));
}
const json = idfToJSON(state);
const table: BackgroundTable = {
  source: 'samples/ (fictional corpus of this repository)',
  docs: json.docs,
  minDf: MIN_DF,
  df: json.df.filter(([, n]) => n >= MIN_DF),
};
const out = fileURLToPath(new URL('../src/core/similarity/background-idf.json', import.meta.url));
writeFileSync(out, JSON.stringify(table) + '\n');
process.stderr.write(`background-idf: ${table.docs} documents, ${table.df.length} units -> ${out}\n`);
