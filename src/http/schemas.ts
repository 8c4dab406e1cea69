/**
 * JSON Schemas (OpenAPI 3.1, i.e. JSON Schema 2020-12) of the API's responses, by component name. They mirror
 * the TypeScript shapes the handlers return (`src/services/library/types.ts`, `src/services/store/types.ts`,
 * `src/core/coverage`, the compare result of the contract); the API tests check answers against them.
 */

/** A JSON Schema (the subset used here). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** A reference to a component schema. */
export function ref(name: SchemaName): JsonSchema {
  return link(name);
}

/** The same, untyped, for use inside {@link SCHEMAS} (whose type cannot depend on itself). */
function link(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
const strings = { type: 'array', items: str } as const;

function arrayOf(items: JsonSchema): JsonSchema {
  return { type: 'array', items };
}

/** An object schema: `required` lists the fields always present; the others may be absent. */
function object(
  properties: Readonly<Record<string, JsonSchema>>,
  required: readonly string[],
  description?: string,
): JsonSchema {
  return { type: 'object', ...(description ? { description } : {}), properties, required };
}

const langCount = object({ lang: str, articles: int }, ['lang', 'articles']);

const summaryEntity = object({ key: str, name: str, type: str, weight: num, variants: strings }, [
  'key',
  'name',
  'type',
  'weight',
  'variants',
]);

const storyRowFields = {
  id: str,
  headline: str,
  firstSeen: str,
  lastSeen: str,
  articles: int,
  languages: int,
  outlets: int,
} as const;

const articleRowFields = {
  id: str,
  origin: str,
  title: str,
  lang: str,
  published: str,
  source: str,
  url: str,
  words: int,
  ingestedAt: str,
  seq: int,
  storyId: str,
  score: num,
} as const;

const ARTICLE_ROW_REQUIRED = ['id', 'origin', 'title', 'lang', 'words', 'ingestedAt', 'seq'];

/** Every component schema by name. */
export const SCHEMAS = {
  Error: object(
    {
      error: object(
        {
          code: { type: 'string', description: 'A stable code of src/core/errors.ts, or INTERNAL.' },
          message: str,
          input: str,
        },
        ['code', 'message'],
      ),
    },
    ['error'],
  ),
  Health: object({ status: { const: 'ok' }, version: str }, ['status', 'version']),
  StoryRow: object(storyRowFields, ['id', 'headline', 'articles', 'languages', 'outlets']),
  StoryList: object(
    {
      stories: arrayOf(link('StoryRow')),
      order: { enum: ['newest', 'largest', 'growing'] },
      limit: int,
      offset: int,
    },
    ['stories', 'order', 'limit', 'offset'],
  ),
  StorySummary: object(
    {
      id: str,
      headline: str,
      articles: int,
      members: strings,
      languages: arrayOf(langCount),
      outlets: arrayOf(object({ name: str, articles: int }, ['name', 'articles'])),
      firstSeen: str,
      lastSeen: str,
      entities: arrayOf(summaryEntity),
      places: arrayOf(summaryEntity),
      timeline: arrayOf(object({ date: str, count: int, articles: strings }, ['date', 'count', 'articles'])),
    },
    ['id', 'headline', 'articles', 'members', 'languages', 'outlets', 'entities', 'places', 'timeline'],
  ),
  StoryMember: object({ id: str, title: str, lang: str, source: str, published: str, score: num, url: str }, [
    'id',
    'title',
    'lang',
    'score',
  ]),
  StoryPlace: object(
    { key: str, name: str, country: str, kind: str, lat: num, lon: num, articles: int, mentions: int },
    ['key', 'name', 'kind', 'articles', 'mentions'],
  ),
  StorySpeaker: object(
    {
      speaker: str,
      speakerKey: str,
      quotes: arrayOf(
        object({ text: str, articleId: str, source: str, lang: str }, ['text', 'articleId', 'lang']),
      ),
      quoteCount: {
        ...int,
        description:
          'How many quotes the speaker has in the story, when `quotes` lists fewer (a digest, or a page).',
      },
      quoteOffset: {
        ...int,
        description: "On a page of the whole list: how many of the speaker's quotes come before these.",
      },
    },
    ['speaker', 'quotes'],
  ),
  QuoteTotals: object(
    { speakers: int, quotes: int },
    ['speakers', 'quotes'],
    "What a story's whole list of quotes holds: speakers and quotes.",
  ),
  StoryQuotes: object(
    {
      storyId: str,
      resolvedFrom: {
        type: 'string',
        description: 'Set when the id asked for was merged into this story: the id asked for.',
      },
      headline: str,
      speakers: {
        ...arrayOf(link('StorySpeaker')),
        description: 'The quotes of the page, grouped by speaker, in the order of the whole list.',
      },
      quotesPage: object(
        { offset: int, limit: int, total: { ...int, description: 'Quotes of the whole list.' } },
        ['offset', 'limit', 'total'],
        'Which quotes `speakers` holds, counted across speakers in the order of the list.',
      ),
      quoteTotals: link('QuoteTotals'),
    },
    ['storyId', 'headline', 'speakers', 'quotesPage', 'quoteTotals'],
  ),
  Coverage: object(
    {
      outlets: arrayOf(
        object(
          {
            outlet: str,
            id: str,
            title: str,
            lang: str,
            facts: strings,
            onlyHere: strings,
            entities: arrayOf(
              object({ key: str, name: str, type: str, mentions: int }, ['key', 'name', 'type', 'mentions']),
            ),
            quotes: arrayOf(
              object({ speaker: str, speakerKey: str, quotes: strings }, ['speaker', 'quotes']),
            ),
          },
          ['outlet', 'id', 'title', 'lang', 'facts', 'onlyHere', 'entities', 'quotes'],
        ),
      ),
      facts: arrayOf(
        object(
          {
            id: str,
            reach: { enum: ['all', 'some', 'one'] },
            outlets: strings,
            members: arrayOf(
              object({ outlet: str, sentence: int, text: str }, ['outlet', 'sentence', 'text']),
            ),
            salience: num,
            entities: strings,
            wordings: {
              ...int,
              description:
                "In a story's digest: how many wordings the fact has when `members` lists only the first " +
                'few (the whole comparison lists them all).',
            },
          },
          ['id', 'reach', 'outlets', 'members', 'salience', 'entities'],
        ),
      ),
      entities: arrayOf(
        object(
          {
            key: str,
            name: str,
            type: str,
            outlets: arrayOf(object({ outlet: str, mentions: int }, ['outlet', 'mentions'])),
          },
          ['key', 'name', 'type', 'outlets'],
        ),
      ),
      speakers: arrayOf(object({ speaker: str, outlets: strings }, ['speaker', 'outlets'])),
    },
    ['outlets', 'facts', 'entities', 'speakers'],
    'Facts (sentence groups) every, some or one outlet reports; per outlet its facts, entities and quotes.',
  ),
  StoryDetail: object(
    {
      story: link('StoryRow'),
      resolvedFrom: {
        type: 'string',
        description: 'Set when the id asked for was merged into this story: the id asked for.',
      },
      summary: link('StorySummary'),
      articles: {
        ...arrayOf(link('StoryMember')),
        description: 'One page of the articles of the story (see `articlesPage`).',
      },
      articlesPage: object(
        {
          order: { type: 'string', enum: ['newest', 'oldest'] },
          offset: int,
          limit: int,
          total: { ...int, description: 'Articles of the whole story.' },
        },
        ['order', 'offset', 'limit', 'total'],
        'Which articles `articles` holds: the summary, places, quotes and coverage cover the whole story.',
      ),
      places: arrayOf(link('StoryPlace')),
      countries: arrayOf(object({ code: str, name: str, articles: int }, ['code', 'name', 'articles'])),
      speakers: {
        ...arrayOf(link('StorySpeaker')),
        description:
          'A digest: at most 12 speakers (quoted by most articles first, unattributed last), each with at ' +
          'most 3 quotes, other words and outlets first (`quoteCount` then counts them all); the whole list ' +
          'at `GET /api/stories/{id}/quotes`.',
      },
      coverage: {
        ...link('Coverage'),
        description:
          'For a large story a digest: at most 40 facts (those every outlet reports, the first fact each ' +
          "outlet alone reports, those shared by the most outlets), each outlet's facts restricted to them, " +
          'the entities capped; ids as in the whole comparison (`GET /api/stories/{id}/coverage`).',
      },
      coverageTotals: link('CoverageTotals'),
      quoteTotals: link('QuoteTotals'),
      notes: { ...strings, description: 'Limits applied (e.g. coverage compares 24 of the articles).' },
    },
    [
      'story',
      'summary',
      'articles',
      'articlesPage',
      'places',
      'countries',
      'speakers',
      'coverage',
      'coverageTotals',
      'quoteTotals',
    ],
  ),
  CoverageTotals: object(
    { facts: int, all: int, some: int, one: int, entities: int },
    ['facts', 'all', 'some', 'one', 'entities'],
    'What the whole coverage comparison holds: facts in all, by reach (every, some, one outlet), entities.',
  ),
  StoryCoverage: object(
    {
      storyId: str,
      resolvedFrom: {
        type: 'string',
        description: 'Set when the id asked for was merged into this story: the id asked for.',
      },
      headline: str,
      coverage: {
        ...link('Coverage'),
        description: 'The whole comparison, its facts one page at a time (see `factsPage`).',
      },
      factsPage: object(
        { offset: int, limit: int, total: { ...int, description: 'Facts of the whole comparison.' } },
        ['offset', 'limit', 'total'],
        'Which facts `coverage.facts` holds; outlets, entities and speakers are whole.',
      ),
      coverageTotals: link('CoverageTotals'),
    },
    ['storyId', 'headline', 'coverage', 'factsPage', 'coverageTotals'],
  ),
  ArticleRow: object(articleRowFields, ARTICLE_ROW_REQUIRED),
  ArticleJson: object(
    {
      id: str,
      title: str,
      lang: str,
      published: str,
      source: str,
      url: str,
      origin: str,
      entities: arrayOf(
        object({ name: str, type: str, key: str, mentions: int, variants: strings, roles: strings }, [
          'name',
          'type',
          'key',
          'mentions',
          'variants',
        ]),
      ),
      places: arrayOf(
        object(
          {
            name: str,
            key: str,
            country: str,
            kind: str,
            mentions: int,
            adjectival: int,
            variants: strings,
          },
          ['name', 'key', 'kind', 'mentions'],
        ),
      ),
      dates: arrayOf(
        object({ text: str, date: str, grain: str, certain: bool, mentions: int }, [
          'text',
          'date',
          'grain',
          'certain',
        ]),
      ),
      quotes: arrayOf(
        object({ text: str, speaker: str, speakerKey: str, kind: str, attribution: str }, ['text', 'kind']),
      ),
      embeds: arrayOf(object({ kind: str, text: str }, ['kind', 'text'])),
      sentences: int,
      words: int,
    },
    [
      'id',
      'title',
      'lang',
      'origin',
      'entities',
      'places',
      'dates',
      'quotes',
      'embeds',
      'sentences',
      'words',
    ],
    'The analysis of one article in the shape of `storyline analyze --json` (../shared/docs/CONTRACT.md).',
  ),
  ArticleDetail: object({ row: link('ArticleRow'), json: link('ArticleJson'), body: str, storyId: str }, [
    'row',
    'json',
    'body',
  ]),
  CompareResult: object(
    {
      a: str,
      b: str,
      scale: str,
      sameStory: bool,
      scores: object(
        {
          overall: num,
          geography: num,
          entities: num,
          time: num,
          narrative: num,
          style: num,
          tone: num,
        },
        ['overall', 'geography', 'entities', 'time', 'narrative', 'style', 'tone'],
        'SemEval-2022 Task 8 scale: 1 = same .. 4 = unrelated.',
      ),
      evidence: object(
        {
          sharedEntities: { type: 'array' },
          sharedPlaces: { type: 'array' },
          dates: { type: 'object' },
          alignedSentences: { type: 'array' },
          onlyInA: { type: 'array' },
          onlyInB: { type: 'array' },
          style: { type: 'object' },
          tone: { type: 'object' },
          features: { type: 'object', additionalProperties: num },
        },
        ['sharedEntities', 'sharedPlaces', 'dates', 'alignedSentences', 'onlyInA', 'onlyInB'],
      ),
      articles: { type: 'object' },
      scorer: str,
      notes: strings,
    },
    ['a', 'b', 'scale', 'sameStory', 'scores', 'evidence'],
    'The shape of `storyline compare --json` (../shared/docs/CONTRACT.md).',
  ),
  Comparison: object({ result: link('CompareResult'), a: link('ArticleDetail'), b: link('ArticleDetail') }, [
    'result',
    'a',
    'b',
  ]),
  SearchHit: object({ ...articleRowFields, rank: { type: 'number', description: 'bm25: lower is better' } }, [
    ...ARTICLE_ROW_REQUIRED,
    'rank',
  ]),
  SearchResults: object({ query: str, hits: arrayOf(link('SearchHit')), limit: int, offset: int }, [
    'query',
    'hits',
    'limit',
    'offset',
  ]),
  EntityPage: object(
    {
      key: str,
      type: str,
      names: strings,
      articles: arrayOf(
        object(
          {
            articleId: str,
            key: str,
            type: str,
            surface: str,
            mentions: int,
            country: str,
            title: str,
            lang: str,
            source: str,
            published: str,
          },
          ['articleId', 'key', 'type', 'surface', 'mentions', 'title', 'lang'],
        ),
      ),
      stories: arrayOf(link('StoryRow')),
    },
    ['key', 'type', 'names', 'articles', 'stories'],
  ),
  IngestSummary: object(
    {
      stored: int,
      duplicates: int,
      rejected: arrayOf(
        object({ code: str, message: str, input: str }, ['code', 'message'], 'An input that failed.'),
      ),
      articles: arrayOf(object({ id: str, storyId: str }, ['id', 'storyId'])),
      stories: strings,
      ms: num,
      prepared: object(
        { stories: int, built: int, ms: num },
        ['stories', 'built', 'ms'],
        'Story pages prepared after the ingest (stories of 3+ articles; built: those not already current).',
      ),
    },
    ['stored', 'duplicates', 'rejected', 'articles', 'stories', 'ms'],
  ),
  Stats: object(
    {
      schemaVersion: int,
      articles: int,
      stories: int,
      aliases: int,
      memberships: int,
      entities: int,
      languages: arrayOf(langCount),
      sources: arrayOf(object({ source: str, articles: int }, ['source', 'articles'])),
      firstPublished: str,
      lastPublished: str,
    },
    ['schemaVersion', 'articles', 'stories', 'aliases', 'memberships', 'entities', 'languages', 'sources'],
  ),
  ArticleInput: object(
    {
      id: str,
      title: str,
      text: str,
      url: str,
      source: str,
      lang: str,
      published: { type: 'string', description: 'ISO date or date-time' },
    },
    ['text'],
    'One article in the JSONL article shape of the README.',
  ),
  OpenApi: { type: 'object', description: 'This document.' },
} as const satisfies Record<string, JsonSchema>;

export type SchemaName = keyof typeof SCHEMAS;
