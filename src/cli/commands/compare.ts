import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import type { CompareResult } from '../../services/compare.ts';
import { DB_HELP, DB_OPTION, isStoredId, withLibrary } from '../shared.ts';
import { DIMENSIONS } from '../../core/similarity/model.ts';

/** Sentences shown per list in the readable output; --json has them all. */
const MAX_SENTENCES = 6;
/** Width of a score bar in characters. */
const BAR = 20;

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A bar that is full for 1 (same) and empty for 4 (unrelated). */
function bar(score: number): string {
  const full = Math.round(((4 - score) / 3) * BAR);
  return '█'.repeat(full) + '░'.repeat(BAR - full);
}

/** The readable report of a comparison. */
export function formatCompare(r: CompareResult): string {
  const e = r.evidence;
  const lines = [
    `A: ${r.articles.a.title} (${[r.articles.a.lang, r.articles.a.source, r.a].filter(Boolean).join(' · ')})`,
    `B: ${r.articles.b.title} (${[r.articles.b.lang, r.articles.b.source, r.b].filter(Boolean).join(' · ')})`,
    '',
    `${r.sameStory ? 'Same story' : 'Not the same story'} (scale ${r.scale}; scorer: ${r.scorer})`,
  ];
  for (const d of DIMENSIONS) lines.push(`  ${d.padEnd(10)} ${bar(r.scores[d])} ${r.scores[d].toFixed(2)}`);
  lines.push('', 'Shared entities:');
  if (e.sharedEntities.length === 0) lines.push('  —');
  for (const s of e.sharedEntities) {
    lines.push(`  ${s.type.padEnd(12)} ${s.a.surface} (${s.a.mentions}) ~ ${s.b.surface} (${s.b.mentions})`);
  }
  lines.push('Shared places:');
  if (e.sharedPlaces.length === 0) lines.push('  —');
  for (const p of e.sharedPlaces) {
    const country = p.country ? ` [${p.country}]` : '';
    lines.push(`  ${p.a.surface} (${p.a.mentions}) ~ ${p.b.surface} (${p.b.mentions})${country}`);
  }
  const d = e.dates;
  lines.push(
    `Dates: both ${d.both.map((x) => x.date).join(', ') || '—'}; only A ${d.onlyA.map((x) => x.date).join(', ') || '—'}; only B ${d.onlyB.map((x) => x.date).join(', ') || '—'}` +
      (d.agreement === null ? '' : ` (agreement ${Math.round(d.agreement * 100)}%)`),
  );
  lines.push('', `Aligned sentences (${e.alignedSentences.length}):`);
  for (const p of e.alignedSentences.slice(0, MAX_SENTENCES)) {
    const m = [
      ...p.matched.keys,
      ...p.matched.dates,
      ...p.matched.numbers,
      ...p.matched.terms,
      ...p.matched.names,
    ];
    lines.push(`  ${p.score.toFixed(2)} A${p.a.index}: ${clip(p.a.text, 100)}`);
    lines.push(`       B${p.b.index}: ${clip(p.b.text, 100)}`);
    lines.push(`       shared: ${clip(m.join(', '), 100)}`);
  }
  for (const [label, list] of [
    ['Only in A', e.onlyInA],
    ['Only in B', e.onlyInB],
  ] as const) {
    lines.push('', `${label} (${list.length}, most salient first):`);
    for (const s of list.slice(0, MAX_SENTENCES)) lines.push(`  • ${clip(s.text, 110)}`);
    if (list.length > MAX_SENTENCES) lines.push(`  … (+${list.length - MAX_SENTENCES})`);
  }
  return lines.join('\n');
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare two articles: seven similarity scores (1-4) and the evidence behind them',
  usage: `storyline compare <a> <b> [--db <file>] [--json]

Compares two articles, each given as a file in any input format (plain text, HTML, RSS/Atom, JSONL; a file
holding several articles gives its first, and a note says so), or two article ids of the store (as listed by
'storyline story <id>' and 'storyline search'). Prints the seven SemEval-2022 Task 8 scores
(1 = same .. 4 = unrelated: overall, geography, entities, time, narrative, style, tone), whether the two
report the same story, and the evidence: shared entities and places with their spelling on each side, event
dates both or one report, aligned sentence pairs (across languages too), and the facts only one side reports.
Two arguments that are not files (no such path, no folder or extension in them) are taken as stored ids.

Options:
${DB_HELP} (for stored ids)
  --json       one JSON object, as in ../shared/docs/CONTRACT.md (compare)
  -h, --help   this help

Exit status: 0 on success, 1 when an input cannot be read or analysed or an id is unknown ([NOT_FOUND]),
2 on a usage error.`,
  options: { json: { type: 'boolean', default: false }, ...DB_OPTION },
  async run({ values, positionals }, io) {
    if (positionals.length !== 2) {
      io.err('storyline compare: give exactly two articles (files or stored ids); see --help');
      return EXIT.USAGE;
    }
    if (positionals.every(isStoredId)) {
      const [a, b] = positionals;
      const stored = await withLibrary(values, io, (lib) => lib.compare(a, b), { mustExist: true });
      io.out(values.json ? JSON.stringify(stored.result) : formatCompare(stored.result));
      return EXIT.OK;
    }
    const { compareInputs } = await import('../../services/compare.ts');
    const result = await compareInputs(positionals[0], positionals[1]);
    for (const n of result.notes) io.err(`storyline compare: ${n}`);
    io.out(values.json ? JSON.stringify(result) : formatCompare(result));
    return EXIT.OK;
  },
};
