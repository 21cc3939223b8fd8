/**
 * TokenWords (internal): the gazetteer's and stance's reader of token words, which remembers the
 * last tokens read instead of every token.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenWords } from '../src/_lib/token-words.js';
import { tokenSpans } from '../src/index.js';
import { NUM_RUNS, hostileText } from './helpers/arbitraries.js';

describe('TokenWords', () => {
  it('gives each token its text, in any order of reading, near and far', () => {
    const text = 'قال المتحدث باسم التحالف إن الغارات استهدفت مواقع التنظيم قرب الحدود';
    const long = Array<string>(60).fill(text).join('. ');
    const { starts, ends, count } = tokenSpans(long);
    const word = new TokenWords(long, starts, ends);
    const expected = (k: number): string => long.slice(starts[k], ends[k]);
    expect(count).toBeGreaterThan(256 * 2);
    expect(word.at(13)).toBe('المتحدث');
    for (const k of [0, 1, 0, 300, 44, 300 + 256, 300, count - 1, 0]) expect(word.at(k)).toBe(expected(k));
  });

  it('agrees with slicing on any text and any sequence of reads', () => {
    fc.assert(
      fc.property(hostileText, fc.array(fc.nat(), { maxLength: 600 }), (text, picks) => {
        const { starts, ends, count } = tokenSpans(text);
        fc.pre(count > 0);
        const word = new TokenWords(text, starts, ends);
        for (const p of picks) {
          const k = p % count;
          expect(word.at(k)).toBe(text.slice(starts[k], ends[k]));
        }
      }),
      { numRuns: Math.max(20, NUM_RUNS >> 2) },
    );
  });
});
