/**
 * The entities of a gazetteer, by index: an array of checked entities, or the built-in data read
 * one entity at a time as find() needs it (an entity a line of JSON), so that loading the built-in
 * gazetteer does not parse seven thousand entities to find the few a text names.
 *
 * @internal
 */
import type { Entity, EntityType } from './entity.js';

export interface EntityTable {
  readonly size: number;
  /** The entity at index i, frozen. */
  at(i: number): Entity;
  /** Its type, without reading the rest. */
  typeOf(i: number): EntityType;
  /** The index of the entity with this id, or undefined. */
  indexOf(id: string): number | undefined;
  /** Every entity, in order, frozen. */
  all(): readonly Entity[];
}

/** A table over checked, frozen entities. */
export function arrayTable(list: readonly Entity[]): EntityTable {
  const all = Object.isFrozen(list) ? list : Object.freeze([...list]);
  let byId: Map<string, number> | undefined;
  return {
    size: all.length,
    at: (i) => all[i]!,
    typeOf: (i) => all[i]!.type,
    indexOf: (id) => (byId ??= new Map(all.map((e, i) => [e.id, i]))).get(id),
    all: () => all,
  };
}

const TYPES: Readonly<Record<string, EntityType>> = { p: 'person', l: 'location', o: 'organization' };

/**
 * A table over data checked when it was built: `lines` holds an entity a line as JSON, `types` a
 * letter per entity (p, l, o), `ids` an id a line.
 */
export function lazyTable(lines: string, types: string, ids: string): EntityTable {
  const size = types.length;
  let starts: Int32Array | undefined;
  let byId: Map<string, number> | undefined;
  const parsed: (Entity | undefined)[] = new Array<Entity | undefined>(size);
  let all: readonly Entity[] | undefined;
  const at = (i: number): Entity => {
    const known = parsed[i];
    if (known) return known;
    if (starts === undefined) {
      starts = new Int32Array(size + 1);
      let p = 0;
      for (let k = 0; k < size; k++) {
        starts[k] = p;
        const nl = lines.indexOf('\n', p);
        p = nl < 0 ? lines.length + 1 : nl + 1;
      }
      starts[size] = lines.length + 1;
    }
    const e = freeze(JSON.parse(lines.slice(starts[i]!, starts[i + 1]! - 1)) as Entity);
    parsed[i] = e;
    return e;
  };
  return {
    size,
    at,
    typeOf: (i) => TYPES[types[i]!]!,
    indexOf: (id) => {
      if (byId === undefined) {
        byId = new Map();
        let k = 0;
        for (const line of ids.split('\n')) byId.set(line, k++);
      }
      return byId.get(id);
    },
    all: () => (all ??= Object.freeze(Array.from({ length: size }, (_, i) => at(i)))),
  };
}

/** An entity of checked data, frozen as checkEntity leaves one. */
export function freeze(e: Entity): Entity {
  if (Object.isFrozen(e)) return e;
  Object.freeze(e.names);
  Object.freeze(e.aliases);
  if (e.demonyms) Object.freeze(e.demonyms);
  if (e.titles) Object.freeze(e.titles);
  return Object.freeze(e);
}
