/**
 * The entities stage on the real seeds (read at run time from ../shared/data/seeds; skipped when absent)
 * and the stage's contract with the pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../src/core/ingest/text.ts';
import { finishArticle } from '../../src/core/ingest/article.ts';
import { DEFAULT_PIPELINE } from '../../src/core/stages/index.ts';
import { entitiesStage } from '../../src/core/stages/entities.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import type { Entity } from '../../src/core/types.ts';

const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'seeds');
const skip = !existsSync(dir) && 'needs ../shared/data (absent)';

function seedEntities(file: string): Entity[] {
  const path = join(dir, file);
  const article = finishArticle(parseText(readFileSync(path, 'utf8'), path));
  return [...runPipeline(DEFAULT_PIPELINE, article).annotations.entities.entities];
}

const show = (ents: readonly Entity[]): string => ents.map((e) => `${e.type}:${e.name}`).join(', ');
const withVariant = (ents: readonly Entity[], v: string, type?: string): Entity | undefined =>
  ents.find((e) => (type === undefined || e.type === type) && (e.name === v || e.variants.includes(v)));

test('entities stage: name and needs', () => {
  assert.equal(entitiesStage.name, 'entities');
  for (const need of ['text', 'places'] as const) assert.ok(entitiesStage.needs.includes(need));
});

test('seeds: persons, organisations, places and no junk', { skip }, () => {
  const a = seedEntities('000_7a61144dd750e5af.txt');
  const b = seedEntities('002_f95a6ceda9409001.txt');
  for (const [ents, full] of [
    [a, ['Alexandre Loukachenko', 'Vladimir Poutine', 'Dmitri Mezentsev']],
    [b, ['Alexandre Loukachenko', 'Vladimir Poutine', 'Sergueï Lavrov', 'Katsiaryna Shmatsina']],
  ] as const) {
    for (const name of full) {
      const e = withVariant(ents, name, 'person');
      assert.ok(e, `${name} missing: ${show(ents)}`);
      assert.equal(e.name, name);
    }
    for (const junk of [
      'Une',
      'Les',
      'Le',
      'La',
      'Pendant',
      'Résultat',
      'Oublié',
      'Libération',
      'Il',
      'En',
    ]) {
      assert.equal(withVariant(ents, junk), undefined, `${junk} is not an entity: ${show(ents)}`);
    }
  }
  // The surname alone joins the full name, and the person key is the same in both articles.
  const la = withVariant(a, 'Alexandre Loukachenko', 'person');
  const lb = withVariant(b, 'Alexandre Loukachenko', 'person');
  assert.ok(la && lb);
  assert.ok(la.variants.includes('Loukachenko'));
  assert.equal(la.key, lb.key);
  assert.ok(la.mentions >= 5, `Loukachenko mentions ${la.mentions}`);
  // Both spellings of Michoustine are one person.
  const m = withVariant(b, 'Mikhaïl Michoustine', 'person');
  assert.ok(m && m.variants.includes('Mikhail Michoustine'), show(b));
  // Mezentsev is introduced by his role.
  assert.ok(withVariant(a, 'Dmitri Mezentsev', 'person')?.roles?.includes('ambassadeur'));
  // Organisations: gazetteer ones and the heuristic one with its acronym.
  assert.ok(withVariant(a, 'Kremlin', 'organization'), show(a));
  for (const org of ['Otan', 'Union européenne', 'BISS'])
    assert.ok(withVariant(b, org, 'organization'), `${org}: ${show(b)}`);
  const biss = withVariant(b, 'BISS', 'organization');
  assert.ok(biss && biss.name.startsWith('Centre biélorusse'), biss?.name);
  // Places keep their gazetteer key and country.
  const by = withVariant(a, 'Bélarus', 'place');
  assert.ok(by && by.variants.includes('Biélorussie') && by.country === 'BY', show(a));
  assert.equal(withVariant(b, 'Minsk', 'place')?.country, 'BY');
  assert.equal(withVariant(a, 'Moscou', 'place')?.country, 'RU');
});
