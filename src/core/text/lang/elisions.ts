/**
 * Elided articles/pronouns written joined to the next word with an apostrophe (fr "l'Ukraine",
 * it "dell'Europa"). The tokenizer splits them off so the word keeps its own token. Keys are folded
 * forms without the apostrophe.
 */
export const ELISIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set([
    'l',
    'd',
    'qu',
    's',
    'n',
    'j',
    'm',
    'c',
    't',
    'jusqu',
    'lorsqu',
    'puisqu',
    'quelqu',
    'quoiqu',
    'presqu',
  ]),
  it: new Set([
    'l',
    'dell',
    'all',
    'dall',
    'nell',
    'sull',
    'un',
    'quell',
    'quest',
    'coll',
    'd',
    'c',
    'nessun',
    'buon',
  ]),
  // Catalan is not analysed in depth but shares the pattern; harmless to split.
  ca: new Set(['l', 'd', 's', 'n', 'm']),
};

/** English clitics split off the word before them ("Putin's" -> "Putin" + "'s"). Folded, with apostrophe. */
export const EN_CLITICS: ReadonlySet<string> = new Set(["'s", "'re", "'ve", "'ll", "'d", "'m"]);
