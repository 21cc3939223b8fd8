/**
 * segment() against the WikiNews segmentation gold of the Farasa segmenter (dev/wikinews-dev.tsv
 * in the shared folder, read by scripts/segment-gold.ts; nothing of it is stored here), in the
 * farasa scheme and, through the gold's POS tags, in the light and atb schemes. The floors are the
 * accuracies reached when the test was written, less a little: a change that loses more fails.
 * bench/segment.ts prints the figures and the remaining errors.
 */
import { describe, expect, it } from 'vitest';
import { farasaString, goldFor, readWikinewsGold, scoreWikinews, wikinewsMissing, WIKINEWS_PATH } from '../../scripts/segment-gold.js';
import { segment, type SegmentScheme } from '../../src/tokenize/index.js';

/** Word accuracy reached: farasa 98.3% (8,711 of 8,861 words), light and atb 99.0%. */
const FLOORS: [SegmentScheme, number][] = [['farasa', 0.98], ['light', 0.985], ['atb', 0.985]];

const missing = wikinewsMissing();
if (missing) console.warn(`[akhbar] SKIPPING test/segment/gold.test.ts: ${missing}`);

describe.skipIf(missing !== undefined)(`farasa scheme on ${WIKINEWS_PATH}`, () => {
  const words = missing ? [] : readWikinewsGold();

  it('reads the whole gold', () => {
    expect(words.length).toBeGreaterThan(8000);
  });

  it.each(FLOORS)('%s: matches the gold segmentation of at least %s of the words', (scheme, floor) => {
    const score = scoreWikinews(words, { scheme });
    expect(score.words).toBeGreaterThan(8000);
    expect(score.accuracy, `errors by class: ${JSON.stringify(score.classes)}`).toBeGreaterThanOrEqual(floor);
  });

  it('derives the light and atb golds from the tags', () => {
    const w = { word: 'وللمرحلتين', gold: 'و+ل+ال+مرحل+ت+ين', pos: 'CONJ+PREP+DET+NOUN+NSUFF+NSUFF' };
    expect(goldFor(w, 'light')).toBe('و+ل+ال+مرحلتين');
    expect(goldFor(w, 'atb')).toBe('و+ل+المرحلتين');
    expect(goldFor({ word: 'فأعلنتها', gold: 'ف+أعلن+ت+ها', pos: 'CONJ+V+PRON+PRON' }, 'light')).toBe('ف+أعلنت+ها');
    expect(goldFor({ word: 'يمكننا', gold: 'يمكن+نا', pos: 'V+PRON' }, 'light')).toBe('يمكن+نا');
    expect(goldFor({ word: 'كتبنا', gold: 'كتب+نا', pos: 'V+PRON' }, 'light')).toBe('كتبنا');
  });

  it('writes segmentations the way the gold does', () => {
    expect(farasaString(segment('للمحتوى', { scheme: 'farasa' }))).toBe('ل+ال+محتوى');
    expect(farasaString(segment('للمحتوى', { scheme: 'atb' }))).toBe('ل+المحتوى');
    expect(farasaString(segment('بمرحلته'))).toBe('ب+مرحلت+ه');
    expect(farasaString(segment('بمرحلته', { scheme: 'farasa' }))).toBe('ب+مرحل+ت+ه');
    expect(farasaString(segment('إليه', { scheme: 'farasa' }))).toBe('إلي+ه');
  });
});
