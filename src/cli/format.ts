/** Human-readable output of the CLI. */
import type { ArticleJson } from '../services/article-json.ts';

const MAX_LIST = 12; // items shown per list in the summary; --json has them all

function list<T>(items: readonly T[], show: (t: T) => string): string {
  const shown = items.slice(0, MAX_LIST).map(show).join(', ');
  return items.length > MAX_LIST ? `${shown}, … (+${items.length - MAX_LIST})` : shown || '—';
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A few lines per article: title, metadata, then one line per kind of finding. */
export function formatArticleSummary(a: ArticleJson): string {
  const persons = a.entities.filter((e) => e.type === 'person');
  const orgs = a.entities.filter((e) => e.type === 'organization');
  const statements = a.quotes.filter((q) => q.kind === 'statement');
  const terms = a.quotes.filter((q) => q.kind === 'term');
  const lines = [
    `● ${a.title}`,
    `  ${[
      a.origin,
      a.lang,
      a.source,
      a.published,
      `${a.sentences} sentences`,
      `${a.words} words`,
      `id ${a.id}`,
    ]
      .filter(Boolean)
      .join(' · ')}`,
    `  people:        ${list(persons, (e) => `${e.name} (${e.mentions})`)}`,
    `  organisations: ${list(orgs, (e) => `${e.name} (${e.mentions})`)}`,
    `  places:        ${list(a.places, (p) => `${p.name}${p.country ? ` [${p.country}]` : ''} (${p.mentions + p.adjectival})`)}`,
    `  dates:         ${list(a.dates, (d) => `${d.date}${d.certain ? '' : '?'} "${d.text}"`)}`,
  ];
  for (const q of statements.slice(0, MAX_LIST)) {
    lines.push(`  quote:         ${q.speaker ?? '(unattributed)'}: “${clip(q.text, 90)}”`);
  }
  if (terms.length) lines.push(`  terms:         ${list(terms, (q) => `“${q.text}”`)}`);
  if (a.embeds.length)
    lines.push(`  set apart:     ${list(a.embeds, (e) => `${e.kind}: ${clip(e.text, 50)}`)}`);
  return lines.join('\n') + '\n';
}
