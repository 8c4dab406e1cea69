/**
 * The coverage digest a story page shows: which facts it keeps (every outlet's, then each outlet's own first,
 * then the most shared, then the other single-outlet ones), in the comparison's order and ids, with the
 * outlets' fact lists restricted to them and the entities capped; the totals; a page of the whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Coverage, FactGroup, Reach } from '../../src/core/coverage/index.ts';
import {
  coverageDigest,
  coverageFactsPage,
  coverageTotals,
  STORY_FACT_WORDINGS,
  STORY_OUTLET_ENTITIES,
  type DigestFact,
} from '../../src/services/library/coverage-digest.ts';

/** A fact `id` reported by `outlets` (its reach follows from how many of `all` outlets that is). */
function fact(id: string, outlets: readonly string[], all: number): FactGroup {
  const reach: Reach = outlets.length === all ? 'all' : outlets.length === 1 ? 'one' : 'some';
  return {
    id,
    reach,
    outlets,
    members: outlets.map((outlet, i) => ({ outlet, sentence: i, text: `${id} as told by ${outlet}` })),
    salience: 1,
    entities: [],
  };
}

/** A comparison of `names` outlets over `facts` ([id, outlets] in the comparison's order), `entities` names. */
function coverage(names: readonly string[], facts: [string, string[]][], entities = 0): Coverage {
  const groups = facts.map(([id, o]) => fact(id, o, names.length));
  return {
    outlets: names.map((outlet, i) => ({
      outlet,
      id: `a${i}`,
      title: `Report of ${outlet}`,
      lang: 'en',
      facts: groups.filter((f) => f.outlets.includes(outlet)).map((f) => f.id),
      onlyHere: groups.filter((f) => f.reach === 'one' && f.outlets[0] === outlet).map((f) => f.id),
      entities: Array.from({ length: entities }, (_, k) => ({
        key: `person:p${k}`,
        name: `Person ${k}`,
        type: 'person' as const,
        mentions: entities - k,
      })),
      quotes: [],
    })),
    facts: groups,
    entities: Array.from({ length: entities }, (_, k) => ({
      key: `person:p${k}`,
      name: `Person ${k}`,
      type: 'person' as const,
      outlets: names.map((outlet) => ({ outlet, mentions: 1 })),
    })),
    speakers: [],
  };
}

const ABC = ['A', 'B', 'C'];

test('coverageDigest: the facts kept, in the comparison order (table)', () => {
  const rows: { name: string; facts: [string, string[]][]; max: number; kept: string[] }[] = [
    { name: 'no facts', facts: [], max: 3, kept: [] },
    {
      name: 'within the bound: all of them',
      facts: [
        ['f1', ABC],
        ['f2', ['A']],
      ],
      max: 2,
      kept: ['f1', 'f2'],
    },
    {
      name: 'every outlet first, then the first own fact of each outlet, then the most shared',
      facts: [
        ['f1', ABC],
        ['f2', ['A', 'B']],
        ['f3', ['A']],
        ['f4', ['A']],
        ['f5', ['C']],
      ],
      max: 3,
      kept: ['f1', 'f3', 'f5'],
    },
    {
      name: 'own facts go before shared ones; outlets in their order',
      facts: [
        ['f1', ['A', 'B']],
        ['f2', ['B']],
        ['f3', ['C']],
        ['f4', ['A']],
      ],
      max: 2,
      kept: ['f2', 'f4'],
    },
    {
      name: 'shared by more outlets first, then the other own facts',
      facts: [
        ['f1', ['A', 'B']],
        ['f2', ['A', 'B', 'C', 'D'].slice(0, 3)],
        ['f3', ['A']],
        ['f4', ['A']],
        ['f5', ['B', 'C']],
      ],
      max: 3,
      kept: ['f2', 'f3', 'f1'],
    },
    {
      name: 'a bound of 0 keeps none',
      facts: [['f1', ABC]],
      max: 0,
      kept: [],
    },
  ];
  for (const r of rows) {
    const names = r.name.startsWith('shared by more') ? ['A', 'B', 'C', 'D'] : ABC;
    const c = coverage(names, r.facts);
    const d = coverageDigest(c, r.max);
    assert.deepEqual(
      d.facts.map((f) => f.id),
      c.facts.map((f) => f.id).filter((id) => r.kept.includes(id)),
      r.name,
    );
    assert.deepEqual(new Set(d.facts.map((f) => f.id)), new Set(r.kept), `${r.name}: the set`);
    const ids = new Set(r.kept);
    for (const o of d.outlets) {
      assert.ok(
        o.facts.every((id) => ids.has(id)),
        `${r.name}: ${o.outlet}'s facts are kept ones`,
      );
      const whole = c.outlets.find((w) => w.outlet === o.outlet)!;
      assert.deepEqual(
        o.facts,
        whole.facts.filter((id) => ids.has(id)),
      );
      assert.deepEqual(
        o.onlyHere,
        whole.onlyHere.filter((id) => ids.has(id)),
      );
    }
  }
});

test('coverageDigest: within every bound the comparison itself; entities capped past them', () => {
  const small = coverage(ABC, [['f1', ABC]], 3);
  assert.equal(coverageDigest(small), small);
  const many = coverage(ABC, [['f1', ABC]], STORY_OUTLET_ENTITIES + 5);
  const d = coverageDigest(many, 40, 4);
  assert.equal(d.entities.length, 4);
  assert.deepEqual(d.entities, many.entities.slice(0, 4));
  for (const o of d.outlets) assert.equal(o.entities.length, STORY_OUTLET_ENTITIES);
  assert.deepEqual(
    d.facts.map((f) => f.id),
    ['f1'],
  );
});

test('coverageDigest: a fact keeps its first wordings and counts them all; its outlets stay whole', () => {
  const names = ['A', 'B', 'C', 'D', 'E'];
  const rows: { outlets: string[]; members: string[]; wordings?: number }[] = [
    { outlets: names, members: names.slice(0, STORY_FACT_WORDINGS), wordings: 5 },
    { outlets: ['A', 'B', 'C'], members: ['A', 'B', 'C'] },
    { outlets: ['A'], members: ['A'] },
  ];
  for (const r of rows) {
    const c = coverage(names, [['f1', r.outlets]]);
    const [f] = coverageDigest(c).facts as DigestFact[];
    assert.ok(f);
    assert.deepEqual(
      f.members.map((m) => m.outlet),
      r.members,
      r.outlets.join(),
    );
    assert.equal(f.wordings, r.wordings, r.outlets.join());
    assert.deepEqual(f.outlets, r.outlets, 'every outlet reporting it');
  }
  // An outlet wording a fact in several sentences: the other outlets' first wordings come before its second.
  const c = coverage(names, [['f1', names]]);
  const twice = {
    ...c.facts[0]!,
    members: [0, 1, 2].map((i) => ({ outlet: 'A', sentence: i, text: `A${i}` })),
  };
  const f = coverageDigest({
    ...c,
    facts: [{ ...twice, members: [...twice.members, ...c.facts[0]!.members.slice(1)] }],
  }).facts[0] as DigestFact;
  assert.deepEqual(
    f.members.map((m) => m.text),
    ['A0', 'f1 as told by B', 'f1 as told by C'],
  );
  assert.equal(f.wordings, 7);
});

test('coverageTotals and coverageFactsPage', () => {
  const c = coverage(ABC, [
    ['f1', ABC],
    ['f2', ['A', 'B']],
    ['f3', ['A']],
    ['f4', ['C']],
  ]);
  assert.deepEqual(coverageTotals(c), { facts: 4, all: 1, some: 1, one: 2, entities: 0 });
  const rows: [number, number, string[]][] = [
    [0, 2, ['f1', 'f2']],
    [2, 2, ['f3', 'f4']],
    [3, 10, ['f4']],
    [4, 10, []],
    [0, 0, []],
  ];
  for (const [offset, limit, ids] of rows) {
    const p = coverageFactsPage(c, offset, limit);
    assert.deepEqual(
      p.facts.map((f) => f.id),
      ids,
      `${offset}+${limit}`,
    );
    assert.equal(p.outlets, c.outlets, 'outlets whole');
  }
});
