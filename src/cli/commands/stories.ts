import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import type { LibraryStoryOrder } from '../../services/library/types.ts';
import type { StoryRow } from '../../services/store/types.ts';
import {
  choiceOption,
  dateOption,
  DB_HELP,
  DB_OPTION,
  formatTable,
  intOption,
  JSON_OPTION,
  textOption,
  withLibrary,
} from '../shared.ts';

const ORDERS: readonly LibraryStoryOrder[] = ['newest', 'largest', 'growing'];
/** Stories listed by default: a screenful. */
const DEFAULT_LIMIT = 20;
/** The store's own cap on one page. */
const MAX_LIMIT = 1000;
/** Characters of a headline in the table. */
const HEADLINE_WIDTH = 80;

/** The stories table: id, articles, languages, outlets, first and last seen, headline. */
export function formatStories(rows: readonly StoryRow[]): string {
  if (rows.length === 0) return 'No stories.';
  return formatTable(rows, [
    { header: 'story', value: (r) => r.id },
    { header: 'articles', value: (r) => String(r.articles), right: true },
    { header: 'langs', value: (r) => String(r.languages), right: true },
    { header: 'outlets', value: (r) => String(r.outlets), right: true },
    { header: 'first seen', value: (r) => r.firstSeen?.slice(0, 10) ?? '—' },
    { header: 'last seen', value: (r) => r.lastSeen?.slice(0, 10) ?? '—' },
    { header: 'headline', value: (r) => r.headline, max: HEADLINE_WIDTH },
  ]);
}

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'List the stories in the store (newest, largest or growing fastest first)',
  usage: `storyline stories [--order newest|largest|growing] [--lang <code>] [--source <outlet>]
                  [--entity <key>] [--since <date>] [--limit <n>] [--offset <n>] [--db <file>] [--json]

Lists the stories of the store as a table: id, articles, languages, outlets, first and last seen, and the
representative headline. 'storyline story <id>' shows one in full.

Options:
  --order <o>      newest (last seen first; the default), largest (most articles), growing (most articles
                   added in the last two days of the stream)
  --lang <code>    stories with an article in this language (ISO 639-1: en, fr, ...)
  --source <name>  stories with an article from this outlet (exact name)
  --entity <key>   stories naming this entity or place key (keys are in 'storyline story <id> --json')
  --since <date>   stories last seen on or after this ISO date
  --limit <n>      at most n stories (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})
  --offset <n>     skip the first n (paging)
${DB_HELP}
  --json           the rows as one JSON array: [{ id, headline, firstSeen, lastSeen, articles, languages, outlets }]
  -h, --help       this help

Exit status: 0 on success (an empty list included), 1 when the store cannot be read, 2 on a usage error.`,
  options: {
    order: { type: 'string' },
    lang: { type: 'string' },
    source: { type: 'string' },
    entity: { type: 'string' },
    since: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    ...DB_OPTION,
    ...JSON_OPTION,
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) {
      io.err(`storyline stories: unexpected argument "${positionals[0]}"; see --help`);
      return EXIT.USAGE;
    }
    const options = {
      order: choiceOption(values, 'order', ORDERS, 'newest'),
      lang: textOption(values, 'lang'),
      source: textOption(values, 'source'),
      entity: textOption(values, 'entity'),
      since: dateOption(values, 'since'),
      limit: intOption(values, 'limit', 1, MAX_LIMIT) ?? DEFAULT_LIMIT,
      offset: intOption(values, 'offset', 0, Number.MAX_SAFE_INTEGER),
    };
    const rows = await withLibrary(values, io, (lib) => lib.stories(options), { mustExist: true });
    io.out(values.json ? JSON.stringify(rows) : formatStories(rows));
    return EXIT.OK;
  },
};
