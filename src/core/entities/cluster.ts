/**
 * Coreference inside one article and the final entity list. Candidates (from the title and the body) are
 * grouped into entities:
 * 1. gazetteer hits group by gazetteer key;
 * 2. the other candidates group by their folded form; full person names sharing a family name and a
 *    given name (or a name key) merge (Mikhaïl / Mikhail Michoustine);
 * 3. a single word joins the person whose family name it is (Loukachenko -> Alexandre Loukachenko); a
 *    given name alone joins only when exactly one person has it and nobody has it as family name;
 * 4. an acronym joins the organisation it was given for in parentheses (BISS -> Centre ... (BISS));
 * 5. title mentions and weak sentence-initial words only join entities found otherwise;
 * 6. role phrases with a nationality ("le président bélarusse") join the one person introduced with that
 *    role and nationality, when there is exactly one;
 * 7. untyped entities must recur (or be multi-word) to be kept; entities with the same key merge.
 * Output order: mentions desc, then first position, then key. Deterministic.
 */
import type { Entity, EntityType, Mention } from '../types.ts';
import { isOrgWord, type CompiledCues } from './lang/index.ts';
import { Evidence, copyCandidate, type Candidate, type EntityLookups } from './model.ts';
import type { CaseStats } from './cased.ts';

/** An untyped capitalised name is kept when it recurs at least this often (single words). */
const MIN_UNTYPED_MENTIONS = 2;
/** Type priority when evidence ties: a person beats an organisation beats other. */
const TYPE_RANK: Readonly<Record<EntityType, number>> = { person: 3, organization: 2, place: 4, other: 1 };

interface Cluster {
  members: Candidate[];
  /** Folded full name of the first founding member. */
  readonly id: string;
  gazKey?: string;
  country?: string;
  alias?: string;
}

/** A cluster with every field present, in one order (one hidden class for the steps that read them). */
function newCluster(id: string, gazKey: string | undefined, country: string | undefined): Cluster {
  return { members: [], id, gazKey, country, alias: undefined };
}

/** Sort position: title mentions come before body mentions. */
function pos(c: Candidate): number {
  return c.title ? c.start : 1e9 + c.start;
}

function joinWords(c: Candidate): string {
  return c.words.join(' ');
}

function clusterType(cl: Cluster): { type: EntityType; evidence: Evidence } {
  const score: Record<EntityType, number> = { person: 0, organization: 0, place: 0, other: 0 };
  let best: Evidence = Evidence.None;
  // "AĞRI - Ağrı'da ...": an all-capitals form of a word also written normally is shouting, not an acronym.
  const shouted =
    cl.members.some((m) => m.acronym) && cl.members.some((m) => !m.acronym && m.anaphor !== true);
  for (const m of cl.members) {
    if (m.anaphor === true || (shouted && m.acronym)) continue;
    if (m.type !== undefined) score[m.type] += 1 + m.evidence * 2;
    if (m.evidence > best) best = m.evidence;
  }
  let type: EntityType = 'other';
  let top = 0;
  for (const t of ['place', 'person', 'organization', 'other'] as const) {
    const s = score[t];
    if (s > top || (s === top && s > 0 && TYPE_RANK[t] > TYPE_RANK[type])) {
      top = s;
      type = t;
    }
  }
  return { type, evidence: best };
}

/** Singular, folded role for comparing "présidents" with "président". */
function roleForm(r: string): string {
  const f = r.normalize('NFD').replace(/\p{M}/gu, '');
  return f.length > 4 && f.endsWith('s') ? f.slice(0, -1) : f;
}

/** Union-find and person look-ups over the clusters of one article (module functions, not closures). */
interface Groups {
  readonly clusters: readonly Cluster[];
  readonly parent: number[];
  /** Person name keys by cluster index, computed on demand. */
  readonly keys: (string | undefined)[];
  readonly lookups: EntityLookups;
  readonly bySurname: Map<string, number[]>;
  readonly byGiven: Map<string, number[]>;
  readonly personKey: Map<string, number>;
}

function find(g: Groups, i: number): number {
  const parent = g.parent;
  while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
  return i;
}

function union(g: Groups, into: number, from: number): void {
  const a = find(g, into);
  const b = find(g, from);
  if (a !== b) g.parent[b] = a;
}

function keyOf(g: Groups, i: number): string {
  return (g.keys[i] ??= g.lookups.nameKey((g.clusters[i] as Cluster).members[0]?.text ?? '', 'person'));
}

function sizeOf(g: Groups, root: number): number {
  let s = 0;
  for (let i = 0; i < g.clusters.length; i++)
    if (find(g, i) === root) s += (g.clusters[i] as Cluster).members.length;
  return s;
}

/** The person cluster a single word refers to: by family name (the most mentioned), else by key. */
function personFor(g: Groups, word: string, text: string): number | undefined {
  const list = g.bySurname.get(word);
  if (list && list.length > 0) {
    const roots = [...new Set(list.map((i) => find(g, i)))];
    if (roots.length === 1) return roots[0];
    let best = roots[0] as number;
    for (const r of roots) if (sizeOf(g, r) > sizeOf(g, best)) best = r;
    return best;
  }
  // No full person name in the article: no key to meet, so the word's key (costly at first sight) is not asked.
  const k = g.personKey.size === 0 ? undefined : g.personKey.get(g.lookups.nameKey(text, 'person'));
  if (k !== undefined) return find(g, k);
  const given = g.byGiven.get(word);
  if (given && new Set(given.map((i) => find(g, i))).size === 1) return find(g, given[0] as number);
  return undefined;
}

/** Step 1's result: gazetteer clusters by key, name clusters in first-seen order, and the held-back mentions. */
interface Grouping {
  readonly gaz: Map<string, Cluster>;
  readonly byName: Map<string, Cluster>;
  readonly clusters: Cluster[];
  /** Title mentions and weak sentence-initial words: they only join clusters found otherwise (step 5). */
  readonly late: Candidate[];
  /** Role phrases standing for a person (step 6). */
  readonly anaphors: Candidate[];
}

// The steps are module functions of their own, not one function: V8 compiled the single function in
// ~0.5 s (its graph is large) and compiled it again whenever one step met a shape it had not seen.

/** 1. Gazetteer hits group by key; other mentions by their folded form, unless held back for later. */
function groupCandidates(cands: readonly Candidate[], stats: CaseStats, titleCase: boolean): Grouping {
  const gaz = new Map<string, Cluster>();
  const byName = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const late: Candidate[] = [];
  const anaphors: Candidate[] = [];
  const sorted = [...cands].sort((a, b) => pos(a) - pos(b) || b.end - b.start - (a.end - a.start));
  for (const c of sorted) {
    if (c.anaphor === true) {
      anaphors.push(c);
      continue;
    }
    if (c.gazKey !== undefined) {
      let cl = gaz.get(c.gazKey);
      if (!cl) {
        cl = newCluster(c.gazKey, c.gazKey, c.country);
        gaz.set(c.gazKey, cl);
      }
      cl.members.push(c);
      continue;
    }
    const weakInitial =
      c.initial && c.words.length === 1 && c.evidence < Evidence.Cue && !stats.midCap(c.words[0] as string);
    // Title words found nothing in the body: only acronyms and well-evidenced names stand alone (headline
    // capitalisation makes everything else unreliable).
    const titleAlone =
      c.title && !(c.acronym || c.evidence >= Evidence.Strong || (c.evidence >= Evidence.Cue && !titleCase));
    if (titleAlone || weakInitial) {
      late.push(c);
      continue;
    }
    const id = joinWords(c);
    let cl = byName.get(id);
    if (!cl) {
      cl = newCluster(id, undefined, undefined);
      byName.set(id, cl);
      clusters.push(cl);
    }
    cl.members.push(c);
    if (c.alias !== undefined) cl.alias ??= c.alias;
  }
  return { gaz, byName, clusters, late, anaphors };
}

/** The union-find of step 2-5, with each cluster's type and first words. */
interface Union {
  readonly g: Groups;
  readonly typeOf: readonly EntityType[];
  readonly words: readonly (readonly string[])[];
  /** Cluster index by the acronym given for it in parentheses. */
  readonly aliasOf: Map<string, number>;
}

/** The union-find over the name clusters, by index, with each cluster's type and first words. */
function newUnion(clusters: Cluster[], lookups: EntityLookups): Union {
  // The per-cluster arrays are pushed, not mapped: a `map` result is holey in the interpreter and packed
  // once inlined, and the optimised code that read them was thrown out when the other kind reached it.
  const parent: number[] = [];
  const typeOf: EntityType[] = [];
  const words: (readonly string[])[] = [];
  for (let i = 0; i < clusters.length; i++) {
    const cl = clusters[i] as Cluster;
    parent.push(i);
    typeOf.push(clusterType(cl).type);
    words.push((cl.members[0] as Candidate).words);
  }
  const g: Groups = {
    clusters,
    parent,
    keys: [],
    lookups,
    bySurname: new Map(),
    byGiven: new Map(),
    personKey: new Map(),
  };
  const aliasOf = new Map<string, number>();
  for (let i = 0; i < clusters.length; i++) {
    const a = (clusters[i] as Cluster).alias;
    if (a !== undefined && !aliasOf.has(a)) aliasOf.set(a, i);
  }
  return { g, typeOf, words, aliasOf };
}

/** 2. Full person names sharing the family name and the given name (or the name key). */
function mergeFullNames(u: Union): void {
  const { g, typeOf, words } = u;
  const { bySurname, byGiven, personKey } = g;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as readonly string[];
    if (typeOf[i] !== 'person' || w.length < 2) continue;
    const surname = w[w.length - 1] as string;
    const list = bySurname.get(surname) ?? [];
    for (const j of list) {
      const wj = words[j] as readonly string[];
      if (wj[0] === w[0] || keyOf(g, i) === keyOf(g, j)) {
        union(g, j, i);
        break;
      }
    }
    list.push(i);
    bySurname.set(surname, list);
    const given = byGiven.get(w[0] as string) ?? [];
    given.push(i);
    byGiven.set(w[0] as string, given);
    personKey.set(keyOf(g, i), i);
  }
}

/** True when `w` is the end of `longer` (and shorter). */
function endsWithWords(longer: readonly string[], w: readonly string[]): boolean {
  if (longer.length <= w.length) return false;
  for (let q = 0; q < w.length; q++) if (longer[longer.length - w.length + q] !== w[q]) return false;
  return true;
}

/** 3a. A multi-word name that ends another person's name joins it ("Van Dijk" -> "Pieter van Dijk"). */
function joinNameEnds(u: Union): void {
  const { g, typeOf, words } = u;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as readonly string[];
    if (w.length < 2 || typeOf[i] === 'place' || typeOf[i] === 'organization') continue;
    const list = g.bySurname.get(w[w.length - 1] as string);
    if (!list) continue;
    for (const j of list) {
      if (j !== i && endsWithWords(words[j] as readonly string[], w)) {
        union(g, j, i);
        break;
      }
    }
  }
}

/** 3-4. Single words join a person by family name; acronyms join their expansion. */
function joinSingleWords(u: Union): void {
  const { g, typeOf, words, aliasOf } = u;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as readonly string[];
    if (w.length !== 1 || (typeOf[i] === 'organization' && !aliasOf.has(w[0] as string))) continue;
    const a = aliasOf.get(w[0] as string);
    if (a !== undefined && a !== i) {
      union(g, a, i);
      continue;
    }
    if (typeOf[i] === 'place') continue;
    const p = personFor(g, w[0] as string, (g.clusters[i] as Cluster).members[0]?.text ?? '');
    if (p !== undefined && find(g, p) !== find(g, i)) union(g, p, i);
  }
}

/** 5. Title mentions and weak sentence-initial words join what exists. */
function attachLate(gr: Grouping, u: Union): void {
  const { g, aliasOf } = u;
  const index = new Map<Cluster, number>();
  for (let i = 0; i < gr.clusters.length; i++) index.set(gr.clusters[i] as Cluster, i);
  for (const c of gr.late) {
    const named = gr.byName.get(joinWords(c));
    let target: number | undefined = named ? index.get(named) : undefined;
    if (target === undefined && c.words.length === 1) {
      const w = c.words[0] as string;
      target = aliasOf.get(w) ?? personFor(g, w, c.text);
    }
    if (target !== undefined) (gr.clusters[find(g, target)] as Cluster).members.push(c);
  }
}

/** Collapses the union-find into final clusters (gazetteer ones first), towns named like a person moved. */
function collapse(gr: Grouping, g: Groups): Cluster[] {
  const { gaz, clusters } = gr;
  const merged = new Map<number, Cluster>();
  for (let i = 0; i < clusters.length; i++) {
    const r = find(g, i);
    const root = clusters[r] as Cluster;
    if (r !== i) root.members.push(...(clusters[i] as Cluster).members);
    merged.set(r, root);
  }
  // A town that is also the family name of a person of the article (Valdivia, Morris): a later bare mention
  // is the person ("Valdivia viajará el viernes"), unless the town was named with the person around.
  for (const [key, cl] of gaz) {
    if (!(key.startsWith('city:') || key.startsWith('region:'))) continue;
    if (!cl.members.every((m) => m.words.length === 1)) continue;
    const list = g.bySurname.get(cl.members[0]?.words[0] as string);
    if (!list || list.length === 0) continue;
    const target = merged.get(find(g, list[0] as number));
    if (!target) continue;
    for (const m of cl.members) {
      const p = copyCandidate(m);
      p.type = 'person';
      p.evidence = Evidence.Weak;
      p.gazKey = undefined;
      target.members.push(p);
    }
    gaz.delete(key);
  }
  return [...gaz.values(), ...merged.values()];
}

/** True when a (non-anaphor) member was introduced with the role form `role` and the country. */
function introducedAs(cl: Cluster, role: string, country: string | undefined): boolean {
  return cl.members.some(
    (m) =>
      m.anaphor !== true && m.roleCountry === country && (m.roles ?? []).some((r) => roleForm(r) === role),
  );
}

/** 6. Role phrases with a nationality join the one person introduced with that role and nationality. */
function attachAnaphors(finals: readonly Cluster[], anaphors: readonly Candidate[]): void {
  if (anaphors.length === 0) return;
  const persons = finals.filter((cl) => clusterType(cl).type === 'person');
  for (const a of anaphors) {
    const role = roleForm(a.roles?.[0] ?? '');
    const matches = persons.filter((cl) => introducedAs(cl, role, a.roleCountry));
    if (matches.length === 1) (matches[0] as Cluster).members.push(a);
  }
}

/** 7. Whether a final cluster is an entity: untyped names only when they recur, no bare common nouns. */
function keep(
  cl: Cluster,
  real: readonly Candidate[],
  type: EntityType,
  evidence: Evidence,
  cues: CompiledCues,
  stats: CaseStats,
): boolean {
  if (real.length === 0) return false;
  // "the Party", "le Conseil": a bare organisation word also used in lower case is a common noun here
  // (in German, where every noun is capitalised, any bare generic one: Parlament, Zeitung).
  if (
    cl.gazKey === undefined &&
    real.every((m) => m.words.length === 1 && !m.acronym && m.evidence < Evidence.Strong) &&
    isOrgWord(cues, real[0]?.words[0] as string) &&
    (stats.lower(real[0]?.words[0] as string) ||
      (cues.nounsCapitalised && cues.orgWords.has(real[0]?.words[0] as string)))
  ) {
    return false;
  }
  if (evidence < Evidence.Cue && type !== 'organization') {
    const single = real.every((m) => m.words.length === 1);
    if (cues.nounsCapitalised && (single || real.length < MIN_UNTYPED_MENTIONS)) return false;
    if (single && real.length < MIN_UNTYPED_MENTIONS) return false;
    if (single && stats.lower(real[0]?.words[0] as string)) return false;
    // "Invalid Email We": capitalised function words inside an untyped span.
    if (real.every((m) => m.innerStop === true)) return false;
    // "Мешканці Сихова": a lone untyped span opened by a sentence-initial word.
    if (real.length === 1 && real[0]?.opensSentence === true) return false;
  }
  return true;
}

/** Groups candidates into entities (see the module comment for the rules). */
export function clusterEntities(
  cands: readonly Candidate[],
  cues: CompiledCues,
  stats: CaseStats,
  lookups: EntityLookups,
  titleCase = false,
): Entity[] {
  const gr = groupCandidates(cands, stats, titleCase);
  const u = newUnion(gr.clusters, lookups);
  mergeFullNames(u);
  joinNameEnds(u);
  joinSingleWords(u);
  attachLate(gr, u);
  const finals = collapse(gr, u.g);
  attachAnaphors(finals, gr.anaphors);
  const entities: Entity[] = [];
  for (const cl of finals) {
    const { type, evidence } = clusterType(cl);
    const real = cl.members.filter((m) => m.anaphor !== true);
    if (keep(cl, real, type, evidence, cues, stats)) entities.push(toEntity(cl, type, lookups));
  }
  return mergeByKey(entities);
}

/** Words of a surface form (white-space separated). */
function wordCount(s: string): number {
  return s.split(/\s+/).length;
}

/** Sort position of an entity's first span: title spans first. */
function firstPos(e: Entity): number {
  const s = e.spans[0];
  return s === undefined ? Infinity : s.sentence < 0 ? s.start : 1e9 + s.start;
}

function toEntity(cl: Cluster, type: EntityType, lookups: EntityLookups): Entity {
  const members = [...cl.members].sort((a, b) => pos(a) - pos(b));
  const counts = new Map<string, number>();
  const variants: string[] = [];
  for (const m of members) {
    if (m.anaphor === true) continue;
    const n = counts.get(m.text);
    if (n === undefined) variants.push(m.text);
    counts.set(m.text, (n ?? 0) + 1);
    if (m.aliasText !== undefined && !variants.includes(m.aliasText)) variants.push(m.aliasText);
  }
  let name = variants[0] as string;
  for (const v of variants) {
    const better =
      wordCount(v) > wordCount(name) ||
      (wordCount(v) === wordCount(name) && (counts.get(v) ?? 0) > (counts.get(name) ?? 0));
    if (better) name = v;
  }
  const roles: string[] = [];
  // No `m.roles ?? []`: an empty literal is an array of another elements kind than the role lists, and
  // the optimised code of this function was thrown out ("wrong map") when the other kind came by.
  for (const m of members) {
    if (m.roles === undefined) continue;
    for (const r of m.roles) if (!roles.includes(r)) roles.push(r);
  }
  // Pushed, not mapped: a packed array like the merged spans of mergeByKey (a `map` result is holey in the
  // interpreter), so the readers of `spans` see one hidden class.
  const spans: Mention[] = [];
  for (const m of members) spans.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
  const key = cl.gazKey ?? lookups.nameKey(name, type);
  const country = cl.country ?? members.find((m) => m.country !== undefined)?.country;
  return {
    name,
    type,
    key,
    mentions: members.length,
    variants,
    spans,
    ...(roles.length > 0 ? { roles } : {}),
    ...(country !== undefined && (type === 'place' || cl.gazKey !== undefined) ? { country } : {}),
  };
}

/** Merges entities that ended up with the same key (e.g. two spellings of one name), then sorts. */
function mergeByKey(entities: readonly Entity[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const e of entities) {
    const prev = byKey.get(e.key);
    if (!prev) {
      byKey.set(e.key, e);
      continue;
    }
    const spans = [...prev.spans, ...e.spans].sort(
      (a, b) => (a.sentence < 0 ? a.start : 1e9 + a.start) - (b.sentence < 0 ? b.start : 1e9 + b.start),
    );
    const variants = [...prev.variants];
    for (const v of e.variants) if (!variants.includes(v)) variants.push(v);
    const roles = [...(prev.roles ?? [])];
    for (const r of e.roles ?? []) if (!roles.includes(r)) roles.push(r);
    const keepFirst = prev.mentions >= e.mentions;
    byKey.set(e.key, {
      ...(keepFirst ? prev : e),
      name: wordCount(e.name) > wordCount(prev.name) ? e.name : prev.name,
      mentions: prev.mentions + e.mentions,
      variants,
      spans,
      ...(roles.length > 0 ? { roles } : {}),
    });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      b.mentions - a.mentions || firstPos(a) - firstPos(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
