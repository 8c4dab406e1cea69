import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { storylineError } from '../../core/errors.ts';
import { DB_HELP, DB_OPTION, isStoredId, withLibrary } from '../shared.ts';
import type { Coverage } from '../../core/coverage/index.ts';

/** Characters of a fact's sentence shown in the table; --json has them whole. */
const FACT_WIDTH = 90;
/** Entities listed in the readable report; --json has them all. */
const MAX_ENTITIES = 15;

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const REACH_LABEL = { all: 'all', some: 'some', one: 'ONLY' } as const;

/** The readable report: outlets, then a table of facts x outlets (● reports it), entities and speakers. */
export function formatCoverage(c: Coverage): string {
  const lines: string[] = ['Outlets:'];
  c.outlets.forEach((o, i) => {
    lines.push(
      `  [${i + 1}] ${o.outlet} (${o.lang}) ${clip(o.title, 70)}: ${o.facts.length} facts, ${o.onlyHere.length} only here`,
    );
  });
  const cols = c.outlets.map((_, i) => String(i + 1).padStart(2)).join(' ');
  lines.push('', `Facts (● = reports it)  ${cols}`);
  for (const f of c.facts) {
    const marks = c.outlets.map((o) => (f.outlets.includes(o.outlet) ? ' ●' : ' ·')).join(' ');
    const label =
      f.reach === 'one'
        ? `ONLY ${c.outlets.findIndex((o) => o.outlet === f.outlets[0]) + 1}`
        : REACH_LABEL[f.reach];
    lines.push(`  ${f.id.padEnd(4)} ${label.padEnd(7)} ${marks}  ${clip(f.members[0].text, FACT_WIDTH)}`);
  }
  lines.push('', 'Entities and places (mentions per outlet):');
  for (const e of c.entities.slice(0, MAX_ENTITIES)) {
    const per = c.outlets
      .map((o) => String(e.outlets.find((x) => x.outlet === o.outlet)?.mentions ?? '·').padStart(2))
      .join(' ');
    lines.push(`  ${per}  ${e.name} (${e.type})`);
  }
  if (c.entities.length > MAX_ENTITIES) lines.push(`  … (+${c.entities.length - MAX_ENTITIES})`);
  lines.push('', 'Quoted speakers:');
  if (c.speakers.length === 0) lines.push('  —');
  for (const s of c.speakers) lines.push(`  ${s.speaker}: ${s.outlets.join(', ')}`);
  return lines.join('\n');
}

export const coverageCommand: Command = {
  name: 'coverage',
  summary: "Compare outlets' coverage of one story: facts every, some or only one outlet reports",
  usage: `storyline coverage <story-id | file|dir...> [--db <file>] [--json]

Takes one story of the store (its id, as 'storyline stories' lists), or the articles of one story (files or
folders in any input format; each article of a file counts), and compares what each outlet reports. Facts are sentences; a sentence and its counterparts in the other articles
(aligned across languages too) form one fact, labelled as reported by all outlets, by some, or by only one.
Also lists per outlet the entities it names and whom it quotes. An article's outlet is its source, or its
file name when no source is known.

Options:
${DB_HELP} (for a story id)
  --json       one JSON object: { outlets, facts, entities, speakers }
  -h, --help   this help

Exit status: 0 when every input was read, 1 when some input failed (each is named on stderr, the others
still go through) or the story is unknown ([NOT_FOUND]), 2 on a usage error.`,
  options: { json: { type: 'boolean', default: false }, ...DB_OPTION },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) {
      io.err(
        'storyline coverage: give a story id or the articles of one story (files or folders); see --help',
      );
      return EXIT.USAGE;
    }
    if (positionals.length === 1 && isStoredId(positionals[0])) {
      const id = positionals[0];
      // The whole comparison (a story page holds a digest of a large story's).
      const whole = await withLibrary(values, io, (lib) => lib.storyCoverage(id), { mustExist: true });
      if (!whole) throw storylineError('NOT_FOUND', 'story', id);
      io.out(values.json ? JSON.stringify(whole.coverage) : formatCoverage(whole.coverage));
      return EXIT.OK;
    }
    const { coverageInputs } = await import('../../services/coverage.ts');
    const { coverage, failed } = await coverageInputs(positionals);
    for (const e of failed) io.err(`storyline: ${e.message} [${e.code}]`);
    io.out(values.json ? JSON.stringify(coverage) : formatCoverage(coverage));
    return failed.length > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
  },
};
