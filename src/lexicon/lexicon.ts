/**
 * Lexicons: sets of valid Arabic words, as used by {@link repair} to decide which spellings exist.
 */
import { assertText, checkOptions, describe } from '../_lib/args.js';
import { isTransparentUnit } from './dawg.js';
import { stemStarts } from './clitics.js';

const LAM = 0x0644;

/**
 * A set of valid words. Lookups ignore harakat (diacritics) and tatweel, and tell hamza forms,
 * alef maqsura and ya, teh marbuta and heh apart: those differences are what repairs decide on.
 *
 * Any object with a `has` method can serve as a lexicon; {@link createLexicon} builds one from a
 * word list and {@link builtinLexicon} returns the one akhbar ships.
 *
 * @example
 * ```ts
 * import { builtinLexicon } from 'akhbar/lexicon';
 * builtinLexicon().has('الاتحاد') //=> true
 * builtinLexicon().has('الإتحاد') //=> false
 * ```
 * @category Lexicon
 */
export interface Lexicon {
  /** True when `word` is in the lexicon. Never throws for a string argument. */
  has(word: string): boolean;
}

/** @internal Lexicons made by akhbar also answer for a range of a string, without slicing it. */
export interface RangeLexicon extends Lexicon {
  hasRange(s: string, from: number, to: number): boolean;
  /** Calls `found(end)` for ends in (from, to] where s[from, end) is a word (any order; may repeat). */
  prefixEnds(s: string, from: number, to: number, found: (end: number) => void): void;
}

/** @internal */
export function isRangeLexicon(lex: Lexicon): lex is RangeLexicon {
  return typeof (lex as Partial<RangeLexicon>).hasRange === 'function';
}

/** True when `s[from, to)` has harakat or tatweel. */
function hasMarks(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isTransparentUnit(s.charCodeAt(i))) return true;
  return false;
}

/** The lookup key of `s[from, to)`: the text without harakat and tatweel. */
export function lexiconKey(s: string, from = 0, to = s.length): string {
  let i = from;
  while (i < to && !isTransparentUnit(s.charCodeAt(i))) i++;
  if (i === to) return from === 0 && to === s.length ? s : s.slice(from, to);
  let out = s.slice(from, i);
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isTransparentUnit(c)) out += s[i];
  }
  return out;
}

/**
 * Options of {@link createLexicon}.
 *
 * @example
 * ```ts
 * import { createLexicon, type CreateLexiconOptions } from 'akhbar/lexicon';
 * const options: CreateLexiconOptions = { clitics: false };
 * createLexicon(['داعش'], options).has('وداعش') //=> false
 * ```
 * @category Lexicon
 */
export interface CreateLexiconOptions {
  /**
   * Also accept each word behind proclitics: و ف, then ب ل ك, then ال (لل for ل + ال), so that
   * listing داعش accepts وداعش and لداعش too. Default `true`.
   */
  clitics?: boolean;
}

/** Longest word createLexicon takes (a word, not a text: the lookups scan up to twice this length). */
const MAX_LEXICON_WORD_LENGTH = 100;
/** Most words createLexicon takes. */
const MAX_LEXICON_WORDS = 5_000_000;

class WordSetLexicon implements RangeLexicon {
  readonly #words: ReadonlySet<string>;
  readonly #clitics: boolean;
  readonly #maxLength: number;
  /** okSpan[d]: some listed word, behind up to four letters of proclitics, spans d code units. */
  readonly #okSpan: Uint8Array;
  /** The first two code units of every listed word. */
  readonly #heads: ReadonlySet<string>;
  /** The last two code units of every listed word; undefined when a listed word has one letter. */
  readonly #tails: ReadonlySet<string> | undefined;
  constructor(words: ReadonlySet<string>, clitics: boolean) {
    this.#words = words;
    this.#clitics = clitics;
    let max = 0;
    for (const w of words) max = Math.max(max, w.length);
    this.#maxLength = max;
    this.#okSpan = new Uint8Array(max + 5);
    for (const w of words) for (let p = 0; p <= (clitics ? 4 : 0); p++) this.#okSpan[w.length + p] = 1;
    this.#heads = new Set([...words].map((w) => w.slice(0, 2)));
    this.#tails = [...words].every((w) => w.length >= 2) ? new Set([...words].map((w) => w.slice(-2))) : undefined;
  }
  /** Number of words listed. */
  get size(): number {
    return this.#words.size;
  }
  has(word: string): boolean {
    return typeof word === 'string' && this.hasRange(word, 0, word.length);
  }
  hasRange(s: string, from: number, to: number): boolean {
    if (to <= from) return false;
    if (!this.#clitics) return this.#exact(s, from, to);
    // Quick rejection: no listed word, behind up to four letters of proclitics, is this long
    // (only for a span without harakat or tatweel, whose length is its letters').
    // Nor does a listed word end in the span's last two letters.
    const tails = this.#tails;
    if ((this.#okSpan[to - from] !== 1 || (tails !== undefined && !tails.has(s.slice(to - 2, to)))) && !hasMarks(s, from, to)) return false;
    // A listed word with its article (الفلوجة) takes no article and no ل before it (الالفلوجة, لالفلوجة).
    return stemStarts(s, from, to, 'all', 2).some(
      (start) => this.#exact(s, start, to) && !(start > from && s.charCodeAt(start - 1) === LAM && s.startsWith('\u0627\u0644', start)),
    );
  }
  prefixEnds(s: string, from: number, to: number, found: (end: number) => void): void {
    // Only where a listed word can start (behind proclitics), and only spans that a listed word
    // (with up to four letters of proclitics) can fill; a span with harakat in it is checked
    // whatever its length.
    if (!stemStarts(s, from, to, 'all', 2).some((start) => this.#heads.has(s.slice(start, start + 2)))) {
      let marks = false;
      for (let i = from; i < to && i < from + 8 && !marks; i++) marks = isTransparentUnit(s.charCodeAt(i));
      if (!marks) return;
    }
    const last = Math.min(to, from + this.#maxLength * 2 + 8);
    let marks = false;
    for (let end = from + 1; end <= last; end++) {
      if (isTransparentUnit(s.charCodeAt(end - 1))) marks = true;
      if ((marks || this.#okSpan[end - from] === 1) && this.hasRange(s, from, end)) found(end);
    }
  }
  #exact(s: string, from: number, to: number): boolean {
    if (to - from > this.#maxLength * 2 + 8) return false;
    return this.#words.has(lexiconKey(s, from, to));
  }
}

/**
 * Builds a lexicon from a list of words, for instance names and terms of your domain to pass to
 * {@link repair} as its `lexicon` option. Harakat and tatweel in the words are ignored.
 *
 * @param words - the words (any iterable of strings)
 * @param options - see {@link CreateLexiconOptions}
 * @throws TypeError when `words` is not an iterable of strings, or an option has the wrong type;
 * RangeError for an unknown option, a word longer than 100 characters or more than 5,000,000 words
 *
 * @example
 * ```ts
 * import { createLexicon } from 'akhbar/lexicon';
 * const names = createLexicon(['داعش', 'كوباني']);
 * names.has('لداعش') //=> true
 * names.has('كوبانى') //=> false
 * ```
 * @category Lexicon
 */
export function createLexicon(words: Iterable<string>, options: CreateLexiconOptions = {}): Lexicon & {
  /** Number of distinct words listed (after harakat and tatweel are removed). */
  readonly size: number;
} {
  if (words === null || typeof words !== 'object' && typeof words !== 'string' || typeof (words as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`createLexicon: argument "words" must be an iterable of strings, got ${describe(words)}`);
  }
  if (typeof words === 'string') {
    throw new TypeError('createLexicon: argument "words" must be an iterable of strings, got a string (wrap a single word in an array)');
  }
  const o = checkOptions<CreateLexiconOptions>(options, 'createLexicon', ['clitics']);
  const clitics = o.clitics ?? true;
  if (typeof clitics !== 'boolean') throw new TypeError(`createLexicon: option "clitics" must be a boolean, got ${describe(clitics)}`);
  const set = new Set<string>();
  let i = 0;
  for (const w of words) {
    if (i >= MAX_LEXICON_WORDS) throw new RangeError(`createLexicon: more than ${MAX_LEXICON_WORDS.toLocaleString('en-US')} words`);
    assertText(w, 'createLexicon', `words[${i}]`);
    if (w.length > MAX_LEXICON_WORD_LENGTH) throw new RangeError(`createLexicon: words[${i}] is longer than ${MAX_LEXICON_WORD_LENGTH} characters (${w.length})`);
    const key = lexiconKey(w.trim());
    if (key.length > 0) set.add(key);
    i++;
  }
  return new WordSetLexicon(set, clitics);
}

class UnionLexicon implements RangeLexicon {
  readonly #parts: readonly Lexicon[];
  constructor(parts: readonly Lexicon[]) {
    this.#parts = parts;
  }
  has(word: string): boolean {
    if (typeof word !== 'string') return false;
    for (const p of this.#parts) if (p.has(word)) return true;
    return false;
  }
  prefixEnds(s: string, from: number, to: number, found: (end: number) => void): void {
    for (const p of this.#parts) {
      if (isRangeLexicon(p)) p.prefixEnds(s, from, to, found);
      else for (let end = from + 1; end <= to && end - from <= 64; end++) if (p.has(s.slice(from, end))) found(end);
    }
  }
  hasRange(s: string, from: number, to: number): boolean {
    let sliced: string | undefined;
    for (const p of this.#parts) {
      if (isRangeLexicon(p)) {
        if (p.hasRange(s, from, to)) return true;
      } else if (p.has((sliced ??= s.slice(from, to)))) return true;
    }
    return false;
  }
}

/**
 * A lexicon that accepts a word when any of `lexicons` does.
 *
 * @throws TypeError when an argument is not a lexicon (an object with a `has` method)
 *
 * @example
 * ```ts
 * import { builtinLexicon, createLexicon, mergeLexicons } from 'akhbar/lexicon';
 * const lex = mergeLexicons(builtinLexicon(), createLexicon(['كوباني']));
 * lex.has('كوباني') //=> true
 * lex.has('المدينة') //=> true
 * ```
 * @category Lexicon
 */
export function mergeLexicons(...lexicons: Lexicon[]): Lexicon {
  lexicons.forEach((l, i) => assertLexicon(l, 'mergeLexicons', `lexicons[${i}]`));
  return new UnionLexicon(lexicons);
}

/** @internal Throws a TypeError unless `value` has a `has` method. */
export function assertLexicon(value: unknown, fn: string, name: string): asserts value is Lexicon {
  if (value === null || typeof value !== 'object' || typeof (value as Partial<Lexicon>).has !== 'function') {
    throw new TypeError(`${fn}: argument "${name}" must be a lexicon (an object with a has(word) method), got ${describe(value)}`);
  }
}

/** @internal `lex.has` for a range of `s`. */
export function hasRange(lex: Lexicon, s: string, from: number, to: number): boolean {
  return isRangeLexicon(lex) ? lex.hasRange(s, from, to) : lex.has(s.slice(from, to));
}
