/**
 * The index of a gazetteer: every name, alias and demonym form as folded words, found by its first
 * word; and, for fuzzy matching, every one-letter deletion of the single-word names of five letters
 * or more, so that the candidates of a misspelt word are found in time independent of the
 * gazetteer's size.
 *
 * @internal
 */
import type { Entity } from './entity.js';
import { demonymForms, nameKey } from './keys.js';

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
}

export interface NameIndex {
  /** Entries by their first word, most words first. */
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  /** Single-word entries of five letters or more by each of their one-letter deletions (and themselves). */
  readonly deletions: ReadonlyMap<string, readonly Entry[]>;
  /** Titles (folded words), by their first word, most words first. */
  readonly titles: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Every word of the names and aliases of people: a word after a title that is one of these is a name. */
  readonly personWords: ReadonlySet<string>;
  /** The longest entry, in words. */
  readonly maxWords: number;
}

/** Fewest letters of a word matched at edit distance 1. */
export const FUZZY_MIN_LETTERS = 5;

/** Builds the index of `entities`, adding the generic `titles` (folded words each). */
export function buildIndex(entities: readonly Entity[], genericTitles: readonly string[]): NameIndex {
  const byFirst = new Map<string, Entry[]>();
  const deletions = new Map<string, Entry[]>();
  const titles = new Map<string, string[][]>();
  const seen = new Set<string>();
  const personWords = new Set<string>();
  let maxWords = 1;
  const add = (entity: number, name: string, kind: EntryKind): void => {
    const weak = name.startsWith('~');
    const words = nameKey(weak ? name.slice(1) : name);
    if (words.length === 0) return;
    const sig = `${entity} ${kind} ${words.join(' ')}`;
    if (seen.has(sig)) return;
    seen.add(sig);
    const entry: Entry = { entity, words, kind, weak };
    if (entities[entity]!.type === 'person' && kind !== 'demonym') for (const w of words) personWords.add(w);
    push(byFirst, words[0]!, entry);
    maxWords = Math.max(maxWords, words.length);
    if (words.length === 1 && !weak && kind !== 'demonym' && words[0]!.length >= FUZZY_MIN_LETTERS) {
      const w = words[0]!;
      push(deletions, w, entry);
      for (let i = 0; i < w.length; i++) push(deletions, w.slice(0, i) + w.slice(i + 1), entry);
    }
  };
  const addTitle = (title: string): void => {
    const words = nameKey(title);
    if (words.length === 0) return;
    const list = titles.get(words[0]!);
    if (list?.some((t) => t.join(' ') === words.join(' '))) return;
    if (list) list.push(words);
    else titles.set(words[0]!, [words]);
  };
  entities.forEach((e, i) => {
    add(i, e.names.ar, 'name');
    for (const a of e.aliases) add(i, a, 'alias');
    for (const d of e.demonyms ?? []) for (const form of demonymForms(d)) add(i, form, 'demonym');
    for (const t of e.titles ?? []) addTitle(t);
  });
  for (const t of genericTitles) addTitle(t);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || Number(a.weak) - Number(b.weak));
  for (const list of titles.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst, deletions, titles, personWords, maxWords };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
