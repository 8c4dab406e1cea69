/**
 * Shared by the store tests: analyses of the bundled fictional samples (run once per process through the real
 * pipeline), fictional articles written here, replicas with fresh ids, and temporary store folders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/services/analyze.ts';
import { readSources } from '../../src/services/sources.ts';
import type { StorySummary } from '../../src/core/cluster/summary.ts';
import type { Analysis, Article } from '../../src/core/types.ts';

export const SAMPLES = new URL('../../samples', import.meta.url).pathname;

let cached: Promise<Analysis[]> | undefined;

/** The 49 sample articles, analysed (input order). */
export function sampleAnalyses(): Promise<Analysis[]> {
  cached ??= (async () => {
    const out: Analysis[] = [];
    for await (const item of readSources([SAMPLES])) {
      if (!item.ok) continue;
      const r = analyzeArticle(item.article);
      if (r.ok) out.push(r.analysis);
    }
    return out;
  })();
  return cached;
}

/** Analyses a fictional article written in a test. */
export function analyzeText(id: string, title: string, text: string, extra: Partial<Article> = {}): Analysis {
  const r = analyzeArticle({ id, title, text, origin: `test:${id}`, ...extra });
  if (!r.ok) throw r.error;
  return r.analysis;
}

/** The same analysis under a fresh id (a different article as far as the store knows). */
export function replica(a: Analysis, n: number): Analysis {
  return {
    ...a,
    article: { ...a.article, id: `${a.article.id}-r${n}`, origin: `${a.article.origin}#r${n}` },
  };
}

/** A temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A minimal story summary over member ids. */
export function summary(id: string, members: string[], extra: Partial<StorySummary> = {}): StorySummary {
  return {
    id,
    headline: `headline of ${id}`,
    articles: members.length,
    members,
    languages: [{ lang: 'en', articles: members.length }],
    outlets: [],
    entities: [],
    places: [],
    timeline: [],
    ...extra,
  };
}

/** JSON-level equality input: what survives a JSON round trip (undefined fields dropped). */
export function plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

export const INGESTED_AT = '2026-11-21T10:00:00Z';
