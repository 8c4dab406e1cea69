/**
 * Pages that are not articles: what a server sends instead of the article (page not found, request failed,
 * story expired) and sign-in walls. Fetched URLs and scraped collections hold such pages under a news URL;
 * stored as articles they become stories of their own ("document not found" next to the news). They are
 * short, and say what they are in their title or first lines, in the phrases below (folded: lower case, no
 * diacritics). A longer text is an article even if it quotes one of the phrases.
 */
import { fold } from '../text/fold.ts';

/** Most words an error or sign-in page has (real ones have 20-130); an article this short is a brief. */
export const ERROR_PAGE_MAX_WORDS = 150;

/** Characters of the text read for the phrases: an error page says so at once. */
const HEAD_CHARS = 400;

/** Phrases of error pages, per language (folded). Each names the page, document or request, not a thing. */
const ERROR_PHRASES: readonly string[] = [
  // en
  'page not found',
  'document not found',
  'article not found',
  'story not found',
  'page cannot be found',
  'page could not be found',
  'the page you requested',
  'the page you are looking for',
  'the requested page',
  'unable to find requested',
  'unable to process your request',
  'unable to process request',
  'this page is currently unavailable',
  'this page is no longer available',
  'the story may have expired',
  'the story has expired',
  'story id may be invalid',
  'error 404',
  '404 not found',
  '404 error',
  // fr
  'page introuvable',
  'page non trouvee',
  'la page que vous recherchez',
  'la page demandee',
  'erreur 404',
  // de
  'seite nicht gefunden',
  'seite wurde nicht gefunden',
  'die angeforderte seite',
  'die gesuchte seite',
  'fehler 404',
  // es
  'pagina no encontrada',
  'la pagina que buscas',
  'la pagina solicitada',
  // it
  'pagina non trovata',
  'la pagina richiesta',
  'errore 404',
  // pt
  'pagina nao encontrada',
  'a pagina que voce procura',
  'erro 404',
  // nl
  'pagina niet gevonden',
  // pl
  'strona nie zostala znaleziona',
  'nie znaleziono strony',
  'blad 404',
  // ru / uk
  'страница не найдена',
  'ошибка 404',
  'сторінку не знайдено',
  // tr
  'sayfa bulunamadi',
  // ar
  'الصفحة غير موجودة',
  // zh
  '页面不存在',
  '找不到页面',
];

/** A title that is a sign-in wall: ends with "Log In", "Sign in", "Anmelden"... after a separator or alone. */
const SIGN_IN_TITLE =
  /(?:^|[>|:\-–—]\s*)(?:log ?in|sign ?in|login|register|anmelden|anmeldung|connexion|se connecter|iniciar sesion|accedi|entrar|zaloguj sie|войти|вход)$/u;

const ERROR_RE = new RegExp(
  ERROR_PHRASES.map((p) => fold(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'u',
);

/** Words in a text, counted up to `limit + 1` (no array built). */
function wordsUpTo(text: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Why a title and text are an error or sign-in page and not an article ("an error page: \"page not
 * found\""), or undefined for an article.
 */
export function errorPageReason(title: string, text: string): string | undefined {
  if (wordsUpTo(text, ERROR_PAGE_MAX_WORDS) > ERROR_PAGE_MAX_WORDS) return undefined;
  const head = fold(`${title}\n${text.slice(0, HEAD_CHARS)}`);
  const m = ERROR_RE.exec(head);
  if (m) return `an error page: "${m[0]}"`;
  const t = fold(title).trim();
  if (SIGN_IN_TITLE.test(t)) return `a sign-in page: "${title.trim()}"`;
  return undefined;
}
