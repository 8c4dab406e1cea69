import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_PAGE_MAX_WORDS, errorPageReason } from '../../src/core/ingest/error-page.ts';
import { parseDocumentText } from '../../src/core/ingest/parse.ts';

/** Fictional pages: what servers send instead of an article, and short articles that must stay articles. */
const ROWS: { title: string; text: string; not: boolean }[] = [
  {
    title: 'example.org document not found',
    text: 'The page you requested cannot be found. Please check the address.',
    not: true,
  },
  {
    title: 'Error',
    text: 'Unfortunately, we are unable to process your request at this time. Please try again later.',
    not: true,
  },
  {
    title: 'Wired',
    text: 'If the story is not showing, please refresh. Otherwise the story id may be invalid, or the story has expired.',
    not: true,
  },
  {
    title: 'The Daily Example > Log In',
    text: 'Register for free to read complete articles and breaking news.',
    not: true,
  },
  { title: 'Example Zeitung | Anmelden', text: 'Bitte melden Sie sich an, um weiterzulesen.', not: true },
  { title: 'Seite nicht gefunden', text: 'Die angeforderte Seite existiert nicht mehr.', not: true },
  { title: 'Page introuvable', text: 'La page que vous recherchez a peut-être été supprimée.', not: true },
  { title: 'Página no encontrada', text: 'Lo sentimos, la página que buscas no existe.', not: true },
  { title: 'Страница не найдена', text: 'Ошибка 404. Проверьте адрес.', not: true },
  { title: '', text: '404 Not Found\nnginx', not: true },
  // short news briefs that use the same words about something else
  {
    title: 'Missing hiker found alive',
    text: 'The hiker who could not be found for three days was rescued on Sunday, police said.',
    not: false,
  },
  {
    title: 'Users cannot log in after outage',
    text: 'Millions of users could not log in to the service on Monday after a fault, the company said.',
    not: false,
  },
  {
    title: 'Voters register in record numbers',
    text: 'More than two million people registered to vote this week, officials said.',
    not: false,
  },
  {
    title: 'Minsk talks',
    text: 'The two presidents met in Minsk on Monday for talks on energy prices.',
    not: false,
  },
];

test('errorPageReason: error and sign-in pages in several languages; short briefs on the same words stay articles', () => {
  for (const r of ROWS) {
    const reason = errorPageReason(r.title, r.text);
    assert.equal(reason !== undefined, r.not, `${r.title} | ${r.text} -> ${reason}`);
  }
  assert.match(errorPageReason('Oops', 'Page not found.')!, /^an error page: "page not found"$/);
  assert.match(errorPageReason('The Daily Example > Log In', 'Register.')!, /^a sign-in page/);
});

test('errorPageReason: a long text quoting an error phrase is an article', () => {
  const long = `The ministry said the page not found errors were fixed. ${'The network was restored across the region. '.repeat(ERROR_PAGE_MAX_WORDS / 7)}`;
  assert.equal(errorPageReason('Outage ends', long), undefined);
  assert.notEqual(errorPageReason('Outage ends', 'The ministry said: page not found.'), undefined);
});

test('parse: an error page is one clean ARTICLE_ERROR_PAGE failure naming the input and the reason; the other rows of a batch are read', () => {
  const jsonl = [
    JSON.stringify({ id: 'a', title: 'Minsk talks', text: 'The two presidents met in Minsk on Monday.' }),
    JSON.stringify({
      id: 'b',
      title: 'example.org document not found',
      text: 'The page you requested cannot be found.',
    }),
    JSON.stringify({ id: 'c', title: 'Kyiv talks', text: 'The ministers met in Kyiv on Tuesday.' }),
  ].join('\n');
  const items = parseDocumentText(jsonl, 'batch.jsonl');
  assert.deepEqual(
    items.map((i) => (i.ok ? i.article.id : i.error.code)),
    ['a', 'ARTICLE_ERROR_PAGE', 'c'],
  );
  const bad = items[1];
  assert.ok(!bad.ok);
  assert.match(bad.error.message, /^batch\.jsonl#2: not an article \(an error page: "document not found"\)$/);
});
