/**
 * Runs the tokenizer, sentence splitter and normalizer over the shared news corpus (outside the
 * repository: see scripts/shared-data.ts). Only file names and counts are stored here, never text.
 */
import { describe, expect, it } from 'vitest';
import { normalize, paragraphs, sentences, tokenize, type Span } from '../src/index.js';
import { CORPUS_DIR, corpusMissing, readCorpus } from '../scripts/shared-data.js';

const missing = corpusMissing();
if (missing) {
  console.warn(`[akhbar] SKIPPING test/corpus.test.ts: ${missing} (looked in ${CORPUS_DIR})`);
}
const corpus = missing ? [] : readCorpus();
const cases = corpus.map((f) => [f.name, f.text] as [string, string]);

function checkSpans(text: string, spans: Span[]): void {
  let prevEnd = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.text).toBe(text.slice(s.start, s.end));
    prevEnd = s.end;
  }
}

describe('corpus availability', () => {
  it.runIf(missing !== undefined)('reports why the corpus tests are skipped', () => {
    console.warn(`[akhbar] corpus tests skipped: ${missing}`);
    expect(missing).toContain(CORPUS_DIR);
  });
});

describe.skipIf(missing !== undefined)(`shared corpus (${CORPUS_DIR})`, () => {
  it('holds .txt files', () => {
    expect(corpus.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s: every token round-trips', (_name, text) => {
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(0);
    let prevEnd = 0;
    for (const t of tokens) {
      expect(t.start).toBeGreaterThanOrEqual(prevEnd);
      expect(t.end).toBeGreaterThan(t.start);
      expect(t.text).toBe(text.slice(t.start, t.end));
      prevEnd = t.end;
    }
  });

  it.each(cases)('%s: sentences and paragraphs are in range', (_name, text) => {
    const sents = sentences(text);
    const paras = paragraphs(text);
    expect(sents.length).toBeGreaterThan(0);
    expect(paras.length).toBeGreaterThan(0);
    expect(paras.length).toBeLessThanOrEqual(sents.length);
    checkSpans(text, sents);
    checkSpans(text, paras);
    for (const s of sents) expect(paras.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
  });

  it.each(cases)('%s: normalize search is idempotent', (_name, text) => {
    const once = normalize(text, 'search');
    expect(once.length).toBeGreaterThan(0);
    expect(normalize(once, 'search')).toBe(once);
  });

  it('token counts are plausible for Arabic news text', () => {
    for (const { name, text } of corpus) {
      const tokens = tokenize(text);
      const words = tokens.filter((t) => t.kind === 'word').length;
      // Arabic news averages four to seven code units per token, most tokens being words.
      const perToken = text.length / tokens.length;
      expect(perToken, name).toBeGreaterThan(3);
      expect(perToken, name).toBeLessThan(10);
      expect(words / tokens.length, name).toBeGreaterThan(0.75);
    }
  });

  it('token, sentence and paragraph counts per file are stable', () => {
    const counts = Object.fromEntries(
      corpus.map(({ name, text }) => [name, `${tokenize(text).length} tokens, ${sentences(text).length} sentences, ${paragraphs(text).length} paragraphs`]),
    );
    expect(counts).toMatchInlineSnapshot(`
      {
        "000_e395cdb99bdb70b7.txt": "563 tokens, 12 sentences, 2 paragraphs",
        "001_8401930dd3614bce.txt": "793 tokens, 11 sentences, 10 paragraphs",
        "002_116fd5287e8767f7.txt": "463 tokens, 12 sentences, 7 paragraphs",
        "003_a0d1225079b5e0cc.txt": "518 tokens, 11 sentences, 1 paragraphs",
        "004_8af1dff2d319ab8f.txt": "1067 tokens, 41 sentences, 32 paragraphs",
      }
    `);
  });
});
