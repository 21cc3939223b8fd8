/**
 * Properties of repair(): on any string it never throws, its edits are sorted, disjoint, minimal
 * slices of the input that rebuild the repaired text, its offset map is monotone, repairing twice
 * changes nothing more, and clean news text comes out untouched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, charRange } from '../helpers/arbitraries.js';
import { EDIT_KINDS, applyEdits, repair, type EditKind, type Repaired, type RepairOptions } from '../../src/repair/index.js';

const params = { numRuns: NUM_RUNS };

// ---------------------------------------------------------------------------
// Generators


/** Pieces of Arabic-heavy text, weighted towards what the repairs look at. */
const PIECES: string[] = [
  // letters, with the ones the repairs decide on repeated
  ...charRange(0x0621, 0x063a), ...charRange(0x0641, 0x064a),
  'ة', 'ة', 'ى', 'ى', 'إ', 'إ', 'أ', 'أ', 'آ', 'ا', 'ا', 'ي', 'ي', 'و', 'ل', 'ال', 'ال', 'وال', 'لل', 'ـ',
  // harakat, shadda, sukun, dagger alef
  ...charRange(0x064b, 0x0652), '\u0670',
  // digits
  '0', '1', '9', '٠', '٣', '٩', '2001',
  // punctuation and quotes
  '«', '»', '"', '“', '”', '.', '،', '؛', '؟', '!', ':', '(', ')', '/', '-', '...',
  // spaces and line breaks
  ' ', ' ', ' ', ' ', '  ', '\n', '\n', '\n\n', '\r\n', '\t', '\u00a0',
  // whole words, right and wrong
  'الولاياتالمتحدة', 'الحكومةالعراقية', 'علي', 'إلي', 'حتي', 'لدي', 'على', 'إلى', 'الإتحاد', 'إستمرار', 'إنهاك', 'أسيا',
  'وألاف', 'الاسلامية', 'الى', 'ان', 'في', 'الذي', 'تأتي', 'رأي', 'داعش', 'العراق', 'وسوريا', 'ماتزال', 'لايستطيع',
];

/** Arabic-heavy strings. */
const arabicText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
/** Any UTF-16 string, lone surrogates included. */
const binaryText = fc.string({ unit: 'binary', maxLength: 80 });
/** Strings of printable graphemes from all of Unicode (combining sequences, emoji, every script). */
const unicodeText = fc.string({ unit: 'grapheme', maxLength: 60 });

const TEXTS: [string, fc.Arbitrary<string>][] = [
  ['binary strings', binaryText],
  ['full-Unicode strings', unicodeText],
  ['Arabic-heavy strings', arabicText],
];

/** Random options: any subset of the kinds switched on or off, and sometimes a user lexicon. */
const optionsArb: fc.Arbitrary<RepairOptions> = fc.record(
  {
    ...(Object.fromEntries(EDIT_KINDS.map((k) => [k, fc.boolean()])) as Record<EditKind, fc.Arbitrary<boolean>>),
    lexicon: fc.constantFrom<string[]>([], ['زيلينسكي'], ['ماتزال', 'الولاياتالمتحدة']),
  },
  { requiredKeys: [] },
);

/** The kinds switched on by `options`. */
function kindsOf(options: RepairOptions): EditKind[] {
  return EDIT_KINDS.filter((k) => options[k] ?? k !== 'hamza');
}

// ---------------------------------------------------------------------------
// Checks

/** Everything a Repaired promises about its edits and its text. */
function checkRepaired(input: string, r: Repaired, kinds: readonly EditKind[]): void {
  expect(r.source).toBe(input);
  expect(typeof r.text).toBe('string');
  expect(Object.isFrozen(r.edits)).toBe(true);
  let prevEnd = 0;
  let prevInsertAt = -1;
  for (const e of r.edits) {
    expect(kinds).toContain(e.kind);
    expect(Object.isFrozen(e)).toBe(true);
    expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
    expect(e.start).toBeGreaterThanOrEqual(prevEnd);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(input.length);
    expect(e.before).toBe(input.slice(e.start, e.end));
    expect(e.after).not.toBe(e.before);
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    expect(e.reason.length).toBeGreaterThan(0);
    if (e.start === e.end) {
      // Two insertions at one point would be ambiguous.
      expect(e.start).not.toBe(prevInsertAt);
      prevInsertAt = e.start;
    }
    prevEnd = e.end;
  }
  expect(applyEdits(input, r.edits)).toBe(r.text);
}

/** The offset map: monotone, ending at the input's length; text outside edits maps to itself. */
function checkOffsets(input: string, r: Repaired): void {
  const { text } = r;
  // (toSource(0) is 0 unless the text begins with a deletion: ' ب' → 'ب' maps 0 to 1.)
  expect(r.toSource(text.length)).toBe(input.length);
  let prev = 0;
  for (let i = 0; i <= text.length; i++) {
    const s = r.toSource(i);
    expect(s).toBeGreaterThanOrEqual(prev);
    expect(s).toBeLessThanOrEqual(input.length);
    prev = s;
  }
  // Each stretch of the repaired text that no edit wrote maps code unit by code unit to the input.
  let out = 0;
  let pos = 0;
  const copied = (from: number, to: number) => {
    for (let k = from; k < to; k++) expect(r.toSource(out + (k - from))).toBe(k);
    out += to - from;
  };
  for (const e of r.edits) {
    copied(pos, e.start);
    if (e.after.length > 0) {
      // What an edit wrote maps to the stretch it replaced (a deletion writes nothing to map).
      const span = r.toSourceSpan(out, out + e.after.length);
      expect(span.start).toBe(e.start);
      expect(span.end).toBeGreaterThanOrEqual(e.end);
    }
    out += e.after.length;
    pos = e.end;
  }
  copied(pos, input.length);
  expect(out).toBe(text.length);
  expect(r.toSourceSpan(0, text.length)).toEqual({ start: r.toSource(0), end: text.length === 0 ? r.toSource(0) : input.length });
}

// ---------------------------------------------------------------------------

describe.each(TEXTS)('repair on %s', (_name, textArb) => {
  it('never throws, and its edits are sorted, disjoint, exact slices of the input that rebuild the text', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (input, options) => {
        checkRepaired(input, repair(input, options), kindsOf(options));
      }),
      params,
    );
  });

  it('with the default options too', () => {
    fc.assert(
      fc.property(textArb, (input) => {
        checkRepaired(input, repair(input), kindsOf({}));
      }),
      params,
    );
  });

  it('maps the repaired text back to the input monotonically', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (input, options) => {
        checkOffsets(input, repair(input, options));
      }),
      params,
    );
  });

  it('makes no edit with every kind switched off', () => {
    const off = Object.fromEntries(EDIT_KINDS.map((k) => [k, false])) as RepairOptions;
    fc.assert(
      fc.property(textArb, (input) => {
        const r = repair(input, off);
        expect(r.edits.length).toBe(0);
        expect(r.text).toBe(input);
      }),
      params,
    );
  });
});

describe('idempotence: repairing the repaired text changes nothing', () => {
  const idempotent = (options: RepairOptions) => (input: string) => {
    const once = repair(input, options);
    const twice = repair(once.text, options);
    expect(twice.edits.map((e) => `${e.kind} ${e.start} ${JSON.stringify(e.before)}→${JSON.stringify(e.after)}`)).toEqual([]);
  };

  it.each([
    ['binary strings', binaryText],
    ['full-Unicode strings', unicodeText],
  ] as [string, fc.Arbitrary<string>][])('on %s, with the default options and with hamza', (_name, textArb) => {
    fc.assert(fc.property(textArb, idempotent({})), params);
    fc.assert(fc.property(textArb, idempotent({ hamza: true })), params);
  });

  it('on Arabic-heavy strings without run-on', () => {
    fc.assert(fc.property(arabicText, idempotent({ 'run-on': false })), params);
    fc.assert(fc.property(arabicText, idempotent({ 'run-on': false, hamza: true })), params);
  });

  // The word detectors see the pieces of split words (repair() splits first), so a split never
  // leaves work for a second pass: 'ةأها', 'رئيس الحكومةالإتحادية', 'عاد الوفدحتي', 'في قارةأسيا'
  // and, with hamza, 'المنظمةالاسلامية' were counterexamples before.
  it('on the words that run-on splits expose', () => {
    for (const x of ['ةأها', 'ىألة', 'رئيس الحكومةالإتحادية', 'عاد الوفدحتي', 'في قارةأسيا']) idempotent({})(x);
    idempotent({ hamza: true })('المنظمةالاسلامية');
    // Found by the property below: a hamza made أوالذي (the lexicon's interrogative reading), which
    // the next pass split as أو الذي.
    idempotent({ hamza: true })('اوالذيالى');
  });

  it('on Arabic-heavy strings with every kind on', () => {
    fc.assert(fc.property(arabicText, idempotent({})), params);
    fc.assert(fc.property(arabicText, idempotent({ hamza: true })), params);
  });
});

// ---------------------------------------------------------------------------
// Clean text: well-formed news sentences, written for this test, come out untouched.

const CLEAN: string[] = [
  'أعلنت وزارة الخارجية، مساء الأحد، أن الوزير سيتوجه إلى القاهرة للمشاركة في اجتماع طارئ لجامعة الدول العربية.',
  'وقال المتحدث باسم الحكومة إن المفاوضات مع صندوق النقد الدولي بلغت مرحلتها الأخيرة.',
  'وأكد رئيس الوزراء أن الحكومة ماضية في تنفيذ برنامج الإصلاح الاقتصادي حتى نهاية العام.',
  'وارتفعت أسعار النفط في الأسواق العالمية إلى أعلى مستوى لها منذ ثلاثة أشهر.',
  'وأشار التقرير إلى أن معدلات البطالة بين الشباب لا تزال مرتفعة في معظم دول المنطقة.',
  'وشهدت العاصمة احتجاجات واسعة للمطالبة بتحسين الخدمات العامة ومحاسبة المسؤولين عن الفساد.',
  'وقالت مصادر أمنية إن قوات الجيش تمكنت من استعادة السيطرة على عدد من القرى الحدودية.',
  'ودعا الأمين العام للأمم المتحدة جميع الأطراف إلى ضبط النفس والعودة إلى طاولة الحوار.',
  'وأوضح البيان أن الاجتماع ناقش سبل تعزيز التعاون الاقتصادي والتجاري بين البلدين.',
  'وتأتي هذه الزيارة في إطار جولة إقليمية تشمل عددا من العواصم العربية.',
  'وأضاف الوزير أن بلاده تدعم كل الجهود الرامية إلى التوصل إلى حل سياسي للأزمة.',
  'وأفادت وكالة الأنباء الرسمية بأن الرئيس استقبل وفدا من رجال الأعمال الأوروبيين.',
  'وذكرت وسائل إعلام محلية أن الانتخابات البرلمانية ستجرى في موعدها المحدد.',
  'وتعهد المانحون بتقديم مساعدات إنسانية عاجلة للنازحين في المخيمات.',
  'وقال شهود عيان إن الانفجار وقع قرب مبنى البلدية في وسط المدينة.',
  'وأعربت المنظمة عن قلقها إزاء تدهور الأوضاع الإنسانية في القطاع.',
  'وبحث الجانبان آخر المستجدات على الساحة الدولية والقضايا ذات الاهتمام المشترك.',
  'وأكدت الشرطة أنها ألقت القبض على ثلاثة مشتبه بهم في الهجوم.',
  'وتراجعت العملة المحلية أمام الدولار الأميركي للأسبوع الثاني على التوالي.',
  'وقال المحلل السياسي إن الاتفاق يمثل خطوة مهمة نحو الاستقرار في المنطقة.',
  'ووصف الرئيس الاتفاق بأنه «تاريخي»، مؤكدا أن تنفيذه سيبدأ فورا.',
  'وقالت الوزيرة في مؤتمر صحفي: «لن نسمح بتكرار ما حدث».',
  'وأعلن الجيش مقتل خمسة مسلحين وإصابة آخرين في اشتباكات بالمنطقة الجبلية.',
  'وبلغ عدد القتلى في الزلزال أكثر من مئة شخص، فيما أصيب المئات بجروح.',
  'واستضافت العاصمة مؤتمرا دوليا حول التغير المناخي بمشاركة ممثلين عن أكثر من أربعين دولة.',
  'ويرى مراقبون أن الأزمة الاقتصادية قد تدفع الحكومة إلى اتخاذ إجراءات تقشفية جديدة.',
  'وافتتح الوزير المعرض الدولي للكتاب الذي يستمر أسبوعين.',
  'وطالب النواب بفتح تحقيق مستقل في ملابسات الحادث.',
  'وأشاد المجلس بالجهود التي تبذلها الدول المجاورة لاستقبال اللاجئين.',
  'ومن المتوقع أن تستأنف المحادثات الأسبوع المقبل في جنيف.',
  'وقال مسؤول في وزارة الصحة إن المستشفى استقبل عشرات المصابين.',
  'وأكد الناطق باسم الجيش أن العمليات العسكرية ستستمر حتى تحقيق أهدافها.',
  'وأكد السفير لدى الأمم المتحدة أن بلاده لن تقبل سوى بحل عادل.',
  'وتحيي البلاد الذكرى الأولى للانتفاضة وسط إجراءات أمنية مشددة في المدن الكبرى.',
  'ونقل الجرحى إلى مستشفى ميداني، فيما بقي مصير الأسرى مجهولا.',
  'وقال علي حسن، وهو أحد سكان الحي: «نريد أن نعيش بسلام».',
];

describe('clean news text', () => {
  const untouched = (text: string, options?: RepairOptions) => {
    const r = repair(text, options);
    expect(r.edits.map((e) => `${e.kind} at ${e.start}: ${JSON.stringify(e.before)}→${JSON.stringify(e.after)}`)).toEqual([]);
    expect(r.text).toBe(text);
  };

  it.each(CLEAN.map((s) => [s]))('%s', (sentence) => {
    untouched(sentence);
    untouched(sentence, { hamza: true });
  });

  it('joined into paragraphs', () => {
    const paragraphs: string[] = [];
    for (let i = 0; i < CLEAN.length; i += 4) paragraphs.push(CLEAN.slice(i, i + 4).join(' '));
    untouched(CLEAN.join(' '));
    untouched(paragraphs.join('\n'));
    untouched(paragraphs.join('\n\n'));
    untouched(paragraphs.join('\n\n') + '\n');
    untouched(paragraphs.join('\n\n'), { hamza: true });
  });

  it('joined in random order and grouping', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...CLEAN), fc.constantFrom(' ', ' ', '\n', '\n\n')), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.map(([s, sep], i) => (i === 0 ? s : sep + s)).join(''));
    fc.assert(
      fc.property(text, (t) => untouched(t)),
      { numRuns: Math.min(NUM_RUNS, 200) },
    );
  });
});

// ---------------------------------------------------------------------------
// Adversarial inputs: they must finish (no timing is asserted).

describe('adversarial inputs', () => {
  it('a million Arabic letters without a space', { timeout: 60_000 }, () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآء';
    const parts: string[] = [];
    let seed = 1;
    for (let i = 0; i < 1_000_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      parts.push(letters[(seed >>> 16) % letters.length]!);
    }
    const input = parts.join('');
    const r = repair(input);
    expect(r.source.length).toBe(1_000_000);
    expect(applyEdits(input, r.edits)).toBe(r.text);
  });

  it('a text with its spaces stripped: the search for merged words stops at its budget, a second pass goes on', () => {
    // Written for this test: a news paragraph, then its words in ten different orders with every
    // space removed (the same stretch twice would be searched once: see the next test).
    const paragraph = 'أعلنت وزارة الدفاع أن قوات التحالف الدولي نفذت غارات جديدة على مواقع التنظيم في محافظة دير الزور، وقال المتحدث باسم الوزارة إن العمليات مستمرة حتى تحرير المنطقة بالكامل. ';
    const words = paragraph.trim().split(' ');
    let seed = 11;
    const shuffled = () => words.map((w) => [(seed = (seed * 48271) % 2147483647), w] as const).sort((x, y) => x[0] - y[0]).map(([, w]) => w);
    const stripped = Array.from({ length: 10 }, () => shuffled().join('')).join('');
    const first = repair(stripped, { 'run-on': true });
    const splits = (r: ReturnType<typeof repair>) => r.edits.filter((e) => e.kind === 'run-on').length;
    // The budget (8,192 cells of the search plus 0.6 per code unit) is far less than the text needs.
    expect(splits(first)).toBeGreaterThan(0);
    const second = repair(first.text);
    expect(splits(second)).toBeGreaterThan(0);
    // The paragraph as written (with its spaces) needs no split at all.
    expect(splits(repair(paragraph.repeat(10)))).toBe(0);
  });

  it('searches a merged word the text repeats once: every occurrence is split, and the budget is spent once', () => {
    // 300 occurrences of a merged pair of 12 letters need 300 × 144 cells of search; the budget of
    // this text (8,192 + 0.6 × 12,300) covers 108 of them, its memory of what it found the rest.
    const text = 'التقى وزيرالخارجية نظيره في العاصمة أمس. '.repeat(300);
    const r = repair(text);
    const runOns = r.edits.filter((e) => e.kind === 'run-on');
    expect(runOns).toHaveLength(300);
    expect(new Set(runOns.map((e) => e.reason)).size).toBe(1);
    expect(runOns.every((e, i) => e.start === 10 + 41 * i)).toBe(true);
    expect(r.text).toBe('التقى وزير الخارجية نظيره في العاصمة أمس.'.concat(' التقى وزير الخارجية نظيره في العاصمة أمس.'.repeat(299)));
  });

  it('a million diacritics', { timeout: 60_000 }, () => {
    const input = '\u064e'.repeat(1_000_000);
    const r = repair(input, { hamza: true });
    expect(r.text).toBe(input);
    const afterLetter = repair('ب' + input, { hamza: true });
    expect(applyEdits('ب' + input, afterLetter.edits)).toBe(afterLetter.text);
  });
});
