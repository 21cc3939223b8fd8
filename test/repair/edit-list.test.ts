/**
 * EditList: repair's compact edits read like a read-only array of the same Edit objects as before,
 * rebuild the input with applyEdits, and survive a worker boundary; the repaired text is the same
 * whether it is joined from slices or written code unit by code unit (dense edits).
 */
import fc from 'fast-check';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, repair, type Edit } from '../../src/index.js';
import { packAnalyzed, unpackAnalyzed } from '../../src/node/packed.js';
import { NUM_RUNS, binaryText, hostileText } from '../helpers/arbitraries.js';

const TEXT = 'أعلن الإتحاد الأوروبي دعمه حتي نهاية العام للولاياتالمتحدة.';
const ROWS: [string, number, number, string, string, number][] = [
  ['hamzat-wasl', 7, 8, 'إ', 'ا', 0.9],
  ['alef-maqsura', 29, 30, 'ي', 'ى', 0.95],
  ['run-on', 51, 51, '', ' ', 0.85],
];
const row = (e: Edit): [string, number, number, string, string, number] => [e.kind, e.start, e.end, e.before, e.after, e.confidence];

describe('EditList', () => {
  const { edits } = repair(TEXT);

  it('has a length and gives frozen edits with at(), counting from the end for negative indices', () => {
    expect(edits.length).toBe(3);
    expect(row(edits.at(0)!)).toEqual(ROWS[0]);
    expect(row(edits.at(-1)!)).toEqual(ROWS[2]);
    expect(edits.at(3)).toBeUndefined();
    expect(edits.at(-4)).toBeUndefined();
    expect(edits.at(1.7)!.kind).toBe('alef-maqsura');
    const e = edits.at(0)!;
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.keys(e)).toEqual(['kind', 'start', 'end', 'before', 'after', 'confidence', 'reason']);
    expect(e.reason).toMatch(/^[A-Z\u0600-\u06ff].*\.$/u);
  });

  it('reads one field without making an edit, and refuses an index out of range', () => {
    expect([edits.startOf(2), edits.endOf(2), edits.kindOf(2)]).toEqual([51, 51, 'run-on']);
    expect(() => edits.startOf(3)).toThrow(new RangeError('EditList.startOf: argument "index" must be an integer from 0 to 2, got 3'));
    expect(() => edits.kindOf(-1)).toThrow(RangeError);
    expect(() => edits.endOf(0.5)).toThrow(/"index"/);
    expect(edits.source).toBe(TEXT);
  });

  it('iterates, and has the array methods, which return arrays', () => {
    expect([...edits].map(row)).toEqual(ROWS);
    expect(edits.map(row)).toEqual(ROWS);
    expect(edits.filter((e) => e.kind === 'run-on').map(row)).toEqual([ROWS[2]]);
    expect(edits.slice(1).map(row)).toEqual(ROWS.slice(1));
    expect(edits.slice(-1, 5).map(row)).toEqual(ROWS.slice(-1, 5));
    expect(edits.findIndex((e) => e.after === 'ى')).toBe(1);
    expect(edits.reduce((n, e) => n + e.after.length, 0)).toBe(3);
    expect(Array.isArray(edits.toArray())).toBe(true);
    expect(Array.isArray(edits)).toBe(false);
    expect(() => edits.map(42 as never)).toThrow(new TypeError('EditList.map: argument "fn" must be a function, got number 42'));
  });

  it('is frozen, and writes the same JSON as an array of its edits', () => {
    expect(Object.isFrozen(edits)).toBe(true);
    expect(() => { (edits as { length: number }).length = 0; }).toThrow(TypeError);
    expect(JSON.stringify(edits)).toBe(JSON.stringify(edits.toArray()));
    expect(JSON.parse(JSON.stringify(repair(TEXT)))).toEqual({ text: repair(TEXT).text, edits: edits.toArray() });
    expect(inspect(edits)).toContain("kind: 'hamzat-wasl'");
  });

  it('is what applyEdits takes, as are arrays of its edits', () => {
    const r = repair(TEXT);
    expect(applyEdits(TEXT, r.edits)).toBe(r.text);
    expect(applyEdits(TEXT, r.edits.filter((e) => e.kind !== 'run-on'))).toBe('أعلن الاتحاد الأوروبي دعمه حتى نهاية العام للولاياتالمتحدة.');
    expect(() => applyEdits(TEXT, 'edits' as never)).toThrow(/^applyEdits: argument "edits" must be an array of edits or an EditList, got /);
  });

  it('travels between threads as its arrays (analyzeMany) and comes back the same', () => {
    const a = analyze(TEXT, { stance: false });
    const back = unpackAnalyzed(structuredClone(packAnalyzed(a)));
    expect(back.repaired!.edits.map(row)).toEqual(ROWS);
    expect(JSON.stringify(back)).toBe(JSON.stringify(a));
  });
});

describe('repair with dense edits (an edit every few characters)', () => {
  // Over one edit per 32 code units, the repaired text is written into a buffer, not joined from slices.
  it('deletes every bidi control of a long text, and keeps lone surrogates and other characters as they are', () => {
    const unit = 'ب\u202bت\ud800ث\u2066ج\u2069ح \udc00\u202e';
    const text = unit.repeat(5_000);
    const r = repair(text, { whitespace: false });
    expect(r.edits.length).toBe(20_000);
    expect(r.edits.every((e) => e.kind === 'bidi-control' && e.after === '' && e.end === e.start + 1)).toBe(true);
    expect(r.text).toBe(text.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''));
    expect(applyEdits(text, r.edits)).toBe(r.text);
    expect(r.toSource(r.text.length)).toBe(text.length);
  });

  it('splits a word repeated without a space at each teh marbuta', () => {
    const text = 'الحكومة'.repeat(10_000);
    const r = repair(text);
    expect(r.edits.length).toBe(9_999);
    expect(r.text).toBe(Array(10_000).fill('الحكومة').join(' '));
    expect(r.edits.at(0)!.reason).toBe(r.edits.at(-1)!.reason);
  });

  it('gives the same text and edits as applyEdits on any text (both ways of writing the text)', () => {
    const dense = fc.array(fc.constantFrom('\u202a', '\u202e', '\u2067', 'ة', 'ب', 'ي', ' ', '\ud800', '»', '«', 'حتي', '\n'), { maxLength: 300 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(dense, hostileText, binaryText), (text) => {
        const r = repair(text);
        expect(applyEdits(text, r.edits)).toBe(r.text);
        const arr = r.edits.toArray();
        for (let i = 0; i < arr.length; i++) {
          const e = arr[i]!;
          expect(e.before).toBe(text.slice(e.start, e.end));
          expect([r.edits.startOf(i), r.edits.endOf(i), r.edits.kindOf(i)]).toEqual([e.start, e.end, e.kind]);
          if (i > 0) expect(e.start).toBeGreaterThanOrEqual(arr[i - 1]!.end);
        }
      }),
      { numRuns: Math.max(50, NUM_RUNS >> 1) },
    );
  });
});
