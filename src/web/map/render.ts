/**
 * The story map: the world map with the story's countries filled by weight (how many member articles name
 * them), dots for the places with coordinates, and the text alternative: a list of countries and places.
 */
import { html, raw } from 'hono/html';
import type { StoryPlace } from '../../services/library/types.ts';
import type { Html } from '../html.ts';
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

/** Paths of countries not highlighted: the same for every story, so built once. */
const BASE_PATHS = new Map(WORLD.shapes.map((s) => [s, `<path d="${s.d}"/>`]));

/** The map's inner SVG: base countries, highlighted ones on top (sorted by code), place dots. */
function svgBody(countries: readonly MapCountry[], places: readonly StoryPlace[]): Html {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const max = Math.max(1, ...countries.map((c) => c.articles));
  // One string of our own markup (no article text): ~170 paths joined once instead of interpolated one by one.
  const base = raw(
    WORLD.shapes
      .filter((s) => !byCode.has(s.code))
      .map((s) => BASE_PATHS.get(s))
      .join(''),
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
