import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentText } from '../../src/core/ingest.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { DEFAULT_PIPELINE } from '../../src/core/stages/index.ts';
import type { Article } from '../../src/core/types.ts';

function article(text: string, origin: string): Article {
  const items = parseDocumentText(text, origin);
  assert.ok(items[0]?.ok, `ingest failed for ${origin}`);
  return (items[0] as { ok: true; article: Article }).article;
}

test('pipeline: a fictional French article gets its dates and its ambassador quote', () => {
  const text = [
    'Visite à Rome',
    "L'ambassadeur de France à Rome, Paul Martin, a rencontré le ministre lundi 14 septembre 2020. Depuis un mois, les relations sont tendues.",
    "« Nous voulons un dialogue franc et durable avec nos partenaires », a expliqué l'ambassadeur. Il a parlé d'une « pause ».",
  ].join('\n');
  const a = runPipeline(DEFAULT_PIPELINE, article(text, 'fiction.txt')).annotations;
  assert.deepEqual(
    a.dates.dates.map((d) => [d.date, d.certain]),
    [['2020-09-14', true]],
  );
  const statements = a.quotes.quotes.filter((q) => q.kind === 'statement');
  assert.equal(statements.length, 1);
  assert.match(statements[0].speaker ?? '', /Paul Martin/);
  assert.deepEqual(
    a.quotes.quotes.filter((q) => q.kind === 'term').map((q) => q.text),
    ['pause'],
  );
});

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'seeds');

test(
  'pipeline: seeds give their dates and quotes',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  () => {
    const run = (name: string) =>
      runPipeline(DEFAULT_PIPELINE, article(readFileSync(join(SEEDS, name), 'utf8'), name)).annotations;
    const a = run('000_7a61144dd750e5af.txt');
    const dates = a.dates.dates.map((d) => d.date);
    assert.ok(dates.includes('2020-09-14') && dates.includes('2020-08-09'), dates.join(' '));
    assert.ok(!a.dates.dates.some((d) => /un mois/i.test(d.text)));
    assert.ok(a.quotes.quotes.some((q) => q.speaker === 'Dmitri Mezentsev' && q.kind === 'statement'));
    const b = run('002_f95a6ceda9409001.txt');
    assert.ok(b.dates.dates.some((d) => d.date === '2020-08-09'));
    assert.ok(b.quotes.quotes.filter((q) => q.speaker === 'Katsiaryna Shmatsina').length >= 2);
    assert.ok(b.quotes.quotes.filter((q) => q.kind === 'term').length >= 2);
  },
);
