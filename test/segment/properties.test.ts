/**
 * Properties of segment(), stem() and segmentTokens(): on any string they never throw; segments
 * are ordered, in range and cover the word without gaps; the written segments spell the word, and
 * a segment's text differs from what is written only by its documented restoration; the schemes
 * nest (farasa cuts wherever light cuts, light wherever atb cuts); segmentTokens gives segment()'s
 * answer shifted to the token.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, charRange } from '../helpers/arbitraries.js';
import { SEGMENT_SCHEMES, segment, segmentTokens, stem, tokenize, type Segment, type Segmentation } from '../../src/tokenize/index.js';
import { restore } from '../../fuzz/checks.js';

const params = { numRuns: NUM_RUNS };


/** Pieces of Arabic words: clitics, stems, suffixes, the letters clitics change, marks. */
const PIECES: string[] = [
  ...charRange(0x0621, 0x063a), ...charRange(0x0641, 0x064a),
  'و', 'ف', 'ب', 'ل', 'ك', 'س', 'ال', 'لل', 'وال', 'بال', 'ولل',
  'عراق', 'حكوم', 'حكومة', 'تحالف', 'مسلح', 'لجنة', 'لبنان', 'وزير', 'على', 'إلى', 'لدى', 'مستوى', 'أن', 'من', 'قد', 'التي',
  'ة', 'ت', 'ات', 'ين', 'ون', 'وا', 'ا', 'ى', 'ي', 'ه', 'ها', 'هم', 'هما', 'نا', 'ني', 'ك', 'كم',
  ...charRange(0x064b, 0x0652), '\u0670', 'ـ', 'ـ',
];
const arabicWord = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const binaryText = fc.string({ unit: 'binary', maxLength: 40 });
const unicodeText = fc.string({ unit: 'grapheme', maxLength: 30 });
const WORDS: [string, fc.Arbitrary<string>][] = [
  ['Arabic-like words', arabicWord],
  ['binary strings', binaryText],
  ['full-Unicode strings', unicodeText],
];
const schemeArb = fc.constantFrom(...SEGMENT_SCHEMES);

const all = (s: Segmentation): Segment[] => [...s.prefixes, s.stem, ...s.suffixes];


/** Every boundary between segments, as an offset. */
function cuts(s: Segmentation): Set<number> {
  return new Set(all(s).slice(1).map((g) => g.start));
}

describe.each(WORDS)('segment on %s', (_name, wordArb) => {
  it('never throws, and its segments are ordered, in range and without gaps', () => {
    fc.assert(
      fc.property(wordArb, schemeArb, (word, scheme) => {
        const s = segment(word, { scheme });
        const g = all(s);
        expect(s.word).toBe(word);
        expect([s.start, s.end]).toEqual([0, word.length]);
        expect(g[0]!.start).toBe(0);
        expect(g[g.length - 1]!.end).toBe(word.length);
        for (let i = 0; i < g.length; i++) {
          expect(g[i]!.start).toBeLessThanOrEqual(g[i]!.end);
          if (i > 0) expect(g[i]!.start).toBe(g[i - 1]!.end);
        }
        expect(s.stem.role).toBe('stem');
      }),
      params,
    );
  });

  it('written segments spell the word; texts differ from them only by their restoration', () => {
    fc.assert(
      fc.property(wordArb, schemeArb, (word, scheme) => {
        const g = all(segment(word, { scheme }));
        expect(g.map((x) => word.slice(x.start, x.end)).join('')).toBe(word);
        for (const x of g) {
          const written = word.slice(x.start, x.end);
          expect(x.text).toBe(restore(written, x));
          if (x.restored) expect(x.text).not.toBe(written);
        }
      }),
      params,
    );
  });

  it('the schemes nest: farasa cuts wherever light does, light wherever atb does', () => {
    fc.assert(
      fc.property(wordArb, (word) => {
        const atb = cuts(segment(word, { scheme: 'atb' }));
        const light = cuts(segment(word));
        const farasa = cuts(segment(word, { scheme: 'farasa' }));
        for (const c of atb) expect(light.has(c)).toBe(true);
        for (const c of light) expect(farasa.has(c)).toBe(true);
      }),
      params,
    );
  });

  it('stem() is the stem of segment()', () => {
    fc.assert(
      fc.property(wordArb, schemeArb, (word, scheme) => {
        expect(stem(word, { scheme })).toBe(segment(word, { scheme }).stem.text);
      }),
      params,
    );
  });
});

describe('segmentTokens', () => {
  const textArb = fc.array(fc.oneof(arabicWord, fc.constantFrom(' ', ' ', '، ', '. ', '\n', '«', '»', '2014', 'ISIS')), { maxLength: 30 }).map((a) => a.join(''));

  it('gives, for every word token, segment() shifted to the token, with offsets into the text', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: 'binary', maxLength: 60 })), schemeArb, (text, scheme) => {
        const tokens = tokenize(text);
        const segs = segmentTokens(tokens, { scheme });
        const words = tokens.filter((t) => t.kind === 'word');
        expect(segs.length).toBe(words.length);
        segs.forEach((s, i) => {
          expect([s.start, s.end, s.word]).toEqual([words[i]!.start, words[i]!.end, words[i]!.text]);
          const alone = all(segment(s.word, { scheme }));
          expect(all(s)).toEqual(alone.map((g) => ({ ...g, start: g.start + s.start, end: g.end + s.start })));
          for (const g of all(s)) expect(g.start >= s.start && g.end <= s.end).toBe(true);
        });
      }),
      params,
    );
  });
});
