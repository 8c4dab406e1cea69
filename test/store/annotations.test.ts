import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { analyzeArticle } from '../../src/services/analyze.ts';
import { loadSharedArticles, sharedDataDir } from '../../src/services/datasets.ts';
import { COLUMNS_APART_TAG, COLUMNS_TAG, NOT_DEFLATE_MASK } from '../../src/services/store/columns.ts';
import { openStore } from '../../src/services/store/index.ts';
import {
  articleRecord,
  decodeAnnotations,
  encodeAnnotations,
  encodeAnnotationsJson,
} from '../../src/services/store/record.ts';
import { isStorylineError } from '../../src/core/errors.ts';
import type { Annotations, Article, Token } from '../../src/core/types.ts';
import { INGESTED_AT, analyzeText, plain, sampleAnalyses } from './helpers.ts';

const SHARED = sharedDataDir();

/**
 * Encodes and decodes `a`, with the body inside the blob and apart from it, checks both deep-equal `a`, and
 * returns the first byte of the blob with the body inside.
 */
function roundTrip(a: Annotations, label: string): number {
  const blob = encodeAnnotations(a);
  assert.deepStrictEqual(decodeAnnotations(blob), plain(a), label);
  const apart = encodeAnnotations(a, { bodyApart: true });
  assert.deepStrictEqual(decodeAnnotations(apart, a.clean.body), plain(a), `${label} (body apart)`);
  assert.equal(apart[0], blob[0] === COLUMNS_TAG ? COLUMNS_APART_TAG : blob[0], `${label}: the apart tag`);
  return blob[0]!;
}

/** `a` with its text annotation changed by `edit` (the rest shared). */
function withText(
  a: Annotations,
  edit: (t: Annotations['text']) => Partial<Annotations['text']>,
): Annotations {
  return { ...a, text: { ...a.text, ...edit(a.text) } };
}

function withToken(a: Annotations, i: number, edit: Partial<Record<keyof Token, unknown>>): Annotations {
  return withText(a, (t) => ({
    tokens: t.tokens.map((tok, k) => (k === i ? ({ ...tok, ...edit } as Token) : tok)),
  }));
}

test('every sample article round-trips exactly through the column format', async () => {
  const analyses = await sampleAnalyses();
  assert.ok(analyses.length >= 40);
  for (const { article, annotations } of analyses) {
    assert.equal(roundTrip(annotations, article.id), COLUMNS_TAG, `${article.id} uses the column format`);
  }
});

test('the column format is smaller than the JSON format on the samples', async () => {
  let columns = 0;
  let json = 0;
  for (const { annotations } of await sampleAnalyses()) {
    columns += encodeAnnotations(annotations).length;
    json += encodeAnnotationsJson(annotations).length;
  }
  assert.ok(columns * 2 < json, `columns ${columns} bytes vs JSON ${json} bytes`);
});

/** Every distinct text under ../shared/data: Wikinews, seeds, and both sides of every SemEval row. */
function sharedTexts(): Promise<Article[]> {
  return loadSharedArticles(SHARED, { translated: true });
}

test(
  'every text under ../shared/data round-trips exactly',
  { skip: !existsSync(SHARED) && 'needs ../shared/data (absent)' },
  async () => {
    const articles = await sharedTexts();
    assert.ok(articles.length > 1500, `${articles.length} texts`);
    let columns = 0;
    for (const article of articles) {
      const r = analyzeArticle(article);
      if (!r.ok) continue;
      if (roundTrip(r.analysis.annotations, article.origin) === COLUMNS_TAG) columns++;
    }
    // The JSON fallback is for values columns cannot hold; real texts never need it.
    assert.ok(columns > 1500, `${columns} in the column format`);
  },
);

test('stored format-1 blobs (deflated JSON) still decode, and are told apart by their first byte', async () => {
  for (const { article, annotations } of await sampleAnalyses()) {
    const old = encodeAnnotationsJson(annotations);
    assert.notEqual(old[0]! & NOT_DEFLATE_MASK, NOT_DEFLATE_MASK, `${article.id}: a deflate block type`);
    assert.deepStrictEqual(decodeAnnotations(old), plain(annotations), article.id);
  }
});

test('a blob without its body is STORE_CORRUPT when the body is not given back', async () => {
  const [a] = await sampleAnalyses();
  const apart = encodeAnnotations(a!.annotations, { bodyApart: true });
  assert.ok(apart.length < encodeAnnotations(a!.annotations).length, 'smaller without the body');
  assert.throws(
    () => decodeAnnotations(apart),
    (e: unknown) => isStorylineError(e) && e.code === 'STORE_CORRUPT',
  );
});

test('an unknown format is STORE_CORRUPT, not a wrong decoding', () => {
  for (const first of [0x06, 0x0f, 0x17, 0x1e, 0xfe]) {
    assert.throws(
      () => decodeAnnotations(Uint8Array.of(first, 1, 2, 3)),
      (e: unknown) => isStorylineError(e) && e.code === 'STORE_CORRUPT',
      `first byte ${first}`,
    );
  }
});

test('edge cases round-trip exactly: table rows of what is derivable and what is not', async () => {
  const base = analyzeText(
    'edge',
    'L’Union et «Paris»',
    'Le président a dit : « Nous irons à Genève. » Ensuite, 42 % des élèves ?\n\nDeuxième paragraphe ici.',
    { declaredLang: 'fr' },
  ).annotations;
  assert.ok(base.text.tokens.length > 10);
  const rows: { name: string; a: Annotations; tag: number }[] = [
    { name: 'as analysed', a: base, tag: COLUMNS_TAG },
    {
      name: 'no tokens, no sentences',
      a: withText(base, () => ({ tokens: [], sentences: [] })),
      tag: COLUMNS_TAG,
    },
    { name: 'no title tokens', a: withText(base, () => ({ titleTokens: [] })), tag: COLUMNS_TAG },
    {
      name: 'empty body',
      a: {
        ...withText(base, () => ({ tokens: [], sentences: [], titleTokens: [] })),
        clean: { body: '', embeds: [] },
      },
      tag: COLUMNS_TAG,
    },
    { name: 'text not the body slice', a: withToken(base, 3, { text: 'autre' }), tag: COLUMNS_TAG },
    {
      name: 'norm equal to text',
      a: withToken(base, 0, { norm: base.text.tokens[0]!.text }),
      tag: COLUMNS_TAG,
    },
    { name: 'stem differs from norm', a: withToken(base, 1, { stem: 'x' }), tag: COLUMNS_TAG },
    { name: 'empty strings', a: withToken(base, 2, { text: '', norm: '', stem: '' }), tag: COLUMNS_TAG },
    { name: 'offsets backwards', a: withToken(base, 4, { start: 0, end: 2 }), tag: COLUMNS_TAG },
    { name: 'sentence index backwards', a: withToken(base, 5, { sentence: -3 }), tag: COLUMNS_TAG },
    {
      name: 'sentence text not the body slice',
      a: withText(base, (t) => ({
        sentences: t.sentences.map((s, i) => (i === 0 ? { ...s, text: 'x' } : s)),
      })),
      tag: COLUMNS_TAG,
    },
    { name: 'non-integer offset', a: withToken(base, 0, { end: 2.5 }), tag: 0 },
    { name: 'huge offset', a: withToken(base, 0, { end: 2 ** 40 }), tag: 0 },
    { name: 'unknown kind', a: withToken(base, 0, { kind: 'emoji' }), tag: 0 },
    { name: 'a token field the columns do not know', a: withToken(base, 0, { lemma: 'x' } as never), tag: 0 },
    {
      name: 'a sentence field the columns do not know',
      a: withText(base, (t) => ({ sentences: t.sentences.map((s) => ({ ...s, lead: true })) })),
      tag: 0,
    },
    { name: 'lone surrogate in a norm', a: withToken(base, 0, { norm: 'a\ud800' }), tag: 0 },
    {
      name: 'lone surrogate in the body (the JSON part escapes it)',
      a: { ...base, clean: { ...base.clean, body: `${base.clean.body}\udc00` } },
      tag: COLUMNS_TAG,
    },
  ];
  for (const row of rows) {
    const first = roundTrip(row.a, row.name);
    if (row.tag === COLUMNS_TAG) assert.equal(first, COLUMNS_TAG, `${row.name}: column format`);
    else assert.notEqual(first & NOT_DEFLATE_MASK, NOT_DEFLATE_MASK, `${row.name}: JSON format`);
  }
});

test('a store holding rows of both formats reads both', async () => {
  const [a, b] = await sampleAnalyses();
  const store = openStore({ path: ':memory:' });
  const oldRecord = {
    ...articleRecord(a!, { ingestedAt: INGESTED_AT }),
    annotations: encodeAnnotationsJson(a!.annotations),
  };
  assert.equal(await store.putRecord(oldRecord), 'stored');
  assert.equal(await store.putAnalysis(b!, { ingestedAt: INGESTED_AT }), 'stored');
  assert.deepStrictEqual((await store.getArticle(a!.article.id))?.analysis, plain(a));
  assert.deepStrictEqual((await store.getArticle(b!.article.id))?.analysis, plain(b));
  const both = await store.storedArticles({ afterSeq: 0, limit: 10 });
  assert.deepStrictEqual(
    both.map((s) => s.analysis),
    [plain(a), plain(b)],
  );
  await store.close();
});
