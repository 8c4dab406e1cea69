import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { formatArticleSummary } from '../format.ts';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Analyse articles: language, entities, places, dates, quotes, embeds',
  usage: `storyline analyze <file|dir|->... [--json]

Reads plain text (first line = title), HTML pages, RSS/Atom feeds and article JSONL files, folders
(recursively) and standard input (-), and prints what each article says: its language, the people,
organisations and places it names (with language-independent keys), the dates of the events it reports,
who is quoted saying what, and what is not its own prose (embedded posts, photo credits, share lines).

Options:
  --json     one JSON object per article (JSON Lines), as in ../shared/docs/CONTRACT.md
  -h, --help this help

Exit status: 0 when every input was analysed, 1 when some input failed (each is named on stderr,
the others still go through), 2 on a usage error.`,
  options: { json: { type: 'boolean', default: false } },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) {
      io.err('storyline analyze: no input given (a file, a folder, or - for standard input); see --help');
      return EXIT.USAGE;
    }
    const { analyzeInputs } = await import('../../services/analyze.ts');
    const { articleJson } = await import('../../services/article-json.ts');
    let failed = 0;
    let analysed = 0;
    for await (const item of analyzeInputs(positionals)) {
      if (!item.ok) {
        failed++;
        io.err(`storyline: ${item.error.message} [${item.error.code}]`);
        continue;
      }
      analysed++;
      const json = articleJson(item.analysis);
      if (values.json) io.out(JSON.stringify(json));
      else io.out(formatArticleSummary(json));
    }
    if (!values.json) io.err(`${analysed} article${analysed === 1 ? '' : 's'} analysed, ${failed} failed`);
    return failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
  },
};
