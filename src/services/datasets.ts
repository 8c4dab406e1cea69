/**
 * Loading the evaluation data sets under ../shared/data (read at run time, never copied into the repo).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsvRecords } from '../core/csv.ts';
import type { Article } from '../core/types.ts';
import { readSources } from './sources.ts';

/** ../shared/data relative to the repository root, or STORYLINE_SHARED_DATA. */
export function sharedDataDir(): string {
  return (
    process.env.STORYLINE_SHARED_DATA ?? resolve(new URL('../..', import.meta.url).pathname, '../shared/data')
  );
}

export function hasSharedData(): boolean {
  return existsSync(join(sharedDataDir(), 'README.md'));
}

export interface SemevalPair {
  readonly pairId: string;
  readonly lang1: string;
  readonly lang2: string;
  readonly text1: string;
  readonly text2: string;
  /** Human scores, 1 = very similar .. 4 = very dissimilar. */
  readonly scores: Readonly<
    Record<'geography' | 'entities' | 'time' | 'narrative' | 'overall' | 'style' | 'tone', number>
  >;
  /** A machine-translated copy (pair id with a letter suffix). */
  readonly translated: boolean;
}

export function readSemevalPairs(path: string): SemevalPair[] {
  return parseCsvRecords(readFileSync(path, 'utf8')).map((r) => ({
    pairId: r.pair_id,
    lang1: r.lang1,
    lang2: r.lang2,
    text1: r.text1,
    text2: r.text2,
    scores: {
      geography: Number(r.Geography),
      entities: Number(r.Entities),
      time: Number(r.Time),
      narrative: Number(r.Narrative),
      overall: Number(r.Overall),
      style: Number(r.Style),
      tone: Number(r.Tone),
    },
    translated: !/^\d+_\d+$/.test(r.pair_id),
  }));
}

/**
 * A SemEval text as an article: these texts are "title  body" (two spaces after the title) cut to head + tail.
 */
export function semevalArticle(text: string, lang: string, origin: string): Article {
  const cut = text.indexOf('  ');
  const title = cut > 0 && cut < 300 ? text.slice(0, cut).trim() : '';
  const body = cut > 0 && cut < 300 ? text.slice(cut).trim() : text.trim();
  return { id: origin, title, text: body, declaredLang: lang, origin };
}

/**
 * Every distinct article text under ../shared/data: Wikinews JSONL, seeds, SemEval texts of the real pairs
 * (and of the machine-translated ones with `translated: true`).
 */
export async function loadSharedArticles(
  dir = sharedDataDir(),
  options: { readonly translated?: boolean } = {},
): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readSources([join(dir, 'wikinews-stories-dev.jsonl'), join(dir, 'seeds')])) {
    if (item.ok) articles.push(item.article);
  }
  const seen = new Set<string>();
  for (const p of readSemevalPairs(join(dir, 'semeval2022-pairs-dev.csv'))) {
    if (p.translated && !options.translated) continue;
    for (const [text, lang, side] of [
      [p.text1, p.lang1, 1],
      [p.text2, p.lang2, 2],
    ] as const) {
      if (seen.has(text)) continue;
      seen.add(text);
      articles.push(semevalArticle(text, lang, `semeval:${p.pairId}#${side}`));
    }
  }
  return articles;
}
