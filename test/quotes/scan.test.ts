import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAME, type CompiledQuoteLexicon } from '../../src/core/quotes/compile.ts';
import { findMarkedQuotes } from '../../src/core/quotes/marks.ts';
import { personSpans } from '../../src/core/quotes/persons.ts';

/** The fallback name scan as it was written first: one regex with a leading look-behind. */
const WITH_LOOKBEHIND = new RegExp(`(?<![\\p{L}\\p{M}])${NAME}`, 'gu');
const LEX = {
  lex: { noWordBoundaries: false },
  notName: new Set<string>(),
} as unknown as CompiledQuoteLexicon;

test('fallback names: the boundary checked in code finds what the look-behind regex finds', () => {
  const rows: readonly (readonly [string, readonly string[]])[] = [
    ['Selon Émile Zola et Victor Hugo, rien.', ['Selon Émile Zola', 'Victor Hugo']],
    ['aÉmile Zola a dit', []],
    ['xJean Dupont, puis Jean Dupont', ['Jean Dupont']],
    ['é\u0301Jean Dupont Martin Luc', ['Dupont Martin Luc']],
    ['𝐀bc Émile Zola', ['𝐀bc Émile Zola']],
    ['x𝐀bc Émile Zola', ['Émile Zola']],
    ['\udc00Émile Zola', ['Émile Zola']],
    ['Jean-Luc Picard met Anna Karenina', ['Luc Picard', 'Anna Karenina']],
    ['', []],
  ];
  for (const [text, names] of rows) {
    const found = personSpans([], text, LEX).map((p) => p.name);
    WITH_LOOKBEHIND.lastIndex = 0;
    const expected = [...text.matchAll(WITH_LOOKBEHIND)].map((m) => m[0]);
    assert.deepEqual(found, expected, text);
    assert.deepEqual(found, names, text);
  }
});

test('quote marks: every kind of mark, apostrophes inside words, and an unclosed mark', () => {
  const rows: readonly (readonly [string, readonly string[]])[] = [
    ['Il a dit « non » hier.', ['non']],
    ['He said “yes, ‘maybe’ later” today.', ['yes, ‘maybe’ later']],
    ['Er sagte „ja“ und »nein«.', ['ja', 'nein']],
    ["l’Union don't students' 'quoted'", ['quoted']],
    ['他说「可以」。', ['可以']],
    ['« jamais fermé', []],
    ['no marks at all', []],
  ];
  for (const [text, inner] of rows)
    assert.deepEqual(
      findMarkedQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd)),
      inner,
      text,
    );
});
