/**
 * `storyline eval <sub-command>`: evaluation against labelled data. Sub-commands are records in one table;
 * each parses its own options from the shared option set and prints human output or the contract's JSON.
 */
import type { CliIO, Command } from '../command.ts';
import { EXIT } from '../command.ts';
import type { PRF } from '../../core/eval/metrics.ts';

type Values = Record<string, unknown>;

interface SubCommand {
  readonly summary: string;
  run(values: Values, io: CliIO): Promise<number>;
}

const fixed = (x: number) => Number(x.toFixed(4));
const prf = (p: PRF) => ({ precision: fixed(p.precision), recall: fixed(p.recall), f1: fixed(p.f1) });
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const clustering: SubCommand = {
  summary: 'online story clustering against gold stories (--gold <jsonl>) or labelled pairs (--pairs <csv>)',
  async run(values, io) {
    const gold = values.gold as string | undefined;
    const pairs = values.pairs as string | undefined;
    if (Boolean(gold) === Boolean(pairs)) {
      io.err('storyline eval clustering: give exactly one of --gold <jsonl> or --pairs <csv>; see --help');
      return EXIT.USAGE;
    }
    // The evaluation services load the engine: imported when a sub-command runs, not at start-up.
    const { evalClusteringGold, evalClusteringPairs } = await import('../../services/eval-clustering.ts');
    if (gold) {
      const r = await evalClusteringGold(gold);
      const json = {
        articles: r.articles,
        stories: r.stories,
        bcubed: prf(r.bcubed),
        pairwise: prf(r.pairwise),
      };
      if (values.json) io.out(JSON.stringify(json));
      else {
        io.out(`clustering of ${r.articles} articles from ${gold}`);
        io.out(`  stories:  ${r.stories.gold} gold, ${r.stories.predicted} predicted`);
        io.out(
          `  B-cubed:  precision ${pct(r.bcubed.precision)}  recall ${pct(r.bcubed.recall)}  F1 ${pct(r.bcubed.f1)}`,
        );
        io.out(
          `  pairwise: precision ${pct(r.pairwise.precision)}  recall ${pct(r.pairwise.recall)}  F1 ${pct(r.pairwise.f1)}`,
        );
      }
      if (r.failed) {
        io.err(`storyline eval: ${r.failed} article(s) not counted (could not be read or analysed):`);
        for (const m of r.failures) io.err(`  ${m}`);
      }
      return EXIT.OK;
    }
    const r = evalClusteringPairs(pairs!, { realOnly: Boolean(values['real-only']) });
    const json = {
      articles: r.articles,
      samePairs: r.samePairs,
      differentPairs: r.differentPairs,
      precision: fixed(r.precision),
      recall: fixed(r.recall),
      f1: fixed(r.f1),
    };
    if (values.json) io.out(JSON.stringify(json));
    else {
      io.out(`clustering of ${r.articles} distinct texts from ${pairs}`);
      io.out(`  labelled pairs: ${r.samePairs} same story, ${r.differentPairs} different`);
      io.out(
        `  precision ${pct(r.precision)} (${r.falsePositives} different pairs put together)  recall ${pct(r.recall)} (${r.falseNegatives} same pairs split)  F1 ${pct(r.f1)}`,
      );
    }
    return EXIT.OK;
  },
};

const similarity: SubCommand = {
  summary: 'pairwise similarity against human scores (--pairs <csv>)',
  async run(values, io) {
    const pairs = values.pairs as string | undefined;
    if (!pairs) {
      io.err('storyline eval similarity: give --pairs <csv>; see --help');
      return EXIT.USAGE;
    }
    const folds = values.folds === undefined ? undefined : Number(values.folds);
    if (folds !== undefined && !(Number.isInteger(folds) && folds >= 2)) {
      io.err('storyline eval similarity: --folds must be an integer >= 2');
      return EXIT.USAGE;
    }
    const { evaluateSimilarity } = await import('../../services/eval-similarity.ts');
    const { committedModel } = await import('../../core/similarity/scores.ts');
    const r = evaluateSimilarity(pairs, committedModel(), {
      realOnly: Boolean(values['real-only']),
      folds,
      onProgress: (m) => {
        if (io.tty) io.err(`storyline eval similarity: ${m}`);
      },
    });
    if (values.json) {
      io.out(JSON.stringify(r));
      return EXIT.OK;
    }
    io.out(`similarity on ${r.pairs} pairs from ${pairs} (${r.mode}${r.folds ? `, ${r.folds} folds` : ''})`);
    io.out(`  Pearson (higher is better; TF-IDF cosine baseline on overall: ${r.baseline.overall})`);
    for (const [d, v] of Object.entries(r.pearson)) io.out(`    ${d.padEnd(10)} ${v}`);
    io.out('  overall by language pair');
    for (const [l, v] of Object.entries(r.byLanguage)) {
      io.out(`    ${l.padEnd(6)} ${String(v.pairs).padStart(4)} pairs  ${v.overall}`);
    }
    return EXIT.OK;
  },
};

/** The sub-commands, by name. */
export const EVAL_SUBCOMMANDS: Readonly<Record<string, SubCommand>> = { clustering, similarity };

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Evaluate clustering and similarity against labelled data',
  usage: `storyline eval <sub-command> [options]

Sub-commands:
${Object.entries(EVAL_SUBCOMMANDS)
  .map(([name, s]) => `  ${name.padEnd(11)} ${s.summary}`)
  .join('\n')}

  storyline eval clustering --gold <jsonl> [--json]
      Feeds the articles of a JSONL file (each with a "story" label) through the online clustering, in
      published order when every article has a date, else in file order, and prints the number of gold and
      predicted stories, B-cubed and pairwise precision/recall/F1.
  storyline eval clustering --pairs <csv> [--real-only] [--json]
      Clusters every distinct text of a SemEval-format CSV as one stream, then counts its labelled pairs
      (Overall <= 1.5 same story, >= 3.5 different): precision, recall, F1 of putting same pairs together.
  storyline eval similarity --pairs <csv> [--real-only] [--folds k] [--json]
      Pearson's r between predicted and human scores on the seven SemEval-2022 Task 8 dimensions, overall
      by language pair, and the TF-IDF cosine baseline. On the file the committed model was fitted on (same
      sha256) it runs grouped k-fold cross-validation (default 5; a pair and its translations share a fold)
      and never scores a row a model was fitted on; on any other file it uses the committed model.

Options:
  --gold <jsonl>  article JSONL with gold "story" labels
  --pairs <csv>   SemEval-2022 Task 8 format pairs
  --real-only     skip machine-translated rows (pair ids with a letter suffix)
  --folds <k>     cross-validation folds for eval similarity (default 5)
  --json          one JSON object, as in ../shared/docs/CONTRACT.md
  -h, --help      this help

Exit status: 0 on success, 1 when a data file cannot be read, 2 on a usage error.`,
  options: {
    gold: { type: 'string' },
    pairs: { type: 'string' },
    'real-only': { type: 'boolean', default: false },
    folds: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run({ values, positionals }, io) {
    const [name, ...rest] = positionals;
    const sub =
      name !== undefined && Object.hasOwn(EVAL_SUBCOMMANDS, name) ? EVAL_SUBCOMMANDS[name] : undefined;
    if (!sub || rest.length) {
      io.err(
        `storyline eval: ${name === undefined ? 'no sub-command' : `unknown sub-command "${positionals.join(' ')}"`}; one of ${Object.keys(EVAL_SUBCOMMANDS).join(', ')}`,
      );
      return EXIT.USAGE;
    }
    return sub.run(values, io);
  },
};
