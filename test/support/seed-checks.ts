/**
 * The foundation issue's acceptance criteria on the two seeds, as data: each check reads the analyze JSON
 * of both seeds and says ok or why not. Shared by the seeds test and the CI script.
 */
import type { ArticleJson } from '../../src/services/article-json.ts';

export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly detail: string;
}

const A = '000_7a61144dd750e5af';
const B = '002_f95a6ceda9409001';

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function personNames(a: ArticleJson): string[] {
  return a.entities.filter((e) => e.type === 'person').flatMap((e) => [e.name, ...e.variants].map(fold));
}

function hasPerson(a: ArticleJson, name: string): boolean {
  const n = fold(name);
  return personNames(a).some((v) => v === n || v.split(/\s+/).includes(n));
}

export function checkSeeds(rows: readonly ArticleJson[]): CheckResult[] {
  const a = rows.find((r) => r.origin.includes(A));
  const b = rows.find((r) => r.origin.includes(B));
  const out: CheckResult[] = [];
  const check = (name: string, ok: boolean, detail = '') => out.push({ name, ok, detail });
  check('both seeds analysed', Boolean(a && b), `got ${rows.map((r) => r.origin).join(', ')}`);
  if (!a || !b) return out;

  for (const [label, art] of [
    [A, a],
    [B, b],
  ] as const) {
    check(`${label}: language fr`, art.lang === 'fr', `lang ${art.lang}`);
    for (const p of ['Loukachenko', 'Poutine']) {
      check(`${label}: person ${p}`, hasPerson(art, p), `persons: ${personNames(art).join(' | ')}`);
    }
  }
  for (const p of ['Michoustine', 'Lavrov', 'Katsiaryna Shmatsina']) {
    check(`${B}: person ${p}`, hasPerson(b, p), `persons: ${personNames(b).join(' | ')}`);
  }
  check(`${A}: person Mezentsev`, hasPerson(a, 'Mezentsev'), `persons: ${personNames(a).join(' | ')}`);

  // Bélarus and Biélorussie: one key, country BY (across the two seeds, and inside the first one).
  const placeKeyOf = (art: ArticleJson, surface: string) =>
    art.places.find(
      (p) => p.variants.some((v) => fold(v) === fold(surface)) || fold(p.name) === fold(surface),
    );
  const belarusA = placeKeyOf(a, 'Bélarus');
  const bielorussieA = placeKeyOf(a, 'Biélorussie');
  check(
    'Bélarus and Biélorussie: one key with country BY',
    Boolean(belarusA && bielorussieA && belarusA.key === bielorussieA.key && belarusA.country === 'BY'),
    `Bélarus ${JSON.stringify(belarusA)} Biélorussie ${JSON.stringify(bielorussieA)}`,
  );
  for (const [surface, cc] of [
    ['Russie', 'RU'],
    ['Moscou', 'RU'],
    ['Minsk', 'BY'],
  ] as const) {
    const found = [a, b].map((art) => placeKeyOf(art, surface)).filter(Boolean);
    check(
      `${surface} with country ${cc}`,
      found.length > 0 && found.every((p) => p!.country === cc),
      JSON.stringify(found),
    );
  }
  const allEmbeds = a.embeds.map((e) => `${e.kind}: ${e.text}`).join(' | ');
  check(
    `${A}: the tweet is an embed`,
    a.embeds.some((e) => e.kind === 'tweet' && /pic\.twitter\.com/.test(e.text)),
    allEmbeds,
  );
  check(
    `${B}: the photo credit is an embed`,
    [...b.embeds].some((e) => /Sputnik\/Dmitry Astakhov/.test(e.text)),
    b.embeds.map((e) => `${e.kind}: ${e.text}`).join(' | '),
  );
  const dates = new Set([...a.dates, ...b.dates].map((d) => d.date));
  for (const d of ['2020-08-09', '2020-09-14']) check(`date ${d}`, dates.has(d), [...dates].join(', '));
  check(
    `${A}: "En un mois" is not a date`,
    !a.dates.some((d) => /un mois/i.test(d.text)),
    a.dates.map((d) => d.text).join(' | '),
  );
  const shmatsina = b.quotes.filter(
    (q) => q.kind === 'statement' && q.speaker && /Shmatsina/.test(q.speaker),
  );
  check(
    `${B}: at least two quotes attributed to Katsiaryna Shmatsina`,
    shmatsina.length >= 2,
    JSON.stringify(b.quotes),
  );
  const terms = [...a.quotes, ...b.quotes].filter((q) => q.kind === 'term').map((q) => q.text);
  for (const t of ['visite de travail', 'réserve']) {
    check(
      `scare quote "${t}" marked as a term`,
      terms.some((x) => x.includes(t)),
      terms.join(' | '),
    );
  }
  return out;
}
