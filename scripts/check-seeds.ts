/**
 * Acceptance checks of the foundation issue on the user's two seed articles, applied to the output of
 * `storyline analyze ../shared/data/seeds --json` (a JSONL file given as argument). Prints one line per check
 * and exits 1 when any fails. Used by .ci/run (CI has ../shared) and by test/cli/seeds.test.ts.
 */
import { readFileSync } from 'node:fs';
import { checkSeeds } from '../test/support/seed-checks.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: check-seeds <analyze-output.jsonl>');
  process.exit(2);
}
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const results = checkSeeds(rows);
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.ok ? '' : ` — ${r.detail}`}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
