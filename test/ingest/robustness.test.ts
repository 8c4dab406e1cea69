import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument, parseDocumentText } from '../../src/core/ingest/parse.ts';
import { readSourcesAll } from '../../src/services/sources.ts';

/** Generous bounds: these tests catch hangs and blow-ups, not slowness. */
const MAX_MS = 10_000;
const MAX_RSS_GROWTH = 500 * 1024 * 1024;

function bounded<T>(fn: () => T): T {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  assert.ok(ms < MAX_MS, `took ${ms} ms`);
  assert.ok(process.memoryUsage().rss - rss0 < MAX_RSS_GROWTH, 'memory grew too much');
  return out;
}

function seeded(seed: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

test('random bytes (seeded) never throw and are reported as binary', () => {
  for (const seed of [1, 2, 3, 42, 1234]) {
    const items = bounded(() => parseDocument(seeded(seed, 4096), `rand-${seed}`));
    assert.equal(items.length, 1);
    assert.equal(!items[0].ok && items[0].error.code, 'INPUT_BINARY');
  }
});

test('property: any bytes give items, never an exception', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
      const items = parseDocument(bytes, 'p');
      return (
        Array.isArray(items) &&
        items.length >= 1 &&
        items.every((i) => (i.ok ? i.article.id.length > 0 : !!i.error.code))
      );
    }),
    { seed: 20240601, numRuns: 300 },
  );
});

test('a 50 MB file is rejected by size without being read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-ingest-'));
  try {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: no 50 MB written, none read
    closeSync(fd);
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const items = await readSourcesAll([path]);
    assert.ok(performance.now() - t0 < 1000, 'size check must be immediate');
    assert.ok(process.memoryUsage().rss - rss0 < 40 * 1024 * 1024, 'the file must not be read');
    assert.equal(items.length, 1);
    assert.equal(!items[0].ok && items[0].error.code, 'INPUT_TOO_LARGE');
    assert.equal(!items[0].ok && items[0].error.input, path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('100k-deep nested HTML: clean result within bounds', () => {
  const n = 100_000;
  const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}deep text${'</div>'.repeat(n)}</body></html>`;
  const items = bounded(() => parseDocumentText(html, 'deep.html'));
  assert.equal(items.length, 1);
  assert.ok(items[0].ok);
  assert.equal(items[0].article.title, 'Deep');
  assert.equal(items[0].article.text, 'deep text');
});

test('moderately deep HTML (above the Readability limit) still gives its text', () => {
  const n = 600;
  const html = `<html><body>${'<div>'.repeat(n)}<p>middle text</p>${'</div>'.repeat(n)}</body></html>`;
  const items = bounded(() => parseDocumentText(html, 'mid.html'));
  assert.ok(items[0].ok);
  assert.equal(items[0].article.text, 'middle text');
});

test('billion laughs and external entities are refused before parsing', () => {
  const laughs =
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join(
      '\n',
    ) +
    ']>\n<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>x</description></item></channel></rss>';
  const xxe =
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
    '<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><description>x</description></item></channel></rss>';
  for (const [name, xml] of [
    ['laughs.xml', laughs],
    ['xxe.xml', xxe],
  ]) {
    const items = bounded(() => parseDocumentText(xml, name));
    assert.equal(items.length, 1, name);
    assert.ok(!items[0].ok, name);
    assert.equal(items[0].error.code, 'INPUT_MALFORMED');
    assert.equal(items[0].error.input, name);
    assert.match(items[0].error.message, /entit/);
  }
});

test('malformed feeds: items before the break survive, plus one error naming the input', () => {
  const truncated =
    '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>' +
    '<item><title>One</title><description>First body.</description></item>' +
    '<item><title>Two</title><descr';
  const items = bounded(() => parseDocumentText(truncated, 'cut.xml'));
  assert.deepEqual(
    items.map((i) => (i.ok ? i.article.title : `${i.error.code} ${i.error.input}`)),
    ['One', 'INPUT_MALFORMED cut.xml'],
  );
  const garbage = bounded(() => parseDocumentText('<?xml version="1.0"?><rss><<<>>>&&&', 'bad.xml'));
  assert.equal(garbage.length, 1);
  assert.equal(!garbage[0].ok && garbage[0].error.code, 'INPUT_MALFORMED');
  assert.equal(!garbage[0].ok && garbage[0].error.input, 'bad.xml');
});

test('many small items stay bounded (feed of 5,000 items)', () => {
  const items = Array.from(
    { length: 5000 },
    (_, i) => `<item><title>T${i}</title><description>Body ${i}.</description></item>`,
  );
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${items.join('')}</channel></rss>`;
  const out = bounded(() => parseDocumentText(xml, 'big.xml'));
  assert.equal(out.length, 5000);
  assert.ok(out.every((i) => i.ok));
});

test('a temp dir with bad files: one bad file never stops the others', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-ingest-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'Title A\nBody A.');
    writeFileSync(join(dir, 'b.dat'), seeded(7, 2048));
    writeFileSync(join(dir, 'c.txt'), '');
    writeFileSync(join(dir, 'd.png'), 'not really a png');
    writeFileSync(join(dir, '.hidden.txt'), 'Hidden\nBody.');
    writeFileSync(join(dir, 'e.txt'), 'Title E\nBody E.');
    const items = await readSourcesAll([dir]);
    assert.deepEqual(
      items.map((i) => (i.ok ? i.article.title : `${i.error.code} ${i.error.input?.slice(dir.length + 1)}`)),
      ['Title A', 'INPUT_BINARY b.dat', 'INPUT_EMPTY c.txt', 'INPUT_UNSUPPORTED d.png', 'Title E'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
