/**
 * Month names of the supported languages, for date lines at the head of articles ("PARIS, 14 septembre 2020
 * (AFP) -"). Keys are lower-cased with diacritics removed; genitive and abbreviated forms included.
 */
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'january jan',
    'february feb',
    'march mar',
    'april apr',
    'may',
    'june jun',
    'july jul',
    'august aug',
    'september sep sept',
    'october oct',
    'november nov',
    'december dec',
  ],
  fr: [
    'janvier janv',
    'fevrier fevr fev',
    'mars',
    'avril avr',
    'mai',
    'juin',
    'juillet juil',
    'aout',
    'septembre',
    'octobre',
    'novembre',
    'decembre dec',
  ],
  de: [
    'januar jan janner',
    'februar feb',
    'marz maerz',
    'april apr',
    'mai',
    'juni',
    'juli',
    'august aug',
    'september sept',
    'oktober okt',
    'november nov',
    'dezember dez',
  ],
  es: [
    'enero ene',
    'febrero',
    'marzo',
    'abril abr',
    'mayo',
    'junio',
    'julio',
    'agosto ago',
    'septiembre setiembre',
    'octubre',
    'noviembre',
    'diciembre dic',
  ],
  it: [
    'gennaio gen',
    'febbraio',
    'marzo',
    'aprile',
    'maggio mag',
    'giugno giu',
    'luglio lug',
    'agosto',
    'settembre set',
    'ottobre ott',
    'novembre',
    'dicembre',
  ],
  pt: [
    'janeiro',
    'fevereiro',
    'marco',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro out',
    'novembro',
    'dezembro dez',
  ],
  nl: [
    'januari',
    'februari',
    'maart mrt',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  pl: [
    'styczen stycznia',
    'luty lutego',
    'marzec marca',
    'kwiecien kwietnia',
    'maj maja',
    'czerwiec czerwca',
    'lipiec lipca',
    'sierpien sierpnia',
    'wrzesien wrzesnia',
    'pazdziernik pazdziernika',
    'listopad listopada',
    'grudzien grudnia',
  ],
  ru: [
    'январь января',
    'февраль февраля',
    'март марта',
    'апрель апреля',
    'май мая',
    'июнь июня',
    'июль июля',
    'август августа',
    'сентябрь сентября',
    'октябрь октября',
    'ноябрь ноября',
    'декабрь декабря',
  ],
  uk: [
    'сiчень сiчня січень січня',
    'лютий лютого',
    'березень березня',
    'квiтень квiтня квітень квітня',
    'травень травня',
    'червень червня',
    'липень липня',
    'серпень серпня',
    'вересень вересня',
    'жовтень жовтня',
    'листопад листопада',
    'грудень грудня',
  ],
  tr: [
    'ocak',
    'subat',
    'mart',
    'nisan',
    'mayis',
    'haziran',
    'temmuz',
    'agustos',
    'eylul',
    'ekim',
    'kasim',
    'aralik',
  ],
  // Levantine two-word names (كانون الثاني, تشرين الأول...) are left out: their halves are ambiguous alone.
  ar: [
    'يناير',
    'فبراير شباط',
    'مارس آذار',
    'أبريل ابريل نيسان',
    'مايو أيار',
    'يونيو حزيران',
    'يوليو تموز',
    'أغسطس اغسطس آب',
    'سبتمبر أيلول',
    'أكتوبر اكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
};

/** Lower case without combining marks ("Août" -> "aout", "września" -> "wrzesnia", "й" kept). */
export function foldMonth(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/ı/g, 'i')
    .replace(/\.$/, '');
}

/** Folded month word -> month number 1-12, over every language (the names do not clash across languages). */
export const MONTH_NUMBER: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const names of Object.values(MONTHS)) {
    names.forEach((forms, i) => {
      for (const f of forms.split(' ')) m.set(foldMonth(f), i + 1);
    });
  }
  return m;
})();
