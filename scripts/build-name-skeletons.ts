/**
 * Builds `src/core/keys/data/gazetteer-skeletons.json` (committed, deterministic): the name-key skeleton of
 * every gazetteer form -> the gazetteer key, which `nameKey` uses for spellings the gazetteer does not list
 * (Lwiw -> city:lviv). Computing it costs ~300 ms of CPU, which every CLI command and worker thread paid on
 * its first entity; loading the committed file costs a few ms.
 *
 * The file records the SHA-1 of the gazetteer data it was built from and spot checks of the skeleton rules;
 * when either disagrees at run time, `nameKey` builds the index itself (correct, only slower), and
 * test/keys/skeleton-index.test.ts fails until this script is run again.
 *
 * Run after changing the gazetteer data or the skeleton rules (src/core/keys/skeleton.ts, name-key.ts):
 * `npx tsx scripts/build-name-skeletons.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSkeletonIndex } from '../src/core/keys/name-key.ts';

const GAZETTEER = new URL('../src/core/gazetteer/data/gazetteer.json', import.meta.url);
const OUT = new URL('../src/core/keys/data/gazetteer-skeletons.json', import.meta.url);

const index = buildSkeletonIndex(readFileSync(GAZETTEER, 'utf8'));
writeFileSync(OUT, JSON.stringify(index) + '\n');
console.log(`${index.skeletons.length / 2} skeletons, ${index.check.length} spot checks -> ${OUT.pathname}`);
