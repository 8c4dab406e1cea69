import type { DateLexicon } from '../lexicon.ts';

/** Dutch date vocabulary ("morgen" left out: also the morning). */
export const nl: DateLexicon = {
  months: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['maart', 'mrt'],
    ['april', 'apr'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['augustus', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  weekdays: [['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag']],
  relativeDays: { gisteren: -1, eergisteren: -2, vandaag: 0, overmorgen: 2 },
  past: ['vorige', 'vorig', 'afgelopen'],
  next: ['volgende', 'komende'],
  nextBefore: ['tegen'],
  weekdayParts: ['ochtend', 'morgen', 'middag', 'avond', 'nacht'],
  yearBefore: ['in', 'sinds', 'tot', 'van', 'vanaf', 'jaar', 'begin', 'eind', 'medio', 'voor', 'na'],
  yearAfter: [],
  monthBefore: ['in', 'sinds', 'tot', 'vanaf', 'begin', 'eind', 'medio', 'half'],
};
