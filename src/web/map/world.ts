/**
 * The world map: Natural Earth's 1:110m countries (the `world-atlas` package, TopoJSON) turned into SVG path
 * strings once, at module load, in the Natural Earth projection. Countries are keyed by ISO 3166-1 alpha-2
 * (world-atlas ids are ISO numeric codes; `i18n-iso-countries` maps them).
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { NATURAL_EARTH_X_MAX, naturalEarth } from './projection.ts';

const require = createRequire(import.meta.url);

/** Width of the map's viewBox: integer coordinates at this width are finer than the 1:110m data. */
export const MAP_WIDTH = 1000;

/** Antarctica (ISO numeric 010) is left out: no story's place is there often enough to spend a fifth of the map on it. */
const LEFT_OUT = new Set(['010']);

/** One country's outline. */
export interface CountryShape {
  /** ISO 3166-1 alpha-2, or '' when the atlas region has none (e.g. Kosovo, Northern Cyprus). */
  readonly code: string;
  /** The atlas's English name. */
  readonly name: string;
  /** SVG path data in viewBox units (relative moves, integer coordinates). */
  readonly d: string;
}

/** The projected world: shapes and the viewBox height. */
export interface WorldMap {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly CountryShape[];
  /** Projects a longitude and latitude (degrees) into viewBox coordinates. */
  readonly project: (lon: number, lat: number) => [number, number];
}

type Ring = readonly (readonly number[])[];

/** Path data of rings: absolute first point, then integer relative steps (zero steps dropped). */
function ringsPath(rings: readonly Ring[], project: (lon: number, lat: number) => [number, number]): string {
  let out = '';
  for (const ring of rings) {
    let px = 0;
    let py = 0;
    let start = '';
    let steps = '';
    ring.forEach(([lon, lat], i) => {
      const [fx, fy] = project(lon, lat);
      const x = Math.round(fx);
      const y = Math.round(fy);
      if (i === 0) start = `M${x} ${y}`;
      else if (x !== px || y !== py) steps += ` ${x - px} ${y - py}`;
      px = x;
      py = y;
    });
    // A ring smaller than one unit rounds to a point: left out.
    if (steps) out += `${start}l${steps.slice(1)}z`;
  }
  return out;
}

/** A longitude step larger than this between two neighbouring points is a crossing of the antimeridian. */
const WRAP_STEP = 180;

/** The ring with longitudes made continuous (a ring crossing the antimeridian then runs past ±180). */
function unwrap(ring: Ring): number[][] {
  const out: number[][] = [];
  let shift = 0;
  ring.forEach(([lon, lat], i) => {
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > WRAP_STEP) shift -= 360;
      else if (prev - lon > WRAP_STEP) shift += 360;
    }
    out.push([lon + shift, lat]);
  });
  return out;
}

/** Sutherland-Hodgman clipping of a ring to the half-plane `side * (lon - edge) <= 0`. */
function clipRing(ring: readonly number[][], edge: number, side: 1 | -1): number[][] {
  const inside = (p: readonly number[]) => side * (p[0] - edge) <= 0;
  const out: number[][] = [];
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length];
    if (inside(p)) out.push(p);
    if (inside(p) !== inside(q)) {
      const t = (edge - p[0]) / (q[0] - p[0]);
      out.push([edge, p[1] + t * (q[1] - p[1])]);
    }
  });
  return out;
}

/** A ring cut at the antimeridian into rings within [-180, 180] (most rings come back whole). */
function splitAtAntimeridian(ring: Ring): Ring[] {
  const u = unwrap(ring);
  const lons = u.map((p) => p[0]);
  const [min, max] = [Math.min(...lons), Math.max(...lons)];
  if (min >= -180 && max <= 180) return [ring];
  const edge = max > 180 ? 180 : -180;
  const near = clipRing(u, edge, edge > 0 ? 1 : -1);
  const far = clipRing(u, edge, edge > 0 ? -1 : 1).map(([lon, lat]) => [lon - 2 * edge, lat]);
  return [near, far].filter((r) => r.length >= 3);
}

/** Every ring of a Polygon or MultiPolygon geometry (other kinds have none), cut at the antimeridian. */
function ringsOf(geometry: { type: string; coordinates?: unknown } | null): Ring[] {
  if (!geometry) return [];
  const rings =
    geometry.type === 'Polygon'
      ? (geometry.coordinates as Ring[])
      : geometry.type === 'MultiPolygon'
        ? (geometry.coordinates as Ring[][]).flat()
        : [];
  return rings.flatMap(splitAtAntimeridian);
}

function buildWorld(): WorldMap {
  const topo = require('world-atlas/countries-110m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const features = feature(topo, topo.objects.countries).features.filter((f) => !LEFT_OUT.has(String(f.id)));
  const scale = MAP_WIDTH / (2 * NATURAL_EARTH_X_MAX);
  let top = Infinity;
  let bottom = -Infinity;
  for (const f of features)
    for (const ring of ringsOf(f.geometry))
      for (const [lon, lat] of ring) {
        const y = -naturalEarth(lon, lat)[1] * scale;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
  const project = (lon: number, lat: number): [number, number] => {
    const [x, y] = naturalEarth(lon, lat);
    return [x * scale + MAP_WIDTH / 2, -y * scale - top];
  };
  const shapes = features
    .map((f) => ({
      code: countries.numericToAlpha2(String(f.id ?? '')) ?? '',
      name: f.properties?.name ?? '',
      d: ringsPath(ringsOf(f.geometry), project),
    }))
    .filter((s) => s.d !== '')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.name < b.name ? -1 : 1));
  return { width: MAP_WIDTH, height: Math.ceil(bottom - top), shapes, project };
}

/** The world map, projected once at module load. */
export const WORLD: WorldMap = buildWorld();
