import type { DateLexicon } from '../lexicon.ts';

/** Portuguese date vocabulary (bare "segunda", "quinta"... left out: they are also ordinals). */
export const pt: DateLexicon = {
  months: [
    ['janeiro'],
    ['fevereiro'],
    ['março', 'marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro'],
    ['novembro'],
    ['dezembro'],
  ],
  weekdays: [
    ['domingo'],
    ['segunda-feira'],
    ['terça-feira', 'terca-feira'],
    ['quarta-feira'],
    ['quinta-feira'],
    ['sexta-feira'],
    ['sábado', 'sabado'],
  ],
  relativeDays: { ontem: -1, anteontem: -2, hoje: 0, amanhã: 1, amanha: 1 },
  past: ['passado', 'passada', 'último', 'última'],
  next: ['próximo', 'próxima', 'proximo', 'proxima'],
  nextBefore: ['para', 'para o', 'para a'],
  yearBefore: ['em', 'de', 'do', 'desde', 'até', 'ano'],
  yearAfter: [],
  monthBefore: ['em', 'desde', 'até', 'de', 'início de', 'fim de', 'meados de'],
};
