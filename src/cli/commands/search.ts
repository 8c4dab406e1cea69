import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import type { SearchHit } from '../../services/store/types.ts';
import {
  dateOption,
  DB_HELP,
  DB_OPTION,
  formatTable,
  intOption,
  JSON_OPTION,
  textOption,
  withLibrary,
} from '../shared.ts';

/** Hits listed by default. */
const DEFAULT_LIMIT = 20;
/** The store's own cap on one page. */
const MAX_LIMIT = 1000;
/** Characters of a title in the table. */
const TITLE_WIDTH = 80;

/** The hits table, best first: published, language, outlet, article id, story id, title. */
export function formatHits(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return 'No articles found.';
  return formatTable(hits, [
    { header: 'published', value: (h) => h.published?.slice(0, 10) ?? '—' },
    { header: 'lang', value: (h) => h.lang },
    { header: 'outlet', value: (h) => h.source ?? '—', max: 28 },
    { header: 'article', value: (h) => h.id },
    { header: 'story', value: (h) => h.storyId ?? '—' },
    { header: 'title', value: (h) => h.title, max: TITLE_WIDTH },
  ]);
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'Full-text search of the stored articles (accents and case ignored), with filters',
  usage: `storyline search <query> [--lang <code>] [--source <outlet>] [--entity <key>] [--from <date>]
                 [--to <date>] [--limit <n>] [--offset <n>] [--db <file>] [--json]

Searches the titles and bodies of the stored articles, ignoring case and accents (resume finds résumé).
The query is words (all must occur), "quoted phrases" and prefix* terms; other characters are taken
literally. Best matches first.

Options:
  --lang <code>    only articles in this language (ISO 639-1)
  --source <name>  only articles from this outlet (exact name)
  --entity <key>   only articles naming this entity or place key
  --from <date>    published on or after this ISO date
  --to <date>      published on or before this ISO date (a bare date covers the whole day)
  --limit <n>      at most n hits (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})
  --offset <n>     skip the first n (paging)
${DB_HELP}
  --json           the hits as one JSON array: [{ id, title, lang, source, published, url, storyId, rank, ... }]
  -h, --help       this help

Exit status: 0 on success (no hits included), 1 when the store cannot be read, 2 on a usage error.`,
  options: {
    lang: { type: 'string' },
    source: { type: 'string' },
    entity: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    ...DB_OPTION,
    ...JSON_OPTION,
  },
  async run({ values, positionals }, io) {
    const query = positionals.join(' ').trim();
    if (query === '') {
      io.err('storyline search: give a query; see --help');
      return EXIT.USAGE;
    }
    const options = {
      lang: textOption(values, 'lang'),
      source: textOption(values, 'source'),
      entity: textOption(values, 'entity'),
      from: dateOption(values, 'from'),
      to: dateOption(values, 'to'),
      limit: intOption(values, 'limit', 1, MAX_LIMIT) ?? DEFAULT_LIMIT,
      offset: intOption(values, 'offset', 0, Number.MAX_SAFE_INTEGER),
    };
    const hits = await withLibrary(values, io, (lib) => lib.search(query, options), { mustExist: true });
    io.out(values.json ? JSON.stringify(hits) : formatHits(hits));
    return EXIT.OK;
  },
};
