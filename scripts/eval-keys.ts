/**
 * Evaluates cross-language name keys (src/core/keys) on the hand-written name table
 * (test/keys/name-pairs.ts): precision and recall of key equality, per split (development / held-out),
 * per type and per language, with and without the curated people table, and the list of misses.
 *
 * Usage: npx tsx scripts/eval-keys.ts [--split all|dev|held-out] [--rules-only] [--json] [--quiet]
 */
import { tokenKey } from '../src/core/keys/index.ts';
import { collisionStress, evaluateKeys } from '../test/keys/evaluate.ts';
import type { KeyEvaluation, Split } from '../test/keys/evaluate.ts';

const args = process.argv.slice(2);
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
const splits: Split[] = splitArg ? [splitArg as Split] : ['all', 'dev', 'held-out'];
const json = args.includes('--json');
const quiet = args.includes('--quiet');
const modes: { label: string; curated: boolean; gazetteer: boolean }[] = args.includes('--rules-only')
  ? [{ label: 'rules only', curated: false, gazetteer: false }]
  : [
      { label: 'full (people+gazetteer)', curated: true, gazetteer: true },
      { label: 'people, no gazetteer', curated: true, gazetteer: false },
      { label: 'rules only', curated: false, gazetteer: false },
    ];

/** Distinct one-word city names in the collision stress test. */
const STRESS_NAMES = 10_000;

const pct = (x: number): string => (100 * x).toFixed(1) + '%';

function printSummary(label: string, e: KeyEvaluation): void {
  const o = e.overall;
  console.log(
    `${label.padEnd(24)} ${e.split.padEnd(9)} groups ${String(e.groups).padStart(3)} names ${String(e.names).padStart(4)}  ` +
      `precision ${pct(o.precision)}  recall ${pct(o.recall)}  (tp ${o.tp} fn ${o.fn} fp ${o.fp} of ${o.negatives} negatives)`,
  );
}

const results: { mode: string; evaluation: KeyEvaluation }[] = [];
for (const mode of modes) {
  for (const split of splits)
    results.push({
      mode: mode.label,
      evaluation: evaluateKeys(split, { curated: mode.curated, gazetteer: mode.gazetteer }),
    });
}

if (json) {
  console.log(
    JSON.stringify(
      results.map((r) => ({
        mode: r.mode,
        split: r.evaluation.split,
        overall: r.evaluation.overall,
        byType: r.evaluation.byType,
        byLanguage: r.evaluation.byLanguage,
      })),
    ),
  );
} else {
  for (const r of results) printSummary(r.mode, r.evaluation);
  const main = results[0].evaluation;
  console.log(`\nlanguages (${main.languages.length}): ${main.languages.join(' ')}`);
  console.log('\nper type (' + results[0].mode + ', ' + main.split + '):');
  for (const [t, c] of Object.entries(main.byType)) {
    console.log(
      `  ${t.padEnd(13)} precision ${pct(c.precision)}  recall ${pct(c.recall)}  (tp ${c.tp} fn ${c.fn} fp ${c.fp})`,
    );
  }
  console.log('\nper language, recall over pairs with a name in that language:');
  for (const [l, c] of Object.entries(main.byLanguage))
    console.log(`  ${l.padEnd(3)} ${pct(c.recall).padStart(6)}  (${c.pairs} pairs)`);
  if (!quiet) {
    console.log(`\nmisses (${main.misses.length} groups split into several keys):`);
    for (const m of main.misses) {
      console.log(`  ${m.label}`);
      for (const c of m.clusters) console.log(`    - ${c.join(' | ')}`);
    }
    console.log(`\nfalse matches (${main.falseMatches.length}):`);
    for (const f of main.falseMatches) console.log(`  ${f.a}  ==  ${f.b}  [${f.key}]  (${f.why})`);
  }
}

const stress = await collisionStress(STRESS_NAMES, tokenKey);
if (stress && !json) {
  console.log(
    `\ncollision stress: ${stress.colliding} of ${stress.names} distinct one-word city names share a tokenKey with another name (${pct(stress.rate)})`,
  );
  if (!quiet) for (const ex of stress.examples.slice(0, 25)) console.log('  ' + ex.join(' = '));
}

// ------------------------------------------------------------------------------ speed on real text (optional)
/** Cold passes over the word list in the speed measurement (the best one is reported). */
const BENCH_REPEATS = 5;
const DATA_CSV = new URL('../../shared/data/semeval2022-pairs-dev.csv', import.meta.url);
if (args.includes('--bench')) {
  const { readFileSync, existsSync } = await import('node:fs');
  const { clearTokenKeyMemo, nameKey } = await import('../src/core/keys/index.ts');
  if (!existsSync(DATA_CSV)) {
    console.log('\nbench: needs ../shared/data (absent)');
  } else {
    const text = readFileSync(DATA_CSV, 'utf8');
    const words = text.match(/\p{Lu}[\p{L}\p{M}'’-]+/gu) ?? [];
    const pairs = text.match(/\p{Lu}[\p{L}\p{M}-]+ \p{Lu}[\p{L}\p{M}-]+/gu) ?? [];
    const distinct = [...new Set(words)].filter((w) => /^[\p{Script=Latin}'’-]+$/u.test(w));
    // CPU time (not wall time: the machine may be shared), best of several cold passes
    const cpuNs = (since: NodeJS.CpuUsage): number => {
      const d = process.cpuUsage(since);
      return (d.user + d.system) * 1000;
    };
    let coldNs = Infinity;
    for (let r = 0; r < BENCH_REPEATS; r++) {
      clearTokenKeyMemo();
      const c0 = process.cpuUsage();
      for (const w of distinct) tokenKey(w);
      coldNs = Math.min(coldNs, cpuNs(c0));
    }
    let c = process.cpuUsage();
    for (const w of words) tokenKey(w);
    const warmNs = cpuNs(c);
    nameKey('Vladimir Putin', 'person');
    nameKey('Moscow', 'place');
    c = process.cpuUsage();
    for (const p of pairs) nameKey(p, 'person');
    const personNs = cpuNs(c);
    c = process.cpuUsage();
    for (const p of pairs) nameKey(p, 'place');
    const placeNs = cpuNs(c);
    const us = (ns: number, n: number): string => (ns / 1000 / Math.max(1, n)).toFixed(2) + ' µs';
    console.log(`\nbench (CPU time) on ${DATA_CSV.pathname.split('/').pop()}:`);
    console.log(
      `  tokenKey cold: ${distinct.length} distinct capitalised Latin words (best of ${BENCH_REPEATS}), ${us(coldNs, distinct.length)} each`,
    );
    console.log(`  tokenKey warm (memo): ${words.length} words, ${us(warmNs, words.length)} each`);
    console.log(
      `  nameKey person: ${pairs.length} two-word names (first calls uncached), ${us(personNs, pairs.length)} each`,
    );
    console.log(`  nameKey place: ${pairs.length} two-word names, ${us(placeNs, pairs.length)} each`);
  }
}
