/**
 * The built-in gazetteer as a named-entity recogniser on ANERcorp (dev/anercorp-train.txt in the
 * shared folder, read by scripts/ner-gold.ts; nothing of it is stored here): mention types mapped
 * to PERS, LOC and ORG, exact spans scored CoNLL-style. The gazetteer is built from general
 * knowledge and CLDR, not from this file. The floors are the figures reached when the test was
 * written, less a little. bench/gazetteer.ts prints the table per type.
 */
import { describe, expect, it } from 'vitest';
import { anercorpMissing, ANERCORP_PATH, readAnercorp, scoreNer } from '../../scripts/ner-gold.js';
import { defaultGazetteer } from '../../src/gazetteer/index.js';

/** F1 reached (20 sentences at a time): PERS 62.8 %, LOC 82.9 %, ORG 57.4 %, all 71.8 %. */
const FLOORS = { PERS: 0.62, LOC: 0.82, ORG: 0.565, all: 0.71 };

const missing = anercorpMissing();
if (missing) console.warn(`[akhbar] SKIPPING test/gazetteer/ner.test.ts: ${missing}`);

describe.skipIf(missing !== undefined)(`named entities of ${ANERCORP_PATH}`, () => {
  const sentences = missing ? [] : readAnercorp();

  it('reads the whole file', () => {
    expect(sentences.length).toBeGreaterThan(3000);
  });

  it('keeps F1 per type and over all three at its floor', () => {
    const score = scoreNer(defaultGazetteer(), sentences);
    expect(score.byType.all.gold).toBeGreaterThan(8000);
    for (const t of ['PERS', 'LOC', 'ORG', 'all'] as const) expect(score.byType[t].f1, `${t}: ${JSON.stringify(score.byType[t])}`).toBeGreaterThanOrEqual(FLOORS[t]);
  });
});
