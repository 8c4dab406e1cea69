import type { DateLexicon } from '../lexicon.ts';

/** Polish date vocabulary: months in nominative, genitive ("14 września") and locative ("we wrześniu"). */
export const pl: DateLexicon = {
  months: [
    ['styczeń', 'stycznia', 'styczniu'],
    ['luty', 'lutego', 'lutym'],
    ['marzec', 'marca', 'marcu'],
    ['kwiecień', 'kwietnia', 'kwietniu'],
    ['maj', 'maja', 'maju'],
    ['czerwiec', 'czerwca', 'czerwcu'],
    ['lipiec', 'lipca', 'lipcu'],
    ['sierpień', 'sierpnia', 'sierpniu'],
    ['wrzesień', 'września', 'wrześniu'],
    ['październik', 'października', 'październiku'],
    ['listopad', 'listopada', 'listopadzie'],
    ['grudzień', 'grudnia', 'grudniu'],
  ],
  weekdays: [
    ['niedziela', 'niedzielę', 'niedzieli'],
    ['poniedziałek', 'poniedziałku'],
    ['wtorek', 'wtorku'],
    ['środa', 'środę', 'środy'],
    ['czwartek', 'czwartku'],
    ['piątek', 'piątku'],
    ['sobota', 'sobotę', 'soboty'],
  ],
  relativeDays: { wczoraj: -1, przedwczoraj: -2, dziś: 0, dzisiaj: 0, jutro: 1, pojutrze: 2 },
  past: ['zeszły', 'zeszłą', 'ubiegły', 'ubiegłą', 'ostatni', 'ostatnią', 'poprzedni', 'poprzednią'],
  next: ['przyszły', 'przyszłą', 'najbliższy', 'najbliższą', 'następny', 'następną'],
  nextBefore: ['na'],
  nextBeforeBlockers: ['nocy', 'noc'],
  yearBefore: ['od', 'do'],
  yearAfter: ['roku', 'rok', 'r.'],
  monthBefore: ['w', 'we', 'od', 'do', 'początku', 'końcu', 'połowie'],
};
