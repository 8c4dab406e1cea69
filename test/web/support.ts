/**
 * Shared by the web tests: a real library in memory holding the bundled fictional samples plus two fictional
 * hostile articles (test/web/fixtures/hostile.jsonl: markup, quotes and ampersands in titles, texts and outlet
 * names, a `javascript:` URL), and helpers to read pages through `webApp(lib).request`.
 */
import { openLibrary } from '../../src/services/library/index.ts';
import type { Library, StoryDetail } from '../../src/services/library/types.ts';
import { webApp } from '../../src/web/index.ts';

export const SAMPLES = new URL('../../samples', import.meta.url).pathname;
export const HOSTILE = new URL('./fixtures/hostile.jsonl', import.meta.url).pathname;
/** A fixed clock, so what is stored does not depend on when the test runs. */
export const NOW = '2026-11-21T12:00:00.000Z';

/** The raw strings of the hostile fixture that must never reach a page unescaped. */
export const RAW_HOSTILE = ['<script>alert(1)</script>', '"&<>', '<b>Quay</b>', 'javascript:'] as const;
/** How the hostile title's markup must appear instead. */
export const ESCAPED_SCRIPT = '&lt;script&gt;alert(1)&lt;/script&gt;';

export interface WebFixture {
  readonly lib: Library;
  /** GET a path: status, body text and headers. */
  get(path: string): Promise<{ status: number; body: string; headers: Headers }>;
  /** Ids of the two hostile articles and their story. */
  readonly hostile: { readonly a: string; readonly b: string; readonly story: string };
}

/** Opens a library in memory and ingests the samples and the hostile fixture (analysis on this thread). */
export async function openWebFixture(): Promise<WebFixture> {
  const lib = await openLibrary({ db: ':memory:', workers: 0, now: () => NOW });
  await lib.ingestInputs([SAMPLES]);
  const h = await lib.ingestInputs([HOSTILE]);
  const [a, b] = h.articles;
  if (!a || !b) throw new Error(`hostile fixture not stored: ${JSON.stringify(h.rejected)}`);
  const app = webApp(lib);
  return {
    lib,
    hostile: { a: a.id, b: b.id, story: (await lib.article(a.id))!.storyId! },
    async get(path) {
      const res = await app.request(path);
      return { status: res.status, body: await res.text(), headers: res.headers };
    },
  };
}

/** Values of an attribute on the elements of a class list: `attrValues(html, 'data-cc', /class="on /)`. */
export function attrValues(html: string, attr: string, tagPattern: RegExp): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<[a-z]+\b[^>]*>/g)) {
    if (!tagPattern.test(m[0])) continue;
    const v = new RegExp(`\\s${attr}="([^"]*)"`).exec(m[0]);
    if (v) out.push(v[1]);
  }
  return out;
}

/** Distinct outlets of a story's dated articles, named as the lanes name them (source, else the coverage's name). */
export function laneCount(detail: StoryDetail): number {
  const covered = new Map(detail.coverage.outlets.map((o) => [o.id, o.outlet.replace(/ \(\d+\)$/, '')]));
  return new Set(
    detail.articles
      .filter((a) => a.published)
      .map((a) => a.source || covered.get(a.id) || '(unknown outlet)'),
  ).size;
}
