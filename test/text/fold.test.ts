import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold } from '../../src/core/text/fold.ts';

const ROWS: ReadonlyArray<{ input: string; expected: string }> = [
  // ASCII fast path
  { input: 'Hello World', expected: 'hello world' },
  { input: '', expected: '' },
  { input: 'don`t', expected: "don't" },
  // Latin diacritics via NFD
  { input: 'Bélarus', expected: 'belarus' },
  { input: 'Biélorussie', expected: 'bielorussie' },
  { input: 'São Paulo', expected: 'sao paulo' },
  { input: 'Müller', expected: 'muller' },
  { input: 'Señor', expected: 'senor' },
  { input: 'Çağrı', expected: 'cagri' },
  { input: 'Şişli', expected: 'sisli' },
  { input: 'Nguyễn', expected: 'nguyen' },
  { input: 'Dvořák', expected: 'dvorak' },
  // Letters NFD cannot decompose
  { input: 'Łukaszenka', expected: 'lukaszenka' },
  { input: 'ŁÓDŹ', expected: 'lodz' },
  { input: 'Straße', expected: 'strasse' },
  { input: 'STRAẞE', expected: 'strasse' },
  { input: 'Øresund', expected: 'oresund' },
  { input: 'Ærø', expected: 'aero' },
  { input: 'Ǽ', expected: 'ae' }, // decomposes to Æ, itself special
  { input: 'ǿ', expected: 'o' },
  { input: 'Œuvre', expected: 'oeuvre' },
  { input: 'cœur', expected: 'coeur' },
  { input: 'Đoković', expected: 'dokovic' },
  { input: 'Diyarbakır', expected: 'diyarbakir' },
  { input: 'İstanbul', expected: 'istanbul' },
  { input: 'Þór', expected: 'thor' },
  // Apostrophes
  { input: 'l’Ukraine', expected: "l'ukraine" },
  { input: 'Rusyaʼnın', expected: "rusya'nin" },
  { input: 'l‘Europe', expected: "l'europe" },
  // Decomposed input (combining marks after a Latin base)
  { input: 'Be\u0301larus', expected: 'belarus' },
  // Cyrillic: lower-cased, ё -> е, й and ї kept
  { input: 'Лукашенко', expected: 'лукашенко' },
  { input: 'Ёлка', expected: 'елка' },
  { input: 'Йошкар-Ола', expected: 'йошкар-ола' },
  { input: 'Їжак', expected: 'їжак' },
  // Arabic: tashkeel and tatweel dropped, alef forms unified, alef maqsura -> ya
  { input: 'مُحَمَّد', expected: 'محمد' },
  { input: 'عـــرب', expected: 'عرب' },
  { input: 'أحمد', expected: 'احمد' },
  { input: 'إسرائيل', expected: 'اسرائيل' },
  { input: 'آمين', expected: 'امين' },
  { input: 'مصطفى', expected: 'مصطفي' },
  // Han unchanged
  { input: '北京', expected: '北京' },
  { input: 'Xi 习近平', expected: 'xi 习近平' },
];

test('fold: table', () => {
  for (const { input, expected } of ROWS) assert.equal(fold(input), expected, input);
});

test('fold: idempotent on every Latin, Cyrillic, Greek and Arabic letter (checked one by one)', () => {
  for (const [lo, hi] of [
    [0x20, 0x7ff],
    [0x1e00, 0x1fff],
  ]) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      const f = fold(ch);
      assert.equal(fold(f), f, `U+${c.toString(16)} ${ch} -> ${f}`);
    }
  }
});

test('fold: idempotent and never longer than twice the input', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const f = fold(s);
      assert.equal(fold(f), f);
      assert.ok(f.length <= s.length * 2 + 2);
    }),
  );
});
