/**
 * The evidence behind a pairwise comparison (the `evidence` object of `storyline compare --json`, see
 * ../shared/docs/CONTRACT.md): shared entities and places with their surface form on each side, event-date
 * agreement, aligned sentence pairs and what matched, the facts only in A and only in B ranked by salience, and
 * the style and tone features. Pure: reads two {@link ComparedSide}s and the IDF statistics.
 */
import { alignSentences, type Alignment, type Matched } from './align.ts';
import { isoDay } from '../dates/calendar.ts';
import { buildProfile, dayOf, type Profile, type SentenceProfile, type StyleFeatures } from './profile.ts';
import type { IdfState } from './idf.ts';
import type { Analysis, DateMention, EntityType, Place, Quote } from '../types.ts';

/** Two event days this many days apart or less agree (one event is dated a day apart across time zones). */
export const DAY_TOLERANCE = 1;
/** Salience points of a sentence per entity/place key, number and date it holds (facts with them come first). */
const SALIENCE_KEY = 2;
const SALIENCE_NUMBER = 3;
/** Salience of a sentence per content word: breaks ties between sentences with the same named content. */
const SALIENCE_TERM = 0.1;

/** One article as compared: its profile and the annotations evidence reads beyond it. */
export interface ComparedSide {
  readonly profile: Profile;
  readonly places: readonly Place[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly Quote[];
  /** Entity key -> type, name and mentions (the fullest surface form). */
  readonly entities: ReadonlyMap<string, { type: EntityType; name: string; mentions: number }>;
}

/** A side from an analysis (profile built here). */
export function comparedSide(analysis: Analysis, profile: Profile = buildProfile(analysis)): ComparedSide {
  const entities = new Map<string, { type: EntityType; name: string; mentions: number }>();
  for (const e of analysis.annotations.entities.entities) {
    const seen = entities.get(e.key);
    if (seen) seen.mentions += e.mentions;
    else entities.set(e.key, { type: e.type, name: e.name, mentions: e.mentions });
  }
  const { places, dates, quotes } = analysis.annotations;
  return { profile, places: places.places, dates: dates.dates, quotes: quotes.quotes, entities };
}

export interface SharedEntity {
  readonly key: string;
  readonly type: EntityType;
  readonly a: { readonly surface: string; readonly mentions: number };
  readonly b: { readonly surface: string; readonly mentions: number };
}

export interface SharedPlace {
  readonly key: string;
  readonly country?: string;
  readonly kind: Place['kind'];
  readonly a: { readonly surface: string; readonly mentions: number };
  readonly b: { readonly surface: string; readonly mentions: number };
}

export interface DatedEvent {
  readonly date: string;
  readonly text: string;
}

export interface DatesEvidence {
  /** Event days both report (within {@link DAY_TOLERANCE}), with the wording on each side. */
  readonly both: readonly { date: string; a: string; b: string; gapDays: number }[];
  readonly onlyA: readonly DatedEvent[];
  readonly onlyB: readonly DatedEvent[];
  /** Share of the side with fewer event days whose days the other reports; null when a side reports none. */
  readonly agreement: number | null;
  /** Publication dates (ISO day) and their gap in days, when known. */
  readonly published: { readonly a?: string; readonly b?: string; readonly gapDays?: number };
}

export interface EvidenceSentence {
  readonly index: number;
  readonly text: string;
}

export interface AlignedSentence {
  readonly a: EvidenceSentence;
  readonly b: EvidenceSentence;
  readonly score: number;
  /** What the two sentences share; keys shown as their surface form in A. */
  readonly matched: Matched;
}

export interface RankedSentence extends EvidenceSentence {
  /** Higher first: keys, numbers and dates weigh most. */
  readonly salience: number;
  /** Surface forms of the entities and places the sentence names. */
  readonly entities: readonly string[];
}

export interface StyleEvidence {
  readonly a: StyleFeatures;
  readonly b: StyleFeatures;
}

export interface ToneFeatures {
  /** Quoted statements, and their share of the body. */
  readonly statements: number;
  readonly quoteShare: number;
  /** Scare-quoted terms («réserve»). */
  readonly scareQuotes: number;
  /** Questions and exclamations per sentence. */
  readonly questionsPerSentence: number;
  readonly exclamationsPerSentence: number;
}

export interface Evidence {
  readonly sharedEntities: readonly SharedEntity[];
  readonly sharedPlaces: readonly SharedPlace[];
  readonly dates: DatesEvidence;
  readonly alignedSentences: readonly AlignedSentence[];
  readonly onlyInA: readonly RankedSentence[];
  readonly onlyInB: readonly RankedSentence[];
  readonly style: StyleEvidence;
  readonly tone: { readonly a: ToneFeatures; readonly b: ToneFeatures };
}

const byKey = <T extends { key: string }>(x: T, y: T) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

/** Entities (not places) both sides name, most mentioned first, then by key. */
export function sharedEntities(a: ComparedSide, b: ComparedSide): SharedEntity[] {
  const out: SharedEntity[] = [];
  for (const [key, ea] of a.entities) {
    if (ea.type === 'place') continue;
    const eb = b.entities.get(key);
    if (!eb) continue;
    out.push({
      key,
      type: ea.type,
      a: { surface: ea.name, mentions: ea.mentions },
      b: { surface: eb.name, mentions: eb.mentions },
    });
  }
  return out.sort((x, y) => y.a.mentions + y.b.mentions - (x.a.mentions + x.b.mentions) || byKey(x, y));
}

/** Places both sides name (from the places stage, else place entities), most mentioned first. */
export function sharedPlaces(a: ComparedSide, b: ComparedSide): SharedPlace[] {
  const bPlaces = new Map(b.places.map((p) => [p.key, p]));
  const out: SharedPlace[] = [];
  const done = new Set<string>();
  for (const pa of a.places) {
    const pb = bPlaces.get(pa.key);
    if (!pb || done.has(pa.key)) continue;
    done.add(pa.key);
    out.push({
      key: pa.key,
      country: pa.country ?? pb.country,
      kind: pa.kind,
      a: { surface: pa.name, mentions: pa.mentions + pa.adjectival },
      b: { surface: pb.name, mentions: pb.mentions + pb.adjectival },
    });
  }
  for (const [key, ea] of a.entities) {
    const eb = b.entities.get(key);
    if (ea.type !== 'place' || !eb || done.has(key)) continue;
    done.add(key);
    out.push({
      key,
      kind: 'other',
      a: { surface: ea.name, mentions: ea.mentions },
      b: { surface: eb.name, mentions: eb.mentions },
    });
  }
  return out.sort((x, y) => y.a.mentions + y.b.mentions - (x.a.mentions + x.b.mentions) || byKey(x, y));
}

/** Day-grain event dates of a side: one per date, first wording kept, in date order. */
function eventDays(dates: readonly DateMention[]): { date: string; day: number; text: string }[] {
  const seen = new Map<string, { date: string; day: number; text: string }>();
  for (const d of dates) {
    if (d.grain !== 'day' || seen.has(d.date)) continue;
    const day = dayOf(d.date);
    if (day !== undefined) seen.set(d.date, { date: d.date, day, text: d.text });
  }
  return [...seen.values()].sort((x, y) => x.day - y.day);
}

/**
 * Event days in both / only one side, and their agreement. Days are paired one-to-one: equal days first, then
 * days within {@link DAY_TOLERANCE} among those left (so the eve of an event both report stays its own date).
 */
export function datesEvidence(a: ComparedSide, b: ComparedSide): DatesEvidence {
  const da = eventDays(a.dates);
  const db = eventDays(b.dates);
  const pairOf = new Map<number, number>(); // index in da -> index in db
  const matchedB = new Set<number>();
  for (let tolerance = 0; tolerance <= DAY_TOLERANCE; tolerance++) {
    da.forEach((x, i) => {
      if (pairOf.has(i)) return;
      const j = db.findIndex((y, k) => !matchedB.has(k) && Math.abs(y.day - x.day) === tolerance);
      if (j < 0) return;
      pairOf.set(i, j);
      matchedB.add(j);
    });
  }
  const both: { date: string; a: string; b: string; gapDays: number }[] = [];
  const onlyA: DatedEvent[] = [];
  da.forEach((x, i) => {
    const j = pairOf.get(i);
    if (j === undefined) onlyA.push({ date: x.date, text: x.text });
    else both.push({ date: x.date, a: x.text, b: db[j].text, gapDays: Math.abs(db[j].day - x.day) });
  });
  const onlyB = db.filter((_, j) => !matchedB.has(j)).map((y) => ({ date: y.date, text: y.text }));
  const fewer = Math.min(da.length, db.length);
  const pa = a.profile.day;
  const pb = b.profile.day;
  return {
    both,
    onlyA,
    onlyB,
    agreement: fewer === 0 ? null : Math.min(1, both.length / fewer),
    published: {
      ...(pa !== undefined ? { a: isoDay(pa) } : {}),
      ...(pb !== undefined ? { b: isoDay(pb) } : {}),
      ...(pa !== undefined && pb !== undefined ? { gapDays: Math.abs(pa - pb) } : {}),
    },
  };
}

/** Salience of a sentence as a fact: named entities, numbers and dates first, then length in content words. */
export function salience(s: SentenceProfile): number {
  return s.keys.size * SALIENCE_KEY + s.numbers.size * SALIENCE_NUMBER + s.terms.size * SALIENCE_TERM;
}

function surfaceList(p: Profile, s: SentenceProfile): string[] {
  const out = new Set<string>();
  for (const k of [...s.keys].sort()) out.add(p.surfaces.get(k) ?? k);
  return [...out];
}

/** Sentences by salience (highest first, ties in text order). */
export function rankSentences(p: Profile, indices: readonly number[]): RankedSentence[] {
  return indices
    .map((i) => {
      const s = p.sentences[i];
      return { index: i, text: s.text, salience: round3(salience(s)), entities: surfaceList(p, s) };
    })
    .sort((x, y) => y.salience - x.salience || x.index - y.index);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function tone(side: ComparedSide): ToneFeatures {
  const s = side.profile.style;
  const n = Math.max(1, s.sentences);
  return {
    statements: side.quotes.filter((q) => q.kind === 'statement').length,
    quoteShare: round3(s.quoteShare),
    scareQuotes: side.quotes.filter((q) => q.kind === 'term').length,
    questionsPerSentence: round3(s.questions / n),
    exclamationsPerSentence: round3(s.exclamations / n),
  };
}

/** Keys in `matched` shown as their surface form in A (falling back to B's, then the key). */
function withSurfaces(m: Matched, a: Profile, b: Profile): Matched {
  const keys = m.keys.map((k) => a.surfaces.get(k) ?? b.surfaces.get(k) ?? k);
  return { ...m, keys: [...new Set(keys)] };
}

/**
 * The full evidence of a pair. `alignment` may be passed when already computed (it is otherwise computed
 * here with the default threshold).
 */
export function buildEvidence(
  a: ComparedSide,
  b: ComparedSide,
  state: IdfState,
  alignment: Alignment = alignSentences(a.profile, b.profile, state),
): Evidence {
  const pa = a.profile;
  const pb = b.profile;
  return {
    sharedEntities: sharedEntities(a, b),
    sharedPlaces: sharedPlaces(a, b),
    dates: datesEvidence(a, b),
    alignedSentences: alignment.pairs.map((p) => ({
      a: { index: p.a, text: pa.sentences[p.a].text },
      b: { index: p.b, text: pb.sentences[p.b].text },
      score: round3(p.score),
      matched: withSurfaces(p.matched, pa, pb),
    })),
    onlyInA: rankSentences(pa, alignment.onlyA),
    onlyInB: rankSentences(pb, alignment.onlyB),
    style: { a: pa.style, b: pb.style },
    tone: { a: tone(a), b: tone(b) },
  };
}
