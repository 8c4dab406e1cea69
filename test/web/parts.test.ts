/**
 * The web UI's pure parts: the Natural Earth projection, the world map built at load, map weights, body
 * marking (sentences, names, nesting, escaping) and formatting helpers. Table tests with edge rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NATURAL_EARTH_X_MAX, NATURAL_EARTH_Y_MAX, naturalEarth } from '../../src/web/map/projection.ts';
import { MAP_WIDTH, WORLD } from '../../src/web/map/world.ts';
import { storyMap, weightClass } from '../../src/web/map/render.ts';
import {
  escapeAttr,
  locateNames,
  locateSentences,
  nestMarks,
  renderMarked,
  type Mark,
} from '../../src/web/marks.ts';
import {
  dateTime,
  day,
  href,
  languageName,
  MAX_PAGE,
  pageNumber,
  percent,
  plural,
  safeUrl,
} from '../../src/web/format.ts';
import { outletLanes } from '../../src/web/timeline.ts';

const close = (x: number, y: number, eps = 1e-6) => Math.abs(x - y) < eps;

test('naturalEarth: origin, edges, symmetry and monotonic latitude (table)', () => {
  const rows: { lon: number; lat: number; x: number; y: number }[] = [
    { lon: 0, lat: 0, x: 0, y: 0 },
    { lon: 180, lat: 0, x: NATURAL_EARTH_X_MAX, y: 0 },
    { lon: -180, lat: 0, x: -NATURAL_EARTH_X_MAX, y: 0 },
    { lon: 0, lat: 90, x: 0, y: NATURAL_EARTH_Y_MAX },
    { lon: 0, lat: -90, x: 0, y: -NATURAL_EARTH_Y_MAX },
  ];
  for (const r of rows) {
    const [x, y] = naturalEarth(r.lon, r.lat);
    assert.ok(close(x, r.x) && close(y, r.y), `${r.lon},${r.lat} -> ${x},${y}`);
  }
  assert.ok(close(NATURAL_EARTH_Y_MAX, 1.42239, 1e-4), 'the published pole height');
  for (const lat of [10, 45, 80]) {
    const [x1, y1] = naturalEarth(30, lat);
    const [x2, y2] = naturalEarth(-30, -lat);
    assert.ok(close(x1, -x2) && close(y1, -y2), 'point symmetry');
    assert.ok(naturalEarth(0, lat + 1)[1] > y1, 'y grows with latitude');
    assert.ok(naturalEarth(180, lat)[0] < NATURAL_EARTH_X_MAX, 'meridians converge poleward');
  }
});

test('world map: built once from world-atlas 110m, keyed by alpha-2, inside the viewBox', () => {
  assert.equal(WORLD.width, MAP_WIDTH);
  const codes = new Set(WORLD.shapes.map((s) => s.code));
  for (const cc of ['BY', 'RU', 'TR', 'FR', 'US', 'CN', 'BR', 'AU', 'FJ']) assert.ok(codes.has(cc), cc);
  assert.ok(!codes.has('AQ'), 'Antarctica left out');
  assert.ok(WORLD.shapes.length > 150);
  for (const s of WORLD.shapes) {
    assert.match(s.d, /^(M-?\d+ -?\d+l[-\d ]+z)+$/, `${s.name}: relative integer path`);
    let [x, y] = [0, 0];
    for (const ring of s.d.split('z').filter(Boolean)) {
      const [head, steps] = ring.slice(1).split('l');
      [x, y] = head.split(' ').map(Number);
      const nums = steps.trim().split(' ').map(Number);
      for (let i = 0; i < nums.length; i += 2) {
        x += nums[i];
        y += nums[i + 1];
        assert.ok(
          x >= -1 && x <= MAP_WIDTH + 1 && y >= -1 && y <= WORLD.height + 1,
          `${s.name} at ${x},${y}`,
        );
      }
    }
  }
  const [mx, my] = WORLD.project(27.56, 53.9); // Minsk
  const [px, py] = WORLD.project(2.35, 48.86); // Paris
  assert.ok(mx > px && my < py, 'Minsk is east and north of Paris');
});

test('weightClass: 1..4 by share of the most named country (table)', () => {
  const rows: [number, number, number][] = [
    [1, 1, 4],
    [1, 4, 1],
    [2, 4, 2],
    [3, 4, 3],
    [4, 4, 4],
    [1, 100, 1],
    [0, 0, 1],
    [5, 4, 4],
  ];
  for (const [n, max, w] of rows) assert.equal(weightClass(n, max), w, `${n}/${max}`);
});

test('storyMap: highlighted countries, text alternative, escaped place names', () => {
  const html = String(
    storyMap(
      [
        { code: 'BY', name: 'Belarus', articles: 2 },
        { code: 'RU', name: 'Russia', articles: 1 },
        { code: 'ZZ', name: 'Nowhere <b>', articles: 1 },
      ],
      [
        {
          key: 'city:minsk',
          name: 'Minsk <i>',
          country: 'BY',
          kind: 'city',
          lat: 53.9,
          lon: 27.56,
          articles: 2,
          mentions: 3,
        },
      ],
    ),
  );
  assert.deepEqual(
    [...html.matchAll(/<path class="on (w\d)" data-cc="(\w+)"/g)].map((m) => [m[2], m[1]]),
    [
      ['BY', 'w4'],
      ['RU', 'w2'],
    ],
  );
  assert.match(html, /<desc id="map-desc">Countries named: Belarus, Russia, Nowhere &lt;b&gt;\.<\/desc>/);
  assert.match(html, /<li data-cc="ZZ">/, 'a country missing from the atlas is still listed');
  assert.match(
    html,
    /<circle class="place" cx="[\d.]+" cy="[\d.]+" r="3"\s*><title>Minsk &lt;i&gt;<\/title>/,
  );
  assert.ok(!html.includes('<b>') && !html.includes('<i>'));
  assert.match(String(storyMap([], [])), /No country is named\./);
});

test('locateSentences: in order, repeated texts found at their own place, missing ones skipped', () => {
  const body = 'One. Two. One. Three.';
  const got = locateSentences(body, [
    { index: 2, text: 'One.' },
    { index: 0, text: 'One.' },
    { index: 3, text: 'Three.' },
    { index: 5, text: 'Absent.' },
    { index: 4, text: '' },
  ]);
  assert.deepEqual(
    [...got].sort((a, b) => a[0] - b[0]),
    [
      [0, { start: 0, end: 4 }],
      [2, { start: 10, end: 14 }],
      [3, { start: 15, end: 21 }],
    ],
  );
});

test('locateNames: whole words, longest first, scripts without spaces (table)', () => {
  const rows: { body: string; names: [string, string][]; expect: [string, string][] }[] = [
    { body: 'Putin met Putina.', names: [['Putin', 'p']], expect: [['Putin', 'p']] },
    {
      body: 'Vladimir Putin and Putin',
      names: [
        ['Putin', 'p'],
        ['Vladimir Putin', 'p'],
      ],
      expect: [
        ['Vladimir Putin', 'p'],
        ['Putin', 'p'],
      ],
    },
    { body: '习近平会见普京。', names: [['普京', 'p']], expect: [['普京', 'p']] },
    { body: 'a (b) c', names: [['(b)', 'x']], expect: [['(b)', 'x']] },
    { body: 'X', names: [['X', 'x']], expect: [] },
    { body: 'nothing here', names: [], expect: [] },
  ];
  for (const r of rows) {
    const got = locateNames(r.body, new Map(r.names)).map((n) => [r.body.slice(n.start, n.end), n.key]);
    assert.deepEqual(got, r.expect, r.body);
  }
});

test('renderMarked: nested marks, crossing names dropped, text and attributes escaped', () => {
  const body = 'A <b> & "c". Next one.';
  const mark = (start: number, end: number, tag: Mark['tag'], attrs: Record<string, string>): Mark => ({
    start,
    end,
    tag,
    attrs,
  });
  const outer = [
    mark(0, 12, 'span', { id: 'a-s0', class: 'sent' }),
    mark(13, 22, 'a', { href: '#b-s1', class: 'sent' }),
  ];
  const inner = [mark(2, 5, 'mark', { 'data-key': 'k"<' }), mark(10, 17, 'mark', { 'data-key': 'crosses' })];
  const html = String(renderMarked(body, nestMarks(outer, inner)));
  assert.equal(
    html,
    '<span id="a-s0" class="sent">A <mark data-key="k&quot;&lt;">&lt;b&gt;</mark> &amp; &quot;c&quot;.</span> <a href="#b-s1" class="sent">Next one.</a>',
  );
  assert.equal(String(renderMarked('plain <x>', [])), 'plain &lt;x&gt;');
  assert.equal(escapeAttr(`&"'<>`), '&amp;&quot;&#39;&lt;&gt;');
});

test('format helpers (table)', () => {
  assert.equal(day('2026-03-12T12:05:00Z'), '2026-03-12');
  assert.equal(day(undefined), '');
  assert.equal(dateTime('2026-03-12T12:05:09.000Z'), '2026-03-12 12:05');
  assert.equal(dateTime('2026-03-12T14:05:00+02:00'), '2026-03-12 12:05');
  assert.equal(dateTime('2026-03-12'), '2026-03-12');
  // Cut out of a UTC time as written, or parsed when it is anything else: the same minute either way.
  for (const [iso, want] of [
    ['2026-03-12T12:05Z', '2026-03-12 12:05'],
    ['2026-03-12T23:59:59.123456Z', '2026-03-12 23:59'],
    ['2026-03-12T24:00:00Z', '2026-03-13 00:00'],
    ['2026-03-12T01:30:00-01:00', '2026-03-12 02:30'],
  ]) {
    assert.equal(dateTime(iso), want, iso);
  }
  assert.equal(dateTime('not a date'), 'not a date');
  assert.equal(languageName('fr'), 'French');
  assert.equal(languageName('zz-bogus-tag!'), 'zz-bogus-tag!');
  assert.equal(plural(1, 'story', 'stories'), '1 story');
  assert.equal(plural(0, 'article'), '0 articles');
  assert.equal(href('/', { order: undefined, lang: 'fr', page: 2, q: '' }), '/?lang=fr&page=2');
  assert.equal(href('/search', { q: 'a&b c' }), '/search?q=a%26b+c');
  for (const [raw, page] of [
    [undefined, 1],
    ['', 1],
    ['3', 3],
    ['0', 1],
    ['-2', 1],
    ['2.9', 2],
    ['abc', 1],
    ['99999999', MAX_PAGE],
  ] as const) {
    assert.equal(pageNumber(raw), page, String(raw));
  }
  assert.equal(percent(5, 0, 10), 50);
  assert.equal(percent(3, 3, 3), 50);
  assert.equal(percent(1, 0, 3), 33.3);
  for (const [url, out] of [
    ['https://x.test/a', 'https://x.test/a'],
    ['http://x.test/', 'http://x.test/'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ] as const) {
    assert.equal(safeUrl(url), out, String(url));
  }
});

test('outletLanes: one lane per outlet in order of first publication; undated apart', () => {
  const a = (id: string, source: string | undefined, published?: string) => ({
    id,
    title: id,
    lang: 'en',
    score: 1,
    ...(source ? { source } : {}),
    ...(published ? { published } : {}),
  });
  const { lanes, undated, from, to } = outletLanes([
    a('1', 'B', '2026-03-01T10:00:00Z'),
    a('2', 'A', '2026-03-01T00:00:00Z'),
    a('3', 'B', '2026-03-02T00:00:00Z'),
    a('4', undefined, '2026-03-01T12:00:00Z'),
    a('5', 'A'),
  ]);
  assert.deepEqual(
    lanes.map((l) => [l.outlet, l.marks.map((m) => [m.article.id, m.at])]),
    [
      ['A', [['2', 0]]],
      [
        'B',
        [
          ['1', 41.7],
          ['3', 100],
        ],
      ],
      ['(unknown outlet)', [['4', 50]]],
    ],
  );
  assert.deepEqual(
    undated.map((u) => u.id),
    ['5'],
  );
  assert.equal(from, '2026-03-01T00:00:00Z');
  assert.equal(to, '2026-03-02T00:00:00Z');
  assert.deepEqual(outletLanes([]), { lanes: [], undated: [] });
});
