/**
 * The JSON Schemas of user data (data/schema/*.schema.json) are exactly what akhbar checks: for any
 * value near the shape of an entity or a stance cue, ajv accepts it if and only if `new Gazetteer`
 * (checkEntity) or `createStanceLexicon` does, and the built-in data meets its schema. A user can
 * validate a gazetteer or a lexicon with any JSON Schema tool before handing it to akhbar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEntity } from '../src/gazetteer/entity.js';
import { builtinStanceLexicon, createStanceLexicon, defaultGazetteer } from '../src/index.js';
import { createLexicon } from '../src/lexicon/index.js';
import { NUM_RUNS } from './helpers/arbitraries.js';

const schema = (name: string): object => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'schema', name), 'utf8')) as object;
// Lengths in UTF-16 code units, as JavaScript counts them (and akhbar's limits are).
const ajv = new Ajv2020({ strict: true, unicode: false, allErrors: true });
const entityValid = ajv.compile(schema('entity.schema.json'));
const cueValid = ajv.compile(schema('stance-cue.schema.json'));
const wordsValid = ajv.compile(schema('lexicon.schema.json'));

/** Whether akhbar accepts `value`; only a TypeError or RangeError counts as a refusal. */
function accepts(check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) return false;
    throw e;
  }
}

/** Through JSON, as user data comes: a "__proto__" key becomes an own key, as JSON.parse makes it. */
const viaJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;
function withKey(o: object, key: string, value: unknown): object {
  const copy = { ...o };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const anyJson = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 5 }), fc.constant([]), fc.constant({}));
const slug = fc.oneof(fc.constantFrom('syria', 'john-kerry', 'isil', 'a1', 'x'), fc.string({ maxLength: 6 }), fc.constantFrom('Syria', 'a--b', '-a', 'a-', ''));
const name = fc.oneof(
  fc.constantFrom('بغداد', '~الأسد', ' دمشق ', '~', ' ~ ', '', '   ', '~~', 'ب'.repeat(200), 'ب'.repeat(201), ` ${'ب'.repeat(199)} `, '\u00a0', '\n'),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);
const names = fc.oneof({ weight: 4, arbitrary: fc.array(name, { maxLength: 4 }) }, { weight: 1, arbitrary: anyJson }, { weight: 1, arbitrary: fc.constantFrom(Array.from({ length: 1000 }, () => 'س'), Array.from({ length: 1001 }, () => 'س')) });
const nameObject = fc.oneof(
  { weight: 5, arbitrary: fc.record({ ar: name, en: fc.oneof(fc.constantFrom('Baghdad', ' ', 'x'.repeat(201)), name) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.record({ ar: name, en: name, fr: name }) },
  { weight: 1, arbitrary: anyJson },
);
/** Mostly a good value, sometimes anything the field arbitrary gives. */
const mostly = <T, U>(good: fc.Arbitrary<T>, any: fc.Arbitrary<U>) => fc.oneof({ weight: 7, arbitrary: good }, { weight: 1, arbitrary: any });
const goodName = fc.constantFrom('بغداد', '~الأسد', ' دمشق ', 'الأمم المتحدة', 'ب'.repeat(200));
const entityLike = fc
  .record(
    {
      id: mostly(fc.constantFrom('syria', 'john-kerry', 'a1'), fc.oneof(slug, anyJson)),
      type: mostly(fc.constantFrom('person', 'location', 'organization'), fc.oneof(fc.constantFrom('place', 'Person'), anyJson)),
      subtype: mostly(fc.constantFrom('city', 'armed-group'), fc.oneof(slug, anyJson)),
      names: mostly(fc.record({ ar: goodName, en: fc.constantFrom('Baghdad', ' X ') }), nameObject),
      aliases: mostly(fc.array(goodName, { maxLength: 3 }), names),
      demonyms: mostly(fc.array(goodName, { maxLength: 2 }), names),
      titles: mostly(fc.array(goodName, { maxLength: 2 }), names),
      wikidata: mostly(fc.constantFrom('Q858', 'Q12345'), fc.oneof(fc.constantFrom('Q0', 'q1', 'Q01'), anyJson)),
    },
    { requiredKeys: [] },
  )
  .chain((o) => fc.oneof({ weight: 6, arbitrary: fc.constant<object>(o) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'Id'), anyJson).map(([k, v]) => withKey(o, k, v)) }))
  .map(viaJson);

const cueLike = fc
  .record(
    {
      cue: fc.oneof(name, fc.constantFrom('فشل', ' نجاح ', 'x'.repeat(200), 'x'.repeat(201))),
      polarity: fc.oneof(fc.constantFrom(1, -1, 0, 2, '1'), anyJson),
      weight: fc.oneof(fc.constantFrom(0, 0.5, 1, 10, 10.5, -1, 1e-9), anyJson),
      match: fc.oneof(fc.constantFrom('word', 'prefix', 'suffix'), anyJson),
    },
    { requiredKeys: [] },
  )
  .chain((o) => fc.oneof({ weight: 6, arbitrary: fc.constant<object>(o) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom('__proto__', 'constructor', 'extra'), anyJson).map(([k, v]) => withKey(o, k, v)) }))
  .map(viaJson);

describe('JSON Schemas of user data', () => {
  it('entity.schema.json accepts exactly what new Gazetteer accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(entityLike, (e) => {
        const ours = accepts(() => checkEntity(e, 'entity 0'));
        expect(entityValid(e), `${JSON.stringify(e)}: akhbar ${ours ? 'accepts' : 'refuses'} it, ${JSON.stringify(entityValid.errors)}`).toBe(ours);
        if (ours) accepted++;
      }),
      { numRuns: NUM_RUNS * 4 },
    );
    // Both answers occur: the generator reaches valid entities too.
    expect(accepted).toBeGreaterThan(0);
  });

  it('stance-cue.schema.json accepts exactly what createStanceLexicon accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(cueLike, (c) => {
        const ours = accepts(() => createStanceLexicon([c as never], { extend: false }));
        expect(cueValid(c), `${JSON.stringify(c)}: akhbar ${ours ? 'accepts' : 'refuses'} it`).toBe(ours);
        if (ours) accepted++;
      }),
      { numRuns: NUM_RUNS * 4 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('lexicon.schema.json accepts exactly what createLexicon accepts', () => {
    const word = fc.oneof(fc.constantFrom('داعش', ' كوباني ', '', 'ب'.repeat(100), 'ب'.repeat(101)), fc.string({ maxLength: 6 }), anyJson);
    fc.assert(
      fc.property(fc.oneof({ weight: 5, arbitrary: fc.array(word, { maxLength: 4 }) }, { weight: 1, arbitrary: anyJson }).map(viaJson), (words) => {
        const ours = accepts(() => createLexicon(words as string[]));
        expect(wordsValid(words), JSON.stringify(words)).toBe(ours);
      }),
      { numRuns: NUM_RUNS * 2 },
    );
  });

  it('the built-in gazetteer and stance lexicon meet their schemas', () => {
    const bad = defaultGazetteer()
      .entities()
      .filter((e) => !entityValid(viaJson(e)))
      .map((e) => `${e.id}: ${JSON.stringify(entityValid.errors)}`);
    expect(bad).toEqual([]);
    expect(builtinStanceLexicon().cues.filter((c) => !cueValid(viaJson(c)))).toEqual([]);
  });

  it('refuses what a crafted file would use to pollute prototypes, naming the field', () => {
    const crafted = JSON.parse('{"id":"x","type":"person","names":{"ar":"س","en":"X"},"aliases":[],"__proto__":{"polluted":true}}') as object;
    expect(entityValid(crafted)).toBe(false);
    expect(() => checkEntity(crafted, 'entity 0')).toThrow(new TypeError('entity 0, field "__proto__": is not a field of an entity (fields: id, type, subtype, names, aliases, demonyms, titles, wikidata)'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
