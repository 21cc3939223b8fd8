/**
 * The Gazetteer: an immutable set of entities with an index of their names, and find().
 */
import { assertText, checkOptions, describe } from '../_lib/args.js';
import { checkEntity, ENTITY_TYPES, type Entity, type EntityType } from './entity.js';
import { findMentions, type FindSwitches } from './find.js';
import type { Mention } from './mention.js';
import { GAZETTEER_DESCRIPTORS } from '../generated/gazetteer-descriptors.js';
import { foldName } from './keys.js';
import { arrayTable, freeze, lazyTable, type EntityTable } from './entity-table.js';
import { foldedNames, packIndex, readIndex, unpackNames, type FoldedNames, type NameIndex, type PackedIndex } from './name-index.js';

/**
 * What the next Gazetteer is made with, when made from data already checked (see
 * {@link trustedGazetteer}): its packed index (made at build time for the built-in data), or the
 * folded names of its entities and titles.
 */
type Making = { readonly packed: PackedIndex; readonly table?: BuiltData } | Folded;
/** Built-in data read lazily (see lazyTable in entity-table.ts). */
interface BuiltData {
  readonly lines: string;
  readonly types: string;
  readonly ids: string;
}
interface Folded {
  readonly names: readonly FoldedNames[];
  readonly titles: readonly string[];
}
let making: Making | undefined;

let descriptorSet: ReadonlySet<string> | undefined;
/** Class nouns before names (data/gazetteer/descriptors.tsv), folded. */
function descriptors(): ReadonlySet<string> {
  return (descriptorSet ??= new Set(GAZETTEER_DESCRIPTORS.split('|')));
}

/**
 * A gazetteer from entities already checked (the built-in data, or a gazetteer's own plus checked
 * additions) and their folded names and titles.
 *
 * @internal
 */
export function trustedGazetteer(entities: Iterable<Entity>, titles: readonly string[], folded: Making): Gazetteer {
  making = folded;
  try {
    return new Gazetteer(entities, titles);
  } finally {
    making = undefined;
  }
}

/**
 * Options of {@link Gazetteer.find}.
 *
 * @example
 * ```ts
 * import { defaultGazetteer, type FindOptions } from 'akhbar/gazetteer';
 * const options: FindOptions = { types: ['location'], fuzzy: false };
 * defaultGazetteer().find('زار أوباما بغداد', options).map((m) => m.entityId) //=> ['baghdad']
 * ```
 * @category Gazetteer
 */
export interface FindOptions {
  /** Also match single-word names of five letters or more one edit away (not words of the language). Default `true`. */
  fuzzy?: boolean;
  /** Use titles: a weak alias after a title, and unknown words after a title as a person. Default `true`. */
  titles?: boolean;
  /** Link later short forms (a person's last name) to an earlier full mention. Default `true`. */
  coreference?: boolean;
  /**
   * Take a given name (محمد, جورج; data/gazetteer/given-names.tsv) and the name words after it
   * for a person the gazetteer lacks (kind `given-name`, entity id `unknown:…`). Default `true`.
   */
  givenNames?: boolean;
  /** Only entities of these types. Default: all. */
  types?: readonly EntityType[];
}

const FIND_KEYS = ['fuzzy', 'titles', 'coreference', 'givenNames', 'types'] as const;

/**
 * Most entities one gazetteer takes: a larger list is refused with a RangeError rather than
 * building an index that would not fit in memory.
 *
 * @example
 * ```ts
 * import { MAX_ENTITIES } from 'akhbar/gazetteer';
 * MAX_ENTITIES //=> 1000000
 * ```
 * @category Gazetteer
 */
export const MAX_ENTITIES = 1_000_000;

/**
 * A gazetteer: entities (people, places, organizations) and an index of every name, alias and
 * demonym form, to find their mentions in Arabic text. Immutable: {@link Gazetteer.with} returns a
 * new, extended gazetteer.
 *
 * @example
 * ```ts
 * import { Gazetteer } from 'akhbar/gazetteer';
 * const g = new Gazetteer([
 *   { id: 'kobani', type: 'location', subtype: 'city', names: { ar: 'كوباني', en: 'Kobani' }, aliases: ['عين العرب'] },
 * ]);
 * g.find('معارك في عين العرب ثم في كوباني').map((m) => [m.surface, m.kind]);
 * //=> [['عين العرب', 'alias'], ['كوباني', 'name']]
 * ```
 * @category Gazetteer
 */
export class Gazetteer {
  readonly #table: EntityTable;
  readonly #titles: readonly string[];
  /** What the index is made from, when given (see {@link Making}); else made from the entities. */
  #making: Making | undefined;
  #packed: PackedIndex | undefined;
  #index: NameIndex | undefined;

  /**
   * @param entities - the entities, checked: a TypeError names the entry and the field at fault
   * (a missing id, an empty alias, an unknown key such as `__proto__`), a RangeError a duplicate id
   * @param titles - titles that may come before the name of a person, besides the entities' own
   */
  constructor(entities: Iterable<Entity>, titles: Iterable<string> = []) {
    const trusted = making;
    making = undefined;
    if (entities === null || typeof entities !== 'object' || typeof (entities as Iterable<Entity>)[Symbol.iterator] !== 'function') {
      throw new TypeError(`Gazetteer: argument "entities" must be an iterable of entities, got ${describe(entities)}`);
    }
    const t: string[] = [];
    for (const title of titles) {
      if (typeof title !== 'string' || title.trim() === '') throw new TypeError(`Gazetteer: argument "titles" must list non-empty strings, got ${describe(title)}`);
      t.push(title.trim());
    }
    this.#titles = Object.freeze(t);
    this.#making = trusted;
    if (trusted && 'table' in trusted && trusted.table) {
      const { lines, types, ids } = trusted.table;
      this.#table = lazyTable(lines, types, ids);
      return;
    }
    const list: Entity[] = [];
    const byId = new Map<string, number>();
    for (const value of entities) {
      if (list.length >= MAX_ENTITIES) throw new RangeError(`Gazetteer: more than ${MAX_ENTITIES} entities`);
      const e = trusted ? freeze(value) : checkEntity(value, `Gazetteer: entity ${list.length}${hasId(value) ? ` ("${String((value as { id: unknown }).id)}")` : ''}`);
      if (byId.has(e.id)) throw new RangeError(`Gazetteer: entity ${list.length}: the id "${e.id}" is already used by entity ${byId.get(e.id)}`);
      byId.set(e.id, list.length);
      list.push(e);
    }
    this.#table = arrayTable(Object.freeze(list));
  }

  /** Number of entities. */
  get size(): number {
    return this.#table.size;
  }

  /** The entity with this id, or undefined. */
  get(id: string): Entity | undefined {
    if (typeof id !== 'string') return undefined;
    const i = this.#table.indexOf(id);
    return i === undefined ? undefined : this.#table.at(i);
  }

  /** The entities, in order. */
  entities(): readonly Entity[] {
    return this.#table.all();
  }

  /**
   * The mentions of the gazetteer's entities in `text`, in order, never overlapping.
   *
   * Names are matched on folded text (the `search` preset of {@link normalize}) and behind
   * proclitics (وسوريا, بالعراق, للولايات المتحدة), with the clitics outside the span. The longest
   * name starting at a word wins. See {@link FindOptions} for fuzzy matching, titles and
   * coreference, and {@link MentionKind} for the kinds of mention.
   *
   * @param text - any string (never throws on one)
   * @param options - see {@link FindOptions}
   * @throws TypeError when `text` is not a string; RangeError for an unknown option or type
   */
  find(text: string, options?: FindOptions): Mention[] {
    assertText(text, 'find');
    const sw = switches(options);
    return findMentions(text, this.#nameIndex(), this.#table, sw);
  }

  /** The folded names of the entities and titles. */
  #names(): Folded {
    const m = this.#making;
    if (m && 'names' in m) return m;
    if (m && 'packed' in m) return { names: unpackNames(m.packed, this.#table.size), titles: m.packed.titles.split('|').filter((t) => t !== '') };
    return {
      names: this.#table.all().map((e) => foldedNames(e)),
      titles: this.#titles.map(foldName).filter((t) => t !== ''),
    };
  }

  #packedIndex(): PackedIndex {
    if (this.#packed) return this.#packed;
    const m = this.#making;
    if (m && 'packed' in m) return (this.#packed = m.packed);
    const { names, titles } = this.#names();
    return (this.#packed = packIndex(this.#table.all().map((e) => e.type), names, titles, descriptors()));
  }

  #nameIndex(): NameIndex {
    return (this.#index ??= readIndex(this.#packedIndex(), descriptors()));
  }

  /**
   * A new gazetteer with these entities added (an entity with the id of an existing one replaces it).
   *
   * @param entities - more entities, checked as by the constructor
   */
  with(entities: Iterable<Entity>): Gazetteer {
    const extra = new Gazetteer(entities);
    const added = extra.entities();
    const ids = new Set(added.map((e) => e.id));
    const own = this.#names();
    const kept: Entity[] = [];
    const names: FoldedNames[] = [];
    this.#table.all().forEach((e, i) => {
      if (ids.has(e.id)) return;
      kept.push(e);
      names.push(own.names[i]!);
    });
    // The titles of the entities replaced stay: a title is a title whoever held it.
    return trustedGazetteer([...kept, ...added], this.#titles, { names: [...names, ...extra.#names().names], titles: own.titles });
  }

  /** The gazetteer as plain data, for JSON.stringify and {@link Gazetteer.fromJSON}. */
  toJSON(): {
    /** The format's version (1). */
    version: 1;
    /** The entities, in order. */
    entities: readonly Entity[];
    /** The titles given to the constructor, besides the entities' own. */
    titles: readonly string[];
  } {
    return { version: 1, entities: this.#table.all(), titles: this.#titles };
  }

  /**
   * A gazetteer from the data of {@link Gazetteer.toJSON} (parsed or not).
   *
   * @throws TypeError when the data (or the string, once parsed) is not a gazetteer's, or a string is
   * not JSON
   */
  static fromJSON(json: unknown): Gazetteer {
    let data = json;
    if (typeof json === 'string') {
      try {
        data = JSON.parse(json) as unknown;
      } catch (e) {
        throw new TypeError(`Gazetteer.fromJSON: argument "json" is a string but not JSON (${(e as Error).message})`);
      }
    }
    if (data === null || typeof data !== 'object' || (data as { version?: unknown }).version !== 1 || !Array.isArray((data as { entities?: unknown }).entities)) {
      throw new TypeError('Gazetteer.fromJSON: argument "json" must be { version: 1, entities: [...] } as made by toJSON()');
    }
    const d = data as { entities: Entity[]; titles?: unknown };
    return new Gazetteer(d.entities, Array.isArray(d.titles) ? (d.titles as string[]) : []);
  }
}

function hasId(value: unknown): boolean {
  return value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string';
}

function switches(options: unknown): FindSwitches {
  const o = checkOptions<FindOptions>(options, 'find', FIND_KEYS);
  const bool = (key: 'fuzzy' | 'titles' | 'coreference' | 'givenNames'): boolean => {
    const v = o[key];
    if (v === undefined) return true;
    if (typeof v !== 'boolean') throw new TypeError(`find: option "${key}" must be a boolean, got ${describe(v)}`);
    return v;
  };
  let types: ReadonlySet<EntityType> | undefined;
  if (o.types !== undefined) {
    if (!Array.isArray(o.types)) throw new TypeError(`find: option "types" must be an array, got ${describe(o.types)}`);
    for (const t of o.types) {
      if (!(ENTITY_TYPES as readonly unknown[]).includes(t)) throw new RangeError(`find: option "types" may hold ${ENTITY_TYPES.join(', ')}, got ${describe(t)}`);
    }
    types = new Set(o.types);
  }
  return { fuzzy: bool('fuzzy'), titles: bool('titles'), coreference: bool('coreference'), givenNames: bool('givenNames'), types };
}
