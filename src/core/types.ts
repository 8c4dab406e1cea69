/**
 * The shapes every part of storyline shares. Core code imports only from here and from its siblings
 * in src/core; services and interfaces import core, never the other way round.
 *
 * An {@link Article} is what ingestion produced: immutable text plus metadata. Each pipeline stage reads
 * the article and the annotations of earlier stages and returns its own annotation, stored under its own
 * key in {@link Annotations}; no stage edits another stage's output.
 */

/** ISO 639-1 codes of the languages storyline analyses in depth. */
export const SUPPORTED_LANGS = [
  'en',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'pl',
  'ru',
  'uk',
  'tr',
  'ar',
  'zh',
] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

export function isSupportedLang(code: string | undefined): code is Lang {
  return code !== undefined && (SUPPORTED_LANGS as readonly string[]).includes(code);
}

/**
 * A per-language table built on first use (English for unsupported or unknown languages): building all 13 at
 * module load would cost every CLI command and worker thread start-up for languages it may never see.
 */
export function perLanguage<T>(build: (lang: Lang) => T): (lang: string) => T {
  const built = new Map<Lang, T>();
  return (lang) => {
    const l: Lang = isSupportedLang(lang) ? lang : 'en';
    let t = built.get(l);
    if (t === undefined) {
      t = build(l);
      built.set(l, t);
    }
    return t;
  };
}

/** One article as ingestion hands it to the pipeline. */
export interface Article {
  /** Stable id derived from the content (same article twice gives the same id), or the id given by a JSONL row. */
  readonly id: string;
  readonly title: string;
  /** The article text as read (after decoding and HTML extraction), before cleaning. Paragraphs separated by "\n". */
  readonly text: string;
  /** Declared language (JSONL `lang`, HTML `lang` attribute / meta), if any. */
  readonly declaredLang?: string;
  /** Publication time, ISO 8601, if known from metadata or a date line. */
  readonly published?: string;
  /** Where `published` came from. */
  readonly publishedFrom?: 'metadata' | 'dateline';
  /** Precision of `published` when coarser than a time of day (a month-only date line gives 'month'). */
  readonly publishedGrain?: 'day' | 'month' | 'year';
  /** Outlet name (JSONL `source`, HTML site name, feed title), else the host of `url` ("lemonde.fr"). */
  readonly source?: string;
  readonly url?: string;
  readonly byline?: string;
  /** Gold story label, for evaluation files. */
  readonly story?: string;
  /** Where the article came from: a file path, `path#line` for JSONL rows, `path#item` for feed items, or `-`. */
  readonly origin: string;
  /** Lines ingestion recognised as metadata (e.g. " date 2020-09 Sputnik/... via REUTERS") and removed from text. */
  readonly metaLines?: readonly string[];
  /** Set when ingestion cut a very long text: its length in characters before the cut. */
  readonly truncatedFrom?: number;
}

/** A span of the cleaned body, by UTF-16 offsets into `CleanAnnotation.body`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type EmbedKind =
  'tweet' | 'post' | 'photo-credit' | 'share' | 'read-also' | 'notice' | 'url' | 'metadata';

export interface Embed {
  readonly kind: EmbedKind;
  readonly text: string;
}

/** Stage `clean`: the article's own prose, and what is not. */
export interface CleanAnnotation {
  /** Title + "\n\n" is NOT included: body is the prose only. Paragraphs separated by "\n". */
  readonly body: string;
  readonly embeds: readonly Embed[];
}

/** Stage `language`. */
export interface LanguageAnnotation {
  /** ISO 639-1 code; `und` when nothing could be detected. */
  readonly lang: string;
  /** True when `lang` is one of SUPPORTED_LANGS. */
  readonly supported: boolean;
  /** 0..1 */
  readonly confidence: number;
  readonly from: 'detected' | 'declared' | 'declared-tie-break';
}

export interface Sentence extends Span {
  readonly text: string;
  /** Index of the first token of this sentence in `TextAnnotation.tokens`, and one past the last. */
  readonly firstToken: number;
  readonly endToken: number;
  /** 0 for the title sentence(s) when the title is analysed, else paragraph index in body. */
  readonly paragraph: number;
}

export interface Token extends Span {
  /** Surface form as in the text (elision stripped: "l'Union" gives "Union"). */
  readonly text: string;
  /** Lower-cased, diacritics folded (é -> e, ß -> ss, ł -> l), for matching. */
  readonly norm: string;
  /** Snowball stem of the lower-cased form where a stemmer exists for the language, else `norm`. */
  readonly stem: string;
  /** A stopword of the article's language. */
  readonly stop: boolean;
  /** Word (letters/digits) vs punctuation/symbol. */
  readonly kind: 'word' | 'number' | 'punct';
  /** First character is upper case (always false for scripts without case). */
  readonly upper: boolean;
  /** Index of the sentence this token belongs to. */
  readonly sentence: number;
}

/** Stage `text`: sentences and tokens of the cleaned body (offsets into `CleanAnnotation.body`). */
export interface TextAnnotation {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** Tokens of the title, with offsets into `Article.title` and sentence index -1. */
  readonly titleTokens: readonly Token[];
  /** Number of word tokens in the body. */
  readonly words: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Mention extends Span {
  readonly text: string;
  /** Sentence index, or -1 for the title. */
  readonly sentence: number;
}

export interface Entity {
  /** The fullest surface form found in the article (e.g. "Alexandre Loukachenko"). */
  readonly name: string;
  readonly type: EntityType;
  /** Language- and script-independent key (see src/core/keys). */
  readonly key: string;
  readonly mentions: number;
  readonly variants: readonly string[];
  /** Where found (body spans). */
  readonly spans: readonly Mention[];
  /** Role words seen next to it: "président", "ministre", "spokesman"... (lower-case). */
  readonly roles?: readonly string[];
  /** ISO 3166-1 alpha-2 for places. */
  readonly country?: string;
}

export interface Place {
  /** Canonical surface form as most written in the article. */
  readonly name: string;
  /** Language-independent key, e.g. "country:BY", "city:moskva". */
  readonly key: string;
  readonly country?: string;
  readonly kind: 'country' | 'city' | 'region' | 'other';
  readonly mentions: number;
  readonly variants: readonly string[];
  /** Mentions through a demonym / adjective ("bélarusse", "russisch"), counted as geography. */
  readonly adjectival: number;
}

export interface EntitiesAnnotation {
  readonly entities: readonly Entity[];
}

export interface PlacesAnnotation {
  readonly places: readonly Place[];
}

export interface DateMention {
  /** The text as written ("lundi 14 septembre"). */
  readonly text: string;
  /** ISO: YYYY-MM-DD, YYYY-MM or YYYY depending on grain. */
  readonly date: string;
  readonly grain: 'day' | 'month' | 'year';
  /** True when every component at the grain was stated in the text; false when some were implied (e.g. the year). */
  readonly certain: boolean;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

export interface DatesAnnotation {
  /** Reference date used to resolve relative dates (ISO), and where it came from. */
  readonly reference?: string;
  readonly referenceFrom?: 'metadata' | 'dateline' | 'embed-inferred';
  readonly dates: readonly DateMention[];
}

export interface Quote {
  readonly text: string;
  readonly speaker?: string;
  /** Entity key of the speaker, when it resolves to an entity. */
  readonly speakerKey?: string;
  /** How the speaker was found: cue verb, "according to", an attribution line next to the quote, or none. */
  readonly attribution?: 'cue' | 'according-to' | 'line' | 'none';
  /** "statement" for real quotes; "term" for short scare quotes (« réserve »). */
  readonly kind: 'statement' | 'term';
  /** The cue word as written ("a expliqué", "said", "selon"), when the speaker was found by one. */
  readonly cue?: string;
  /** The role phrase that named the speaker ("l’ambassadeur"), when it did. */
  readonly role?: string;
  /** The speaker's organisation from an attribution line ("Centre for Eastern Studies (CES)"). */
  readonly affiliation?: string;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

export interface QuotesAnnotation {
  readonly quotes: readonly Quote[];
}

/** All annotations, each under its own stage's key. */
export interface Annotations {
  clean: CleanAnnotation;
  language: LanguageAnnotation;
  text: TextAnnotation;
  places: PlacesAnnotation;
  entities: EntitiesAnnotation;
  dates: DatesAnnotation;
  quotes: QuotesAnnotation;
}

export type StageName = keyof Annotations;

/** Read-only view of the annotations computed so far. */
export type Partial_<T> = { readonly [K in keyof T]?: T[K] };
export type AnnotationsSoFar = Partial_<Annotations>;

/**
 * A pipeline stage: reads the article and earlier annotations, returns its own annotation.
 * Stages are pure functions of their inputs (no clock, no randomness, no I/O).
 */
export interface Stage<K extends StageName = StageName> {
  readonly name: K;
  /** Stages whose annotation this one reads; the pipeline checks they run earlier. */
  readonly needs: readonly StageName[];
  run(article: Article, so_far: AnnotationsSoFar): Annotations[K];
}

/** An analysed article: the article, and every annotation. */
export interface Analysis {
  readonly article: Article;
  readonly annotations: Annotations;
}
