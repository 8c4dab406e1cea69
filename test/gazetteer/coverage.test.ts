/**
 * Wider coverage (cities >= 100k, first-level regions, curated exonyms) and its precision guards:
 * table rows over fictional sentences, scanned with surfaces so the case and stand-alone rules apply.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scan } from '../../src/core/gazetteer/index.ts';
import { fold } from '../../src/core/text/fold.ts';

/** Keys of the place matches in a sentence (split on spaces; punctuation kept as its own token). */
function keys(sentence: string, lang: string): string[] {
  const texts = sentence.split(/\s+/).flatMap((w) => w.match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? []);
  return scan(texts.map(fold), { lang, texts }).map((m) => `${m.key}|${m.country ?? ''}`);
}

const POSITIVE: { lang: string; input: string; expected: string }[] = [
  { lang: 'de', input: 'Das Werk in der Hafenstadt Setúbal wächst', expected: 'city:setubal|PT' },
  { lang: 'en', input: 'The festival took place in Darmstadt last week', expected: 'city:darmstadt|DE' },
  { lang: 'uk', input: 'Кораблі прибули до Гданська вчора', expected: 'city:gdansk|PL' },
  { lang: 'ar', input: 'وصل الوفد إلى الإسكندرية صباحا', expected: 'city:alexandria|EG' },
  { lang: 'it', input: 'La siccità colpisce la Sardegna da mesi', expected: 'region:sardinia|IT' },
  { lang: 'fr', input: 'Les vacanciers partent vers la Sardaigne', expected: 'region:sardinia|IT' },
  { lang: 'pt', input: 'A seca no Algarve continua', expected: 'region:algarve|PT' },
  { lang: 'ru', input: 'Туристы вернулись из Саккары', expected: 'city:saqqara|EG' },
  { lang: 'es', input: 'El gobierno de Chiapas informó ayer', expected: 'region:chiapas|MX' },
  { lang: 'pl', input: 'Spotkanie odbyło się w Rzeszowie', expected: 'city:rzeszow|PL' },
  { lang: 'tr', input: "Toplantı Sarıyer'de yapıldı", expected: 'city:sariyer|TR' },
  { lang: 'de', input: 'Die Landesregierung in Niedersachsen entschied', expected: 'region:lower-saxony|DE' },
  { lang: 'en', input: 'Fighting continued around Bakhmut on Monday', expected: 'city:bakhmut|UA' },
];

const NEGATIVE: { lang: string; input: string }[] = [
  { lang: 'de', input: 'Die Corona-Krise trifft alle' },
  { lang: 'de', input: 'Das Essen war gut' },
  { lang: 'en', input: 'The song was written by Michael Jackson and friends' },
  { lang: 'de', input: 'Zur Ausführung seines Plans fehlte Geld' },
  { lang: 'en', input: 'The institute IBRI published a report' },
  { lang: 'es', input: 'Daniela Rodríguez llegó tarde' },
  { lang: 'en', input: 'Mr. Cleveland sent a letter' },
  { lang: 'tr', input: 'Brent petrolün varili yükseldi' },
];

test('coverage: new cities, regions and exonyms are found', () => {
  for (const row of POSITIVE)
    assert.ok(keys(row.input, row.lang).includes(row.expected), `${row.lang}: ${row.input}`);
});

test('coverage: common words, names and acronyms are not places', () => {
  for (const row of NEGATIVE) assert.deepEqual(keys(row.input, row.lang), [], `${row.lang}: ${row.input}`);
});
