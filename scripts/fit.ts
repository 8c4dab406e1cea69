/**
 * `npm run fit`: fits the similarity model on the SemEval-2022 Task 8 dev pairs and writes
 * src/core/similarity/model.json (deterministic: the same data gives the same JSON).
 *
 * Every text is analysed with the real pipeline; each pair is weighed with the background IDF plus its own two
 * texts (the regime of `compare`); each of the seven
 * dimensions gets its hyper-parameters by grouped cross-validation (a real pair and its machine translations
 * always in the same fold) and is then fitted on every row.
 *
 * Usage: npm run fit [-- --pairs <csv>] [--date YYYY-MM-DD]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSemevalPairs, sharedDataDir } from '../src/services/datasets.ts';
import {
  ANCHOR_EVERY,
  ANCHOR_WEIGHT,
  blindRows,
  fileHash,
  trainedLanguagePairs,
  fitRows,
  pairRows,
  profilePairs,
  TRANSLATED_WEIGHT,
} from '../src/services/eval-similarity.ts';
import { FEATURE_NAMES, LANGUAGE_DEPENDENT } from '../src/core/similarity/features.ts';
import { DEFAULT_FIT, type SimilarityModel } from '../src/core/similarity/model.ts';

/** Date written in the JSON; fixed (or given) so that refitting the same data gives a byte-identical file. */
const FIT_DATE = '2026-11-21';

const { values } = parseArgs({ options: { pairs: { type: 'string' }, date: { type: 'string' } } });
const csv = values.pairs ?? join(sharedDataDir(), 'semeval2022-pairs-dev.csv');
const pairs = readSemevalPairs(csv);
const t0 = Date.now();
const profiles = profilePairs(pairs, (n) => {
  if (n % 250 === 0) process.stderr.write(`fit: analysed ${n} texts\r`);
});
process.stderr.write(`fit: analysed ${profiles.size} texts in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
const rows = pairRows(pairs, profiles, true);
const { dimensions, choices } = fitRows(rows);
process.stderr.write('fit: main models done; fitting the language-blind models\n');
const blind = fitRows(blindRows(rows));
const model: SimilarityModel = {
  version: 1,
  features: FEATURE_NAMES,
  dimensions,
  languagePairs: trainedLanguagePairs(rows),
  blind: { masked: [...LANGUAGE_DEPENDENT], dimensions: blind.dimensions },
  meta: {
    data: csv.split('/').slice(-1)[0],
    sha256: fileHash(csv),
    rows: rows.filter((r) => !r.anchor).length,
    realRows: rows.filter((r) => !r.translated && !r.anchor).length,
    anchors: rows.filter((r) => r.anchor).length,
    date: values.date ?? FIT_DATE,
    hyperParameters: {
      ...DEFAULT_FIT,
      translatedWeight: TRANSLATED_WEIGHT,
      anchorEvery: ANCHOR_EVERY,
      anchorWeight: ANCHOR_WEIGHT,
    },
    choices,
    blindChoices: blind.choices,
    idf: 'background table (src/core/similarity/background-idf.json) plus the pair',
  },
};
const out = new URL('../src/core/similarity/model.json', import.meta.url).pathname;
writeFileSync(out, JSON.stringify(model) + '\n');
process.stderr.write(
  `fit: wrote ${out} (${Object.entries(choices)
    .map(([d, c]) => `${d} ${c.name} r=${c.pearson.toFixed(3)}`)
    .join('; ')})\n`,
);
