/**
 * segment(), stem() and segmentTokens() on words chosen for what they test: clitic stacks, the
 * spelling changes clitics cause, words that only look like clitic + stem, harakat, tatweel and
 * folded spellings. Each row gives the segments of the three schemes as text/role@start-end, with
 * !restoration where a letter was put back; `=` means the same as the light scheme.
 */
import { describe, expect, it } from 'vitest';
import { builtinLexicon, createLexicon, mergeLexicons } from '../../src/lexicon/index.js';
import { segment, segmentTokens, stem, tokenize, MAX_SEGMENT_LETTERS, type Segmentation, type SegmentScheme } from '../../src/tokenize/index.js';

function compact(s: Segmentation): string {
  return [...s.prefixes, s.stem, ...s.suffixes]
    .map((g) => `${g.text}/${g.role}@${g.start}-${g.end}${g.restored ? '!' + g.restored : ''}`)
    .join(' ');
}

function schemes(word: string): [string, string, string] {
  const light = compact(segment(word));
  const other = (scheme: SegmentScheme): string => {
    const c = compact(segment(word, { scheme }));
    return c === light ? '=' : c;
  };
  return [light, other('atb'), other('farasa')];
}

// [word, light, atb, farasa]
const TABLE: [string, string, string, string][] = [
  // Clitic stacks.
  ['وبالعراق', 'و/conj@0-1 ب/prep@1-2 ال/article@2-4 عراق/stem@4-8', 'و/conj@0-1 ب/prep@1-2 العراق/stem@2-8', '='],
  ['والتحالف', 'و/conj@0-1 ال/article@1-3 تحالف/stem@3-8', 'و/conj@0-1 التحالف/stem@1-8', '='],
  ['كالعادة', 'ك/prep@0-1 ال/article@1-3 عادة/stem@3-7', 'ك/prep@0-1 العادة/stem@1-7', 'ك/prep@0-1 ال/article@1-3 عاد/stem@3-6 ة/fem@6-7'],
  ['فالحكومة', 'ف/conj@0-1 ال/article@1-3 حكومة/stem@3-8', 'ف/conj@0-1 الحكومة/stem@1-8', 'ف/conj@0-1 ال/article@1-3 حكوم/stem@3-7 ة/fem@7-8'],
  ['وسيقام', 'و/conj@0-1 س/future@1-2 يقام/stem@2-6', '=', '='],
  ['ستواصل', 'س/future@0-1 تواصل/stem@1-6', '=', '='],
  ['لتعزيز', 'ل/prep@0-1 تعزيز/stem@1-6', '=', '='],
  ['ليقول', 'ل/prep@0-1 يقول/stem@1-5', '=', '='],
  ['ولوحظ', 'و/conj@0-1 لوحظ/stem@1-5', '=', '='],
  ['وبحثوا', 'و/conj@0-1 بحثوا/stem@1-6', '=', 'و/conj@0-1 بحث/stem@1-4 وا/subject@4-6'],
  // لل: the dropped alef, the article written by the doubled lam alone, and a word in ل.
  ['للعراق', 'ل/prep@0-1 ال/article@1-2!article-alef عراق/stem@2-6', 'ل/prep@0-1 العراق/stem@1-6!article-alef', '='],
  ['وللتحالف', 'و/conj@0-1 ل/prep@1-2 ال/article@2-3!article-alef تحالف/stem@3-8', 'و/conj@0-1 ل/prep@1-2 التحالف/stem@2-8!article-alef', '='],
  ['للمدنيين', 'ل/prep@0-1 ال/article@1-2!article-alef مدنيين/stem@2-8', 'ل/prep@0-1 المدنيين/stem@1-8!article-alef', 'ل/prep@0-1 ال/article@1-2!article-alef مدني/stem@2-6 ين/plural@6-8'],
  ['للمرة', 'ل/prep@0-1 ال/article@1-2!article-alef مرة/stem@2-5', 'ل/prep@0-1 المرة/stem@1-5!article-alef', 'ل/prep@0-1 ال/article@1-2!article-alef مر/stem@2-4 ة/fem@4-5'],
  ['للجنة', 'ل/prep@0-1 ال/article@1-1!article لجنة/stem@1-5', 'ل/prep@0-1 اللجنة/stem@1-5!article', 'ل/prep@0-1 ال/article@1-1!article لجن/stem@1-4 ة/fem@4-5'],
  ['للبنان', 'ل/prep@0-1 لبنان/stem@1-6', '=', '='],
  ['للقوات', 'ل/prep@0-1 ال/article@1-2!article-alef قوات/stem@2-6', 'ل/prep@0-1 القوات/stem@1-6!article-alef', 'ل/prep@0-1 ال/article@1-2!article-alef قو/stem@2-4 ات/plural@4-6'],
  ['للغة', 'ل/prep@0-1 ال/article@1-1!article لغة/stem@1-4', 'ل/prep@0-1 اللغة/stem@1-4!article', 'ل/prep@0-1 ال/article@1-1!article لغ/stem@1-3 ة/fem@3-4'],
  // ة written ت before a pronoun; ى written ي or ا before a pronoun.
  ['حكومتها', 'حكومة/stem@0-5!teh-marbuta ها/pron@5-7', '=', 'حكوم/stem@0-4 ة/fem@4-5!teh-marbuta ها/pron@5-7'],
  ['إليه', 'إلى/stem@0-3!alef-maqsura ه/pron@3-4', '=', '='],
  ['عليها', 'على/stem@0-3!alef-maqsura ها/pron@3-5', '=', '='],
  ['لديهم', 'لدى/stem@0-3!alef-maqsura هم/pron@3-5', '=', '='],
  ['مستواه', 'مستوى/stem@0-5!alef-maqsura ه/pron@5-6', '=', '='],
  // Pronouns and the suffixes of the farasa scheme.
  ['مواقعهم', 'مواقع/stem@0-5 هم/pron@5-7', '=', '='],
  ['ضرباته', 'ضربات/stem@0-5 ه/pron@5-6', '=', 'ضرب/stem@0-3 ات/plural@3-5 ه/pron@5-6'],
  ['بقواتها', 'ب/prep@0-1 قوات/stem@1-5 ها/pron@5-7', '=', 'ب/prep@0-1 قو/stem@1-3 ات/plural@3-5 ها/pron@5-7'],
  ['المتحدة', 'ال/article@0-2 متحدة/stem@2-7', 'المتحدة/stem@0-7', 'ال/article@0-2 متحد/stem@2-6 ة/fem@6-7'],
  ['والمقاتلين', 'و/conj@0-1 ال/article@1-3 مقاتلين/stem@3-10', 'و/conj@0-1 المقاتلين/stem@1-10', 'و/conj@0-1 ال/article@1-3 مقاتل/stem@3-8 ين/plural@8-10'],
  ['الأمريكيون', 'ال/article@0-2 أمريكيون/stem@2-10', 'الأمريكيون/stem@0-10', 'ال/article@0-2 أمريكي/stem@2-8 ون/plural@8-10'],
  ['انتخابات', 'انتخابات/stem@0-8', '=', 'انتخاب/stem@0-6 ات/plural@6-8'],
  ['أعلنت', 'أعلنت/stem@0-5', '=', 'أعلن/stem@0-4 ت/subject@4-5'],
  ['كانوا', 'كانوا/stem@0-5', '=', 'كان/stem@0-3 وا/subject@3-5'],
  ['قررنا', 'قررنا/stem@0-5', '=', 'قرر/stem@0-3 نا/subject@3-5'],
  ['كتبناها', 'كتبنا/stem@0-5 ها/pron@5-7', '=', 'كتب/stem@0-3 نا/subject@3-5 ها/pron@5-7'],
  ['بيتنا', 'بيت/stem@0-3 نا/pron@3-5', '=', '='],
  ['يقولون', 'يقولون/stem@0-6', '=', 'يقول/stem@0-4 ون/subject@4-6'],
  ['عدداً', 'عدداً/stem@0-5', '=', 'عدد/stem@0-3 اً/case@3-5'],
  ['أيضاً', 'أيضاً/stem@0-5', '=', 'أيض/stem@0-3 اً/case@3-5'],
  // Function words: whole, or stems behind a clitic, or bases of a pronoun.
  ['وقد', 'و/conj@0-1 قد/stem@1-3', '=', '='],
  ['لذلك', 'ل/prep@0-1 ذلك/stem@1-4', '=', '='],
  ['لأنها', 'ل/prep@0-1 أن/stem@1-3 ها/pron@3-5', '=', '='],
  ['منها', 'من/stem@0-2 ها/pron@2-4', '=', '='],
  ['ولكنني', 'و/conj@0-1 لكن/stem@1-4 ني/pron@4-6', '=', '='],
  ['بدأنا', 'بدأنا/stem@0-5', '=', 'بدأ/stem@0-3 نا/subject@3-5'],
  ['والتي', 'و/conj@0-1 التي/stem@1-5', '=', '='],
  ['هذه', 'هذه/stem@0-3', '=', '='],
  ['الله', 'الله/stem@0-4', '=', '='],
  // Words that only begin with a clitic letter stay whole.
  ['وزير', 'وزير/stem@0-4', '=', '='],
  ['بغداد', 'بغداد/stem@0-5', '=', '='],
  ['والي', 'والي/stem@0-4', '=', '='],
  ['كتاب', 'كتاب/stem@0-4', '=', '='],
  ['فيلم', 'فيلم/stem@0-4', '=', '='],
  ['لبنان', 'لبنان/stem@0-5', '=', '='],
  ['سوريا', 'سوريا/stem@0-5', '=', '='],
  ['بلغ', 'بلغ/stem@0-3', '=', '='],
  ['التزام', 'التزام/stem@0-6', '=', '='],
  ['ليل', 'ليل/stem@0-3', '=', '='],
  ['بحق', 'ب/prep@0-1 حق/stem@1-3', '=', '='],
  ['وكركوك', 'و/conj@0-1 كركوك/stem@1-6', '=', '='],
  ['كنت', 'كنت/stem@0-3', '=', 'كن/stem@0-2 ت/subject@2-3'],
  ['والتقى', 'و/conj@0-1 التقى/stem@1-6', '=', '='],
  // Harakat and tatweel stay with their letter; folded spellings are looked up unfolded.
  ['وَبِالْعِرَاقِ', 'وَ/conj@0-2 بِ/prep@2-4 الْ/article@4-7 عِرَاقِ/stem@7-14', 'وَ/conj@0-2 بِ/prep@2-4 الْعِرَاقِ/stem@4-14', '='],
  ['بـالعراق', 'بـ/prep@0-2 ال/article@2-4 عراق/stem@4-8', 'بـ/prep@0-2 العراق/stem@2-8', '='],
  ['اعلنت', 'اعلنت/stem@0-5', '=', 'اعلن/stem@0-4 ت/subject@4-5'],
  ['الحكومه', 'ال/article@0-2 حكومه/stem@2-7', 'الحكومه/stem@0-7', 'ال/article@0-2 حكوم/stem@2-6 ه/fem@6-7'],
  ['اذا', 'اذا/stem@0-3', '=', '='],
  ['انه', 'ان/stem@0-2 ه/pron@2-3', '=', '='],
  ['اليها', 'الى/stem@0-3!alef-maqsura ها/pron@3-5', '=', '='],
  ['لانها', 'ل/prep@0-1 ان/stem@1-3 ها/pron@3-5', '=', '='],
  // Not an Arabic word: whole.
  ['', '/stem@0-0', '=', '='],
  ['ISIS', 'ISIS/stem@0-4', '=', '='],
  ['و2014', 'و2014/stem@0-5', '=', '='],
];

describe('segment', () => {
  it.each(TABLE)('%s', (word, light, atb, farasa) => {
    expect(schemes(word)).toEqual([light, atb, farasa]);
  });

  it('gives the whole word back from the written segments', () => {
    for (const [word] of TABLE) {
      const s = segment(word, { scheme: 'farasa' });
      expect([...s.prefixes, s.stem, ...s.suffixes].map((g) => word.slice(g.start, g.end)).join('')).toBe(word);
    }
  });

  it('keeps words listed in options.words whole, and splits clitics before them', () => {
    expect(compact(segment('بلاك'))).toBe('ب/prep@0-1 لاك/stem@1-4');
    expect(compact(segment('بلاك', { words: ['بلاك'] }))).toBe('بلاك/stem@0-4');
    expect(compact(segment('وبلاك', { words: ['بلاك'] }))).toBe('و/conj@0-1 بلاك/stem@1-5');
    expect(compact(segment('لكوباني', { words: ['كوباني'] }))).toBe('ل/prep@0-1 كوباني/stem@1-7');
  });

  it('uses options.lexicon instead of the built-in lexicon', () => {
    const tiny = createLexicon(['عراق', 'كتاب']);
    expect(compact(segment('وكتاب', { lexicon: tiny }))).toBe('و/conj@0-1 كتاب/stem@1-5');
    expect(compact(segment('وزير', { lexicon: tiny }))).toBe('وزير/stem@0-4');
    const merged = mergeLexicons(builtinLexicon(), createLexicon(['زيلينسكي']));
    expect(compact(segment('وزيلينسكي', { lexicon: merged }))).toBe('و/conj@0-1 زيلينسكي/stem@1-9');
  });

  it('returns frozen results, so a cached answer cannot be changed by a caller', () => {
    const s = segment('وبالعراق');
    expect(Object.isFrozen(s) && Object.isFrozen(s.prefixes) && Object.isFrozen(s.prefixes[0]) && Object.isFrozen(s.stem)).toBe(true);
    expect(() => (s.prefixes as unknown as unknown[]).push('x')).toThrow(TypeError);
    expect(segment('وبالعراق').prefixes.length).toBe(3);
  });

  it('keeps a word of more than MAX_SEGMENT_LETTERS letters whole', () => {
    const long = 'وال' + 'ب'.repeat(MAX_SEGMENT_LETTERS);
    expect(compact(segment(long))).toBe(`${long}/stem@0-${long.length}`);
  });

  it('throws a TypeError naming the argument, and a RangeError for a bad option', () => {
    expect(() => segment(42 as unknown as string)).toThrow(new TypeError('segment: argument "word" must be a string, got number 42'));
    expect(() => stem(null as unknown as string)).toThrow(TypeError);
    expect(() => segment('كتاب', { scheme: 'camel' as SegmentScheme })).toThrow(RangeError);
    expect(() => segment('كتاب', { scheme: 'camel' as SegmentScheme })).toThrow(/option "scheme" must be one of "light", "atb", "farasa"/);
    expect(() => segment('كتاب', { stems: true } as never)).toThrow(/unknown option "stems"/);
    expect(() => segment('كتاب', { lexicon: ['كتاب'] } as never)).toThrow(/options.lexicon/);
    expect(() => segment('كتاب', { words: 'كتاب' as never })).toThrow(/option "words" must be an iterable of strings/);
    expect(() => segment('كتاب', { words: [1] as never })).toThrow(/item 0 is number 1/);
  });
});

describe('stem', () => {
  it.each([
    ['وبالعراق', 'light', 'عراق'],
    ['للعراق', 'atb', 'العراق'],
    ['ومواقعهم', 'light', 'مواقع'],
    ['حكومتها', 'light', 'حكومة'],
    ['حكومتها', 'farasa', 'حكوم'],
    ['المتحدة', 'farasa', 'متحد'],
    ['إليها', 'light', 'إلى'],
    ['وزير', 'light', 'وزير'],
  ] as [string, SegmentScheme, string][])('%s (%s) → %s', (word, scheme, expected) => {
    expect(stem(word, { scheme })).toBe(expected);
  });
});

describe('segmentTokens', () => {
  const text = 'وقالت الحكومة إن طائراتها قصفت مواقعهم في الرقة، وأكدت للصحفيين أن 12 مسلحاً قتلوا.';
  const tokens = tokenize(text);

  it('segments every word token, with offsets into the text', () => {
    const segs = segmentTokens(tokens);
    expect(segs.map((s) => s.word)).toEqual(tokens.filter((t) => t.kind === 'word').map((t) => t.text));
    const rendered = segs.map((s) => [...s.prefixes, s.stem, ...s.suffixes].map((g) => text.slice(g.start, g.end)).join('+'));
    expect(rendered).toEqual(['و+قالت', 'ال+حكومة', 'إن', 'طائرات+ها', 'قصفت', 'مواقع+هم', 'في', 'ال+رقة', 'و+أكدت', 'ل+ل+صحفيين', 'أن', 'مسلحاً', 'قتلوا']);
    const l = segs.at(9)!;
    expect(l.prefixes[1]).toEqual({ text: 'ال', start: l.start + 1, end: l.start + 2, role: 'article', restored: 'article-alef' });
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.word);
  });

  it('gives the same segments as segment(), shifted', () => {
    const segs = segmentTokens(tokens, { scheme: 'farasa' });
    for (const s of segs) {
      const alone = segment(s.word, { scheme: 'farasa' });
      const shift = (g: { start: number; end: number }) => ({ ...g, start: g.start + s.start, end: g.end + s.start });
      expect(s.stem).toEqual(shift(alone.stem));
      expect(s.prefixes).toEqual(alone.prefixes.map(shift));
      expect(s.suffixes).toEqual(alone.suffixes.map(shift));
    }
  });

  it('serialises to plain objects, and its segments are read through getters', () => {
    const s = segmentTokens(tokenize('بدأ القصف بطائراتهم')).at(2)!;
    expect(JSON.parse(JSON.stringify(s))).toEqual({
      word: 'بطائراتهم', start: 10, end: 19,
      prefixes: [{ text: 'ب', start: 10, end: 11, role: 'prep' }],
      stem: { text: 'طائرات', start: 11, end: 17, role: 'stem' },
      suffixes: [{ text: 'هم', start: 17, end: 19, role: 'pron' }],
    });
  });

  it('throws a TypeError for what is not an array of tokens', () => {
    expect(() => segmentTokens('نص' as never)).toThrow(new TypeError('segmentTokens: argument "tokens" must be a TokenList or an array of tokens, got "نص"'));
    expect(() => segmentTokens([null] as never)).toThrow(/token 0 is not a token/);
    expect(() => segmentTokens(tokens, { scheme: 'x' } as never)).toThrow(RangeError);
  });
});
