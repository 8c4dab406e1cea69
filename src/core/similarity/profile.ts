/**
 * An article's comparable profile, derived once from its analysis: everything similarity, clustering and
 * coverage comparison read. Across languages stems do not match, so keys (entities, places, countries),
 * numbers, dates, shared spellings and concepts (the multilingual lexicon: "Wahl" = "election") carry
 * cross-lingual comparison.
 */
import type { Analysis, EntityType } from '../types.ts';
import { forEachConcept } from '../text/concepts.ts';

/** One sentence as a comparable unit (a "fact" for coverage comparison). */
export interface SentenceProfile {
  readonly index: number;
  readonly text: string;
  /** Content stems (no stopwords, no punctuation). */
  readonly terms: ReadonlySet<string>;
  /** Entity and place keys mentioned in the sentence. */
  readonly keys: ReadonlySet<string>;
  /** Numbers (normalised) and event days mentioned. */
  readonly numbers: ReadonlySet<string>;
  /** Folded capitalised words (shared spellings of names across languages). */
  readonly names: ReadonlySet<string>;
}

export interface StyleFeatures {
  readonly words: number;
  readonly sentences: number;
  readonly meanSentenceWords: number;
  /** Share of words inside quotes (statements). */
  readonly quoteShare: number;
  readonly numberShare: number;
  readonly capitalShare: number;
  readonly questions: number;
  readonly exclamations: number;
  readonly embeds: number;
}

export interface Profile {
  readonly id: string;
  readonly lang: string;
  readonly title: string;
  readonly source?: string;
  /** Publication day (days since 1970-01-01, UTC), when known. */
  readonly day?: number;
  /** Content stem -> count in the body (title counted twice). */
  readonly terms: ReadonlyMap<string, number>;
  /** Title content stems. */
  readonly titleTerms: ReadonlySet<string>;
  /** Entity key -> mentions, per entity type (places included under 'place'). */
  readonly entities: Readonly<Record<EntityType, ReadonlyMap<string, number>>>;
  /** Surface form of each entity key (for evidence). */
  readonly surfaces: ReadonlyMap<string, string>;
  /** ISO country -> weight (place mentions + demonyms). */
  readonly countries: ReadonlyMap<string, number>;
  /** Event days reported (day numbers), day grain only. */
  readonly eventDays: readonly number[];
  /** Months reported (YYYY-MM), any grain finer than year. */
  readonly eventMonths: ReadonlySet<string>;
  /** Numbers written in the body (normalised, years and small numbers excluded). */
  readonly numbers: ReadonlySet<string>;
  /** Speaker keys of quoted statements. */
  readonly speakers: ReadonlySet<string>;
  /** Folded capitalised body words that are not sentence-initial (shared spellings across languages). */
  readonly names: ReadonlyMap<string, number>;
  readonly sentences: readonly SentenceProfile[];
  readonly style: StyleFeatures;
  /**
   * Concept id -> count in the body (title counted twice, like terms): the language-independent content words
   * (src/core/text/concepts.ts). Optional: profiles decoded from older saved states have none.
   */
  readonly concepts?: ReadonlyMap<string, number>;
  /** Concepts of the title. */
  readonly titleConcepts?: ReadonlySet<string>;
}

/** A title word counts this many times in `terms` and `concepts` (a title states what the article is about). */
const TITLE_WEIGHT = 2;

/** Concept counts of the body and title tokens, and the title's concepts (see `Profile.concepts`). */
function conceptsOfText(
  text: Analysis['annotations']['text'],
  lang: string,
): { concepts: Map<string, number>; titleConcepts: Set<string> } {
  const concepts = new Map<string, number>();
  const titleConcepts = new Set<string>();
  forEachConcept(lang, text.tokens, (ids) => {
    for (const id of ids) concepts.set(id, (concepts.get(id) ?? 0) + 1);
  });
  forEachConcept(lang, text.titleTokens, (ids) => {
    for (const id of ids) {
      titleConcepts.add(id);
      concepts.set(id, (concepts.get(id) ?? 0) + TITLE_WEIGHT);
    }
  });
  return { concepts, titleConcepts };
}

const DAY_MS = 86_400_000;

/** Day number of an ISO date or timestamp (UTC), or undefined. */
export function dayOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso.length === 7 ? `${iso}-01` : iso.length === 4 ? `${iso}-01-01` : iso);
  return Number.isNaN(t) ? undefined : Math.floor(t / DAY_MS);
}

/** Normalises a number token: "1 000", "1,000", "1.000" -> "1000"; decimals keep a dot. */
function normNumber(s: string): string | undefined {
  const digits = s.replace(/[\s\u00a0\u202f']/g, '');
  if (!/\d/.test(digits)) return undefined;
  const m = /^(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](\d{1,2}))?$/.exec(digits);
  if (!m) return undefined;
  const whole = m[1].replace(/[.,]/g, '');
  return m[2] ? `${whole}.${m[2]}` : whole;
}

/** A number worth comparing: not a lone digit, and not a year (years are dates). */
function meaningfulNumber(n: string): boolean {
  if (n.length < 2) return false;
  const v = Number(n);
  return !(Number.isInteger(v) && v >= 1900 && v <= 2100);
}

/**
 * `n` empty sets, in an array built by pushing: `Array.prototype.map` makes a holey array in the interpreter
 * and a packed one once inlined into optimised code, so its result's hidden class changed under the optimised
 * profile builder and threw it out (one recompilation of this large function per thread, ~250 ms).
 */
function emptySets(n: number): Set<string>[] {
  const out: Set<string>[] = [];
  for (let i = 0; i < n; i++) out.push(new Set<string>());
  return out;
}

/** The comparable profile of an analysed article. */
export function buildProfile({ article, annotations }: Analysis): Profile {
  const { text, entities, places, dates, quotes, clean } = annotations;
  const { id, title, source, published } = article;
  const terms = new Map<string, number>();
  const names = new Map<string, number>();
  const numbers = new Set<string>();
  const sentenceTerms = emptySets(text.sentences.length);
  const sentenceNumbers = emptySets(text.sentences.length);
  const sentenceNames = emptySets(text.sentences.length);
  const sentenceKeys = emptySets(text.sentences.length);
  let capitals = 0;
  let numberTokens = 0;
  for (let i = 0; i < text.tokens.length; i++) {
    const t = text.tokens[i];
    if (t.kind === 'number') {
      numberTokens++;
      const n = normNumber(t.text);
      if (n && meaningfulNumber(n)) {
        numbers.add(n);
        sentenceNumbers[t.sentence]?.add(n);
      }
      continue;
    }
    if (t.kind !== 'word' || t.stop) continue;
    terms.set(t.stem, (terms.get(t.stem) ?? 0) + 1);
    sentenceTerms[t.sentence]?.add(t.stem);
    if (t.upper) {
      capitals++;
      const first = text.sentences[t.sentence]?.firstToken === i;
      if (!first && t.norm.length > 2) {
        names.set(t.norm, (names.get(t.norm) ?? 0) + 1);
        sentenceNames[t.sentence]?.add(t.norm);
      }
    }
  }
  const titleTerms = new Set<string>();
  for (const t of text.titleTokens) {
    if (t.kind !== 'word' || t.stop) continue;
    titleTerms.add(t.stem);
    terms.set(t.stem, (terms.get(t.stem) ?? 0) + TITLE_WEIGHT);
  }

  const byType: Record<EntityType, Map<string, number>> = {
    person: new Map(),
    organization: new Map(),
    place: new Map(),
    other: new Map(),
  };
  const surfaces = new Map<string, string>();
  for (const e of entities.entities) {
    byType[e.type].set(e.key, (byType[e.type].get(e.key) ?? 0) + e.mentions);
    if (!surfaces.has(e.key)) surfaces.set(e.key, e.name);
    for (const s of e.spans) if (s.sentence >= 0) sentenceKeys[s.sentence]?.add(e.key);
  }
  const countries = new Map<string, number>();
  for (const p of places.places) {
    if (!byType.place.has(p.key)) byType.place.set(p.key, p.mentions + p.adjectival);
    if (!surfaces.has(p.key)) surfaces.set(p.key, p.name);
    if (p.country) countries.set(p.country, (countries.get(p.country) ?? 0) + p.mentions + p.adjectival);
  }

  const eventDays: number[] = [];
  const eventMonths = new Set<string>();
  for (const d of dates.dates) {
    if (d.grain === 'day') {
      const day = dayOf(d.date);
      if (day !== undefined) eventDays.push(day);
      if (d.sentence >= 0) sentenceNumbers[d.sentence]?.add(`d:${d.date}`);
    }
    if (d.grain !== 'year') eventMonths.add(d.date.slice(0, 7));
  }
  eventDays.sort((a, b) => a - b);

  const speakers = new Set<string>();
  let quotedChars = 0;
  for (const q of quotes.quotes) {
    if (q.kind !== 'statement') continue;
    quotedChars += q.text.length;
    if (q.speakerKey) speakers.add(q.speakerKey);
  }

  const body = clean.body;
  let questions = 0;
  let exclamations = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 63 || c === 0xff1f || c === 0x061f) questions++;
    else if (c === 33 || c === 0xff01) exclamations++;
  }
  const words = text.words;
  const found = conceptsOfText(text, annotations.language.lang);
  const sentences: SentenceProfile[] = text.sentences.map((s, i) => ({
    index: i,
    text: s.text,
    terms: sentenceTerms[i],
    keys: sentenceKeys[i],
    numbers: sentenceNumbers[i],
    names: sentenceNames[i],
  }));
  return {
    id,
    lang: annotations.language.lang,
    title,
    source,
    day: dayOf(published),
    terms,
    titleTerms,
    entities: byType,
    surfaces,
    countries,
    eventDays,
    eventMonths,
    numbers,
    speakers,
    names,
    sentences,
    style: {
      words,
      sentences: text.sentences.length,
      meanSentenceWords: text.sentences.length ? words / text.sentences.length : 0,
      quoteShare: body.length ? Math.min(1, quotedChars / body.length) : 0,
      numberShare: words ? numberTokens / words : 0,
      capitalShare: words ? capitals / words : 0,
      questions,
      exclamations,
      embeds: clean.embeds.length,
    },
    concepts: found.concepts,
    titleConcepts: found.titleConcepts,
  };
}
