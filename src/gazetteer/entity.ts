/**
 * Entities of a gazetteer, and the checks user data goes through.
 */
import { describe } from '../_lib/args.js';

/**
 * The types of entity: `person`, `location`, `organization`.
 *
 * @example
 * ```ts
 * import { ENTITY_TYPES } from 'akhbar/gazetteer';
 * ENTITY_TYPES //=> ['person', 'location', 'organization']
 * ```
 * @category Gazetteer
 */
export const ENTITY_TYPES = ['person', 'location', 'organization'] as const;

/**
 * The type of an entity: see {@link ENTITY_TYPES}.
 *
 * @example
 * ```ts
 * import type { EntityType } from 'akhbar/gazetteer';
 * const type: EntityType = 'location';
 * ```
 * @category Gazetteer
 */
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * A person, place or organization, with the names Arabic text calls it by.
 *
 * Aliases and titles are matched on folded text (see {@link Gazetteer.find}); an alias written
 * with a leading `~` is an ordinary word too (الأسد: the lion) and matches only with support from
 * the context: a title before it, or an earlier mention of the entity in the same text.
 *
 * @example
 * ```ts
 * import type { Entity } from 'akhbar/gazetteer';
 * const kobani: Entity = {
 *   id: 'kobani', type: 'location', subtype: 'city',
 *   names: { ar: 'كوباني', en: 'Kobani' }, aliases: ['عين العرب'],
 * };
 * ```
 * @category Gazetteer
 */
export interface Entity {
  /** A stable lowercase slug: `syria`, `isil`, `john-kerry`. */
  readonly id: string;
  /** `person`, `location` or `organization`. */
  readonly type: EntityType;
  /** `country`, `city`, `armed-group`, `media-outlet`, … */
  readonly subtype?: string;
  /** The usual Arabic and English names. */
  readonly names: {
    /** As Arabic news most often writes it; matched like the aliases. */
    readonly ar: string;
    /** In English, for display; not matched. */
    readonly en: string;
  };
  /** Other Arabic names and spellings (a leading `~` marks one that needs support from context). */
  readonly aliases: readonly string[];
  /** Nisba adjectives in the masculine singular without the article (سوري): their forms link to the entity. */
  readonly demonyms?: readonly string[];
  /** Titles that come before the name of a person (وزير الخارجية الأمريكي). */
  readonly titles?: readonly string[];
  /** The Wikidata id (`Q858`), where certain. */
  readonly wikidata?: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WIKIDATA = /^Q[1-9][0-9]*$/;
const KEYS: ReadonlySet<string> = new Set(['id', 'type', 'subtype', 'names', 'aliases', 'demonyms', 'titles', 'wikidata']);
/**
 * Longest name, alias, demonym or title a user entity may have, in UTF-16 code units: longer ones
 * are refused with a RangeError naming the entity and the field.
 *
 * @example
 * ```ts
 * import { Gazetteer, MAX_NAME_LENGTH } from 'akhbar/gazetteer';
 * MAX_NAME_LENGTH //=> 200
 * new Gazetteer([{ id: 'x', type: 'person', names: { ar: 'س'.repeat(201), en: 'X' }, aliases: [] }]);
 * // RangeError: Gazetteer: entity 0 ("x"), field "names.ar": is longer than 200 characters
 * ```
 * @category Gazetteer
 */
export const MAX_NAME_LENGTH = 200;

/**
 * Checks one user entity and returns a clean, frozen copy, or throws a TypeError that says which
 * entry and which field is wrong. Unknown keys (such as `__proto__`) are refused, never copied.
 *
 * @internal
 */
export function checkEntity(value: unknown, where: string): Entity {
  const fail = (field: string, what: string, range = false): never => {
    const message = `${where}${field ? `, field "${field}"` : ''}: ${what}`;
    throw range ? new RangeError(message) : new TypeError(message);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('', `must be an entity object, got ${describe(value)}`);
  const v = value as Record<string, unknown>;
  for (const key of Reflect.ownKeys(v)) {
    if (typeof key !== 'string' || !KEYS.has(key)) fail(String(key), `is not a field of an entity (fields: ${[...KEYS].join(', ')})`);
  }
  const id = v.id;
  if (typeof id !== 'string' || !ID.test(id)) fail('id', `must be a lowercase slug such as "john-kerry", got ${describe(id)}`);
  const type = v.type;
  if (!(ENTITY_TYPES as readonly unknown[]).includes(type)) fail('type', `must be one of ${ENTITY_TYPES.join(', ')}, got ${describe(type)}`);
  const subtype = v.subtype;
  if (subtype !== undefined && (typeof subtype !== 'string' || !ID.test(subtype))) fail('subtype', `must be a lowercase slug such as "city", got ${describe(subtype)}`);
  const names = v.names;
  if (names === null || typeof names !== 'object' || Array.isArray(names)) fail('names', `must be { ar, en }, got ${describe(names)}`);
  const n = names as Record<string, unknown>;
  for (const key of Reflect.ownKeys(n)) if (key !== 'ar' && key !== 'en') fail('names', `has an unknown key ${describe(String(key))} (only ar and en)`);
  const ar = checkName(n.ar, 'names.ar', fail);
  if (typeof n.en !== 'string' || n.en.trim() === '') fail('names.en', `must be a non-empty string, got ${describe(n.en)}`);
  if ((n.en as string).length > MAX_NAME_LENGTH) fail('names.en', `is longer than ${MAX_NAME_LENGTH} characters`, true);
  const en = (n.en as string).trim();
  const aliases = checkList(v.aliases, 'aliases', fail, true);
  const demonyms = v.demonyms === undefined ? undefined : checkList(v.demonyms, 'demonyms', fail, false);
  const titles = v.titles === undefined ? undefined : checkList(v.titles, 'titles', fail, false);
  const wikidata = v.wikidata;
  if (wikidata !== undefined && (typeof wikidata !== 'string' || !WIKIDATA.test(wikidata))) fail('wikidata', `must be a Wikidata id such as "Q858", got ${describe(wikidata)}`);
  const entity: Entity = {
    id: id as string,
    type: type as EntityType,
    ...(subtype !== undefined ? { subtype: subtype as string } : {}),
    names: Object.freeze({ ar, en }),
    aliases,
    ...(demonyms !== undefined ? { demonyms } : {}),
    ...(titles !== undefined ? { titles } : {}),
    ...(wikidata !== undefined ? { wikidata: wikidata as string } : {}),
  };
  return Object.freeze(entity);
}

function checkName(value: unknown, field: string, fail: (field: string, what: string, range?: boolean) => never): string {
  if (typeof value !== 'string') return fail(field, `must be a string, got ${describe(value)}`);
  // As data/schema/entity.schema.json says: the length as given, white space around it included.
  if (value.length > MAX_NAME_LENGTH) return fail(field, `is longer than ${MAX_NAME_LENGTH} characters`, true);
  const s = value.trim();
  if (s === '' || s === '~') return fail(field, 'must not be empty');
  return s;
}

/** Most aliases (or demonyms, or titles) one entity may have. */
const MAX_LIST_LENGTH = 1000;

function checkList(value: unknown, field: string, fail: (field: string, what: string, range?: boolean) => never, required: boolean): readonly string[] {
  if (value === undefined && !required) return Object.freeze([]);
  if (!Array.isArray(value)) return fail(field, `must be an array of strings, got ${describe(value)}`);
  if (value.length > MAX_LIST_LENGTH) return fail(field, `has ${value.length} entries; at most ${MAX_LIST_LENGTH} are allowed`, true);
  return Object.freeze(value.map((s, i) => checkName(s, `${field}[${i}]`, fail)));
}
