/**
 * The seed corpora (fuzz/corpus/<target>/) and libFuzzer dictionaries (fuzz/dicts/) of the fuzz
 * targets, written by `npm run fuzz -- --write-seeds`. The sentences are written for akhbar (not
 * copied from any corpus); the awkward pieces are what scraped news text and hostile input hold:
 * bidirectional controls, ZWJ/ZWNJ, NUL, tatweel and diacritic runs, nested quotes, Latin and
 * Arabic glued together, lone surrogates (in UTF-16LE seeds).
 *
 * A seed file is a fuzz input (see fuzz/checks.ts): a control byte (bit 0: UTF-8 or UTF-16LE,
 * bits 1–7: the target's option switches) and the text. Files added by hand to a corpus folder
 * are kept: writing the seeds only (re)writes the files named here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeInput, TARGET_NAMES, type TargetName } from './checks.js';

/** One seed: a file name (without folder), the text, the option switches, the encoding. */
export interface Seed {
  readonly name: string;
  readonly text: string;
  readonly flags?: number;
  readonly utf16?: boolean;
}

// ---------------------------------------------------------------------------
// Texts

/** News sentences written for these seeds. */
const NEWS = {
  health: 'أعلنت وزارة الصحة، صباح الثلاثاء، افتتاح مستشفى جديد في مدينة الموصل بسعة ٢٠٠ سرير.',
  talks: 'وقال الناطق باسم الحكومة العراقية إن المفاوضات مع إقليم كردستان ستُستأنف الأسبوع المقبل في أربيل.',
  currency: 'ارتفع سعر صرف الدولار أمام الجنيه المصري بنسبة 3.5% خلال تعاملات اليوم، فيما تراجع مؤشر البورصة ٠٫٨٪.',
  strikes: 'شنّت طائرات التحالف الدولي غارات على مواقع لتنظيم «داعش» قرب الحدود السورية العراقية.',
  visit: 'وأكد وزير الخارجية الأردني، خلال لقائه نظيره الفرنسي في عمّان، دعم بلاده للحل السياسي في سوريا.',
  quoted: 'ونقلت وكالة رويترز عن مصادر دبلوماسية قولها: "لا يوجد اتفاق حتى الآن، والمحادثات مستمرة".',
  question: 'هل تنجح الوساطة القطرية في وقف إطلاق النار؟ يتساءل مراقبون عن فرص التهدئة في غزة.',
  against: 'غير أن الأرقام تظهر عجز التحالف الدولي عن حماية المدنيين، وهو إخفاق واضح بكل المقاييس. ويرى محللون أن التحالف الدولي لم يحقق أي تقدم ملموس.',
  favor: 'وأشاد رئيس الوزراء بالنجاح الكبير الذي حققه الجيش العراقي في استعادة الفلوجة، مؤكدا أن الجيش العراقي أثبت كفاءة عالية.',
  mixed: 'رغم الإنجازات الميدانية، فإن الولايات المتحدة متهمة بالتقاعس عن دعم اللاجئين. وقالت واشنطن إن الولايات المتحدة قدمت مساعدات سخية.',
  errors: 'وصل الوفد الي القاهرة حتي يلتقي بممثلي الإتحاد الأوروبي، ثم يسافر إلى أسيا ضمن تحالف تقوده الولاياتالمتحدة.',
  hamzaLess: 'اعلنت المنظمةالاسلامية ان اجتماعها الاول سيعقد اثناء الاسبوع القادم في الامارات .',
  reversedQuotes: 'وصف المتحدث تنظيم»داعش»بأنه خطر على المنطقة ، وأضاف:«لن نتراجع».',
  bidiPunct: 'وقعت الحادثة في أيلول .2001 وسط العاصمة ، وقتل فيها  ٣٠ شخصا .',
  wrapped: 'وذكر التقرير الصادر عن لجنة التحقيق المستقلة أن\nالقوات الحكومية استخدمت القوة المفرطة ضد المتظاهرين\nفي ساحة التحرير خلال الأسبوع الماضي.\n\nوطالبت اللجنة بمحاسبة المسؤولين.',
  titled: 'اجتماع طارئ في الرياض\nعقد وزراء الداخلية العرب اجتماعا طارئا لبحث التطورات الأمنية في المنطقة.\n\nوسأل النائب م. هاني الشريف: «أين الخطة؟» ثم غادر القاعة غاضبا!',
  mixedScript: 'نشرت صحيفة The Times تقريرا عن شركتي Google وOpenAI في 2024 عبر https://example.com/news?id=7 وراسلت press@example.org، وغرد @Reuters_ME تحت وسم #عاجل_العراق.',
  emoji: 'تفاعل المغردون 👍🏽 مع الخبر 🇮🇶 وكتب أحدهم ❤️ 👨‍👩‍👧 1️⃣ شكرا.',
  numbers: 'صوّت ٦٨٫٥٪ من الناخبين، أي 1,234,567 صوتا، في استفتاء عام ۱۴۰۳ الذي جرى في 12/05 الساعة 10:30.',
  abbreviations: 'قال د. هاني إن Dr. Brown وM. Lopez وصلا إلى U.S.A أمس، بحسب أ.ف.ب.',
  people: 'استقبل الرئيس المصري في القاهرة وزير الخارجية الأمريكي، وبحث معه الأوضاع في ليبيا والسودان، كما التقى الأمين العام للأمم المتحدة.',
  unknownPerson: 'وقال الجنرال مارك ويلسون إن محمد بن عبد الله الخطيب سيتولى القيادة، وأضاف ويلسون أن المهمة صعبة.',
  clitics: 'وبالموصل وللأمم المتحدة ولـ"الشرق الأوسط" وسيقاتلونهم وبحكومتها وكالمستشفيات فالمقاتلين.',
} as const;

/** Awkward pieces. */
const AWKWARD = {
  bidi: 'أعلن \u202eالجيش\u202c أن \u2067القوات\u2069 وصلت \u202aإلى\u202b المدينة\u202d \u2066ليلا\u2068.\u2069',
  zw: 'می\u200cخواهم \u200dالعراق\u200d لا\u200cسلام \u200bبغداد\ufeff \u200e\u200fدمشق',
  nul: 'قال\u0000الوزير\u0000 إن\u0000\u0000 الاتفاق\u0001\u001f\u007f نهائي.',
  tatweel: 'الــــــــحـــكـــومـــــة ـــــ لـــ ـ بـغـداد مـحـمّـــد ــ',
  diacritics: 'ًٌٍ وَبِالْعِرَاقِ ًٌٍَُِّْ ًًًًًًًًًً ْ قُتِلُوا مُسْتَشْفَى ٰٖٗ',
  quotes: '«««قال إن «الحكومة» ستعمل»» و"داعش" و“الجيش” و‘فلان’ و„كذا“ »»» ««',
  glued: 'aبbتcثdجeحfخ1٢3٤ الIraqيون CNNعربية وال2020 x.yزz',
  presentation: 'ﻻ ﷲ ﺍﻟﻌﺮﺍﻕ ﷺ ﻷن ﺑﻐﺪﺍﺩ',
  lookalikes: 'کردستان ایران یک ۀ ە ڪ ھ گزارش',
  crlf: 'سطر أول\r\nسطر ثان\r\n\r\nفقرة ثانية\rوثالثة\u2028ورابعة\u2029',
  blank: ' \t\u00a0\u2003\n\u2028\u2029\u3000 ',
  surrogates: 'قال \ud800 الوزير \udfff\ud800 إن 👍\udc00 \udbff\udfff نهاية\ud83d',
  longWord: 'وبالمستشفيات' + 'ال'.repeat(40) + 'عراقيين',
  runOn: 'الولاياتالمتحدةوالاتحادالأوروبيوروسياوالصينوالهند',
  repeated: '» '.repeat(30) + 'ة'.repeat(40) + '، ،، ؛؛ ؟؟؟ !!! ...... …',
} as const;

const TEXT_SEEDS: Seed[] = [
  ...Object.entries(NEWS).map(([k, text]) => ({ name: `news-${k}`, text })),
  ...Object.entries(AWKWARD).map(([k, text]) => ({ name: `awkward-${k}`, text, utf16: k === 'surrogates' })),
  { name: 'empty', text: '' },
  { name: 'utf16-news', text: NEWS.errors + '\n' + AWKWARD.bidi, utf16: true },
  { name: 'utf16-mixed', text: AWKWARD.surrogates + ' ' + NEWS.mixedScript, utf16: true },
];

/** Text seeds with each flag pattern of a target (every seed with its flags, plus some variants). */
function withFlags(seeds: readonly Seed[], flags: readonly number[]): Seed[] {
  const out: Seed[] = [...seeds];
  flags.forEach((f, i) => {
    const s = seeds[(i * 7) % seeds.length]!;
    out.push({ ...s, name: `${s.name}-f${f}`, flags: f });
  });
  return out;
}

// ---------------------------------------------------------------------------
// Data seeds (JSON and line formats)

const json = (v: unknown): string => JSON.stringify(v);

const ENTITIES = [
  { id: 'tell-kalakh', type: 'location', subtype: 'city', names: { ar: 'تلكلخ', en: 'Tell Kalakh' }, aliases: ['تل كلخ'] },
  { id: 'samir-haddad', type: 'person', names: { ar: 'سمير حداد', en: 'Samir Haddad' }, aliases: ['~حداد'], titles: ['وزير الري'] },
  { id: 'green-river-council', type: 'organization', subtype: 'council', names: { ar: 'مجلس النهر الأخضر', en: 'Green River Council' }, aliases: ['المجلس الأخضر'], demonyms: ['أخضري'], wikidata: 'Q123456' },
];

const GAZETTEER_SEEDS: Seed[] = [
  { name: 'entities', text: json(ENTITIES) },
  { name: 'from-json', text: json({ version: 1, entities: ENTITIES, titles: ['الشيخ', 'العقيد'] }) },
  { name: 'with', text: json([ENTITIES[0], { ...ENTITIES[0], id: 'base-city' }]), flags: 1 },
  { name: 'titles', text: json(ENTITIES), flags: 2 },
  { name: 'proto-entity', text: '[{"__proto__":{"polluted":"yes"},"id":"x","type":"person","names":{"ar":"س","en":"X"},"aliases":[]}]' },
  { name: 'proto-names', text: '[{"id":"x","type":"person","names":{"ar":"س","en":"X","__proto__":{"polluted":"yes"}},"aliases":[]}]' },
  { name: 'proto-top', text: '{"__proto__":{"polluted":"yes"},"version":1,"entities":[]}' },
  { name: 'constructor-prototype', text: '{"version":1,"entities":[{"constructor":{"prototype":{"polluted":"yes"}},"id":"a","type":"location","names":{"ar":"ب","en":"B"},"aliases":[]}],"titles":["prototype"]}' },
  { name: 'prototype-key', text: '[{"id":"prototype","type":"organization","names":{"ar":"constructor","en":"__proto__"},"aliases":["__proto__","prototype"]}]' },
  { name: 'bad-id', text: '[{"id":"Not A Slug","type":"person","names":{"ar":"س","en":"S"},"aliases":[]}]' },
  { name: 'duplicate-id', text: json([ENTITIES[0], ENTITIES[0]]) },
  { name: 'bad-type', text: '[{"id":"x","type":"place","names":{"ar":"س","en":"X"},"aliases":[]}]' },
  { name: 'long-name', text: json([{ id: 'long', type: 'person', names: { ar: 'س'.repeat(201), en: 'L' }, aliases: [] }]) },
  { name: 'empty-alias', text: '[{"id":"x","type":"person","names":{"ar":"س","en":"X"},"aliases":["~"," ",""]}]' },
  { name: 'not-iterable', text: '{"0":{"id":"x"},"length":1}' },
  { name: 'scalars', text: '[null,1,"x",true,[]]' },
  { name: 'lines', text: 'tell-kalakh|location|تلكلخ|Tell Kalakh|تل كلخ,تلكلخ البلد\n|person|سمير حداد||~حداد|سوري|وزير الري\n|organization|مجلس النهر||المجلس،النهر|||council|Q42' },
  { name: 'lines-odd', text: '||ـــ\n||ًٌ\n||\u202eعكس\u202c\n||\ud800x\n||al-Qaeda,القاعدة\n||و\n||ال', utf16: true },
];

const LEXICON_SEEDS: Seed[] = [
  { name: 'words', text: json(['تلكلخ', 'كفرنبل', 'كوباني', 'داعش', 'الرقة']) },
  { name: 'no-clitics', text: json(['تلكلخ', 'بلاك']), flags: 1 },
  { name: 'options', text: json({ words: ['كفرنبل'], options: { clitics: false } }) },
  { name: 'bad-options', text: json({ words: ['كفرنبل'], options: { clitic: true } }) },
  { name: 'proto-words', text: json(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']) },
  { name: 'proto-options', text: '{"words":["a"],"options":{"__proto__":{"polluted":"yes"}}}' },
  { name: 'marks', text: json(['وَبِالْعِرَاقِ', 'ـــ', 'ً', ' مسافة ', '']) },
  { name: 'long-word', text: json(['ب'.repeat(101)]) },
  { name: 'not-strings', text: '["a",1,null,{"x":1}]' },
  { name: 'string', text: '"تلكلخ"' },
  { name: 'lines', text: 'تلكلخ\nكفرنبل\nوبالعراق\n\u202eمعكوس\u202c\nalpha beta' },
  { name: 'surrogates', text: '["\\ud800", "ب\\udfff", "👍"]' },
];

const CUES = [
  { cue: 'تخبط', polarity: -1, weight: 1 },
  { cue: 'إنجاز باهر', polarity: 1, weight: 2 },
  { cue: 'تقصير', polarity: -1, weight: 1.5, match: 'prefix' },
];

const STANCE_LEXICON_SEEDS: Seed[] = [
  { name: 'cues', text: json(CUES) },
  { name: 'extend', text: json(CUES), flags: 1 },
  { name: 'options', text: json({ cues: CUES, options: { extend: false } }) },
  { name: 'override', text: json([{ cue: 'فشل', polarity: 1, weight: 10 }]), flags: 1 },
  { name: 'proto-cue', text: '[{"__proto__":{"polluted":"yes"},"cue":"فشل","polarity":-1,"weight":1}]' },
  { name: 'proto-options', text: '{"cues":[],"options":{"__proto__":{"polluted":"yes"}}}' },
  { name: 'bad-weight', text: '[{"cue":"فشل","polarity":-1,"weight":0},{"cue":"نجاح","polarity":1,"weight":11}]' },
  { name: 'bad-polarity', text: '[{"cue":"فشل","polarity":0,"weight":1}]' },
  { name: 'bad-match', text: '[{"cue":"فشل","polarity":-1,"weight":1,"match":"regex"}]' },
  { name: 'long-cue', text: json([{ cue: 'ف'.repeat(201), polarity: -1, weight: 1 }]) },
  { name: 'lines', text: 'تخبط|-|1\nإنجاز باهر|+|2\nتقصير|-1|1.5|prefix\nـــ|+\n\u202eفشل|-|0.5' },
  { name: 'odd-cues', text: json([{ cue: 'ال', polarity: -1, weight: 1, match: 'prefix' }, { cue: 'و', polarity: 1, weight: 1 }, { cue: '؟', polarity: -1, weight: 1 }]) },
];

/** The seeds of every target. */
export const SEEDS: Record<TargetName, Seed[]> = {
  tokenize: withFlags(TEXT_SEEDS, [1, 2, 4, 8, 15]),
  sentences: TEXT_SEEDS,
  normalize: withFlags(TEXT_SEEDS, [1, 2, 3, 6, 10, 21, 38, 64, 127]),
  repair: withFlags(TEXT_SEEDS, [1, 2, 4, 8, 16, 32, 64, 65]),
  segment: withFlags(TEXT_SEEDS.filter((s) => s.text.length <= 1000), [1, 2, 3]),
  gazetteer: withFlags(TEXT_SEEDS, [1, 2, 4, 8, 16, 7]),
  stance: withFlags(TEXT_SEEDS, [1, 2, 3]),
  analyze: withFlags(TEXT_SEEDS, [1, 2, 4, 8, 16, 3]),
  'user-gazetteer': GAZETTEER_SEEDS,
  lexicon: LEXICON_SEEDS,
  'stance-lexicon': STANCE_LEXICON_SEEDS,
  // Short pieces: the target repeats them to 64 K code units.
  linear: [
    { name: 'sentence', text: 'قال الوزير إن الحكومة ستعمل حتي نهاية العام.' },
    { name: 'run-on', text: 'الولاياتالمتحدةوالإتحاد', flags: 1 | 8 },
    { name: 'quotes', text: '»داعش«', flags: 4 | 8 },
    { name: 'marks', text: 'ًٌٍَُِّْـ', flags: 4 },
    { name: 'wrapped', text: 'وذكر التقرير أن القوات استخدمت القوة المفرطة ضد المتظاهرين في الساحة', flags: 2 | 8 },
    { name: 'entities', text: 'الرئيس جون سميث في بغداد وسوريا و"داعش"', flags: 16 },
    { name: 'clitics', text: 'وبالمستشفياتهم', flags: 1 | 16 },
    { name: 'stance', text: 'فشل التحالف الدولي لكن نجح الجيش العراقي.', flags: 24 },
    { name: 'bidi', text: '\u202eالجيش\u202c\u2067.\u2069', flags: 4 | 8 },
    { name: 'urls', text: 'https://a.b/c?d=e#f@x.y', flags: 4 },
    { name: 'surrogates', text: '\ud800ب\udc00', flags: 4 | 24, utf16: true },
  ],
};

// ---------------------------------------------------------------------------
// Dictionaries

/** A libFuzzer dictionary entry: bytes outside printable ASCII, quotes and backslashes escaped. */
function entry(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  return `"${s}"`;
}

/** Entries for a token in UTF-8 and in UTF-16LE (the two decodings of the inputs). */
function both(token: string): string[] {
  const utf8 = new TextEncoder().encode(token);
  const utf16 = new Uint8Array(token.length * 2);
  for (let i = 0; i < token.length; i++) {
    utf16[2 * i] = token.charCodeAt(i) & 0xff;
    utf16[2 * i + 1] = token.charCodeAt(i) >> 8;
  }
  return [entry(utf8), entry(utf16)];
}

const TEXT_TOKENS = [
  'ال', 'و', 'ف', 'ب', 'ل', 'ك', 'س', 'لل', 'وال', 'بال', 'ها', 'هم', 'ة', 'ى', 'ي', 'أ', 'إ', 'آ', 'ؤ', 'ئ', 'ء',
  'قال', 'إن', 'أن', 'الوزير', 'الحكومة', 'العراق', 'سوريا', 'الولايات المتحدة', 'التحالف الدولي', 'داعش', 'الرئيس', 'الجيش',
  'حتي', 'إلي', 'علي', 'الإتحاد', 'أسيا', 'ألاف', 'الاسلامية', 'فشل', 'نجاح', 'لم', 'غير', 'لكن', 'بحسب', 'كيف يمكن',
  '«', '»', '"', '“', '”', '،', '؛', '؟', '.', '...', '…', ':', '(', ')', '-', '\n', '\n\n', '\r\n', ' ', '\u00a0', '\t',
  'ـ', '\u064b', '\u064e', '\u0650', '\u0651', '\u0652', '\u0670', '\u200c', '\u200d', '\u200b', '\ufeff', '\u200f',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u0000',
  '٠', '٢٫٥', '٪', '2,254', '10%', '۱۴۰۳', 'http://', 'https://', 'www.', '@', '#', '.com', 'د.', 'Dr.', 'U.S.',
  '👍🏽', '🇮🇶', '\u200d', '\ufe0f', 'ﻻ', 'ک', 'ی',
];

const JSON_TOKENS = [
  '{', '}', '[', ']', ':', ',', '"', 'true', 'false', 'null', '-1', '1', '0', '10', '0.5', '1e3', '\n', '|', '~', '\\u',
  '"id"', '"type"', '"subtype"', '"names"', '"ar"', '"en"', '"aliases"', '"demonyms"', '"titles"', '"wikidata"', '"Q1"',
  '"version"', '"entities"', '"person"', '"location"', '"organization"', '"city"',
  '"words"', '"options"', '"clitics"', '"cues"', '"cue"', '"polarity"', '"weight"', '"match"', '"word"', '"prefix"', '"extend"',
  '"__proto__"', '"constructor"', '"prototype"', '"polluted"', '"toString"', '"hasOwnProperty"', '"length"',
  'ال', 'و', 'ب', 'قال', 'فشل', 'نجاح', 'سوريا', 'الرئيس', '\u202e', 'ـ', '\u064e',
];

/** The dictionaries, by file name (fuzz/dicts/). */
export const DICTS: Record<string, string[]> = {
  'text.dict': TEXT_TOKENS,
  'json.dict': JSON_TOKENS,
};

/** Writes the seeds to `<fuzzDir>/corpus/<target>/` and the dictionaries to `<fuzzDir>/dicts/`; returns how many files. */
export function writeSeeds(fuzzDir: string): number {
  let n = 0;
  for (const target of TARGET_NAMES) {
    const dir = join(fuzzDir, 'corpus', target);
    mkdirSync(dir, { recursive: true });
    mkdirSync(join(fuzzDir, 'regressions', target), { recursive: true });
    writeFileSync(join(fuzzDir, 'regressions', target, '.gitkeep'), '');
    const names = new Set<string>();
    for (const s of SEEDS[target]) {
      if (names.has(s.name)) throw new Error(`fuzz seeds: ${target}/${s.name} twice`);
      names.add(s.name);
      writeFileSync(join(dir, s.name), encodeInput(s.text, s.flags ?? 0, s.utf16 ?? false));
      n++;
    }
  }
  mkdirSync(join(fuzzDir, 'dicts'), { recursive: true });
  for (const [file, tokens] of Object.entries(DICTS)) {
    const lines = [`# libFuzzer dictionary for the akhbar fuzz targets (written by npm run fuzz -- --write-seeds)`];
    const seen = new Set<string>();
    for (const t of tokens) {
      for (const e of both(t)) {
        if (seen.has(e)) continue;
        seen.add(e);
        lines.push(e);
      }
    }
    writeFileSync(join(fuzzDir, 'dicts', file), lines.join('\n') + '\n');
    n++;
  }
  return n;
}
