/**
 * Per-language golden tests: one short fictional article per supported language
 * (`test/fixtures/golden/<lang>.txt`) run through the real default pipeline.
 *
 * Two tests per language, kept apart on purpose:
 * - "expectations": the hand-written `<lang>.expected.json` (written before any system output) must hold:
 *   detected language, persons (compared by key), places' countries, organisations, dates, quote speakers,
 *   scare quotes marked as terms. Never edit an expectation to match the system; fix the system.
 *   Each expected item is its own sub-test (`person:Jan Nowak`, `place:Delft`, `org:...`, `date:...`,
 *   `quote:<first words>`, `term:...`, `embed:<kind>:<text>`). An item listed in the expectation's
 *   `knownGaps` (with a concrete reason) runs as a `todo` sub-test: its failure does not fail the run, and
 *   when it passes the test prints a note so the gap can be removed from the file.
 * - "snapshot": the full JSON-ish result must equal `<lang>.snapshot.json`. Regenerate with
 *   `UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/golden` and review the diff (see test/golden/README.md).
 */
import { lookup } from '../../src/core/gazetteer/index.ts';
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../../src/core/pipeline.ts';
import { DEFAULT_PIPELINE } from '../../src/core/stages/index.ts';
import { SUPPORTED_LANGS } from '../../src/core/types.ts';
import type { Analysis, Article, Entity, Place, Quote } from '../../src/core/types.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
const INGEST_MODULE = new URL('../../src/core/ingest.ts', import.meta.url);
const KEYS_MODULE = new URL('../../src/core/keys/index.ts', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Expectation {
  readonly lang: string;
  readonly published: string;
  readonly persons: readonly string[];
  readonly places: readonly { readonly name: string; readonly country: string }[];
  readonly organizations: readonly string[];
  readonly dates: readonly string[];
  readonly quotes: readonly { readonly speaker: string; readonly startsWith: string }[];
  /** Optional: scare quotes that must come out as quotes of kind "term". */
  readonly terms?: readonly string[];
  /** Optional: lines that are not the article's prose: an embed of `kind` holding `contains`, absent from the body. */
  readonly embeds?: readonly { readonly kind: string; readonly contains: string }[];
  /** Optional: expected items the pipeline is known to miss, each with why (see {@link itemTest}). */
  readonly knownGaps?: readonly { readonly item: string; readonly reason: string }[];
}

type KeyFn = (name: string, type: Entity['type']) => string;
interface Keys {
  readonly nameKey?: KeyFn;
  readonly placeKey?: KeyFn;
}

/** Loads the key functions when `src/core/keys/index.ts` exists; comparisons fall back to folded surfaces. */
async function loadKeys(): Promise<Keys> {
  if (!existsSync(KEYS_MODULE)) return {};
  const mod = (await import(KEYS_MODULE.href)) as Record<string, unknown>;
  const fn = (name: string): KeyFn | undefined =>
    typeof mod[name] === 'function' ? (mod[name] as KeyFn) : undefined;
  return { nameKey: fn('nameKey'), placeKey: fn('placeKey') };
}

/** Lower case, no diacritics, one space: only for comparing surfaces when no key function exists. */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Leading quotation marks and spaces, left out when matching a quote's first words. */
const LEADING_QUOTE_MARKS = /^[\s"'«»„“”‘’‚‹›「」『』]+/u;

/** The fallback reader when ingestion offers no `parseDocument`: first non-blank line is the title. */
function articleFromText(text: string, origin: string, published: string): Article {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const body = lines
    .slice(first + 1)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  const id = createHash('sha1').update(text).digest('hex').slice(0, 16);
  return { id, title: lines[first]?.trim() ?? '', text: body, origin, published, publishedFrom: 'metadata' };
}

function isArticle(x: unknown): x is Article {
  return typeof x === 'object' && x !== null && typeof (x as Article).text === 'string' && 'title' in x;
}

/** Accepts what `parseDocument` may return: an Article, an IngestItem, or an array of either. */
function firstArticle(result: unknown): Article | undefined {
  const items = Array.isArray(result) ? result : [result];
  for (const item of items) {
    if (isArticle(item)) return item;
    if (typeof item === 'object' && item !== null && 'ok' in item) {
      const it = item as { ok: boolean; article?: Article; error?: Error };
      if (it.ok && it.article) return it.article;
      if (!it.ok && it.error) throw it.error;
    }
  }
  return undefined;
}

/** Reads the fixture through ingestion when it is there, else directly; the reference date comes from the expectation. */
async function loadArticle(lang: string, published: string): Promise<Article> {
  const path = `${FIXTURES}${lang}.txt`;
  const bytes = readFileSync(path);
  const origin = `test/fixtures/golden/${lang}.txt`;
  if (existsSync(INGEST_MODULE)) {
    const mod = (await import(INGEST_MODULE.href)) as Record<string, unknown>;
    if (typeof mod.parseDocument === 'function') {
      const parse = mod.parseDocument as (bytes: Uint8Array, origin: string) => unknown;
      const article = firstArticle(await parse(bytes, origin));
      assert.ok(article, `parseDocument gave no article for ${origin}`);
      return article.published ? article : { ...article, published, publishedFrom: 'metadata' };
    }
  }
  return articleFromText(bytes.toString('utf8'), origin, published);
}

const analyses = new Map<string, Promise<Analysis>>();
function analyse(lang: string, published: string): Promise<Analysis> {
  let p = analyses.get(lang);
  if (!p) {
    p = loadArticle(lang, published).then((article) => runPipeline(DEFAULT_PIPELINE, article));
    analyses.set(lang, p);
  }
  return p;
}

function readExpectation(lang: string): Expectation | undefined {
  const path = `${FIXTURES}${lang}.expected.json`;
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Expectation) : undefined;
}

/** Reads the published time from the expectation so the snapshot test works even without one. */
function publishedFor(lang: string): string {
  return readExpectation(lang)?.published ?? '2026-03-15T12:00:00Z';
}

function surfaces(e: { readonly name: string; readonly variants?: readonly string[] }): string[] {
  return [e.name, ...(e.variants ?? [])];
}

function sameSurface(expected: string, e: { readonly name: string; readonly variants?: readonly string[] }) {
  const f = fold(expected);
  return surfaces(e).some((s) => fold(s) === f);
}

/** An entity of the given type that is the expected name: same key when keys exist, else same folded surface. */
function findEntity(
  entities: readonly Entity[],
  type: Entity['type'],
  expected: string,
  lang: string,
  keys: Keys,
): Entity | undefined {
  const ofType = entities.filter((e) => e.type === type);
  if (keys.nameKey) {
    const key = keys.nameKey(expected, type);
    return ofType.find((e) => e.key === key);
  }
  return ofType.find((e) => sameSurface(expected, e));
}

/** Lower-case folded words (letters and digits only), for comparing names word by word. */
function words(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** True when `part` occurs in `whole` as a contiguous run of whole words. */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((w, j) => whole[i + j] === w)) return true;
  }
  return false;
}

/**
 * The organisation entity that is the expected one. An organisation is written with or without its head
 * noun ("Kennisinstituut Deltares" / "Deltares") or its seat ("Centro de Estudios Hidrográficos de Madrid"),
 * and which of the two is "the" name is a matter of taste, not of understanding. So, for every language: an
 * entity matches by key as a person does, or when its name or a variant contains the expected name as a
 * contiguous run of whole folded words. Never the reverse: a shorter entity ("Ассоциации" for "Ассоциация
 * туроператоров России") has lost part of the name and does not match.
 */
function findOrganization(
  entities: readonly Entity[],
  expected: string,
  lang: string,
  keys: Keys,
): Entity | undefined {
  const byKey = findEntity(entities, 'organization', expected, lang, keys);
  if (byKey) return byKey;
  const want = words(expected);
  return entities.find(
    (e) => e.type === 'organization' && surfaces(e).some((s) => containsRun(words(s), want)),
  );
}

function findPlace(places: readonly Place[], expected: string, lang: string, keys: Keys): Place | undefined {
  const bySurface = places.find((p) => sameSurface(expected, p));
  if (bySurface) return bySurface;
  // The expectation names the place in its dictionary form (Warszawa); the text may inflect it (Warszawy):
  // compare gazetteer keys.
  const hit = lookup(expected, lang);
  if (hit) return places.find((p) => p.key === hit.key);
  if (!keys.placeKey) return undefined;
  const key = keys.placeKey(expected, 'place');
  return places.find((p) => p.key === key);
}

/** The quote's speaker is the expected person: by key, by full name, or by the surname alone ("said Zhou"). */
function speakerMatches(q: Quote, expected: string, lang: string, keys: Keys): boolean {
  if (keys.nameKey) {
    const key = keys.nameKey(expected, 'person');
    if (q.speakerKey === key) return true;
    if (q.speaker !== undefined && keys.nameKey(q.speaker, 'person') === key) return true;
  }
  if (q.speaker === undefined) return false;
  const said = fold(q.speaker);
  const want = fold(expected);
  return said === want || (said.length > 0 && want.endsWith(` ${said}`));
}

function describeEntities(entities: readonly Entity[], type: Entity['type']): string {
  return JSON.stringify(entities.filter((e) => e.type === type).map((e) => `${e.name} [${e.key}]`));
}

/**
 * Runs one expected item as its own sub-test. A known gap is a `todo`: node's runner reports its failure
 * without failing the run; when it passes, a note says the gap can be removed from the expectation file.
 */
async function itemTest(
  t: TestContext,
  item: string,
  gaps: ReadonlyMap<string, string>,
  check: () => void,
): Promise<void> {
  const reason = gaps.get(item);
  if (reason === undefined) {
    await t.test(item, check);
    return;
  }
  await t.test(item, { todo: `known gap: ${reason}` }, (st) => {
    check();
    const note = `known gap "${item}" now passes: remove it from knownGaps`;
    st.diagnostic(note);
    console.log(`NOTE ${note}`);
  });
}

/** The known gaps of an expectation, item -> reason. */
function knownGaps(exp: Expectation): Map<string, string> {
  return new Map((exp.knownGaps ?? []).map((g) => [g.item, g.reason]));
}

/** Every item name an expectation defines (what a known gap may name). */
function itemNames(exp: Expectation): string[] {
  return [
    'language',
    ...exp.persons.map((n) => `person:${n}`),
    ...exp.places.map((p) => `place:${p.name}`),
    ...exp.organizations.map((n) => `org:${n}`),
    ...exp.dates.map((d) => `date:${d}`),
    ...exp.quotes.map((q) => `quote:${q.startsWith}`),
    ...(exp.terms ?? []).map((x) => `term:${x}`),
    ...(exp.embeds ?? []).map((e) => `embed:${e.kind}:${e.contains}`),
  ];
}

for (const lang of SUPPORTED_LANGS) {
  const expected = readExpectation(lang);
  const missing = expected === undefined && `no expectation file test/fixtures/golden/${lang}.expected.json`;

  test(`golden ${lang}: expectations`, { skip: missing }, async (t) => {
    const exp = expected as Expectation;
    const gaps = knownGaps(exp);
    const keys = await loadKeys();
    const { annotations: a } = await analyse(lang, exp.published);
    const entities = a.entities?.entities ?? [];
    const places = a.places?.places ?? [];
    const dates = a.dates?.dates ?? [];
    const quotes = a.quotes?.quotes ?? [];

    await t.test('known gaps name expected items and give a reason', () => {
      const names = new Set(itemNames(exp));
      for (const g of exp.knownGaps ?? []) {
        assert.ok(names.has(g.item), `known gap "${g.item}" names no expected item`);
        assert.ok(g.reason.trim().length > 0, `known gap "${g.item}" has no reason`);
      }
    });

    await itemTest(t, 'language', gaps, () => {
      assert.equal(a.language?.lang, exp.lang);
    });

    await t.test('persons', async (st) => {
      for (const name of exp.persons) {
        await itemTest(st, `person:${name}`, gaps, () => {
          assert.ok(
            findEntity(entities, 'person', name, lang, keys),
            `person "${name}" not found; persons: ${describeEntities(entities, 'person')}`,
          );
        });
      }
    });

    await t.test('places and their countries', async (st) => {
      for (const { name, country } of exp.places) {
        await itemTest(st, `place:${name}`, gaps, () => {
          const place = findPlace(places, name, lang, keys);
          const found = JSON.stringify(places.map((p) => `${p.name} (${p.country ?? '?'})`));
          assert.ok(place, `place "${name}" not found; places: ${found}`);
          assert.equal(place.country, country, `country of "${name}"`);
        });
      }
    });

    await t.test('organizations', async (st) => {
      for (const name of exp.organizations) {
        await itemTest(st, `org:${name}`, gaps, () => {
          assert.ok(
            findOrganization(entities, name, lang, keys),
            `organization "${name}" not found; organizations: ${describeEntities(entities, 'organization')}`,
          );
        });
      }
    });

    await t.test('dates', async (st) => {
      const found = new Set(dates.map((d) => d.date));
      for (const date of exp.dates) {
        await itemTest(st, `date:${date}`, gaps, () => {
          assert.ok(found.has(date), `date ${date} not found; dates: ${JSON.stringify([...found])}`);
        });
      }
    });

    await t.test('quotes and speakers', async (st) => {
      for (const { speaker, startsWith } of exp.quotes) {
        await itemTest(st, `quote:${startsWith}`, gaps, () => {
          const start = fold(startsWith);
          const quote = quotes.find((q) => fold(q.text.replace(LEADING_QUOTE_MARKS, '')).startsWith(start));
          const found = JSON.stringify(quotes.map((q) => `${q.text.slice(0, 30)}… — ${q.speaker ?? '?'}`));
          assert.ok(quote, `quote starting "${startsWith}" not found; quotes: ${found}`);
          assert.ok(
            speakerMatches(quote, speaker, lang, keys),
            `quote "${startsWith}…" attributed to ${JSON.stringify(quote.speaker)}, expected "${speaker}"`,
          );
          assert.equal(quote.kind, 'statement', `quote "${startsWith}…" should be a statement`);
        });
      }
    });

    await t.test(
      'embeds set apart from the body',
      { skip: !exp.embeds?.length && 'no embeds expected' },
      async (st) => {
        const embeds = a.clean?.embeds ?? [];
        for (const { kind, contains } of exp.embeds ?? []) {
          await itemTest(st, `embed:${kind}:${contains}`, gaps, () => {
            const found = JSON.stringify(embeds.map((e) => `${e.kind}: ${e.text.slice(0, 40)}`));
            assert.ok(
              embeds.some((e) => e.kind === kind && e.text.includes(contains)),
              `no ${kind} embed holding "${contains}"; embeds: ${found}`,
            );
            assert.ok(!(a.clean?.body ?? '').includes(contains), `"${contains}" is still in the body`);
          });
        }
      },
    );

    await t.test(
      'scare quotes are terms',
      { skip: !exp.terms?.length && 'no terms expected' },
      async (st) => {
        for (const term of exp.terms ?? []) {
          await itemTest(st, `term:${term}`, gaps, () => {
            const f = fold(term);
            const quote = quotes.find((q) => fold(q.text).includes(f));
            assert.ok(quote, `scare quote "${term}" not found among quotes`);
            assert.equal(quote.kind, 'term', `"${term}" should be a term`);
          });
        }
      },
    );
  });
}

/** The reviewable result: everything a reader of the CLI's JSON would see, in a stable order. */
function snapshotOf({ article, annotations: a }: Analysis): unknown {
  const byKey = <T extends { key: string }>(x: T, y: T) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  return {
    title: article.title,
    published: article.published,
    lang: a.language?.lang,
    embeds: a.clean?.embeds ?? [],
    sentences: (a.text?.sentences ?? []).map((s) => s.text),
    words: a.text?.words,
    entities: [...(a.entities?.entities ?? [])]
      .map((e) => ({
        name: e.name,
        type: e.type,
        key: e.key,
        mentions: e.mentions,
        variants: [...e.variants].sort(),
        roles: e.roles ? [...e.roles].sort() : undefined,
        country: e.country,
      }))
      .sort((x, y) => x.type.localeCompare(y.type) || byKey(x, y)),
    places: [...(a.places?.places ?? [])]
      .map((p) => ({
        name: p.name,
        key: p.key,
        country: p.country,
        kind: p.kind,
        mentions: p.mentions,
        adjectival: p.adjectival,
        variants: [...p.variants].sort(),
      }))
      .sort(byKey),
    dates: (a.dates?.dates ?? []).map((d) => ({
      text: d.text,
      date: d.date,
      grain: d.grain,
      certain: d.certain,
    })),
    quotes: (a.quotes?.quotes ?? []).map((q) => ({
      text: q.text,
      speaker: q.speaker,
      speakerKey: q.speakerKey,
      attribution: q.attribution,
      kind: q.kind,
    })),
  };
}

for (const lang of SUPPORTED_LANGS) {
  const fixture = `${FIXTURES}${lang}.txt`;
  const snapshotPath = `${FIXTURES}${lang}.snapshot.json`;
  const skip =
    (!existsSync(fixture) && `no fixture test/fixtures/golden/${lang}.txt`) ||
    (!UPDATE &&
      !existsSync(snapshotPath) &&
      `no snapshot yet: run UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/golden`);

  test(`golden ${lang}: snapshot`, { skip }, async () => {
    // Round-trip through JSON so undefined fields vanish exactly as they do in the stored file.
    const actual: unknown = JSON.parse(JSON.stringify(snapshotOf(await analyse(lang, publishedFor(lang)))));
    if (UPDATE) {
      writeFileSync(snapshotPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    const stored: unknown = JSON.parse(readFileSync(snapshotPath, 'utf8'));
    assert.deepEqual(
      actual,
      stored,
      `${lang} result differs from its snapshot; if the change is intended, regenerate with UPDATE_GOLDEN=1 and review the diff`,
    );
  });
}
