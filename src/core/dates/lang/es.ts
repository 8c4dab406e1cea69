import type { DateLexicon } from '../lexicon.ts';

/** Spanish date vocabulary ("mañana" left out: "por la mañana" is the morning). */
export const es: DateLexicon = {
  months: [
    ['enero'],
    ['febrero'],
    ['marzo'],
    ['abril'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre'],
  ],
  weekdays: [
    ['domingo'],
    ['lunes'],
    ['martes'],
    ['miércoles', 'miercoles'],
    ['jueves'],
    ['viernes'],
    ['sábado', 'sabado'],
  ],
  relativeDays: { ayer: -1, anteayer: -2, hoy: 0, 'pasado mañana': 2 },
  past: ['pasado', 'pasada', 'último', 'última'],
  next: ['próximo', 'próxima', 'proximo', 'proxima'],
  nextBefore: ['para', 'para el'],
  yearBefore: ['en', 'de', 'del', 'desde', 'hasta', 'año', 'antes', 'después'],
  yearAfter: [],
  monthBefore: ['en', 'desde', 'hasta', 'de', 'mediados de', 'principios de', 'finales de'],
};
