/**
 * Properties of Gazetteer.find, with a small gazetteer and the built-in one, under any options: on
 * any string it never throws, and its mentions are within the text, ordered, non-overlapping, of
 * the types asked for, name a known entity (or a person the gazetteer lacks), and their surface is
 * the text they span.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultGazetteer, Gazetteer, type Entity, type FindOptions } from '../../src/gazetteer/index.js';
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
  'محمد', 'ومحمد', 'بن', 'أبو', 'عبد', 'الله', 'الشمري', 'جون', 'علي', 'على', 'حركة', 'حزب', 'مدينة', 'كين',
  ' ', ' ', ' ', '  ', '\n', '،', '.', '"', '«', '»', 'ـ', '\u064e', '\u0651', '2020', 'ISIS', '\u200f', '\u0000',
];
const newsText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const TEXTS: [string, fc.Arbitrary<string>][] = [
  ['news-like strings', newsText],
  ['binary strings', fc.string({ unit: 'binary', maxLength: 80 })],
  ['full-Unicode strings', fc.string({ unit: 'grapheme', maxLength: 60 })],
];

const options: fc.Arbitrary<FindOptions> = fc.record(
  {
    fuzzy: fc.boolean(),
    titles: fc.boolean(),
    coreference: fc.boolean(),
    givenNames: fc.boolean(),
    types: fc.subarray(['person', 'location', 'organization'] as const),
  },
  { requiredKeys: [] },
);

const GAZETTEERS: [string, Gazetteer][] = [['a small gazetteer', g], ['the built-in gazetteer', defaultGazetteer()]];

describe.each(GAZETTEERS)('%s', (_gName, gaz) => {
  describe.each(TEXTS)('find on %s', (_name, textArb) => {
    it('never throws; mentions are in bounds, ordered, disjoint, of the types asked for, and their surface is the text they span', () => {
      fc.assert(
        fc.property(textArb, options, (text, o) => {
          const ms = gaz.find(text, o);
          let prev = 0;
          for (const m of ms) {
            expect(m.start).toBeGreaterThanOrEqual(prev);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.surface).toBe(text.slice(m.start, m.end));
            if (m.entityId.startsWith('unknown:')) {
              // A person the gazetteer lacks: found by a title or a given name, or referred back to.
              expect(['title-person', 'given-name', 'coreference']).toContain(m.kind);
              expect(m.type).toBe('person');
            } else expect(gaz.get(m.entityId)?.type).toBe(m.type);
            if (o.types) expect(o.types).toContain(m.type);
            if (o.fuzzy === false) expect(m.fuzzy).toBeUndefined();
            if (o.givenNames === false) expect(m.kind).not.toBe('given-name');
            prev = m.end;
          }
        }),
        params,
      );
    });
  });
});
