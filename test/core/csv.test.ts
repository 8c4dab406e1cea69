import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv, parseCsvRecords } from '../../src/core/csv.ts';

const rows: { name: string; input: string; expected: string[][] }[] = [
  {
    name: 'plain',
    input: 'a,b\n1,2\n',
    expected: [
      ['a', 'b'],
      ['1', '2'],
    ],
  },
  {
    name: 'crlf and no final newline',
    input: 'a,b\r\n1,2',
    expected: [
      ['a', 'b'],
      ['1', '2'],
    ],
  },
  { name: 'quoted comma', input: '"x,y",z\n', expected: [['x,y', 'z']] },
  { name: 'doubled quote', input: '"say ""hi""",2\n', expected: [['say "hi"', '2']] },
  { name: 'embedded newline', input: '"l1\nl2",3\n', expected: [['l1\nl2', '3']] },
  { name: 'empty fields', input: ',,\n', expected: [['', '', '']] },
  { name: 'bom', input: '\ufeffa\n', expected: [['a']] },
  { name: 'unclosed quote keeps the rest', input: '"abc', expected: [['abc']] },
];

for (const r of rows) {
  test(`parseCsv: ${r.name}`, () => assert.deepEqual(parseCsv(r.input), r.expected));
}

test('parseCsvRecords maps the header and skips blank lines', () => {
  assert.deepEqual(parseCsvRecords('id,text\n1,"a, b"\n\n2,c\n'), [
    { id: '1', text: 'a, b' },
    { id: '2', text: 'c' },
  ]);
});
