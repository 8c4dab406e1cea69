import type { DateLexicon } from '../lexicon.ts';

/** Chinese date vocabulary: months are written with digits and 月 ("9月14日"), see `monthPattern`. */
export const zh: DateLexicon = {
  months: [
    ['一月'],
    ['二月'],
    ['三月'],
    ['四月'],
    ['五月'],
    ['六月'],
    ['七月'],
    ['八月'],
    ['九月'],
    ['十月'],
    ['十一月'],
    ['十二月'],
  ],
  weekdays: [
    ['星期日', '星期天', '周日', '礼拜天', '週日'],
    ['星期一', '周一', '礼拜一', '週一'],
    ['星期二', '周二', '礼拜二', '週二'],
    ['星期三', '周三', '礼拜三', '週三'],
    ['星期四', '周四', '礼拜四', '週四'],
    ['星期五', '周五', '礼拜五', '週五'],
    ['星期六', '周六', '礼拜六', '週六'],
  ],
  relativeDays: { 昨天: -1, 昨日: -1, 前天: -2, 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2 },
  past: ['上'],
  next: ['下'],
  yearBefore: [],
  yearAfter: ['年'],
  monthBefore: [],
  monthPattern: '[0-9０-９]{1,2}月',
  noWordBoundaries: true,
};
