/**
 * The shape of a language's quoting vocabulary. Tables live in `lang/<code>.ts`; the engine (compile.ts,
 * attribute.ts, attribution-line.ts) never names a word of any language itself.
 */
export interface QuoteLexicon {
  /** Speech verbs as written (any tense, inflection): "a déclaré" matches on "déclaré", "said", "sagte". */
  readonly cues: readonly string[];
  /** Words that put the speaker right after them: "selon", "according to", "laut", "по словам", "据". */
  readonly according: readonly string[];
  /** Words that put the speaker right before them: "zufolge", "göre", "aldus". */
  readonly accordingAfter: readonly string[];
  /** Subject pronouns: the speaker is then the last person named before the quote. */
  readonly pronouns: readonly string[];
  /** Role nouns a speaker may be named by ("l'ambassadeur", "the spokesman"), lower-case. */
  readonly roles: readonly string[];
  /** Determiners that may stand before a role noun ("le", "l'", "the"), kept in the speaker text. */
  readonly determiners: readonly string[];
  /** Words between a person and an organisation in an attribution line ("Jane Doe du Centre X (CX)"). */
  readonly lineConnectors: readonly string[];
  /** The script writes words without spaces: match table words anywhere. */
  readonly noWordBoundaries?: boolean;
}
