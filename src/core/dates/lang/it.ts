import type { DateLexicon } from '../lexicon.ts';

/** Italian date vocabulary. */
export const it: DateLexicon = {
  months: [
    ['gennaio'],
    ['febbraio'],
    ['marzo'],
    ['aprile'],
    ['maggio'],
    ['giugno'],
    ['luglio'],
    ['agosto'],
    ['settembre'],
    ['ottobre'],
    ['novembre'],
    ['dicembre'],
  ],
  weekdays: [
    ['domenica'],
    ['lunedì', 'lunedi'],
    ['martedì', 'martedi'],
    ['mercoledì', 'mercoledi'],
    ['giovedì', 'giovedi'],
    ['venerdì', 'venerdi'],
    ['sabato'],
  ],
  relativeDays: { ieri: -1, altroieri: -2, "l'altro ieri": -2, oggi: 0, domani: 1, dopodomani: 2 },
  past: ['scorso', 'scorsa'],
  next: ['prossimo', 'prossima'],
  nextBefore: ['per', 'entro'],
  yearBefore: ['nel', 'del', 'dal', 'entro', 'anno', 'al'],
  yearAfter: [],
  monthBefore: ['a', 'ad', 'di', 'da', 'entro', 'inizio', 'fine', 'metà'],
};
