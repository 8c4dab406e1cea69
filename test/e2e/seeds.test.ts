/**
 * End to end on the two real seeds (../shared/data/seeds; skipped when absent): the story list shows one story
 * holding both; its page shows both outlets, the map with Belarus and Russia, the timeline, and the facts each
 * outlet alone reports (Michoustine and Lavrov only in 002, the atlas only in 000).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  horizontalOverflow,
  launch,
  NO_CHROMIUM,
  openPage,
  DESKTOP,
  PHONE,
  ROOT,
  screenshot,
  serve,
  type Served,
} from './support.ts';

const SEEDS = join(ROOT, '../shared/data/seeds');
const SEED_A = '000_7a61144dd750e5af.txt';
const SEED_B = '002_f95a6ceda9409001.txt';
const SKIP = NO_CHROMIUM || (!existsSync(SEEDS) && 'needs ../shared/data (absent)');

let served: Served | undefined;
let browser: Browser | undefined;

before(async () => {
  if (SKIP) return;
  served = await serve([SEEDS]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await served?.close();
});

test(
  'seeds: one story holding both; both outlets, Belarus and Russia, timeline, facts each alone reports',
  { skip: SKIP },
  async () => {
    const { server } = served!;
    const { page, elsewhere } = await openPage(browser!, server.url, DESKTOP);
    await page.goto(`${server.url}/`);
    await screenshot(page, 'seeds-1-stories');
    assert.equal(await page.locator('.story-item').count(), 1, 'one story');
    assert.match((await page.locator('.story-item .facts').textContent()) ?? '', /2 articles/);

    await page.locator('.story-item h2 a').click();
    await page.waitForURL(/\/stories\//);
    const outlets = await page.locator('.matrix th.outlet').allTextContents();
    assert.deepEqual(
      outlets.map((o) => o.trim()).sort(),
      [SEED_A, SEED_B],
      'both outlets (file names stand in)',
    );
    const lit = await page
      .locator('.map path.on')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-cc')));
    for (const cc of ['BY', 'RU']) assert.ok(lit.includes(cc), `${cc} highlighted (got ${lit})`);
    assert.ok(await page.locator('.map path.on[data-cc="BY"]').isVisible());
    const dots = await page.locator('.map circle.place title').allTextContents();
    for (const city of ['Minsk', 'Moscou'])
      assert.ok(
        dots.some((t) => t.includes(city)),
        `a dot for ${city} (got ${dots})`,
      );
    assert.ok((await page.locator('.events li time').count()) > 0, 'the event-date timeline');
    assert.equal(
      (await page.locator('.lanes .dot').count()) + (await page.locator('.lanes-wrap .muted a').count()),
      2,
      'both articles on the timeline',
    );

    const onlyFacts = async (outlet: string) =>
      page
        .locator('tr.fact.only th[scope=row]', { has: page.locator('.badge', { hasText: `only ${outlet}` }) })
        .allTextContents();
    const onlyA = (await onlyFacts(SEED_A)).join('\n');
    const onlyB = (await onlyFacts(SEED_B)).join('\n');
    assert.match(onlyB, /Michoustine/, 'only 002 reports Michoustine');
    assert.match(onlyB, /Lavrov/, 'only 002 reports Lavrov');
    assert.match(onlyA, /atlas/, 'only 000 reports the atlas');
    assert.doesNotMatch(onlyA, /Michoustine|Lavrov/);
    assert.doesNotMatch(onlyB, /atlas/);
    await screenshot(page, 'seeds-2-story');

    await page.locator('a.compare-link').first().click();
    await page.waitForURL(/\/compare\?/);
    assert.equal(await page.locator('#h-verdict').textContent(), 'Same story');
    await screenshot(page, 'seeds-3-compare');

    const phone = await openPage(browser!, server.url, PHONE);
    await phone.page.goto(page.url());
    assert.equal(await horizontalOverflow(phone.page), 0);
    await phone.page.goto(`${server.url}/`);
    await phone.page.locator('.story-item h2 a').click();
    await phone.page.waitForURL(/\/stories\//);
    assert.equal(await horizontalOverflow(phone.page), 0);
    await screenshot(phone.page, 'seeds-4-story-phone');
    assert.deepEqual([...elsewhere, ...phone.elsewhere], []);
  },
);
