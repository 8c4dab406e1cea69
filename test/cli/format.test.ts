/** The CLI's pure helpers: table layout, display width, CSV quoting, id-or-file, ingest runs and summaries. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../src/core/csv.ts';
import { storylineError } from '../../src/core/errors.ts';
import { csvField, csvRecord } from '../../src/cli/commands/export.ts';
import {
  EMPTY_SUMMARY,
  formatIngestSummary,
  inputRuns,
  mergeSummaries,
} from '../../src/cli/commands/ingest.ts';
import { displayWidth, formatTable, isStoredId } from '../../src/cli/shared.ts';

test('displayWidth: wide CJK characters take two columns', () => {
  const rows: [string, number][] = [
    ['', 0],
    ['abc', 3],
    ['Bélarus', 7],
    ['Лукашенко', 9],
    ['海风日报', 8],
    ['ＡＢ', 4],
  ];
  for (const [s, want] of rows) assert.equal(displayWidth(s), want, s);
});

test('formatTable: columns as wide as their widest cell, numbers right-aligned, long cells clipped', () => {
  const rows = [
    { id: 'a', n: 7, title: 'Short' },
    { id: 'bbbb', n: 12, title: 'A rather long title that will be clipped' },
    { id: '海风', n: 1, title: '天宇' },
  ];
  const text = formatTable(rows, [
    { header: 'id', value: (r) => r.id },
    { header: 'n', value: (r) => String(r.n), right: true },
    { header: 'title', value: (r) => r.title, max: 12 },
  ]);
  assert.equal(
    text,
    ['id     n  title', 'a      7  Short', 'bbbb  12  A rather lo…', '海风   1  天宇'].join('\n'),
  );
  assert.equal(formatTable([], [{ header: 'x', value: () => '' }]), 'x');
});

test('CSV fields: quoted only when needed, quotes doubled; records parse back', () => {
  const rows: [string | number | undefined, string][] = [
    ['plain', 'plain'],
    [42, '42'],
    [undefined, ''],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded ', '" padded "'],
    ['«Écrire» — 海风', '«Écrire» — 海风'],
  ];
  for (const [v, want] of rows) assert.equal(csvField(v), want, String(v));
  const values = [
    'id1',
    'Title, with "quotes"\nand a break',
    'fr',
    '',
    '2026-03-05',
    'https://x.test/?a=1,2',
  ];
  assert.deepEqual(parseCsv(csvRecord(values) + '\r\n')[0], values);
});

test('isStoredId: ids are not paths; names with a folder or an extension are files', () => {
  const rows: [string, boolean][] = [
    ['7a61144dd750e5af', true],
    ['story:4624aee97a9026c6', true],
    ['a.txt', false],
    ['seeds/000', false],
    ['C:\\x', false],
    ['-', false],
    ['', false],
    ['package.json', false],
    ['samples', false], // exists: a folder
  ];
  for (const [arg, want] of rows) assert.equal(isStoredId(arg), want, arg);
});

test('inputRuns: consecutive paths together, each URL alone, order kept', () => {
  assert.deepEqual(inputRuns([]), []);
  assert.deepEqual(inputRuns(['a', 'b', 'https://x.test/f', 'c', 'http://y.test/', 'http://z.test/']), [
    { urls: false, inputs: ['a', 'b'] },
    { urls: true, inputs: ['https://x.test/f'] },
    { urls: false, inputs: ['c'] },
    { urls: true, inputs: ['http://y.test/'] },
    { urls: true, inputs: ['http://z.test/'] },
  ]);
});

test('mergeSummaries adds counts and keeps stories unique; the summary names each rejection', () => {
  const a = {
    ...EMPTY_SUMMARY,
    stored: 2,
    articles: [
      { id: '1', storyId: 's1' },
      { id: '2', storyId: 's2' },
    ],
    stories: ['s1', 's2'],
    ms: 500,
  };
  const b = {
    ...EMPTY_SUMMARY,
    duplicates: 1,
    rejected: [storylineError('INPUT_EMPTY', 'e.txt')],
    articles: [{ id: '3', storyId: 's2' }],
    stories: ['s2', 's3'],
    ms: 1500,
  };
  const m = mergeSummaries(a, b);
  assert.deepEqual(
    [m.stored, m.duplicates, m.rejected.length, m.articles.length, m.stories, m.ms],
    [2, 1, 1, 3, ['s1', 's2', 's3'], 2000],
  );
  assert.equal(
    formatIngestSummary(m, 'x.db', false),
    'stored 2 articles into x.db, 1 duplicate left unchanged, 1 rejected; 3 stories created or changed; ' +
      '2.0 s (1.0 articles/s)\nRejected:\n  e.txt: empty input (no text) [INPUT_EMPTY]',
  );
  assert.match(formatIngestSummary(EMPTY_SUMMARY, 'x.db', true), /^Interrupted: stored 0 articles/);
});
