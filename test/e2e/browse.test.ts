/**
 * End to end in real headless Chromium: the server on the bundled samples; from the story list to a story to a
 * compare page by clicking, asserting on what is shown; the same pages at phone width without horizontal
 * scrolling; screenshots under test-output/e2e/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { laneCount } from '../web/support.ts';
import {
  horizontalOverflow,
  launch,
  NO_CHROMIUM,
  openPage,
  PHONE,
  DESKTOP,
  ROOT,
  screenshot,
  serve,
  type Served,
} from './support.ts';

let served: Served | undefined;
let browser: Browser | undefined;

before(async () => {
  if (NO_CHROMIUM) return;
  served = await serve([join(ROOT, 'samples')]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await served?.close();
});

test('samples: story list -> story -> compare, by clicking', { skip: NO_CHROMIUM }, async () => {
  const { lib, server } = served!;
  const { page, elsewhere } = await openPage(browser!, server.url, DESKTOP);
  await page.goto(`${server.url}/`);
  assert.equal(await page.title(), 'Stories · storyline');
  assert.equal(await page.locator('h1').textContent(), 'Stories');
  const stats = await lib.stats();
  assert.equal(await page.locator('.story-item').count(), Math.min(stats.stories, 20));
  await screenshot(page, 'samples-1-stories');

  await page.getByRole('link', { name: 'Largest' }).click();
  await page.waitForURL(/order=largest/);
  const largest = (await lib.stories({ order: 'largest', limit: 1 }))[0];
  const first = page.locator('.story-item h2 a').first();
  assert.equal(await first.textContent(), largest.headline);

  await first.click();
  await page.waitForURL(/\/stories\//);
  const detail = (await lib.story(largest.id))!;
  assert.equal(await page.locator('h1').textContent(), detail.summary.headline);
  assert.equal(await page.locator('.lane').count(), laneCount(detail), 'one lane per outlet');
  assert.equal(await page.locator('.lanes .dot').count(), detail.articles.filter((a) => a.published).length);
  assert.ok(await page.locator('.map svg').isVisible(), 'the map is shown');
  const lit = await page
    .locator('.map path.on')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-cc')));
  assert.ok(
    lit.length > 0 && lit.every((c) => detail.countries.some((x) => x.code === c)),
    `highlighted ${lit}`,
  );
  assert.equal(await page.locator('.legend li').count(), detail.countries.length);
  assert.equal(await page.locator('tr.fact').count(), detail.coverage.facts.length);
  assert.ok((await page.locator('.chips .chip').count()) > 0, 'entity chips');
  await screenshot(page, 'samples-2-story');

  await page.locator('a.compare-link').nth(1).click();
  await page.waitForURL(/\/compare\?/);
  const url = new URL(page.url());
  const cmp = await lib.compare(url.searchParams.get('a')!, url.searchParams.get('b')!);
  assert.equal(await page.locator('h1').textContent(), 'Comparison');
  assert.equal(
    await page.locator('#h-verdict').textContent(),
    cmp.result.sameStory ? 'Same story' : 'Different stories',
  );
  assert.equal(await page.locator('.dims .dim').count(), 7);
  assert.equal(await page.locator('.sides > article.side').count(), 2);
  const aligned = page.locator('.side-a a.sent.aligned').first();
  if (cmp.result.evidence.alignedSentences.length > 0) {
    await aligned.hover();
    const pair = (await aligned.getAttribute('data-pair'))!.split(' ')[0];
    assert.match(
      (await page.locator(`#${pair}`).getAttribute('class')) ?? '',
      /paired/,
      'hover highlights both ends',
    );
    assert.match((await aligned.getAttribute('class')) ?? '', /paired/);
  }
  assert.equal(
    (await page.locator('mark.shared').count()) > 0,
    cmp.result.evidence.sharedEntities.length + cmp.result.evidence.sharedPlaces.length > 0,
  );
  await screenshot(page, 'samples-3-compare');
  assert.deepEqual(elsewhere, [], 'no request left the server');
});

test('samples: phone width (375 px) has no horizontal scroll', { skip: NO_CHROMIUM }, async () => {
  const { lib, server } = served!;
  const { page, elsewhere } = await openPage(browser!, server.url, PHONE);
  const story = (await lib.stories({ order: 'largest', limit: 1 }))[0];
  const d = (await lib.story(story.id))!;
  const hit = (await lib.search('Aqualis', { limit: 1 }))[0];
  const pages: [string, string][] = [
    ['phone-1-stories', '/'],
    ['phone-2-story', `/stories/${encodeURIComponent(story.id)}`],
    ['phone-3-compare', `/compare?a=${d.articles[0].id}&b=${d.articles[1].id}`],
    ['phone-4-article', `/articles/${hit.id}`],
    ['phone-5-search', '/search?q=Aqualis'],
    ['phone-6-not-found', '/no/such/page'],
  ];
  for (const [name, path] of pages) {
    await page.goto(`${server.url}${path}`);
    assert.equal(await horizontalOverflow(page), 0, `${path}: no horizontal overflow at 375 px`);
    await screenshot(page, name);
  }
  assert.deepEqual(elsewhere, []);
});
