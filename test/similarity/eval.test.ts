import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateSimilarity, fitRows, pairRows, profilePairs } from '../../src/services/eval-similarity.ts';
import { readSemevalPairs } from '../../src/services/datasets.ts';
import { committedModel } from '../../src/core/similarity/scores.ts';
import { DIMENSIONS } from '../../src/core/similarity/model.ts';
import { main } from '../../src/cli/main.ts';

/** Fictional SemEval-format pairs: two same-story pairs (one de-en), two unrelated ones. */
const HEADER = 'pair_id,lang1,lang2,text1,text2,Geography,Entities,Time,Narrative,Overall,Style,Tone';
const harbourEn =
  'Harbour treaty signed in Ostrava  Prime minister Elena Varga signed the harbour treaty in Ostrava on Monday. "This treaty opens the river to 340 ships," Varga said.';
const harbourDe =
  'Hafenvertrag in Ostrava unterzeichnet  Ministerpräsidentin Elena Varga hat am Montag in Ostrava den Hafenvertrag unterzeichnet. "Dieser Vertrag öffnet den Fluss für 340 Schiffe", sagte Varga.';
const floods =
  'Floods close schools in Lyon  Heavy rain flooded the streets of Lyon on Sunday. The mayor closed 75 schools and firefighters rescued several families.';
const match =
  'Keeper saves penalty in cup final  Goalkeeper Tomas Brun saved two penalties as Aarhus won the cup final on Saturday in front of 30000 fans.';
const rows = [
  ['11_12', 'en', 'en', harbourEn, harbourEn.replace('Monday', 'Monday morning'), 1, 1, 1, 1, 1, 1.5, 1.5],
  ['13_14', 'de', 'en', harbourDe, harbourEn, 1, 1, 1, 1, 1.2, 2, 1.5],
  ['15_16', 'en', 'en', harbourEn, floods, 3.5, 4, 3, 4, 4, 2.5, 3],
  ['17_18', 'en', 'en', floods, match, 4, 4, 3.5, 4, 4, 3, 3],
  ['13de_14', 'en', 'en', harbourEn, harbourEn, 1, 1, 1, 1, 1.2, 2, 1.5],
];
const csv = (r: (string | number)[]) =>
  r.map((v) => (typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : v)).join(',');

function writePairs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-sim-'));
  const path = join(dir, 'pairs.csv');
  writeFileSync(path, [HEADER, ...rows.map(csv)].join('\n') + '\n');
  return path;
}

test('eval similarity on another file uses the committed model, reports every dimension and language pair', () => {
  const r = evaluateSimilarity(writePairs(), committedModel(), { realOnly: true });
  assert.equal(r.mode, 'committed-model');
  assert.equal(r.pairs, 4);
  assert.deepEqual(Object.keys(r.pearson), [...DIMENSIONS]);
  assert.deepEqual(Object.keys(r.byLanguage), ['de-en', 'en-en']);
  assert.equal(r.byLanguage['de-en'].pairs, 1);
  assert.ok(r.pearson.overall > 0.5, `overall r ${r.pearson.overall}`);
});

test('eval similarity without --real-only counts translated rows', () => {
  const r = evaluateSimilarity(writePairs(), committedModel());
  assert.equal(r.pairs, 5);
});

test('CLI: eval similarity --json prints the contract shape; missing --pairs is a usage error', async () => {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), tty: false };
  assert.equal(await main(['eval', 'similarity', '--pairs', writePairs(), '--real-only', '--json'], io), 0);
  const json = JSON.parse(out.at(-1)!);
  assert.equal(json.pairs, 4);
  assert.ok('overall' in json.pearson && 'tone' in json.pearson);
  assert.ok(json.byLanguage['de-en']);
  assert.equal(await main(['eval', 'similarity', '--json'], io), 2);
  assert.equal(await main(['eval', 'similarity', '--pairs', 'x.csv', '--folds', '1'], io), 2);
});

test('fit is deterministic end to end: same CSV, same fitted JSON; anchors only when asked', () => {
  const pairs = readSemevalPairs(writePairs());
  const opts = {
    folds: 2,
    lambdas: [1, 10],
    depths: [2],
    rate: 0.1,
    maxTrees: 20,
    treeStep: 10,
    minLeaf: 1,
    bins: 8,
  };
  const fit = () => JSON.stringify(fitRows(pairRows(pairs, profilePairs(pairs), true), opts));
  assert.equal(fit(), fit());
  const profiles = profilePairs(pairs);
  assert.equal(pairRows(pairs, profiles).length, 5);
  const anchored = pairRows(pairs, profiles, true);
  assert.equal(anchored.filter((r) => r.anchor).length, 1);
  assert.ok(anchored.filter((r) => r.anchor).every((r) => r.scores.overall === 1 && r.features.length > 0));
});
