import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostOutlet } from '../../src/core/ingest/article.ts';
import { parseDocumentText } from '../../src/core/ingest/parse.ts';

test('hostOutlet: the host of an article URL, without edition prefixes; nothing for non-web URLs', () => {
  const rows: [string | undefined, string | undefined][] = [
    ['https://www.lemonde.fr/international/article/2020/09/14/x.html', 'lemonde.fr'],
    ['http://br.news.yahoo.com/041113/25/p0en.html', 'br.news.yahoo.com'],
    ['https://m.example-zeitung.de/politik/1', 'example-zeitung.de'],
    ['https://amp.example.co.uk/news/2', 'example.co.uk'],
    ['https://WWW2.Example.ORG/a', 'example.org'],
    ['  https://www.example.com/a  ', 'example.com'],
    ['ftp://files.example.com/a', undefined],
    ['mailto:desk@example.com', undefined],
    ['http://localhost:8080/a', undefined],
    ['not a url', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [url, expected] of rows) assert.equal(hostOutlet(url), expected, String(url));
});

test('parse: a JSONL row without a source gets the outlet of its URL; a declared source wins', () => {
  const jsonl = [
    JSON.stringify({
      id: 'a',
      title: 'Talks in Minsk',
      text: 'The two presidents met.',
      url: 'https://www.example-news.com/a',
    }),
    JSON.stringify({
      id: 'b',
      title: 'Talks in Minsk',
      text: 'The two presidents met.',
      url: 'https://www.example-news.com/b',
      source: 'Example News',
    }),
    JSON.stringify({ id: 'c', title: 'Talks in Minsk', text: 'The two presidents met.' }),
  ].join('\n');
  const sources = parseDocumentText(jsonl, 'in.jsonl').map((i) =>
    i.ok ? (i.article.source ?? null) : i.error.code,
  );
  assert.deepEqual(sources, ['example-news.com', 'Example News', null]);
});
