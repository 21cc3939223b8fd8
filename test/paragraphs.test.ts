import { describe, expect, it } from 'vitest';
import { WRAP_MAX_WIDTH, WRAP_MIN_WIDTH, WRAP_RATIO, paragraphs, sentences, type Span } from '../src/index.js';

type Row = [start: number, end: number, text: string];
const rows = (input: string): Row[] => paragraphs(input).map((p: Span) => [p.start, p.end, p.text]);

// Each row: description, input, expected paragraphs as [start, end, text].
const TABLE: [string, string, Row[]][] = [
  [
    "blank line",
    "عاد الهدوء إلى المدينة.\n\nوفتحت الأسواق أبوابها.",
    [[0, 23, "عاد الهدوء إلى المدينة."], [25, 47, "وفتحت الأسواق أبوابها."]],
  ],
  [
    "several blank lines",
    "عاد الهدوء إلى المدينة.\n\n\n\nوفتحت الأسواق أبوابها.",
    [[0, 23, "عاد الهدوء إلى المدينة."], [27, 49, "وفتحت الأسواق أبوابها."]],
  ],
  [
    "blank line of spaces and controls",
    "عاد الهدوء إلى المدينة\n \u00a0\t\u200f\u202b\ufeff\nوفتحت الأسواق أبوابها",
    [[0, 22, "عاد الهدوء إلى المدينة"], [30, 51, "وفتحت الأسواق أبوابها"]],
  ],
  [
    "title above a long line",
    "الحكومة تقر الموازنة الجديدة\nأقرت الحكومة في جلستها الأسبوعية مشروع الموازنة العامة للعام المقبل بعد نقاش طويل بين الوزراء.",
    [[0, 28, "الحكومة تقر الموازنة الجديدة"], [29, 123, "أقرت الحكومة في جلستها الأسبوعية مشروع الموازنة العامة للعام المقبل بعد نقاش طويل بين الوزراء."]],
  ],
  [
    "hard-wrapped lines",
    "اجتمع وزراء خارجية دول التحالف في العاصمة الأردنية عمّان يوم الثلاثاء\nلبحث مستقبل العمليات العسكرية في المنطقة بعد تراجع هجمات التنظيم خلال\nالأشهر الماضية وسط خلافات واضحة حول توزيع الأعباء المالية بين الأعضاء.\n\nوقال وزير الخارجية الأردني إن الاجتماع كان بناءً.",
    [[0, 210, "اجتمع وزراء خارجية دول التحالف في العاصمة الأردنية عمّان يوم الثلاثاء\nلبحث مستقبل العمليات العسكرية في المنطقة بعد تراجع هجمات التنظيم خلال\nالأشهر الماضية وسط خلافات واضحة حول توزيع الأعباء المالية بين الأعضاء."], [212, 261, "وقال وزير الخارجية الأردني إن الاجتماع كان بناءً."]],
  ],
  [
    "hard-wrapped lines with CRLF",
    "اجتمع وزراء خارجية دول التحالف في العاصمة الأردنية عمّان يوم الثلاثاء\r\nلبحث مستقبل العمليات العسكرية في المنطقة بعد تراجع هجمات التنظيم خلال\r\nالأشهر الماضية وسط خلافات واضحة حول توزيع الأعباء المالية بين الأعضاء.",
    [[0, 212, "اجتمع وزراء خارجية دول التحالف في العاصمة الأردنية عمّان يوم الثلاثاء\r\nلبحث مستقبل العمليات العسكرية في المنطقة بعد تراجع هجمات التنظيم خلال\r\nالأشهر الماضية وسط خلافات واضحة حول توزيع الأعباء المالية بين الأعضاء."]],
  ],
  [
    "a line ending a sentence ends the paragraph",
    "وقال وزير الخارجية الأردني إن الاجتماع كان بناءً.\nوأضاف أن الدول الأعضاء اتفقت على مواصلة التنسيق الأمني",
    [[0, 49, "وقال وزير الخارجية الأردني إن الاجتماع كان بناءً."], [50, 104, "وأضاف أن الدول الأعضاء اتفقت على مواصلة التنسيق الأمني"]],
  ],
  [
    "a line much shorter than the next is not wrapped",
    "تعديل وزاري مرتقب في بغداد\nيعتزم رئيس الوزراء إجراء تعديل وزاري واسع يشمل ست حقائب على الأقل قبل نهاية الشهر",
    [[0, 26, "تعديل وزاري مرتقب في بغداد"], [27, 108, "يعتزم رئيس الوزراء إجراء تعديل وزاري واسع يشمل ست حقائب على الأقل قبل نهاية الشهر"]],
  ],
  [
    "two short lines",
    "العنوان الأول\nالعنوان الثاني",
    [[0, 13, "العنوان الأول"], [14, 28, "العنوان الثاني"]],
  ],
  [
    "CRLF blank line",
    "انتهت الجلسة الأولى.\r\n\r\nبدأت الجلسة الثانية.",
    [[0, 20, "انتهت الجلسة الأولى."], [24, 44, "بدأت الجلسة الثانية."]],
  ],
  [
    "lone CR line breaks",
    "انتهت الجلسة الأولى.\r\rبدأت الجلسة الثانية.",
    [[0, 20, "انتهت الجلسة الأولى."], [22, 42, "بدأت الجلسة الثانية."]],
  ],
  [
    "paragraph separator",
    "انتهت الجلسة الأولى\u2029وبدأت الجلسة الثانية",
    [[0, 19, "انتهت الجلسة الأولى"], [20, 40, "وبدأت الجلسة الثانية"]],
  ],
  [
    "paragraph separator inside wrapped text",
    "اجتمع وزراء خارجية دول التحالف في العاصمة الأردنية عمّان يوم الثلاثاء\u2029لبحث مستقبل العمليات العسكرية في المنطقة بعد تراجع هجمات التنظيم خلال",
    [[0, 69, "اجتمع وزراء خارجية دول التحالف في العاصمة الأردنية عمّان يوم الثلاثاء"], [70, 139, "لبحث مستقبل العمليات العسكرية في المنطقة بعد تراجع هجمات التنظيم خلال"]],
  ],
  [
    "line separator between a title and its article",
    "الحكومة تقر الموازنة الجديدة\u2028أقرت الحكومة في جلستها الأسبوعية مشروع الموازنة العامة للعام المقبل بعد نقاش طويل بين الوزراء.",
    [[0, 28, "الحكومة تقر الموازنة الجديدة"], [29, 123, "أقرت الحكومة في جلستها الأسبوعية مشروع الموازنة العامة للعام المقبل بعد نقاش طويل بين الوزراء."]],
  ],
  [
    "spans are trimmed of spaces and controls",
    "  \n\n \u200fفقرة أولى عن الانتخابات.\u200f  \n \n\n\u202bفقرة ثانية عن الاقتصاد\u202c\n\n",
    [[6, 30, "فقرة أولى عن الانتخابات."], [38, 60, "فقرة ثانية عن الاقتصاد"]],
  ],
];

describe('paragraphs', () => {
  it.each(TABLE)('%s', (_name, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });

  it('gives [] for empty and blank input', () => {
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs(' \n\n\t\u00a0\u200f\u2029\r\n')).toEqual([]);
  });

  it('trims a zero-width joiner, a control character, like other controls', () => {
    // U+200D is a format (Cf) control: a paragraph holding only it is blank, and it is trimmed.
    expect(rows('\u200d')).toEqual([]);
    expect(rows('أعلن الوزير استقالته\u200d\n\n\u200dثم غادر')).toEqual([
      [0, 20, 'أعلن الوزير استقالته'],
      [24, 31, 'ثم غادر'],
    ]);
  });

  it('trims invisible characters beyond the BMP (tag characters) but keeps an emoji', () => {
    // U+E0020 TAG SPACE is two UTF-16 code units; fast-check found it left in place.
    expect(rows('\u{E0020}')).toEqual([]);
    expect(rows('\u{E0020}عاد الوفد\u{E0020}')).toEqual([[2, 11, 'عاد الوفد']]);
    expect(rows('عاد الوفد 👍')).toEqual([[0, 12, 'عاد الوفد 👍']]);
  });

  it('every sentence lies inside one paragraph', () => {
    const input = TABLE.map(([, text]) => text).join('\n\n');
    const paras = paragraphs(input);
    for (const s of sentences(input)) {
      expect(paras.some((p) => p.start <= s.start && s.end <= p.end), JSON.stringify(s)).toBe(true);
    }
  });
});

// Lines of exact lengths cut from natural text, for the hard-wrap thresholds.
const PROSE =
  'أعلنت وزارة التخطيط أن معدل الفقر في المحافظات الجنوبية تراجع خلال العام الماضي بفضل برامج الدعم النقدي ' +
  'التي استهدفت الأسر الأشد حاجة في الأرياف والمدن الصغيرة بحسب تقرير رسمي صدر بعد مشاورات مع البنك الدولي ' +
  'ومنظمات المجتمع المدني التي طالبت بتوسيع البرامج لتشمل العاطلين عن العمل والعائدين من مخيمات النزوح في الشمال ' +
  'حيث ما زالت آلاف العائلات تنتظر إعادة إعمار منازلها المدمرة وتأمين الخدمات الأساسية من ماء وكهرباء ومدارس';

/** A line of exactly `n` code units, cut from PROSE, without leading or trailing space or final punctuation. */
function line(n: number, offset = 0): string {
  let s = PROSE.slice(offset, offset + n);
  if (s.length !== n) throw new Error(`PROSE too short for ${n}`);
  if (s.startsWith(' ')) s = 'و' + s.slice(1);
  if (s.endsWith(' ')) s = s.slice(0, -1) + 'و';
  return s;
}

describe('paragraphs: hard-wrap thresholds', () => {
  it('the constants are consistent', () => {
    expect(WRAP_MIN_WIDTH).toBeGreaterThan(0);
    expect(WRAP_MAX_WIDTH).toBeGreaterThan(WRAP_MIN_WIDTH);
    expect(WRAP_RATIO).toBeGreaterThan(0);
    expect(WRAP_RATIO).toBeLessThanOrEqual(1);
    expect(PROSE.length).toBeGreaterThan(WRAP_MAX_WIDTH + 10);
  });

  it(`joins a line of WRAP_MIN_WIDTH (${WRAP_MIN_WIDTH}) to an equal line, not a line one shorter`, () => {
    const a = line(WRAP_MIN_WIDTH);
    const b = line(WRAP_MIN_WIDTH, 40);
    expect(paragraphs(`${a}\n${b}`).map((p) => p.text)).toEqual([`${a}\n${b}`]);
    const c = line(WRAP_MIN_WIDTH - 1);
    const d = line(WRAP_MIN_WIDTH - 1, 40);
    expect(paragraphs(`${c}\n${d}`).map((p) => p.text)).toEqual([c, d]);
  });

  it(`joins a line of WRAP_MAX_WIDTH (${WRAP_MAX_WIDTH}), not a longer one`, () => {
    const a = line(WRAP_MAX_WIDTH);
    const b = line(WRAP_MAX_WIDTH, 5);
    expect(paragraphs(`${a}\n${b}`).map((p) => p.text)).toEqual([`${a}\n${b}`]);
    const c = line(WRAP_MAX_WIDTH + 1);
    expect(paragraphs(`${c}\n${b}`).map((p) => p.text)).toEqual([c, b]);
  });

  it(`joins a line at least WRAP_RATIO (${WRAP_RATIO}) of the next, not a shorter one`, () => {
    const next = line(100, 100);
    const enough = line(Math.ceil(WRAP_RATIO * 100));
    const short = line(Math.ceil(WRAP_RATIO * 100) - 1);
    expect(paragraphs(`${enough}\n${next}`).map((p) => p.text)).toEqual([`${enough}\n${next}`]);
    expect(paragraphs(`${short}\n${next}`).map((p) => p.text)).toEqual([short, next]);
  });

  it('a wrapped paragraph is one sentence, a title line its own', () => {
    const a = line(70);
    const b = line(72, 80);
    const input = `تعديل وزاري مرتقب\n${a}\n${b}.`;
    expect(sentences(input).map((s) => s.text)).toEqual(['تعديل وزاري مرتقب', `${a}\n${b}.`]);
  });
});

describe('paragraphs: errors', () => {
  it.each([
    ['a number', 3],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
  ])('throws TypeError naming "text" for %s', (_name, value) => {
    expect(() => paragraphs(value as unknown as string)).toThrow(TypeError);
    expect(() => paragraphs(value as unknown as string)).toThrow(/"text"/);
  });
});
