/**
 * The coverage a story page shows: a digest of the story's whole coverage comparison. A large story's
 * comparison runs to well over a hundred facts by 24 outlets (the largest at 100,000 stored articles: 130
 * facts, 0.3 MB of JSON, three quarters of its page); whole, that matrix is unreadable and costs every first
 * view. The digest keeps the facts that say most about how outlets differ, a bounded number, with the totals;
 * the whole comparison is a page of its own (`Library.storyCoverage`, paged). Pure.
 */
import type { Coverage, FactGroup } from '../../core/coverage/index.ts';
import type { CoverageTotals } from './types.ts';

/**
 * Facts a story page shows at most: a matrix a reader can take in (the facts every outlet reports, one fact of
 * each of 24 outlets alone, a dozen shared by several), small enough for a first view to stay fast.
 */
export const STORY_COVERAGE_FACTS = 40;
/** Entities across outlets a story page's coverage lists at most (named by most outlets first). */
export const STORY_COVERAGE_ENTITIES = 30;
/** Entities of each outlet a story page's coverage lists at most (its most mentioned). */
export const STORY_OUTLET_ENTITIES = 10;

/**
 * Wordings (sentences) of one fact a story page lists at most: a fact 24 outlets report has 24, most alike;
 * the first few say it, the whole comparison has them all (the largest story's digest: 419 wordings of 40
 * facts, two thirds of its JSON).
 */
export const STORY_FACT_WORDINGS = 3;

/** A fact of a digest: `members` may be its first wordings only; `wordings` then counts them all. */
export interface DigestFact extends FactGroup {
  /** How many wordings the fact has, when `members` lists fewer. */
  readonly wordings?: number;
}

/**
 * A fact with at most {@link STORY_FACT_WORDINGS} wordings (the others counted): the first of each outlet
 * first (an outlet may word a fact in two sentences), in the fact's order.
 */
function digestFact(f: FactGroup): DigestFact {
  if (f.members.length <= STORY_FACT_WORDINGS) return f;
  const picked = new Set<FactGroup['members'][number]>();
  const heard = new Set<string>();
  for (const m of f.members) {
    if (picked.size < STORY_FACT_WORDINGS && !heard.has(m.outlet)) picked.add(m);
    heard.add(m.outlet);
  }
  for (const m of f.members) if (picked.size < STORY_FACT_WORDINGS) picked.add(m);
  return { ...f, members: f.members.filter((m) => picked.has(m)), wordings: f.members.length };
}

/** How many facts (by reach) and entities the whole comparison has. */
export function coverageTotals(c: Coverage): CoverageTotals {
  const t = { facts: c.facts.length, all: 0, some: 0, one: 0, entities: c.entities.length };
  for (const f of c.facts) t[f.reach]++;
  return t;
}

/**
 * The facts a digest keeps, most telling first: those every outlet reports; then, outlet by outlet, the
 * first fact only it reports (facts come most salient first); then those shared by the most outlets; then the
 * other single-outlet facts. So every outlet's own angle shows before any outlet shows twice.
 */
function factPriority(c: Coverage): FactGroup[] {
  const all = c.facts.filter((f) => f.reach === 'all');
  const firstOnly = new Map<string, FactGroup>();
  for (const f of c.facts) {
    const outlet = f.outlets[0];
    if (f.reach === 'one' && outlet !== undefined && !firstOnly.has(outlet)) firstOnly.set(outlet, f);
  }
  const own = c.outlets.map((o) => firstOnly.get(o.outlet)).filter((f) => f !== undefined);
  // Stable sort: among facts shared by as many outlets, the comparison's order (salience) stays.
  const some = c.facts.filter((f) => f.reach === 'some').sort((a, b) => b.outlets.length - a.outlets.length);
  const ownSet = new Set(own);
  const otherOnly = c.facts.filter((f) => f.reach === 'one' && !ownSet.has(f));
  return [...all, ...own, ...some, ...otherOnly];
}

/**
 * The digest of a whole comparison (see the module comment): at most `maxFacts` facts, in the comparison's
 * order and with its ids (so a fact is found under the same id in the whole), each with its first
 * {@link STORY_FACT_WORDINGS} wordings; each outlet's fact lists restricted to them; entities capped. A comparison within the bounds is returned as it is.
 */
export function coverageDigest(
  c: Coverage,
  maxFacts: number = STORY_COVERAGE_FACTS,
  maxEntities: number = STORY_COVERAGE_ENTITIES,
): Coverage {
  const fits =
    c.facts.length <= maxFacts &&
    c.facts.every((f) => f.members.length <= STORY_FACT_WORDINGS) &&
    c.entities.length <= maxEntities &&
    c.outlets.every((o) => o.entities.length <= STORY_OUTLET_ENTITIES);
  if (fits) return c;
  const kept = new Set(factPriority(c).slice(0, maxFacts));
  const ids = new Set([...kept].map((f) => f.id));
  return {
    outlets: c.outlets.map((o) => ({
      ...o,
      facts: o.facts.filter((id) => ids.has(id)),
      onlyHere: o.onlyHere.filter((id) => ids.has(id)),
      entities: o.entities.slice(0, STORY_OUTLET_ENTITIES),
    })),
    facts: c.facts.filter((f) => kept.has(f)).map(digestFact),
    entities: c.entities.slice(0, maxEntities),
    speakers: c.speakers,
  };
}

/** A page of the whole comparison's facts (outlets, entities and speakers whole). */
export function coverageFactsPage(c: Coverage, offset: number, limit: number): Coverage {
  return { ...c, facts: c.facts.slice(offset, offset + limit) };
}
