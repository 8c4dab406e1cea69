import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../src/core/stages/text.ts';

function sentences(text: string, lang: string): string[] {
  return analyseText(text, '', lang).sentences.map((s) => s.text);
}

/** Each listed abbreviation at least once: the period after it does not end the sentence. */
const MERGES: ReadonlyArray<{ lang: string; input: string }> = [
  // fr
  { lang: 'fr', input: 'M. Poutine a reçu MM. Dupont et Durand.' },
  { lang: 'fr', input: 'Mme Tikhanovskaïa et le Dr Martin sont arrivés.' },
  { lang: 'fr', input: 'Selon Mme. Durand, le prés. Martin viendra.' },
  { lang: 'fr', input: 'Le Dr. Martin habite av. Foch à Paris.' },
  { lang: 'fr', input: 'Cela date de 52 av. J.-C. selon les historiens.' },
  { lang: 'fr', input: 'Il aime les pommes, les poires, etc. et les prunes.' },
  // en
  { lang: 'en', input: 'Mr. Smith met Mrs. Jones and Dr. Brown.' },
  { lang: 'en', input: 'They walked down St. James Street.' },
  { lang: 'en', input: 'The U.S. Senate voted on Jan. 5 on bill No. 12.' },
  { lang: 'en', input: 'Some fruits, e.g. Apples, are sweet.' },
  { lang: 'en', input: 'J. R. R. Tolkien wrote it.' },
  // de
  { lang: 'de', input: 'Es gibt z. B. Berlin und u. a. Hamburg.' },
  { lang: 'de', input: 'Dr. Müller und Prof. Schmidt kamen.' },
  { lang: 'de', input: 'Der Kanzler bzw. Die Regierung entscheidet.' },
  { lang: 'de', input: 'Äpfel, Birnen usw. sind gesund.' },
  { lang: 'de', input: 'Haus Nr. 5 kostet 3 Mio. Euro, das Projekt 2 Mrd. Euro.' },
  { lang: 'de', input: 'Es kamen ca. 500 Menschen.' },
  { lang: 'de', input: 'Das Treffen war am 14. September in Minsk.' },
  { lang: 'de', input: 'Er spielt in der 3. Liga.' },
  // es / it / pt
  { lang: 'es', input: 'El Sr. García y la Sra. López llegaron.' },
  { lang: 'es', input: 'Dña. María habló ayer.' },
  { lang: 'it', input: 'Il dott. Rossi ha parlato.' },
  { lang: 'it', input: 'Mele, pere ecc. sono frutti.' },
  { lang: 'pt', input: 'Cidades, p. ex. Lisboa, cresceram.' },
  { lang: 'pt', input: 'O Sr. Silva e a Sra. Costa chegaram.' },
  // nl
  { lang: 'nl', input: 'De dhr. Jansen en mevr. De Vries kwamen.' },
  { lang: 'nl', input: 'Steden, bijv. Amsterdam, groeien.' },
  // pl
  { lang: 'pl', input: 'Miasta, np. Warszawa, rosną.' },
  { lang: 'pl', input: 'Wykład wygłosił prof. Nowak.' },
  { lang: 'pl', input: 'To tzw. Trójmiasto nad morzem.' },
  { lang: 'pl', input: 'Mieszka przy ul. Marszałkowskiej.' },
  { lang: 'pl', input: 'Od 1 września 2020 r. Ministerstwo Zdrowia zaleca maseczki.' },
  { lang: 'pl', input: 'Przyszło 5 tys. Polaków.' },
  { lang: 'pl', input: 'Powiedział to rzecznik st. bryg. Paweł Nowak.' },
  { lang: 'pl', input: 'Budżet to 5 mln. złotych, a dług 3 mld. złotych.' },
  // ru / uk
  { lang: 'ru', input: 'В 1991 г. Советский Союз распался.' },
  { lang: 'ru', input: 'В 1941–1945 гг. Советский Союз воевал.' },
  { lang: 'ru', input: 'Это столица, т. е. Москва.' },
  { lang: 'ru', input: 'Там были ракеты, танки и т.д. в большом количестве.' },
  { lang: 'ru', input: 'Театр им. Вахтангова стоит на ул. Арбат.' },
  { lang: 'ru', input: 'Бюджет 5 млн. рублей и 2 млрд. долларов.' },
  { lang: 'uk', input: 'Університет ім. Шевченка на вул. Хрещатик.' },
  // tr
  { lang: 'tr', input: 'Dr. Ahmet ve Prof. Ayşe geldi.' },
  { lang: 'tr', input: 'Elma, armut vb. Meyveler satıldı.' },
];

test('segment: abbreviations do not end sentences', () => {
  for (const { lang, input } of MERGES)
    assert.deepEqual(sentences(input, lang), [input], `${lang}: ${input}`);
});

/** Real sentence ends must split. */
const SPLITS: ReadonlyArray<{ lang: string; input: string; expected: string[] }> = [
  {
    lang: 'fr',
    input: 'Il est parti. Le lendemain, il est revenu.',
    expected: ['Il est parti.', 'Le lendemain, il est revenu.'],
  },
  {
    lang: 'fr',
    input: 'Il est né en 1990. Il a grandi à Lyon.',
    expected: ['Il est né en 1990.', 'Il a grandi à Lyon.'],
  },
  {
    lang: 'fr',
    input: '« Qui ? » demande-t-il. Personne ne répond.',
    expected: ['« Qui ? » demande-t-il.', 'Personne ne répond.'],
  },
  { lang: 'fr', input: 'Quoi ? Il est parti !', expected: ['Quoi ?', 'Il est parti !'] },
  {
    lang: 'fr',
    input: 'Le pays est russe.Un témoignage suit.',
    expected: ['Le pays est russe.', 'Un témoignage suit.'],
  },
  {
    lang: 'fr',
    input: 'Il a dit : « Non. » Puis il est parti.',
    expected: ['Il a dit : « Non. »', 'Puis il est parti.'],
  },
  {
    lang: 'en',
    input: 'He left. The next day he came back.',
    expected: ['He left.', 'The next day he came back.'],
  },
  { lang: 'en', input: 'He said: "No." Then he left.', expected: ['He said: "No."', 'Then he left.'] },
  { lang: 'en', input: 'Wait... What happened?', expected: ['Wait...', 'What happened?'] },
  { lang: 'en', input: 'It grew by 5%. 2021 was worse.', expected: ['It grew by 5%.', '2021 was worse.'] },
  {
    lang: 'de',
    input: 'Das war im Jahr 2020. Die Regierung trat zurück.',
    expected: ['Das war im Jahr 2020.', 'Die Regierung trat zurück.'],
  },
  {
    lang: 'de',
    input: 'Er ging. Am nächsten Tag kam er.',
    expected: ['Er ging.', 'Am nächsten Tag kam er.'],
  },
  { lang: 'es', input: '¿Quién vino? Nadie lo sabe.', expected: ['¿Quién vino?', 'Nadie lo sabe.'] },
  {
    lang: 'ru',
    input: 'Поездка завершилась. Затем он уехал.',
    expected: ['Поездка завершилась.', 'Затем он уехал.'],
  },
  {
    lang: 'tr',
    input: 'Bu bir test. Yarın devam edecek.',
    expected: ['Bu bir test.', 'Yarın devam edecek.'],
  },
  { lang: 'zh', input: '他来了。她走了！', expected: ['他来了。', '她走了！'] },
  {
    lang: 'ar',
    input: 'قال الرئيس كلمته. ثم غادر القاعة؟ نعم.',
    expected: ['قال الرئيس كلمته.', 'ثم غادر القاعة؟', 'نعم.'],
  },
  // Paragraph ends always end a sentence; headings without a period are sentences.
  {
    lang: 'fr',
    input: 'Un titre\nUn paragraphe. Deux phrases.',
    expected: ['Un titre', 'Un paragraphe.', 'Deux phrases.'],
  },
  { lang: 'fr', input: '', expected: [] },
];

test('segment: real sentence ends split', () => {
  for (const { lang, input, expected } of SPLITS)
    assert.deepEqual(sentences(input, lang), expected, `${lang}: ${input}`);
});
