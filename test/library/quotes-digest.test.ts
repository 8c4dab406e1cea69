/**
 * The quotes a story page shows: a digest of the whole list by speaker (the first speakers, a few quotes of
 * each, other words and outlets first, `quoteCount` counting the rest), its totals, and pages of the whole
 * list counted across speakers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  quoteTotals,
  speakersDigest,
  speakersPage,
  STORY_SPEAKER_QUOTES,
  STORY_SPEAKERS,
} from '../../src/services/library/quotes-digest.ts';
import type { StorySpeaker } from '../../src/services/library/types.ts';

/** A speaker `name` with quotes given as [text, outlet] (article ids q0, q1, … in that order). */
function speaker(name: string, quotes: readonly [string, string | undefined][]): StorySpeaker {
  return {
    speaker: name,
    quotes: quotes.map(([text, source], i) => ({
      text,
      articleId: `${name}-${i}`,
      ...(source ? { source } : {}),
      lang: 'en',
    })),
  };
}

const texts = (s: StorySpeaker) => s.quotes.map((q) => `${q.text}@${q.source ?? q.articleId}`);

test('speakersDigest: which quotes of a speaker are kept, in their order (table)', () => {
  const rows: { name: string; quotes: [string, string | undefined][]; kept: string[] }[] = [
    { name: 'no quotes', quotes: [], kept: [] },
    {
      name: 'within the bound: all of them',
      quotes: [
        ['a', 'A'],
        ['a', 'A'],
        ['b', 'A'],
      ],
      kept: ['a@A', 'a@A', 'b@A'],
    },
    {
      name: 'other words from other outlets first',
      quotes: [
        ['a', 'A'],
        ['a', 'B'],
        ['b', 'A'],
        ['b', 'B'],
        ['c', 'C'],
      ],
      kept: ['a@A', 'b@B', 'c@C'],
    },
    {
      name: 'then other words from an outlet heard',
      quotes: [
        ['a', 'A'],
        ['a', 'B'],
        ['b', 'A'],
        ['c', 'A'],
      ],
      kept: ['a@A', 'b@A', 'c@A'],
    },
    {
      name: 'then repeats, the first in order; case and spacing are not other words',
      quotes: [
        ['Same  words', 'A'],
        ['same words', 'B'],
        ['SAME WORDS', 'C'],
        ['same words', 'D'],
      ],
      kept: ['Same  words@A', 'same words@B', 'SAME WORDS@C'],
    },
    {
      name: 'no outlet: the article stands for it',
      quotes: [
        ['a', undefined],
        ['b', undefined],
        ['c', undefined],
        ['d', undefined],
      ],
      kept: ['a@S-0', 'b@S-1', 'c@S-2'],
    },
  ];
  for (const r of rows) {
    const [d] = speakersDigest([speaker('S', r.quotes)]);
    if (r.quotes.length === 0) {
      assert.deepEqual(d?.quotes, [], r.name);
      continue;
    }
    assert.deepEqual(texts(d!), r.kept, r.name);
    assert.equal(
      d!.quoteCount,
      r.quotes.length > STORY_SPEAKER_QUOTES ? r.quotes.length : undefined,
      `${r.name}: quoteCount`,
    );
  }
});

test('speakersDigest: the first speakers only, the list within bounds unchanged; totals count the whole', () => {
  const many = Array.from({ length: STORY_SPEAKERS + 3 }, (_, i) => speaker(`S${i}`, [[`q${i}`, 'A']]));
  const d = speakersDigest(many);
  assert.deepEqual(
    d.map((s) => s.speaker),
    many.slice(0, STORY_SPEAKERS).map((s) => s.speaker),
  );
  assert.ok(d.every((s) => s.quoteCount === undefined));
  assert.deepEqual(quoteTotals(many), { speakers: STORY_SPEAKERS + 3, quotes: STORY_SPEAKERS + 3 });
  const few = many.slice(0, 2);
  assert.equal(speakersDigest(few), few, 'within the bounds: the same list');
  assert.deepEqual(quoteTotals([]), { speakers: 0, quotes: 0 });
});

test('speakersPage: quotes counted across speakers; a speaker cut by the page says so (table)', () => {
  const list = [
    speaker('A', [
      ['a0', 'X'],
      ['a1', 'X'],
      ['a2', 'X'],
    ]),
    speaker('B', [['b0', 'X']]),
    speaker('C', [
      ['c0', 'X'],
      ['c1', 'X'],
    ]),
  ];
  const rows: {
    offset: number;
    limit: number;
    page: { speaker: string; quotes: string[]; quoteCount?: number; quoteOffset?: number }[];
  }[] = [
    {
      offset: 0,
      limit: 10,
      page: [
        { speaker: 'A', quotes: ['a0', 'a1', 'a2'] },
        { speaker: 'B', quotes: ['b0'] },
        { speaker: 'C', quotes: ['c0', 'c1'] },
      ],
    },
    { offset: 0, limit: 2, page: [{ speaker: 'A', quotes: ['a0', 'a1'], quoteCount: 3 }] },
    {
      offset: 2,
      limit: 3,
      page: [
        { speaker: 'A', quotes: ['a2'], quoteCount: 3, quoteOffset: 2 },
        { speaker: 'B', quotes: ['b0'] },
        { speaker: 'C', quotes: ['c0'], quoteCount: 2 },
      ],
    },
    { offset: 5, limit: 3, page: [{ speaker: 'C', quotes: ['c1'], quoteCount: 2, quoteOffset: 1 }] },
    { offset: 6, limit: 3, page: [] },
    { offset: 0, limit: 0, page: [] },
  ];
  for (const r of rows) {
    const page = speakersPage(list, r.offset, r.limit).map((s) => ({
      speaker: s.speaker,
      quotes: s.quotes.map((q) => q.text),
      ...(s.quoteCount !== undefined ? { quoteCount: s.quoteCount } : {}),
      ...(s.quoteOffset !== undefined ? { quoteOffset: s.quoteOffset } : {}),
    }));
    assert.deepEqual(page, r.page, `offset ${r.offset}, limit ${r.limit}`);
  }
  // A digest's own counts do not leak into a page of the whole list.
  const [digested] = speakersDigest([
    speaker(
      'D',
      Array.from({ length: 5 }, (_, i) => [`d${i}`, 'X'] as [string, string]),
    ),
  ]);
  assert.equal(speakersPage([{ ...digested!, quotes: digested!.quotes }], 0, 10)[0]?.quoteCount, undefined);
});
