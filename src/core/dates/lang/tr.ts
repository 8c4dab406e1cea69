import type { DateLexicon } from '../lexicon.ts';

/** Turkish date vocabulary ("14 Eylül 2020 Pazartesi", "geçen salı", "Eylül ayında"). */
export const tr: DateLexicon = {
  months: [
    ['ocak'],
    ['şubat'],
    ['mart'],
    ['nisan'],
    ['mayıs'],
    ['haziran'],
    ['temmuz'],
    ['ağustos'],
    ['eylül'],
    ['ekim'],
    ['kasım'],
    ['aralık'],
  ],
  weekdays: [['pazar'], ['pazartesi'], ['salı'], ['çarşamba'], ['perşembe'], ['cuma'], ['cumartesi']],
  relativeDays: { dün: -1, 'evvelsi gün': -2, bugün: 0, yarın: 1 },
  past: ['geçen', 'geçtiğimiz'],
  next: ['gelecek', 'önümüzdeki'],
  yearBefore: [],
  yearAfter: ['yılı', 'yılında', 'yılının', 'yılından', 'yılına'],
  monthBefore: ['geçen', 'geçtiğimiz'],
  monthAfter: ['ayında', 'ayı', 'ayının', 'ayından', 'ayına', 'başında', 'sonunda'],
};
