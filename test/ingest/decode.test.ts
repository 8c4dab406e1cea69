import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, guessUtf16, repairMojibake } from '../../src/core/ingest/decode.ts';
import { isStorylineError } from '../../src/core/errors.ts';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
};
const cat = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p as Uint8Array))));

const SAMPLE = 'Été à Kraków : « déjà vu » — naïve façade';

test('decode: encodings (table)', () => {
  const rows: { name: string; input: Uint8Array; expected: string; encoding: string }[] = [
    { name: 'utf-8', input: utf8(SAMPLE), expected: SAMPLE, encoding: 'utf-8' },
    {
      name: 'utf-8 with BOM',
      input: cat([0xef, 0xbb, 0xbf], utf8(SAMPLE)),
      expected: SAMPLE,
      encoding: 'utf-8',
    },
    {
      name: 'utf-16le BOM',
      input: cat([0xff, 0xfe], utf16le(SAMPLE)),
      expected: SAMPLE,
      encoding: 'utf-16le',
    },
    {
      name: 'utf-16be BOM',
      input: cat([0xfe, 0xff], utf16be(SAMPLE)),
      expected: SAMPLE,
      encoding: 'utf-16be',
    },
    { name: 'utf-16le no BOM', input: utf16le(SAMPLE), expected: SAMPLE, encoding: 'utf-16le' },
    { name: 'utf-16be no BOM', input: utf16be(SAMPLE), expected: SAMPLE, encoding: 'utf-16be' },
    {
      name: 'utf-16le Cyrillic no BOM',
      input: utf16le('Москва, 14 сентября. Путин встретился с Лукашенко.'),
      expected: 'Москва, 14 сентября. Путин встретился с Лукашенко.',
      encoding: 'utf-16le',
    },
    // cp1252: 0xE9 = é, 0x92 = ’ (curly apostrophe), 0x80 = €
    {
      name: 'cp1252',
      input: Uint8Array.from([
        0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0x92, 0x61, 0x6f, 0x75, 0x74, 0x20, 0x35, 0x80,
      ]),
      expected: 'Café d’aout 5€',
      encoding: 'windows-1252',
    },
    // Latin-1 letters (bytes 0xA0-0xFF are the same in windows-1252)
    {
      name: 'latin-1',
      input: Uint8Array.from(Buffer.from('Müller größer Ñandú', 'latin1')),
      expected: 'Müller größer Ñandú',
      encoding: 'windows-1252',
    },
    {
      name: 'declared windows-1251 in meta',
      input: cat(
        utf8('<html><head><meta charset="windows-1251"></head><body>'),
        new Uint8Array(new TextEncoder().encode('x')).subarray(0, 0),
        [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0],
        utf8('</body></html>'),
      ),
      expected: '<html><head><meta charset="windows-1251"></head><body>Москва</body></html>',
      encoding: 'windows-1251',
    },
    {
      name: 'undeclared windows-1251 guessed',
      input: Uint8Array.from([
        0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, 0x20, 0xe8, 0x20, 0xcc, 0xe8, 0xed, 0xf1, 0xea,
      ]),
      expected: 'Москва и Минск',
      encoding: 'windows-1251',
    },
    {
      name: 'declared iso-8859-1 but really utf-8: utf-8 wins (no mojibake)',
      input: utf8('<?xml version="1.0" encoding="ISO-8859-1"?><p>Été déjà</p>'),
      expected: '<?xml version="1.0" encoding="ISO-8859-1"?><p>Été déjà</p>',
      encoding: 'utf-8',
    },
    {
      name: 'content type charset respected',
      input: Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65]),
      expected: 'Grüße',
      encoding: 'windows-1252',
    },
  ];
  for (const r of rows) {
    const d = decodeBytes(
      r.input,
      r.name,
      r.name.startsWith('content type') ? { contentType: 'text/plain; charset=iso-8859-1' } : {},
    );
    assert.equal(d.text, r.expected, r.name);
    assert.equal(d.encoding, r.encoding, r.name);
  }
});

test('decode: never double-decodes utf-8 into "Ã©"', () => {
  const d = decodeBytes(utf8('<meta charset="latin1">café, été, déjà'), 'x');
  assert.ok(!/Ã|Â/.test(d.text), d.text);
  assert.ok(d.text.includes('café, été, déjà'));
});

test('decode: repairs text that was double-encoded upstream, leaves real text alone', () => {
  const rows = [
    { input: 'Ã‰tÃ© Ã\u00a0Paris, dÃ©jÃ\u00a0vu', expected: 'Été àParis, déjàvu' },
    { input: 'lâ€™Ã©tÃ©', expected: 'l’été' },
    { input: 'Ça coûte 5 € à Noël', expected: 'Ça coûte 5 € à Noël' },
    { input: 'plain ascii', expected: 'plain ascii' },
    { input: '', expected: '' },
  ];
  for (const r of rows) assert.equal(repairMojibake(r.input), r.expected, r.input);
});

test('decode: binary and empty input are clean errors (table)', () => {
  const rows: { name: string; input: Uint8Array; code: string }[] = [
    { name: 'empty', input: new Uint8Array(0), code: 'INPUT_EMPTY' },
    { name: 'whitespace', input: utf8('  \n\t\r\n  '), code: 'INPUT_EMPTY' },
    { name: 'bom only', input: Uint8Array.from([0xef, 0xbb, 0xbf]), code: 'INPUT_EMPTY' },
    { name: 'pdf', input: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), code: 'INPUT_BINARY' },
    { name: 'zip', input: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), code: 'INPUT_BINARY' },
    {
      name: 'png',
      input: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      code: 'INPUT_BINARY',
    },
    { name: 'jpeg', input: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), code: 'INPUT_BINARY' },
    { name: 'gif', input: utf8('GIF89a\x01\x00'), code: 'INPUT_BINARY' },
    { name: 'gzip', input: Uint8Array.from([0x1f, 0x8b, 0x08, 0, 0, 0]), code: 'INPUT_BINARY' },
    {
      name: 'NUL bytes',
      input: Uint8Array.from([0x41, 0, 0, 0x42, 0x43, 0, 0x44, 0, 0, 0, 0x45]),
      code: 'INPUT_BINARY',
    },
    {
      name: 'control chars',
      input: utf8('abc\x01\x02\x03\x04\x05\x06def\x07\x08\x0e\x0f\x10\x11'),
      code: 'INPUT_BINARY',
    },
  ];
  for (const r of rows) {
    assert.throws(
      () => decodeBytes(r.input, `in-${r.name}`),
      (e: unknown) => isStorylineError(e) && e.code === r.code && e.input === `in-${r.name}`,
      r.name,
    );
  }
});

test('decode: UTF-16 guess only on a clear NUL pattern', () => {
  assert.equal(guessUtf16(utf16le('Hello world, this is text')), 'utf-16le');
  assert.equal(guessUtf16(utf16be('Hello world, this is text')), 'utf-16be');
  assert.equal(guessUtf16(utf8('Hello world, this is text')), undefined);
  assert.equal(guessUtf16(Uint8Array.from([0, 0, 0, 0, 0, 0])), undefined);
  assert.equal(guessUtf16(new Uint8Array(0)), undefined);
});
