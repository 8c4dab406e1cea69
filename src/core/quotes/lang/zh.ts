import type { QuoteLexicon } from '../lexicon.ts';

/** Chinese quoting vocabulary ("说", "表示", "称", "据"). */
export const zh: QuoteLexicon = {
  cues: ['表示', '指出', '强调', '认为', '宣布', '透露', '说', '称', '道'],
  according: ['据'],
  accordingAfter: [],
  pronouns: ['他', '她'],
  roles: ['大使', '发言人', '外长', '部长', '总统', '总理', '主席', '官员', '专家', '分析人士'],
  determiners: [],
  lineConnectors: [],
  noWordBoundaries: true,
};
