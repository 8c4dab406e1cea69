/**
 * Measures the places stage on the real texts under ../shared/data (never copied into the repo):
 * gazetteer load time, place matches (count, by kind), the places stage's time per article, and, with
 * `--dump <file>`, one JSON line per match (article id, key, surface, a short context) so two builds of
 * the gazetteer can be compared. With `--diff <old.jsonl> --sample <n> [--seed <s>]` it prints a seeded
 * random sample of the matches that are new in this build (for eyeballing precision).
 *
 * Usage: npx tsx scripts/eval-places.ts [--dump /tmp/places.jsonl] [--diff /tmp/old.jsonl --sample 100]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gazetteerStats, scan } from '../src/core/gazetteer/index.ts';
import { runPipeline } from '../src/core/pipeline.ts';
import { DEFAULT_PIPELINE } from '../src/core/stages/index.ts';
import { placesStage } from '../src/core/stages/places.ts';
import { loadSharedArticles } from '../src/services/datasets.ts';
import type { AnnotationsSoFar, Article, Token } from '../src/core/types.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
/** Repetitions of the timed places pass (the first, cold pass is not timed). */
const REPS = 5;
/** Characters of context on each side of a match in the dump. */
const CONTEXT = 40;

const t0 = performance.now();
gazetteerStats();
const loadMs = performance.now() - t0;

const articles = await loadSharedArticles();
const upToText = DEFAULT_PIPELINE.slice(0, DEFAULT_PIPELINE.indexOf(placesStage));
const prepared: { article: Article; soFar: AnnotationsSoFar }[] = articles.map((article) => ({
  article,
  soFar: runPipeline(upToText, article).annotations as unknown as AnnotationsSoFar,
}));

interface Row {
  id: string;
  key: string;
  surface: string;
  context: string;
}
const rows: Row[] = [];
const byKind: Record<string, number> = {};
for (const { article, soFar } of prepared) {
  const text = soFar.text;
  if (!text) continue;
  const lang = soFar.language?.lang ?? 'und';
  const body = soFar.clean?.body ?? article.text;
  const parts: [readonly Token[], string][] = [
    [text.titleTokens, article.title],
    [text.tokens, body],
  ];
  for (const [tokens, source] of parts) {
    const norms = tokens.map((t) => t.norm);
    const texts = tokens.map((t) => t.text);
    const initial = (i: number): boolean => i === 0 || tokens[i - 1].sentence !== tokens[i].sentence;
    for (const m of scan(norms, { lang, texts, initial })) {
      if (m.kind === 'org') continue;
      const a = tokens[m.start].start;
      const b = tokens[m.start + m.length - 1].end;
      byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
      rows.push({
        id: article.id,
        key: m.key,
        surface: source.slice(a, b),
        context: source.slice(Math.max(0, a - CONTEXT), b + CONTEXT).replace(/\s+/g, ' '),
      });
    }
  }
}

for (const { article, soFar } of prepared) placesStage.run(article, soFar);
const t1 = performance.now();
for (let r = 0; r < REPS; r++) for (const { article, soFar } of prepared) placesStage.run(article, soFar);
const perArticleUs = ((performance.now() - t1) * 1000) / (REPS * prepared.length);

console.log(
  JSON.stringify({
    articles: prepared.length,
    gazetteer: gazetteerStats(),
    loadMs: Math.round(loadMs),
    matches: rows.length,
    byKind,
    placesStageUsPerArticle: Math.round(perArticleUs),
  }),
);

const dump = opt('--dump');
if (dump) writeFileSync(dump, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

const diff = opt('--diff');
if (diff) {
  const old = new Map<string, number>();
  for (const line of readFileSync(diff, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as Row;
    const k = `${r.id}\t${r.context}\t${r.surface}`;
    old.set(k, (old.get(k) ?? 0) + 1);
  }
  const fresh = rows.filter((r) => {
    const k = `${r.id}\t${r.context}\t${r.surface}`;
    const n = old.get(k) ?? 0;
    if (n > 0) {
      old.set(k, n - 1);
      return false;
    }
    return true;
  });
  console.log(`new matches: ${fresh.length}; lost matches: ${[...old.values()].reduce((s, n) => s + n, 0)}`);
  const n = Number(opt('--sample') ?? 100);
  let seed = Number(opt('--seed') ?? 42);
  const rand = (): number => {
    // mulberry32: a small seeded generator, so the sample is reproducible
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...fresh];
  for (let k = 0; k < Math.min(n, pool.length); k++) {
    const j = k + Math.floor(rand() * (pool.length - k));
    [pool[k], pool[j]] = [pool[j], pool[k]];
    const r = pool[k];
    console.log(`${k + 1}\t${r.key}\t${r.surface}\t| ${r.context}`);
  }
  if (args.includes('--lost')) {
    for (const [k, c] of old) if (c > 0) console.log(`LOST\t${k}`);
  }
}
