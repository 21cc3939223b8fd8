/**
 * segment()'s farasa scheme against the WikiNews segmentation gold of the Farasa segmenter
 * (dev/wikinews-dev.tsv in the shared folder, read by scripts/segment-gold.ts; nothing of it is
 * stored here). The floor is the accuracy reached when the test was written, less a little: a
 * change that loses more fails. bench/segment.ts prints the figure and the remaining errors.
 */
import { describe, expect, it } from 'vitest';
import { farasaString, readWikinewsGold, scoreWikinews, wikinewsMissing, WIKINEWS_PATH } from '../../scripts/segment-gold.js';
import { segment } from '../../src/tokenize/index.js';

/** Word accuracy reached: 98.2% (8,705 of 8,861 words). */
const FLOOR = 0.98;

const missing = wikinewsMissing();
if (missing) console.warn(`[akhbar] SKIPPING test/segment/gold.test.ts: ${missing}`);

describe.skipIf(missing !== undefined)(`farasa scheme on ${WIKINEWS_PATH}`, () => {
  const words = missing ? [] : readWikinewsGold();

  it('reads the whole gold', () => {
    expect(words.length).toBeGreaterThan(8000);
  });

  it(`matches the gold segmentation of at least ${FLOOR * 100}% of words`, () => {
    const score = scoreWikinews(words);
    expect(score.accuracy, `errors by class: ${JSON.stringify(score.classes)}`).toBeGreaterThanOrEqual(FLOOR);
  });

  it('writes segmentations the way the gold does', () => {
    expect(farasaString(segment('للمحتوى', { scheme: 'farasa' }))).toBe('ل+ال+محتوى');
    expect(farasaString(segment('بمرحلته', { scheme: 'farasa' }))).toBe('ب+مرحل+ت+ه');
    expect(farasaString(segment('إليه', { scheme: 'farasa' }))).toBe('إلي+ه');
  });
});
