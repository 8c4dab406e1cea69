/** Registry of the quoting vocabularies, one per supported language. */
import type { Lang } from '../../types.ts';
import type { QuoteLexicon } from '../lexicon.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

export const QUOTE_LEXICONS: Readonly<Record<Lang, QuoteLexicon>> = {
  en,
  fr,
  de,
  es,
  it,
  pt,
  nl,
  pl,
  ru,
  uk,
  tr,
  ar,
  zh,
};
