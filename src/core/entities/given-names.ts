/**
 * A compact list of common given names: hand-curated groups below (many languages and scripts), plus the
 * generated cross-language list in `data/given-names-common.ts`. The curated part covers the 13 languages
 * and their scripts (Latin spellings from many countries, transliterations used by the French, German, Polish and English press,
 * Cyrillic, Greek). Used for one rule only: a capitalised span of two or more words whose first word is a
 * given name is a person. Entries are folded once at load (`fold`), so accents and case do not matter.
 * Names that are also common capitalised words in some language (Rose, Paris, Mai, Will, Grace, Victoria)
 * are left out on purpose.
 */
import { foldName } from './fold.ts';
import { COMMON_GIVEN_NAMES } from './data/given-names-common.ts';

const GROUPS: readonly string[] = [
  // English
  `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
  Donald Mark Paul Steven Andrew Kenneth Joshua Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob
  Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond
  Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy
  Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan
  Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis
  Bobby Philip Johnny Boris Mike Bill Jim Tom Tony Rick Dick Bob Ted Nick Chris Steve Dave Ben Sam Tim Matt Dan
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra
  Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura
  Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra
  Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Kelly Christina Lauren Joan
  Evelyn Olivia Judith Megan Cheryl Martha Andrea Frances Hannah Jacqueline Ann Gloria Jean Kathryn Alice Teresa
  Sara Janice Doris Madison Julia Judy Abigail Marie Denise Beverly Theresa Kayla Diana Natalie Brittany
  Charlotte Marilyn Hillary Kamala Nancy Condoleezza Madeleine Boris Keir Rishi Liz Theresa Gordon Tony Nigel
  Jeremy Hunter Ivanka Melania Jill Joe Kamala Barack Michelle Mitt Ted Marco Bernie Elizabeth Alexandria Antony
  Lloyd Rex Mike Jake Jen Karine Lindsey Chuck Mitch Kevin Ron Gavin Pete Tulsi Vivek Nikki Dianne Rand`,
  // French
  `Alexandre Emmanuel Jean Pierre Jacques Michel François Philippe Nicolas Laurent Olivier Christophe Éric
  Frédéric Stéphane Sébastien Julien Vincent Thierry Patrick Pascal Didier Alain Bernard Gérard Claude Daniel
  Dominique Christian Yves Marcel René Louis André Henri Georges Guy Serge Gilles Bruno Hervé Denis Luc Marc
  Benoît Arnaud Antoine Guillaume Mathieu Matthieu Maxime Romain Thomas Hugo Lucas Théo Clément Quentin Damien
  Jérôme Fabien Fabrice Franck Cédric Lionel Ludovic Xavier Yannick Gaël Loïc Mathias Raphaël Valéry Edouard
  Édouard Ségolène Manuel Jean-Luc Jean-Marie Jean-Pierre Jean-Yves Jean-Claude Jean-Michel Jean-Louis
  Jean-François Jean-Paul Jean-Marc Jean-Noël Jean-Christophe Jean-Jacques Jean-Baptiste Marie-Claude Gabriel
  Marine Marion Ségolène Anne Isabelle Catherine Sylvie Nathalie Valérie Sandrine Véronique Christine Sophie
  Céline Stéphanie Aurélie Delphine Émilie Caroline Hélène Florence Patricia Brigitte Martine Monique Nicole
  Françoise Jacqueline Chantal Danielle Claire Élisabeth Elisabeth Agnès Virginie Camille Manon Léa Chloé
  Pauline Juliette Mathilde Élise Amélie Clémence Margaux Audrey Laurence Christiane Ginette Josiane Yvette
  Raphaëlle Anne-Marie Marie-France Marie-Christine Pénélope Najat Rachida Fadela Rama Roselyne Édith Édith
  Anne-Sophie Marie-Hélène Bérénice Clotilde Eugénie Geneviève Mireille Odile Solène Yaël Laurène Aude Ariane`,
  // German, Dutch, Scandinavian
  `Angela Olaf Friedrich Frank-Walter Annalena Robert Christian Karl Karl-Heinz Wolfgang Helmut Gerhard Horst
  Markus Jens Jürgen Klaus Dieter Günter Günther Hans Hans-Peter Hans-Jürgen Heinz Uwe Rolf Ulrich Bernd Werner
  Manfred Joachim Stefan Steffen Thorsten Torsten Sven Jörg Uwe Holger Ralf Rainer Reinhard Volker Lars Nils
  Tobias Florian Sebastian Lukas Leon Felix Maximilian Moritz Jonas Finn Niklas Tim Jan Heiko Hubertus Sigmar
  Guido Winfried Cem Armin Norbert Peer Christian Sahra Ursula Ute Gisela Helga Ingrid Renate Monika Sabine
  Petra Andrea Susanne Birgit Claudia Stefanie Katrin Kathrin Anja Nadine Julia Lena Leonie Hannah Johanna
  Franziska Annegret Svenja Nancy Saskia Malu Manuela Katja Ricarda Alice Tino Björn Markus Hendrik Wilhelm
  Gustav Otto Walter Fritz Kurt Erich Herbert Hermann Ludwig Heinrich Konrad Willy Dietrich Egon Erwin Ernst
  Mark Geert Wopke Sigrid Dilan Frans Pieter Hugo Jeroen Ruud Wim Joost Maarten Willem Hendrik Bart Joris Koen
  Sander Bas Thijs Stijn Femke Lotte Sanne Marieke Annemarie Ingrid Kajsa Ulf Magnus Stefan Jonas Jens Erna
  Mette Sanna Niinistö Sauli Alexander Stefan Karin Carola Anneliese Hildegard`,
  // Spanish, Portuguese, Italian
  `Pedro Pablo Alberto Santiago Mariano José Juan Carlos Luis Miguel Javier Francisco Antonio Manuel Jesús
  Fernando Alejandro Rafael Sergio Jorge Ángel Andrés Raúl Enrique Ramón Vicente Diego Álvaro Iñigo Íñigo
  Gonzalo Rodrigo Gustavo Ricardo Eduardo Felipe Nicolás Hugo Emilio Ignacio Esteban Joaquín Julio Mauricio
  Gabriel Guillermo Óscar Oscar Rubén Marcos Salvador Xavier Jordi Josep Pere Oriol Carles Quim Lula Jair Dilma
  Luiz Inácio Fernando Henrique Michel Geraldo Sérgio Ciro Flávio Eduardo Gilberto João Paulo Marcelo Rui António
  Aníbal Augusto Cavaco Marcelo Mário Álvaro Hélder Nuno Tiago Duarte Gonçalo Bernardo Afonso Vasco Rodrigo
  Evo Nicolás Hugo Gustavo Gabriel Cristina Isabel Ana María Carmen Dolores Pilar Teresa Rosa Josefa Lucía
  Elena Laura Marta Cristina Paula Sara Raquel Beatriz Silvia Patricia Mercedes Rocío Inés Irene Nuria Susana
  Yolanda Montserrat Ada Yolanda Carme Inés Soraya Begoña Irene Ione Isabel Ayuso Dilma Michelle Marina Gleisi
  Manuela Graça Fernanda Luísa Joana Mariana Inês Catarina Beatriz Francisca Leonor Matilde Giorgia Matteo
  Sergio Mario Giuseppe Giovanni Antonio Francesco Luigi Marco Andrea Alessandro Paolo Stefano Roberto Fabio
  Massimo Giorgio Lorenzo Luca Simone Davide Federico Riccardo Gianluca Gianni Gianfranco Silvio Romano
  Enrico Pier Pierluigi Piero Dario Walter Nicola Carlo Ignazio Vincenzo Salvatore Gennaro Domenico Raffaele
  Leonardo Guido Emanuele Giacomo Tommaso Filippo Daniele Claudio Maurizio Angelo Alberto Umberto Ettore Sergio
  Elly Giorgia Maria Anna Giulia Francesca Chiara Sara Valentina Alessandra Federica Silvia Elisa Martina
  Paola Laura Roberta Elena Daniela Simona Barbara Cristina Emma Marta Lucia Teresa Rosaria Ilaria Beatrice
  Elisabetta Mara Marta Giuliana Nadia Letizia Virginia Raffaella Gennaro Matteo Beppe Luigi Nicola`,
  // Polish, Czech, Slavic in Latin script
  `Andrzej Jarosław Lech Aleksander Bronisław Donald Mateusz Beata Ewa Władysław Radosław Zbigniew Krzysztof
  Tomasz Piotr Paweł Marcin Michał Grzegorz Jakub Łukasz Kamil Dawid Wojciech Rafał Adrian Przemysław Szymon
  Sławomir Mariusz Dariusz Janusz Ryszard Stanisław Tadeusz Jerzy Kazimierz Bogdan Waldemar Zdzisław Leszek
  Wiesław Józef Henryk Czesław Marek Bartosz Szymon Mikołaj Jacek Rafał Borys Szymon Agnieszka Katarzyna
  Małgorzata Anna Magdalena Joanna Barbara Elżbieta Krystyna Danuta Zofia Jadwiga Halina Irena Grażyna Dorota
  Aleksandra Natalia Monika Karolina Justyna Marta Urszula Renata Iwona Beata Sylwia Agata Weronika Julia Kinga
  Milos Miloš Václav Andrej Petr Jiří Vladimír Zdeněk Bohuslav Miroslav Tomáš Jaroslav Karel Ivan Igor Zoran
  Aleksandar Vučić Slobodan Milorad Dragan Goran Ante Andrej Janez Viktor Péter Ferenc Gergely Katalin Klaus
  Kolinda Zuzana Robert Mateusz Szymon Rafał`,
  // Russian, Ukrainian, Belarusian names in Latin transliterations (en, fr, de, pl, es, it spellings)
  `Vladimir Wladimir Władimir Vladímir Volodymyr Wolodymyr Volodimir Wołodymyr Alexandre Alexander Aleksandr
  Aleksander Alexandr Aliaksandr Alaksandr Alyaksandr Oleksandr Olexandr Oleksander Sergueï Serguei Sergei Sergey
  Sergej Sergiej Sergiy Serhiy Serhij Serhii Siarhei Mikhaïl Mikhail Mikhaïl Michail Michaił Mychajlo Mykhailo
  Mykhaïlo Michaïl Mikhaïl Dmitri Dmitry Dmitrij Dmitrii Dmytro Dimitri Dmitrij Dymitr Dzmitry Maxim Maksim
  Maksym Maxime Mykola Nikolaï Nikolai Nikolay Nikolaj Mikołaj Nicolai Viktor Wiktor Victor Víktor Yuri Yury
  Youri Iouri Juri Jurij Jurij Iuri Yuriy Iouri Alexeï Alexei Alexey Aleksei Aleksiej Alexej Oleksiy Oleksii
  Andreï Andrei Andrey Andrij Andriy Andrii Andrzej Ievgueni Evgueni Evgeni Evgeny Yevgeny Yevgeniy Jewgeni
  Ievgen Yevhen Jewhen Evguéni Igor Ihor Iwan Ivan Ivane Ilia Ilya Ilja Ilia Kirill Kyrylo Cyrille Konstantin
  Kostiantyn Konstantyn Leonid Léonid Leonide Oleg Oleh Olég Pavel Pavlo Paweł Pavlovich Piotr Pyotr Petro
  Piotr Roman Ramzan Sviatoslav Sviatoslaw Stanislav Stanislas Valeri Valery Valeriy Valerij Vassili Vasily
  Vasiliy Wassili Vasyl Vitali Vitaly Vitalij Vitaliy Vitalii Viatcheslav Vyacheslav Wjatscheslaw Yaroslav
  Jaroslaw Iaroslav Zakhar Anatoli Anatoly Anatolij Arseni Arseniy Arsenij Arsen Boris Borys Denis Denys Egor
  Yegor Jegor Gennadi Gennady Guennadi Grigori Grigory Hryhoriy Fiodor Fyodor Fedor Feodor Fiodor Gleb Herman
  German Lev Léon Matvei Nikita Mykyta Ruslan Rouslan Semion Semyon Stepan Taras Timofeï Timofei Vadim Vadym
  Valentin Valentyn Veniamin Vsevolod Yakov Iakov Jakow Emmanouil Ivan Iouri Guennadi Ramzan Aslan Djokhar
  Katsiaryna Katerina Kateryna Ekaterina Iekaterina Yekaterina Jekaterina Katarzyna Svetlana Sviatlana
  Swetlana Svitlana Tatiana Tatyana Tetiana Tatjana Tatsiana Olga Olha Volha Natalia Nataliya Natalya Natalja
  Natallia Maria Mariya Marija Mariia Maryia Anna Hanna Ganna Irina Iryna Iryna Elena Ielena Yelena Jelena
  Alena Alyona Olena Ksenia Ksenija Kseniya Oksana Lioudmila Ludmila Lyudmila Liudmyla Ljudmila Valentina
  Valentyna Galina Halyna Anastasia Anastassia Anastasiia Nastassia Daria Darya Dariya Yulia Ioulia Julia Yuliya
  Ioulia Viktoria Viktoriya Victoria Veronika Véronika Marina Maryna Nadejda Nadezhda Nadiya Nadia Larissa
  Larysa Larisa Lioubov Lyubov Liubov Zoïa Zoya Inna Alla Raïssa Raisa Margarita Polina Sofia Sofiya Evguenia
  Yevgenia Ievguenia Ievgenia Maria Kira Vera Nina Lilia Liliya Maria Tatiana Ruslana Iouliia Veronika Iryna
  Maria Elvira Elvira Valeria Mariam Oleksandra Aleksandra Alexandra Maryja Valiantsin Pavel Vital Andrei
  Siarhiej Ales Aleś Zianon Stanislau Uladzimir Ihar Ihar Viktar Yauhen Aliaksei Alaksiej Andrej Juliya Iouri`,
  // Turkish, Arabic and Persian names in Latin script, others
  `Recep Tayyip Ahmet Mehmet Mustafa Ali Hüseyin Hasan İbrahim Ibrahim İsmail Ismail Osman Yusuf Murat Ömer Omer
  Kemal Mevlüt Mevlut Hakan Binali Abdullah Devlet Kemal Meral Ekrem Mansur Selahattin Süleyman Suleyman Bülent
  Bulent Fatih Emre Burak Serkan Volkan Cem Can Deniz Erdem Erkan Gökhan Halil Hulusi Kılıç Levent Oğuz Orhan
  Sinan Tolga Tuncay Ufuk Umut Yıldırım Zeki Numan Fahrettin Nurettin Berat Bekir Abdülhamit Ayşe Fatma Emine
  Hatice Zeynep Elif Meryem Şule Sevda Merve Esra Büşra Gül Özlem Pervin Canan Tansu Tülay Nilüfer Ece Aylin
  Mohammed Mohamed Muhammad Mohammad Mohamad Mahmoud Mahmud Ahmed Ahmad Abdel Abdul Abdelaziz Abdelfattah
  Abdel-Fattah Abdulaziz Abdallah Khaled Khalid Omar Umar Hassan Hussein Husain Hossein Hosni Bashar Hafez Hafiz
  Saddam Muammar Moammar Yasser Yasir Salman Faisal Fayez Nabil Nabih Walid Waleed Tarek Tariq Karim Kareem
  Rami Samir Saad Said Saeed Sami Fouad Fuad Ayman Anwar Amr Nasser Jamal Gamal Kamal Adel Adil Mustafa Moustafa
  Hamid Hamad Hamdan Zayed Tamim Mansour Majid Mahmoud Abbas Ismail Ismaïl Haitham Hamza Youssef Yousef Yousuf
  Issam Imad Emad Ziad Ziyad Marwan Nouri Nuri Mokhtar Rached Kais Kaïs Moncef Béji Beji Habib Abdelmadjid
  Abdelaziz Ali Bachir Omar Khalifa Fayez Aref Ebrahim Hassan Javad Mahmoud Mojtaba Ruhollah Ali Akbar Masoud
  Massoud Abbas Hassan Nasrallah Ismail Yahya Moussa Mussa Fatima Fatma Aïcha Aisha Aicha Khadija Mariam Maryam
  Leila Layla Laila Nour Noor Rania Randa Salma Samira Souad Zahra Zeinab Zainab Yasmine Yasmina Hanan Houda
  Huda Amina Asma Nadia Najat Hind Ghada Reem Rim Lina Dalia Shirin Narges Benjamin Benyamin Naftali Yair Isaac
  Yitzhak Itzhak Shimon Ehud Ariel Avigdor Gideon Moshe Benny Yoav Avi Golda Tzipi Ayelet Miri Narendra Rahul
  Sonia Indira Imran Nawaz Shehbaz Benazir Asif Pervez Ashraf Hamid Kim Shinzo Fumio Yoshihide Junichiro Moon
  Yoon Lee Xi Li Hu Wen Jiang Wang Zhou Deng Mao Nelson Jacob Cyril Thabo Paul Uhuru William Yoweri Abiy Bola
  Muhammadu Goodluck Olusegun Ellen George Emmerson Robert Macky Alassane Ouattara Félix Denis Joseph Pierre`,
  // Cyrillic (ru, uk, be, bg, sr)
  `Владимир Володимир Уладзімір Александр Олександр Аляксандр Сергей Сергій Сяргей Михаил Михайло Міхаіл Дмитрий
  Дмитро Дзмітрый Максим Максім Николай Микола Мікалай Виктор Віктор Віктар Юрий Юрій Юрый Алексей Олексій
  Аляксей Андрей Андрій Андрэй Евгений Євген Яўген Игорь Ігор Ігар Иван Іван Илья Ілля Кирилл Кирило
  Константин Костянтин Канстанцін Леонид Леонід Олег Олег Алег Павел Павло Паўел Пётр Петр Петро Пятро Роман
  Рамзан Святослав Станислав Станіслав Валерий Валерій Валеры Василий Василь Віталій Виталий Вячеслав В'ячеслав
  Ярослав Анатолий Анатолій Арсений Арсеній Борис Борис Денис Егор Єгор Геннадий Геннадій Григорий Григорій
  Фёдор Федор Федір Глеб Герман Лев Матвей Никита Микита Руслан Семён Семен Степан Тарас Тимофей Вадим Валентин
  Яков Яків Антон Артём Артем Артур Богдан Вениамин Всеволод Георгий Георгій Даниил Данило Захар Игорь Марк
  Ростислав Тимур Эдуард Едуард Юлий Ефим Аркадий Эльвира Екатерина Катерина Кацярына Светлана Світлана
  Святлана Татьяна Тетяна Таццяна Ольга Вольга Наталья Наталія Наталля Мария Марія Марыя Анна Ганна Ирина Ірина
  Елена Олена Алена Ксения Ксенія Оксана Людмила Людмила Валентина Галина Галина Анастасия Анастасія Дарья
  Дарія Юлия Юлія Виктория Вікторія Вероника Вероніка Марина Надежда Надія Лариса Любовь Любов Зоя Инна Інна
  Алла Раиса Маргарита Полина Софья Софія Евгения Євгенія Кира Вера Віра Нина Ніна Лилия Лілія Элла Эльмира
  Мария Майя Маргарита Ульяна Уляна Жанна Тамара Зинаида Нурсултан Касым-Жомарт Ильхам Эммануэль Джо Дональд
  Томаш Томас Якуб Анджей Кшиштоф Лех Ярослав Матеуш Гжегож Збигнев Карим Ахмед Ахмад Мухаммед Мохаммед Мухаммад Махмуд Али Хасан Хусейн Омар Абдель Абдулла Халед Халид Хани
  Мустафа Ибрагим Исмаил Юсуф Муса Фатима Айша Лейла Мариам Башар Саддам Ясир Салман Рамзан Кадыр Мехмет
  Ангела Олаф Барак Реджеп Бенедикт Бойко Румен Зоран Александар Слободан Милош Воислав`,
  // Greek
  `Αλέξης Κυριάκος Γιώργος Κώστας Νίκος Δημήτρης Γιάννης Παναγιώτης Αντώνης Ευάγγελος Μαρία Ελένη Αικατερίνη`,
];

/** The folded given names (built once at module load). */
const GIVEN = new Set<string>();
for (const group of GROUPS) for (const n of group.split(/\s+/)) if (n) GIVEN.add(foldName(n));
// Generated from a package's per-language lists (already folded): see data/build-given-names.ts.
for (const n of COMMON_GIVEN_NAMES.split(/\s+/)) if (n) GIVEN.add(n);

/** True when the folded word is a common given name in one of the supported languages or scripts. */
export function isGivenName(norm: string): boolean {
  return GIVEN.has(norm);
}

/** Case endings of inflected given names (ru/uk/be Cyrillic, pl Latin), longest first. */
const CASE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  ru: ['ым', 'ем', 'ом', 'ой', 'ей', 'ою', 'ею', 'у', 'ю', 'а', 'я', 'ы', 'и', 'е'],
  uk: ['ом', 'ем', 'єм', 'ою', 'ею', 'ові', 'еві', 'у', 'ю', 'а', 'я', 'и', 'і', 'ї', 'е'],
  pl: ['owi', 'em', 'om', 'ą', 'ę', 'a', 'u', 'y', 'i', 'ie', 'e'],
};
/** What a stem may need back to be a nominative (Ольгой -> Ольг + а, Anną -> Ann + a). */
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'a', 'й', 'ь'];
/** Shortest stem tried after removing a case ending. */
const MIN_GIVEN_STEM = 3;

/**
 * True when the folded word is a given name, or (ru/uk/pl) an inflected form of one: Томашем, Карима,
 * Ольгой, Tomaszem, Anną. Other languages: the plain look-up.
 */
export function isGivenNameInflected(norm: string, lang: string): boolean {
  if (GIVEN.has(norm)) return true;
  const endings = CASE_ENDINGS[lang];
  if (endings === undefined) return false;
  for (const end of endings) {
    if (!norm.endsWith(end) || norm.length - end.length < MIN_GIVEN_STEM) continue;
    const stem = norm.slice(0, norm.length - end.length);
    for (const nom of NOMINATIVE_ENDINGS) if (GIVEN.has(stem + nom)) return true;
  }
  return false;
}

/** Number of distinct folded given names (for reports and tests). */
export function givenNameCount(): number {
  return GIVEN.size;
}
