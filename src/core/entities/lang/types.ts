/**
 * The shape of one language's cue-word table for the entities stage. Tables are written in natural
 * spelling (with diacritics and case as in print); `src/core/entities/lang/index.ts` folds them once at
 * module load into sets that are compared with `Token.norm`.
 */
export interface LangCues {
  /** Lower-case particles allowed inside a person name between capitalised words (de, von, van, bin). */
  readonly particles: readonly string[];
  /** Honorifics right before a name: M., Mme, Mr, Herr, pan, Sayın (trailing dots left out). */
  readonly titles: readonly string[];
  /** Role nouns that mark the next (or previous) name as a person: président, minister, spokesman. */
  readonly roles: readonly string[];
  /**
   * Stems of inflected role nouns (Slavic, Turkish): a token whose norm starts with one of these, and is at
   * most {@link ROLE_STEM_SLACK} letters longer, is a role.
   */
  readonly roleStems?: readonly string[];
  /** Compound-word endings that make a role (de: Außenminister, Kremlsprecher; nl: woordvoerder). */
  readonly roleSuffixes?: readonly string[];
  /** Verbs of speech next to a name (said, a déclaré, sagte, dijo): the name is a person. */
  readonly speech: readonly string[];
  /** Words allowed between a name and a speech verb (auxiliaries and adverbs: a, has, also, notamment). */
  readonly fillers: readonly string[];
  /** Organisation words: a capitalised span containing one is an organisation (Union, Conseil, Bank, GmbH). */
  readonly orgWords: readonly string[];
  /** Stems of inflected organisation words (pl/ru/uk/tr), matched like role stems. */
  readonly orgStems?: readonly string[];
  /** Compound endings that make a German-style org noun (Bundesbank, Außenministerium). */
  readonly orgSuffixes?: readonly string[];
  /** Lower-case adjectives that may follow an organisation head word (Assemblée nationale, Banco central). */
  readonly orgAdjectives?: readonly string[];
  /** Nouns that introduce an organisation name right after them (la empresa X, das Unternehmen X). */
  readonly orgIntro?: readonly string[];
  /** Compound endings of such nouns (Elektroauto|hersteller, Reis|organisatie). */
  readonly orgIntroSuffixes?: readonly string[];
  /** Lower-case words allowed inside an organisation name after its head word (de, des, of, für). */
  readonly orgConnectors: readonly string[];
  /** Capitalised words that are never names on their own: months, weekdays, conventionally capitalised nouns. */
  readonly notNames: readonly string[];
  /** Every noun is capitalised (German): a candidate needs typing evidence, capitalisation alone is not enough. */
  readonly nounsCapitalised?: boolean;
}

/** Inflected forms may add at most this many letters to a role/org stem (Slavic case endings: -ami, -ого). */
export const ROLE_STEM_SLACK = 4;

/** Cue words for the caseless scripts (Arabic): the name follows the cue chain. */
export interface ArabicCues {
  /** Words that introduce a person (الرئيس, وزير, المتحدث) and verbs of speech (قال) that precede the subject. */
  readonly personCues: readonly string[];
  /** Words skipped between a cue and the name: ministry complements (الخارجية), (باسم). */
  readonly complements: readonly string[];
  /** Words that never belong to a name (prepositions, conjunctions, common verbs). */
  readonly stop: readonly string[];
  /** Organisation words (منظمة, حزب, مجلس): the cue and the next word(s) form an organisation. */
  readonly orgWords: readonly string[];
}

/** Cue words for Chinese: titles before a name, verbs after it, and the common family names. */
export interface ChineseCues {
  readonly titles: readonly string[];
  readonly after: readonly string[];
  readonly surnames: string;
  /** Characters used in transliterated foreign names (普京, 卢卡申科), to delimit them. */
  readonly translitChars: string;
  /** Characters that end a name (verbs and function characters right after names). */
  readonly stopChars: string;
  readonly orgSuffixes: readonly string[];
  /** Government bodies and institutions written without a country prefix (外交部, 国务院). */
  readonly organisations: readonly string[];
}
