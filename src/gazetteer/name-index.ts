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
export type EntryKind = 'name' | 'alias' | 'demonym' | 'title';

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
  /** Entries by their first word, most words first. */
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  /**
   * Single-word entries of five letters or more by each of their one-letter deletions (and
   * themselves), made on first use (fuzzy matching only).
   */
  deletions(): FuzzyIndex;
  /** Fuzzy candidates found so far, by word (null: none), for find() without a types filter. */
  readonly fuzzyCache: Map<string, Entry | null>;
  /** Titles (folded words), by their first word, most words first. */
  readonly titles: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Class nouns before names (حزب, صحيفة), folded: one before a weak alias supports it. */
  readonly descriptors: ReadonlySet<string>;
  /** Every word of the names and aliases of people: a word after a title that is one of these is a name. */
  readonly personWords: ReadonlySet<string>;
}

/** The candidates of fuzzy matching. */
export interface FuzzyIndex {
  /** Entries by their word and each of its one-letter deletions. */
  readonly byDeletion: ReadonlyMap<string, readonly Entry[]>;
  /**
   * `first last length` of every entry's word, by their code units (length of up to 255): a word
   * one edit away, with the same first and last letter, has one of these with length ± 1.
   */
  readonly shapes: ReadonlySet<number>;
}

/** The shape of a word for {@link FuzzyIndex.shapes}. */
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
 * Builds the index of `entities` from their folded names (`names[i]` for `entities[i]`), adding
 * the generic titles (folded).
 */
export function buildIndex(entities: readonly Entity[], names: readonly FoldedNames[], genericTitles: readonly string[], descriptors: ReadonlySet<string>): NameIndex {
  const byFirst = new Map<string, Entry[]>();
  const titles = new Map<string, (readonly string[])[]>();
  const personWords = new Set<string>();
  const fuzzy: Entry[] = [];
  const seenTitles = new Set<string>();
  const addTitle = (joined: string): void => {
    if (seenTitles.has(joined)) return;
    seenTitles.add(joined);
    const words = joined.split(' ');
    push(titles, words[0]!, words);
  };
  const own = new Set<string>();
  for (let i = 0; i < entities.length; i++) {
    const person = entities[i]!.type === 'person';
    own.clear();
    let name = '';
    for (const coded of names[i]!) {
      if (coded[0] === 'n') name = coded.slice(1);
      if (coded[0] === 'n' || coded[0] === 'a' || coded[0] === 'w') own.add(coded.slice(1));
    }
    for (const coded of names[i]!) {
      const code = coded[0]!;
      const joined = coded.slice(1);
      if (code === 't') {
        addTitle(joined);
        continue;
      }
      const kind = KINDS[code]!;
      const weak = code === 'w' || code === 'v';
      const words = joined.split(' ');
      const rest = words.length > 1 && descriptors.has(words[0]!) ? joined.slice(words[0]!.length + 1) : undefined;
      const lead = rest !== undefined && own.has(rest) ? 1 : 0;
      // What the mention spans is then the name, or an alias.
      const entry: Entry = { entity: i, words, kind: lead && kind !== 'demonym' ? (rest === name ? 'name' : 'alias') : kind, weak, lead };
      if (person && kind !== 'demonym') for (const w of words) personWords.add(w);
      push(byFirst, words[0]!, entry);
      if (words.length === 1 && !weak && kind !== 'demonym' && joined.length >= FUZZY_MIN_LETTERS) fuzzy.push(entry);
    }
  }
  for (const t of genericTitles) addTitle(t);
  for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length || Number(a.weak) - Number(b.weak));
  for (const list of titles.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  let fuzzyIndex: FuzzyIndex | undefined;
  return {
    byFirst,
    titles,
    descriptors,
    personWords,
    deletions: () => (fuzzyIndex ??= fuzzyIndexOf(fuzzy)),
    fuzzyCache: new Map(),
  };
}

/** Each entry by its word and each one-letter deletion of it, and the shapes of the words. */
function fuzzyIndexOf(entries: readonly Entry[]): FuzzyIndex {
  const byDeletion = new Map<string, Entry[]>();
  const shapes = new Set<number>();
  for (const entry of entries) {
    const w = entry.words[0]!;
    shapes.add(shapeOf(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length));
    push(byDeletion, w, entry);
    for (let i = 0; i < w.length; i++) push(byDeletion, w.slice(0, i) + w.slice(i + 1), entry);
  }
  return { byDeletion, shapes };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
