import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideLanguage, languageStage, normaliseLangTag } from '../../src/core/stages/language.ts';
import { cleanText } from '../../src/core/stages/clean.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'seeds');

/** Short fictional news sentences, one per supported language. */
const TEXTS: ReadonlyArray<{ lang: string; text: string }> = [
  {
    lang: 'en',
    text: 'The prime minister said on Monday that the government would meet again next week in the capital.',
  },
  {
    lang: 'fr',
    text: 'Le premier ministre a déclaré lundi que le gouvernement se réunirait de nouveau la semaine prochaine.',
  },
  {
    lang: 'de',
    text: 'Der Ministerpräsident sagte am Montag, die Regierung werde sich nächste Woche erneut in der Hauptstadt treffen.',
  },
  {
    lang: 'es',
    text: 'El primer ministro dijo el lunes que el gobierno volverá a reunirse la próxima semana en la capital.',
  },
  {
    lang: 'it',
    text: 'Il primo ministro ha detto lunedì che il governo si riunirà di nuovo la prossima settimana nella capitale.',
  },
  {
    lang: 'pt',
    text: 'O primeiro-ministro disse na segunda-feira que o governo voltará a reunir-se na próxima semana na capital.',
  },
  {
    lang: 'nl',
    text: 'De premier zei maandag dat de regering volgende week opnieuw in de hoofdstad bijeen zal komen.',
  },
  {
    lang: 'pl',
    text: 'Premier powiedział w poniedziałek, że rząd ponownie zbierze się w przyszłym tygodniu w stolicy.',
  },
  {
    lang: 'ru',
    text: 'Премьер-министр заявил в понедельник, что правительство снова соберётся на следующей неделе в столице.',
  },
  {
    lang: 'uk',
    text: 'Прем’єр-міністр заявив у понеділок, що уряд знову збереться наступного тижня у столиці.',
  },
  {
    lang: 'tr',
    text: 'Başbakan pazartesi günü yaptığı açıklamada hükümetin gelecek hafta başkentte yeniden toplanacağını söyledi.',
  },
  { lang: 'ar', text: 'قال رئيس الوزراء يوم الاثنين إن الحكومة ستجتمع مرة أخرى الأسبوع المقبل في العاصمة.' },
  { lang: 'zh', text: '总理星期一表示，政府将于下周在首都再次召开会议，讨论经济问题。' },
];

test('language: detects all 13 languages on short fictional texts', () => {
  for (const { lang, text } of TEXTS) {
    const r = decideLanguage(text);
    assert.equal(r.lang, lang, text);
    assert.equal(r.from, 'detected');
    assert.equal(r.supported, true);
    assert.ok(r.confidence > 0 && r.confidence <= 1, `${lang} confidence ${r.confidence}`);
  }
});

test('language: the declared language agrees with a clear detection, and loses to it when wrong', () => {
  assert.equal(decideLanguage(TEXTS[1].text, 'fr-FR').from, 'detected');
  const wrong = decideLanguage(TEXTS[1].text, 'de');
  assert.equal(wrong.lang, 'fr');
  assert.equal(wrong.from, 'detected');
});

test('language: the declared language breaks ties on short text', () => {
  const r = decideLanguage('Vladimir Putin', 'en');
  assert.deepEqual(r, { lang: 'en', supported: true, confidence: 0.5, from: 'declared-tie-break' });
});

test('language: nothing to detect gives the declared language or und', () => {
  assert.deepEqual(decideLanguage('', 'fr'), {
    lang: 'fr',
    supported: true,
    confidence: 0.5,
    from: 'declared',
  });
  assert.deepEqual(decideLanguage('12345 678'), {
    lang: 'und',
    supported: false,
    confidence: 0,
    from: 'detected',
  });
  assert.deepEqual(decideLanguage(''), { lang: 'und', supported: false, confidence: 0, from: 'detected' });
});

test('language: unsupported languages are reported, not forced', () => {
  const r = decideLanguage(
    'Statsministern sade på måndagen att regeringen ska sammanträda igen nästa vecka i huvudstaden.',
  );
  assert.equal(r.lang, 'sv');
  assert.equal(r.supported, false);
});

test('language: declared tags are normalised', () => {
  const rows: ReadonlyArray<{ input: string | undefined; expected: string | undefined }> = [
    { input: 'fr-FR', expected: 'fr' },
    { input: 'PT_br', expected: 'pt' },
    { input: ' de ', expected: 'de' },
    { input: 'zho', expected: 'zh' },
    { input: '', expected: undefined },
    { input: undefined, expected: undefined },
    { input: '12', expected: undefined },
  ];
  for (const { input, expected } of rows) assert.equal(normaliseLangTag(input), expected, String(input));
});

test(
  'language: the seeds are French',
  { skip: !existsSync(SEEDS) && 'needs ../shared/data (absent)' },
  () => {
    for (const f of ['000_7a61144dd750e5af.txt', '002_f95a6ceda9409001.txt']) {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      const clean = cleanText(text);
      const r = languageStage.run({ id: f, title: '', text, origin: f }, { clean });
      assert.equal(r.lang, 'fr', f);
      assert.equal(r.from, 'detected');
      assert.ok(r.confidence >= 0.5, `${f}: ${r.confidence}`);
    }
  },
);
