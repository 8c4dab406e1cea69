import type { DateLexicon } from '../lexicon.ts';

/** German date vocabulary ("morgen" left out: "am Morgen" is the morning). */
export const de: DateLexicon = {
  months: [
    ['januar', 'jänner', 'jan'],
    ['februar', 'feb'],
    ['märz', 'maerz'],
    ['april', 'apr'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  weekdays: [
    ['sonntag'],
    ['montag'],
    ['dienstag'],
    ['mittwoch'],
    ['donnerstag'],
    ['freitag'],
    ['samstag', 'sonnabend'],
  ],
  relativeDays: { gestern: -1, vorgestern: -2, heute: 0, übermorgen: 2 },
  past: ['vergangenen', 'vergangene', 'letzten', 'letzte', 'vorigen', 'vorige'],
  next: ['nächsten', 'nächste', 'kommenden', 'kommende'],
  nextBefore: ['für', 'für den', 'ab', 'ab dem'],
  weekdayParts: ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'],
  yearBefore: ['im', 'seit', 'bis', 'von', 'vor', 'nach', 'jahr', 'jahres', 'anfang', 'ende', 'mitte', 'ab'],
  yearAfter: [],
  monthBefore: ['im', 'seit', 'bis', 'anfang', 'ende', 'mitte', 'ab'],
};
