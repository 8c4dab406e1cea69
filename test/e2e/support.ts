/**
 * Shared by the end-to-end tests: a real server (`startServer` on 127.0.0.1, port 0) over a library in a
 * temporary database with inputs ingested, headless Debian Chromium through playwright-core, and the folder
 * screenshots go to (test-output/e2e/, ignored by git).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openLibrary } from '../../src/services/library/index.ts';
import type { Library } from '../../src/services/library/types.ts';
import { startServer, type RunningServer } from '../../src/http/server.ts';

/** Debian's Chromium (`.ci/run` installs it when missing). */
export const CHROMIUM = '/usr/bin/chromium';
/** Why the browser tests are skipped, or false when they can run. */
export const NO_CHROMIUM = !existsSync(CHROMIUM) && `needs ${CHROMIUM} (apt-get install chromium)`;

export const ROOT = new URL('../..', import.meta.url).pathname;
export const SCREENSHOTS = join(ROOT, 'test-output', 'e2e');
/** A phone's viewport (CSS pixels). */
export const PHONE = { width: 375, height: 800 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

/** A served library in a temporary folder; `close` stops everything and removes the folder. */
export interface Served {
  readonly lib: Library;
  readonly server: RunningServer;
  close(): Promise<void>;
}

/** Ingests the inputs into a new database file and serves it. */
export async function serve(inputs: readonly string[]): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-'));
  const lib = await openLibrary({
    db: join(dir, 'storyline.db'),
    workers: 0,
    now: () => '2026-11-21T12:00:00.000Z',
  });
  const summary = await lib.ingestInputs(inputs);
  if (summary.stored === 0) throw new Error(`nothing stored from ${inputs.join(', ')}`);
  const server = await startServer(lib, { host: '127.0.0.1', port: 0 });
  return {
    lib,
    server,
    async close() {
      await server.close();
      await lib.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium with no background network of its own. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A new page that records every request leaving the server (there must be none). */
export async function openPage(
  browser: Browser,
  base: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; elsewhere: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) elsewhere.push(r.url());
  });
  return { page, elsewhere };
}

/** Saves a full-page screenshot under test-output/e2e/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** How far the page is wider than the viewport (0 = no horizontal scroll). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
}
