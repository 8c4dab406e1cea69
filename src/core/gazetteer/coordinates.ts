/**
 * Coordinates of the gazetteer's cities (`data/coordinates.json`, built from GeoNames data by
 * `scripts/build-place-coordinates.ts`), for drawing them on a map. Loaded on first use.
 */
import { readFileSync } from 'node:fs';

const DATA_URL = new URL('./data/coordinates.json', import.meta.url);

let table: Readonly<Record<string, readonly [number, number]>> | undefined;

/** Latitude and longitude (degrees) of a place key (`city:minsk`), when the gazetteer knows them. */
export function placeCoordinates(key: string): readonly [number, number] | undefined {
  table ??= JSON.parse(readFileSync(DATA_URL, 'utf8')) as Record<string, [number, number]>;
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
