import { describe, expect, it } from 'vitest';
import { TOKEN_KINDS, tokenSpans, tokenize, type PlainToken, type TokenKind, type TokenizeOptions } from '../src/index.js';

type Row = [text: string, start: number, end: number, kind: TokenKind];

/** Tokens as [text, start, end, kind] rows, read through the public getters. */
function rows(input: string, options?: TokenizeOptions): Row[] {
  return tokenize(input, options).map((t) => [t.text, t.start, t.end, t.kind]);
}

/** The tokens of tokenSpans, as rows. */
function spanRows(input: string, options?: TokenizeOptions): Row[] {
  const s = tokenSpans(input, options);
  const out: Row[] = [];
  for (let i = 0; i < s.count; i++) {
    const a = s.starts[i]!;
    const b = s.ends[i]!;
    out.push([input.slice(a, b), a, b, TOKEN_KINDS[s.kinds[i]!]!]);
  }
  return out;
}

// Each row: description, input, expected tokens. Offsets are UTF-16 code units.
const KIND_TABLE: [string, string, Row[]][] = [
  [
    "words with harakat, shadda and tatweel",
    "استقبل الرئيسُ مُحمّــد وزيرَ الخارجيّة",
    [["استقبل", 0, 6, "word"], ["الرئيسُ", 7, 14, "word"], ["مُحمّــد", 15, 23, "word"], ["وزيرَ", 24, 29, "word"], ["الخارجيّة", 30, 39, "word"]],
  ],
  [
    "tanween and a lone tatweel-joined preposition",
    "قُتل عشرون مدنياً لـ",
    [["قُتل", 0, 4, "word"], ["عشرون", 5, 10, "word"], ["مدنياً", 11, 17, "word"], ["لـ", 18, 20, "word"]],
  ],
  [
    "thousands separator",
    "أحصت المنظمة 2,254 ضحية",
    [["أحصت", 0, 4, "word"], ["المنظمة", 5, 12, "word"], ["2,254", 13, 18, "number"], ["ضحية", 19, 23, "word"]],
  ],
  [
    "Arabic decimal separator",
    "بلغ معدل النمو ٢٫٥ في المئة",
    [["بلغ", 0, 3, "word"], ["معدل", 4, 8, "word"], ["النمو", 9, 14, "word"], ["٢٫٥", 15, 18, "number"], ["في", 19, 21, "word"], ["المئة", 22, 27, "word"]],
  ],
  [
    "ASCII percent",
    "ارتفعت البطالة إلى 10% هذا العام",
    [["ارتفعت", 0, 6, "word"], ["البطالة", 7, 14, "word"], ["إلى", 15, 18, "word"], ["10%", 19, 22, "number"], ["هذا", 23, 26, "word"], ["العام", 27, 32, "word"]],
  ],
  [
    "Arabic percent",
    "تراجع التضخم إلى ١٢٪ في أيار",
    [["تراجع", 0, 5, "word"], ["التضخم", 6, 12, "word"], ["إلى", 13, 16, "word"], ["١٢٪", 17, 20, "number"], ["في", 21, 23, "word"], ["أيار", 24, 28, "word"]],
  ],
  [
    "Extended Arabic-Indic digits",
    "سجلت الوزارة ۱۲۳ إصابة جديدة",
    [["سجلت", 0, 4, "word"], ["الوزارة", 5, 12, "word"], ["۱۲۳", 13, 16, "number"], ["إصابة", 17, 22, "word"], ["جديدة", 23, 28, "word"]],
  ],
  [
    "ASCII decimal point",
    "انخفض المؤشر 2.5 نقطة",
    [["انخفض", 0, 5, "word"], ["المؤشر", 6, 12, "word"], ["2.5", 13, 16, "number"], ["نقطة", 17, 21, "word"]],
  ],
  [
    "Arabic thousands separator",
    "يعيش في المخيم ٣٬٥٠٠ لاجئ",
    [["يعيش", 0, 4, "word"], ["في", 5, 7, "word"], ["المخيم", 8, 14, "word"], ["٣٬٥٠٠", 15, 20, "number"], ["لاجئ", 21, 25, "word"]],
  ],
  [
    "number then full stop",
    "وصل عدد القتلى إلى 40.",
    [["وصل", 0, 3, "word"], ["عدد", 4, 7, "word"], ["القتلى", 8, 14, "word"], ["إلى", 15, 18, "word"], ["40", 19, 21, "number"], [".", 21, 22, "punct"]],
  ],
  [
    "Arabic comma, semicolon, question mark, full stop",
    "قال الوزير، بعد الاجتماع؛ إن الحكومة باقية. فهل تصمد؟",
    [["قال", 0, 3, "word"], ["الوزير", 4, 10, "word"], ["،", 10, 11, "punct"], ["بعد", 12, 15, "word"], ["الاجتماع", 16, 24, "word"], ["؛", 24, 25, "punct"], ["إن", 26, 28, "word"], ["الحكومة", 29, 36, "word"], ["باقية", 37, 42, "word"], [".", 42, 43, "punct"], ["فهل", 44, 47, "word"], ["تصمد", 48, 52, "word"], ["؟", 52, 53, "punct"]],
  ],
  [
    "guillemets and Urdu full stop",
    "وصف الاتفاق بأنه «تاريخي» وانتهى۔",
    [["وصف", 0, 3, "word"], ["الاتفاق", 4, 11, "word"], ["بأنه", 12, 16, "word"], ["«", 17, 18, "punct"], ["تاريخي", 18, 24, "word"], ["»", 24, 25, "punct"], ["وانتهى", 26, 32, "word"], ["۔", 32, 33, "punct"]],
  ],
  [
    "straight and curly quotes",
    "نقلت الصحيفة عن مصدر \"مطلع\" قوله إن “الأزمة” انتهت",
    [["نقلت", 0, 4, "word"], ["الصحيفة", 5, 12, "word"], ["عن", 13, 15, "word"], ["مصدر", 16, 20, "word"], ["\"", 21, 22, "punct"], ["مطلع", 22, 26, "word"], ["\"", 26, 27, "punct"], ["قوله", 28, 32, "word"], ["إن", 33, 35, "word"], ["“", 36, 37, "punct"], ["الأزمة", 37, 43, "word"], ["”", 43, 44, "punct"], ["انتهت", 45, 50, "word"]],
  ],
  [
    "lam with tatweel before a quotation",
    "قال المتحدث لـ\"العربي الجديد\" إن المفاوضات مستمرة",
    [["قال", 0, 3, "word"], ["المتحدث", 4, 11, "word"], ["لـ", 12, 14, "word"], ["\"", 14, 15, "punct"], ["العربي", 15, 21, "word"], ["الجديد", 22, 28, "word"], ["\"", 28, 29, "punct"], ["إن", 30, 32, "word"], ["المفاوضات", 33, 42, "word"], ["مستمرة", 43, 49, "word"]],
  ],
  [
    "runs of the same mark are one token",
    "انتهى الاجتماع... ولم يتفقوا!! لماذا؟؟",
    [["انتهى", 0, 5, "word"], ["الاجتماع", 6, 14, "word"], ["...", 14, 17, "punct"], ["ولم", 18, 21, "word"], ["يتفقوا", 22, 28, "word"], ["!!", 28, 30, "punct"], ["لماذا", 31, 36, "word"], ["؟؟", 36, 38, "punct"]],
  ],
  [
    "brackets and colon",
    "أعلنت الهيئة (المستقلة): النتائج غداً",
    [["أعلنت", 0, 5, "word"], ["الهيئة", 6, 12, "word"], ["(", 13, 14, "punct"], ["المستقلة", 14, 22, "word"], [")", 22, 23, "punct"], [":", 23, 24, "punct"], ["النتائج", 25, 32, "word"], ["غداً", 33, 37, "word"]],
  ],
  [
    "currency symbol",
    "بلغت قيمة الصفقة $250 مليون",
    [["بلغت", 0, 4, "word"], ["قيمة", 5, 9, "word"], ["الصفقة", 10, 16, "word"], ["$", 17, 18, "symbol"], ["250", 18, 21, "number"], ["مليون", 22, 27, "word"]],
  ],
  [
    "copyright and euro signs",
    "جميع الحقوق محفوظة © واليورو €",
    [["جميع", 0, 4, "word"], ["الحقوق", 5, 11, "word"], ["محفوظة", 12, 18, "word"], ["©", 19, 20, "symbol"], ["واليورو", 21, 28, "word"], ["€", 29, 30, "symbol"]],
  ],
  [
    "Latin word inside Arabic",
    "قالت شبكة CNN إن الوزير استقال",
    [["قالت", 0, 4, "word"], ["شبكة", 5, 9, "word"], ["CNN", 10, 13, "latin"], ["إن", 14, 16, "word"], ["الوزير", 17, 23, "word"], ["استقال", 24, 30, "word"]],
  ],
  [
    "two Latin words",
    "ذكر موقع BBC News أن الوفد وصل",
    [["ذكر", 0, 3, "word"], ["موقع", 4, 8, "word"], ["BBC", 9, 12, "latin"], ["News", 13, 17, "latin"], ["أن", 18, 20, "word"], ["الوفد", 21, 26, "word"], ["وصل", 27, 30, "word"]],
  ],
  [
    "URL with trailing full stop",
    "نشرت الوزارة البيان على https://www.moh.gov.iq/news/2024?id=15. وأضافت",
    [["نشرت", 0, 4, "word"], ["الوزارة", 5, 12, "word"], ["البيان", 13, 19, "word"], ["على", 20, 23, "word"], ["https://www.moh.gov.iq/news/2024?id=15", 24, 62, "url"], [".", 62, 63, "punct"], ["وأضافت", 64, 70, "word"]],
  ],
  [
    "www URL",
    "تابعوا التغطية على www.akhbar.org يومياً",
    [["تابعوا", 0, 6, "word"], ["التغطية", 7, 14, "word"], ["على", 15, 18, "word"], ["www.akhbar.org", 19, 33, "url"], ["يومياً", 34, 40, "word"]],
  ],
  [
    "e-mail address",
    "للتواصل: press@mofa.gov.sa أو الهاتف",
    [["للتواصل", 0, 7, "word"], [":", 7, 8, "punct"], ["press@mofa.gov.sa", 9, 26, "email"], ["أو", 27, 29, "word"], ["الهاتف", 30, 36, "word"]],
  ],
  [
    "hashtag",
    "انتشر وسم #العراق بعد الانتخابات",
    [["انتشر", 0, 5, "word"], ["وسم", 6, 9, "word"], ["#العراق", 10, 17, "hashtag"], ["بعد", 18, 21, "word"], ["الانتخابات", 22, 32, "word"]],
  ],
  [
    "hashtag with underscores",
    "تصدر وسم #الحرب_على_الإرهاب مواقع التواصل",
    [["تصدر", 0, 4, "word"], ["وسم", 5, 8, "word"], ["#الحرب_على_الإرهاب", 9, 27, "hashtag"], ["مواقع", 28, 33, "word"], ["التواصل", 34, 41, "word"]],
  ],
  [
    "mention",
    "غرّد حساب @UN_News عن الأزمة",
    [["غرّد", 0, 4, "word"], ["حساب", 5, 9, "word"], ["@UN_News", 10, 18, "mention"], ["عن", 19, 21, "word"], ["الأزمة", 22, 28, "word"]],
  ],
  [
    "ZWJ family emoji",
    "علّق المتابعون 👨\u200d👩\u200d👧 على الصورة",
    [["علّق", 0, 4, "word"], ["المتابعون", 5, 14, "word"], ["👨\u200d👩\u200d👧", 15, 23, "emoji"], ["على", 24, 27, "word"], ["الصورة", 28, 34, "word"]],
  ],
  [
    "skin tone emoji",
    "تحية 👍🏽 للمسعفين",
    [["تحية", 0, 4, "word"], ["👍🏽", 5, 9, "emoji"], ["للمسعفين", 10, 18, "word"]],
  ],
  [
    "flag emoji",
    "رفع المشجعون علم 🇮🇶 في الملعب",
    [["رفع", 0, 3, "word"], ["المشجعون", 4, 12, "word"], ["علم", 13, 16, "word"], ["🇮🇶", 17, 21, "emoji"], ["في", 22, 24, "word"], ["الملعب", 25, 31, "word"]],
  ],
  [
    "keycap emoji",
    "حل المنتخب في المركز 1\ufe0f\u20e3 عربياً",
    [["حل", 0, 2, "word"], ["المنتخب", 3, 10, "word"], ["في", 11, 13, "word"], ["المركز", 14, 20, "word"], ["1\ufe0f\u20e3", 21, 24, "emoji"], ["عربياً", 25, 31, "word"]],
  ],
  [
    "emoji glued to a word",
    "مبروك👏 للفائزين",
    [["مبروك", 0, 5, "word"], ["👏", 5, 7, "emoji"], ["للفائزين", 8, 16, "word"]],
  ],
];

describe('tokenize: kinds', () => {
  it.each(KIND_TABLE)('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });

  it('covers every kind in TOKEN_KINDS', () => {
    const seen = new Set(KIND_TABLE.flatMap(([, , toks]) => toks.map((t) => t[3])));
    expect([...seen].sort()).toEqual([...TOKEN_KINDS].sort());
  });

  it('splits the required case لـ"العربي الجديد" into five tokens', () => {
    expect(tokenize('لـ"العربي الجديد"').map((t) => t.toJSON())).toEqual<PlainToken[]>([
      { text: 'لـ', start: 0, end: 2, kind: 'word' },
      { text: '"', start: 2, end: 3, kind: 'punct' },
      { text: 'العربي', start: 3, end: 9, kind: 'word' },
      { text: 'الجديد', start: 10, end: 16, kind: 'word' },
      { text: '"', start: 16, end: 17, kind: 'punct' },
    ]);
  });

  it('keeps diacritics and tatweel inside one word token', () => {
    expect(rows('مُحمّــد')).toEqual([['مُحمّــد', 0, 8, 'word']]);
  });

  it('TOKEN_KINDS lists the kinds in code order', () => {
    expect(TOKEN_KINDS).toEqual(['word', 'number', 'punct', 'symbol', 'latin', 'url', 'email', 'hashtag', 'mention', 'emoji']);
  });
});

// Zero-width and bidirectional controls: U+200B–200F, U+202A–202E, U+2066–2069, U+FEFF.
const CONTROLS = [
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069',
  '\ufeff',
];
const CONTROL_RE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const hex = (c: string) => 'U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

describe('tokenize: zero-width and bidirectional controls', () => {
  it.each(CONTROLS.map((c) => [hex(c), c]))('%s between two words gives two word tokens', (_name, c) => {
    expect(rows(`الوزير${c}الجديد`)).toEqual([
      ['الوزير', 0, 6, 'word'],
      ['الجديد', 7, 13, 'word'],
    ]);
  });

  it.each(CONTROLS.map((c) => [hex(c), c]))('%s is never part of a token, whatever surrounds it', (_name, c) => {
    const inputs = [
      `${c}أعلن${c} الوزير${c}`,
      `CN${c}N`,
      `2,2${c}54`,
      `#العراق${c}الجديد`,
      `@UN${c}News`,
      `press@mofa${c}.gov.sa`,
      `https://akhbar.org/a${c}b`,
      `لـ${c}"العربي"`,
    ];
    for (const input of inputs) {
      const bad = tokenize(input).filter((t) => CONTROL_RE.test(t.text));
      expect(bad.map((t) => t.toJSON()), JSON.stringify(input)).toEqual([]);
    }
  });

  it('drops controls around a right-to-left embedding', () => {
    expect(rows('\u202bأعلن الوزير\u202c \u2067استقالته\u2069\ufeff')).toEqual([
      ['أعلن', 1, 5, 'word'],
      ['الوزير', 6, 12, 'word'],
      ['استقالته', 15, 23, 'word'],
    ]);
  });

  it('ends a URL at a zero-width joiner', () => {
    expect(rows('https://akhbar.org/a\u200db')).toEqual([
      ['https://akhbar.org/a', 0, 20, 'url'],
      ['b', 21, 22, 'latin'],
    ]);
  });
});

describe('tokenize: where links and addresses start', () => {
  // The scanner tries a link or an address only after a word that a colon, a dot, an @ or another
  // character of an address's local part follows: these pin the cases at that edge.
  const kinds = (s: string) => tokenize(s).map((t) => `${t.kind}:${t.text}`);

  it('finds links after www and a dot, or http, https or ftp and a colon, in any case', () => {
    expect(kinds('زوروا www.example.org اليوم')).toEqual(['word:زوروا', 'url:www.example.org', 'word:اليوم']);
    expect(kinds('HTTPS://Example.com/a?b=1.')).toEqual(['url:HTTPS://Example.com/a?b=1', 'punct:.']);
    expect(kinds('ftp://files.net')).toEqual(['url:ftp://files.net']);
    expect(kinds('wwwx.example.org')).toEqual(['latin:wwwx', 'punct:.', 'latin:example', 'punct:.', 'latin:org']);
    expect(kinds('wait: http')).toEqual(['latin:wait', 'punct::', 'latin:http']);
  });

  it('finds addresses whose local part goes on with a dot, a digit, _ or -, and none after an apostrophe', () => {
    expect(kinds('راسلوا first.last@agency.org أو user_1@x.io')).toEqual(['word:راسلوا', 'email:first.last@agency.org', 'word:أو', 'email:user_1@x.io']);
    expect(kinds('co-op@x.com a1@b.co')).toEqual(['email:co-op@x.com', 'email:a1@b.co']);
    expect(kinds('hello@')).toEqual(['latin:hello', 'punct:@']);
    expect(kinds('Qur’an@x.com')).toEqual(['latin:Qur’an', 'punct:@', 'latin:x', 'punct:.', 'latin:com']);
  });
});

describe('tokenize: options', () => {
  it('urls: false splits a link into ordinary tokens', () => {
    expect(rows('راجع https://akhbar.org/news', { urls: false })).toEqual([
      ['راجع', 0, 4, 'word'],
      ['https', 5, 10, 'latin'],
      [':', 10, 11, 'punct'],
      ['/', 11, 12, 'punct'],
      ['/', 12, 13, 'punct'],
      ['akhbar', 13, 19, 'latin'],
      ['.', 19, 20, 'punct'],
      ['org', 20, 23, 'latin'],
      ['/', 23, 24, 'punct'],
      ['news', 24, 28, 'latin'],
    ]);
  });

  it('emails: false splits an address into ordinary tokens', () => {
    expect(rows('راسلوا press@mofa.gov.sa', { emails: false })).toEqual([
      ['راسلوا', 0, 6, 'word'],
      ['press', 7, 12, 'latin'],
      ['@', 12, 13, 'punct'],
      ['mofa', 13, 17, 'latin'],
      ['.', 17, 18, 'punct'],
      ['gov', 18, 21, 'latin'],
      ['.', 21, 22, 'punct'],
      ['sa', 22, 24, 'latin'],
    ]);
  });

  it('hashtags: false gives # and the word', () => {
    expect(rows('انتشر وسم #العراق', { hashtags: false })).toEqual([
      ['انتشر', 0, 5, 'word'],
      ['وسم', 6, 9, 'word'],
      ['#', 10, 11, 'punct'],
      ['العراق', 11, 17, 'word'],
    ]);
  });

  it('mentions: false gives @ and the name', () => {
    expect(rows('غرّد @UN_News', { mentions: false })).toEqual([
      ['غرّد', 0, 4, 'word'],
      ['@', 5, 6, 'punct'],
      ['UN', 6, 8, 'latin'],
      ['_', 8, 9, 'punct'],
      ['News', 9, 13, 'latin'],
    ]);
  });

  it('switching one option off leaves the others on', () => {
    const input = 'غرّد @UN_News بوسم #العراق ورابط www.akhbar.org';
    expect(rows(input, { hashtags: false }).map((r) => r[3])).toEqual(['word', 'mention', 'word', 'punct', 'word', 'word', 'url']);
    expect(rows(input, { mentions: false, urls: false }).map((r) => r[3])).toEqual([
      'word', 'punct', 'latin', 'punct', 'latin', 'word', 'hashtag', 'word', 'latin', 'punct', 'latin', 'punct', 'latin',
    ]);
  });

  it('options all true, or {}, equal the default', () => {
    const input = 'غرّد @UN_News بوسم #العراق ورابط www.akhbar.org وبريد press@mofa.gov.sa';
    const all = { urls: true, emails: true, hashtags: true, mentions: true };
    expect(rows(input, all)).toEqual(rows(input));
    expect(rows(input, {})).toEqual(rows(input));
    expect(rows(input).map((r) => r[3])).toEqual(['word', 'mention', 'word', 'hashtag', 'word', 'url', 'word', 'email']);
  });
});

describe('tokenize: errors', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an array', ['نص']],
    ['a String object', new String('نص')],
  ])('throws TypeError naming "text" for %s', (_name, value) => {
    expect(() => tokenize(value as unknown as string)).toThrow(TypeError);
    expect(() => tokenize(value as unknown as string)).toThrow(/"text"/);
    expect(() => tokenSpans(value as unknown as string)).toThrow(TypeError);
    expect(() => tokenSpans(value as unknown as string)).toThrow(/"text"/);
  });

  it('throws RangeError listing the valid options for an unknown option', () => {
    for (const fn of [tokenize, tokenSpans]) {
      const call = () => fn('نص', { url: true } as unknown as TokenizeOptions);
      expect(call).toThrow(RangeError);
      expect(call).toThrow(/"url"/);
      expect(call).toThrow(/"urls".*"emails".*"hashtags".*"mentions"/);
    }
  });

  it.each([
    ['a string', { urls: 'yes' }],
    ['a number', { hashtags: 0 }],
    ['null', { mentions: null }],
  ])('throws TypeError for an option that is %s', (_name, options) => {
    expect(() => tokenize('نص', options as unknown as TokenizeOptions)).toThrow(TypeError);
    expect(() => tokenSpans('نص', options as unknown as TokenizeOptions)).toThrow(TypeError);
  });

  it.each([
    ['a string', 'urls'],
    ['null', null],
    ['an array', ['urls']],
  ])('throws TypeError when options is %s', (_name, options) => {
    expect(() => tokenize('نص', options as unknown as TokenizeOptions)).toThrow(TypeError);
  });
});

describe('tokenSpans', () => {
  it.each(KIND_TABLE)('agrees with tokenize: %s', (_name, input) => {
    expect(spanRows(input)).toEqual(rows(input));
  });

  it('agrees with tokenize under options', () => {
    const input = 'غرّد @UN_News بوسم #العراق ورابط www.akhbar.org وبريد press@mofa.gov.sa';
    for (const o of [{ urls: false }, { emails: false }, { hashtags: false }, { mentions: false }]) {
      expect(spanRows(input, o)).toEqual(rows(input, o));
    }
  });

  it('returns typed arrays of exactly count entries', () => {
    const s = tokenSpans('سقطت الرقة.');
    expect(s.count).toBe(3);
    expect(s.starts).toBeInstanceOf(Int32Array);
    expect(s.ends).toBeInstanceOf(Int32Array);
    expect(s.kinds).toBeInstanceOf(Uint8Array);
    expect(Array.from(s.starts)).toEqual([0, 5, 10]);
    expect(Array.from(s.ends)).toEqual([4, 10, 11]);
    expect(Array.from(s.kinds)).toEqual([0, 0, 2]);
  });

  it('results of earlier calls are not overwritten by later calls', () => {
    const first = tokenSpans('وصل الوفد');
    const firstTokens = tokenize('وصل الوفد');
    tokenSpans('انتهت الجولة الأولى من المفاوضات');
    tokenize('انتهت الجولة الأولى من المفاوضات');
    expect(Array.from(first.starts)).toEqual([0, 4]);
    expect(firstTokens.map((t) => t.toJSON())).toEqual([
      { text: 'وصل', start: 0, end: 3, kind: 'word' },
      { text: 'الوفد', start: 4, end: 9, kind: 'word' },
    ]);
  });
});

describe('tokenize: empty input and serialisation', () => {
  it('gives [] for the empty string', () => {
    expect(tokenize('').length).toBe(0);
    expect(tokenize('').toArray()).toEqual([]);
    expect(tokenize('').at(0)).toBeUndefined();
    expect(tokenSpans('').count).toBe(0);
  });

  it('gives [] for white space and controls only', () => {
    expect(tokenize(' \n\t\u00a0\u200f\u202b\ufeff\r\n').toArray()).toEqual([]);
  });

  it('JSON.stringify includes the text', () => {
    expect(JSON.parse(JSON.stringify(tokenize('وصل الوفد')))).toEqual([
      { text: 'وصل', start: 0, end: 3, kind: 'word' },
      { text: 'الوفد', start: 4, end: 9, kind: 'word' },
    ]);
  });

  it('toJSON returns a plain object', () => {
    const [t] = tokenize('٢٥٪');
    expect(t!.toJSON()).toStrictEqual({ text: '٢٥٪', start: 0, end: 3, kind: 'number' });
  });
});

describe('long texts (tokenize works in chunks of the input)', () => {
  const sentence = 'أعلن المتحدث باسم الوزارة عبر https://example.org/news?id=7 أن 2,254 شخصاً عادوا إلى #الموصل، وراسلوا info@example.org 👍🏽. ';
  const cases: [string, string][] = [
    ['a news sentence repeated past several chunks', sentence.repeat(600)],
    ['a word of 40,000 letters crossing chunk boundaries', 'بدأ ' + 'ب'.repeat(40_000) + ' انتهى'],
    ['a dotted run that looks like an e-mail local part but has no @', 'a.'.repeat(30_000) + 'b انتهى'],
    ['a URL longer than a chunk', 'انظر https://example.org/' + 'x'.repeat(20_000) + ' الآن'],
  ];
  it.each(cases)('%s: same tokens as tokenSpans, which scans the whole text at once', (_name, text) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.text, t.start, t.end, t.kind])).toEqual(spanRows(text));
    expect(tokens.length).toBeGreaterThan(2);
  });
  it('reads a dotted local part longer than a chunk as one e-mail address', () => {
    const text = 'راسلوا ' + 'a.'.repeat(30_000) + 'b@example.org';
    expect(tokenize(text).map((t) => [t.start, t.end, t.kind])).toEqual([[0, 6, 'word'], [7, text.length, 'email']]);
  });
});
