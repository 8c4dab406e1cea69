/**
 * A small annotated evaluation set for the entities stage: 13 fictional short news articles, one per
 * language, written for this project (no real article text). The gold entities were written down
 * BEFORE the system was run on these articles, and are not tuned afterwards.
 *
 * Gold entries give one surface form as it appears in the text and the type. A gold entity is found when
 * some predicted entity of the same type has that surface among its variants; a predicted entity is
 * correct when it matches some gold entity that way (or its name/variants are a gold surface).
 */
import type { EntityType } from '../../src/core/types.ts';

export interface GoldEntity {
  readonly surface: string;
  readonly type: EntityType;
}

export interface EvalArticle {
  readonly lang: string;
  readonly title: string;
  readonly text: string;
  readonly gold: readonly GoldEntity[];
}

const p = (surface: string): GoldEntity => ({ surface, type: 'person' });
const o = (surface: string): GoldEntity => ({ surface, type: 'organization' });
const l = (surface: string): GoldEntity => ({ surface, type: 'place' });

export const EVAL_SET: readonly EvalArticle[] = [
  {
    lang: 'en',
    title: 'Ministers meet in Vienna over grain deal',
    text:
      'Foreign Minister Karen Holloway arrived in Vienna on Tuesday for talks with her Austrian counterpart. ' +
      'Holloway said the grain agreement could be signed within weeks. The World Food Programme welcomed the ' +
      'news, and a spokesman for the European Commission confirmed the meeting. Analysts at the Brookfield ' +
      'Institute for Trade warned that prices in Egypt and Kenya remain high. "We are close," said Daniel ' +
      'Okafor, a negotiator for the African Union.',
    gold: [
      p('Karen Holloway'),
      l('Vienna'),
      o('World Food Programme'),
      o('European Commission'),
      o('Brookfield Institute for Trade'),
      l('Egypt'),
      l('Kenya'),
      p('Daniel Okafor'),
      o('African Union'),
    ],
  },
  {
    lang: 'fr',
    title: 'Grève à la SNCF : le gouvernement appelle au dialogue',
    text:
      'La ministre des Transports, Élodie Marchand, a appelé lundi les syndicats au dialogue. Selon elle, la ' +
      "grève coûte cher à l'économie française. Le secrétaire général de la CGT, Thomas Berthier, a répondu " +
      "que le mouvement continuerait jusqu'à Noël. À Lyon et à Marseille, de nombreux trains ont été annulés. " +
      'Marchand doit rencontrer mercredi les représentants de la Fédération nationale des usagers des ' +
      'transports (FNAUT).',
    gold: [
      o('SNCF'),
      p('Élodie Marchand'),
      o('CGT'),
      p('Thomas Berthier'),
      l('Lyon'),
      l('Marseille'),
      o('Fédération nationale des usagers des transports'),
    ],
  },
  {
    lang: 'de',
    title: 'Kanzleramt lädt zu Krisengipfel',
    text:
      'Bundeskanzlerin Sabine Kröger hat für Donnerstag die Ministerpräsidenten der Länder nach Berlin ' +
      'eingeladen. Wirtschaftsminister Jonas Albrecht sagte, die Lage sei ernst. Die Deutsche Bundesbank ' +
      'rechnet mit einem Rückgang der Wirtschaftsleistung. Kritik kam von der Opposition: Die Vorsitzende der ' +
      'Grünen, Miriam Sauer, nannte den Gipfel zu spät. Auch in Bayern und Sachsen wächst der Unmut.',
    gold: [
      o('Kanzleramt'),
      p('Sabine Kröger'),
      l('Berlin'),
      p('Jonas Albrecht'),
      o('Deutsche Bundesbank'),
      o('Grünen'),
      p('Miriam Sauer'),
      l('Bayern'),
      l('Sachsen'),
    ],
  },
  {
    lang: 'es',
    title: 'El Gobierno de Chile anuncia nuevas medidas',
    text:
      'El presidente de Chile, Andrés Valdivia, anunció este martes un plan de ayudas para las regiones del ' +
      'sur. La ministra de Hacienda, Carolina Fuentes, explicó que el Banco Central de Chile apoyará la ' +
      'medida. Desde Santiago, el líder de la oposición, Rodrigo Paredes, dijo que el plan llega tarde. La ' +
      'Organización Mundial de la Salud elogió la iniciativa. Valdivia viajará el viernes a Buenos Aires.',
    gold: [
      l('Chile'),
      p('Andrés Valdivia'),
      p('Carolina Fuentes'),
      o('Banco Central de Chile'),
      l('Santiago'),
      p('Rodrigo Paredes'),
      o('Organización Mundial de la Salud'),
      l('Buenos Aires'),
    ],
  },
  {
    lang: 'it',
    title: 'Roma, il sindaco presenta il piano per i trasporti',
    text:
      'Il sindaco di Roma, Lorenzo Ferretti, ha presentato ieri il nuovo piano per i trasporti pubblici. ' +
      'Secondo Ferretti, le prime linee saranno pronte entro il 2026. La Regione Lazio finanzierà metà del ' +
      "progetto, mentre l'Unione europea coprirà il resto. Giulia Bernardi, portavoce del comitato dei " +
      'pendolari, ha detto che i ritardi restano un problema. Il ministro dei Trasporti sarà a Milano venerdì.',
    gold: [
      l('Roma'),
      p('Lorenzo Ferretti'),
      o('Regione Lazio'),
      o('Unione europea'),
      p('Giulia Bernardi'),
      l('Milano'),
    ],
  },
  {
    lang: 'pt',
    title: 'Lisboa recebe cimeira sobre o clima',
    text:
      'O primeiro-ministro português, João Carvalho, abriu nesta segunda-feira em Lisboa uma cimeira sobre o ' +
      'clima. Carvalho afirmou que Portugal quer reduzir as emissões até 2030. A presidente da Comissão ' +
      'Europeia também participou no encontro. Segundo a ativista Beatriz Moura, da associação Terra Viva, as ' +
      'promessas não bastam. Delegações do Brasil e de Angola chegaram ao Porto no domingo.',
    gold: [
      l('Lisboa'),
      p('João Carvalho'),
      l('Portugal'),
      o('Comissão Europeia'),
      p('Beatriz Moura'),
      o('Terra Viva'),
      l('Brasil'),
      l('Angola'),
      l('Porto'),
    ],
  },
  {
    lang: 'nl',
    title: 'Kabinet wil meer geld voor dijken',
    text:
      'Minister Pieter van Dijk van Infrastructuur heeft dinsdag in Den Haag plannen gepresenteerd voor de ' +
      'versterking van de dijken. Volgens Van Dijk is er tien miljard euro nodig. De Nederlandse Vereniging ' +
      'van Waterschappen noemt het bedrag te laag. Woordvoerder Sanne Jansen van Rijkswaterstaat zei dat de ' +
      'eerste werken in Zeeland beginnen. Ook België volgt de plannen met belangstelling.',
    gold: [
      p('Pieter van Dijk'),
      l('Den Haag'),
      o('Nederlandse Vereniging van Waterschappen'),
      p('Sanne Jansen'),
      o('Rijkswaterstaat'),
      l('Zeeland'),
      l('België'),
    ],
  },
  {
    lang: 'pl',
    title: 'Premier spotkał się z rolnikami w Lublinie',
    text:
      'Premier Tomasz Wróblewski spotkał się w sobotę z rolnikami w Lublinie. Wróblewski zapowiedział nowe ' +
      'dopłaty do nawozów. Minister rolnictwa Katarzyna Zielińska powiedziała, że pieniądze trafią do ' +
      'gospodarstw jeszcze w tym roku. Przedstawiciele Krajowej Rady Izb Rolniczych byli zadowoleni. Protesty ' +
      'odbyły się także w Warszawie i Krakowie.',
    gold: [
      l('Lublinie'),
      p('Tomasz Wróblewski'),
      p('Katarzyna Zielińska'),
      o('Krajowej Rady Izb Rolniczych'),
      l('Warszawie'),
      l('Krakowie'),
    ],
  },
  {
    lang: 'ru',
    title: 'Губернатор представил план развития региона',
    text:
      'Губернатор Новосибирской области Андрей Соколов представил в понедельник план развития региона. ' +
      'Соколов заявил, что на строительство дорог выделят пять миллиардов рублей. Министр финансов России ' +
      'Ольга Морозова сообщила, что средства поступят из федерального бюджета. Представители Сбербанка также ' +
      'участвовали в совещании. Следующая встреча пройдёт в Москве.',
    gold: [
      l('Новосибирской области'),
      p('Андрей Соколов'),
      l('России'),
      p('Ольга Морозова'),
      o('Сбербанка'),
      l('Москве'),
    ],
  },
  {
    lang: 'uk',
    title: 'У Львові відкрили новий міст',
    text:
      'Міський голова Львова Остап Гнатюк у середу відкрив новий міст через залізницю. Гнатюк сказав, що ' +
      'будівництво тривало два роки. Кошти на проєкт надав Європейський інвестиційний банк. Міністерка ' +
      "інфраструктури Ірина Коваль зазначила, що подібні мости з'являться в Києві та Одесі. Мешканці Сихова " +
      'давно чекали на цю подію.',
    gold: [
      l('Львова'),
      p('Остап Гнатюк'),
      o('Європейський інвестиційний банк'),
      p('Ірина Коваль'),
      l('Києві'),
      l('Одесі'),
      l('Сихова'),
    ],
  },
  {
    lang: 'tr',
    title: "Ankara'da enerji zirvesi",
    text:
      "Enerji Bakanı Mehmet Aydın, Salı günü Ankara'da düzenlenen zirvede yeni doğalgaz anlaşmasını açıkladı. " +
      'Aydın, anlaşmanın Azerbaycan ile imzalanacağını söyledi. Türkiye Petrolleri Anonim Ortaklığı da ' +
      'projeye katılacak. CHP Milletvekili Elif Demir ise fiyatların yüksek kaldığını belirtti. Zirveye ' +
      "Gürcistan ve Bulgaristan'dan heyetler katıldı.",
    gold: [
      p('Mehmet Aydın'),
      l('Ankara'),
      l('Azerbaycan'),
      o('Türkiye Petrolleri Anonim Ortaklığı'),
      o('CHP'),
      p('Elif Demir'),
      l('Gürcistan'),
      l('Bulgaristan'),
    ],
  },
  {
    lang: 'ar',
    title: 'وزير الخارجية المصري يزور عمان',
    text:
      'وصل وزير الخارجية المصري سامح عبد الرحمن إلى عمان يوم الاثنين في زيارة رسمية. وقال عبد الرحمن إن ' +
      'البلدين يعملان على تعزيز التعاون الاقتصادي. والتقى الوزير بالعاهل الأردني. وأعلنت جامعة الدول العربية ' +
      'دعمها للمحادثات. وقال المتحدث باسم الحكومة الأردنية خالد النمري إن الزيارة ناجحة.',
    gold: [p('سامح عبد الرحمن'), l('عمان'), o('جامعة الدول العربية'), p('خالد النمري')],
  },
  {
    lang: 'zh',
    title: '法国总统马克龙访问北京',
    text:
      '法国总统马克龙周三抵达北京，开始为期三天的国事访问。外交部发言人王磊表示，双方将签署多项合作协议。' +
      '马克龙说，法国希望加强与中国的经贸关系。欧盟也关注此次访问。据新华社报道，两国领导人还将讨论气候变化问题。',
    gold: [l('法国'), p('马克龙'), l('北京'), o('外交部'), p('王磊'), l('中国'), o('欧盟'), o('新华社')],
  },
];
