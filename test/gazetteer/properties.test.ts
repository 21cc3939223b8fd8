/**
 * Properties of Gazetteer.find: on any string it never throws, and its mentions are within the
 * text, ordered, non-overlapping, name a known entity (or an unknown person after a title), and
 * their surface is the text they span.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Gazetteer, type Entity } from '../../src/gazetteer/index.js';
import { NUM_RUNS } from '../helpers/arbitraries.js';

const params = { numRuns: NUM_RUNS };

const ENTITIES: Entity[] = [
  { id: 'syria', type: 'location', names: { ar: 'سوريا', en: 'Syria' }, aliases: ['سورية'], demonyms: ['سوري'] },
  { id: 'iraq', type: 'location', names: { ar: 'العراق', en: 'Iraq' }, aliases: [], demonyms: ['عراقي'] },
  { id: 'united-states', type: 'location', names: { ar: 'الولايات المتحدة', en: 'United States' }, aliases: ['أميركا'], demonyms: ['أميركي'] },
  { id: 'bashar-al-assad', type: 'person', names: { ar: 'بشار الأسد', en: 'Bashar al-Assad' }, aliases: ['~الأسد'] },
  { id: 'antony-blinken', type: 'person', names: { ar: 'أنتوني بلينكن', en: 'Antony Blinken' }, aliases: ['بلينكن'] },
  { id: 'nato', type: 'organization', names: { ar: 'حلف شمال الأطلسي', en: 'NATO' }, aliases: ['الناتو'] },
];
const g = new Gazetteer(ENTITIES, ['الرئيس', 'الجنرال']);

const PIECES = [
  'سوريا', 'وسوريا', 'بالعراق', 'للعراق', 'العراق', 'الولايات', 'المتحدة', 'للولايات', 'أميركا', 'الأميركية', 'السوريين',
  'بشار', 'الأسد', 'الرئيس', 'الجنرال', 'بلينكن', 'بلينكين', 'حلف', 'شمال', 'الأطلسي', 'الناتو', 'فلان', 'قال', 'في', 'إن',
  ' ', ' ', ' ', '  ', '\n', '،', '.', '"', '«', '»', 'ـ', '\u064e', '\u0651', '2020', 'ISIS', '\u200f', '\u0000',
];
const newsText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const TEXTS: [string, fc.Arbitrary<string>][] = [
  ['news-like strings', newsText],
  ['binary strings', fc.string({ unit: 'binary', maxLength: 80 })],
  ['full-Unicode strings', fc.string({ unit: 'grapheme', maxLength: 60 })],
];

describe.each(TEXTS)('Gazetteer.find on %s', (_name, textArb) => {
  it('never throws; mentions are in bounds, ordered, disjoint, and their surface is the text they span', () => {
    fc.assert(
      fc.property(textArb, fc.boolean(), (text, fuzzy) => {
        const ms = g.find(text, { fuzzy });
        let prev = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(prev);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.surface).toBe(text.slice(m.start, m.end));
          expect(m.entityId.startsWith('unknown:') ? m.kind === 'title-person' && m.type === 'person' : g.get(m.entityId)?.type === m.type).toBe(true);
          prev = m.end;
        }
      }),
      params,
    );
  });
});
