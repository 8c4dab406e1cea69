import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { placeCoordinates } from '../../src/core/gazetteer/coordinates.ts';

const gazetteer = JSON.parse(
  readFileSync(new URL('../../src/core/gazetteer/data/gazetteer.json', import.meta.url), 'utf8'),
) as { entries: [string, string, string, string][] };

test('every city of the gazetteer has coordinates (rerun scripts/build-place-coordinates.ts if not)', () => {
  const cities = gazetteer.entries.filter((e) => e[1] === 'city');
  assert.ok(cities.length > 4000);
  const missing = cities.filter(([key]) => !placeCoordinates(key)).map(([key]) => key);
  assert.deepEqual(missing, []);
  for (const [key] of cities) {
    const [lat, lon] = placeCoordinates(key)!;
    assert.ok(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, key);
  }
});

const KNOWN: { key: string; lat: number; lon: number }[] = [
  { key: 'city:minsk', lat: 53.9, lon: 27.57 },
  { key: 'city:moscow', lat: 55.75, lon: 37.62 }, // Russia's, not Moscow, Idaho
  { key: 'city:lviv', lat: 49.84, lon: 24.02 },
  { key: 'city:new-york', lat: 40.71, lon: -74.01 }, // GeoNames' "New York City"
  { key: 'city:cologne', lat: 50.94, lon: 6.96 }, // GeoNames' "Köln"
  { key: 'city:zaporizhzhia', lat: 47.84, lon: 35.14 }, // curated
];

for (const row of KNOWN) {
  test(`coordinates of ${row.key} within 0.1°`, () => {
    const at = placeCoordinates(row.key);
    assert.ok(at);
    assert.ok(Math.abs(at[0] - row.lat) <= 0.1 && Math.abs(at[1] - row.lon) <= 0.1, `${at}`);
  });
}

test('no coordinates for countries, regions, unknown keys or inherited names', () => {
  for (const key of ['country:by', 'country:BY', 'city:nowhere', 'toString', '__proto__', ''])
    assert.equal(placeCoordinates(key), undefined, key);
});
