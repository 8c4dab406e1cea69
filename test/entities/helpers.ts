/**
 * Test helpers: run clean + text + places + entities on a short fictional article with a FIXED language
 * (short texts are where language detection is least sure; these tests are about entities).
 */
import { cleanStage } from '../../src/core/stages/clean.ts';
import { textStage } from '../../src/core/stages/text.ts';
import { placesStage } from '../../src/core/stages/places.ts';
import { entitiesStage } from '../../src/core/stages/entities.ts';
import type { Annotations, Article, Entity, EntityType } from '../../src/core/types.ts';

/** Entities of a fictional article in `lang`. */
export function entitiesOf(lang: string, text: string, title = ''): Entity[] {
  const article: Article = { id: 'test', title, text, origin: 'test', declaredLang: lang };
  const so: Partial<Annotations> = {};
  so.clean = cleanStage.run(article, so);
  so.language = { lang, supported: true, confidence: 1, from: 'declared' };
  so.text = textStage.run(article, so);
  so.places = placesStage.run(article, so);
  return [...entitiesStage.run(article, so).entities];
}

/** The entity of type `type` having `surface` among its variants (or as its name), if any. */
export function findEntity(
  entities: readonly Entity[],
  surface: string,
  type?: EntityType,
): Entity | undefined {
  return entities.find(
    (e) => (type === undefined || e.type === type) && (e.name === surface || e.variants.includes(surface)),
  );
}

/** Compact "type:name" list for assertion messages. */
export function describe(entities: readonly Entity[]): string {
  return entities.map((e) => `${e.type}:${e.name}[${e.variants.join('|')}]`).join(', ');
}
