import { describe, expect, it } from 'vitest';
import { PRESETS, normalize, normalizeWithOffsets, type NormalizeOptions, type PresetName } from '../src/index.js';

/** Options over preset 'none'. */
const none = (o: Omit<NormalizeOptions, 'preset'>): NormalizeOptions => ({ preset: 'none', ...o });

type Case = [description: string, input: string, expected: string];

// One table per option, each applied alone on top of preset 'none'.
const OPTION_TABLES: [string, NormalizeOptions, Case[]][] = [
  ['diacritics: true', none({ diacritics: true }), [
    ['harakat, tanween and shadda', 'أعلنَ الوزيرُ عن خُطّةٍ جديدةٍ', 'أعلن الوزير عن خطة جديدة'],
    ['sukun and fathatan', 'لَمْ يَصِلْ أحدٌ بعدُ، قالَ مسؤولاً', 'لم يصل أحد بعد، قال مسؤولا'],
    ['dagger alef', 'هٰذا القرار', 'هذا القرار'],
    ['combining hamza above and madda', 'ا\u0654 ا\u0653', 'ا ا'],
    ['Quranic small high sukun', 'قُلْ\u06e1', 'قل'],
    ['precomposed letters stay', 'أإآؤئ', 'أإآؤئ'],
  ]],
  ['diacritics: harakat', none({ diacritics: 'harakat' }), [
    ['harakat, tanween and shadda', 'أعلنَ الوزيرُ عن خُطّةٍ جديدةٍ', 'أعلن الوزير عن خطة جديدة'],
    ['sukun', 'لَمْ يَصِلْ', 'لم يصل'],
    ['dagger alef', 'هٰذا القرار', 'هذا القرار'],
    ['combining hamza and madda stay', 'ا\u0654 ا\u0653', 'ا\u0654 ا\u0653'],
    ['Quranic marks stay', 'قل\u06e1', 'قل\u06e1'],
  ]],
  ['tatweel', none({ tatweel: true }), [
    ['inside a word, with harakat kept', 'مُحمّــد', 'مُحمّد'],
    ['a long run', 'الرئيـــــس', 'الرئيس'],
    ['after a preposition', 'قال لـ"الشرق"', 'قال ل"الشرق"'],
  ]],
  ['alef', none({ alef: true }), [
    ['hamza above and below, madda, wasla', 'أعلن إبراهيم آمال ٱلقدس', 'اعلن ابراهيم امال القدس'],
    ['other letters stay', 'مؤتمر رئيس على مدينة', 'مؤتمر رئيس على مدينة'],
  ]],
  ['alefMaqsura', none({ alefMaqsura: true }), [
    ['word-final alef maqsura', 'مستشفى على مستوى', 'مستشفي علي مستوي'],
    ['yeh stays', 'يوم إلى', 'يوم إلي'],
  ]],
  ['tehMarbuta', none({ tehMarbuta: true }), [
    ['teh marbuta', 'وزارة الصحة العامة', 'وزاره الصحه العامه'],
    ['teh stays', 'بيت وزارات', 'بيت وزارات'],
  ]],
  ['hamza', none({ hamza: true }), [
    ['waw and yeh with hamza', 'مؤتمر رئيس الهيئة', 'مءتمر رءيس الهيءة'],
    ['alef with hamza stays', 'أحمد إبراهيم', 'أحمد إبراهيم'],
  ]],
  ['lookalikes', none({ lookalikes: true }), [
    ['Persian keheh', 'کرکوک', 'كركوك'],
    ['Farsi yeh', 'علی ایران', 'علي ايران'],
    ['heh with yeh above', 'مدرسۀ', 'مدرسة'],
    ['Kurdish ae', 'کوردستانە', 'كوردستانه'],
    ['swash kaf', 'ڪتاب', 'كتاب'],
    ['Urdu heh doachashmee', 'ھذا', 'هذا'],
    ['Arabic letters stay', 'كتاب يوم', 'كتاب يوم'],
  ]],
  ['presentationForms', none({ presentationForms: true }), [
    ['lam-alef', 'ﻻ بديل', 'لا بديل'],
    ['lam-alef with hamza above', 'ﻷمن', 'لأمن'],
    ['lam-alef with hamza below', 'ﻹعادة', 'لإعادة'],
    ['lam-alef with madda', 'ﻵلاف', 'لآلاف'],
    ['final lam-alef form', 'ﻼ', 'لا'],
    ['initial, medial and final forms', 'ﺑﻐﺪاد', 'بغداد'],
    ['isolated fathatan form', 'ﹰ', '\u064b'],
    ['isolated shadda form', 'ﹼ', '\u0651'],
    ['tatweel with damma form', 'ﹹ', '\u0640\u064f'],
    ['Allah ligature', 'ﷲ', 'الله'],
    ['ordinary letters stay', 'لا بغداد', 'لا بغداد'],
  ]],
  ['digits: western', none({ digits: 'western' }), [
    ['Arabic-Indic', '١٢٣', '123'],
    ['Extended Arabic-Indic', '۱۴۰۳', '1403'],
    ['decimal separator and percent sign', '٢٫٥٪', '2.5%'],
    ['thousands separator', '٣٬٥٠٠', '3,500'],
    ['ASCII digits stay', '2024', '2024'],
  ]],
  ['digits: arabic-indic', none({ digits: 'arabic-indic' }), [
    ['ASCII', '2024', '٢٠٢٤'],
    ['Extended Arabic-Indic', '۲۰۲۴', '٢٠٢٤'],
    ['Arabic-Indic stay', '١٩٩٠', '١٩٩٠'],
  ]],
  ['digits: keep', none({ digits: 'keep' }), [
    ['every script stays', '٢٠٢٤ 2024 ۲۰۲۴ ٢٫٥٪', '٢٠٢٤ 2024 ۲۰۲۴ ٢٫٥٪'],
  ]],
  ['punctuation: ascii', none({ punctuation: 'ascii' }), [
    ['comma, semicolon, question mark', 'قال، ثم؛ لماذا؟', 'قال, ثم; لماذا?'],
    ['ASCII stays', 'قال, ثم; لماذا?', 'قال, ثم; لماذا?'],
  ]],
  ['punctuation: arabic', none({ punctuation: 'arabic' }), [
    ['comma, semicolon, question mark', 'قال, ثم; لماذا?', 'قال، ثم؛ لماذا؟'],
    ['comma between digits stays', 'بلغ العدد 2,500 شخص', 'بلغ العدد 2,500 شخص'],
    ['comma between Arabic-Indic digits stays', 'بلغ العدد ٣,٥٠٠ شخص', 'بلغ العدد ٣,٥٠٠ شخص'],
    ['comma after a digit, before a space', 'في 3, 4 و5', 'في 3، 4 و5'],
  ]],
  ['quotes: ascii', none({ quotes: 'ascii' }), [
    ['guillemets', 'وصف الاتفاق بأنه «تاريخي»', 'وصف الاتفاق بأنه "تاريخي"'],
    ['curly and low quotes', 'قال “نعم” و„ربما“', 'قال "نعم" و"ربما"'],
    ['single guillemets', '‹لا›', '"لا"'],
  ]],
  ['quotes: guillemets', none({ quotes: 'guillemets' }), [
    ['straight quotes alternate', 'قال "نعم" ثم "لا"', 'قال «نعم» ثم «لا»'],
    ['curly quotes alternate', 'وصف الاتفاق بأنه “تاريخي”', 'وصف الاتفاق بأنه «تاريخي»'],
    ['single guillemets', '‹لا›', '«لا»'],
    ['guillemets stay', '«نعم»', '«نعم»'],
    ['alternation starts again on each line', 'قال "نعم\nوقالت "لا"', 'قال «نعم\nوقالت «لا»'],
  ]],
  ['whitespace', none({ whitespace: true }), [
    ['no-break space', 'وزير\u00a0الخارجية', 'وزير الخارجية'],
    ['tab', 'وزير\tالخارجية', 'وزير الخارجية'],
    ['a run of mixed spaces collapses', 'وزير \u00a0\t \u2009الخارجية', 'وزير الخارجية'],
    ['bidi controls removed', '\u202bالوزير\u202c \u2066الجديد\u2069', 'الوزير الجديد'],
    ['marks removed', 'الوزير\u200f \u200eالجديد', 'الوزير الجديد'],
    ['zero-width space and BOM removed', '\ufeffال\u200bوزير', 'الوزير'],
    ['zero-width non-joiner removed', 'مي\u200cخواهم', 'ميخواهم'],
    ['ZWJ removed between letters', 'ع\u200dع', 'عع'],
    ['ZWJ kept inside an emoji sequence', 'أسرة 👨\u200d👩\u200d👧', 'أسرة 👨\u200d👩\u200d👧'],
    ['line breaks kept', 'سطر أول\n\nسطر ثان\r\nثالث', 'سطر أول\n\nسطر ثان\r\nثالث'],
    ['spaces around a line break collapse on each side', 'نص  \n  نص', 'نص \n نص'],
    ['a space run broken by a control collapses', 'الوزير \u200f الجديد', 'الوزير الجديد'],
  ]],
];

describe.each(OPTION_TABLES)('normalize option %s (preset none)', (_name, options, cases) => {
  it.each(cases)('%s', (_d, input, expected) => {
    expect(normalize(input, options)).toBe(expected);
    expect(normalizeWithOffsets(input, options).text).toBe(expected);
  });
});

describe('normalize: options combined', () => {
  it('digits western with punctuation arabic keeps a thousands separator as a comma between digits', () => {
    expect(normalize('بلغ العدد ٣٬٥٠٠ شخص', none({ digits: 'western', punctuation: 'arabic' }))).toBe('بلغ العدد 3,500 شخص');
  });

  it('presentation forms are folded by the letter options too', () => {
    expect(normalize('ﻷمن ﺓ', none({ presentationForms: true, alef: true, tehMarbuta: true }))).toBe('لامن ه');
  });

  it('keeps a leading byte order mark when no option removes it', () => {
    // U+FEFF is only removed by the whitespace option; camel and the letter folds keep it.
    expect(normalize('\ufeffمدينة', 'camel')).toBe('\ufeffمدينه');
    expect(normalize('\ufeffمدينة', none({ alef: true }))).toBe('\ufeffمدينة');
    const n = normalizeWithOffsets('\ufeffمدينة', 'camel');
    expect(n.text).toBe('\ufeffمدينه');
    expect(Array.from({ length: n.text.length + 1 }, (_, i) => n.toSource(i))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('lookalikes then hamza', () => {
    expect(normalize('ٶ', none({ lookalikes: true, hamza: true }))).toBe('ء');
  });
});

describe('normalize: presets', () => {
  const PRESET_TABLE: [PresetName, string, string][] = [
    ['search',
      'أعلنَ رئيسُ الوزراء، يوم الأحد، عن «مبادرة» جديدة لإنهاء الأزمة في ١٢ محافظة؟',
      'اعلن رءيس الوزراء, يوم الاحد, عن "مبادره" جديده لانهاء الازمه في 12 محافظه?'],
    ['search',
      'ﻻ بديل عن الحوار\u00a0\u00a0مع  المعارضة\u200f، قال الرئيـــس',
      'لا بديل عن الحوار مع المعارضه, قال الرءيس'],
    ['search',
      'بلغت نسبة المشاركة ٤٥٫٦٪ في انتخابات ۱۴۰۲ بحسب مصادر مطّلعة',
      'بلغت نسبه المشاركه 45.6% في انتخابات 1402 بحسب مصادر مطلعه'],
    ['search',
      'زار وفد من کرکوک مستشفى “الکرامة”',
      'زار وفد من كركوك مستشفي "الكرامه"'],
    ['display',
      'ﻻ سلام\u00a0بلا عدالة،\tقال الوزيرُ   «المستقيل»\u200f.',
      'لا سلام بلا عدالة، قال الوزيرُ «المستقيل».'],
    ['display',
      'أكّد\u202b الرئيـس\u202c أن ﻷمن الحدود أولوية في ٢٠٢٤',
      'أكّد الرئيـس أن لأمن الحدود أولوية في ٢٠٢٤'],
    ['camel',
      'إلى المَدرسة',
      'الي المدرسه'],
    ['camel',
      'أكّدَ مُستشفى ٱلرحمة أنّ ٢٠ مصاباً وصلوا، ﻻ',
      'اكد مستشفي الرحمه ان ٢٠ مصابا وصلوا، ﻻ'],
    ['camel',
      'قال رئيسُ الهيئة:\u00a0«لن نؤجل»',
      'قال رئيس الهيئه:\u00a0«لن نؤجل»'],
    ['none',
      'أعلنَ رئيسُ الوزراء، يوم الأحد، عن «مبادرة» جديدة في ١٢ محافظة؟ ﻻ\u00a0',
      'أعلنَ رئيسُ الوزراء، يوم الأحد، عن «مبادرة» جديدة في ١٢ محافظة؟ ﻻ\u00a0'],
    ['none',
      'مُحمّــد\u200f زار کرکوک',
      'مُحمّــد\u200f زار کرکوک'],
  ];

  it.each(PRESET_TABLE)('%s: %s', (preset, input, expected) => {
    expect(normalize(input, preset)).toBe(expected);
    expect(normalize(input, { preset })).toBe(expected);
    expect(normalizeWithOffsets(input, preset).text).toBe(expected);
  });

  it('the default preset is search', () => {
    const input = 'أعلنَ رئيسُ الوزراء، يوم الأحد، عن «مبادرة» جديدة لإنهاء الأزمة في ١٢ محافظة؟';
    expect(normalize(input)).toBe('اعلن رءيس الوزراء, يوم الاحد, عن "مبادره" جديده لانهاء الازمه في 12 محافظه?');
    expect(normalize(input, {})).toBe(normalize(input, 'search'));
  });

  it('PRESETS states each preset', () => {
    expect(Object.keys(PRESETS).sort()).toEqual(['camel', 'display', 'none', 'search']);
    expect(PRESETS.camel).toEqual({
      diacritics: 'harakat', tatweel: false, alef: true, alefMaqsura: true, tehMarbuta: true, hamza: false,
      lookalikes: false, presentationForms: false, digits: 'keep', punctuation: 'keep', quotes: 'keep', whitespace: false,
    });
    expect(PRESETS.search).toEqual({
      diacritics: true, tatweel: true, alef: true, alefMaqsura: true, tehMarbuta: true, hamza: true,
      lookalikes: true, presentationForms: true, digits: 'western', punctuation: 'ascii', quotes: 'ascii', whitespace: true,
    });
    expect(PRESETS.display).toEqual({
      diacritics: false, tatweel: false, alef: false, alefMaqsura: false, tehMarbuta: false, hamza: false,
      lookalikes: false, presentationForms: true, digits: 'keep', punctuation: 'keep', quotes: 'keep', whitespace: true,
    });
    expect(PRESETS.none).toEqual({
      diacritics: false, tatweel: false, alef: false, alefMaqsura: false, tehMarbuta: false, hamza: false,
      lookalikes: false, presentationForms: false, digits: 'keep', punctuation: 'keep', quotes: 'keep', whitespace: false,
    });
  });

  it('PRESETS cannot be changed', () => {
    expect(Object.isFrozen(PRESETS)).toBe(true);
    expect(Object.isFrozen(PRESETS.search)).toBe(true);
    expect(() => {
      (PRESETS.search as { alef: boolean }).alef = false;
    }).toThrow(TypeError);
    expect(normalize('أحمد')).toBe('احمد');
  });
});

describe('normalize: explicit options override the preset', () => {
  it.each<[string, string, NormalizeOptions, string]>([
    ['search without teh marbuta, digits kept', 'الدولةُ ٢٠١٤', { tehMarbuta: false, digits: 'keep' }, 'الدولة ٢٠١٤'],
    ['camel without alef', 'أحمد إلى', { preset: 'camel', alef: false }, 'أحمد إلي'],
    ['camel with all diacritics', 'ا\u0654 مَدرسة', { preset: 'camel', diacritics: true }, 'ا مدرسه'],
    ['display with diacritics', 'الوزيرُ\u00a0الجديد', { preset: 'display', diacritics: true }, 'الوزير الجديد'],
    ['none with a preset value switched on and off', 'مُحمّــد', { preset: 'none', tatweel: true, diacritics: false }, 'مُحمّد'],
    ['search with whitespace off', 'الوزير\u00a0\u200fالجديد', { preset: 'search', whitespace: false }, 'الوزير\u00a0\u200fالجديد'],
    ['search with arabic-indic digits and arabic punctuation', 'بلغ 25, أي ٢٥?', { digits: 'arabic-indic', punctuation: 'arabic' }, 'بلغ ٢٥، اي ٢٥؟'],
  ])('%s', (_d, input, options, expected) => {
    expect(normalize(input, options)).toBe(expected);
  });

  it('does not change the options object', () => {
    const options: NormalizeOptions = { preset: 'camel', alef: false };
    normalize('أحمد', options);
    expect(options).toEqual({ preset: 'camel', alef: false });
  });
});

describe('normalize: errors', () => {
  it.each([
    ['a number', 5],
    ['null', null],
    ['undefined', undefined],
    ['an array', ['نص']],
  ])('throws TypeError naming "text" for %s', (_name, value) => {
    for (const fn of [normalize, normalizeWithOffsets]) {
      expect(() => fn(value as unknown as string)).toThrow(TypeError);
      expect(() => fn(value as unknown as string)).toThrow(/"text"/);
    }
  });

  it('throws RangeError listing the valid options for an unknown option', () => {
    for (const fn of [normalize, normalizeWithOffsets]) {
      const call = () => fn('نص', { diacritic: true } as unknown as NormalizeOptions);
      expect(call).toThrow(RangeError);
      expect(call).toThrow(/"diacritic"/);
      for (const key of ['preset', 'diacritics', 'tatweel', 'alef', 'alefMaqsura', 'tehMarbuta', 'hamza', 'lookalikes', 'presentationForms', 'digits', 'punctuation', 'quotes', 'whitespace']) {
        expect(call).toThrow(`"${key}"`);
      }
    }
  });

  it.each<[string, unknown]>([
    ['digits: roman', { digits: 'roman' }],
    ['punctuation: latin', { punctuation: 'latin' }],
    ['quotes: curly', { quotes: 'curly' }],
    ['diacritics: all', { diacritics: 'all' }],
    ['preset: arabic', { preset: 'arabic' }],
    ['preset name arabic', 'arabic'],
  ])('throws RangeError for a bad value (%s)', (_d, options) => {
    expect(() => normalize('نص', options as NormalizeOptions)).toThrow(RangeError);
    expect(() => normalizeWithOffsets('نص', options as NormalizeOptions)).toThrow(RangeError);
  });

  it('names the option and the valid values for a bad value', () => {
    expect(() => normalize('نص', { digits: 'roman' } as unknown as NormalizeOptions)).toThrow(/digits.*"western".*"arabic-indic".*"keep"/);
  });

  it.each<[string, unknown]>([
    ['alef: "yes"', { alef: 'yes' }],
    ['whitespace: 1', { whitespace: 1 }],
    ['options null', null],
    ['options a number', 3],
  ])('throws TypeError for an option of the wrong type (%s)', (_d, options) => {
    expect(() => normalize('نص', options as NormalizeOptions)).toThrow(TypeError);
  });
});

describe('normalizeWithOffsets', () => {
  const all = (n: { text: string; toSource(i: number): number }) => Array.from({ length: n.text.length + 1 }, (_, i) => n.toSource(i));

  it('maps across deleted tatweel and diacritics', () => {
    const src = 'قـالَ المُتحدّث';
    for (const options of [undefined, none({ diacritics: true, tatweel: true })]) {
      const n = normalizeWithOffsets(src, options);
      expect(n.text).toBe('قال المتحدث');
      expect(n.source).toBe(src);
      expect(all(n)).toEqual([0, 2, 3, 5, 6, 7, 8, 10, 11, 12, 14, 15]);
      // Removed characters belong to the character before them.
      expect(n.toSourceSpan(0, 1)).toEqual({ start: 0, end: 2 });
      expect(n.toSourceSpan(2, 3)).toEqual({ start: 3, end: 5 });
      expect(n.toSourceSpan(9, 10)).toEqual({ start: 12, end: 14 });
      expect(n.toSourceSpan(4, 11)).toEqual({ start: 6, end: 15 });
      expect(n.toSourceSpan(0, 11)).toEqual({ start: 0, end: 15 });
      expect(n.toSourceSpan(3, 3)).toEqual({ start: 5, end: 5 });
    }
  });

  it('maps a lam-alef ligature expanded to two letters back to the ligature', () => {
    const n = normalizeWithOffsets('ﻻ بد', 'display');
    expect(n.text).toBe('لا بد');
    expect(all(n)).toEqual([0, 0, 1, 2, 3, 4]);
    expect(n.toSourceSpan(0, 1)).toEqual({ start: 0, end: 1 });
    expect(n.toSourceSpan(1, 2)).toEqual({ start: 0, end: 1 });
    expect(n.toSourceSpan(0, 2)).toEqual({ start: 0, end: 1 });
    expect(n.toSourceSpan(2, 5)).toEqual({ start: 1, end: 4 });
  });

  it('maps a ligature in the middle of a sentence', () => {
    const src = 'وصل وفدُ ﻷمم المتحدة';
    const n = normalizeWithOffsets(src);
    expect(n.text).toBe('وصل وفد لامم المتحده');
    const at = n.text.indexOf('لامم');
    expect(at).toBe(8);
    expect(n.toSourceSpan(at, at + 4)).toEqual({ start: 9, end: 12 });
    expect(src.slice(9, 12)).toBe('ﻷمم');
    expect(n.toSource(8)).toBe(9);
    expect(n.toSource(9)).toBe(9);
    expect(n.toSource(10)).toBe(10);
  });

  it('maps a long expansion (bismillah ligature)', () => {
    const n = normalizeWithOffsets('﷽ بدأ', 'display');
    expect(n.text).toBe('بسم الله الرحمن الرحيم بدأ');
    expect(n.toSource(0)).toBe(0);
    expect(n.toSource(21)).toBe(0);
    expect(n.toSource(22)).toBe(1);
    expect(n.toSource(23)).toBe(2);
    expect(n.toSourceSpan(0, 22)).toEqual({ start: 0, end: 1 });
  });

  it('maps a collapsed run of spaces to the whole run', () => {
    const n = normalizeWithOffsets('قال   إن', 'display');
    expect(n.text).toBe('قال إن');
    expect(all(n)).toEqual([0, 1, 2, 3, 6, 7, 8]);
    expect(n.toSourceSpan(3, 4)).toEqual({ start: 3, end: 6 });
    expect(n.toSourceSpan(2, 5)).toEqual({ start: 2, end: 7 });
  });

  it('maps across removed controls', () => {
    const n = normalizeWithOffsets('ab\u200f\u200fcd', 'display');
    expect(n.text).toBe('abcd');
    expect(all(n)).toEqual([0, 1, 4, 5, 6]);
    expect(n.toSourceSpan(1, 2)).toEqual({ start: 1, end: 4 });
    expect(n.toSourceSpan(2, 4)).toEqual({ start: 4, end: 6 });
  });

  it('maps a search-normalized sentence word by word', () => {
    const src = 'أعلنَ  الوزيرُ ﻻ';
    const n = normalizeWithOffsets(src);
    expect(n.text).toBe('اعلن الوزير لا');
    expect(src.slice(n.toSourceSpan(0, 4).start, n.toSourceSpan(0, 4).end)).toBe('أعلنَ');
    expect(n.toSourceSpan(5, 11)).toEqual({ start: 7, end: 14 });
    expect(n.toSourceSpan(12, 14)).toEqual({ start: 15, end: 16 });
  });

  it('is the identity map when nothing changes', () => {
    const src = 'وصل الوفد';
    const n = normalizeWithOffsets(src, 'none');
    expect(n.text).toBe(src);
    expect(all(n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(n.toSourceSpan(4, 9)).toEqual({ start: 4, end: 9 });
  });

  it('handles the empty string', () => {
    const n = normalizeWithOffsets('');
    expect(n.text).toBe('');
    expect(n.toSource(0)).toBe(0);
    expect(n.toSourceSpan(0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('throws RangeError for an out-of-range or non-integer index', () => {
    const n = normalizeWithOffsets('قـالَ', none({ diacritics: true, tatweel: true }));
    expect(n.text).toBe('قال');
    for (const bad of [-1, 4, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => n.toSource(bad), String(bad)).toThrow(RangeError);
    }
    expect(() => n.toSource('1' as unknown as number)).toThrow(RangeError);
    expect(() => n.toSourceSpan(2, 1)).toThrow(RangeError);
    expect(() => n.toSourceSpan(0, 4)).toThrow(RangeError);
    expect(() => n.toSourceSpan(-1, 2)).toThrow(RangeError);
    expect(() => n.toSourceSpan(0.5, 2)).toThrow(RangeError);
    expect(() => n.toSourceSpan(0, 2.5)).toThrow(RangeError);
    expect(n.toSource(3)).toBe(5);
  });
});
