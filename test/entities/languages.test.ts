/**
 * Table tests of the entities stage, three or more fictional rows per language: expected persons,
 * organisations and places (by a surface form as written), and negatives (surface forms that must not be
 * any entity's name or variant).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe as show, entitiesOf, findEntity } from './helpers.ts';

interface Row {
  readonly lang: string;
  readonly text: string;
  readonly title?: string;
  readonly persons?: readonly string[];
  readonly orgs?: readonly string[];
  readonly places?: readonly string[];
  readonly not?: readonly string[];
}

const ROWS: readonly Row[] = [
  // English
  {
    lang: 'en',
    text: 'Prime Minister Laura Bennett met union leaders in Manchester on Friday. Bennett said the talks were useful.',
    persons: ['Laura Bennett', 'Bennett'],
    places: ['Manchester'],
    not: ['Prime Minister Laura Bennett', 'Friday'],
  },
  {
    lang: 'en',
    text: 'The International Monetary Fund cut its forecast. "Growth is slowing," said Marcus Reid, an economist at Halden Capital Group.',
    persons: ['Marcus Reid'],
    orgs: ['International Monetary Fund', 'Halden Capital Group'],
    not: ['Growth', 'The'],
  },
  {
    lang: 'en',
    text: 'However, Mr Ostrowski told reporters in Warsaw that the deal was dead. Nobody in the room disagreed.',
    persons: ['Ostrowski'],
    places: ['Warsaw'],
    not: ['However', 'Nobody'],
  },
  // French
  {
    lang: 'fr',
    text: "Le porte-parole du gouvernement, Hugo Lefranc, a annoncé mardi une réforme. Selon Lefranc, l'Assemblée nationale votera en mars.",
    persons: ['Hugo Lefranc', 'Lefranc'],
    orgs: ['Assemblée nationale'],
    not: ['Selon', 'Le'],
  },
  {
    lang: 'fr',
    text: 'Pendant la réunion à Bruxelles, Mme Garnier a rappelé la position de la Commission européenne. Résultat : aucun accord.',
    persons: ['Garnier'],
    orgs: ['Commission européenne'],
    places: ['Bruxelles'],
    not: ['Pendant', 'Résultat', 'Mme Garnier'],
  },
  {
    lang: 'fr',
    text: "L'Observatoire français des conjonctures économiques (OFCE) prévoit une récession. L'OFCE publie ses chiffres chaque trimestre.",
    orgs: ['Observatoire français des conjonctures économiques', 'OFCE'],
    not: ['Observatoire'],
  },
  // German
  {
    lang: 'de',
    text: 'Außenministerin Katrin Vogel reiste am Montag nach Warschau. Vogel sagte, die Beziehungen seien gut.',
    persons: ['Katrin Vogel', 'Vogel'],
    places: ['Warschau'],
    not: ['Außenministerin Katrin Vogel', 'Montag', 'Beziehungen'],
  },
  {
    lang: 'de',
    text: 'Die Europäische Zentralbank hält die Zinsen stabil. Die Entscheidung fiel nach langer Debatte im Rat.',
    orgs: ['Europäische Zentralbank'],
    not: ['Entscheidung', 'Debatte', 'Die'],
  },
  {
    lang: 'de',
    text: 'Nach Angaben der Polizei wurden in Hamburg drei Menschen verletzt. Ein Sprecher der Feuerwehr bestätigte das.',
    places: ['Hamburg'],
    not: ['Angaben', 'Menschen', 'Sprecher', 'Nach'],
  },
  // Spanish
  {
    lang: 'es',
    text: 'La portavoz del Gobierno, Marta Ibáñez, dijo que el Congreso de los Diputados debatirá la ley. Ibáñez viajará a Sevilla.',
    persons: ['Marta Ibáñez', 'Ibáñez'],
    orgs: ['Congreso de los Diputados'],
    places: ['Sevilla'],
  },
  {
    lang: 'es',
    text: 'Según el Instituto Nacional de Estadística, el paro bajó en Valencia. Sin embargo, los sindicatos protestaron.',
    orgs: ['Instituto Nacional de Estadística'],
    places: ['Valencia'],
    not: ['Según', 'Sin'],
  },
  {
    lang: 'es',
    text: 'El alcalde de Bogotá, Camilo Restrepo, afirmó que el metro estará listo en 2028.',
    persons: ['Camilo Restrepo'],
    places: ['Bogotá'],
    not: ['El'],
  },
  // Italian
  {
    lang: 'it',
    text: 'Il presidente della Regione, Marco Zanetti, ha detto che i fondi arriveranno presto. Zanetti incontrerà i sindaci a Torino.',
    persons: ['Marco Zanetti', 'Zanetti'],
    places: ['Torino'],
  },
  {
    lang: 'it',
    text: "Secondo la Banca d'Italia, l'inflazione scenderà. Tuttavia il governo resta prudente.",
    orgs: ["Banca d'Italia"],
    not: ['Secondo', 'Tuttavia'],
  },
  {
    lang: 'it',
    text: 'La portavoce Chiara Galli ha spiegato che il Comune di Napoli ha chiuso le scuole.',
    persons: ['Chiara Galli'],
    orgs: ['Comune di Napoli'],
    not: ['La'],
  },
  // Portuguese
  {
    lang: 'pt',
    text: 'O ministro da Saúde, Ricardo Tavares, disse que a vacinação começa em maio. Tavares falou em Brasília.',
    persons: ['Ricardo Tavares', 'Tavares'],
    places: ['Brasília'],
  },
  {
    lang: 'pt',
    text: 'O Banco de Portugal reviu as previsões. Segundo o relatório, o crescimento será fraco.',
    orgs: ['Banco de Portugal'],
    not: ['Segundo', 'O'],
  },
  {
    lang: 'pt',
    text: 'A deputada Helena Barros, do Partido Socialista, criticou o orçamento no Porto.',
    persons: ['Helena Barros'],
    orgs: ['Partido Socialista'],
    places: ['Porto'],
  },
  // Dutch
  {
    lang: 'nl',
    text: 'Premier Joost de Wit sprak woensdag in Rotterdam met ondernemers. De Wit zei dat de economie herstelt.',
    persons: ['Joost de Wit'],
    places: ['Rotterdam'],
    not: ['Premier Joost de Wit'],
  },
  {
    lang: 'nl',
    text: 'De Nederlandsche Bank waarschuwt voor hogere prijzen. Volgens de bank blijft de inflatie hoog.',
    orgs: ['Nederlandsche Bank'],
    not: ['Volgens'],
  },
  {
    lang: 'nl',
    text: 'Woordvoerster Eva Smit van de gemeente Amsterdam bevestigde het nieuws.',
    persons: ['Eva Smit'],
    places: ['Amsterdam'],
  },
  // Polish
  {
    lang: 'pl',
    text: 'Minister zdrowia Adam Nowicki powiedział, że szpitale są gotowe. Nowicki był wczoraj w Warszawie.',
    persons: ['Adam Nowicki', 'Nowicki'],
    places: ['Warszawie'],
  },
  {
    lang: 'pl',
    text: 'Narodowy Bank Polski podniósł stopy procentowe. Decyzja zaskoczyła ekonomistów.',
    orgs: ['Narodowy Bank Polski'],
    not: ['Decyzja'],
  },
  {
    lang: 'pl',
    text: 'Rzeczniczka rządu Anna Kwiatkowska przekazała, że premier pojedzie do Berlina.',
    persons: ['Anna Kwiatkowska'],
    places: ['Berlina'],
  },
  // Russian
  {
    lang: 'ru',
    text: 'Пресс-секретарь компании Игорь Белов заявил, что завод в Минске продолжит работу. Белов ответил на вопросы журналистов.',
    persons: ['Игорь Белов', 'Белов'],
    places: ['Минске'],
  },
  {
    lang: 'ru',
    text: 'Центральный банк России сохранил ключевую ставку. Решение объявили в пятницу.',
    orgs: ['Центральный банк'],
    places: ['России'],
    not: ['Решение'],
  },
  {
    lang: 'ru',
    text: 'Министр образования Елена Котова посетила школу в Берлине.',
    persons: ['Елена Котова'],
    places: ['Берлине'],
  },
  // Ukrainian
  {
    lang: 'uk',
    text: 'Речник міністерства Тарас Олійник повідомив, що у Харкові відновили електропостачання. Олійник подякував енергетикам.',
    persons: ['Тарас Олійник', 'Олійник'],
    places: ['Харкові'],
  },
  {
    lang: 'uk',
    text: 'Національний банк України знизив облікову ставку. Рішення набуде чинності в четвер.',
    orgs: ['Національний банк'],
    places: ['України'],
    not: ['Рішення'],
  },
  {
    lang: 'uk',
    text: 'Голова громади Олена Бондар зустрілася з мешканцями у Варшаві.',
    persons: ['Олена Бондар'],
    places: ['Варшаві'],
  },
  // Turkish
  {
    lang: 'tr',
    text: "Dışişleri Bakanı Ayşe Yılmaz, Perşembe günü Berlin'de mevkidaşıyla görüştü. Yılmaz, görüşmenin verimli geçtiğini söyledi.",
    persons: ['Ayşe Yılmaz', 'Yılmaz'],
    places: ['Berlin'],
    not: ['Perşembe', 'Dışişleri Bakanı Ayşe Yılmaz'],
  },
  {
    lang: 'tr',
    text: 'Türkiye Cumhuriyet Merkez Bankası faiz oranını sabit tuttu. Karar piyasalarda olumlu karşılandı.',
    orgs: ['Türkiye Cumhuriyet Merkez Bankası'],
    not: ['Karar'],
  },
  {
    lang: 'tr',
    text: 'İzmir Büyükşehir Belediye Başkanı Kemal Arslan yeni metro hattını açtı.',
    persons: ['Kemal Arslan'],
    places: ['İzmir'],
  },
  // Arabic
  {
    lang: 'ar',
    text: 'قال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات كانت مثمرة. وأضاف ماكرون أن باريس تدعم الحل السياسي.',
    persons: ['إيمانويل ماكرون', 'ماكرون'],
    places: ['باريس'],
  },
  {
    lang: 'ar',
    text: 'أعلنت منظمة الصحة العالمية عن برنامج جديد في القاهرة.',
    orgs: ['منظمة الصحة العالمية'],
    places: ['القاهرة'],
  },
  {
    lang: 'ar',
    text: 'وأكد وزير الخارجية الأردني أيمن الصفدي أن عمان ترحب بالمبادرة.',
    persons: ['أيمن الصفدي'],
    not: ['بالمبادرة'],
  },
  // Chinese
  {
    lang: 'zh',
    text: '俄罗斯总统普京周一在莫斯科会见了来访的客人。普京表示，双方关系良好。',
    persons: ['普京'],
    places: ['俄罗斯', '莫斯科'],
  },
  {
    lang: 'zh',
    text: '外交部发言人林建明说，中方欢迎各方对话。',
    persons: ['林建明'],
    orgs: ['外交部'],
  },
  {
    lang: 'zh',
    text: '德国总理默克尔抵达巴黎，与法国总统会谈。',
    persons: ['默克尔'],
    places: ['德国', '巴黎', '法国'],
  },
];

for (const [i, row] of ROWS.entries()) {
  test(`entities ${row.lang} #${i}: ${row.text.slice(0, 50)}`, () => {
    const ents = entitiesOf(row.lang, row.text, row.title ?? '');
    const msg = `found: ${show(ents)}`;
    for (const s of row.persons ?? [])
      assert.ok(findEntity(ents, s, 'person'), `person ${s} missing; ${msg}`);
    for (const s of row.orgs ?? [])
      assert.ok(findEntity(ents, s, 'organization'), `org ${s} missing; ${msg}`);
    for (const s of row.places ?? []) assert.ok(findEntity(ents, s, 'place'), `place ${s} missing; ${msg}`);
    for (const s of row.not ?? [])
      assert.equal(findEntity(ents, s), undefined, `${s} must not be an entity; ${msg}`);
  });
}
