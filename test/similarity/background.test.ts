import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIdf, idf, layeredIdf, observe } from '../../src/core/similarity/idf.ts';
import { backgroundIdf } from '../../src/core/similarity/background.ts';
import {
  latinName,
  LANGUAGE_DEPENDENT,
  maskLanguage,
  FEATURE_NAMES,
} from '../../src/core/similarity/features.ts';
import { committedModel, usesBlind } from '../../src/core/similarity/scores.ts';

test('layered IDF counts the background and the layer together, without touching the background', () => {
  const base = createIdf();
  observe(base, ['harbour', 'treaty']);
  observe(base, ['harbour']);
  const flat = createIdf();
  for (const d of [['harbour', 'treaty'], ['harbour'], ['treaty', 'ostrava']]) observe(flat, d);
  const layered = layeredIdf(base);
  observe(layered, ['treaty', 'ostrava']);
  for (const t of ['harbour', 'treaty', 'ostrava', 'unseen']) assert.equal(idf(layered, t), idf(flat, t), t);
  assert.equal(base.docs, 2);
  assert.equal(base.df.has('ostrava'), false);
});

test('background table: built from samples/, loads, and weighs a common unit below an unseen one', () => {
  const bg = backgroundIdf();
  assert.ok(bg.docs >= 40, `docs ${bg.docs}`);
  const [common] = [...bg.df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  assert.ok(idf(bg, common) < idf(bg, 'zzz-never-seen'));
});

test('latinName: Cyrillic spellings meet their Latin counterparts; others unchanged', () => {
  const rows: { name: string; lang: string; expected: string }[] = [
    { name: 'марченко', lang: 'uk', expected: 'marchenko' },
    { name: 'марченко', lang: 'ru', expected: 'marchenko' },
    { name: 'wierzbicki', lang: 'pl', expected: 'wierzbicki' },
    { name: 'dorohusk', lang: 'en', expected: 'dorohusk' },
    { name: '', lang: 'uk', expected: '' },
  ];
  for (const r of rows) assert.equal(latinName(r.name, r.lang), r.expected, r.name);
});

test('language-blind masking zeroes exactly the language-dependent features', () => {
  const x = FEATURE_NAMES.map((_, i) => i + 1);
  const m = maskLanguage(x);
  FEATURE_NAMES.forEach((n, i) => assert.equal(m[i], LANGUAGE_DEPENDENT.has(n) ? 0 : i + 1, n));
  assert.ok(!LANGUAGE_DEPENDENT.has('keyCosine') && !LANGUAGE_DEPENDENT.has('daySharedShare'));
});

test('usesBlind: only cross-language pairs never seen in training', () => {
  const model = committedModel();
  assert.ok(model.blind, 'the committed model carries language-blind models');
  const rows: { a: string; b: string; expected: boolean }[] = [
    { a: 'fr', b: 'fr', expected: false },
    { a: 'de', b: 'en', expected: false },
    { a: 'en', b: 'de', expected: false },
    { a: 'pl', b: 'uk', expected: true },
    { a: 'zh', b: 'pt', expected: true },
  ];
  for (const r of rows) assert.equal(usesBlind(model, r.a, r.b), r.expected, `${r.a}-${r.b}`);
});
