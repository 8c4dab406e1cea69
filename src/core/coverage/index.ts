/**
 * Coverage comparison of one story: how several outlets' articles differ. Pure.
 *
 * Facts are sentence-level units. Every pair of articles is sentence-aligned (src/core/similarity/align.ts);
 * a sentence and its aligned counterparts in other outlets form one fact group (union of the pairwise
 * alignments). Each group is labelled by its reach: reported by every outlet, by some, or by only one. Per
 * outlet: its facts, the entities and places it names, and its quotes by speaker; across outlets: which outlet
 * names which entity and quotes which speaker.
 */
import { alignSentences } from '../similarity/align.ts';
import { rankSentences, salience, type ComparedSide } from '../similarity/evidence.ts';
import type { IdfState } from '../similarity/idf.ts';
import type { EntityType } from '../types.ts';

/** Speaker label of statements no speaker was found for. */
export const UNATTRIBUTED = '(unattributed)';

/** One article of the story, under its outlet's name (unique within the set). */
export interface CoverageInput {
  readonly outlet: string;
  readonly side: ComparedSide;
}

export type Reach = 'all' | 'some' | 'one';

export interface FactMember {
  readonly outlet: string;
  readonly sentence: number;
  readonly text: string;
}

/** One fact: a sentence and its counterparts in other outlets. */
export interface FactGroup {
  /** "f1", "f2"... in the order of {@link Coverage.facts}. */
  readonly id: string;
  readonly reach: Reach;
  /** Outlets reporting it, in input order. */
  readonly outlets: readonly string[];
  /** The sentences, in input order then text order. */
  readonly members: readonly FactMember[];
  /** Highest salience of its sentences (entities, numbers, dates first). */
  readonly salience: number;
  /** Surface forms of the entities and places its sentences name. */
  readonly entities: readonly string[];
}

export interface OutletEntity {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: number;
}

export interface SpeakerQuotes {
  readonly speaker: string;
  readonly speakerKey?: string;
  readonly quotes: readonly string[];
}

export interface OutletCoverage {
  readonly outlet: string;
  readonly id: string;
  readonly title: string;
  readonly lang: string;
  /** Ids of the fact groups it reports, in fact order. */
  readonly facts: readonly string[];
  /** Ids of the fact groups only it reports. */
  readonly onlyHere: readonly string[];
  /** Entities and places it names, most mentioned first. */
  readonly entities: readonly OutletEntity[];
  /** Quoted statements by speaker, in order of first quote. */
  readonly quotes: readonly SpeakerQuotes[];
}

export interface EntityCoverage {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly outlets: readonly { readonly outlet: string; readonly mentions: number }[];
}

export interface Coverage {
  readonly outlets: readonly OutletCoverage[];
  /** Fact groups: reported by all first, then some, then one; within a reach by salience, then text order. */
  readonly facts: readonly FactGroup[];
  /** Entities and places across outlets: named by most outlets first, then by mentions. */
  readonly entities: readonly EntityCoverage[];
  /** Speakers across outlets. */
  readonly speakers: readonly { readonly speaker: string; readonly outlets: readonly string[] }[];
}

const REACH_ORDER: Record<Reach, number> = { all: 0, some: 1, one: 2 };

/** Union-find over sentence nodes (one flat array: node = offset of the article + sentence index). */
function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

function union(parent: Int32Array, x: number, y: number): void {
  const rx = find(parent, x);
  const ry = find(parent, y);
  // The smaller node becomes the root: groups are rooted at their first sentence (deterministic).
  if (rx < ry) parent[ry] = rx;
  else if (ry < rx) parent[rx] = ry;
}

/** Every entity (and place) an outlet names, merged by key, most mentioned first. */
function outletEntities(side: ComparedSide): OutletEntity[] {
  const out = new Map<string, OutletEntity>();
  for (const [key, e] of side.entities)
    out.set(key, { key, name: e.name, type: e.type, mentions: e.mentions });
  for (const p of side.places) {
    if (!out.has(p.key))
      out.set(p.key, { key: p.key, name: p.name, type: 'place', mentions: p.mentions + p.adjectival });
  }
  return [...out.values()].sort(
    (x, y) => y.mentions - x.mentions || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
}

/** Quoted statements grouped by speaker, in order of first quote. */
function outletQuotes(side: ComparedSide): SpeakerQuotes[] {
  const out = new Map<string, { speaker: string; speakerKey?: string; quotes: string[] }>();
  for (const q of side.quotes) {
    if (q.kind !== 'statement') continue;
    const speaker = q.speaker ?? UNATTRIBUTED;
    const id = q.speakerKey ?? speaker;
    let row = out.get(id);
    if (!row)
      out.set(id, (row = { speaker, ...(q.speakerKey ? { speakerKey: q.speakerKey } : {}), quotes: [] }));
    row.quotes.push(q.text);
  }
  return [...out.values()];
}

/**
 * The coverage comparison of a set of articles of one story, each under its outlet's name. `state` holds the
 * IDF statistics (at least the articles themselves). Cost: one alignment per pair of articles.
 */
export function compareCoverage(inputs: readonly CoverageInput[], state: IdfState): Coverage {
  const offsets: number[] = [];
  let total = 0;
  for (const { side } of inputs) {
    offsets.push(total);
    total += side.profile.sentences.length;
  }
  const parent = Int32Array.from({ length: total }, (_, i) => i);
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) {
      const al = alignSentences(inputs[i].side.profile, inputs[j].side.profile, state);
      for (const p of al.pairs) union(parent, offsets[i] + p.a, offsets[j] + p.b);
    }
  }

  // Collect groups by root, members in input order then text order (node order).
  const groups = new Map<
    number,
    { members: FactMember[]; outlets: Set<number>; salience: number; entities: Set<string> }
  >();
  inputs.forEach(({ outlet, side }, k) => {
    const ranked = rankSentences(
      side.profile,
      side.profile.sentences.map((_, i) => i),
    );
    const names = new Map(ranked.map((r) => [r.index, r.entities]));
    side.profile.sentences.forEach((s, i) => {
      const root = find(parent, offsets[k] + i);
      let g = groups.get(root);
      if (!g) groups.set(root, (g = { members: [], outlets: new Set(), salience: 0, entities: new Set() }));
      g.members.push({ outlet, sentence: i, text: s.text });
      g.outlets.add(k);
      g.salience = Math.max(g.salience, Math.round(salience(s) * 1000) / 1000);
      for (const e of names.get(i) ?? []) g.entities.add(e);
    });
  });

  const n = inputs.length;
  const reachOf = (outlets: number): Reach => (outlets === n ? 'all' : outlets === 1 ? 'one' : 'some');
  const sorted = [...groups.entries()]
    .map(([root, g]) => ({ root, g, reach: reachOf(g.outlets.size) }))
    .sort(
      (x, y) => REACH_ORDER[x.reach] - REACH_ORDER[y.reach] || y.g.salience - x.g.salience || x.root - y.root,
    );
  const facts: FactGroup[] = sorted.map(({ g, reach }, i) => ({
    id: `f${i + 1}`,
    reach,
    outlets: [...g.outlets].sort((x, y) => x - y).map((k) => inputs[k].outlet),
    members: g.members,
    salience: g.salience,
    entities: [...g.entities],
  }));

  const outlets: OutletCoverage[] = inputs.map(({ outlet, side }) => {
    const mine = facts.filter((f) => f.outlets.includes(outlet));
    return {
      outlet,
      id: side.profile.id,
      title: side.profile.title,
      lang: side.profile.lang,
      facts: mine.map((f) => f.id),
      onlyHere: n > 1 ? mine.filter((f) => f.reach === 'one').map((f) => f.id) : [],
      entities: outletEntities(side),
      quotes: outletQuotes(side),
    };
  });

  const entities = new Map<
    string,
    { key: string; name: string; type: EntityType; outlets: { outlet: string; mentions: number }[] }
  >();
  for (const o of outlets) {
    for (const e of o.entities) {
      let row = entities.get(e.key);
      if (!row) entities.set(e.key, (row = { key: e.key, name: e.name, type: e.type, outlets: [] }));
      row.outlets.push({ outlet: o.outlet, mentions: e.mentions });
    }
  }
  const mentionsOf = (r: { outlets: { mentions: number }[] }) =>
    r.outlets.reduce((s, x) => s + x.mentions, 0);
  const speakers = new Map<string, { speaker: string; outlets: string[] }>();
  for (const o of outlets) {
    for (const q of o.quotes) {
      const id = q.speakerKey ?? q.speaker;
      let row = speakers.get(id);
      if (!row) speakers.set(id, (row = { speaker: q.speaker, outlets: [] }));
      if (!row.outlets.includes(o.outlet)) row.outlets.push(o.outlet);
    }
  }
  return {
    outlets,
    facts,
    entities: [...entities.values()].sort(
      (x, y) =>
        y.outlets.length - x.outlets.length ||
        mentionsOf(y) - mentionsOf(x) ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
    ),
    speakers: [...speakers.values()],
  };
}
