/**
 * The story map's base (every country unlit) is an asset of its own, the same for every story: served once
 * from /assets/world.svg and referred to by each page, which carries only its lit countries and place dots.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { WORLD } from '../../src/web/map/world.ts';
import { WORLD_ASSET } from '../../src/web/map/render.ts';
import { openWebFixture, type WebFixture } from './support.ts';

let fx: WebFixture;
before(async () => {
  fx = await openWebFixture();
});
after(async () => {
  await fx.lib.close();
});

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

test('the base map asset: an SVG document of every country, kept by browsers', async () => {
  const { status, body: svg, headers } = await fx.get(WORLD_ASSET);
  assert.equal(status, 200);
  assert.equal(headers.get('content-type'), 'image/svg+xml');
  assert.match(headers.get('cache-control') ?? '', /max-age=\d+/);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+">/);
  assert.equal(count(svg, /<path d="/g), WORLD.shapes.length);
  assert.equal(count(svg, /<path class="on/g), 0, 'nothing lit in the base');
});

test('a story page refers to the base map and draws only its own countries', async () => {
  for (const { storyId } of await fx.lib.search('Bosphorus', { limit: 3 })) {
    const detail = (await fx.lib.story(storyId!))!;
    const { body } = await fx.get(`/stories/${encodeURIComponent(detail.story.id)}`);
    const map = body.slice(body.indexOf('<figure class="map">'), body.indexOf('</figure>'));
    assert.equal(count(map, new RegExp(`<image href="${WORLD_ASSET}"`, 'g')), 1);
    const lit = count(map, /<path class="on/g);
    assert.ok(lit >= 1, 'its countries are lit');
    assert.equal(count(map, /<path /g), lit, 'no base country drawn in the page');
  }
});
