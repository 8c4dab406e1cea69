/**
 * Stage `entities`: people, organisations, places and other named things of the article, with their
 * mentions, surface variants, roles and a cross-language key. The engine lives in `src/core/entities/`;
 * this stage only wires in the gazetteer (places and organisations) and the name keys.
 */
import type { Stage } from '../types.ts';
import { extractEntities, type EntityLookups } from '../entities/index.ts';
import { matchAt, matchChinese } from '../gazetteer/index.ts';
import { nameKey } from '../keys/index.ts';

const LOOKUPS: EntityLookups = {
  matchAt,
  matchText: matchChinese,
  nameKey: (name, type) => nameKey(name, type),
};

export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  needs: ['clean', 'language', 'text', 'places'],
  run: (article, soFar) => {
    const text = soFar.text;
    if (!text) return { entities: [] };
    const lang = soFar.language?.lang ?? 'und';
    const body = soFar.clean?.body ?? article.text;
    return { entities: extractEntities({ lang, title: article.title, body, text }, LOOKUPS) };
  },
};
