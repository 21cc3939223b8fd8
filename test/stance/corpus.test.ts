/**
 * stance() on the shared corpus (not copied here): every article gets a report toward the
 * international coalition and toward the United States, and each piece of evidence points at a cue
 * of the lexicon in the text (or at a question or a quotation). Skipped, saying so, when the corpus
 * is absent.
 */
import { describe, expect, it } from 'vitest';
import { corpusMissing, readCorpus } from '../../scripts/shared-data.js';
import { foldName } from '../../src/gazetteer/keys.js';
import { STANCE_LABELS, builtinStanceLexicon, stance } from '../../src/stance/index.js';

const TARGETS = ['global-coalition-against-isis', 'united-states'];
const missing = corpusMissing();
if (missing) console.warn(`[akhbar] SKIPPING test/stance/corpus.test.ts: ${missing}`);

describe.skipIf(missing !== undefined)('stance on the corpus', () => {
  const docs = missing ? [] : readCorpus();
  const cues = new Map(builtinStanceLexicon().cues.map((c) => [c.cue, c]));

  it.each(docs.map((d) => [d.name, d.text] as const))('%s: a report toward the coalition and the United States, with evidence at real cue words', (_name, text) => {
    const reports = stance(text, { targets: TARGETS });
    expect(reports.map((r) => r.target)).toEqual(TARGETS);
    for (const r of reports) {
      expect(STANCE_LABELS).toContain(r.label);
      expect(r.score).toBeGreaterThanOrEqual(-1);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      for (const e of r.evidence) {
        expect(text.slice(e.sentence.start, e.sentence.end)).toBe(e.sentence.text);
        expect(e.start).toBeGreaterThanOrEqual(e.sentence.start);
        expect(e.end).toBeLessThanOrEqual(e.sentence.end);
        const surface = foldName(text.slice(e.start, e.end));
        if (e.cue === 'rhetorical-question') expect(e.sentence.text).toMatch(/[؟?]/);
        else if (e.cue === 'scare-quotes') expect(text.slice(e.start - 2, e.end + 2)).toMatch(/["«»“”]/);
        else {
          // The cue's first word (its stem for a prefix cue) is in the words the evidence spans.
          const c = cues.get(e.cue)!;
          expect(c, e.cue).toBeDefined();
          const first = foldName(c.cue).split(' ')[0]!;
          expect(surface.includes(first) || surface.includes(first.replace(/ه$/, 'ت')) || surface.includes(first.replace(/ا$/, '')), `${surface} / ${c.cue}`).toBe(true);
        }
      }
    }
  });

  it('finds the coalition criticised in the corpus as a whole', () => {
    const labels = docs.map((d) => stance(d.text, { targets: TARGETS })[0]!.label);
    expect(labels.filter((l) => l === 'against' || l === 'mixed').length).toBeGreaterThanOrEqual(2);
  });
});
