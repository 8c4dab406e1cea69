/**
 * The story map: the world map with the story's countries filled by weight (how many member articles name
 * them), dots for the places with coordinates, and the text alternative: a list of countries and places.
 */
import { html, raw, type Html } from '../html.ts';
import type { StoryPlace } from '../../services/library/types.ts';
import { links, plural } from '../format.ts';
import { WORLD } from './world.ts';

/** Shades of highlighted countries: weight classes w1 (fewest articles) .. w4 (most). */
export const WEIGHT_CLASSES = 4;

/** One country of a story, as the map takes it. */
export interface MapCountry {
  readonly code: string;
  readonly name: string;
  readonly articles: number;
}

/** Weight class 1..WEIGHT_CLASSES of a country named by `n` of at most `max` articles. */
export function weightClass(n: number, max: number): number {
  return Math.max(1, Math.min(WEIGHT_CLASSES, Math.ceil((WEIGHT_CLASSES * n) / Math.max(1, max))));
}

/** Where the page finds the base map (`assets.ts` serves {@link worldSvg} there). */
export const WORLD_ASSET = '/assets/world.svg';

/** Fill and outline of the base map's countries (the stylesheet's `--land`; the asset is styled on its own). */
const LAND_STYLE = 'fill="#dfe4e8" stroke="#fff" stroke-width="0.5"';

/**
 * The base map, every country unlit, as an SVG document of its own: the same for every story (about 50 KB),
 * so a page refers to it and the browser keeps it, rather than every page carrying it.
 */
export function worldSvg(): string {
  const paths = WORLD.shapes.map((s) => `<path d="${s.d}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WORLD.width} ${WORLD.height}">` +
    `<g ${LAND_STYLE}>${paths}</g></svg>`
  );
}

/** The map's inner SVG: base countries (the asset), highlighted ones on top (sorted by code), place dots. */
function svgBody(countries: readonly MapCountry[], places: readonly StoryPlace[]): Html {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const max = Math.max(1, ...countries.map((c) => c.articles));
  const base = raw(
    `<image href="${WORLD_ASSET}" x="0" y="0" width="${WORLD.width}" height="${WORLD.height}"/>`,
  );
  const lit = WORLD.shapes
    .filter((s) => s.code && byCode.has(s.code))
    .map((s) => {
      const c = byCode.get(s.code)!;
      return html`<path class="on w${weightClass(c.articles, max)}" data-cc="${s.code}" d="${raw(s.d)}"
        ><title>${c.name}: ${plural(c.articles, 'article')}</title></path
      >`;
    });
  const dots = places
    .filter((p) => p.lat !== undefined && p.lon !== undefined)
    .map((p) => {
      const [x, y] = WORLD.project(p.lon!, p.lat!);
      return html`<circle class="place" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3"
        ><title>${p.name}</title></circle
      >`;
    });
  return html`<g class="land">${base}</g><g class="lit">${lit}</g><g class="dots">${dots}</g>`;
}

/** The map figure with its legend (the list of countries and places is the SVG's text alternative). */
export function storyMap(countries: readonly MapCountry[], places: readonly StoryPlace[]): Html {
  const listed = countries.map((c) => c.name).join(', ');
  const summary = countries.length ? `Countries named: ${listed}.` : 'No country is named.';
  const placeList = [...places].sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : 1));
  const max = Math.max(1, ...countries.map((c) => c.articles));
  return html`<figure class="map">
    <svg viewBox="0 0 ${WORLD.width} ${WORLD.height}" role="img" aria-labelledby="map-title map-desc">
      <title id="map-title">World map of the story's places</title>
      <desc id="map-desc">${summary}</desc>
      ${svgBody(countries, places)}
    </svg>
    <figcaption>
      <h3 class="visually-hidden">Countries</h3>
      <ul class="legend" aria-label="Countries named, most articles first">
        ${countries.map(
          (c) =>
            html`<li data-cc="${c.code}">
              <span class="swatch w${weightClass(c.articles, max)}" aria-hidden="true"></span>${c.name}
              <span class="muted">(${c.code}, ${plural(c.articles, 'article')})</span>
            </li>`,
        )}
      </ul>
      ${
        placeList.length
          ? html`<details class="places">
              <summary>${plural(placeList.length, 'place')} named</summary>
              <ul>
                ${placeList.map(
                  (p) =>
                    html`<li>
                      <a href="${links.entity(p.key)}">${p.name}</a>
                      <span class="muted"
                        >(${p.kind}${p.country ? `, ${p.country}` : ''};
                        ${plural(p.articles, 'article')})</span
                      >
                    </li>`,
                )}
              </ul>
            </details>`
          : ''
      }
    </figcaption>
  </figure>`;
}
