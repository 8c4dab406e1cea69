import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeQuotes, quotesStage } from '../../src/core/stages/quotes.ts';
import { compiledQuotes } from '../../src/core/quotes/compile.ts';
import { findMarkedQuotes, MAX_QUOTE_CHARS } from '../../src/core/quotes/marks.ts';
import type { Entity, Quote } from '../../src/core/types.ts';

/** [text, speaker, kind, attribution] of each quote of `body` (no entities: fallback names). */
function brief(
  lang: string,
  body: string,
  entities?: Entity[],
): [string, string | undefined, string, string | undefined][] {
  return analyzeQuotes(body, [], entities, compiledQuotes(lang)).quotes.map((q: Quote) => [
    q.text,
    q.speaker,
    q.kind,
    q.attribution,
  ]);
}

const ROWS: { lang: string; input: string; expected: ReturnType<typeof brief> }[] = [
  {
    lang: 'fr',
    input: '« Nous ne céderons pas à la pression », a déclaré Jean Dupont mardi.',
    expected: [['Nous ne céderons pas à la pression', 'Jean Dupont', 'statement', 'cue']],
  },
  {
    lang: 'fr',
    input: 'Jean Dupont est arrivé. « La situation est grave et nous agirons », a-t-il ajouté.',
    expected: [['La situation est grave et nous agirons', 'Jean Dupont', 'statement', 'cue']],
  },
  {
    lang: 'fr',
    input: 'Selon Marie Curie, « la recherche avance plus vite que prévu cette année ».',
    expected: [
      ['la recherche avance plus vite que prévu cette année', 'Marie Curie', 'statement', 'according-to'],
    ],
  },
  {
    lang: 'en',
    input: '"We will not back down from this fight," said John Smith on Monday.',
    expected: [['We will not back down from this fight,', 'John Smith', 'statement', 'cue']],
  },
  {
    lang: 'en',
    input: 'According to Jane Roe, “the deal is finished and nobody will revive it.”',
    expected: [['the deal is finished and nobody will revive it.', 'Jane Roe', 'statement', 'according-to']],
  },
  {
    lang: 'de',
    input: '„Wir werden diese Entscheidung nicht akzeptieren“, sagte Anna Schmidt am Dienstag.',
    expected: [['Wir werden diese Entscheidung nicht akzeptieren', 'Anna Schmidt', 'statement', 'cue']],
  },
  {
    lang: 'de',
    input: '»Das ist ein schwerer Fehler der ganzen Regierung«, so Peter Müller.',
    expected: [['Das ist ein schwerer Fehler der ganzen Regierung', 'Peter Müller', 'statement', 'cue']],
  },
  {
    lang: 'es',
    input: '«No vamos a permitir que esto siga así», dijo Carlos Pérez en Madrid.',
    expected: [['No vamos a permitir que esto siga así', 'Carlos Pérez', 'statement', 'cue']],
  },
  {
    lang: 'it',
    input: '«Non possiamo accettare queste condizioni in nessun caso», ha detto Marco Rossi.',
    expected: [
      ['Non possiamo accettare queste condizioni in nessun caso', 'Marco Rossi', 'statement', 'cue'],
    ],
  },
  {
    lang: 'pt',
    input: '“Vamos continuar a lutar por esta causa até ao fim”, afirmou João Silva.',
    expected: [['Vamos continuar a lutar por esta causa até ao fim', 'João Silva', 'statement', 'cue']],
  },
  {
    lang: 'nl',
    input: '"We gaan hier niet mee akkoord, dat is duidelijk", aldus Jan Jansen.',
    expected: [['We gaan hier niet mee akkoord, dat is duidelijk', 'Jan Jansen', 'statement', 'cue']],
  },
  {
    lang: 'pl',
    input: '„Nie zgodzimy się na takie warunki w żadnym wypadku” – powiedział Jan Kowalski.',
    expected: [['Nie zgodzimy się na takie warunki w żadnym wypadku', 'Jan Kowalski', 'statement', 'cue']],
  },
  {
    lang: 'ru',
    input: '«Мы не допустим дестабилизации ситуации в нашей стране», — заявил Иван Петров.',
    expected: [['Мы не допустим дестабилизации ситуации в нашей стране', 'Иван Петров', 'statement', 'cue']],
  },
  {
    lang: 'uk',
    input: '«Ми не погодимося на такі умови за жодних обставин», — сказала Олена Коваль.',
    expected: [['Ми не погодимося на такі умови за жодних обставин', 'Олена Коваль', 'statement', 'cue']],
  },
  {
    lang: 'tr',
    input: 'Ahmet Yılmaz, "Bu kararı asla kabul etmeyeceğiz ve sonuna kadar direneceğiz" dedi.',
    expected: [
      ['Bu kararı asla kabul etmeyeceğiz ve sonuna kadar direneceğiz', 'Ahmet Yılmaz', 'statement', 'cue'],
    ],
  },
  // roles: resolved to the person introduced with the role, else the role phrase itself
  {
    lang: 'fr',
    input:
      "L'ambassadeur de France à Rome, Paul Martin, a remis un livre.\n“un geste d'amitié”, a expliqué l'ambassadeur.",
    expected: [["un geste d'amitié", 'Paul Martin', 'statement', 'cue']],
  },
  {
    lang: 'en',
    input: '"The talks will resume next week in Geneva," the spokesman said.',
    expected: [['The talks will resume next week in Geneva,', 'the spokesman', 'statement', 'cue']],
  },
  // a role phrase after the cue, then the name in apposition: the name starts within reach of the cue
  {
    lang: 'it',
    input:
      "«Non è una scelta facile per nessuno di noi», ha detto la responsabile regionale per l'ambiente, Giulia Bianchi, a Torino.",
    expected: [['Non è una scelta facile per nessuno di noi', 'Giulia Bianchi', 'statement', 'cue']],
  },
  {
    lang: 'fr',
    input:
      "« Ce n'est pas une décision prise à la légère », a déclaré la responsable régionale de l'action climatique, Claire Dubois.",
    expected: [["Ce n'est pas une décision prise à la légère", 'Claire Dubois', 'statement', 'cue']],
  },
  {
    lang: 'es',
    input:
      '«No es una decisión que tomemos a la ligera», afirmó la consejera autonómica de medio ambiente, Laura Gómez Ruiz.',
    expected: [['No es una decisión que tomemos a la ligera', 'Laura Gómez Ruiz', 'statement', 'cue']],
  },
  // a bare verb closing the sentence after the quote (pro-drop): the person last named in the paragraph
  {
    lang: 'pl',
    input: 'Jan Nowak zapowiedział protest. „Słyszeliśmy już wiele obietnic bez pokrycia” – stwierdził.',
    expected: [['Słyszeliśmy już wiele obietnic bez pokrycia', 'Jan Nowak', 'statement', 'cue']],
  },
  {
    lang: 'es',
    input: 'Carlos Pérez anunció una huelga. «No vamos a aceptar más promesas vacías» —dijo.',
    expected: [['No vamos a aceptar más promesas vacías', 'Carlos Pérez', 'statement', 'cue']],
  },
  {
    lang: 'it',
    input:
      'Marco Rossi ha annunciato lo sciopero. «Non crediamo più alle promesse del governo», ha aggiunto.',
    expected: [['Non crediamo più alle promesse del governo', 'Marco Rossi', 'statement', 'cue']],
  },
  {
    lang: 'uk',
    input: 'Олена Коваль оголосила страйк. «Ми більше не віримо порожнім обіцянкам влади», — заявила.',
    expected: [['Ми більше не віримо порожнім обіцянкам влади', 'Олена Коваль', 'statement', 'cue']],
  },
  // ... but not across a paragraph, and not when the verb is followed by more than its full stop
  {
    lang: 'pl',
    input: 'Jan Nowak zapowiedział protest.\n„Słyszeliśmy już wiele obietnic bez pokrycia” – stwierdził.',
    expected: [['Słyszeliśmy już wiele obietnic bez pokrycia', undefined, 'statement', 'none']],
  },
  {
    lang: 'pl',
    input:
      'Jan Nowak zapowiedział protest. „Słyszeliśmy już wiele obietnic bez pokrycia” – stwierdził rzecznik związku.',
    expected: [['Słyszeliśmy już wiele obietnic bez pokrycia', 'rzecznik', 'statement', 'cue']],
  },
  // Turkish "diye" + a verb of saying after the quote
  {
    lang: 'tr',
    input: 'Ali Demir, "Önceliğimiz can güvenliği ve çevrenin korunmasıdır" diye konuştu.',
    expected: [['Önceliğimiz can güvenliği ve çevrenin korunmasıdır', 'Ali Demir', 'statement', 'cue']],
  },
  // scare quotes are terms; a far cue does not make them statements
  {
    lang: 'fr',
    input: 'Une “visite de travail” est prévue entre les deux chefs d’État, a annoncé le Kremlin.',
    expected: [['visite de travail', undefined, 'term', 'none']],
  },
  {
    lang: 'fr',
    input: 'Il a dénoncé des tentatives de « déstabilisation » et un « comportement illégal ».',
    expected: [
      ['déstabilisation', undefined, 'term', 'none'],
      ['comportement illégal', undefined, 'term', 'none'],
    ],
  },
  {
    lang: 'de',
    input: 'Die Regierung sprach von einer „Spezialoperation“ im Osten.',
    expected: [['Spezialoperation', undefined, 'term', 'none']],
  },
  // nested quotes stay in the outer one
  {
    lang: 'en',
    input: '“He told me ‘never again’ and then he left the room,” said Mary Jones.',
    expected: [['He told me ‘never again’ and then he left the room,', 'Mary Jones', 'statement', 'cue']],
  },
  {
    lang: 'fr',
    input: '« Il a parlé de “réserve” sans jamais expliquer ce qu’il voulait dire », a dit Paul Martin.',
    expected: [
      [
        'Il a parlé de “réserve” sans jamais expliquer ce qu’il voulait dire',
        'Paul Martin',
        'statement',
        'cue',
      ],
    ],
  },
  // apostrophes are not quotes
  {
    lang: 'en',
    input: "The students' union didn't say anything about the teachers' strike, and that's it.",
    expected: [],
  },
  { lang: 'fr', input: 'L’Union européenne et l’Otan n’ont rien dit aujourd’hui.', expected: [] },
  // attribution lines
  {
    lang: 'en',
    input:
      'The pressure on the opposition is enormous and nobody knows what tomorrow will bring for them. Jane Doe of the Centre for Eastern Studies (CES) John Smith',
    expected: [
      [
        'The pressure on the opposition is enormous and nobody knows what tomorrow will bring for them.',
        'Jane Doe',
        'statement',
        'line',
      ],
    ],
  },
  {
    lang: 'de',
    input:
      'Die Lage ist sehr unsicher und niemand weiß, wie lange das Regime noch durchhalten kann. Anna Berger vom Institut für Osteuropa (IFO)',
    expected: [
      [
        'Die Lage ist sehr unsicher und niemand weiß, wie lange das Regime noch durchhalten kann.',
        'Anna Berger',
        'statement',
        'line',
      ],
    ],
  },
  { lang: 'en', input: 'A short caption. Jane Doe of the Centre for Eastern Studies (CES)', expected: [] },
];

for (const row of ROWS) {
  test(`quotes ${row.lang}: ${row.input.slice(0, 60)}`, () => {
    assert.deepEqual(brief(row.lang, row.input), row.expected);
  });
}

test('ar and zh quotes are attributed to person entities', () => {
  const arBody = 'قال أحمد علي «لن نقبل بهذه الشروط تحت أي ظرف من الظروف».';
  const ent = (name: string, body: string): Entity => {
    const start = body.indexOf(name);
    return {
      name,
      type: 'person',
      key: `k:${name}`,
      mentions: 1,
      variants: [name],
      spans: [{ start, end: start + name.length, text: name, sentence: 0 }],
    };
  };
  const ar = analyzeQuotes(arBody, [], [ent('أحمد علي', arBody)], compiledQuotes('ar')).quotes;
  assert.deepEqual(
    ar.map((q) => [q.speaker, q.speakerKey, q.kind]),
    [['أحمد علي', 'k:أحمد علي', 'statement']],
  );
  const zhBody = '王伟表示：“我们不会接受这样的条件，这是我们的底线。”';
  const zh = analyzeQuotes(zhBody, [], [ent('王伟', zhBody)], compiledQuotes('zh')).quotes;
  assert.deepEqual(
    zh.map((q) => [q.text, q.speaker, q.kind]),
    [['我们不会接受这样的条件，这是我们的底线。', '王伟', 'statement']],
  );
  assert.deepEqual(brief('zh', '所谓「特别行动」已经开始。'), [['特别行动', undefined, 'term', 'none']]);
});

test('an unclosed quote does not swallow the paragraph, the next paragraph or the article', () => {
  const long = 'mot '.repeat(400);
  assert.deepEqual(findMarkedQuotes(`Il a dit « ${long} et puis rien.`), []);
  assert.ok(long.length > MAX_QUOTE_CHARS);
  // Unclosed in paragraph one; paragraph two has its own quote.
  const q = brief(
    'fr',
    'Il a dit « bonjour sans fin.\n« Tout va bien dans le meilleur des mondes », a dit Paul Martin.',
  );
  assert.deepEqual(q, [['Tout va bien dans le meilleur des mondes', 'Paul Martin', 'statement', 'cue']]);
  // A second « before any »: the first was unclosed.
  assert.deepEqual(
    brief('fr', 'Un « oubli puis « une vraie citation assez longue pour compter ici », a dit Paul Martin.'),
    [['une vraie citation assez longue pour compter ici', 'Paul Martin', 'statement', 'cue']],
  );
});

test('offsets point at the quoted text and quotes are sorted by position', () => {
  const body = 'Intro.\n« Un », puis « deux mots ».';
  const qs = analyzeQuotes(body, [], undefined, compiledQuotes('fr')).quotes;
  for (const q of qs) assert.equal(body.slice(q.start, q.end), q.text);
  assert.deepEqual(
    qs.map((q) => q.text),
    ['Un', 'deux mots'],
  );
});

test('the stage reads clean, text, language and entities annotations', () => {
  const body = '« Nous ne céderons pas à la pression », a déclaré M. Durand.';
  const start = body.indexOf('Durand');
  const soFar = {
    clean: { body, embeds: [] },
    language: { lang: 'fr', supported: true, confidence: 1, from: 'declared' as const },
    entities: {
      entities: [
        {
          name: 'Pierre Durand',
          type: 'person' as const,
          key: 'p:durand',
          mentions: 1,
          variants: ['Durand'],
          spans: [{ start, end: start + 6, text: 'Durand', sentence: 0 }],
        },
      ],
    },
  };
  const a = quotesStage.run({ id: 'x', title: '', text: body, origin: 't' }, soFar);
  assert.deepEqual(
    a.quotes.map((q) => [q.speaker, q.speakerKey, q.cue]),
    [['Pierre Durand', 'p:durand', 'déclaré']],
  );
});

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'seeds');

function seedBody(name: string): string {
  const lines = readFileSync(join(SEEDS, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  if (lines[0].startsWith(' date')) lines.shift();
  return lines
    .slice(1)
    .filter((l) => !l.startsWith('—'))
    .join('\n');
}

test(
  'seeds: Shmatsina lines, the ambassador, scare quotes as terms',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  () => {
    const q0 = analyzeQuotes(
      seedBody('000_7a61144dd750e5af.txt'),
      [],
      undefined,
      compiledQuotes('fr'),
    ).quotes;
    const amb = q0.filter((q) => q.speaker === 'Dmitri Mezentsev');
    assert.equal(amb.length, 1);
    assert.equal(amb[0].kind, 'statement');
    assert.ok(q0.filter((q) => q.kind === 'term').length >= 2);
    const q2 = analyzeQuotes(
      seedBody('002_f95a6ceda9409001.txt'),
      [],
      undefined,
      compiledQuotes('fr'),
    ).quotes;
    const lines = q2.filter((q) => q.speaker === 'Katsiaryna Shmatsina');
    assert.ok(lines.length >= 2);
    for (const q of lines) {
      assert.equal(q.attribution, 'line');
      assert.ok(!q.text.includes('Shmatsina') && !q.text.includes('Becchio'));
    }
    assert.ok(q2.filter((q) => q.kind === 'term').length >= 3);
  },
);
