/**
 * analyze(): every step in one call on sentences written for these tests, with exact results,
 * spans into the text as given, steps switched off, errors, and properties on any string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Gazetteer, analyze } from '../src/index.js';
import { NUM_RUNS } from './helpers/arbitraries.js';

describe('analyze', () => {
  it('repairs, then maps tokens, sentences, entities and stance back to the text as given', () => {
    const text = 'أكد الإتحاد الأوروبي دعمه للولاياتالمتحدة. وفشل التحالف الدولي في حماية المدنيين، بحسب التحالف الدولي نفسه.';
    const a = analyze(text);
    expect(a.text).toBe(text);
    expect(a.repaired!.text).toBe('أكد الاتحاد الأوروبي دعمه للولايات المتحدة. وفشل التحالف الدولي في حماية المدنيين، بحسب التحالف الدولي نفسه.');
    expect(a.repaired!.edits.map((e) => e.kind)).toEqual(['hamzat-wasl', 'run-on']);
    // A token of the repaired text keeps its own text and points at its part of the input.
    const merged = a.tokens!.filter((t) => t.start >= 26 && t.end <= 41);
    expect(merged).toEqual([{ text: 'للولايات', start: 26, end: 34, kind: 'word' }, { text: 'المتحدة', start: 34, end: 41, kind: 'word' }]);
    expect(a.sentences!.map((s) => s.text)).toEqual(['أكد الإتحاد الأوروبي دعمه للولاياتالمتحدة.', 'وفشل التحالف الدولي في حماية المدنيين، بحسب التحالف الدولي نفسه.']);
    expect(a.paragraphs!.map((p) => p.text)).toEqual([text]);
    expect(a.entities!.map((m) => [m.entityId, m.surface])).toEqual([
      ['european-union', 'الإتحاد الأوروبي'],
      ['united-states', 'لولاياتالمتحدة'],
      ['global-coalition-against-isis', 'التحالف الدولي'],
      ['global-coalition-against-isis', 'التحالف الدولي'],
    ]);
    for (const m of a.entities!) expect(text.slice(m.start, m.end)).toBe(m.surface);
    const [r] = a.stance!;
    expect([r!.target, r!.label]).toEqual(['global-coalition-against-isis', 'neutral']);
    expect(r!.evidence.map((e) => [text.slice(e.start, e.end), e.voice, e.source])).toEqual([['وفشل', 'attributed', 'global-coalition-against-isis']]);
    expect(JSON.parse(JSON.stringify(a))).toEqual({ ...a, tokens: a.tokens!.toJSON(), repaired: { text: a.repaired!.text, edits: a.repaired!.edits.toJSON() } });
  });

  it('switches steps off and passes their options through', () => {
    const text = 'قال أوباما في بغداد إن القوات باقية';
    const a = analyze(text, { repair: false, stance: false, tokens: false, paragraphs: false, entities: { types: ['location'] } });
    expect([a.repaired, a.tokens, a.paragraphs, a.stance]).toEqual([null, null, null, null]);
    expect(a.entities!.map((m) => m.entityId)).toEqual(['baghdad']);
    expect(analyze('انظر https://example.com الآن', { tokens: { urls: false }, stance: false }).tokens!.some((t) => t.kind === 'url')).toBe(false);
  });

  it('uses the gazetteer it is given', () => {
    const g = new Gazetteer([{ id: 'saraqib', type: 'location', names: { ar: 'سراقب', en: 'Saraqib' }, aliases: [] }]);
    expect(analyze('دخلت القوات سراقب ثم بغداد', { gazetteer: g, stance: false }).entities!.map((m) => m.entityId)).toEqual(['saraqib']);
  });

  it('throws clear errors on bad arguments', () => {
    expect(() => analyze(1 as never)).toThrow(new TypeError('analyze: argument "text" must be a string, got number 1'));
    expect(() => analyze('x', { tokenz: true } as never)).toThrow(RangeError);
    expect(() => analyze('x', { stance: 'yes' } as never)).toThrow(/option "stance" must be a boolean or an options object/);
    expect(() => analyze('x', { gazetteer: [] } as never)).toThrow(/option "gazetteer" must be a Gazetteer/);
  });

  it('never throws on any string, and every span is within the text', () => {
    const pieces = ['التحالف الدولي', 'للولاياتالمتحدة', 'فشل', 'نجاح', 'قال', '"', '«', '»', '.', '،', '\n', '\n\n', ' ', 'ـ', '\u064e', '2014م', 'إنتهاء', 'علي'];
    const arb = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(' ')), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(
      fc.property(arb, (text) => {
        const a = analyze(text);
        const within = (s: { start: number; end: number }): void => {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(s.end).toBeLessThanOrEqual(text.length);
        };
        for (const t of a.tokens!) within(t);
        for (const s of [...a.sentences!, ...a.paragraphs!]) {
          within(s);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
        for (const m of a.entities!) within(m);
        for (const r of a.stance!) for (const e of r.evidence) within(e);
      }),
      { numRuns: Math.min(NUM_RUNS, 200) },
    );
  });
});
