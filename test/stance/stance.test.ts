/**
 * stance() on short news texts written for these tests: each cue family, negation, intensifiers,
 * diminishers, hedges and certainty, contrast, attribution, rhetorical questions, scare quotes,
 * mixed and neutral texts, targets, and the checks on options.
 */
import { describe, expect, it } from 'vitest';
import { createStanceLexicon, stance, type StanceOptions, type StanceReport } from '../../src/stance/index.js';

const COALITION = 'global-coalition-against-isis';
const report = (text: string, options: StanceOptions = { targets: [COALITION] }): StanceReport => stance(text, options)[0]!;
/** Each piece of evidence as `surface cue polarity voice [source]`. */
const show = (text: string, r: StanceReport): string[] => r.evidence.map((e) => `${text.slice(e.start, e.end)} ${e.cue} ${e.polarity} ${e.voice}${e.source ? ' ' + e.source : ''}`);

describe('stance', () => {
  it('finds critical and favorable cues in the author\'s voice, with their offsets and sentence', () => {
    const text = 'كشفت الضربات عن الفشل الذريع للتحالف الدولي.';
    const r = report(text);
    expect(r.label).toBe('against');
    expect(show(text, r)).toEqual(['الفشل الذريع فشل ذريع -1 author']);
    expect(r.evidence[0]!.sentence).toEqual({ start: 0, end: text.length, text });
    expect(r.score).toBeLessThan(-0.5);
    expect(r.mentions.map((m) => m.surface)).toEqual(['لتحالف الدولي']);
    const good = 'نجح التحالف الدولي في تحرير المدينة بسرعة لافتة.';
    expect(report(good).label).toBe('favor');
    expect(show(good, report(good))).toEqual(['نجح نجح 1 author', 'تحرير تحرير 1 author']);
  });

  it('flips a negated cue, and lets a failure govern what failed', () => {
    const text = 'لم ينجح التحالف الدولي في حماية المدنيين.';
    const r = report(text);
    expect(r.label).toBe('against');
    expect(show(text, r)).toEqual(['ينجح ينجح -1 author']);
    expect(show('فشل التحالف الدولي في حماية المدنيين.', report('فشل التحالف الدولي في حماية المدنيين.'))).toEqual(['فشل فشل -1 author']);
  });

  it('scales a cue by an intensifier or a diminisher', () => {
    const strong = report('حقق التحالف الدولي نجاحا كبيرا جدا في الموصل.').evidence.find((e) => e.cue === 'نجاح')!;
    const weak = report('حقق التحالف الدولي نجاحا نسبيا في الموصل.').evidence.find((e) => e.cue === 'نجاح')!;
    expect(strong.weight).toBeGreaterThan(1);
    expect(weak.weight).toBeLessThan(1);
  });

  it('lowers the confidence for a hedge and not for certainty', () => {
    const plain = report('فشل التحالف الدولي في حماية المدنيين.');
    const hedged = report('ربما فشل التحالف الدولي في حماية المدنيين.');
    const certain = report('من المؤكد أن التحالف الدولي فشل في حماية المدنيين.');
    expect([plain.label, hedged.label, certain.label]).toEqual(['against', 'against', 'against']);
    expect(hedged.confidence).toBeLessThan(plain.confidence);
    expect(certain.confidence).toBeGreaterThanOrEqual(plain.confidence);
  });

  it('gives the clause after a contrast more weight than the one before', () => {
    const text = 'أحرز التحالف الدولي تقدما ملموسا في الرقة، لكنه أخفق إخفاقا ذريعا في حماية المدنيين.';
    const r = report(text);
    expect(r.label).toBe('against');
    const [before, after] = [r.evidence[0]!, r.evidence[1]!];
    expect(text.slice(before.start, before.end)).toBe('تقدما ملموسا');
    expect(before.weight).toBe(1); // 1.5 ÷ 1.5
    expect(text.slice(after.start, after.end)).toBe('أخفق');
    expect(after.weight).toBeGreaterThan(2);
  });

  it('keeps reported speech apart from the author\'s voice', () => {
    const text = 'قال المتحدث باسم التحالف الدولي إن الحملة حققت نجاحا كبيرا. لكن الحصيلة تكشف الفشل الذريع للتحالف الدولي.';
    const r = report(text);
    expect(r.label).toBe('against');
    expect(show(text, r)).toEqual([`حققت حققت 1 attributed ${COALITION}`, `نجاحا نجاح 1 attributed ${COALITION}`, 'الفشل الذريع فشل ذريع -1 author']);
    expect(r.bySource).toEqual([{ source: COALITION, label: 'favor', score: 0.839 }]);
    // A source described rather than named, after بحسب: the author stays neutral.
    const reported = 'بحسب مصادر دبلوماسية، فإن التحالف الدولي فشل في حماية المدنيين.';
    const s = report(reported);
    expect(s.label).toBe('neutral');
    expect(show(reported, s)).toEqual(['فشل فشل -1 attributed مصادر دبلوماسية']);
    expect(s.bySource.map((b) => [b.source, b.label])).toEqual([['مصادر دبلوماسية', 'against']]);
    // بحسب at the end of the sentence: what came before it is the source's.
    const after = 'فشل التحالف الدولي في حماية المدنيين، بحسب مصادر محلية.';
    expect(show(after, report(after))).toEqual(['فشل فشل -1 attributed مصادر محلية']);
  });

  it('takes كشف, أظهر for the author\'s words when no speaker says something', () => {
    expect(report('كشفت الأرقام فشل التحالف الدولي.').evidence[0]!.voice).toBe('author');
  });

  it('counts a rhetorical question about the target as criticism', () => {
    const text = 'كيف يمكن للتحالف الدولي أن يحمي المدنيين وهو يقصف الأحياء؟';
    const r = report(text);
    expect(r.label).toBe('against');
    expect(show(text, r)).toEqual(['كيف يمكن rhetorical-question -1 author']);
    expect(report('كيف يمكن للتحالف الدولي أن يحمي المدنيين.').evidence).toEqual([]);
  });

  it('reads scare quotes as irony, and quotes around a name as nothing', () => {
    const text = 'عاد النازحون إلى المناطق "المحررة" بعد غارات التحالف الدولي.';
    expect(show(text, report(text))).toEqual(['المحررة scare-quotes -1 author']);
    expect(report(text).label).toBe('against');
    expect(report('شاركت قوات التحالف الدولي في عملية "درع الفرات".').evidence).toEqual([]);
  });

  it('labels a text neutral without evaluation, and mixed with strong cues of both signs', () => {
    const neutral = report('عقد التحالف الدولي اجتماعا في باريس لبحث الخطوات المقبلة.');
    expect([neutral.label, neutral.score, neutral.evidence]).toEqual(['neutral', 0, []]);
    expect(neutral.confidence).toBe(1);
    expect(report('حقق التحالف الدولي نجاحا كبيرا في الموصل، وأخفق إخفاقا واضحا في الرقة.').label).toBe('mixed');
  });

  it('says a cue of the entity it is said of', () => {
    const text = 'ارتكب داعش جرائم بشعة بحق المدنيين، فيما نجح التحالف الدولي في طرده من المدينة.';
    const [coalition, isil] = stance(text, { targets: [COALITION, 'isil'] });
    expect([coalition!.label, show(text, coalition!)]).toEqual(['favor', ['نجح نجح 1 author']]);
    expect([isil!.label, show(text, isil!)]).toEqual(['against', ['جرائم جرائم -1 author']]);
  });

  it('takes a capital for its state, and a sentence without a name for the previous one\'s subject', () => {
    expect(report('فشلت واشنطن في حماية حلفائها.', { targets: ['united-states'] }).label).toBe('against');
    const text = 'شن التحالف الدولي غارات على الرقة. وقد كشفت غاراته عن فشل ذريع.';
    expect(show(text, report(text))).toEqual(['فشل ذريع فشل ذريع -1 author']);
  });

  it('reports on every entity named twice when no target is given', () => {
    const text = 'شن التحالف الدولي غارات جديدة. وقال التحالف الدولي إن الحملة مستمرة في سوريا.';
    expect(stance(text).map((r) => r.target)).toEqual([COALITION]);
    expect(stance('')).toEqual([]);
  });

  it('takes custom targets and cues', () => {
    const [r] = stance('فشل صندوق إعادة الإعمار فشلا ذريعا.', { targets: [{ id: 'reconstruction-fund', aliases: ['صندوق إعادة الإعمار'] }] });
    expect([r!.target, r!.label]).toEqual(['reconstruction-fund', 'against']);
    const lexicon = createStanceLexicon([{ cue: 'ترهل', polarity: -1, weight: 1.5 }]);
    expect(report('ظهر ترهل التحالف الدولي في إدارة المعركة.').label).toBe('neutral');
    expect(report('ظهر ترهل التحالف الدولي في إدارة المعركة.', { targets: [COALITION], lexicon }).label).toBe('against');
    const only = createStanceLexicon([{ cue: 'ترهل', polarity: -1, weight: 1.5 }], { extend: false });
    expect(only.cues.length).toBe(1);
    expect(report('فشل التحالف الدولي.', { targets: [COALITION], lexicon: only }).label).toBe('neutral');
  });

  it('throws clear errors on bad arguments', () => {
    expect(() => stance(7 as never)).toThrow(new TypeError('stance: argument "text" must be a string, got number 7'));
    expect(() => stance('x', { target: [] } as never)).toThrow(RangeError);
    expect(() => stance('x', { targets: ['no-such-entity'] })).toThrow(/option "targets"\[0\]: "no-such-entity" is not an entity of the gazetteer/);
    expect(() => stance('x', { targets: [{ id: 'x', aliases: [] }] })).toThrow(/field "aliases": must be a non-empty array/);
    expect(() => stance('x', { gazetteer: {} as never })).toThrow(/option "gazetteer" must be a Gazetteer/);
    expect(() => createStanceLexicon([{ cue: 'x', polarity: 2, weight: 1 } as never])).toThrow(/cue 0, field "polarity": must be 1 or -1/);
    expect(() => createStanceLexicon([{ cue: 'x', polarity: 1, weight: 0 }])).toThrow(RangeError);
    expect(() => createStanceLexicon([JSON.parse('{"cue":"x","polarity":1,"weight":1,"__proto__":{}}')])).toThrow(/field "__proto__": is not a field of a cue/);
  });
});
