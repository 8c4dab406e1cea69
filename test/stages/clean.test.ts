import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText, isPhotoCredit } from '../../src/core/stages/clean.ts';
import type { EmbedKind } from '../../src/core/types.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'seeds');

/** One line of fictional text, and what cleaning must make of it (null = stays in the body). */
const LINES: ReadonlyArray<{ input: string; kind: EmbedKind | null }> = [
  // Prose that merely mentions social networks or "lire" stays.
  { input: 'Le ministre a réagi sur Twitter dans la soirée.', kind: null },
  { input: 'Il faut lire aussi les rapports de la commission.', kind: null },
  { input: 'Partager le pouvoir n’est pas simple, a-t-il dit.', kind: null },
  { input: 'Teilen Sie uns Ihre Meinung mit', kind: null },
  { input: 'Die Agentur dpa berichtete am Montag über den Besuch.', kind: null },
  { input: 'Un photographe de l’AFP a été blessé lors de la manifestation.', kind: null },
  { input: 'Follow the money, the senator said during the hearing.', kind: null },
  // Tweets
  { input: 'Nous étions à #Minsk ce matin https://t.co/AbC123xyz pic.twitter.com/XyZ987', kind: 'tweet' },
  { input: 'See the thread: twitter.com/someone/status/1234567890', kind: 'tweet' },
  // Posts
  { input: 'https://www.instagram.com/p/Bx12abc/', kind: 'post' },
  { input: 'Posted by Jean Martin on Tuesday, September 8, 2020', kind: 'post' },
  { input: 't.me/channel_name/1234', kind: 'post' },
  { input: 'Vidéo : https://www.youtube.com/watch?v=abcdef', kind: 'post' },
  { input: 'https://youtu.be/abcdef', kind: 'post' },
  // Bare URLs
  { input: 'https://www.example.com/world/article-123.html', kind: 'url' },
  { input: 'www.example.org/page', kind: 'url' },
  // Photo credits in several languages
  { input: 'Sputnik/Dmitry Astakhov/Pool via REUTERS', kind: 'photo-credit' },
  { input: 'REUTERS/Jane Doe', kind: 'photo-credit' },
  { input: 'Photo: AFP', kind: 'photo-credit' },
  { input: '© Reuters', kind: 'photo-credit' },
  { input: '(Foto: dpa)', kind: 'photo-credit' },
  { input: 'Crédit photo : Jean Dupont', kind: 'photo-credit' },
  { input: 'Фото: Иван Петров / ТАСС', kind: 'photo-credit' },
  { input: 'Fot. Jan Kowalski', kind: 'photo-credit' },
  { input: '(AFP)', kind: 'photo-credit' },
  // Share / follow / newsletter
  { input: 'Partager sur Facebook', kind: 'share' },
  { input: 'Partager', kind: 'share' },
  { input: 'Share this article', kind: 'share' },
  { input: 'Follow us on Twitter', kind: 'share' },
  { input: 'Abonnez-vous à notre newsletter', kind: 'share' },
  { input: 'Teilen', kind: 'share' },
  { input: 'Teilen auf WhatsApp', kind: 'share' },
  { input: 'Compartir en Twitter', kind: 'share' },
  { input: 'Condividi su Facebook', kind: 'share' },
  { input: 'Поделиться', kind: 'share' },
  { input: 'Bizi takip edin', kind: 'share' },
  // Read also
  { input: 'Lire aussi : La crise politique au Bélarus', kind: 'read-also' },
  { input: 'À lire aussi Minsk sous pression', kind: 'read-also' },
  { input: 'Read more: Opposition leader leaves the country', kind: 'read-also' },
  { input: 'Read also - Talks in Moscow', kind: 'read-also' },
  { input: 'Related: Talks in Moscow', kind: 'read-also' },
  { input: 'Lesen Sie auch: Gespräche in Moskau', kind: 'read-also' },
  { input: 'Mehr zum Thema - Gespräche in Moskau', kind: 'read-also' },
  { input: 'Weiterlesen ...', kind: 'read-also' },
  { input: 'Leggi anche: Colloqui a Mosca', kind: 'read-also' },
  { input: 'Lee también: Conversaciones en Moscú', kind: 'read-also' },
  { input: 'Leia também: Conversas em Moscou', kind: 'read-also' },
  { input: 'Lees ook: Gesprekken in Moskou', kind: 'read-also' },
  { input: 'Czytaj też: Rozmowy w Moskwie', kind: 'read-also' },
  { input: 'Czytaj także: Rozmowy w Moskwie', kind: 'read-also' },
  { input: 'Читайте также: Переговоры в Москве', kind: 'read-also' },
  { input: 'Читайте також: Переговори в Москві', kind: 'read-also' },
  { input: 'Ayrıca okuyun: Moskova’da görüşme', kind: 'read-also' },
  { input: 'İlgili haber: Moskova’da görüşme', kind: 'read-also' },
  { input: 'اقرأ أيضا: محادثات في موسكو', kind: 'read-also' },
  { input: 'شاهد أيضا: جولة مصورة في القاهرة القديمة', kind: 'read-also' },
  { input: 'طالع أيضاً: محادثات في موسكو', kind: 'read-also' },
  // "شاهد" alone is a witness / he watched: prose
  { input: 'شاهد عيان قال إن الانفجار كان قوياً.', kind: null },
  { input: '相关阅读：莫斯科会谈', kind: 'read-also' },
  { input: 'Condividi questo: Email', kind: 'share' },
  { input: 'Twitter', kind: 'share' },
  { input: 'Facebook | LinkedIn', kind: 'share' },
  { input: 'Di più', kind: 'share' },
  { input: 'Correlati', kind: 'read-also' },
  // a network named in a sentence is prose
  { input: 'Twitter a suspendu le compte du ministère.', kind: null },
  // whole notice paragraphs
  {
    input: 'All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    kind: 'notice',
  },
  { input: 'We use cookies to give you the best experience on our website.', kind: 'notice' },
  { input: 'Tous droits réservés.', kind: 'notice' },
  { input: 'Все права защищены.', kind: 'notice' },
  { input: '版权所有 2020 示例日报', kind: 'notice' },
  // news about cookies, rights or privacy is prose
  { input: 'The bakery sold 500 cookies on Sunday.', kind: null },
  { input: 'The court ruled that the privacy policy of the platform was unlawful.', kind: null },
  { input: 'Les droits des travailleurs ont été réservés au débat de mardi.', kind: null },
  { input: '延伸阅读：莫斯科会谈', kind: 'read-also' },
];

test('clean: each line goes to the body or to the right embed kind', () => {
  for (const { input, kind } of LINES) {
    const r = cleanText(`Premier paragraphe de l’article.\n${input}\nDernier paragraphe.`);
    if (kind === null) {
      assert.deepEqual(r.embeds, [], input);
      assert.ok(r.body.includes(input), input);
    } else {
      assert.deepEqual(
        r.embeds.map((e) => e.kind),
        [kind],
        input,
      );
      assert.equal(r.body, 'Premier paragraphe de l’article.\nDernier paragraphe.', input);
    }
  }
});

test('clean: site notices run into a paragraph are cut out sentence by sentence, the prose around them kept', () => {
  const rows = [
    {
      // a consent text in a German paragraph, with a fragment ("gen.") between two of its sentences
      text: 'Der Stadtrat tagte am Montag. Um die Funktion unserer Website zu verbessern, sammeln wir Daten. gen. Indem Sie „Akzeptieren und schließen“ anklicken, stimmen Sie zu. Der Haushalt wurde beschlossen.',
      body: 'Der Stadtrat tagte am Montag. Der Haushalt wurde beschlossen.',
      notices: [
        'Um die Funktion unserer Website zu verbessern, sammeln wir Daten. gen. Indem Sie „Akzeptieren und schließen“ anklicken, stimmen Sie zu.',
      ],
    },
    {
      // sentences run together without a space, as scraped notices are
      text: 'Der Bürgermeister sprach. Details finden Sie in der Datenschutzerklärung.Die Sitzung endete um 18 Uhr.',
      body: 'Der Bürgermeister sprach. Die Sitzung endete um 18 Uhr.',
      notices: ['Details finden Sie in der Datenschutzerklärung.'],
    },
    {
      // a long sentence between two notices is prose
      text: 'Al hacer click en enviar quedarás registrado a nuestro boletín. El gobierno anunció ayer un plan de vivienda para veinte mil familias. Todos los derechos reservados.',
      body: 'El gobierno anunció ayer un plan de vivienda para veinte mil familias.',
      notices: [
        'Al hacer click en enviar quedarás registrado a nuestro boletín.',
        'Todos los derechos reservados.',
      ],
    },
    {
      // Chinese sentences end without a space
      text: '市长周一访问了工厂。版权所有 2020 示例日报。工厂有三百名工人。',
      body: '市长周一访问了工厂。 工厂有三百名工人。',
      notices: ['版权所有 2020 示例日报。'],
    },
  ];
  for (const { text, body, notices } of rows) {
    const r = cleanText(text);
    assert.equal(r.body, body, text);
    assert.deepEqual(
      r.embeds.filter((e) => e.kind === 'notice').map((e) => e.text),
      notices,
      text,
    );
  }
});

test('clean: a tweet and its attribution line are one tweet embed', () => {
  const text = [
    'Le président est arrivé à Minsk.',
    'Un tweet de démonstration sur la visite #Minsk https://t.co/AbC123 pic.twitter.com/DeF456',
    '— Journal Fictif (@fictif) September 9, 2020',
    'La visite a duré deux heures.',
  ].join('\n');
  const r = cleanText(text);
  assert.equal(r.embeds.length, 1);
  assert.equal(r.embeds[0].kind, 'tweet');
  assert.ok(r.embeds[0].text.endsWith('— Journal Fictif (@fictif) September 9, 2020'));
  assert.ok(r.embeds[0].text.startsWith('Un tweet de démonstration'));
  assert.equal(r.body, 'Le président est arrivé à Minsk.\nLa visite a duré deux heures.');
});

test('clean: an attribution line takes the tweet text before it even without a link', () => {
  const r = cleanText(
    'Intro du texte.\nLe texte du tweet sans lien\n— Someone (@someone) 9 septembre 2020\nSuite.',
  );
  assert.deepEqual(r.embeds, [
    { kind: 'tweet', text: 'Le texte du tweet sans lien\n— Someone (@someone) 9 septembre 2020' },
  ]);
  assert.equal(r.body, 'Intro du texte.\nSuite.');
});

test('clean: an Instagram block (header, caption, shared-by line) is one post', () => {
  const r = cleanText(
    'Avant.\nView this post on Instagram\nA sunny day in Minsk #minsk\nA post shared by Jane (@jane) on Sep 9, 2020 at 3:14am PDT\nAprès.',
  );
  assert.equal(r.embeds.length, 1);
  assert.equal(r.embeds[0].kind, 'post');
  assert.equal(r.embeds[0].text.split('\n').length, 3);
  assert.equal(r.body, 'Avant.\nAprès.');
});

test('clean: inline URLs are cut from prose and kept as url embeds', () => {
  const r = cleanText('Selon le site https://example.org/page, la situation est grave (www.example.com).');
  assert.equal(r.body, 'Selon le site, la situation est grave.');
  assert.deepEqual(r.embeds, [
    { kind: 'url', text: 'https://example.org/page' },
    { kind: 'url', text: 'www.example.com' },
  ]);
});

test('clean: metadata lines become embeds; a photo credit inside one is recognised', () => {
  const r = cleanText('Texte.', [
    ' date 2020-09 Agence/Jean Dupont/Pool via REUTERS',
    'source: Journal Fictif',
  ]);
  assert.deepEqual(r.embeds, [
    { kind: 'metadata', text: 'date 2020-09' },
    { kind: 'photo-credit', text: 'Agence/Jean Dupont/Pool via REUTERS' },
    { kind: 'metadata', text: 'source: Journal Fictif' },
  ]);
});

test('clean: paragraphs are kept, blank lines dropped, a trailing reporter name stays', () => {
  const r = cleanText('\nUn.\n\n  Deux, a dit Jean Martin du Centre fictif (CF) Paul Durand  \n\n');
  assert.equal(r.body, 'Un.\nDeux, a dit Jean Martin du Centre fictif (CF) Paul Durand');
  assert.deepEqual(r.embeds, []);
});

test('clean: edge rows', () => {
  assert.deepEqual(cleanText(''), { body: '', embeds: [] });
  assert.deepEqual(cleanText('\n\n \n'), { body: '', embeds: [] });
  assert.equal(isPhotoCredit(''), false);
  assert.equal(isPhotoCredit('Le correspondant de Reuters à Moscou / Minsk a confirmé la visite.'), false);
});

test(
  'clean: seeds keep the tweet and the photo credit out of the body',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  () => {
    const first = readFileSync(join(SEEDS, '000_7a61144dd750e5af.txt'), 'utf8');
    const r1 = cleanText(first);
    const tweets = r1.embeds.filter((e) => e.kind === 'tweet');
    assert.equal(tweets.length, 1);
    assert.match(tweets[0].text, /pic\.twitter\.com/);
    assert.match(tweets[0].text, /\(@libe\)/);
    assert.doesNotMatch(r1.body, /t\.co\/|pic\.twitter|@libe/);
    assert.match(r1.body, /Mezentsev/);

    const second = readFileSync(join(SEEDS, '002_f95a6ceda9409001.txt'), 'utf8');
    // As a metadata line (ingestion sets it apart) and as a body line (if it did not).
    const [meta, ...rest] = second.split('\n');
    const r2 = cleanText(rest.join('\n'), [meta]);
    const r3 = cleanText(second);
    for (const r of [r2, r3]) {
      const credits = r.embeds.filter((e) => e.kind === 'photo-credit');
      assert.equal(credits.length, 1);
      assert.match(credits[0].text, /REUTERS/);
      assert.doesNotMatch(r.body, /REUTERS/);
      assert.match(r.body, /Shmatsina/);
    }
  },
);
