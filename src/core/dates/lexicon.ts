/**
 * The shape of a language's date vocabulary. Tables live in `lang/<code>.ts`; the engine (compile.ts,
 * extract-*.ts) never names a word of any language itself.
 */

export interface DateLexicon {
  /** Twelve lists (January first) of lower-case month forms: names, inflections, abbreviations. */
  readonly months: readonly (readonly string[])[];
  /** Seven lists (Sunday first) of lower-case weekday forms. */
  readonly weekdays: readonly (readonly string[])[];
  /** Lower-case words naming a day relative to the reference, with their offset in days ("hier": -1). */
  readonly relativeDays: Readonly<Record<string, number>>;
  /** Words next to a weekday that point to the past one ("dernier", "last"). */
  readonly past: readonly string[];
  /** Words next to a weekday that point to the next one ("prochain", "next"). */
  readonly next: readonly string[];
  /**
   * Prepositions of purpose or deadline that, right before a weekday, point to its next occurrence
   * ("na sobotę", "für Samstag", "for Saturday", "pour samedi", "para el sábado"). A bare weekday keeps the
   * past rule (news reports what happened): only these words and the `next` adjectives look ahead.
   */
  readonly nextBefore?: readonly string[];
  /**
   * Words right before such a preposition that cancel it: the night into a day ("в ночь на субботу",
   * "w nocy na sobotę") is usually a past one. A weekday before the preposition ("z piątku na sobotę")
   * cancels it too, without a table.
   */
  readonly nextBeforeBlockers?: readonly string[];
  /** Parts of the day written as one word after a weekday ("woensdagavond", "Mittwochabend"). */
  readonly weekdayParts?: readonly string[];
  /** Words that, right before a bare four-digit year, make it a date ("en 2020", "in 2020"). */
  readonly yearBefore: readonly string[];
  /** Words that, right after a bare year, make it a date ("2020 году", "2020 roku"). */
  readonly yearAfter: readonly string[];
  /** Words that, right before a month name without a day, make it a date ("en septembre", "in May"). */
  readonly monthBefore: readonly string[];
  /** Words right after a month name without a day that make it a date ("Eylül ayında"). */
  readonly monthAfter?: readonly string[];
  /** Regex source matching a month written with digits and a marker (zh: "9月"), if the language has one. */
  readonly monthPattern?: string;
  /** The script writes words without spaces: match table words anywhere, not at word boundaries. */
  readonly noWordBoundaries?: boolean;
}
