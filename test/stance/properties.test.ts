/**
 * Properties of stance(): on any string it never throws; scores and confidences are in range;
 * evidence is within its sentence, in order, and its voice matches whether it has a source.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stance } from '../../src/stance/index.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';

const PIECES = [
  'التحالف الدولي', 'وللتحالف', 'واشنطن', 'داعش', 'فشل', 'الفشل الذريع', 'نجاح', 'نجح', 'لم', 'لا', 'غير', 'جدا', 'نسبيا', 'ربما',
  'لكن', 'إلا أن', 'قال', 'بحسب', 'مصادر', 'إن', 'كيف يمكن', '؟', '"المحررة"', '«', '»', '"', '،', '.', '\n', ' ', '  ', 'ـ', '\u064b', '2014',
];
const newsText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(' '));
const TEXTS: [string, fc.Arbitrary<string>][] = [
  ['news-like strings', newsText],
  ['binary strings', fc.string({ unit: 'binary', maxLength: 80 })],
  ['full-Unicode strings', fc.string({ unit: 'grapheme', maxLength: 60 })],
];

describe.each(TEXTS)('stance on %s', (_name, arb) => {
  it('never throws; reports are in range and evidence is within its sentence', () => {
    fc.assert(
      fc.property(arb, fc.boolean(), (text, explicit) => {
        const reports = stance(text, explicit ? { targets: ['global-coalition-against-isis', 'united-states'] } : undefined);
        for (const r of reports) {
          expect(Math.abs(r.score)).toBeLessThanOrEqual(1);
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
          let prev = -1;
          for (const e of r.evidence) {
            expect(e.start).toBeGreaterThanOrEqual(prev);
            expect(e.start).toBeLessThan(e.end);
            expect(e.sentence.start).toBeLessThanOrEqual(e.start);
            expect(e.end).toBeLessThanOrEqual(e.sentence.end);
            expect(e.sentence.end).toBeLessThanOrEqual(text.length);
            expect(e.voice === 'attributed').toBe(e.source !== undefined);
            prev = e.start;
          }
        }
      }),
      { numRuns: Math.min(NUM_RUNS, 300) },
    );
  });
});
