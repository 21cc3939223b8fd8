/**
 * Bidirectional embedding, override and isolate controls: repair() deletes each with an edit of
 * kind `bidi-control` before its other repairs, which then see the text without them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/repair/edit.js';
import { repair } from '../../src/repair/repair.js';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';

const brief = (t: string) => repair(t).edits.map((e) => `${e.kind} ${e.start}-${e.end} ${JSON.stringify(e.before)}→${JSON.stringify(e.after)}`);

describe('repair: bidi-control', () => {
  it('deletes each control with an edit that names it', () => {
    const text = `أعلن ${RLO}الإتحاد${PDF} الأوروبي`;
    const r = repair(text);
    expect(r.text).toBe('أعلن الاتحاد الأوروبي');
    expect(brief(text)).toEqual(['bidi-control 5-6 "\u202E"→""', 'hamzat-wasl 8-9 "إ"→"ا"', 'bidi-control 13-14 "\u202C"→""']);
    expect(r.edits.at(0)!.reason).toBe('U+202E RIGHT-TO-LEFT OVERRIDE, an invisible control that reorders the text as it is displayed: removed.');
    expect(r.edits.at(0)!.confidence).toBe(1);
    // Offsets map back to the text as given (a span takes in what was removed right after it).
    expect(r.toSource(5)).toBe(6);
    expect(r.toSourceSpan(5, 12)).toEqual({ start: 6, end: 14 });
  });

  it('repairs a word that a control cut in two, as if the control were not there', () => {
    expect(brief(`الإ${RLO}تحاد`)).toEqual(['hamzat-wasl 2-3 "إ"→"ا"', 'bidi-control 3-4 "\u202E"→""']);
    expect(repair(`الإ${RLO}تحاد`).text).toBe('الاتحاد');
  });

  it('covers all nine controls, and only them', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(repair(`نص${all}نص`).text).toBe('نص' + 'نص');
    expect(repair(`نص${all}نص`).edits.map((e) => e.start)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Marks that only set a direction (LRM, RLM, ALM) and joiners stay.
    const keep = 'قال\u200F \u200Eاليوم\u061C\u200D\u200C';
    expect(repair(keep).edits.filter((e) => e.kind === 'bidi-control')).toEqual([]);
  });

  it('can be switched off', () => {
    const text = `${RLI}بغداد${PDI}`;
    expect(repair(text, { 'bidi-control': false }).text).toBe(text);
    expect(repair(text).text).toBe('بغداد');
  });

  it('keeps its invariants on text strewn with controls', () => {
    const controls = fc.constantFrom('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
    const pieces = fc.constantFrom('الإتحاد', 'إنتهاء', 'حتي', 'الولاياتالمتحدة', ' ', '. ', '«', '»', '\n', 'في', 'أسيا', '2001', 'abc');
    const text = fc.array(fc.oneof(controls, pieces), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const r = repair(t);
        expect(applyEdits(t, r.edits)).toBe(r.text);
        expect(r.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(repair(r.text).edits.length).toBe(0);
        // Every control of the input is deleted by exactly one edit (its own, or one that spans it).
        for (let i = 0; i < t.length; i++) {
          if (!/[\u202A-\u202E\u2066-\u2069]/.test(t[i]!)) continue;
          expect(r.edits.filter((e) => e.start <= i && i < e.end)).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
