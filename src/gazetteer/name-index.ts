/**
 * The index of a gazetteer: every name, alias and demonym form as folded words, found by its first
 * word; and, for fuzzy matching, every one-letter deletion of the single-word names of five letters
 * or more, so that the candidates of a misspelt word are found in time independent of the
 * gazetteer's size.
 *
 * @internal
 */
import type { Entity } from './entity.js';
import { demonymForms, foldName, type Fold } from './keys.js';

/** How a name entry matches. */
export type EntryKind = 'name' | 'alias' | 'demonym';

/** One name of an entity, as folded words. */
export interface Entry {
  /** Index of the entity in the gazetteer. */
  readonly entity: number;
  readonly words: readonly string[];
  readonly kind: EntryKind;
  /** Needs support from context (a `~` alias). */
  readonly weak: boolean;
  /**
   * Words at the start that stay outside the mention: 1 for a class noun before another of the
   * entity's names (حركة حماس, محافظة الأنبار, with حماس and الأنبار names of their own).
   */
  readonly lead: number;
}

export interface NameIndex {
  /** The entries whose first word is `word`, most words first, weak ones last. */
  entries(word: string): readonly Entry[] | undefined;
  /**
   * For fuzzy matching: the single-word entries of five letters or more whose word has this shape
   * (see {@link shapeOf}), by their word and each of its one-letter deletions.
   */
  fuzzyBucket(shape: number): ReadonlyMap<string, readonly Entry[]> | undefined;
  /** Fuzzy candidates found so far, by word (null: none), for find() without a types filter. */
  readonly fuzzyCache: Map<string, Entry | null>;
  /** Titles (folded words), by their first word, most words first. */
  readonly titles: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Class nouns before names (حزب, صحيفة), folded: one before a weak alias supports it. */
  readonly descriptors: ReadonlySet<string>;
  /** Every word of the names and aliases of people: a word after a title that is one of these is a name. */
  personWords(): ReadonlySet<string>;
}

/**
 * The shape of a word: its first and last code unit and its length (up to 255). A word one edit
 * away from a name, with the same first and last letter, has the name's shape with length ± 1.
 */
export function shapeOf(first: number, last: number, length: number): number {
  return (first * 65536 + last) * 256 + Math.min(length, 255);
}

/** Fewest letters of a word matched at edit distance 1. */
export const FUZZY_MIN_LETTERS = 5;

/**
 * The names of one entity as the index takes them: each folded (words joined by single spaces)
 * after a one-letter code: `n` name, `a` alias, `w` weak alias, `d` demonym form, `v` weak
 * demonym form, `t` title.
 */
export type FoldedNames = readonly string[];

/**
 * The folded names of `e` (see {@link FoldedNames}), each once.
 */
export function foldedNames(e: Entity, fold: Fold = foldName): FoldedNames {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (code: string, name: string): void => {
    const weak = name.charCodeAt(0) === 0x7e; // ~
    const joined = fold(weak ? name.slice(1) : name);
    if (joined === '') return;
    // A name once: an alias that folds like the name, or a weak alias like a plain one, adds nothing.
    const sig = code === 'd' || code === 't' ? code + joined : joined;
    if (seen.has(sig)) return;
    seen.add(sig);
    out.push((weak ? (code === 'd' ? 'v' : 'w') : code) + joined);
  };
  add('n', e.names.ar);
  for (const a of e.aliases) add('a', a);
  if (e.demonyms) {
    for (const d of e.demonyms) {
      const weak = d.charCodeAt(0) === 0x7e;
      for (const form of demonymForms(weak ? d.slice(1) : d, fold)) add('d', weak ? '~' + form : form);
    }
  }
  if (e.titles) for (const t of e.titles) add('t', t);
  return out;
}

const KINDS: Readonly<Record<string, EntryKind>> = { n: 'name', a: 'alias', w: 'alias', d: 'demonym', v: 'demonym' };

/**
 * An index as strings, made once (at build time for the built-in gazetteer) and read lazily: a
 * lookup decodes the entries of one word, so that loading costs one Map entry per first word.
 */
export interface PackedIndex {
  /**
   * A line per first word: the word, a tab, then its entries separated by `|`, each
   * `entity:code:lead:kind:rest` (code as in {@link FoldedNames}; kind `n`, `a` or `d`, what the
   * mention is; the words after the first joined by spaces), most words first, weak ones last.
   */
  readonly keys: string;
  /** The folded titles, separated by `|`. */
  readonly titles: string;
  /** The words of people's names and aliases, separated by `|`. */
  readonly personWords: string;
  /** A line per shape: the shape, a tab, then `word:entity:code` separated by `|`. */
  readonly fuzzy: string;
}

/** Characters the packed form uses as separators: never in a folded word. */
const SEPARATORS = /[|:\t\n]/;

/**
 * Packs the index of entities (`types[i]` and their folded names `names[i]`) with the generic
 * titles (folded). A name or alias made of a class noun of `descriptors` and another of the
 * entity's names (حركة حماس, with حماس) gets a lead of 1: the class noun stays outside the mention.
 */
export function packIndex(types: readonly Entity['type'][], names: readonly FoldedNames[], genericTitles: readonly string[], descriptors: ReadonlySet<string>): PackedIndex {
  interface Packed { readonly text: string; readonly words: number; readonly weak: boolean }
  const byFirst = new Map<string, Packed[]>();
  const titles = new Set<string>();
  const personWords = new Set<string>();
  const fuzzy = new Map<number, string[]>();
  const own = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const person = types[i] === 'person';
    own.clear();
    let name = '';
    for (const coded of names[i]!) {
      if (SEPARATORS.test(coded)) throw new RangeError(`Gazetteer: entity ${i}: a name holds | or :`);
      if (coded[0] === 'n') name = coded.slice(1);
      if (coded[0] === 'n' || coded[0] === 'a' || coded[0] === 'w') own.add(coded.slice(1));
    }
    for (const coded of names[i]!) {
      const code = coded[0]!;
      const joined = coded.slice(1);
      if (code === 't') {
        // A lone nisba (الجغرافي) is an adjective far more often than a title.
        if (!(joined.indexOf(' ') < 0 && joined.startsWith('ال') && joined.endsWith('ي'))) titles.add(joined);
        continue;
      }
      const space = joined.indexOf(' ');
      const first = space < 0 ? joined : joined.slice(0, space);
      const rest = space < 0 ? '' : joined.slice(space + 1);
      const lead = rest !== '' && descriptors.has(first) && own.has(rest) ? 1 : 0;
      // What the mention spans is then the name, or an alias.
      const kind = code === 'd' || code === 'v' ? 'd' : lead ? (rest === name ? 'n' : 'a') : code === 'n' ? 'n' : 'a';
      const weak = code === 'w' || code === 'v';
      push(byFirst, first, { text: `${i}:${code}:${lead}:${kind}:${rest}`, words: rest === '' ? 1 : rest.split(' ').length + 1, weak });
      if (person && code !== 'd' && code !== 'v') for (const w of joined.split(' ')) personWords.add(w);
      if (space < 0 && !weak && (code === 'n' || code === 'a') && joined.length >= FUZZY_MIN_LETTERS) {
        push(fuzzy, shapeOf(joined.charCodeAt(0), joined.charCodeAt(joined.length - 1), joined.length), `${joined}:${i}:${code}`);
      }
    }
  }
  for (const t of genericTitles) titles.add(t);
  const keys: string[] = [];
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.words - a.words || Number(a.weak) - Number(b.weak));
    keys.push(`${first}\t${list.map((e) => e.text).join('|')}`);
  }
  return {
    keys: keys.join('\n'),
    titles: [...titles].join('|'),
    personWords: [...personWords].join('|'),
    fuzzy: [...fuzzy].map(([shape, list]) => `${shape}\t${list.join('|')}`).join('\n'),
  };
}

/** The index read from its packed form; `descriptors` as given to {@link packIndex}. */
export function readIndex(packed: PackedIndex, descriptors: ReadonlySet<string>): NameIndex {
  const raw = new Map<string, string>();
  for (const line of packed.keys.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) raw.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const decoded = new Map<string, readonly Entry[]>();
  const entries = (word: string): readonly Entry[] | undefined => {
    const known = decoded.get(word);
    if (known) return known;
    const text = raw.get(word);
    if (text === undefined) return undefined;
    const list = text.split('|').map((item): Entry => {
      const [entity, code, lead, kind, rest] = item.split(':') as [string, string, string, string, string];
      return { entity: Number(entity), words: rest === '' ? [word] : [word, ...rest.split(' ')], kind: KINDS[kind]!, weak: code === 'w' || code === 'v', lead: Number(lead) };
    });
    decoded.set(word, list);
    return list;
  };
  const titles = new Map<string, (readonly string[])[]>();
  for (const t of packed.titles.split('|')) {
    if (t === '') continue;
    const words = t.split(' ');
    push(titles, words[0]!, words);
  }
  for (const list of titles.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  let personWords: ReadonlySet<string> | undefined;
  let shapes: Map<number, string> | undefined;
  const buckets = new Map<number, ReadonlyMap<string, readonly Entry[]>>();
  const fuzzyBucket = (shape: number): ReadonlyMap<string, readonly Entry[]> | undefined => {
    if (shapes === undefined) {
      shapes = new Map();
      for (const line of packed.fuzzy.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) shapes.set(Number(line.slice(0, tab)), line.slice(tab + 1));
      }
    }
    const known = buckets.get(shape);
    if (known) return known;
    const text = shapes.get(shape);
    if (text === undefined) return undefined;
    const bucket = new Map<string, Entry[]>();
    for (const item of text.split('|')) {
      const [w, entity, code] = item.split(':') as [string, string, string];
      const entry: Entry = { entity: Number(entity), words: [w], kind: KINDS[code]!, weak: false, lead: 0 };
      push(bucket, w, entry);
      for (let i = 0; i < w.length; i++) push(bucket, w.slice(0, i) + w.slice(i + 1), entry);
    }
    buckets.set(shape, bucket);
    return bucket;
  };
  return {
    entries,
    fuzzyBucket,
    fuzzyCache: new Map(),
    titles,
    descriptors,
    personWords: () => (personWords ??= new Set(packed.personWords.split('|'))),
  };
}

/** The folded names of each of `count` entities, read back from a packed index (titles aside). */
export function unpackNames(packed: PackedIndex, count: number): FoldedNames[] {
  const out: string[][] = Array.from({ length: count }, () => []);
  for (const line of packed.keys.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const first = line.slice(0, tab);
    for (const item of line.slice(tab + 1).split('|')) {
      const [entity, code, , , rest] = item.split(':') as [string, string, string, string, string];
      out[Number(entity)]?.push(code + (rest === '' ? first : `${first} ${rest}`));
    }
  }
  return out;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
