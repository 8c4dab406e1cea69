/**
 * Story summary: a representative headline (the member title closest to the story's centroid, earliest on
 * ties), languages, outlets, first and last seen, main entities and places with their surface forms, and a
 * timeline of the event dates the articles report.
 */
import type { EntityType } from '../types.ts';
import type { Story } from './state.ts';
import { isoDay } from '../dates/calendar.ts';

/** Entities and places listed in a summary. */
export const SUMMARY_KEYS = 10;

export interface SummaryEntity {
  readonly key: string;
  /** The surface form most used by the members. */
  readonly name: string;
  readonly type: EntityType;
  readonly weight: number;
  /** Every surface form seen, most used first. */
  readonly variants: readonly string[];
}

export interface StorySummary {
  readonly id: string;
  readonly headline: string;
  readonly articles: number;
  readonly members: readonly string[];
  readonly languages: readonly { readonly lang: string; readonly articles: number }[];
  readonly outlets: readonly { readonly name: string; readonly articles: number }[];
  /** ISO dates (YYYY-MM-DD) of the first and last member publication, when known. */
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly entities: readonly SummaryEntity[];
  readonly places: readonly SummaryEntity[];
  /** Event dates reported by the members: date -> how many members report it, and which. */
  readonly timeline: readonly {
    readonly date: string;
    readonly count: number;
    readonly articles: readonly string[];
  }[];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ranked(m: ReadonlyMap<string, number>): [string, number][] {
  return [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
}

/**
 * The member title closest to the centroid: cosine of its title terms with the centroid of its language,
 * times its language's share of the members (a lone article in a language is not the story's voice);
 * the earliest member wins ties; the first member's title when no title has terms.
 */
export function representativeHeadline(story: Story): string {
  if (story.frozenHeadline !== undefined) return story.frozenHeadline;
  let best = story.members[0]?.title ?? '';
  let bestScore = 0;
  const size = story.members.length;
  for (const m of story.members) {
    const c = story.terms.get(m.lang);
    if (!c || c.norm === 0 || m.titleTerms.length === 0) continue;
    let s = 0;
    for (const t of m.titleTerms) s += c.weights.get(t) ?? 0;
    const score = (s / (c.norm * Math.sqrt(m.titleTerms.length))) * ((story.langs.get(m.lang) ?? 0) / size);
    if (score > bestScore) {
      bestScore = score;
      best = m.title;
    }
  }
  return best;
}

function entityList(story: Story, places: boolean): SummaryEntity[] {
  const out: SummaryEntity[] = [];
  for (const [key, weight] of ranked(story.keys.weights)) {
    const type = story.keyTypes.get(key) ?? 'other';
    if ((type === 'place') !== places) continue;
    const forms = ranked(story.surfaces.get(key) ?? new Map()).map(([s]) => s);
    out.push({ key, name: forms[0] ?? key, type, weight: Number(weight.toFixed(3)), variants: forms });
    if (out.length >= SUMMARY_KEYS) break;
  }
  return out;
}

/** Summarises a story (pure: reads the story only). */
export function summarizeStory(story: Story): StorySummary {
  const timeline = new Map<number, string[]>();
  let first: number | undefined;
  let last: number | undefined;
  for (const m of story.members) {
    if (m.day !== undefined) {
      first = first === undefined ? m.day : Math.min(first, m.day);
      last = last === undefined ? m.day : Math.max(last, m.day);
    }
    for (const d of new Set(m.eventDays)) {
      const list = timeline.get(d) ?? [];
      list.push(m.id);
      timeline.set(d, list);
    }
  }
  const langs = new Map<string, number>();
  const outlets = new Map<string, number>();
  for (const m of story.members) {
    langs.set(m.lang, (langs.get(m.lang) ?? 0) + 1);
    if (m.source) outlets.set(m.source, (outlets.get(m.source) ?? 0) + 1);
  }
  return {
    id: story.id,
    headline: representativeHeadline(story),
    articles: story.members.length,
    members: story.members.map((m) => m.id),
    languages: ranked(langs).map(([lang, articles]) => ({ lang, articles })),
    outlets: ranked(outlets).map(([name, articles]) => ({ name, articles })),
    ...(first !== undefined ? { firstSeen: isoDay(first), lastSeen: isoDay(last!) } : {}),
    entities: entityList(story, false),
    places: entityList(story, true),
    timeline: [...timeline]
      .sort((a, b) => a[0] - b[0])
      .map(([d, articles]) => ({ date: isoDay(d), count: articles.length, articles })),
  };
}
