/**
 * Well-known organisations with multilingual aliases, one per line: `English name;CC;form|form|...`, where
 * CC is the home country when the organisation is national (Kremlin -> RU), empty for international ones.
 * Keys are `org:<ascii slug of the English name>`. Forms written all upper-case are acronyms and must be
 * upper-case in text (NATO, ONU, ЕС). Organisations are not places: the places stage skips them; the
 * entities stage types them.
 */
export const ORGS = `
NATO;;NATO|OTAN|Nato|Otan|НАТО|North Atlantic Treaty Organization|Organisation du traité de l'Atlantique nord|Alliance atlantique|Nordatlantikpakt|Organización del Tratado del Atlántico Norte|Organizzazione del Trattato dell'Atlantico del Nord|Organização do Tratado do Atlântico Norte|Sojusz Północnoatlantycki|Североатлантический альянс|Північноатлантичний альянс|Kuzey Atlantik Antlaşması Örgütü|الناتو|حلف شمال الأطلسي|حلف الناتو|北约|北大西洋公约组织
European Union;;EU|UE|EU|ЕС|ЄС|AB|European Union|Union européenne|Europäische Union|Europäischen Union|Unión Europea|Unione europea|União Europeia|Europese Unie|Unia Europejska|Unii Europejskiej|Unię Europejską|Европейский союз|Евросоюз|Евросоюза|Евросоюзе|Європейський союз|Євросоюз|Євросоюзу|Avrupa Birliği|الاتحاد الأوروبي|الاتحاد الاوروبي|欧盟|欧洲联盟
United Nations;;UN|ONU|Onu|UNO|ООН|BM|United Nations|Nations unies|Organisation des Nations unies|Vereinte Nationen|Vereinten Nationen|Naciones Unidas|Nazioni Unite|Nações Unidas|Verenigde Naties|Organizacja Narodów Zjednoczonych|Organizacji Narodów Zjednoczonych|ONZ|Организация Объединённых Наций|Організація Об'єднаних Націй|Birleşmiş Milletler|الأمم المتحدة|联合国
UN Security Council;;Security Council|Conseil de sécurité|Sicherheitsrat|Consejo de Seguridad|Consiglio di sicurezza|Conselho de Segurança|Veiligheidsraad|Rada Bezpieczeństwa|Совет Безопасности|Совбез|Рада Безпеки|Güvenlik Konseyi|مجلس الأمن|安理会
Kremlin;RU;Kremlin|Kreml|Kremlin|Cremlino|Kremlin|Kremla|Kremlu|Кремль|Кремля|Кремле|Кремлі|Kremlin Sarayı|الكرملين|克里姆林宫
Elysee;FR;Élysée|Elysée|Elysee|Palais de l'Élysée|Élysée-Palast|Elíseo|Eliseo|Eliseu|Pałac Elizejski|Елисейский дворец|Єлисейський палац|Elysée Sarayı|الإليزيه|爱丽舍宫
White House;US;White House|Maison Blanche|Maison-Blanche|Weißes Haus|Weißen Haus|Casa Blanca|Casa Bianca|Casa Branca|Witte Huis|Biały Dom|Białym Domu|Białego Domu|Белый дом|Белого дома|Белом доме|Білий дім|Білого дому|Beyaz Saray|البيت الأبيض|白宫
Pentagon;US;Pentagone|Pentagon|Pentágono|Pentagono|Pentagonie|Пентагон|Пентагона|Пентагоні|Pentagon|البنتاغون|البنتاجون|五角大楼
Downing Street;GB;Даунинг-стрит|داونينغ ستريت|唐宁街
OSCE;;OSCE|Osce|OSZE|OVSE|OBWE|ОБСЕ|ОБСЄ|AGİT|Organisation pour la sécurité et la coopération en Europe|Organization for Security and Co-operation in Europe|منظمة الأمن والتعاون في أوروبا|欧安组织
World Health Organization;;WHO|OMS|ВОЗ|ВООЗ|DSÖ|World Health Organization|Organisation mondiale de la santé|Weltgesundheitsorganisation|Organización Mundial de la Salud|Organizzazione mondiale della sanità|Organização Mundial da Saúde|Wereldgezondheidsorganisatie|Światowa Organizacja Zdrowia|Dünya Sağlık Örgütü|منظمة الصحة العالمية|世界卫生组织|世卫组织
International Monetary Fund;;IMF|FMI|IWF|МВФ|IMF|International Monetary Fund|Fonds monétaire international|Internationaler Währungsfonds|Fondo Monetario Internacional|Fondo monetario internazionale|Fundo Monetário Internacional|Internationaal Monetair Fonds|Międzynarodowy Fundusz Walutowy|Международный валютный фонд|Міжнародний валютний фонд|Uluslararası Para Fonu|صندوق النقد الدولي|国际货币基金组织
World Bank;;World Bank|Banque mondiale|Weltbank|Banco Mundial|Banca Mondiale|Wereldbank|Bank Światowy|Всемирный банк|Світовий банк|Dünya Bankası|البنك الدولي|世界银行
World Trade Organization;;WTO|OMC|ВТО|DTÖ|World Trade Organization|Organisation mondiale du commerce|Welthandelsorganisation|Organización Mundial del Comercio|Światowa Organizacja Handlu|Всемирная торговая организация|منظمة التجارة العالمية|世界贸易组织|世贸组织
European Commission;;European Commission|Commission européenne|Europäische Kommission|Comisión Europea|Commissione europea|Comissão Europeia|Europese Commissie|Komisja Europejska|Komisji Europejskiej|Еврокомиссия|Европейская комиссия|Єврокомісія|Європейська комісія|Avrupa Komisyonu|المفوضية الأوروبية|欧盟委员会
European Parliament;;European Parliament|Parlement européen|Europäisches Parlament|Europaparlament|Parlamento Europeo|Parlamento europeo|Parlamento Europeu|Europees Parlement|Parlament Europejski|Европарламент|Европейский парламент|Європарламент|Avrupa Parlamentosu|البرلمان الأوروبي|欧洲议会
European Council;;European Council|Conseil européen|Europäischer Rat|Consejo Europeo|Consiglio europeo|Conselho Europeu|Europese Raad|Rada Europejska|Европейский совет|Європейська рада|Avrupa Konseyi|المجلس الأوروبي|欧洲理事会
Council of Europe;;Council of Europe|Conseil de l'Europe|Europarat|Consejo de Europa|Consiglio d'Europa|Conselho da Europa|Raad van Europa|Rada Europy|Совет Европы|Рада Європи|Avrupa Konseyi|مجلس أوروبا|欧洲委员会
European Central Bank;;ECB|BCE|EZB|ЕЦБ|ECB|European Central Bank|Banque centrale européenne|Europäische Zentralbank|Banco Central Europeo|Banca centrale europea|Banco Central Europeu|Europese Centrale Bank|Europejski Bank Centralny|Европейский центральный банк|Avrupa Merkez Bankası|البنك المركزي الأوروبي|欧洲央行
Eurasian Economic Union;;EAEU|EEU|UEE|EAWU|ЕАЭС|ЄАЕС|Eurasian Economic Union|Union économique eurasiatique|Union eurasiatique|Eurasische Wirtschaftsunion|Unión Económica Euroasiática|Unione economica eurasiatica|União Económica Euroasiática|Euraziatische Economische Unie|Eurazjatycka Unia Gospodarcza|Евразийский экономический союз|Євразійський економічний союз|Avrasya Ekonomik Birliği|الاتحاد الاقتصادي الأوراسي|欧亚经济联盟
Union State;;Union State|État de l'Union|État unifié|Unionsstaat|Estado de la Unión|Stato dell'Unione|Estado da União|Państwo Związkowe|Союзное государство|Союзного государства|Союзна держава|Birlik Devleti|دولة الاتحاد|俄白联盟
CSTO;;CSTO|OTSC|OVKS|ОДКБ|KGAÖ|Collective Security Treaty Organization|Organisation du traité de sécurité collective|Organisation des Vertrags über kollektive Sicherheit|Organización del Tratado de Seguridad Colectiva|Organizacja Układu o Bezpieczeństwie Zbiorowym|Организация Договора о коллективной безопасности|منظمة معاهدة الأمن الجماعي|集体安全条约组织
Commonwealth of Independent States;;CIS|CEI|GUS|WNP|СНГ|СНД|BDT|Commonwealth of Independent States|Communauté des États indépendants|Gemeinschaft Unabhängiger Staaten|Comunidad de Estados Independientes|Содружество Независимых Государств|Співдружність Незалежних Держав|رابطة الدول المستقلة|独联体
Shanghai Cooperation Organisation;;SCO|OCS|SOZ|ШОС|ŞİÖ|Shanghai Cooperation Organisation|Organisation de coopération de Shanghai|Shanghaier Organisation für Zusammenarbeit|Organización de Cooperación de Shanghái|Szanghajska Organizacja Współpracy|Шанхайская организация сотрудничества|Şanghay İşbirliği Örgütü|منظمة شنغهاي للتعاون|上海合作组织|上合组织
BRICS;;BRICS|БРИКС|بريكس|金砖国家
G7;;G7|G-7|Г7|Группа семи|مجموعة السبع|七国集团
G20;;G20|G-20|Г20|Группа двадцати|مجموعة العشرين|二十国集团
OPEC;;OPEC|OPEP|Opep|ОПЕК|OPEC+|Organization of the Petroleum Exporting Countries|أوبك|欧佩克|石油输出国组织
African Union;;African Union|Union africaine|Afrikanische Union|Unión Africana|Unione africana|União Africana|Afrikaanse Unie|Unia Afrykańska|Африканский союз|Африканський союз|Afrika Birliği|الاتحاد الأفريقي|非洲联盟|非盟
Arab League;;Arab League|Ligue arabe|Arabische Liga|Liga Árabe|Lega araba|Liga Arabska|Лига арабских государств|Ліга арабських держав|Arap Birliği|الجامعة العربية|جامعة الدول العربية|阿拉伯国家联盟|阿盟
ASEAN;;ASEAN|АСЕАН|آسيان|东盟
International Criminal Court;;ICC|CPI|IStGH|МУС|МКС|UCM|International Criminal Court|Cour pénale internationale|Internationaler Strafgerichtshof|Corte Penal Internacional|Corte penale internazionale|Tribunal Penal Internacional|Internationaal Strafhof|Międzynarodowy Trybunał Karny|Международный уголовный суд|Міжнародний кримінальний суд|Uluslararası Ceza Mahkemesi|المحكمة الجنائية الدولية|国际刑事法院
International Court of Justice;;ICJ|CIJ|IGH|International Court of Justice|Cour internationale de justice|Internationaler Gerichtshof|Corte Internacional de Justicia|Corte internazionale di giustizia|Tribunal Internacional de Justiça|Internationaal Gerechtshof|Międzynarodowy Trybunał Sprawiedliwości|Международный суд ООН|محكمة العدل الدولية|国际法院
European Court of Human Rights;;ECHR|CEDH|EGMR|ЕСПЧ|ЄСПЛ|AİHM|European Court of Human Rights|Cour européenne des droits de l'homme|Europäischer Gerichtshof für Menschenrechte|Tribunal Europeo de Derechos Humanos|Corte europea dei diritti dell'uomo|Europejski Trybunał Praw Człowieka|Европейский суд по правам человека|المحكمة الأوروبية لحقوق الإنسان|欧洲人权法院
International Atomic Energy Agency;;IAEA|AIEA|IAEO|МАГАТЭ|МАГАТЕ|UAEA|International Atomic Energy Agency|Agence internationale de l'énergie atomique|Internationale Atomenergiebehörde|Organismo Internacional de Energía Atómica|Agenzia internazionale per l'energia atomica|Międzynarodowa Agencja Energii Atomowej|الوكالة الدولية للطاقة الذرية|国际原子能机构
UNESCO;;UNESCO|Unesco|ЮНЕСКО|اليونسكو|联合国教科文组织
UNICEF;;UNICEF|Unicef|ЮНИСЕФ|يونيسف|联合国儿童基金会
UNHCR;;UNHCR|HCR|УВКБ|Haut-Commissariat pour les réfugiés|UN refugee agency|المفوضية السامية للأمم المتحدة لشؤون اللاجئين|联合国难民署
Red Cross;;Red Cross|ICRC|CICR|IKRK|Croix-Rouge|Rotes Kreuz|Roten Kreuz|Cruz Roja|Croce Rossa|Cruz Vermelha|Rode Kruis|Czerwony Krzyż|Czerwonego Krzyża|Красный Крест|Червоний Хрест|Kızılhaç|الصليب الأحمر|红十字会
Amnesty International;;Amnesty International|Amnesty|Амнистия|Міжнародна амністія|منظمة العفو الدولية|国际特赦组织
Human Rights Watch;;Human Rights Watch|HRW|هيومن رايتس ووتش|人权观察
Reporters Without Borders;;RSF|Reporters Without Borders|Reporters sans frontières|Reporter ohne Grenzen|Reporteros Sin Fronteras|Reporter senza frontiere|Repórteres sem Fronteiras|Reporterzy bez Granic|Репортёры без границ|Репортери без кордонів|Sınır Tanımayan Gazeteciler|مراسلون بلا حدود|无国界记者
Interpol;;Interpol|Интерпол|الإنتربول|国际刑警组织
Europol;;Europol|Европол
Frontex;;Frontex|Фронтекс
Hamas;PS;Hamas|Hamás|Hamasu|ХАМАС|Хамас|حماس|哈马斯
Hezbollah;LB;Hezbollah|Hisbollah|Hezbolá|Hezbollah|Hezbolá|Hezbollahu|Хезболла|Хезболла|Hizbullah|حزب الله|真主党
Taliban;AF;Taliban|talibans|Talibans|Talibán|Talibã|Talibowie|талибы|Талибан|талібів|Taliban|طالبان|塔利班
Islamic State;;Islamic State|ISIS|ISIL|EI|Daech|Daesh|Daesch|État islamique|Islamischer Staat|Estado Islámico|Stato islamico|Estado Islâmico|Islamitische Staat|Państwo Islamskie|ИГИЛ|Исламское государство|Ісламська держава|IŞİD|DEAŞ|داعش|الدولة الإسلامية|伊斯兰国
Al-Qaeda;;Al-Qaeda|Al-Qaïda|al-Qaida|Al Qaeda|Al-Kaida|Al Kaida|Al-Kaida|Аль-Каида|Аль-Каїда|El Kaide|القاعدة|基地组织
Wagner Group;RU;Wagner|Wagner Group|groupe Wagner|Gruppe Wagner|Grupo Wagner|Gruppo Wagner|Grupa Wagnera|Вагнер|ЧВК Вагнер|ЧВК «Вагнер»|فاغنر|瓦格纳
FSB;RU;FSB|ФСБ|Federal Security Service|Service fédéral de sécurité|Федеральная служба безопасности|جهاز الأمن الفيدرالي|联邦安全局
KGB;;KGB|КГБ|КДБ|كي جي بي|克格勃
GRU;RU;GRU|ГРУ
CIA;US;CIA|ЦРУ|Central Intelligence Agency|سي آي إيه|中情局|中央情报局
FBI;US;FBI|ФБР|إف بي آي|联邦调查局
NSA;US;NSA|АНБ
Mossad;IL;Mossad|Mosad|Моссад|الموساد|摩萨德
State Duma;RU;State Duma|Douma|Duma|Duma d'État|Staatsduma|Duma Estatal|Duma di Stato|Duma Państwowa|Госдума|Государственная дума|Госдуми|Державна дума|Devlet Duması|الدوما|国家杜马
Federation Council;RU;Federation Council|Conseil de la Fédération|Föderationsrat|Consejo de la Federación|Rada Federacji|Совет Федерации|Совфед|Рада Федерації|مجلس الاتحاد|联邦委员会
Verkhovna Rada;UA;Verkhovna Rada|Werchowna Rada|Rada Najwyższa|Verkhovna Rada|Верховная рада|Верховна Рада|Верховної Ради|Верховній Раді|البرلمان الأوكراني|乌克兰议会
Bundestag;DE;Bundestag|Бундестаг|البوندستاغ|联邦议院
Bundeswehr;DE;Bundeswehr|Бундесвер
US Congress;US;US Congress|Congress|US-Kongress|Congrès américain|Congreso de Estados Unidos|Конгресс США|Конгресу США|ABD Kongresi|الكونغرس|美国国会
US Senate;US;US Senate|Sénat américain|US-Senat|Senado de Estados Unidos|Senat USA|Сенат США|مجلس الشيوخ الأمريكي|美国参议院
US State Department;US;State Department|Department of State|département d'État|Département d'État|Außenministerium der USA|US-Außenministerium|Departamento de Estado|Dipartimento di Stato|Departament Stanu|Госдеп|Госдепартамент|Госдепартамента|Держдеп|Dışişleri Bakanlığı ABD|وزارة الخارجية الأمريكية|美国国务院
Federal Reserve;US;Federal Reserve|Fed|Réserve fédérale|US-Notenbank|Reserva Federal|Riserva Federale|Rezerwa Federalna|ФРС|Федеральная резервная система|الاحتياطي الفيدرالي|美联储
Reuters;GB;Reuters|Reutera|Рейтер|Рейтерс|Reuters|رويترز|路透社
Agence France-Presse;FR;AFP|Agence France-Presse|Agence France Presse|Франс Пресс|Франс Прес|فرانس برس|法新社
Associated Press;US;AP|Associated Press|Ассошиэйтед Пресс|أسوشيتد برس|美联社
Deutsche Presse-Agentur;DE;dpa|DPA|Deutsche Presse-Agentur
Agencia EFE;ES;EFE|Agencia EFE|ЭФЭ
ANSA;IT;ANSA
Anadolu Agency;TR;Anadolu Agency|Anadolu Ajansı|Анадолу|الأناضول|阿纳多卢通讯社
TASS;RU;TASS|ТАСС|ITAR-TASS|ИТАР-ТАСС|تاس|塔斯社
RIA Novosti;RU;RIA Novosti|RIA Nowosti|РИА Новости|РИА «Новости»|ريا نوفوستي|俄新社
Sputnik;RU;Sputnik|Спутник|سبوتنيك|卫星通讯社
Interfax;RU;Interfax|Интерфакс|Інтерфакс|إنترفاكس|国际文传电讯社
RT;RU;RT|Russia Today|Раша Тудэй|روسيا اليوم|今日俄罗斯
BelTA;BY;BelTA|БелТА|Belta
Xinhua;CN;Xinhua|Chine nouvelle|Xinhua News Agency|Синьхуа|Сіньхуа|شينخوا|新华社
BBC;GB;BBC|Би-би-си|BBC News|بي بي سي|英国广播公司
CNN;US;CNN|Си-эн-эн|سي إن إن|美国有线电视新闻网
Al Jazeera;QA;Al Jazeera|Al-Jazira|Al Dschasira|Аль-Джазира|الجزيرة|半岛电视台
France 24;FR;France 24|France24|Франс 24|فرانس 24
RFI;FR;RFI|Radio France Internationale
Euronews;FR;Euronews|Евроньюс|يورونيوز
Deutsche Welle;DE;Deutsche Welle|DW|Дойче Велле|دويتشه فيله|德国之声
Radio Free Europe;US;Radio Free Europe|RFE/RL|Radio Liberty|Radio Svoboda|Радио Свобода|Радіо Свобода|Radio Swoboda
New York Times;US;New York Times|NYT|Нью-Йорк таймс|نيويورك تايمز|纽约时报
Washington Post;US;Washington Post|Вашингтон пост|واشنطن بوست|华盛顿邮报
Wall Street Journal;US;Wall Street Journal|WSJ|وول ستريت جورنال|华尔街日报
Financial Times;GB;Financial Times|Файнэншл таймс|فاينانشال تايمز|金融时报
The Guardian;GB;Guardian|The Guardian|Гардиан|الغارديان|卫报
Le Monde;FR;Le Monde|Ле Монд|لوموند|世界报
Le Figaro;FR;Le Figaro|Figaro|Фигаро|لوفيغارو|费加罗报
Der Spiegel;DE;Der Spiegel|Spiegel|Шпигель|دير شبيغل|明镜周刊
Bild;DE;Bild|Bild-Zeitung|Бильд
El País;ES;El País
Corriere della Sera;IT;Corriere della Sera|Corriere
Kommersant;RU;Kommersant|Kommiersant|Коммерсантъ|Коммерсант|كوميرسانت|生意人报
Novaya Gazeta;RU;Novaya Gazeta|Nowaja Gaseta|Nowa Gazeta|Новая газета|نوفايا غازيتا|新报
Gazprom;RU;Gazprom|Gazpromu|Газпром|Газпрома|Gazprom|غازبروم|俄罗斯天然气工业股份公司
Rosneft;RU;Rosneft|Rosnieft|Роснефть|Роснефти|روسنفت|俄罗斯石油公司
Lukoil;RU;Lukoil|Łukoil|Лукойл|لوك أويل
Roscosmos;RU;Roscosmos|Roskosmos|Роскосмос
Rosatom;RU;Rosatom|Росатом|روساتوم
Sberbank;RU;Sberbank|Сбербанк|Сбер
Aeroflot;RU;Aeroflot|Аэрофлот
Naftogaz;UA;Naftogaz|Нафтогаз
Belaruskali;BY;Belaruskali|Беларуськалий|Беларуськалій
Nord Stream;;Nord Stream|Nord Stream 2|Северный поток|Северный поток-2|Північний потік|نورد ستريم|北溪
Gazprom Neft;RU;Gazprom Neft|Газпром нефть
Apple;US;Apple
Google;US;Google|Alphabet|Гугл|غوغل|谷歌
Microsoft;US;Microsoft|Майкрософт|مايكروسوفت|微软
Meta;US;Meta|Facebook|Фейсбук|فيسبوك|脸书
Twitter;US;Twitter|Твиттер|Твітер|تويتر|推特
Amazon;US;Amazon|Амазон|أمازون|亚马逊
Tesla;US;Tesla|Тесла|تسلا|特斯拉
Telegram;;Telegram|Телеграм|Telegram|تلغرام|تيليجرام|电报
YouTube;US;YouTube|Ютуб|يوتيوب|油管
Huawei;CN;Huawei|Хуавэй|هواوي|华为
TikTok;CN;TikTok|ТикТок|تيك توك|抖音
Boeing;US;Boeing|Боинг|بوينغ|波音
Airbus;FR;Airbus|Эйрбас|إيرباص|空客
Volkswagen;DE;Volkswagen|VW|Фольксваген|فولكس فاغن|大众汽车
Siemens;DE;Siemens|Сименс|سيمنس|西门子
TotalEnergies;FR;TotalEnergies
Shell;GB;Shell|Шелл|شل
BP;GB;BP|British Petroleum
Saudi Aramco;SA;Aramco|Saudi Aramco|أرامكو|沙特阿美
Goldman Sachs;US;Goldman Sachs|Голдман Сакс
JPMorgan;US;JPMorgan|JP Morgan|JPMorgan Chase
Pfizer;US;Pfizer|Пфайзер|فايزر|辉瑞
BioNTech;DE;BioNTech
Moderna;US;Moderna|Модерна
AstraZeneca;GB;AstraZeneca|АстраЗенека|أسترازينيكا|阿斯利康
Gamaleya Institute;RU;Gamaleya|Institut Gamaleïa|Gamaleja|Гамалеи|Гамалея
Olympic Committee;;IOC|CIO|IOK|МОК|International Olympic Committee|Comité international olympique|Internationales Olympisches Komitee|Comité Olímpico Internacional|Comitato Olimpico Internazionale|Международный олимпийский комитет|اللجنة الأولمبية الدولية|国际奥委会
FIFA;;FIFA|ФИФА|فيفا|国际足联
UEFA;;UEFA|УЕФА|يويفا|欧足联
Greenpeace;;Greenpeace|Гринпис|غرينبيس|绿色和平
Doctors Without Borders;;MSF|Doctors Without Borders|Médecins sans frontières|Ärzte ohne Grenzen|Médicos Sin Fronteras|Medici senza frontiere|Lekarze bez Granic|Врачи без границ|أطباء بلا حدود|无国界医生
Ukrainian Armed Forces;UA;ZSU|ВСУ|ЗСУ
Russian Armed Forces;RU;VKS|ВКС|Минобороны|Минобороны России|Міноборони РФ
Coordination Council;BY;Coordination Council|Conseil de coordination|Koordinierungsrat|Consejo de Coordinación|Rada Koordynacyjna|Координационный совет|Координаційна рада|Каардынацыйная рада
Viasna;BY;Viasna|Вясна
`;
