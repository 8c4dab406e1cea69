/**
 * Shared by the library tests: the bundled fictional sample articles (read once per process), replicas with
 * fresh ids and later dates, the gold stories of samples/stories.json by title, and temporary folders.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles } from '../../src/services/cluster.ts';
import type { Article } from '../../src/core/types.ts';
import type { Library } from '../../src/services/library/index.ts';

export const SAMPLES = new URL('../../samples', import.meta.url).pathname;
/** A fixed clock, so what is stored does not depend on when the test runs. */
export const NOW = '2026-11-21T12:00:00.000Z';
export const now = (): string => NOW;

let cached: Promise<Article[]> | undefined;

/** The sample articles, in reading order. */
export function sampleArticles(): Promise<Article[]> {
  cached ??= readArticles([SAMPLES]).then((r) => r.articles);
  return cached;
}

/** Days between replica rounds: more than the clustering window, so each round's stories are new. */
export const ROUND_DAYS = 30;

/** The article as a different one (id `<id>-r<n>`), published `n` rounds later. */
export function replicaArticle(a: Article, n: number): Article {
  const shift = (iso: string): string =>
    new Date(Date.parse(iso) + n * ROUND_DAYS * 86_400_000).toISOString();
  return {
    ...a,
    id: `${a.id}-r${n}`,
    origin: `${a.origin}#r${n}`,
    ...(a.published ? { published: shift(a.published) } : {}),
  };
}

/** `count` articles: the samples, then their replicas round after round. */
export async function replicatedSamples(count: number): Promise<Article[]> {
  const base = await sampleArticles();
  const out: Article[] = [];
  for (let i = 0; out.length < count; i++) {
    const round = Math.floor(i / base.length);
    const a = base[i % base.length]!;
    out.push(round === 0 ? a : replicaArticle(a, round));
  }
  return out;
}

export interface GoldArticle {
  readonly title: string;
  readonly story: string;
  readonly lang: string;
  readonly source: string;
}

/** The gold labels of samples/stories.json. */
export function goldArticles(): GoldArticle[] {
  const gold = JSON.parse(readFileSync(join(SAMPLES, 'stories.json'), 'utf8')) as { articles: GoldArticle[] };
  return gold.articles;
}

/** A temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What a library holds, comparably: each article's story, and every story row with its member count. */
export async function snapshot(lib: Library): Promise<{
  memberships: Record<string, string | undefined>;
  stories: { id: string; articles: number; headline: string }[];
}> {
  const memberships: Record<string, string | undefined> = {};
  for await (const a of lib.exportArticles()) memberships[a.row.id] = a.storyId;
  const stories = (await lib.stories({ order: 'largest', limit: 1000 })).map((s) => ({
    id: s.id,
    articles: s.articles,
    headline: s.headline,
  }));
  stories.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { memberships, stories };
}
