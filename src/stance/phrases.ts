/**
 * Phrase tables: words and multi-word phrases (folded), found in a run of folded tokens, the first
 * word behind its proclitics (و ف ب ك ل, and ال for the words of the stance lexicon, which are
 * listed without the article).
 *
 * @internal
 */
import { stemStarts } from '../lexicon/clitics.js';
import { foldName } from '../gazetteer/keys.js';

export interface Phrase<T> {
  /** Folded words. */
  readonly words: readonly string[];
  /** Any word that starts with the last word matches it (a productive stem: إخفاق → إخفاقات). */
  readonly prefix: boolean;
  readonly value: T;
}

export interface PhraseTable<T> {
  /** Phrases by their first word, most words first. */
  readonly byFirst: ReadonlyMap<string, readonly Phrase<T>[]>;
  /** Single-word prefixes by their length. */
  readonly prefixes: ReadonlyMap<number, ReadonlyMap<string, Phrase<T>>>;
  /** Words that start no phrase, remembered (news repeats its words); cleared when it grows large. */
  readonly misses: Set<string>;
}

/** A table of `items` (each a phrase as written, matched as a word or as a prefix). */
export function phraseTable<T>(items: Iterable<{ phrase: string; prefix?: boolean; value: T }>): PhraseTable<T> {
  const byFirst = new Map<string, Phrase<T>[]>();
  const prefixes = new Map<number, Map<string, Phrase<T>>>();
  for (const { phrase, prefix = false, value } of items) {
    const folded = foldName(phrase);
    if (folded === '') continue;
    const words = folded.split(' ');
    const p: Phrase<T> = { words, prefix: prefix && words.length === 1, value };
    if (p.prefix) {
      let m = prefixes.get(folded.length);
      if (!m) prefixes.set(folded.length, (m = new Map()));
      if (!m.has(folded)) m.set(folded, p);
      continue;
    }
    const list = byFirst.get(words[0]!);
    if (list) list.push(p);
    else byFirst.set(words[0]!, [p]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, prefixes, misses: new Set() };
}

/** A match: the phrase and the token range [from, to), the first word's letters starting at `start` (folded). */
export interface PhraseMatch<T> {
  readonly phrase: Phrase<T>;
  readonly from: number;
  readonly to: number;
  readonly start: number;
}

/**
 * Word w of a phrase (after the first) matches token k: as written, or behind ال or one proclitic
 * (قتل مدنيين: قتل المدنيين). A function of the module, not a closure made at each call.
 */
function wordAt(f: string, starts: Int32Array | readonly number[], ends: Int32Array | readonly number[], count: number, isWord: (k: number) => boolean, w: string, k: number, last: boolean): boolean {
  if (k >= count || !isWord(k)) return false;
  const a = starts[k]!, b = ends[k]!;
  const n = b - a;
  if (n === w.length && f.startsWith(w, a)) return true;
  // The accusative's alef (تقدما ملموسا for تقدم ملموس).
  if (n === w.length + 1 && f.charCodeAt(b - 1) === ALEF && n > 3 && f.startsWith(w, a)) return true;
  // A one-letter last word is a preposition glued to the next word (كيف ل: كيف لواشنطن).
  if (last && w.length === 1 && n > 1 && f.charCodeAt(a) === w.charCodeAt(0)) return true;
  for (const at of stemStarts(f, a, b, 'all', 2)) if (at > a && b - at === w.length && f.startsWith(w, at)) return true;
  return false;
}

/**
 * The longest phrase of `table` starting at token i of the folded text `f` (tokens `starts`,
 * `ends`, of which `isWord` tells the words), behind the first word's proclitics; `article` also
 * strips ال there.
 */
export function phraseAt<T>(table: PhraseTable<T>, f: string, starts: Int32Array | readonly number[], ends: Int32Array | readonly number[], count: number, i: number, isWord: (k: number) => boolean, article: boolean, word: string = f.slice(starts[i]!, ends[i]!)): PhraseMatch<T> | undefined {
  const s = starts[i]!, e = ends[i]!;
  if (table.misses.has(word)) return undefined;
  let started = false;
  for (const at of stemStarts(f, s, e, 'all', 2)) {
    // ال is a proclitic here only where asked.
    if (!article && at >= s + 2 && f.charCodeAt(at - 1) === LAM && f.charCodeAt(at - 2) === ALEF) continue;
    // Before a word of two letters only و and ف are taken for proclitics (ولا, فلم; كما is not ك + ما).
    if (at > s && e - at < 3) {
      let conj = true;
      for (let p = s; p < at; p++) if (f.charCodeAt(p) !== WAW && f.charCodeAt(p) !== FEH) conj = false;
      if (!conj) continue;
    }
    const key = f.slice(at, e);
    const list = table.byFirst.get(key) ?? (key.length > 3 && key.charCodeAt(key.length - 1) === ALEF ? table.byFirst.get(key.slice(0, -1)) : undefined);
    if (list) {
      started = true;
      for (const p of list) {
        let k = i + 1;
        let ok = true;
        for (let w = 1; w < p.words.length; w++, k++) {
          if (!wordAt(f, starts, ends, count, isWord, p.words[w]!, k, w === p.words.length - 1)) {
            ok = false;
            break;
          }
        }
        if (ok) return { phrase: p, from: i, to: k, start: at };
      }
    }
    // A single word with a pronoun after it (فشله, هزيمتها: ة written ت before it).
    for (const suffix of PRONOUNS) {
      if (key.length - suffix.length < 2 || !key.endsWith(suffix)) continue;
      const stem = key.slice(0, -suffix.length);
      const single = table.byFirst.get(stem)?.find((p) => p.words.length === 1) ?? (stem.endsWith('ت') ? table.byFirst.get(stem.slice(0, -1) + 'ه')?.find((p) => p.words.length === 1) : undefined);
      if (single) return { phrase: single, from: i, to: i + 1, start: at };
    }
    for (const [length, m] of table.prefixes) {
      if (key.length < length) continue;
      const p = m.get(key.slice(0, length));
      if (p) return { phrase: p, from: i, to: i + 1, start: at };
    }
  }
  // No phrase starts with this word (whatever follows it): remember it.
  if (!started) {
    if (table.misses.size >= MISS_LIMIT) table.misses.clear();
    table.misses.add(word);
  }
  return undefined;
}

/** Words a table remembers as starting no phrase, then it starts again. */
const MISS_LIMIT = 50_000;
const LAM = 0x0644, ALEF = 0x0627, WAW = 0x0648, FEH = 0x0641;
/** Pronoun suffixes a single word of a table may carry, longest first. */
const PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه'];
