/**
 * The UI's static assets, served from `/assets/`: the stylesheet and the small progressive-enhancement script,
 * read from this folder once at module load, and the story map's base (every country unlit), drawn once from
 * the bundled world atlas (nothing is fetched from anywhere else).
 */
import { readFileSync } from 'node:fs';
import { worldSvg } from './map/render.ts';

/** How long browsers may keep an asset: an hour (assets change only with a new version of storyline). */
const MAX_AGE_SECONDS = 3600;

interface Asset {
  readonly body: string;
  readonly type: string;
}

function load(name: string, type: string): Asset {
  return { body: readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8'), type };
}

/** Asset file name -> its content and media type. */
export const ASSETS: ReadonlyMap<string, Asset> = new Map([
  ['style.css', load('style.css', 'text/css; charset=utf-8')],
  ['app.js', load('app.js', 'text/javascript; charset=utf-8')],
  ['world.svg', { body: worldSvg(), type: 'image/svg+xml' }],
]);

/** Cache-Control of assets. */
export const ASSET_CACHE = `public, max-age=${MAX_AGE_SECONDS}`;
