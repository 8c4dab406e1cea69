/**
 * Real names written in many languages and scripts, grouped by the real-world entity they denote, and
 * pairs of different entities with similar names. The evaluation (`scripts/eval-keys.ts`) and the key
 * tests read this table: a pair of names from one group should get equal keys, names from different
 * groups and the explicit negative pairs should not.
 *
 * Format of a group line: `lang Name | lang Name | ...` (lang = ISO 639-1 of the press that writes it so).
 * Names are public facts; the table was written by hand for this project.
 *
 * About 30% of the groups are held out (chosen by a hash of the label, see {@link isHeldOut}); the rules
 * in src/core/keys were designed looking at the development part only, and figures are reported on both.
 */
import type { EntityType } from '../../src/core/types.ts';

export interface NameVariant {
  readonly lang: string;
  readonly name: string;
}

export interface NameGroup {
  /** English label of the entity, unique in the table. */
  readonly label: string;
  readonly type: EntityType;
  readonly names: readonly NameVariant[];
}

export interface NegativePair {
  readonly type: EntityType;
  readonly a: NameVariant;
  readonly b: NameVariant;
  /** Why these are different entities. */
  readonly why: string;
}

function parseVariants(spec: string): NameVariant[] {
  return spec
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const sp = s.indexOf(' ');
      return { lang: s.slice(0, sp), name: s.slice(sp + 1).trim() };
    });
}

const groups: NameGroup[] = [];
const p = (label: string, spec: string): void =>
  void groups.push({ label, type: 'person', names: parseVariants(spec) });
const l = (label: string, spec: string): void =>
  void groups.push({ label, type: 'place', names: parseVariants(spec) });
const o = (label: string, spec: string): void =>
  void groups.push({ label, type: 'organization', names: parseVariants(spec) });

// ---------------------------------------------------------------- people: Russia, Belarus, Ukraine, Caucasus
p(
  'Vladimir Putin',
  `en Vladimir Putin | fr Vladimir Poutine | fr Poutine | de Wladimir Putin | pl Władimir Putin |
  pl Putinem | pl Putina | ru Владимир Путин | ru Путиным | ru Путину | uk Володимир Путін | tr Putin'in |
  tr Vladimir Putin | es Vladímir Putin | it Vladimir Putin | nl Vladimir Poetin | pt Vladimir Putin |
  ar فلاديمير بوتين | ar بوتين | zh 普京`,
);
p(
  'Alexander Lukashenko',
  `en Alexander Lukashenko | fr Alexandre Loukachenko | fr Loukachenko |
  de Alexander Lukaschenko | pl Aleksander Łukaszenka | pl Łukaszenki | pl Łukaszence | ru Александр Лукашенко |
  be Аляксандр Лукашэнка | uk Олександр Лукашенко | tr Aleksandr Lukaşenko | tr Lukaşenko'ya |
  es Alexandr Lukashenko | it Aleksandr Lukashenko | nl Aleksandr Loekasjenko | pt Alexander Lukashenko |
  ar ألكسندر لوكاشينكو | zh 卢卡申科`,
);
p(
  'Volodymyr Zelensky',
  `en Volodymyr Zelenskyy | en Zelensky | fr Volodymyr Zelensky | de Wolodymyr Selenskyj |
  pl Wołodymyr Zełenski | ru Владимир Зеленский | uk Володимир Зеленський | tr Zelenskiy | es Volodímir Zelenski |
  it Zelensky | nl Zelensky | ar زيلينسكي | zh 泽连斯基`,
);
p(
  'Mikhail Gorbachev',
  `en Mikhail Gorbachev | fr Mikhaïl Gorbatchev | de Michail Gorbatschow | pl Michaił Gorbaczow |
  ru Михаил Горбачёв | ru Горбачев | es Mijaíl Gorbachov | it Michail Gorbačëv | tr Mihail Gorbaçov |
  nl Michail Gorbatsjov | pt Mikhail Gorbachev | ar ميخائيل غورباتشوف | zh 戈尔巴乔夫`,
);
p(
  'Nikita Khrushchev',
  `en Nikita Khrushchev | fr Nikita Khrouchtchev | de Nikita Chruschtschow | pl Nikita Chruszczow |
  ru Никита Хрущёв | es Nikita Jrushchov | it Nikita Chruščëv | tr Nikita Kruşçev | nl Nikita Chroesjtsjov |
  uk Микита Хрущов`,
);
p(
  'Alexei Navalny',
  `en Alexei Navalny | en Navalnyi | fr Alexeï Navalny | de Alexej Nawalny | pl Aleksiej Nawalny |
  ru Алексей Навальный | ru Навального | es Alexéi Navalni | it Aleksej Naval'nyj | tr Aleksey Navalny |
  nl Aleksej Navalny | uk Олексій Навальний | ar أليكسي نافالني | zh 纳瓦尔尼`,
);
p(
  'Dmitry Medvedev',
  `en Dmitry Medvedev | fr Dmitri Medvedev | de Dmitri Medwedew | pl Dmitrij Miedwiediew |
  ru Дмитрий Медведев | es Dmitri Medvédev | it Dmitrij Medvedev | tr Dmitriy Medvedev | nl Dmitri Medvedev |
  uk Дмитро Медведєв`,
);
p(
  'Sviatlana Tsikhanouskaya',
  `en Sviatlana Tsikhanouskaya | en Svetlana Tikhanovskaya | fr Svetlana Tikhanovskaïa |
  de Swetlana Tichanowskaja | pl Swiatłana Cichanouska | ru Светлана Тихановская | be Святлана Ціханоўская |
  es Svetlana Tijanóvskaya | it Svetlana Tikhanovskaja | tr Svetlana Tihanovskaya | nl Svetlana Tichanovskaja`,
);
p(
  'Sergei Shoigu',
  `en Sergei Shoigu | fr Sergueï Choïgou | de Sergei Schoigu | pl Siergiej Szojgu | ru Сергей Шойгу |
  es Serguéi Shoigú | it Sergej Šojgu | tr Sergey Şoygu | nl Sergej Sjojgoe`,
);
p(
  'Sergei Lavrov',
  `en Sergei Lavrov | fr Sergueï Lavrov | de Sergej Lawrow | pl Siergiej Ławrow | ru Сергей Лавров |
  ru Лаврова | es Serguéi Lavrov | tr Sergey Lavrov | uk Сергій Лавров | ar سيرغي لافروف | zh 拉夫罗夫`,
);
p(
  'Mikhail Mishustin',
  `en Mikhail Mishustin | fr Mikhaïl Michoustine | de Michail Mischustin | pl Michaił Miszustin |
  ru Михаил Мишустин | es Mijaíl Mishustin | tr Mihail Mişustin | nl Michail Misjoestin`,
);
p(
  'Dmitry Mezentsev',
  `en Dmitry Mezentsev | fr Dmitri Mezentsev | de Dmitri Mesenzew | pl Dmitrij Miezencew |
  ru Дмитрий Мезенцев`,
);
p(
  'Vladimir Zhirinovsky',
  `en Vladimir Zhirinovsky | fr Vladimir Jirinovski | de Wladimir Schirinowski |
  pl Władimir Żyrinowski | ru Владимир Жириновский | es Vladímir Zhirinovski | it Vladimir Žirinovskij |
  tr Vladimir Jirinovski`,
);
p(
  'Boris Yeltsin',
  `en Boris Yeltsin | fr Boris Eltsine | de Boris Jelzin | pl Borys Jelcyn | ru Борис Ельцин |
  es Borís Yeltsin | it Boris El'cin | tr Boris Yeltsin | nl Boris Jeltsin`,
);
p(
  'Leonid Brezhnev',
  `en Leonid Brezhnev | fr Léonid Brejnev | de Leonid Breschnew | pl Leonid Breżniew |
  ru Леонид Брежнев | es Leonid Brézhnev | it Leonid Brežnev | tr Leonid Brejnev | nl Leonid Brezjnev`,
);
p(
  'Joseph Stalin',
  `en Joseph Stalin | fr Joseph Staline | de Josef Stalin | pl Józef Stalin | ru Иосиф Сталин |
  es Iósif Stalin | it Stalin | tr Josef Stalin | ar ستالين | zh 斯大林`,
);
p('Vladimir Lenin', `en Lenin | fr Lénine | ru Ленин | pl Lenin | de Lenin | tr Lenin | ar لينين | zh 列宁`);
p(
  'Yevgeny Prigozhin',
  `en Yevgeny Prigozhin | fr Evgueni Prigojine | de Jewgeni Prigoschin | pl Jewgienij Prigożyn |
  ru Евгений Пригожин | es Yevgueni Prigozhin | it Evgenij Prigožin | tr Yevgeni Prigojin`,
);
p(
  'Vitali Klitschko',
  `en Vitali Klitschko | uk Віталій Кличко | ru Виталий Кличко | fr Vitali Klitschko |
  pl Witalij Kliczko | tr Vitali Kliçko | de Vitali Klitschko`,
);
p(
  'Petro Poroshenko',
  `en Petro Poroshenko | fr Petro Porochenko | de Petro Poroschenko | pl Petro Poroszenko |
  uk Петро Порошенко | ru Пётр Порошенко | tr Petro Poroşenko | nl Petro Porosjenko`,
);
p(
  'Yulia Tymoshenko',
  `en Yulia Tymoshenko | fr Ioulia Timochenko | de Julija Tymoschenko | pl Julia Tymoszenko |
  uk Юлія Тимошенко | ru Юлия Тимошенко | es Yulia Timoshenko | it Julija Tymošenko`,
);
p(
  'Viktor Yanukovych',
  `en Viktor Yanukovych | fr Viktor Ianoukovitch | de Wiktor Janukowytsch | pl Wiktor Janukowycz |
  uk Віктор Янукович | ru Виктор Янукович | es Víktor Yanukóvich | tr Viktor Yanukoviç | nl Viktor Janoekovytsj`,
);
p(
  'Dmytro Kuleba',
  `en Dmytro Kuleba | fr Dmytro Kouleba | de Dmytro Kuleba | pl Dmytro Kułeba | uk Дмитро Кулеба |
  ru Дмитрий Кулеба`,
);
p(
  'Maria Zakharova',
  `en Maria Zakharova | fr Maria Zakharova | de Marija Sacharowa | pl Maria Zacharowa |
  ru Мария Захарова | es María Zajárova | tr Mariya Zaharova`,
);
p(
  'Dmitry Peskov',
  `en Dmitry Peskov | fr Dmitri Peskov | de Dmitri Peskow | pl Dmitrij Pieskow | ru Дмитрий Песков |
  tr Dmitriy Peskov`,
);
p(
  'Ramzan Kadyrov',
  `en Ramzan Kadyrov | fr Ramzan Kadyrov | de Ramsan Kadyrow | pl Ramzan Kadyrow | ru Рамзан Кадыров |
  tr Ramazan Kadirov | ar رمضان قديروف`,
);
p(
  'Valery Gerasimov',
  `en Valery Gerasimov | fr Valeri Guerassimov | de Waleri Gerassimow | pl Walerij Gierasimow |
  ru Валерий Герасимов`,
);
p(
  'Sergei Sobyanin',
  `en Sergei Sobyanin | fr Sergueï Sobianine | de Sergej Sobjanin | pl Siergiej Sobianin |
  ru Сергей Собянин`,
);
p(
  'Mikheil Saakashvili',
  `en Mikheil Saakashvili | fr Mikheil Saakachvili | de Micheil Saakaschwili |
  pl Micheil Saakaszwili | ru Михаил Саакашвили | uk Міхеіл Саакашвілі | tr Mihail Saakaşvili`,
);
p(
  'Nursultan Nazarbayev',
  `en Nursultan Nazarbayev | fr Noursoultan Nazarbaïev | de Nursultan Nasarbajew |
  pl Nursułtan Nazarbajew | ru Нурсултан Назарбаев | tr Nursultan Nazarbayev | es Nursultán Nazarbáyev`,
);
p(
  'Ilham Aliyev',
  `en Ilham Aliyev | fr Ilham Aliev | de Ilham Alijew | pl Ilham Alijew | ru Ильхам Алиев |
  tr İlham Aliyev`,
);
p(
  'Nikol Pashinyan',
  `en Nikol Pashinyan | fr Nikol Pachinian | de Nikol Paschinjan | pl Nikol Paszynian |
  ru Никол Пашинян | tr Nikol Paşinyan`,
);
p(
  'Anna Politkovskaya',
  `en Anna Politkovskaya | fr Anna Politkovskaïa | de Anna Politkowskaja | pl Anna Politkowska |
  ru Анна Политковская | es Anna Politkóvskaya | it Anna Politkovskaja`,
);
p(
  'Dmitry Muratov',
  `en Dmitry Muratov | fr Dmitri Mouratov | de Dmitri Muratow | pl Dmitrij Muratow |
  ru Дмитрий Муратов`,
);
p(
  'Roman Protasevich',
  `en Roman Protasevich | fr Roman Protassevitch | de Roman Protassewitsch |
  pl Raman Pratasiewicz | ru Роман Протасевич | be Раман Пратасевіч`,
);
p(
  'Maria Kolesnikova',
  `en Maria Kalesnikava | en Maria Kolesnikova | fr Maria Kolesnikova | de Maria Kolesnikowa |
  pl Maria Kalesnikawa | ru Мария Колесникова | be Марыя Калеснікава`,
);
p(
  'Katsiaryna Shmatsina',
  `en Katsiaryna Shmatsina | fr Katsiaryna Shmatsina | ru Екатерина Шмацина |
  be Кацярына Шмаціна`,
);
p(
  'Stepan Bandera',
  `uk Степан Бандера | en Stepan Bandera | pl Stepan Bandera | de Stepan Bandera | ru Степан Бандера`,
);
p('Ilya Yashin', `en Ilya Yashin | fr Ilia Iachine | de Ilja Jaschin | pl Ilja Jaszyn | ru Илья Яшин`);
p(
  'Vladimir Kara-Murza',
  `en Vladimir Kara-Murza | fr Vladimir Kara-Mourza | de Wladimir Kara-Mursa |
  ru Владимир Кара-Мурза | pl Władimir Kara-Murza`,
);
p(
  'Oleksii Reznikov',
  `uk Олексій Резніков | en Oleksii Reznikov | ru Алексей Резников | de Olexij Resnikow |
  fr Oleksiï Reznikov | pl Ołeksij Reznikow`,
);
p(
  'Valerii Zaluzhnyi',
  `en Valerii Zaluzhnyi | en Valery Zaluzhny | uk Валерій Залужний | fr Valeri Zaloujny |
  de Walerij Saluschnyj | pl Wałerij Załużny | ru Валерий Залужный`,
);
p(
  'Denys Shmyhal',
  `en Denys Shmyhal | uk Денис Шмигаль | ru Денис Шмыгаль | fr Denys Chmyhal | de Denys Schmyhal |
  pl Denys Szmyhal`,
);
p(
  'Andriy Yermak',
  `en Andriy Yermak | uk Андрій Єрмак | ru Андрей Ермак | fr Andriï Iermak | de Andrij Jermak |
  pl Andrij Jermak`,
);
p(
  'Alexander Dugin',
  `en Alexander Dugin | ru Александр Дугин | fr Alexandre Douguine | de Alexander Dugin |
  pl Aleksandr Dugin`,
);
p('Vassily Nebenzia', `en Vassily Nebenzia | ru Василий Небензя | fr Vassili Nebenzia | de Wassili Nebensja`);
p(
  'Evan Gershkovich',
  `en Evan Gershkovich | ru Эван Гершкович | fr Evan Gershkovich | de Evan Gershkovich |
  pl Evan Gershkovich`,
);

// ---------------------------------------------------------------- people: Americas, Western Europe
p(
  'Donald Trump',
  `en Donald Trump | ru Дональд Трамп | uk Дональд Трамп | tr Trump'ın | de Donald Trump | pl Trumpa |
  pl Trumpem | ar دونالد ترامب | zh 特朗普 | zh 唐纳德·特朗普`,
);
p(
  'Joe Biden',
  `en Joe Biden | ru Джо Байден | uk Джо Байден | tr Biden'ın | pl Joe Biden | pl Bidena | ar جو بايدن |
  zh 拜登`,
);
p(
  'Barack Obama',
  `en Barack Obama | ru Барак Обама | tr Obama'nın | pl Obamy | de Barack Obama | ar باراك أوباما |
  zh 奥巴马`,
);
p(
  'Hillary Clinton',
  `en Hillary Clinton | ru Хиллари Клинтон | fr Hillary Clinton | ar هيلاري كلينتون |
  zh 希拉里·克林顿`,
);
p('Kamala Harris', `en Kamala Harris | ru Камала Харрис | fr Kamala Harris | ar كامالا هاريس | zh 哈里斯`);
p(
  'Antony Blinken',
  `en Antony Blinken | ru Энтони Блинкен | de Antony Blinken | ar أنتوني بلينكن | zh 布林肯`,
);
p('Elon Musk', `en Elon Musk | ru Илон Маск | de Elon Musk | tr Elon Musk'ın | ar إيلون ماسك | zh 马斯克`);
p(
  'Mark Zuckerberg',
  `en Mark Zuckerberg | ru Марк Цукерберг | de Mark Zuckerberg | ar مارك زوكربيرغ | zh 扎克伯格`,
);
p('Jeff Bezos', `en Jeff Bezos | ru Джефф Безос | ar جيف بيزوس | zh 贝索斯 | fr Jeff Bezos`);
p(
  'Julian Assange',
  `en Julian Assange | ru Джулиан Ассанж | fr Julian Assange | de Julian Assange |
  ar جوليان أسانج | zh 阿桑奇`,
);
p(
  'Edward Snowden',
  `en Edward Snowden | ru Эдвард Сноуден | de Edward Snowden | ar إدوارد سنودن | zh 斯诺登`,
);
p('Seymour Hersh', `en Seymour Hersh | ru Сеймур Херш | fr Seymour Hersh | de Seymour Hersh`);
p('Justin Trudeau', `en Justin Trudeau | fr Justin Trudeau | ru Джастин Трюдо | ar جاستن ترودو | zh 特鲁多`);
p(
  'Jair Bolsonaro',
  `pt Jair Bolsonaro | ru Жаир Болсонару | es Jair Bolsonaro | ar جايير بولسونارو | zh 博索纳罗`,
);
p(
  'Lula da Silva',
  `pt Luiz Inácio Lula da Silva | pt Lula | en Lula da Silva | ru Луис Инасиу Лула да Силва |
  fr Lula`,
);
p(
  'Nicolás Maduro',
  `es Nicolás Maduro | ru Николас Мадуро | fr Nicolas Maduro | ar نيكولاس مادورو | zh 马杜罗`,
);
p(
  'Hugo Chávez',
  `es Hugo Chávez | en Hugo Chavez | ru Уго Чавес | fr Hugo Chávez | pl Hugo Chávez |
  ar هوغو تشافيز`,
);
p('Fidel Castro', `es Fidel Castro | ru Фидель Кастро | en Fidel Castro | ar فيدل كاسترو | zh 卡斯特罗`);
p('Javier Milei', `es Javier Milei | ru Хавьер Милей | fr Javier Milei | zh 米莱`);
p('López Obrador', `es Andrés Manuel López Obrador | en Lopez Obrador | ru Андрес Мануэль Лопес Обрадор`);
p('Pedro Sánchez', `es Pedro Sánchez | ru Педро Санчес | fr Pedro Sanchez | ar بيدرو سانشيز`);
p(
  'Giorgia Meloni',
  `it Giorgia Meloni | ru Джорджа Мелони | de Giorgia Meloni | ar جورجيا ميلوني | zh 梅洛尼`,
);
p(
  'Silvio Berlusconi',
  `it Silvio Berlusconi | ru Сильвио Берлускони | pl Silvio Berlusconi |
  ar سيلفيو برلسكوني | zh 贝卢斯科尼`,
);
p('Mario Draghi', `it Mario Draghi | ru Марио Драги | fr Mario Draghi | ar ماريو دراغي`);
p(
  'Emmanuel Macron',
  `fr Emmanuel Macron | ru Эммануэль Макрон | uk Емманюель Макрон | de Macron |
  pl Emmanuel Macron | tr Macron'un | ar إيمانويل ماكرون | zh 马克龙`,
);
p(
  'Angela Merkel',
  `de Angela Merkel | ru Ангела Меркель | uk Ангела Меркель | tr Merkel | pl Merkel |
  fr Angela Merkel | ar أنغيلا ميركل | zh 默克尔`,
);
p(
  'Olaf Scholz',
  `de Olaf Scholz | ru Олаф Шольц | uk Олаф Шольц | pl Olaf Scholz | tr Scholz | ar أولاف شولتس |
  zh 朔尔茨`,
);
p(
  'Frank-Walter Steinmeier',
  `de Frank-Walter Steinmeier | ru Франк-Вальтер Штайнмайер | pl Frank-Walter Steinmeier |
  uk Штайнмаєр`,
);
p(
  'Gerhard Schröder',
  `de Gerhard Schröder | en Gerhard Schroeder | ru Герхард Шрёдер | fr Gerhard Schröder |
  pl Gerhard Schröder`,
);
p('Helmut Kohl', `de Helmut Kohl | ru Гельмут Коль | fr Helmut Kohl | pl Helmut Kohl`);
p(
  'Friedrich Merz',
  `de Friedrich Merz | ru Фридрих Мерц | pl Friedrich Merz | fr Friedrich Merz | ar فريدريش ميرتس`,
);
p(
  'Annalena Baerbock',
  `de Annalena Baerbock | ru Анналена Бербок | pl Annalena Baerbock | fr Annalena Baerbock`,
);
p('Boris Johnson', `en Boris Johnson | ru Борис Джонсон | fr Boris Johnson | ar بوريس جونسون | zh 约翰逊`);
p('Rishi Sunak', `en Rishi Sunak | ru Риши Сунак | ar ريشي سوناك | zh 苏纳克`);
p('Keir Starmer', `en Keir Starmer | ru Кир Стармер | ar كير ستارمر | fr Keir Starmer`);
p(
  'Ursula von der Leyen',
  `de Ursula von der Leyen | en Ursula von der Leyen | ru Урсула фон дер Ляйен |
  pl Ursula von der Leyen | fr Ursula von der Leyen | tr Ursula von der Leyen | ar أورسولا فون دير لاين |
  zh 冯德莱恩`,
);
p(
  'Charles Michel',
  `fr Charles Michel | ru Шарль Мишель | de Charles Michel | pl Charles Michel | en Charles Michel`,
);
p(
  'Jens Stoltenberg',
  `en Jens Stoltenberg | ru Йенс Столтенберг | de Jens Stoltenberg | pl Jens Stoltenberg |
  ar ينس ستولتنبرغ | zh 斯托尔滕贝格`,
);
p(
  'António Guterres',
  `pt António Guterres | en Antonio Guterres | ru Антониу Гутерриш | fr Antonio Guterres |
  de António Guterres | tr Antonio Guterres | ar أنطونيو غوتيريش | zh 古特雷斯`,
);
p('Mark Rutte', `nl Mark Rutte | ru Марк Рютте | de Mark Rutte | ar مارك روته`);
p(
  'Jean-Luc Mélenchon',
  `fr Jean-Luc Mélenchon | ru Жан-Люк Меланшон | de Jean-Luc Mélenchon |
  en Jean-Luc Melenchon`,
);
p(
  'Marine Le Pen',
  `fr Marine Le Pen | ru Марин Ле Пен | de Marine Le Pen | pl Marine Le Pen | en Le Pen |
  ar مارين لوبان`,
);
p(
  'Nicolas Sarkozy',
  `fr Nicolas Sarkozy | ru Николя Саркози | de Nicolas Sarkozy | pl Nicolas Sarkozy |
  tr Sarkozy'nin | ar نيكولا ساركوزي | zh 萨科齐`,
);
p(
  'François Hollande',
  `fr François Hollande | ru Франсуа Олланд | en Francois Hollande | ar فرانسوا هولاند |
  zh 奥朗德`,
);
p('Jacques Chirac', `fr Jacques Chirac | ru Жак Ширак | de Jacques Chirac | ar جاك شيراك | zh 希拉克`);
p(
  'Charles de Gaulle',
  `fr Charles de Gaulle | ru Шарль де Голль | de Charles de Gaulle | en de Gaulle |
  ar شارل ديغول | zh 戴高乐`,
);
p(
  'Viktor Orbán',
  `en Viktor Orban | ru Виктор Орбан | de Viktor Orbán | pl Wiktor Orbán | tr Viktor Orban |
  ar فيكتور أوربان | zh 欧尔班`,
);
p(
  'Andrzej Duda',
  `pl Andrzej Duda | pl Dudy | pl Dudą | ru Анджей Дуда | uk Анджей Дуда | en Andrzej Duda |
  de Andrzej Duda`,
);
p('Donald Tusk', `pl Donald Tusk | pl Tuska | ru Дональд Туск | en Donald Tusk | de Donald Tusk`);
p('Lech Wałęsa', `pl Lech Wałęsa | en Lech Walesa | ru Лех Валенса | fr Lech Walesa | de Lech Wałęsa`);
p(
  'Jarosław Kaczyński',
  `pl Jarosław Kaczyński | en Jaroslaw Kaczynski | ru Ярослав Качиньский |
  de Jarosław Kaczyński | fr Jaroslaw Kaczynski`,
);
p(
  'Greta Thunberg',
  `sv Greta Thunberg | ru Грета Тунберг | de Greta Thunberg | fr Greta Thunberg |
  ar غريتا تونبري | zh 格蕾塔·通贝里`,
);
p(
  'Daphne Caruana Galizia',
  `en Daphne Caruana Galizia | ru Дафна Каруана Галиция | fr Daphne Caruana Galizia |
  de Daphne Caruana Galizia`,
);
p('Ján Kuciak', `sk Ján Kuciak | en Jan Kuciak | ru Ян Куцяк | de Ján Kuciak`);

// ---------------------------------------------------------------- people: Middle East, Turkey
p(
  'Recep Tayyip Erdoğan',
  `tr Recep Tayyip Erdoğan | en Recep Tayyip Erdogan | fr Erdogan | de Erdoğan |
  ru Реджеп Тайип Эрдоган | uk Ердоган | pl Recep Tayyip Erdoğan | ar رجب طيب أردوغان | ar أردوغان | zh 埃尔多安`,
);
p(
  'Kemal Kılıçdaroğlu',
  `tr Kemal Kılıçdaroğlu | en Kemal Kilicdaroglu | ru Кемаль Кылычдароглу |
  de Kemal Kılıçdaroğlu | fr Kemal Kiliçdaroglu`,
);
p(
  'Mevlüt Çavuşoğlu',
  `tr Mevlüt Çavuşoğlu | en Mevlut Cavusoglu | ru Мевлют Чавушоглу | de Mevlüt Çavuşoğlu |
  fr Mevlüt Cavusoglu | ar مولود جاويش أوغلو`,
);
p('Hakan Fidan', `tr Hakan Fidan | ru Хакан Фидан | en Hakan Fidan | ar هاكان فيدان`);
p(
  'Ekrem İmamoğlu',
  `tr Ekrem İmamoğlu | en Ekrem Imamoglu | ru Экрем Имамоглу | de Ekrem İmamoğlu |
  fr Ekrem Imamoglu | ar أكرم إمام أوغلو`,
);
p(
  'Mustafa Kemal Atatürk',
  `tr Mustafa Kemal Atatürk | ru Мустафа Кемаль Ататюрк | en Ataturk | fr Atatürk |
  ar مصطفى كمال أتاتورك`,
);
p(
  'Fethullah Gülen',
  `tr Fethullah Gülen | en Fethullah Gulen | ru Фетхуллах Гюлен | de Fethullah Gülen |
  ar فتح الله غولن`,
);
p(
  'Abdullah Öcalan',
  `tr Abdullah Öcalan | en Abdullah Ocalan | ru Абдулла Оджалан | de Abdullah Öcalan |
  fr Abdullah Öcalan`,
);
p(
  'Benjamin Netanyahu',
  `en Benjamin Netanyahu | fr Benyamin Netanyahou | de Benjamin Netanjahu |
  pl Binjamin Netanjahu | ru Биньямин Нетаньяху | tr Binyamin Netanyahu | es Benjamín Netanyahu |
  nl Benjamin Netanyahu | ar بنيامين نتنياهو | zh 内塔尼亚胡`,
);
p(
  'Mahmoud Abbas',
  `en Mahmoud Abbas | fr Mahmoud Abbas | de Mahmud Abbas | ru Махмуд Аббас | tr Mahmud Abbas |
  ar محمود عباس`,
);
p(
  'Bashar al-Assad',
  `en Bashar al-Assad | fr Bachar al-Assad | de Baschar al-Assad | pl Baszar al-Asad |
  ru Башар Асад | tr Beşşar Esad | es Bashar al Asad | it Bashar al-Assad | ar بشار الأسد`,
);
p(
  'Hassan Rouhani',
  `en Hassan Rouhani | fr Hassan Rohani | de Hassan Ruhani | pl Hasan Rowhani | ru Хасан Роухани |
  tr Hasan Ruhani | ar حسن روحاني`,
);
p(
  'Ali Khamenei',
  `en Ali Khamenei | fr Ali Khamenei | de Ali Chamenei | pl Ali Chamenei | ru Али Хаменеи |
  tr Ali Hamaney | es Alí Jamenei | ar علي خامنئي`,
);
p(
  'Ebrahim Raisi',
  `en Ebrahim Raisi | fr Ebrahim Raïssi | de Ebrahim Raisi | ru Эбрахим Раиси | tr İbrahim Reisi |
  ar إبراهيم رئيسي`,
);
p(
  'Mohammed bin Salman',
  `en Mohammed bin Salman | fr Mohammed ben Salmane | de Mohammed bin Salman |
  ru Мухаммед бен Сальман | tr Muhammed bin Selman | ar محمد بن سلمان`,
);
p(
  'Abdel Fattah al-Sisi',
  `en Abdel Fattah al-Sisi | fr Abdel Fattah al-Sissi | de Abdel Fattah al-Sisi |
  ru Абдель Фаттах ас-Сиси | tr Abdulfettah es-Sisi | es Abdelfatah al Sisi | ar عبد الفتاح السيسي`,
);
p(
  'Muammar Gaddafi',
  `en Muammar Gaddafi | en Qaddafi | fr Mouammar Kadhafi | de Muammar al-Gaddafi |
  pl Muammar Kaddafi | ru Муаммар Каддафи | tr Muammer Kaddafi | es Muamar el Gadafi | it Muammar Gheddafi |
  ar معمر القذافي`,
);
p(
  'Saddam Hussein',
  `en Saddam Hussein | fr Saddam Hussein | de Saddam Hussein | pl Saddam Husajn | ru Саддам Хусейн |
  tr Saddam Hüseyin | es Sadam Husein | ar صدام حسين`,
);
p(
  'Osama bin Laden',
  `en Osama bin Laden | fr Oussama ben Laden | de Osama bin Laden | pl Osama bin Laden |
  ru Усама бен Ладен | tr Usame bin Ladin | es Osama bin Laden | ar أسامة بن لادن`,
);
p(
  'Yasser Arafat',
  `en Yasser Arafat | fr Yasser Arafat | de Jassir Arafat | pl Jasir Arafat | ru Ясир Арафат |
  tr Yaser Arafat | ar ياسر عرفات`,
);
p(
  'Hassan Nasrallah',
  `en Hassan Nasrallah | fr Hassan Nasrallah | de Hassan Nasrallah | pl Hasan Nasr Allah |
  ru Хасан Насралла | tr Hasan Nasrallah | ar حسن نصر الله`,
);
p(
  'Ismail Haniyeh',
  `en Ismail Haniyeh | fr Ismaïl Haniyeh | de Ismail Hanija | pl Isma'il Hanijja | ru Исмаил Хания |
  tr İsmail Haniye | ar إسماعيل هنية`,
);
p(
  'Jamal Khashoggi',
  `en Jamal Khashoggi | fr Jamal Khashoggi | de Jamal Khashoggi | ru Джамаль Хашогги |
  tr Cemal Kaşıkçı | es Jamal Khashoggi | ar جمال خاشقجي | zh 卡舒吉`,
);
p(
  'Shireen Abu Akleh',
  `en Shireen Abu Akleh | fr Shireen Abu Akleh | de Shireen Abu Akleh | ar شيرين أبو عاقلة`,
);

// ---------------------------------------------------------------- people: Asia, Africa
p(
  'Xi Jinping',
  `en Xi Jinping | fr Xi Jinping | de Xi Jinping | pl Xi Jinping | ru Си Цзиньпин | uk Сі Цзіньпін |
  tr Şi Cinping | ar شي جين بينغ | zh 习近平`,
);
p(
  'Mao Zedong',
  `en Mao Zedong | en Mao Tse-tung | fr Mao Zedong | de Mao Zedong | tr Mao Zedong | ru Мао Цзэдун |
  zh 毛泽东`,
);
p('Li Qiang', `en Li Qiang | ru Ли Цян | zh 李强`);
p('Wang Yi', `en Wang Yi | ru Ван И | zh 王毅`);
p('Deng Xiaoping', `en Deng Xiaoping | fr Deng Xiaoping | ru Дэн Сяопин | zh 邓小平`);
p('Hu Jintao', `en Hu Jintao | ru Ху Цзиньтао | zh 胡锦涛`);
p(
  'Kim Jong-un',
  `en Kim Jong-un | en Kim Jong Un | fr Kim Jong-un | de Kim Jong-un | tr Kim Jong-un |
  es Kim Jong-un | pl Kim Dzong Un | ru Ким Чен Ын | ar كيم جونغ أون | zh 金正恩`,
);
p('Kim Jong-il', `en Kim Jong-il | pl Kim Dzong Il | ru Ким Чен Ир | zh 金正日`);
p('Moon Jae-in', `en Moon Jae-in | fr Moon Jae-in | ru Мун Чжэ Ин | zh 文在寅`);
p(
  'Shinzo Abe',
  `en Shinzo Abe | fr Shinzo Abe | de Shinzō Abe | pl Shinzō Abe | ru Синдзо Абэ | ar شينزو آبي |
  zh 安倍晋三`,
);
p('Fumio Kishida', `en Fumio Kishida | fr Fumio Kishida | ru Фумио Кисида | zh 岸田文雄`);
p('Narendra Modi', `en Narendra Modi | ru Нарендра Моди | fr Narendra Modi | ar ناريندرا مودي | zh 莫迪`);
p('Imran Khan', `en Imran Khan | fr Imran Khan | de Imran Khan | ru Имран Хан | ar عمران خان | zh 伊姆兰·汗`);
p(
  'Aung San Suu Kyi',
  `en Aung San Suu Kyi | fr Aung San Suu Kyi | de Aung San Suu Kyi | ru Аун Сан Су Чжи |
  zh 昂山素季`,
);
p(
  'Nelson Mandela',
  `en Nelson Mandela | ru Нельсон Мандела | fr Nelson Mandela | ar نيلسون مانديلا | zh 曼德拉`,
);
p('Cyril Ramaphosa', `en Cyril Ramaphosa | ru Сирил Рамафоса | fr Cyril Ramaphosa | ar سيريل رامافوزا`);
p('Abiy Ahmed', `en Abiy Ahmed | ru Абий Ахмед | fr Abiy Ahmed | ar آبي أحمد`);
p('Jacinda Ardern', `en Jacinda Ardern | ru Джасинда Ардерн | ar جاسيندا أرديرن`);

// ---------------------------------------------------------------- places
l(
  'Moscow',
  `en Moscow | fr Moscou | de Moskau | pl Moskwa | ru Москва | uk Москва | tr Moskova | es Moscú |
  it Mosca | pt Moscou | nl Moskou | ar موسكو | zh 莫斯科`,
);
l(
  'Kyiv',
  `en Kyiv | en Kiev | fr Kiev | fr Kyiv | de Kiew | pl Kijów | ru Киев | uk Київ | tr Kiev | es Kiev | it Kiev |
  nl Kiev | ar كييف | zh 基辅`,
);
l(
  'Minsk',
  `en Minsk | fr Minsk | de Minsk | pl Mińsk | ru Минск | be Мінск | tr Minsk | ar مينسك | zh 明斯克`,
);
l(
  'Chernobyl',
  `en Chernobyl | fr Tchernobyl | de Tschernobyl | pl Czarnobyl | ru Чернобыль | uk Чорнобиль |
  tr Çernobil | es Chernóbil | it Černobyl' | nl Tsjernobyl`,
);
l(
  'Kharkiv',
  `en Kharkiv | en Kharkov | fr Kharkiv | de Charkiw | pl Charków | ru Харьков | uk Харків | tr Harkiv`,
);
l('Lviv', `en Lviv | fr Lviv | de Lwiw | pl Lwów | ru Львов | uk Львів | de Lemberg`);
l('Odesa', `en Odesa | en Odessa | fr Odessa | pl Odessa | ru Одесса | uk Одеса | tr Odessa`);
l('Dnipro', `uk Дніпро | en Dnipro | ru Днепр | de Dnipro | pl Dniepr`);
l(
  'Mariupol',
  `en Mariupol | ru Мариуполь | uk Маріуполь | fr Marioupol | de Mariupol | pl Mariupol | tr Mariupol`,
);
l(
  'Zaporizhzhia',
  `en Zaporizhzhia | fr Zaporijia | de Saporischschja | pl Zaporoże | ru Запорожье | uk Запоріжжя |
  tr Zaporijya`,
);
l('Donetsk', `en Donetsk | fr Donetsk | de Donezk | pl Donieck | ru Донецк | uk Донецьк | tr Donetsk`);
l('Luhansk', `en Luhansk | en Lugansk | fr Louhansk | de Luhansk | pl Ługańsk | ru Луганск | uk Луганськ`);
l(
  'Crimea',
  `en Crimea | fr Crimée | de Krim | pl Krym | ru Крым | uk Крим | tr Kırım | es Crimea | it Crimea`,
);
l(
  'Sevastopol',
  `ru Севастополь | en Sevastopol | fr Sébastopol | de Sewastopol | pl Sewastopol | tr Sivastopol`,
);
l(
  'Belarus',
  `en Belarus | fr Biélorussie | fr Bélarus | de Belarus | de Weißrussland | pl Białoruś | pl Białorusi |
  ru Беларусь | ru Белоруссия | be Беларусь | tr Belarus | es Bielorrusia | it Bielorussia`,
);
l(
  'Russia',
  `en Russia | fr Russie | de Russland | pl Rosja | pl Rosji | ru Россия | uk Росія | tr Rusya | es Rusia |
  it Russia | nl Rusland | ar روسيا`,
);
l(
  'Ukraine',
  `en Ukraine | fr Ukraine | de Ukraine | pl Ukraina | pl Ukrainy | ru Украина | uk Україна | tr Ukrayna |
  es Ucrania | it Ucraina | nl Oekraïne | ar أوكرانيا`,
);
l('Tbilisi', `en Tbilisi | ru Тбилиси | fr Tbilissi | de Tiflis | pl Tbilisi | tr Tiflis`);
l('Yerevan', `en Yerevan | fr Erevan | de Jerewan | pl Erywań | ru Ереван | tr Erivan`);
l('Baku', `az Bakı | ru Баку | fr Bakou | en Baku | de Baku | pl Baku`);
l('Vilnius', `lt Vilnius | ru Вильнюс | pl Wilno | de Vilnius | fr Vilnius`);
l('Chișinău', `ro Chișinău | ru Кишинёв | fr Chisinau | de Chișinău | en Kishinev`);
l(
  'Bucharest',
  `ro București | en Bucharest | fr Bucarest | de Bukarest | pl Bukareszt | ru Бухарест | tr Bükreş |
  it Bucarest`,
);
l('Belgrade', `sr Beograd | en Belgrade | de Belgrad | pl Belgrad | ru Белград | tr Belgrad`);
l('Warsaw', `pl Warszawa | en Warsaw | fr Varsovie | de Warschau | ru Варшава | tr Varşova | it Varsavia`);
l('Kraków', `pl Kraków | en Krakow | en Cracow | fr Cracovie | de Krakau | ru Краков | it Cracovia`);
l('Gdańsk', `pl Gdańsk | en Gdansk | de Danzig | ru Гданьск`);
l('Munich', `de München | en Munich | fr Munich | pl Monachium | ru Мюнхен | tr Münih`);
l('Cologne', `de Köln | en Cologne | ru Кёльн | pl Kolonia | tr Köln`);
l(
  'Brussels',
  `fr Bruxelles | nl Brussel | de Brüssel | pl Bruksela | ru Брюссель | tr Brüksel | en Brussels`,
);
l('Lisbon', `pt Lisboa | fr Lisbonne | de Lissabon | pl Lizbona | ru Лиссабон | tr Lizbon | en Lisbon`);
l('Istanbul', `tr İstanbul | en Istanbul | de Istanbul | ru Стамбул | ar إسطنبول | zh 伊斯坦布尔`);
l('Beirut', `en Beirut | fr Beyrouth | de Beirut | pl Bejrut | ru Бейрут | tr Beyrut | ar بيروت`);
l('Aleppo', `en Aleppo | fr Alep | tr Halep | ru Алеппо | ar حلب`);
l('Baghdad', `en Baghdad | fr Bagdad | de Bagdad | ru Багдад | tr Bağdat | ar بغداد`);
l('Tehran', `en Tehran | fr Téhéran | de Teheran | pl Teheran | ru Тегеран | tr Tahran | ar طهران`);
l('Gaza', `en Gaza | ru Газа | tr Gazze | fr Gaza | ar غزة`);
l('Tel Aviv', `en Tel Aviv | ru Тель-Авив | tr Tel Aviv | pl Tel Awiw | ar تل أبيب`);
l('Riyadh', `en Riyadh | fr Riyad | de Riad | ru Эр-Рияд | tr Riyad | ar الرياض`);
l('Cairo', `en Cairo | fr Le Caire | de Kairo | pl Kair | ru Каир | tr Kahire`);
l('Beijing', `en Beijing | fr Pékin | de Peking | ru Пекин | zh 北京`);
l('Shanghai', `en Shanghai | ru Шанхай | fr Shanghai | de Schanghai | pl Szanghaj | tr Şanghay | zh 上海`);
l('Wuhan', `en Wuhan | ru Ухань | fr Wuhan | tr Vuhan | zh 武汉`);
l('Hong Kong', `en Hong Kong | ru Гонконг | fr Hong Kong | de Hongkong | pl Hongkong`);
l('Taipei', `en Taipei | ru Тайбэй | fr Taipei | zh 台北`);
l('Pyongyang', `en Pyongyang | ru Пхеньян | fr Pyongyang | de Pjöngjang | pl Pjongjang | tr Pyongyang`);
l('Seoul', `en Seoul | ru Сеул | fr Séoul | de Seoul | pl Seul | tr Seul`);
l('Tokyo', `en Tokyo | ru Токио | fr Tokyo | de Tokio | pl Tokio`);
l('Kabul', `en Kabul | ru Кабул | fr Kaboul | de Kabul | tr Kabil | ar كابول`);
l('Chechnya', `en Chechnya | fr Tchétchénie | de Tschetschenien | pl Czeczenia | ru Чечня | tr Çeçenistan`);
l('Grozny', `ru Грозный | en Grozny | fr Grozny | de Grosny | pl Grozny`);
l(
  'Yekaterinburg',
  `ru Екатеринбург | en Yekaterinburg | fr Iekaterinbourg | de Jekaterinburg | pl Jekaterynburg`,
);
l('Mogilev', `ru Могилёв | be Магілёў | en Mogilev | pl Mohylew | de Mahiljou`);
l('Vitebsk', `be Віцебск | ru Витебск | en Vitebsk | pl Witebsk | de Witebsk`);
l('Grodno', `ru Гродно | be Гродна | en Grodno | en Hrodna | pl Grodno`);
l('Kherson', `uk Херсон | en Kherson | fr Kherson | de Cherson | pl Chersoń | tr Herson`);
l('Mykolaiv', `uk Миколаїв | ru Николаев | en Mykolaiv | fr Mykolaïv | de Mykolajiw | pl Mikołajów`);
l('Bucha', `uk Буча | en Bucha | fr Boutcha | de Butscha | pl Bucza | tr Buça`);
l('Irpin', `uk Ірпінь | ru Ирпень | en Irpin | fr Irpin | de Irpin | pl Irpień`);
l(
  'Sievierodonetsk',
  `uk Сєвєродонецьк | ru Северодонецк | en Sievierodonetsk | fr Severodonetsk |
  de Sjewjerodonezk | pl Siewierodonieck`,
);
l('Avdiivka', `uk Авдіївка | ru Авдеевка | en Avdiivka | fr Avdiïvka | de Awdijiwka | pl Awdijiwka`);
l('Novosibirsk', `ru Новосибирск | en Novosibirsk | fr Novossibirsk | de Nowosibirsk | pl Nowosybirsk`);
l('Vladivostok', `ru Владивосток | en Vladivostok | de Wladiwostok | pl Władywostok | tr Vladivostok`);

// ---------------------------------------------------------------- organisations
o('Gazprom', `ru Газпром | en Gazprom | fr Gazprom | de Gazprom | tr Gazprom`);
o('Rosneft', `ru Роснефть | en Rosneft | fr Rosneft | de Rosneft`);
o('Roscosmos', `ru Роскосмос | en Roscosmos | fr Roscosmos | de Roskosmos`);
o('Wagner', `ru Вагнер | en Wagner | fr Wagner | ar فاغنر`);
o('Hamas', `ar حماس | en Hamas | ru ХАМАС | tr Hamas | fr Hamas`);
o('Hezbollah', `ar حزب الله | en Hezbollah | fr Hezbollah | de Hisbollah | ru Хезболла | tr Hizbullah`);
o('Taliban', `ar طالبان | en Taliban | ru Талибан | tr Taliban | de Taliban`);
o('Aeroflot', `ru Аэрофлот | en Aeroflot | fr Aeroflot | de Aeroflot`);
o('Sberbank', `ru Сбербанк | en Sberbank | de Sberbank | pl Sbierbank`);
o(
  'Al Jazeera',
  `ar الجزيرة | en Al Jazeera | fr Al Jazeera | de Al-Dschasira | ru Аль-Джазира | tr El Cezire`,
);
o('Yandex', `ru Яндекс | en Yandex | fr Yandex | de Yandex`);
o(
  'Novaya Gazeta',
  `ru Новая газета | en Novaya Gazeta | fr Novaïa Gazeta | de Nowaja Gaseta | pl Nowaja Gazieta`,
);
o('RIA Novosti', `ru РИА Новости | en RIA Novosti | fr RIA Novosti | de RIA Nowosti`);
o('Izvestia', `ru Известия | en Izvestia | fr Izvestia | de Iswestija | pl Izwiestija`);
o('Kommersant', `ru Коммерсантъ | en Kommersant | fr Kommersant | de Kommersant`);
o('Huawei', `zh 华为 | en Huawei | fr Huawei | de Huawei`);

export const NAME_GROUPS: readonly NameGroup[] = groups;

const negatives: NegativePair[] = [];
const n = (type: EntityType, a: string, b: string, why: string): void => {
  const [va] = parseVariants(a);
  const [vb] = parseVariants(b);
  negatives.push({ type, a: va, b: vb, why });
};

// ---------------------------------------------------------------- different people with similar names
n('person', 'en Alexander Lukashenko', 'en Lukashevich', 'different surname, same stem');
n('person', 'en Dmitry Medvedev', 'en Viktor Medvedchuk', 'Ukrainian politician');
n('person', 'en Kim Jong-un', 'en Kim Jong-il', 'father and son');
n('person', 'en Kim Jong-un', 'en Kim Il-sung', 'grandfather');
n('person', 'en Kim Jong-un', 'en Kim Yo-jong', 'sister');
n('person', 'en Donald Trump', 'en Ivanka Trump', 'daughter');
n('person', 'en Donald Trump', 'en Donald Tusk', 'same given name');
n('person', 'en Bill Clinton', 'en Hillary Clinton', 'spouses');
n('person', 'pl Lech Kaczyński', 'pl Jarosław Kaczyński', 'twin brothers');
n('person', 'en Justin Trudeau', 'en Pierre Trudeau', 'father and son');
n('person', 'fr Marine Le Pen', 'fr Jean-Marie Le Pen', 'daughter and father');
n('person', 'ru Юлия Навальная', 'ru Алексей Навальный', 'spouses');
n('person', 'en Imran Khan', 'en Sadiq Khan', 'common surname');
n('person', 'en Vitali Klitschko', 'en Wladimir Klitschko', 'brothers');
n('person', 'es Raúl Castro', 'es Fidel Castro', 'brothers');
n('person', 'en Bashar al-Assad', 'en Hafez al-Assad', 'son and father');
n('person', 'en Barack Obama', 'en Michelle Obama', 'spouses');
n('person', 'en Joe Biden', 'en Hunter Biden', 'father and son');
n('person', 'en Ali Khamenei', 'en Ruhollah Khomeini', 'different surnames, similar sound');
n('person', 'en Mahmoud Abbas', 'en Shahid Khaqan Abbasi', 'Abbas vs Abbasi');
n('person', 'en Saddam Hussein', 'en Husseini', 'Hussein vs Husseini');
n('person', 'en Mikhail Mishustin', 'en Mishkin', 'different surnames');
n('person', 'en Dmitry Peskov', 'en Kiril Petkov', 'Peskov vs Petkov');
n('person', 'en Ivanov', 'en Ivanenko', 'different suffix');
n('person', 'en Petrov', 'en Petrenko', 'different suffix');
n('person', 'en Kovalenko', 'en Kovalev', 'different suffix');
n('person', 'en Shevchenko', 'en Shevchuk', 'different suffix');
n('person', 'en Andriy Yermak', 'en Yermakov', '-ov derivation');
n('person', 'en Sergei Lavrov', 'en Lavrentiev', 'different surname');
n('person', 'en Sergei Sobyanin', 'en Ksenia Sobchak', 'different surname');
n('person', 'en Volodymyr Zelensky', 'en Zelenin', 'different surname');
n('person', 'en Angela Merkel', 'en Ralph Merkle', 'different surname');
n('person', 'en Emmanuel Macron', 'en Marcon', 'different surname');
n('person', 'en Recep Tayyip Erdoğan', 'en Erdem', 'different surname');
n('person', 'en Vladimir Putin', 'en Alexander Pushkin', 'different surname');
n('person', 'en Mikhail Gorbachev', 'en Gorbunov', 'different surname');
n('person', 'en Yulia Tymoshenko', 'en Tymchenko', 'different surname');
n('person', 'en Petro Poroshenko', 'en Prokhorenko', 'different surname');
n('person', 'en Dmytro Kuleba', 'en Kulik', 'different surname');
n('person', 'en Sergei Shoigu', 'en Shoikhet', 'different surname');
n('person', 'en Ramzan Kadyrov', 'en Alexei Kudrin', 'different surname');
n('person', 'en Xi Jinping', 'en Xu Jinping', 'different family name');
n('person', 'en Li Qiang', 'en Li Keqiang', 'different given name');
n('person', 'en Hu Jintao', 'en Hu Yaobang', 'different given name');
n('person', 'en Wang Yi', 'en Wang Qishan', 'different given name');
n('person', 'en Shinzo Abe', 'en Abel', 'different surname');
n('person', 'en Hassan Rouhani', 'en Rohan', 'different surname');
n('person', 'en Viktor Orbán', 'en Orban Gashi', 'different person');
n('person', 'en Nicolás Maduro', 'en Madero', 'Francisco Madero, Mexico');
n('person', 'en Boris Johnson', 'en Johansson', 'different surname');
n('person', 'en Olaf Scholz', 'en Schulz', 'Martin Schulz');
// ---------------------------------------------------------------- different places with similar names
n('place', 'en Paris', 'pl Parys', 'French capital vs Polish town');
n('place', 'en Minsk', 'pl Mińsk Mazowiecki', 'Polish town named after another');
n('place', 'en Moscow', 'en Moscow Idaho', 'qualified namesake');
n('place', 'en Kyiv', 'en Kyivska oblast', 'city vs region');
n('place', 'en Donetsk', 'en Donetsk Rostov', 'Russian town of the same name');
n('place', 'en Luhansk', 'en Lugano', 'different city');
n('place', 'en Lviv', 'en Lovech', 'Bulgarian town');
n('place', 'en Odesa', 'en Odense', 'Danish city');
n('place', 'en Mariupol', 'en Marienbad', 'different city');
n('place', 'en Gaza', 'en Giza', 'Egyptian city');
n('place', 'en Bucha', 'en Bucharest', 'different city');
n('place', 'en Kherson', 'en Khersones', 'ancient city');
n('place', 'en Grozny', 'en Grodno', 'different city');
n('place', 'en Baku', 'en Bako', 'different place');
n('place', 'en Riga', 'en Riyadh', 'different city');
n('place', 'en Tehran', 'en Tirana', 'different city');
n('place', 'en Austria', 'en Australia', 'different country');
n('place', 'en Slovenia', 'en Slovakia', 'different country');
n('place', 'en Iran', 'en Iraq', 'different country');
n('place', 'en Niger', 'en Nigeria', 'different country');
n('place', 'en Guinea', 'en Guyana', 'different country');
// ---------------------------------------------------------------- organisations
n('organization', 'en Gazprom', 'en Gazprombank', 'bank of the group, separate entity');
n('organization', 'en Rosneft', 'en Rosatom', 'different company');
n('organization', 'en Hamas', 'en Hama', 'different name');
n('organization', 'en Sberbank', 'en Sber Bank Kazakhstan', 'different company');

export const NEGATIVE_PAIRS: readonly NegativePair[] = negatives;

/** FNV-1a 32-bit hash of a string; deterministic split of the table into development and held-out parts. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Share of the table held out from rule design (per cent). */
export const HELD_OUT_PERCENT = 30;

/** True when a group (by label) or a negative pair (by its first name) belongs to the held-out part. */
export function isHeldOut(label: string): boolean {
  return fnv1a(label) % 100 < HELD_OUT_PERCENT;
}
