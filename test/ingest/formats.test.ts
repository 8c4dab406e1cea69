import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat } from '../../src/core/ingest/detect.ts';
import { parseDocument, parseDocumentText } from '../../src/core/ingest/parse.ts';
import type { IngestItem } from '../../src/core/ingest.ts';
import type { Article } from '../../src/core/types.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIX, name)));
const articles = (items: IngestItem[]): Article[] => items.flatMap((i) => (i.ok ? [i.article] : []));
const errors = (items: IngestItem[]) => items.flatMap((i) => (i.ok ? [] : [i.error]));

test('detectFormat: content first, then extension / content type (table)', () => {
  const rows: { input: string; hints?: { filename?: string; contentType?: string }; expected: string }[] = [
    { input: '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', expected: 'feed' },
    { input: '\uFEFF<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', expected: 'feed' },
    { input: '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"/>', expected: 'feed' },
    { input: '<rss version="2.0"><channel/></rss>', expected: 'feed' },
    { input: '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>', expected: 'html' },
    { input: '<?xml version="1.0"?><catalog/>', expected: 'xml' },
    { input: '<!DOCTYPE html><html><body>x</body></html>', expected: 'html' },
    { input: '  <html lang="en"><p>x</p></html>', expected: 'html' },
    { input: '<!-- saved page --><html><body>x</body></html>', expected: 'html' },
    { input: '<p>Just a fragment</p>', expected: 'html' },
    { input: '{"id":"a","title":"t","text":"x"}\n{"id":"b","title":"t","text":"y"}', expected: 'jsonl' },
    { input: '{\n  "title": "t",\n  "text": "x"\n}', expected: 'json' },
    { input: '[{"title":"t","text":"x"}]', expected: 'json' },
    { input: '[Updated] Title of a text article\nBody.', expected: 'text' },
    { input: 'A title\n\nA body.', expected: 'text' },
    { input: 'A title\nA body.', hints: { filename: 'page.html' }, expected: 'html' },
    { input: 'A title\nA body.', hints: { contentType: 'application/rss+xml' }, expected: 'feed' },
    { input: 'A title\nA body.', hints: { filename: 'notes.md' }, expected: 'text' },
    { input: '<!DOCTYPE html><html></html>', hints: { filename: 'x.txt' }, expected: 'html' },
  ];
  for (const r of rows) assert.equal(detectFormat(r.input, r.hints), r.expected, r.input.slice(0, 40));
});

test('plain text: title, body, leading metadata lines and dates (table)', () => {
  const rows: {
    input: string;
    title: string;
    text: string;
    metaLines?: string[];
    published?: string;
    grain?: string;
  }[] = [
    { input: 'Title\nPara one.\n\n\nPara two.\n', title: 'Title', text: 'Para one.\nPara two.' },
    { input: '\n\n  Title  \r\n  Para   one. \r\n', title: 'Title', text: 'Para one.' },
    { input: 'Only a title', title: 'Only a title', text: '' },
    {
      // No headline: the file starts with a long lead paragraph; its first sentence is the title and the
      // paragraph stays in the body.
      input:
        'The harbour of Brindle Bay reopened on Tuesday after a week of storms had kept every fishing boat at the quay. The mayor said that the repairs to the eastern breakwater would take at least a month.\nSecond paragraph.',
      title:
        'The harbour of Brindle Bay reopened on Tuesday after a week of storms had kept every fishing boat at the quay.',
      text: 'The harbour of Brindle Bay reopened on Tuesday after a week of storms had kept every fishing boat at the quay. The mayor said that the repairs to the eastern breakwater would take at least a month.\nSecond paragraph.',
    },
    {
      // A long headline with no sentence break stays a headline.
      input: `${'Long headline word '.repeat(12).trim()}\nBody.`,
      title: 'Long headline word '.repeat(12).trim(),
      text: 'Body.',
    },
    {
      input: ' date 2021-05 Jane Roe/Agency via REUTERS\n\nThe title line\nBody.',
      title: 'The title line',
      text: 'Body.',
      metaLines: ['date 2021-05 Jane Roe/Agency via REUTERS'],
      published: '2021-05-01T00:00:00Z',
      grain: 'month',
    },
    {
      input: 'Published: 2022-03-07\nBy Jane Roe\nThe title\nBody.',
      title: 'The title',
      text: 'Body.',
      metaLines: ['Published: 2022-03-07', 'By Jane Roe'],
      published: '2022-03-07T00:00:00Z',
      grain: 'day',
    },
    {
      input: '2019-12-31T23:10:00+01:00\nhttps://example.org/a\nTitle\nBody.',
      title: 'Title',
      text: 'Body.',
      metaLines: ['2019-12-31T23:10:00+01:00', 'https://example.org/a'],
      published: '2019-12-31T23:10:00+01:00',
    },
    {
      input: 'Photo: Max Mustermann/AFP\nTitel\nText.',
      title: 'Titel',
      text: 'Text.',
      metaLines: ['Photo: Max Mustermann/AFP'],
    },
    { input: 'Date set for the election\nBody.', title: 'Date set for the election', text: 'Body.' },
    {
      input: 'By the numbers: a year of floods\nBody.',
      title: 'By the numbers: a year of floods',
      text: 'Body.',
    },
    {
      input: 'Title\nCORVENNE, 14 septembre 2020 (AFP) - Text.',
      title: 'Title',
      text: 'CORVENNE, 14 septembre 2020 (AFP) - Text.',
      published: '2020-09-14T00:00:00Z',
      grain: 'day',
    },
    {
      input: 'Title\nSept. 14, 2020 — Text.',
      title: 'Title',
      text: 'Sept. 14, 2020 — Text.',
      published: '2020-09-14T00:00:00Z',
      grain: 'day',
    },
    {
      input: 'Заголовок\nМОСКВА, 3 марта 2021 (ТАСС) — Текст.',
      title: 'Заголовок',
      text: 'МОСКВА, 3 марта 2021 (ТАСС) — Текст.',
      published: '2021-03-03T00:00:00Z',
      grain: 'day',
    },
    {
      input: 'Başlık\nANKARA, 5 Ağustos 2021 (AA) - Metin.',
      title: 'Başlık',
      text: 'ANKARA, 5 Ağustos 2021 (AA) - Metin.',
      published: '2021-08-05T00:00:00Z',
      grain: 'day',
    },
    {
      input: '标题\n新华社北京2021年7月1日电 正文。',
      title: '标题',
      text: '新华社北京2021年7月1日电 正文。',
      published: '2021-07-01T00:00:00Z',
      grain: 'day',
    },
    // prose that merely opens with a date is not a dateline
    {
      input: 'Title\n14 September 2020 was a quiet day.',
      title: 'Title',
      text: '14 September 2020 was a quiet day.',
    },
  ];
  for (const r of rows) {
    const [a] = articles(parseDocumentText(r.input, 'x.txt', { filename: 'x.txt' }));
    assert.ok(a, r.input);
    assert.equal(a.title, r.title, r.input);
    assert.equal(a.text, r.text, r.input);
    assert.deepEqual(a.metaLines, r.metaLines, r.input);
    assert.equal(a.published, r.published, r.input);
    assert.equal(a.publishedGrain, r.grain, r.input);
    if (r.published) assert.equal(a.publishedFrom, 'dateline', r.input);
  }
});

test('HTML: metadata, JSON-LD, paragraphs, tweets kept, scripts dropped', () => {
  const items = parseDocument(read('article.html'), 'article.html', { filename: 'article.html' });
  const [a] = articles(items);
  assert.equal(items.length, 1);
  assert.equal(a.title, 'Le port de Valmeria rouvre ses quais après la tempête'); // JSON-LD headline wins
  assert.equal(a.declaredLang, 'fr');
  assert.equal(a.source, 'Le Courrier du Nord');
  assert.equal(a.byline, 'Camille Ferrand, Hugo Mercier');
  assert.equal(a.published, '2021-03-04T08:15:00+01:00');
  assert.equal(a.publishedFrom, 'metadata');
  assert.equal(a.url, 'https://courrier-du-nord.example/2021/03/04/valmeria-port');
  const paras = a.text.split('\n');
  assert.ok(paras[0].startsWith('Les quais du port de Valmeria ont rouvert jeudi matin'), paras[0]);
  assert.ok(paras.length >= 5, a.text);
  assert.ok(
    a.text.includes("Les ferries pour Ostrelle repartent samedi & les horaires d'été sont maintenus."),
  );
  assert.ok(a.text.includes('(@port_valmeria)'));
  assert.ok(!a.text.includes('tracking'), 'script text must not leak');
  assert.ok(!a.text.includes('color: red'), 'style text must not leak');
  assert.ok(!a.text.includes('Accueil'), 'navigation is not article text');
});

test('HTML: meta-only page (http-equiv language, DC.date, <br> as line break)', () => {
  const [a] = articles(parseDocument(read('meta-only.html'), 'meta-only.html'));
  assert.equal(a.title, 'Brücke über die Lenna eröffnet');
  assert.equal(a.declaredLang, 'de');
  assert.equal(a.published, '2019-11-20T00:00:00Z');
  assert.equal(a.publishedGrain, 'day');
  assert.deepEqual(a.text.split('\n'), [
    'Die neue Brücke über die Lenna ist am Mittwoch eröffnet worden.',
    'Der Bürgermeister von Hallstedt sprach von einem Festtag.',
    'Die Bauarbeiten hatten vor zwei Jahren begonnen.',
  ]);
});

test('HTML: <time datetime>, og:locale and a page Readability cannot use', () => {
  const html =
    '<html><head><meta property="og:locale" content="es_ES"><title>Corto</title></head>' +
    '<body><time datetime="2020-02-03T10:00:00Z">ayer</time><p>Una línea.</p></body></html>';
  const [a] = articles(parseDocumentText(html, 'p.html'));
  assert.equal(a.title, 'Corto');
  assert.equal(a.declaredLang, 'es');
  assert.equal(a.published, '2020-02-03T10:00:00Z');
  assert.ok(a.text.includes('Una línea.'), a.text);
});

test('RSS 2.0: items with content:encoded, entities, dates with offsets, feed title and language', () => {
  const items = parseDocument(read('rss.xml'), 'rss.xml');
  const as = articles(items);
  assert.equal(errors(items).length, 0);
  assert.deepEqual(
    as.map((a) => [a.origin, a.title, a.published, a.source, a.declaredLang, a.url, a.byline]),
    [
      [
        'rss.xml#1',
        'Le festival de Lorvane & ses invités',
        '2021-06-15T09:30:00+02:00',
        'Gazette de Lorvane',
        'fr',
        'https://gazette-lorvane.example/festival',
        'Paul Sérand',
      ],
      [
        'rss.xml#2',
        'Travaux sur la ligne de tramway',
        '2021-06-16T07:00:00Z',
        'Gazette de Lorvane',
        'fr',
        'https://gazette-lorvane.example/tram',
        undefined,
      ],
    ],
  );
  assert.equal(
    as[0].text,
    'Le festival de musique de Lorvane accueillera quarante groupes cet été.\nLa maire, Odile Brune, a présenté le programme mardi.',
  );
  assert.equal(as[1].text, 'La ligne 2 sera fermée deux semaines.\nDes bus la remplaceront.');
});

test('Atom: <published> kept over <updated>, summary when no content, xml:lang', () => {
  const as = articles(parseDocument(read('atom.xml'), 'atom.xml'));
  assert.deepEqual(
    as.map((a) => [a.title, a.published, a.byline, a.declaredLang, a.url]),
    [
      [
        'Lighthouse keeper retires after forty years',
        '2022-01-10T18:45:00-05:00',
        'Ruth Okafor',
        'en',
        'https://harbour-times.example/lighthouse',
      ],
      [
        'Ferry timetable changes',
        '2022-01-11T07:30:00Z',
        undefined,
        'en',
        'https://harbour-times.example/ferry',
      ],
    ],
  );
  assert.equal(
    as[0].text,
    'After forty years at the Gull Point light, keeper Tomas Reyes handed over his keys on Monday.\n"The sea was my clock," he said.',
  );
  assert.equal(as[1].text, 'Winter sailings to Kestrel Island are cut to two a day.');
});

test('RDF: items, dc:date and dc:language', () => {
  const [a] = articles(parseDocument(read('rdf.xml'), 'rdf.xml'));
  assert.equal(a.title, 'Molen draait weer na restauratie');
  assert.equal(a.published, '2020-05-09T10:00:00+02:00');
  assert.equal(a.declaredLang, 'nl');
  assert.equal(a.source, 'Nieuwsblad Veldhoven-Noord');
});

test('JSONL: good rows go through, bad rows name path#line', () => {
  const items = parseDocument(read('articles.jsonl'), 'a.jsonl');
  assert.deepEqual(
    items.map((i) => (i.ok ? i.article.id : `${i.error.code} ${i.error.input}`)),
    [
      'fx-1',
      'INPUT_MALFORMED a.jsonl#2',
      items[2].ok ? items[2].article.id : '?',
      'INPUT_MALFORMED a.jsonl#5',
      'INPUT_MALFORMED a.jsonl#6',
    ],
  );
  const [first, third] = articles(items);
  assert.deepEqual(first, {
    id: 'fx-1',
    title: 'Orchard harvest starts early',
    text: 'Growers in the Brenn valley began picking apples on Monday.\nA warm spring is the reason.',
    origin: 'a.jsonl#1',
    declaredLang: 'en',
    published: '2023-08-21T06:00:00Z',
    publishedFrom: 'metadata',
    source: 'Valley Post',
    url: 'https://example.org/orchard',
    story: 's1',
  });
  assert.match(third.id, /^[0-9a-f]{16}$/);
  assert.equal(third.declaredLang, 'en');
  assert.equal(third.publishedGrain, 'day');
});

test('JSON: array file and single object; broken JSON is one clean error', () => {
  const arr = parseDocument(read('articles.json'), 'a.json');
  assert.deepEqual(
    articles(arr).map((a) => [a.id, a.origin, a.published ?? null]),
    [
      ['arr-1', 'a.json#1', null],
      ['arr-2', 'a.json#2', '2024-02-29T00:00:00Z'],
    ],
  );
  const one = articles(parseDocumentText('{\n "title": "T",\n "text": "Body"\n}', 'o.json'));
  assert.equal(one[0].title, 'T');
  const bad = parseDocumentText('{\n "title": "T",\n', 'b.json');
  assert.equal(bad.length, 1);
  assert.equal(!bad[0].ok && bad[0].error.code, 'INPUT_MALFORMED');
});

test('unsupported XML and no-text inputs are clean errors', () => {
  const rows = [
    { input: '<?xml version="1.0"?><catalog><book/></catalog>', code: 'INPUT_UNSUPPORTED' },
    { input: '{"title": "", "text": ""}', code: 'ARTICLE_NO_TEXT' },
    { input: '<html><body></body></html>', code: 'ARTICLE_NO_TEXT' },
  ];
  for (const r of rows) {
    const items = parseDocumentText(r.input, 'in');
    assert.equal(items.length, 1, r.input);
    assert.equal(!items[0].ok && items[0].error.code, r.code, r.input);
  }
});
