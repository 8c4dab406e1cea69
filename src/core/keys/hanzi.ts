/**
 * Chinese characters to toneless pinyin, through the `pinyin-pro` package (offline dictionary, pure JS).
 * The package (about 1 MB of tables) is loaded on the first Chinese name only, so Latin and Cyrillic text
 * never pay for it.
 */
import { createRequire } from 'node:module';

type PinyinFn = (text: string, options: { toneType: 'none'; type: 'array'; surname?: 'head' }) => string[];

/** Matches a Han character (CJK unified ideographs and extensions). */
export const HAN_RE = /\p{Script=Han}/u;

let pinyinFn: PinyinFn | undefined;

function loadPinyin(): PinyinFn {
  if (pinyinFn === undefined) {
    const require = createRequire(import.meta.url);
    pinyinFn = (require('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
  }
  return pinyinFn;
}

/**
 * Reads Han characters as toneless pinyin syllables joined without spaces (习近平 -> "xijinping");
 * other characters (the name separator ·) are dropped. The first character is read as a surname
 * where it has a special surname reading (单 shan, not dan).
 */
export function hanziToPinyin(text: string): string {
  const syllables = loadPinyin()(text, { toneType: 'none', type: 'array', surname: 'head' });
  let out = '';
  for (const s of syllables) if (/^[a-zü]+$/.test(s)) out += s === 'ü' ? 'u' : s.replace(/ü/g, 'u');
  return out;
}
