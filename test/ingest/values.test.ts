import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentId } from '../../src/core/ingest/id.ts';
import { normalisePublished } from '../../src/core/ingest/published.ts';
import { truncateText } from '../../src/core/ingest/article.ts';
import { parseDocumentText } from '../../src/core/ingest/parse.ts';

test('contentId: stable, 16 hex, insensitive to case/whitespace/NFC, sensitive to words', () => {
  const id = contentId('Titre', 'Un été à Minsk.');
  assert.match(id, /^[0-9a-f]{16}$/);
  assert.equal(contentId('  TITRE ', 'Un  été\nà Minsk.'), id);
  assert.equal(contentId('Titre', 'Un e\u0301te\u0301 à Minsk.'), id); // decomposed accents
  assert.notEqual(contentId('Titre', 'Un été à Moscou.'), id);
  assert.notEqual(contentId('', 'Titre Un été à Minsk.'), id); // where the title ends matters
});

test('same article from text and JSON gets the same id', () => {
  const [a] = parseDocumentText('Le titre\nLe corps.', 'a.txt');
  const [b] = parseDocumentText('{"title":"Le titre","text":"Le corps."}', 'b.jsonl');
  assert.ok(a.ok && b.ok);
  assert.equal(a.article.id, b.article.id);
});

test('normalisePublished (table)', () => {
  const rows: { input: string | undefined; iso?: string; grain?: string }[] = [
    { input: '2020-09-14T10:00:00Z', iso: '2020-09-14T10:00:00Z', grain: 'time' },
    { input: '2020-09-14T10:00:00.123+03:00', iso: '2020-09-14T10:00:00+03:00', grain: 'time' },
    { input: '2020-09-14 10:00', iso: '2020-09-14T10:00:00Z', grain: 'time' },
    { input: '2020-09-14T10:00:00+0000', iso: '2020-09-14T10:00:00Z', grain: 'time' },
    { input: '2020-09-14', iso: '2020-09-14T00:00:00Z', grain: 'day' },
    { input: '20200914', iso: '2020-09-14T00:00:00Z', grain: 'day' },
    { input: '2020-09', iso: '2020-09-01T00:00:00Z', grain: 'month' },
    { input: '2020', iso: '2020-01-01T00:00:00Z', grain: 'year' },
    { input: 'Mon, 14 Sep 2020 10:00:00 +0200', iso: '2020-09-14T10:00:00+02:00', grain: 'time' },
    { input: 'Mon, 14 Sep 2020 23:30:00 GMT', iso: '2020-09-14T23:30:00Z', grain: 'time' },
    { input: 'September 14, 2020', iso: '2020-09-14T00:00:00Z', grain: 'day' },
    { input: '2020-02-30', iso: undefined },
    { input: '2020-13', iso: undefined },
    { input: '0001-01-01', iso: undefined },
    { input: 'yesterday', iso: undefined },
    { input: '', iso: undefined },
    { input: undefined, iso: undefined },
  ];
  for (const r of rows) {
    const p = normalisePublished(r.input);
    assert.equal(p?.iso, r.iso, String(r.input));
    if (r.grain) assert.equal(p?.grain, r.grain, String(r.input));
  }
});

test('truncateText: paragraph, sentence, hard cut (table)', () => {
  const rows = [
    { input: 'short', max: 10, expected: 'short' },
    { input: 'aaaaaaaaa\nbbbbbbbbbbbbbbbb', max: 10, expected: 'aaaaaaaaa' },
    { input: 'Aaaa aaaa. Bbbbbbbbbbbbb', max: 11, expected: 'Aaaa aaaa.' },
    { input: 'abcdefghijklmnop', max: 10, expected: 'abcdefghij' },
    { input: 'abcdefghi\u{1F600}xyz', max: 10, expected: 'abcdefghi' }, // never half a surrogate pair
  ];
  for (const r of rows) assert.equal(truncateText(r.input, r.max), r.expected, r.input);
});

test('very long article text is cut at a boundary and the cut is noted', () => {
  const para = 'Une phrase assez longue pour remplir le texte. '.repeat(40).trim();
  const text = Array.from({ length: 200 }, () => para).join('\n');
  const [item] = parseDocumentText(`Titre\n${text}`, 'long.txt');
  assert.ok(item.ok);
  assert.ok(item.article.text.length <= 200_000);
  assert.ok(item.article.text.endsWith('texte.'));
  assert.equal(item.article.truncatedFrom, text.length);
});
