/**
 * The Natural Earth projection (Šavrič, Patterson and Jenny, 2015): a pseudo-cylindrical compromise projection
 * for world maps, as a pure polynomial in latitude. Written here so the map needs no geo library.
 */

/** Degrees to radians. */
const RAD = Math.PI / 180;

/** x of the projection at longitude 180° on the equator (radians times the equatorial factor 0.8707). */
export const NATURAL_EARTH_X_MAX = Math.PI * 0.8707;

/** y of the projection at latitude 90°: the polynomial below evaluated at φ = π/2. */
export const NATURAL_EARTH_Y_MAX = naturalEarth(0, 90)[1];

/**
 * Projects longitude and latitude (degrees) to unit-free plane coordinates, y growing northwards:
 * x in [-NATURAL_EARTH_X_MAX, NATURAL_EARTH_X_MAX], y in [-NATURAL_EARTH_Y_MAX, NATURAL_EARTH_Y_MAX].
 */
export function naturalEarth(lon: number, lat: number): [number, number] {
  const l = lon * RAD;
  const p = lat * RAD;
  const p2 = p * p;
  const p4 = p2 * p2;
  const x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  const y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
  return [x, y];
}
