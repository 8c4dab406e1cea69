/**
 * Checks the bundled sample corpus (`samples/`) against its gold file `samples/stories.json`: every article
 * is labelled exactly once, the corpus keeps the coverage the README promises (13 languages, 7+ stories told in
 * several languages, 8+ outlets, 48+ articles of 150-500 words), and JSONL rows follow the article format.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_LANGS } from '../../src/core/types.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

interface GoldRow {
  readonly file: string;
  readonly line?: number;
  readonly item?: number;
  readonly title: string;
  readonly story: string;
  readonly lang: string;
  readonly source: string;
  readonly published: string;
}
interface Gold {
  readonly stories: readonly string[];
  readonly articles: readonly GoldRow[];
}

const gold = JSON.parse(readFileSync(`${SAMPLES}stories.json`, 'utf8')) as Gold;
const read = (file: string) => readFileSync(`${SAMPLES}${file}`, 'utf8');
const list = (dir: string) => readdirSync(`${SAMPLES}${dir}`).sort();

/** Minimum corpus sizes promised by samples/README.md. */
const MIN_ARTICLES = 48;
const MIN_STORIES = 7;
const MIN_OUTLETS = 8;
/** Each story must be told in at least this many languages, so cross-language grouping has work to do. */
const MIN_LANGS_PER_STORY = 3;

/** Word count; Chinese counted as characters / 1.6 (a rough word length in characters). */
function words(text: string): number {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const rest = text
    .replace(/\p{Script=Han}/gu, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return rest + Math.round(han / 1.6);
}

function decodeXml(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

test('samples: JSONL rows are articles with every field but id, and each has a gold label', () => {
  const rows = read('articles.jsonl').trimEnd().split('\n');
  const labelled = gold.articles.filter((a) => a.file === 'articles.jsonl');
  assert.equal(rows.length, labelled.length);
  rows.forEach((line, i) => {
    const row = JSON.parse(line) as Record<string, unknown>;
    assert.deepEqual(Object.keys(row).sort(), ['lang', 'published', 'source', 'text', 'title', 'url']);
    assert.ok(!Number.isNaN(Date.parse(String(row.published))), `line ${i + 1}: published is ISO 8601`);
    const label = labelled.find((a) => a.line === i + 1);
    assert.equal(label?.title, row.title, `line ${i + 1}: gold title`);
    const n = words(String(row.text));
    assert.ok(n >= 150 && n <= 500, `line ${i + 1}: ${n} words`);
  });
});

test('samples: feed items, pages and text files are all labelled, by title', () => {
  for (const feed of list('feeds')) {
    const xml = read(`feeds/${feed}`);
    const items = [...xml.matchAll(/<(item|entry)>[\s\S]*?<title>([\s\S]*?)<\/title>/g)].map((m) =>
      decodeXml(m[2]),
    );
    const labelled = gold.articles.filter((a) => a.file === `feeds/${feed}`);
    assert.ok(items.length >= 3, `${feed}: at least 3 items`);
    assert.deepEqual(
      items,
      [...labelled].sort((x, y) => (x.item ?? 0) - (y.item ?? 0)).map((a) => a.title),
    );
  }
  for (const dir of ['pages', 'text']) {
    const files = list(dir);
    assert.ok(files.length >= 3, `${dir}: at least 3 files`);
    for (const f of files) {
      const rows = gold.articles.filter((a) => a.file === `${dir}/${f}`);
      assert.equal(rows.length, 1, `${dir}/${f}: one gold row`);
      assert.ok(read(`${dir}/${f}`).includes(dir === 'pages' ? `<h1>${rows[0].title}</h1>` : rows[0].title));
    }
  }
});

test('samples: coverage of languages, stories and outlets', () => {
  const arts = gold.articles;
  assert.ok(arts.length >= MIN_ARTICLES, `${arts.length} articles`);
  assert.ok(gold.stories.length >= MIN_STORIES, `${gold.stories.length} stories`);
  assert.deepEqual([...new Set(arts.map((a) => a.lang))].sort(), [...SUPPORTED_LANGS].sort());
  assert.ok(new Set(arts.map((a) => a.source)).size >= MIN_OUTLETS);
  for (const story of gold.stories) {
    const of = arts.filter((a) => a.story === story);
    const langs = new Set(of.map((a) => a.lang));
    const outlets = new Set(of.map((a) => a.source));
    assert.ok(langs.size >= MIN_LANGS_PER_STORY, `${story}: ${langs.size} languages`);
    assert.ok(outlets.size >= MIN_LANGS_PER_STORY, `${story}: ${outlets.size} outlets`);
  }
  for (const a of arts) assert.ok(gold.stories.includes(a.story), `${a.title}: unknown story ${a.story}`);
});

test('samples: the embed noise the cleaner must handle is present', () => {
  const all = [read('articles.jsonl'), ...list('text').map((f) => read(`text/${f}`))].join('\n');
  const feeds = list('feeds')
    .map((f) => decodeXml(read(`feeds/${f}`)))
    .join('\n');
  const cases = [
    { name: 'embedded post', re: /pic\.twitter\.com\/\w+(\\n|\n)— [^(\n]+\(@\w+\) \w+ \d+, 2026/ },
    { name: 'photo credit', re: /(Photo|Foto): [^\n]+\//i },
    { name: 'read also', re: /(Read more|Lire aussi|Leggi anche|Lesen Sie auch|Читайте також)\s*:/ },
    { name: 'share line', re: /(Compartir en|Udostępnij:|Partager :|分享到)/ },
    { name: 'leading metadata line', re: /^ date 2026-03 [^\n]+ via NEWSWIRE$/m },
  ];
  for (const { name, re } of cases) assert.match(`${all}\n${feeds}`, re, name);
});
