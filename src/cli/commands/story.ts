import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { storylineError } from '../../core/errors.ts';
import type { StoryDetail } from '../../services/library/types.ts';
import { formatCoverage } from './coverage.ts';
import { clip, DB_HELP, DB_OPTION, formatTable, JSON_OPTION, plural, withLibrary } from '../shared.ts';

/** Entities, places, speakers and quotes listed in the readable report; --json has them all. */
const MAX_LIST = 12;
/** Quotes shown per speaker. */
const QUOTES_PER_SPEAKER = 3;
/** Characters of a title or quote. */
const TEXT_WIDTH = 90;

function counted(items: readonly { readonly name: string; readonly articles: number }[]): string {
  const shown = items.slice(0, MAX_LIST).map((x) => `${x.name} (${x.articles})`);
  if (items.length > MAX_LIST) shown.push(`… (+${items.length - MAX_LIST})`);
  return shown.join(', ') || '—';
}

function header(d: StoryDetail): string[] {
  const s = d.summary;
  const lines = [`● ${s.headline}`, `  story ${d.story.id}`];
  if (d.resolvedFrom) lines.push(`  (${d.resolvedFrom} was merged into this story)`);
  lines.push(
    `  ${plural(s.articles, 'article')} · first seen ${s.firstSeen ?? '—'} · last seen ${s.lastSeen ?? '—'}`,
    `  languages: ${counted(s.languages.map((l) => ({ name: l.lang, articles: l.articles })))}`,
    `  outlets:   ${counted(s.outlets)}`,
  );
  return lines;
}

function articles(d: StoryDetail): string[] {
  return [
    '',
    'Articles:',
    formatTable(d.articles, [
      { header: '  published', value: (a) => `  ${a.published?.slice(0, 16).replace('T', ' ') ?? '—'}` },
      { header: 'lang', value: (a) => a.lang },
      { header: 'outlet', value: (a) => a.source ?? '—', max: 28 },
      { header: 'id', value: (a) => a.id },
      { header: 'title', value: (a) => a.title, max: TEXT_WIDTH },
    ]),
  ];
}

function timeline(d: StoryDetail): string[] {
  const lines = ['', 'Event dates reported (articles):'];
  if (d.summary.timeline.length === 0) lines.push('  —');
  for (const t of d.summary.timeline)
    lines.push(`  ${t.date.padEnd(10)} ${'▇'.repeat(Math.min(t.count, 40))} ${t.count}`);
  return lines;
}

function entities(d: StoryDetail): string[] {
  const lines = ['', 'Main entities (key):'];
  if (d.summary.entities.length === 0) lines.push('  —');
  for (const e of d.summary.entities.slice(0, MAX_LIST))
    lines.push(`  ${e.type.padEnd(12)} ${e.name} (${e.key})`);
  lines.push('', 'Places (articles naming them):');
  if (d.places.length === 0) lines.push('  —');
  for (const p of d.places.slice(0, MAX_LIST)) {
    lines.push(`  ${p.name}${p.country ? ` [${p.country}]` : ''} (${p.articles})`);
  }
  if (d.places.length > MAX_LIST) lines.push(`  … (+${d.places.length - MAX_LIST})`);
  lines.push(
    `  countries: ${counted(d.countries.map((c) => ({ name: `${c.name} [${c.code}]`, articles: c.articles })))}`,
  );
  return lines;
}

function speakers(d: StoryDetail): string[] {
  const lines = ['', 'Quotes by speaker:'];
  if (d.speakers.length === 0) lines.push('  —');
  for (const s of d.speakers.slice(0, MAX_LIST)) {
    lines.push(`  ${s.speaker || '(unattributed)'}:`);
    for (const q of s.quotes.slice(0, QUOTES_PER_SPEAKER)) {
      lines.push(`    “${clip(q.text, TEXT_WIDTH)}” (${[q.source, q.lang].filter(Boolean).join(', ')})`);
    }
    const all = s.quoteCount ?? s.quotes.length;
    if (all > QUOTES_PER_SPEAKER) lines.push(`    … (+${all - QUOTES_PER_SPEAKER})`);
  }
  return lines;
}

/** The readable story page: summary, articles, event dates, entities and places, quotes, coverage. */
export function formatStory(d: StoryDetail): string {
  return [
    ...header(d),
    ...articles(d),
    ...timeline(d),
    ...entities(d),
    ...speakers(d),
    '',
    'Coverage',
    ...(d.notes ?? []).map((n) => `(note: ${n})`),
    formatCoverage(d.coverage),
  ].join('\n');
}

export const storyCommand: Command = {
  name: 'story',
  summary: 'Show one story: articles, event dates, places, quotes and coverage by outlet',
  usage: `storyline story <id> [--db <file>] [--json]

Shows one story of the store: its headline, languages and outlets, its articles in publication order, the
event dates its articles report, its main entities and places (with their countries), the quotes grouped
by speaker, and the coverage table (facts every, some or only one outlet reports). An id that was merged
into another story shows the story it was merged into.

Options:
${DB_HELP}
  --json       the story as one JSON object: { story, resolvedFrom?, summary, articles, places, countries,
               speakers, coverage }
  -h, --help   this help

Exit status: 0 on success, 1 when the story is unknown ([NOT_FOUND]) or the store cannot be read, 2 on a
usage error.`,
  options: { ...DB_OPTION, ...JSON_OPTION },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) {
      io.err('storyline story: give one story id (see storyline stories); see --help');
      return EXIT.USAGE;
    }
    const id = positionals[0];
    const detail = await withLibrary(values, io, (lib) => lib.story(id), { mustExist: true });
    if (!detail) throw storylineError('NOT_FOUND', 'story', id);
    io.out(values.json ? JSON.stringify(detail) : formatStory(detail));
    return EXIT.OK;
  },
};
