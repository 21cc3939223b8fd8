import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Detector } from '../../src/repair/context.js';
import { applyEdits, type Edit } from '../../src/repair/edit.js';
import { detectBidiPunct } from '../../src/repair/bidi-punct.js';
import { detectHardWraps } from '../../src/repair/hard-wrap.js';
import { detectQuotes } from '../../src/repair/quotes.js';
import { detectWhitespace } from '../../src/repair/whitespace.js';
import { repair } from '../../src/repair/repair.js';
import { contextOf, fix, rows, run } from './helpers.js';

/** Only the layout kinds: the other detectors are tested elsewhere. */
const LAYOUT_ONLY = { 'run-on': false, 'alef-maqsura': false, 'hamzat-wasl': false, madda: false, hamza: false } as const;
const LAYOUT_KINDS = new Set(['quote', 'hard-wrap', 'bidi-punct', 'whitespace']);

/** Checks what every detector promises: sorted, non-overlapping, matching edits with a confidence and a reason. */
function wellFormed(text: string, edits: readonly Edit[]): void {
  let end = -1;
  let insertion = -1;
  const problems: string[] = [];
  edits.forEach((e, i) => {
    if (e.start < end) problems.push(`edit ${i} overlaps or is out of order`);
    if (e.start === e.end && e.start === insertion) problems.push(`edit ${i} inserts where the previous one did`);
    if (text.slice(e.start, e.end) !== e.before) problems.push(`edit ${i}: before does not match`);
    if (e.before === e.after) problems.push(`edit ${i} changes nothing`);
    if (!(e.confidence > 0 && e.confidence <= 1)) problems.push(`edit ${i}: confidence ${e.confidence}`);
    if (e.reason.length < 10) problems.push(`edit ${i}: no reason`);
    insertion = e.start === e.end ? e.start : -1;
    end = e.end;
  });
  expect(problems).toEqual([]);
}

/** The detector proposes nothing on the text it repaired. */
function idempotent(detector: Detector, text: string): void {
  const once = fix(detector, text);
  expect(rows(run(detector, once))).toEqual([]);
}

// ---------------------------------------------------------------------------

describe('detectWhitespace', () => {
  const cases: [string, string, [string, number, number, string, string][]][] = [
    ['trailing spaces before a line break and a no-break space at the end',
      'وصل الوفد المصري إلى الخرطوم مساء أمس.  \nوتستمر المحادثات ثلاثة أيام.\u00a0',
      [['whitespace', 38, 40, '  ', ''], ['whitespace', 69, 70, '\u00a0', '']]],
    ['a trailing tab before CRLF and a trailing space at the end',
      'افتتح الوزير المعرض الدولي للكتاب.\t\r\nويشارك فيه ناشرون من عشرين دولة. ',
      [['whitespace', 34, 35, '\t', ''], ['whitespace', 69, 70, ' ', '']]],
    ['repeated spaces inside a line keep one',
      'قال المتحدث  باسم الوزارة إن   المفاوضات مستمرة.',
      [['whitespace', 12, 13, ' ', ''], ['whitespace', 29, 31, '  ', '']]],
    ['spaces before commas and a full stop',
      'أكد الرئيس ، في كلمته أمام البرلمان ، أن الإصلاحات ستستمر .',
      [['whitespace', 10, 11, ' ', ''], ['whitespace', 35, 36, ' ', ''], ['whitespace', 57, 58, ' ', '']]],
    ['a space before the Arabic question mark',
      'هل تنجح الوساطة الجديدة في إنهاء الأزمة ؟ يتساءل المراقبون',
      [['whitespace', 39, 40, ' ', '']]],
    ['spaces before punctuation after a closing quotation mark',
      'وقال الوزير إن الحكومة "ملتزمة بالاتفاق" ، مضيفاً أن التنفيذ بدأ .',
      [['whitespace', 40, 41, ' ', ''], ['whitespace', 64, 65, ' ', '']]],
    ['a comma that belongs to the word before it: space deleted before, inserted after',
      'انتهى الاجتماع ،وغادر الوفد العاصمة',
      [['whitespace', 14, 15, ' ', ''], ['whitespace', 16, 16, '', ' ']]],
    ['missing spaces after ، . : ؛ and !',
      'وصل الوزير إلى عمّان،والتقى نظيره الأردني.وبحث الجانبان ملفين:الأمن والاقتصاد؛وأعلنا اتفاقاً جديداً؟!بالتأكيد',
      [['whitespace', 21, 21, '', ' '], ['whitespace', 42, 42, '', ' '], ['whitespace', 62, 62, '', ' '],
        ['whitespace', 78, 78, '', ' '], ['whitespace', 101, 101, '', ' ']]],
    ['a full stop after an e-mail address, outside it',
      'راسلوا المحرر على news@example.com.وشكراً',
      [['whitespace', 35, 35, '', ' ']]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const edits = run(detectWhitespace, text);
      wellFormed(text, edits);
      expect(rows(edits)).toEqual(expected);
      idempotent(detectWhitespace, text);
    });
  }

  it('gives confidences by rule', () => {
    const text = 'قال المتحدث  باسم الوزارة ، إن المفاوضات مستمرة.والوفد عائد \n';
    expect(run(detectWhitespace, text).map((e) => e.confidence)).toEqual([0.95, 0.9, 0.85, 0.99]);
  });

  const traps: [string, string][] = [
    ['indentation at line starts', '    بدأت الجلسة في الساعة العاشرة صباحاً.\n\tوحضرها ممثلو الأحزاب كافة.'],
    ['an ellipsis after a space', 'وقال إن الأمور تتجه نحو التصعيد ... والجميع ينتظر'],
    ['abbreviations, an Arabic site name and a URL', 'تحدث أ.د.محمد السيد في المؤتمر، ونشرت الجزيرة.نت التقرير على www.example.com/التقرير.كاملاً'],
    ['numbers, a time, and a full stop glued to the front of a number (bidi-punct’s job)',
      'ارتفع التضخم إلى 2.5 في المئة في الساعة 10:30 من صباح اليوم، وبلغ 3,5 في المئة في أيار/مايو .2014 وفق البيانات'],
    ['a colon before a guillemet', 'قال المتحدث:«لن نقبل بذلك» ثم غادر'],
    ['a list marker', 'وتشمل الخطة ما يلي:\n- دعم المزارعين\n- توفير القروض'],
    ['clean text', 'أعلنت وزارة الصحة تسجيل إصابات جديدة، وقالت إن الوضع "تحت السيطرة". وأضافت: لا داعي للقلق!\n\nوتابعت الوزارة متابعة الحالات؛ فيما طالب نواب بمزيد من الشفافية؟'],
  ];
  for (const [name, text] of traps) {
    it(`leaves alone: ${name}`, () => {
      expect(rows(run(detectWhitespace, text))).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------

describe('detectBidiPunct', () => {
  const cases: [string, string, [string, number, number, string, string][]][] = [
    ['a full stop before a year, after a month pair',
      'انتهت الحرب في آب/أغسطس .2014 وبدأت بعدها مرحلة جديدة',
      [['bidi-punct', 24, 29, '.2014', '2014.']]],
    ['an Arabic comma before Arabic-Indic digits',
      'ارتفع عدد اللاجئين إلى مليون في عام ،٢٠١٥ وفق الأمم المتحدة',
      [['bidi-punct', 36, 41, '،٢٠١٥', '٢٠١٥،']]],
    ['at the end of the text',
      'أُجريت الانتخابات البرلمانية في أيار/مايو .2018',
      [['bidi-punct', 42, 47, '.2018', '2018.']]],
    ['at the end of a line',
      'وقعت الاشتباكات في نيسان/أبريل .2019\nوقال شهود إن القتال استمر ساعات',
      [['bidi-punct', 31, 36, '.2019', '2019.']]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const edits = run(detectBidiPunct, text);
      wellFormed(text, edits);
      expect(rows(edits)).toEqual(expected);
      expect(edits[0]!.confidence).toBe(0.9);
      idempotent(detectBidiPunct, text);
    });
  }

  const traps: [string, string][] = [
    ['decimal points before one digit, and after a number', 'بلغت نسبة النمو .5 في المئة وارتفعت إلى 3 .5 ثم 7 .25 في المئة'],
    ['a decimal point without its zero before a percentage', 'ارتفعت الأسعار بنسبة .20% خلال العام، وتراجع الدخل بنسبة .25 في المئة'],
    ['punctuation already after the number', 'انتهت الحرب في آب/أغسطس 2014. وبدأت بعدها مرحلة جديدة'],
    ['no word before, a digit before, a bracket before, a letter after',
      '.2014 كان عاماً صعباً، وفي الساعة 10 :30 بدأ الاجتماع (.2014) وقال: .2014هو العام'],
  ];
  for (const [name, text] of traps) {
    it(`leaves alone: ${name}`, () => {
      expect(rows(run(detectBidiPunct, text))).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------

describe('detectQuotes', () => {
  const cases: [string, string, [string, number, number, string, string][]][] = [
    ['guillemets glued on both sides, the opening one the wrong way round',
      'أعلن تنظيم»القاعدة»مسؤوليته عن الهجوم',
      [['quote', 10, 10, '', ' '], ['quote', 10, 11, '»', '«'], ['quote', 19, 19, '', ' ']]],
    ['guillemets both the wrong way round',
      'قالت الصحيفة إن »الهدنة« لم تصمد طويلاً',
      [['quote', 16, 17, '»', '«'], ['quote', 23, 24, '«', '»']]],
    ['spaces inside guillemets',
      'وصف الوزير الاتفاق بأنه « تاريخي » وقال إنه سيغير المنطقة',
      [['quote', 25, 26, ' ', ''], ['quote', 32, 33, ' ', '']]],
    ['straight quotes glued to the words outside',
      'ونقلت الوكالة عن مصدر قوله"إن المحادثات انتهت"دون اتفاق',
      [['quote', 26, 26, '', ' '], ['quote', 46, 46, '', ' ']]],
    ['spaces inside straight quotes',
      'وقال المتحدث " لن نتراجع " في إشارة إلى المفاوضات',
      [['quote', 14, 15, ' ', ''], ['quote', 24, 25, ' ', '']]],
    ['curly quotes glued (their spacing inside is left alone)',
      'وأكد البيان أن“المرحلة المقبلة”ستشهد تغييرات، وأن “ الحوار ” مستمر',
      [['quote', 14, 14, '', ' '], ['quote', 31, 31, '', ' ']]],
    ['a closing guillemet glued to the conjunction of the next quotation',
      'وأضاف أن جماعة«الإخوان المسلمين»و«حزب النور» خاضتا الانتخابات',
      [['quote', 14, 14, '', ' '], ['quote', 32, 32, '', ' ']]],
    ['a quotation over a wrapped line pairs across the wrap',
      'وقال وزير الخارجية في مؤتمر صحافي عقده مساء أمس إن بلاده « ترفض\nأي تدخل خارجي في شؤونها الداخلية » وإنها ستدافع عن سيادتها.',
      [['quote', 58, 59, ' ', ''], ['quote', 96, 97, ' ', '']]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const edits = run(detectQuotes, text);
      wellFormed(text, edits);
      expect(rows(edits)).toEqual(expected);
      idempotent(detectQuotes, text);
    });
  }

  it('is surer of a turn than of spacing', () => {
    expect(run(detectQuotes, 'أعلن تنظيم»القاعدة»مسؤوليته').map((e) => e.confidence)).toEqual([0.85, 0.9, 0.85]);
  });

  const traps: [string, string][] = [
    ['guillemets after a one-letter conjunction and after a tatweel',
      'قاتلت القوات الحكومية «داعش» و«النصرة» في ريف حلب، وقال مصدر لـ«الحياة» إن المعارك مستمرة'],
    ['straight quotes after a preposition written with a tatweel',
      'وقال مسؤول لـ"الشرق الأوسط" إن الحكومة تمسكت بـ"الخطوط الحمراء" في المفاوضات'],
    ['a quotation that goes on in the next paragraph', 'وقال الوزير: «سنواصل العمل حتى النهاية'],
    ['an odd number of straight quotes', 'ونقل عن الوزير قوله "نحن مستعدون للحوار'],
    ['clean quotations of every kind',
      'ووصف المتحدث باسم الخارجية الاتفاق بأنه «خطوة أولى»، مؤكداً أن "المفاوضات" مستمرة و“الأجواء” إيجابية.'],
    ['nested guillemets', 'وقال المحلل: «نقلت الصحف عن الوزير قوله «لن نتراجع» أمس»'],
    ['a quotation closing and another opening on one line', 'انتهى الاقتباس» وقال الوزير «بدأ'],
    ['guillemets that do not pair within their lines', 'قال الوزير »نعم\nوأضاف »لا'],
    ['a quotation over a wrapped line, and one in the next paragraph',
      'وقال وزير الخارجية في مؤتمر صحافي عقده مساء أمس إن بلاده «ترفض\nأي تدخل خارجي في شؤونها الداخلية».\n\nوأضاف: «سنواصل الحوار».'],
  ];
  for (const [name, text] of traps) {
    it(`leaves alone: ${name}`, () => {
      expect(rows(run(detectQuotes, text))).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------

describe('detectHardWraps', () => {
  const cases: [string, string, [string, number, number, string, string][]][] = [
    ['a line break inside a sentence',
      'أعلنت وزارة الخارجية في بيان صدر مساء أمس أن الوزير سيتوجه\nإلى جنيف للمشاركة في المحادثات الدولية حول الأزمة.',
      [['hard-wrap', 58, 59, '\n', ' ']]],
    ['trailing and leading spaces and a blank line go with the break',
      'أعلنت وزارة الخارجية في بيان صدر مساء أمس أن الوزير سيتوجه إلى  \nجنيف للمشاركة في المحادثات الدولية حول الأزمة السورية،   \n\n  إلى جانب وزراء خارجية الدول الكبرى.',
      [['hard-wrap', 62, 65, '  \n', ' '], ['hard-wrap', 119, 126, '   \n\n  ', ' ']]],
    ['a blank line inside a wrapped paragraph',
      'وقال رئيس الوزراء في كلمة ألقاها أمام البرلمان مساء أمس إن حكومته\nستعمل على خفض معدلات البطالة وتحسين الخدمات العامة في المناطق\n\nالريفية خلال السنوات الثلاث المقبلة.',
      [['hard-wrap', 65, 66, '\n', ' '], ['hard-wrap', 127, 129, '\n\n', ' ']]],
    ['a short last line',
      'وقال رئيس الوزراء في كلمة ألقاها أمام البرلمان مساء أمس\nإن حكومته ستعمل على خفض البطالة.',
      [['hard-wrap', 55, 56, '\n', ' ']]],
    ['two blank lines are kept (only the bare line break is joined)',
      'وقال رئيس الوزراء في كلمة ألقاها أمام البرلمان مساء أمس إن حكومته\nستعمل على خفض معدلات البطالة وتحسين الخدمات العامة في المناطق\n\n\nالريفية خلال السنوات الثلاث المقبلة.',
      [['hard-wrap', 65, 66, '\n', ' ']]],
    ['a next line that starts with a guillemet',
      'وأضاف الوزير أن الحكومة ستعمل على تنفيذ الخطة خلال عامين، وأن\n«الأولوية ستكون للمناطق الأكثر تضرراً» بحسب تعبيره.',
      [['hard-wrap', 61, 62, '\n', ' ']]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const edits = run(detectHardWraps, text);
      wellFormed(text, edits);
      expect(rows(edits)).toEqual(expected);
      idempotent(detectHardWraps, text);
    });
  }

  it('is surer of a bare line break than of a blank line', () => {
    const text = 'وقال رئيس الوزراء في كلمة ألقاها أمام البرلمان مساء أمس إن حكومته\nستعمل على خفض معدلات البطالة وتحسين الخدمات العامة في المناطق\n\nالريفية خلال السنوات الثلاث المقبلة.';
    expect(run(detectHardWraps, text).map((e) => e.confidence)).toEqual([0.9, 0.75]);
  });

  const traps: [string, string][] = [
    ['a title above its article', 'الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب\n\nأعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية.'],
    ['a dateline above its article', 'بغداد - رويترز\nأعلنت الحكومة العراقية اليوم عن خطة جديدة لإعادة إعمار المدن المحررة.'],
    ['a finished sentence', 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية.\nوقال وزير الزراعة إن الخطة ستنفذ على ثلاث مراحل.'],
    ['a colon before a list, and list items',
      'وحدد وزير الزراعة في مؤتمره الصحافي أهداف الخطة الجديدة على النحو التالي:\n- دعم أسعار البذور والأسمدة للمزارعين\n1. توفير قروض ميسرة'],
    ['a heading after an unfinished paragraph',
      'رحبت أحزاب المعارضة بالخطة الجديدة التي أعلنتها الحكومة\n\nمواقف الأحزاب\n\nوقالت إنها ستتابع تنفيذها.'],
    ['a one-line paragraph without a full stop',
      'وقال الوزير إن الحكومة ستعمل على تنفيذ الخطة خلال عامين بالتعاون مع الشركاء\n\nوتبدأ المرحلة الأولى الشهر المقبل في العاصمة.'],
    ['a paragraph separator', 'أعلنت الحكومة اليوم خطة لإعادة الإعمار تشمل المدن المتضررة كافة\u2029وتبدأ المرحلة الأولى الشهر المقبل.'],
    ['a line too long to be wrapped',
      'أكدت المصادر أن المفاوضات بين الطرفين ستستأنف الأسبوع المقبل في العاصمة القطرية، وسيشارك فيها ممثلون عن الأمم المتحدة والاتحاد الأفريقي وجامعة الدول العربية، إضافة إلى مراقبين من عدد من الدول الأوروبية والآسيوية التي تدعم جهود الوساطة منذ بدايتها قبل أكثر من عامين، وفق ما ذكرت المصادر التي طلبت عدم ذكر اسمها\nوقال دبلوماسي غربي إن فرص نجاح الجولة الجديدة أفضل من سابقاتها.'],
    ['a short line', 'وقال رئيس الوزراء إن حكومته\nستعمل على خفض معدلات البطالة.'],
  ];
  for (const [name, text] of traps) {
    it(`leaves alone: ${name}`, () => {
      expect(rows(run(detectHardWraps, text))).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------

describe('layout detectors on odd input', () => {
  const DETECTORS: [string, Detector][] = [
    ['whitespace', detectWhitespace], ['bidi-punct', detectBidiPunct], ['quote', detectQuotes], ['hard-wrap', detectHardWraps],
  ];
  const odd = ['', ' ', '\ud800', 'قال\udc00 «\ud83d»', '«»»»', '»»««', '""""', '"', '\n\n\n', '\r\n \r\n', '\u2028\u2029', '.', ' .1', '\u0000\u200f»\t', 'ـ«ـ»ـ'];
  for (const [name, detector] of DETECTORS) {
    it(`${name} never throws and its edits are well formed`, () => {
      for (const text of odd) {
        const edits = detector(contextOf(text)).toEdits();
        wellFormed(text, edits);
        idempotent(detector, text);
      }
    });
  }

  it('completes on 100k of "» " and on a large wrapped text', () => {
    const guillemets = '» '.repeat(100_000);
    const line = 'وقال رئيس الوزراء في كلمة ألقاها أمام البرلمان مساء أمس إن حكومته ، ستعمل  على خفض البطالة«المرتفعة»\n';
    const wrapped = line.repeat(5_000);
    const t0 = Date.now();
    for (const [, detector] of DETECTORS) {
      detector(contextOf(guillemets)).toEdits();
      const edits = detector(contextOf(wrapped)).toEdits();
      wellFormed(wrapped, edits);
    }
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});

// ---------------------------------------------------------------------------

describe('repair() with the layout kinds', () => {
  it('joins wrapped lines, moves displaced punctuation, turns quotation marks and tidies spaces', () => {
    const input = 'وقال رئيس الوزراء في كلمة ألقاها أمام البرلمان مساء أمس إن حكومته  \n'
      + 'ستعمل على خفض البطالة التي ارتفعت منذ آب/أغسطس .2014 بحسب تنظيم»الإحصاء»الرسمي\n\n'
      + 'وهيئات دولية أخرى ، كما قال.  \n\nوأضاف الوزير أن الخطة ستنفذ على مراحل.';
    const r = repair(input, LAYOUT_ONLY);
    expect(r.text).toBe('وقال رئيس الوزراء في كلمة ألقاها أمام البرلمان مساء أمس إن حكومته '
      + 'ستعمل على خفض البطالة التي ارتفعت منذ آب/أغسطس 2014. بحسب تنظيم «الإحصاء» الرسمي '
      + 'وهيئات دولية أخرى، كما قال.\n\nوأضاف الوزير أن الخطة ستنفذ على مراحل.');
    expect(r.edits.map((e) => e.kind)).toEqual(['hard-wrap', 'bidi-punct', 'quote', 'quote', 'quote', 'hard-wrap', 'whitespace', 'whitespace']);
    expect(applyEdits(input, r.edits)).toBe(r.text);
    expect(repair(r.text, LAYOUT_ONLY).edits.length).toBe(0);
  });

  it('deletes the line break inside a quotation instead of joining it with a space', () => {
    const input = 'وقال وزير الخارجية في مؤتمر صحافي عقده مساء أمس إن بلاده «\nترفض أي تدخل خارجي في شؤونها الداخلية» وإنها ستدافع عن سيادتها.';
    const r = repair(input, LAYOUT_ONLY);
    expect(r.text).toBe('وقال وزير الخارجية في مؤتمر صحافي عقده مساء أمس إن بلاده «ترفض أي تدخل خارجي في شؤونها الداخلية» وإنها ستدافع عن سيادتها.');
    expect(repair(r.text, LAYOUT_ONLY).edits.length).toBe(0);
  });

  it('proposes no layout edit on clean text', () => {
    const clean = 'واشنطن تدرس توسيع التحالف الدولي\n\n'
      + 'أعلنت وزارة الخارجية الأميركية، في بيان صدر مساء أمس، أن الوزير سيتوجه إلى جنيف للمشاركة في '
      + 'المحادثات الدولية حول الأزمة. وقال المتحدث باسم الوزارة لـ"الشرق الأوسط" إن بلاده «لن تتراجع» عن '
      + 'موقفها، مضيفاً: «المفاوضات مستمرة».\n\n'
      + 'ووصف محللون الجولة الجديدة بأنها "حاسمة"، وتوقعوا أن تستمر حتى أيلول/سبتمبر 2025.\n';
    expect(repair(clean).edits.filter((e) => LAYOUT_KINDS.has(e.kind))).toEqual([]);
  });

  it('is idempotent on random text', () => {
    const pieces = ['قال', 'الوزير', 'في', 'تنظيم', 'لـ', 'و', 'ب', 'أ', 'د', 'نت', '2014', '11', '5', '٢٠١٥',
      'أعلنت الحكومة العراقية اليوم عن خطة جديدة لإعادة', '،', '؛', '؟', '.', '...', ',', ':', '!', '«', '»', '"', '“', '”',
      '(', ')', '-', '1.', 'www.example.com', 'CNN', ' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2029', '\u200f', '\ud800', 'ـ'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((a) => a.join('')), (text) => {
      for (const [, detector] of [['w', detectWhitespace], ['b', detectBidiPunct], ['q', detectQuotes], ['h', detectHardWraps]] as const) {
        const edits = detector(contextOf(text)).toEdits();
        wellFormed(text, edits);
        expect(rows(detector(contextOf(applyEdits(text, edits))).toEdits())).toEqual([]);
      }
      const once = repair(text, LAYOUT_ONLY);
      expect(repair(once.text, LAYOUT_ONLY).edits.length).toBe(0);
    }), { numRuns: 300 });
  });
});
