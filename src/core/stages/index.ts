/**
 * The default analysis pipeline, in order. Why this order:
 * - clean first: every later stage works on the article's own prose, with embeds (tweets, photo credits,
 *   share lines) set apart;
 * - language before text: sentence splitting, stopwords and stems depend on the language;
 * - places before entities: the gazetteer types a capitalised span as a place before the person/organisation
 *   heuristics see it;
 * - dates after text (sentence indices) and before quotes only by convention;
 * - quotes last: speaker attribution resolves speakers to the entities found before.
 */
import { validatePipeline } from '../pipeline.ts';
import { cleanStage } from './clean.ts';
import { languageStage } from './language.ts';
import { textStage } from './text.ts';
import { placesStage } from './places.ts';
import { entitiesStage } from './entities.ts';
import { datesStage } from './dates.ts';
import { quotesStage } from './quotes.ts';

export const DEFAULT_PIPELINE = validatePipeline([
  cleanStage,
  languageStage,
  textStage,
  placesStage,
  entitiesStage,
  datesStage,
  quotesStage,
]);
