/**
 * The word-level repairs (run-on, alef-maqsura, hamzat-wasl, madda, hamza), the options of repair(),
 * the Edit objects, applyEdits and the offset map of Repaired, on news sentences written for these
 * tests. Every expectation is exact: kind, offsets, before, after and the repaired text.
 */
import { describe, expect, it } from 'vitest';
import {
  EDIT_KINDS,
  applyEdits,
  createLexicon,
  repair,
  type Edit,
  type EditKind,
  type Lexicon,
  type RepairOptions,
} from '../../src/repair/index.js';

/** The fields of an edit that a test pins down (confidence and reason are checked apart). */
type Expected = [kind: EditKind, start: number, end: number, before: string, after: string];

const fields = (e: Edit): Expected => [e.kind, e.start, e.end, e.before, e.after];

/** repair(input) gives exactly `text` through exactly `edits`, and the edits are well formed. */
function expectRepair(input: string, text: string, edits: Expected[], options?: RepairOptions): void {
  const r = repair(input, options);
  expect(r.edits.map(fields)).toEqual(edits);
  expect(r.text).toBe(text);
  expect(r.source).toBe(input);
  expect(applyEdits(input, r.edits)).toBe(text);
  for (const e of r.edits) checkEdit(input, e);
}

function checkEdit(input: string, e: Edit): void {
  expect(Object.isFrozen(e)).toBe(true);
  expect(EDIT_KINDS).toContain(e.kind);
  expect(e.before).toBe(input.slice(e.start, e.end));
  expect(e.confidence).toBeGreaterThan(0);
  expect(e.confidence).toBeLessThanOrEqual(1);
  expect(typeof e.reason).toBe('string');
  expect(e.reason.trim().length).toBeGreaterThan(0);
}

/** No edit at all. */
function expectUntouched(input: string, options?: RepairOptions): void {
  const r = repair(input, options);
  expect(r.edits.map(fields)).toEqual([]);
  expect(r.text).toBe(input);
}

// ---------------------------------------------------------------------------

describe('run-on', () => {
  it('splits two words merged by a lost space (الولاياتالمتحدة)', () => {
    expectRepair(
      'عاد السفير إلى الولاياتالمتحدة بعد انتهاء مهمته.',
      'عاد السفير إلى الولايات المتحدة بعد انتهاء مهمته.',
      [['run-on', 23, 23, '', ' ']],
    );
  });

  it('splits after a teh marbuta inside a word', () => {
    expectRepair(
      'وأكدت الحكومةالعراقية التزامها بالاتفاق.',
      'وأكدت الحكومة العراقية التزامها بالاتفاق.',
      [['run-on', 13, 13, '', ' ']],
    );
    const [edit] = repair('وأكدت الحكومةالعراقية التزامها بالاتفاق.').edits;
    expect(edit!.reason).toMatch(/teh marbuta/i);
    expect(edit!.confidence).toBe(0.95);
  });

  it('splits after an alef maqsura inside a word', () => {
    expectRepair(
      'نقل المصابون إلى مستشفىالمدينة.',
      'نقل المصابون إلى مستشفى المدينة.',
      [['run-on', 23, 23, '', ' ']],
    );
  });

  it('splits before a glued conjunction و, which stays with the next word', () => {
    expectRepair(
      'حضر الاجتماع الوزيروالسفير الفرنسي.',
      'حضر الاجتماع الوزير والسفير الفرنسي.',
      [['run-on', 19, 19, '', ' ']],
    );
    expectRepair('وأعلن الجيشوالشرطة حالة التأهب.', 'وأعلن الجيش والشرطة حالة التأهب.', [['run-on', 11, 11, '', ' ']]);
    expectRepair(
      'تمتد الجولة إلى العراقوسوريا.',
      'تمتد الجولة إلى العراق وسوريا.',
      [['run-on', 22, 22, '', ' ']],
    );
  });

  it('splits the negation ما / لا from the verb glued to it', () => {
    expectRepair(
      'قال إن الجيش لايستطيع حماية الحدود وحده.',
      'قال إن الجيش لا يستطيع حماية الحدود وحده.',
      [['run-on', 15, 15, '', ' ']],
    );
    expectRepair(
      'وأوضح أن الوفد لايعرف موعد عودته.',
      'وأوضح أن الوفد لا يعرف موعد عودته.',
      [['run-on', 17, 17, '', ' ']],
    );
    expectRepair(
      'وأكد أن ماكان يجري في الجلسة لم يكن مقبولا.',
      'وأكد أن ما كان يجري في الجلسة لم يكن مقبولا.',
      [['run-on', 10, 10, '', ' ']],
    );
  });

  it('keeps long valid words whole (their hamzat al-wasl is a separate repair)', () => {
    expectRepair(
      'أعلنت القوات المتحالفة أن الحركة الإنفصالية فقدت قدراتها القتالية والقتالية، وبالتالي باتت الأجهزة الأمنية والاستخباراتية مطالبة باستكمال المهمة.',
      'أعلنت القوات المتحالفة أن الحركة الانفصالية فقدت قدراتها القتالية والقتالية، وبالتالي باتت الأجهزة الأمنية والاستخباراتية مطالبة باستكمال المهمة.',
      [['hamzat-wasl', 35, 36, 'إ', 'ا']],
    );
    for (const word of ['المتحالفة', 'الإنفصالية', 'والقتالية', 'والاستخباراتية', 'وبالتالي', 'باستكمال']) {
      expect(repair(word, { 'hamzat-wasl': false }).edits.toArray(), word).toEqual([]);
    }
  });

  it('can be switched off', () => {
    expectUntouched('عاد السفير إلى الولاياتالمتحدة بعد انتهاء مهمته.', { 'run-on': false });
  });

  // Merges that the first version of run-on.ts split in the wrong place (reported while writing
  // these tests). Those marked "reported, failing" failed when written: drop the mark once they pass.
  describe('merges that are easy to split in the wrong place', () => {
    it('ما / لا before an imperfect verb in ت or ي: the verb prefix must not join the negation (ماتزال)', () => {
      expectRepair('قال إن المفاوضات ماتزال متعثرة.', 'قال إن المفاوضات ما تزال متعثرة.', [['run-on', 19, 19, '', ' ']]);
      expectRepair('وأكد أن الأزمة لاتزال قائمة.', 'وأكد أن الأزمة لا تزال قائمة.', [['run-on', 17, 17, '', ' ']]);
      expectRepair('ولفت إلى أن الحوار مايزال متعثرا.', 'ولفت إلى أن الحوار ما يزال متعثرا.', [['run-on', 21, 21, '', ' ']]);
    });

    it('لا + verb must not pass as known through a hamza variant of ل + أ… (لايمكن)', () => {
      expectRepair('وقال إنه لايمكن القبول بذلك.', 'وقال إنه لا يمكن القبول بذلك.', [['run-on', 11, 11, '', ' ']]);
    });

    it('a word glued to a word with the article splits before ال, not after its alef (وزيرالخارجية)', () => {
      expectRepair('التقى وزيرالخارجية نظيره الفرنسي.', 'التقى وزير الخارجية نظيره الفرنسي.', [['run-on', 10, 10, '', ' ']]);
      expectRepair('اجتمع أعضاء مجلسالأمن أمس.', 'اجتمع أعضاء مجلس الأمن أمس.', [['run-on', 16, 16, '', ' ']]);
    });

    it('a glued conjunction و goes with the word after it, also before ال (مصروالأردن)', () => {
      expectRepair('تشمل الجولة مصروالأردن.', 'تشمل الجولة مصر والأردن.', [['run-on', 15, 15, '', ' ']]);
      // (مسؤولوالحكومة → مسؤولو الحكومة is right: the construct plural ends in و.)
      expectRepair('تشمل الجولة مصروالسودان.', 'تشمل الجولة مصر والسودان.', [['run-on', 15, 15, '', ' ']]);
    });

    // Where a ي could end the first word (a nisba) or begin the second (an imperfect verb), the
    // first reading wins: it is the commoner in news text (measured on the synthetic run-ons of
    // bench/repair.ts), though الأردنيمكن then becomes الأردني مكن.
    it('a letter that could end one word or begin the next goes with the first (قياديبارز, جانبينهر)', () => {
      expectRepair('التقى الوفد قياديبارز في الحزب.', 'التقى الوفد قيادي بارز في الحزب.', [['run-on', 17, 17, '', ' ']]);
      expectRepair('تقع البلدة على الجانبينهر الفرات.', 'تقع البلدة على الجانبي نهر الفرات.', [['run-on', 22, 22, '', ' ']]);
    });
  });
});

// ---------------------------------------------------------------------------

describe('alef-maqsura', () => {
  it('repairs an always-word (حتي, متي) wherever it occurs, with or without و', () => {
    expectRepair('متي تنتهي الحرب؟', 'متى تنتهي الحرب؟', [['alef-maqsura', 2, 3, 'ي', 'ى']]);
    expectRepair(
      'قال مسؤول لدى الوزارة إن القوات ستبقى في المدينة حتي نهاية الشهر، وحتي ذلك الحين لن يتغير شيء.',
      'قال مسؤول لدى الوزارة إن القوات ستبقى في المدينة حتى نهاية الشهر، وحتى ذلك الحين لن يتغير شيء.',
      [
        ['alef-maqsura', 51, 52, 'ي', 'ى'],
        ['alef-maqsura', 69, 70, 'ي', 'ى'],
      ],
    );
    expectRepair('عقد الطرفان جولة أخري من المحادثات.', 'عقد الطرفان جولة أخرى من المحادثات.', [['alef-maqsura', 20, 21, 'ي', 'ى']]);
    expect(repair('متي تنتهي الحرب؟').edits.at(0)!.confidence).toBe(0.95);
  });

  it('repairs style-words (علي, إلي, لدي) in a text that writes final alef maqsura as ya throughout', () => {
    const input =
      'وصل وزير الخارجية إلي العاصمة الأردنية في زيارة تستمر يومين، وأكد علي أهمية الحوار السياسي بين البلدين. ' +
      'وقال إن لدي الجانبين رغبة مشتركة في التعاون، ولم يستبعد عقد جولة أخري من المحادثات حتي نهاية الشهر. ' +
      'وتأتي الزيارة في إطار الموقف العربي الذي يدعو إلي تعزيز العمل المشترك.';
    const text =
      'وصل وزير الخارجية إلى العاصمة الأردنية في زيارة تستمر يومين، وأكد على أهمية الحوار السياسي بين البلدين. ' +
      'وقال إن لدى الجانبين رغبة مشتركة في التعاون، ولم يستبعد عقد جولة أخرى من المحادثات حتى نهاية الشهر. ' +
      'وتأتي الزيارة في إطار الموقف العربي الذي يدعو إلى تعزيز العمل المشترك.';
    // إلي, علي, لدي, إلي (style); أخري, حتي (always). وتأتي, السياسي, العربي, الذي, في stay.
    expectRepair(input, text, [
      ['alef-maqsura', 20, 21, 'ي', 'ى'],
      ['alef-maqsura', 68, 69, 'ي', 'ى'],
      ['alef-maqsura', 114, 115, 'ي', 'ى'],
      ['alef-maqsura', 172, 173, 'ي', 'ى'],
      ['alef-maqsura', 189, 190, 'ي', 'ى'],
      ['alef-maqsura', 252, 253, 'ي', 'ى'],
    ]);
    const byStart = new Map(repair(input).edits.map((e) => [e.start, e]));
    expect(byStart.get(20)!.confidence).toBe(0.85);
    expect(byStart.get(20)!.reason).toMatch(/throughout/);
    expect(byStart.get(189)!.confidence).toBe(0.95);
  });

  it('leaves style-words alone in a text that uses alef maqsura correctly', () => {
    // علي is the name here, لدي "I have": the text spells إلى and على with ى.
    expectUntouched('وصل وزير الخارجية إلى العاصمة الأردنية، وأكد على أهمية الحوار. وقال الوزير علي إن لدي معلومات جديدة، ثم عاد إلى بلاده.');
    // One style-word alone is no evidence of ya-writing.
    expectUntouched('قال علي إن المفاوضات ستستمر.');
  });

  it('never changes words that rightly end in ya (تأتي, سياسي, العربي, الذي, في, رأي)', () => {
    expectUntouched('تأتي الزيارة في إطار الحوار السياسي العربي الذي يهدف إلى تعزيز رأي الشارع.');
    expectUntouched('وتأتي الخطوة في سياق سياسي معقد، وهو رأي يشاركه العربي والأجنبي الذي يتابع الملف.');
  });

  it('leaves رأي "opinion" alone in a text that writes final alef maqsura as ya', () => {
    expectRepair(
      'وصل الوفد إلي بغداد وركز علي الملف الأمني، وقال إن رأي الحكومة لم يتغير.',
      'وصل الوفد إلى بغداد وركز على الملف الأمني، وقال إن رأي الحكومة لم يتغير.',
      [
        ['alef-maqsura', 12, 13, 'ي', 'ى'],
        ['alef-maqsura', 27, 28, 'ي', 'ى'],
      ],
    );
  });

  it('can be switched off', () => {
    expectUntouched('متي تنتهي الحرب؟', { 'alef-maqsura': false });
  });
});

// ---------------------------------------------------------------------------

describe('hamzat-wasl', () => {
  it.each([
    ['form VIII masdar', 'أعلن الجيش إنتهاء العملية العسكرية في المدينة.', 'أعلن الجيش انتهاء العملية العسكرية في المدينة.', 11],
    ['form VIII masdar after ال', 'رحب الإتحاد الأفريقي بنتائج القمة.', 'رحب الاتحاد الأفريقي بنتائج القمة.', 6],
    ['form X masdar', 'أكد الوزير إستمرار الدعم المالي للبرنامج.', 'أكد الوزير استمرار الدعم المالي للبرنامج.', 11],
    ['form VIII verb', 'إتبع الرئيس سياسة جديدة تجاه جيرانه.', 'اتبع الرئيس سياسة جديدة تجاه جيرانه.', 0],
    ['loanword after وال', 'انتقد عدد من الخبراء والإستراتيجيين الخطة الجديدة.', 'انتقد عدد من الخبراء والاستراتيجيين الخطة الجديدة.', 24],
  ])('removes the hamza of hamzat al-wasl: %s', (_name, input, text, at) => {
    expectRepair(input, text, [['hamzat-wasl', at, at + 1, 'إ', 'ا']]);
  });

  it('keeps the hamza of form IV masdars (إنهاك, إجبار, إحداث, إتلاف, إفقادها)', () => {
    expectUntouched('تهدف الغارات إلى إنهاك الخصم وإجبار قواته على الانسحاب، وإحداث شرخ في صفوفه عبر إتلاف مخازن الوقود وإفقادها قيمتها.');
  });

  it('can be switched off', () => {
    expectUntouched('أعلن الجيش إنتهاء العملية العسكرية في المدينة.', { 'hamzat-wasl': false });
  });
});

// ---------------------------------------------------------------------------

describe('madda', () => {
  it('restores the madda of آسيا and آلاف, behind و too', () => {
    expectRepair('انعقدت القمة في أسيا بمشاركة وفود من عشرين دولة.', 'انعقدت القمة في آسيا بمشاركة وفود من عشرين دولة.', [['madda', 16, 17, 'أ', 'آ']]);
    expectRepair('خرج وألاف المتظاهرين إلى الشوارع.', 'خرج وآلاف المتظاهرين إلى الشوارع.', [['madda', 5, 6, 'أ', 'آ']]);
    expectRepair('تظاهر ألاف الطلاب أمام مبنى البرلمان.', 'تظاهر آلاف الطلاب أمام مبنى البرلمان.', [['madda', 6, 7, 'أ', 'آ']]);
  });

  it('can be switched off', () => {
    expectUntouched('خرج وألاف المتظاهرين إلى الشوارع.', { madda: false });
  });
});

// ---------------------------------------------------------------------------

describe('hamza (opt-in)', () => {
  const hamzaless = 'دعت الجماعات الاسلامية الى التهدئة اثناء زيارة الوفد الى ايران.';

  it('is off by default', () => {
    expectUntouched(hamzaless);
    expectUntouched(hamzaless, { hamza: false });
  });

  it('restores hamza with hamza: true (الاسلامية, الى, اثناء, ايران)', () => {
    expectRepair(
      hamzaless,
      'دعت الجماعات الإسلامية إلى التهدئة أثناء زيارة الوفد إلى إيران.',
      [
        ['hamza', 15, 16, 'ا', 'إ'],
        ['hamza', 23, 24, 'ا', 'إ'],
        ['hamza', 35, 36, 'ا', 'أ'],
        ['hamza', 53, 54, 'ا', 'إ'],
        ['hamza', 57, 58, 'ا', 'إ'],
      ],
      { hamza: true },
    );
  });

  it('leaves ambiguous words (ان, انه, اما, الا) as they are', () => {
    expectUntouched('قال ان الحكومة تعرف انه لا حل الا بالحوار، اما المعارضة فترفض.', { hamza: true });
  });
});

// ---------------------------------------------------------------------------

describe('the lexicon option', () => {
  const input = 'التقى الرئيس زيلينسكي بالوفد.';

  it('without it, a name the built-in lexicon lacks may be split', () => {
    expectRepair(input, 'التقى الرئيس زيلي نسكي بالوفد.', [['run-on', 17, 17, '', ' ']]);
  });

  it.each<[string, Lexicon | Iterable<string>]>([
    ['an array', ['زيلينسكي']],
    ['a Set', new Set(['زيلينسكي'])],
    ['a lexicon from createLexicon', createLexicon(['زيلينسكي'])],
    ['any object with has()', { has: (w: string) => w === 'زيلينسكي' }],
  ])('a user word prevents the split (%s)', (_name, lexicon) => {
    expectUntouched(input, { lexicon });
  });

  it('a user word counts as a known piece of a run-on word', () => {
    expectRepair('اجتمع زيلينسكيوبلينكن أمس.', 'اجتمع زيلينسكي وبلينكن أمس.', [['run-on', 14, 14, '', ' ']], { lexicon: ['زيلينسكي'] });
    expectRepair('اجتمع بلينكنوزيلينسكي أمس.', 'اجتمع بلينكن وزيلينسكي أمس.', [['run-on', 12, 12, '', ' ']], { lexicon: ['زيلينسكي'] });
  });

  it('a list of words also counts behind proclitics and whatever its harakat', () => {
    expectUntouched('التقى بلينكن وزيلينسكي أمس.', { lexicon: ['زيلينسكي'] });
    expectUntouched(input, { lexicon: ['زيلِينسكي'] });
  });

  it('a Set of words is a list of words too, not a Lexicon without clitics or harakat folding', () => {
    // A Set has a has() method, so repair() takes it as a Lexicon and looks words up verbatim.
    expectUntouched('التقى بلينكن وزيلينسكي أمس.', { lexicon: new Set(['زيلينسكي']) });
    expectUntouched(input, { lexicon: new Set(['زيلِينسكي']) });
  });

  it('adds to the built-in lexicon rather than replacing it', () => {
    expectRepair(
      'عاد السفير إلى الولاياتالمتحدة بعد انتهاء مهمته.',
      'عاد السفير إلى الولايات المتحدة بعد انتهاء مهمته.',
      [['run-on', 23, 23, '', ' ']],
      { lexicon: ['زيلينسكي'] },
    );
  });
});

// ---------------------------------------------------------------------------

describe('option and argument validation', () => {
  it('rejects an unknown option with a RangeError naming it', () => {
    expect(() => repair('نص', { hamzaa: true } as RepairOptions)).toThrow(RangeError);
    expect(() => repair('نص', { hamzaa: true } as RepairOptions)).toThrow(/"hamzaa"/);
  });

  it.each(EDIT_KINDS.map((k) => [k]))('rejects a non-boolean "%s" with a TypeError naming it', (kind) => {
    for (const bad of ['yes', 1, null, {}]) {
      expect(() => repair('نص', { [kind]: bad } as RepairOptions)).toThrow(TypeError);
      expect(() => repair('نص', { [kind]: bad } as RepairOptions)).toThrow(`"${kind}"`);
    }
  });

  it('accepts every kind switched on or off explicitly, and undefined', () => {
    const all = Object.fromEntries(EDIT_KINDS.map((k) => [k, true])) as RepairOptions;
    expect(repair('متي تنتهي الحرب؟', all).text).toBe('متى تنتهي الحرب؟');
    const none = Object.fromEntries(EDIT_KINDS.map((k) => [k, false])) as RepairOptions;
    expectUntouched('متي تنتهي الحرب؟ عاد إلى الولاياتالمتحدة.', none);
    expect(repair('متي تنتهي الحرب؟', { 'alef-maqsura': undefined }).text).toBe('متى تنتهي الحرب؟');
  });

  it('rejects a text that is not a string with a TypeError', () => {
    for (const bad of [undefined, null, 42, ['نص'], { text: 'نص' }, new String('نص')]) {
      expect(() => repair(bad as unknown as string)).toThrow(TypeError);
      expect(() => repair(bad as unknown as string)).toThrow(/"text"/);
    }
  });

  it('rejects options that are not an object with a TypeError', () => {
    for (const bad of [null, 'hamza', 1, true, []]) {
      expect(() => repair('نص', bad as unknown as RepairOptions)).toThrow(TypeError);
    }
  });

  it('rejects a bad lexicon with a TypeError', () => {
    for (const bad of ['زيلينسكي', 5, null, true, {}, { has: true }]) {
      expect(() => repair('نص', { lexicon: bad as unknown as Lexicon })).toThrow(TypeError);
      expect(() => repair('نص', { lexicon: bad as unknown as Lexicon })).toThrow(/lexicon/);
    }
    expect(() => repair('نص', { lexicon: ['زيلينسكي', 5] as unknown as string[] })).toThrow(
      'repair: option "lexicon" must list strings, but item 1 is number 5',
    );
  });

  it('gives an empty result for empty text', () => {
    const r = repair('');
    expect(r.text).toBe('');
    expect(r.edits.length).toBe(0);
    expect(r.toSource(0)).toBe(0);
  });
});

// ---------------------------------------------------------------------------

describe('Edit objects', () => {
  const input = 'أعلن الإتحاد الأوروبي أنه سيواصل دعمه حتي نهاية العام في الولاياتالمتحدة وأسيا.';
  const r = repair(input);

  it('are as expected for a text with several kinds of error', () => {
    expect(r.edits.map(fields)).toEqual([
      ['hamzat-wasl', 7, 8, 'إ', 'ا'],
      ['alef-maqsura', 40, 41, 'ي', 'ى'],
      ['run-on', 65, 65, '', ' '],
      ['madda', 74, 75, 'أ', 'آ'],
    ]);
    expect(r.text).toBe('أعلن الاتحاد الأوروبي أنه سيواصل دعمه حتى نهاية العام في الولايات المتحدة وآسيا.');
  });

  it('are frozen, match the input, and carry a confidence in (0, 1] and a reason', () => {
    expect(Object.isFrozen(r.edits)).toBe(true);
    for (const e of r.edits) {
      checkEdit(input, e);
      expect(() => {
        (e as { start: number }).start = 0;
      }).toThrow(TypeError);
    }
  });

  it('are sorted and do not overlap', () => {
    for (let i = 1; i < r.edits.length; i++) expect(r.edits.at(i)!.start).toBeGreaterThanOrEqual(r.edits.at(i - 1)!.end);
  });
});

// ---------------------------------------------------------------------------

describe('applyEdits', () => {
  const input = 'أعلن الإتحاد الأوروبي أنه سيواصل دعمه حتي نهاية العام في الولاياتالمتحدة.';
  const { edits: list, text } = repair(input);
  const edits = list.toArray();

  it('applies all the edits, none, or a subset', () => {
    expect(edits.map((e) => e.kind)).toEqual(['hamzat-wasl', 'alef-maqsura', 'run-on']);
    expect(applyEdits(input, edits)).toBe(text);
    expect(applyEdits(input, [])).toBe(input);
    expect(applyEdits(input, edits.filter((e) => e.kind !== 'alef-maqsura'))).toBe(
      'أعلن الاتحاد الأوروبي أنه سيواصل دعمه حتي نهاية العام في الولايات المتحدة.',
    );
    expect(applyEdits(input, edits.filter((e) => e.kind === 'run-on'))).toBe(
      'أعلن الإتحاد الأوروبي أنه سيواصل دعمه حتي نهاية العام في الولايات المتحدة.',
    );
  });

  it('throws a RangeError on an edit that does not match the text', () => {
    expect(() => applyEdits('نص آخر تماما', edits)).toThrow(RangeError);
    expect(() => applyEdits(input, [{ ...edits[0]!, before: 'أ' }])).toThrow(RangeError);
  });

  it('throws a RangeError on overlapping or unsorted edits', () => {
    expect(() => applyEdits(input, [edits[1]!, edits[0]!])).toThrow(RangeError);
    expect(() => applyEdits(input, [edits[0]!, edits[0]!])).toThrow(RangeError);
    const wide: Edit = { ...edits[0]!, start: 5, end: 12, before: input.slice(5, 12), after: 'الاتحاد' }; // overlaps edits[0] (7–8)
    expect(() => applyEdits(input, [wide, edits[0]!])).toThrow(RangeError);
    const split = edits[2]!;
    expect(() => applyEdits(input, [split, split])).toThrow(RangeError);
  });

  it('throws a RangeError on an edit outside the text', () => {
    const far: Edit = { ...edits[0]!, start: input.length + 1, end: input.length + 2, before: '' };
    expect(() => applyEdits(input, [far])).toThrow(RangeError);
    expect(() => applyEdits(input, [{ ...edits[0]!, start: -1 }])).toThrow(RangeError);
    expect(() => applyEdits(input, [{ ...edits[0]!, start: 1.5 }])).toThrow(RangeError);
  });

  it('throws a TypeError on arguments of the wrong type', () => {
    expect(() => applyEdits(5 as unknown as string, edits)).toThrow(TypeError);
    expect(() => applyEdits(input, 'edits' as unknown as Edit[])).toThrow(TypeError);
    expect(() => applyEdits(input, [null as unknown as Edit])).toThrow(TypeError);
  });
});

// ---------------------------------------------------------------------------

describe('Repaired: offset map and JSON', () => {
  it('maps a split back to the input: the inserted space belongs to the point where it was inserted', () => {
    const input = 'زار الوفد الولاياتالمتحدة';
    const r = repair(input);
    expect(r.text).toBe('زار الوفد الولايات المتحدة');
    expect(r.edits.map(fields)).toEqual([['run-on', 18, 18, '', ' ']]);
    for (let i = 0; i <= 18; i++) expect(r.toSource(i), `toSource(${i})`).toBe(i);
    for (let i = 19; i <= r.text.length; i++) expect(r.toSource(i), `toSource(${i})`).toBe(i - 1);
    expect(r.toSource(r.text.length)).toBe(input.length);
    expect(r.toSourceSpan(18, 19)).toEqual({ start: 18, end: 18 });
    expect(r.toSourceSpan(10, 18)).toEqual({ start: 10, end: 18 });
    expect(r.toSourceSpan(19, 26)).toEqual({ start: 18, end: 25 });
    expect(r.toSourceSpan(10, 26)).toEqual({ start: 10, end: 25 });
    // The words of the repaired text map to the same words of the input.
    const span = r.toSourceSpan(19, 26);
    expect(input.slice(span.start, span.end)).toBe('المتحدة');
  });

  it('maps a one-letter replacement one to one', () => {
    const input = 'متي تنتهي الحرب؟';
    const r = repair(input);
    expect(r.text).toBe('متى تنتهي الحرب؟');
    for (let i = 0; i <= r.text.length; i++) expect(r.toSource(i)).toBe(i);
    expect(r.toSourceSpan(0, 3)).toEqual({ start: 0, end: 3 });
    expect(r.toSourceSpan(2, 3)).toEqual({ start: 2, end: 3 });
  });

  it('maps an unchanged text to itself', () => {
    const input = 'عاد الوفد إلى بغداد.';
    const r = repair(input);
    expect(r.text).toBe(input);
    for (let i = 0; i <= input.length; i++) expect(r.toSource(i)).toBe(i);
  });

  it('throws a RangeError on offsets out of range', () => {
    const r = repair('زار الوفد الولاياتالمتحدة');
    expect(() => r.toSource(-1)).toThrow(RangeError);
    expect(() => r.toSource(r.text.length + 1)).toThrow(RangeError);
    expect(() => r.toSource(1.5)).toThrow(RangeError);
    expect(() => r.toSourceSpan(5, 4)).toThrow(RangeError);
  });

  it('serializes to { text, edits }', () => {
    const r = repair('متي تنتهي الحرب؟');
    expect(r.toJSON()).toEqual({ text: 'متى تنتهي الحرب؟', edits: r.edits });
    const json = JSON.parse(JSON.stringify(r)) as { text: string; edits: Edit[] };
    expect(Object.keys(json).sort()).toEqual(['edits', 'text']);
    expect(json.text).toBe('متى تنتهي الحرب؟');
    expect(json.edits).toEqual([
      { kind: 'alef-maqsura', start: 2, end: 3, before: 'ي', after: 'ى', confidence: r.edits.at(0)!.confidence, reason: r.edits.at(0)!.reason },
    ]);
  });
});
