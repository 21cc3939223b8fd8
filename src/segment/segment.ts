/**
 * segment() and stem(): one word cut into clitics, stem and suffixes, with offsets.
 */
import { checkChoice, checkOptions, describe } from '../_lib/args.js';
import { builtinLexicon } from '../lexicon/builtin.js';
import { isTransparentUnit, letterCode } from '../lexicon/dawg.js';
import { assertLexicon, lexiconKey, type Lexicon } from '../lexicon/lexicon.js';
import { analyze, type Lookup, type Part } from './analyze.js';
import { SCHEME_SPLITS, SEGMENT_SCHEMES, type SegmentScheme } from './roles.js';
import type { Segment, Segmentation, SegmentOptions } from './segmentation.js';

/**
 * The longest word, in letters, that {@link segment} analyses; a longer one is kept whole (no
 * Arabic word comes near it, so such a token is a run of merged words or noise).
 *
 * @example
 * ```ts
 * import { segment, MAX_SEGMENT_LETTERS } from 'akhbar/tokenize';
 * segment('و' + 'ب'.repeat(MAX_SEGMENT_LETTERS)).prefixes //=> []
 * ```
 * @category Tokenize
 */
export const MAX_SEGMENT_LETTERS = 48;

const OPTION_KEYS = ['scheme', 'lexicon', 'words'] as const;

/** Options checked once: the scheme and what analyze() consults. @internal */
export interface Resolved {
  readonly scheme: SegmentScheme;
  readonly lookup: Lookup;
  /** The same lookup with folded spellings tried (for words without ة ى أ إ آ). */
  readonly foldedLookup: Lookup;
  /** Analyses already made with these lookups, by letters (the same for every scheme). */
  readonly cache: Map<string, readonly Part[]>;
  /** Segmentations already made with these options, at offset 0, by word (frozen). */
  readonly words: Map<string, Segmentation>;
}

const EMPTY: ReadonlySet<string> = new Set();
/** Analyses with the built-in lexicon, shared by every call without a lexicon or words. */
const DEFAULT_CACHE = new Map<string, readonly Part[]>();
/** Entries kept in an analysis cache; it is emptied when full. */
const CACHE_LIMIT = 50_000;
const defaults: Partial<Record<SegmentScheme, Resolved>> = {};

/** @internal Checks the options of `fn` and prepares the lookups. */
export function resolveOptions(options: unknown, fn: string): Resolved {
  const o = checkOptions<SegmentOptions>(options, fn, OPTION_KEYS);
  const scheme = checkChoice(o.scheme, fn, 'scheme', SEGMENT_SCHEMES) ?? 'light';
  if (o.lexicon === undefined && o.words === undefined) {
    return (defaults[scheme] ??= makeResolved(scheme, builtinLexicon(), EMPTY, DEFAULT_CACHE));
  }
  let lexicon: Lexicon = builtinLexicon();
  if (o.lexicon !== undefined) {
    assertLexicon(o.lexicon, fn, 'options.lexicon');
    lexicon = o.lexicon;
  }
  let whole: ReadonlySet<string> = EMPTY;
  if (o.words !== undefined) {
    const words = o.words as unknown;
    if (words === null || typeof words !== 'object' || typeof (words as Iterable<unknown>)[Symbol.iterator] !== 'function') {
      throw new TypeError(`${fn}: option "words" must be an iterable of strings, got ${describe(words)}`);
    }
    const set = new Set<string>();
    let i = 0;
    for (const w of words as Iterable<unknown>) {
      if (typeof w !== 'string') throw new TypeError(`${fn}: option "words" must list strings, but item ${i} is ${describe(w)}`);
      const key = lexiconKey(w.trim());
      if (key.length > 0) set.add(key);
      i++;
    }
    whole = set;
  }
  return makeResolved(scheme, lexicon, whole, new Map());
}

function makeResolved(scheme: SegmentScheme, lexicon: Lexicon, whole: ReadonlySet<string>, cache: Map<string, readonly Part[]>): Resolved {
  const exact = (s: string): boolean => whole.has(s) || lexicon.has(s);
  const folded = (s: string): boolean => exact(s) || unfoldings(s).some(exact);
  return { scheme, lookup: { known: exact, whole }, foldedLookup: { known: folded, whole, folded: true }, cache, words: new Map() };
}

/**
 * Spellings a folded word may stand for: a bare initial alef for أ إ آ, a final heh for teh
 * marbuta, a final ya for alef maqsura.
 */
function unfoldings(s: string): string[] {
  if (s.length < 2) return [];
  const heads = s[0] === 'ا' ? ['ا', 'أ', 'إ', 'آ'] : [s[0]!];
  const last = s[s.length - 1]!;
  const tails = last === 'ه' ? ['ه', 'ة'] : last === 'ي' ? ['ي', 'ى'] : [last];
  const body = s.slice(1, -1);
  const out: string[] = [];
  for (const h of heads) for (const t of tails) if (h !== s[0] || t !== last) out.push(h + body + t);
  return out;
}

/**
 * True when the word has none of the letters folding removes (ة ى أ إ آ). Such a word is looked up
 * with its unfoldings when it is unknown as written but known unfolded (اعلنت, الحكومه).
 */
function mayBeFolded(letters: string): boolean {
  return !/[ةىأإآ]/.test(letters);
}

/**
 * @internal The segmentation of `word` at offset 0, frozen, from the cache of `r` when it was
 * made before.
 */
export function segmentCached(word: string, r: Resolved): Segmentation {
  let s = r.words.get(word);
  if (s === undefined) {
    s = deepFreeze(segmentWord(word, 0, r));
    if (r.words.size >= CACHE_LIMIT) r.words.clear();
    r.words.set(word, s);
  }
  return s;
}

function deepFreeze(s: Segmentation): Segmentation {
  for (const g of s.prefixes) Object.freeze(g);
  for (const g of s.suffixes) Object.freeze(g);
  Object.freeze(s.prefixes);
  Object.freeze(s.suffixes);
  Object.freeze(s.stem);
  return Object.freeze(s);
}

/** @internal The segmentation of `word`, its offsets shifted by `offset`. */
export function segmentWord(word: string, offset: number, r: Resolved): Segmentation {
  const letters = lettersOf(word);
  if (letters === undefined) return whole(word, offset);
  const text = typeof letters === 'string' ? letters : letters.text;
  let parts = r.cache.get(text);
  if (parts === undefined) {
    const lookup = mayBeFolded(text) && !r.lookup.known(text) && r.foldedLookup.known(text) ? r.foldedLookup : r.lookup;
    parts = analyze(text, lookup);
    if (r.cache.size >= CACHE_LIMIT) r.cache.clear();
    r.cache.set(text, parts);
  }
  return build(word, offset, typeof letters === 'string' ? undefined : letters.positions, parts, r.scheme);
}

interface Letters {
  readonly text: string;
  /** Offset in the word of each letter. */
  readonly positions: number[];
}

/**
 * The letters of a word without harakat and tatweel: the word itself when it has none, undefined
 * when it has anything else or is empty or too long.
 */
function lettersOf(word: string): Letters | string | undefined {
  const n = word.length;
  if (n === 0) return undefined;
  let i = 0;
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (isTransparentUnit(c)) break;
    if (letterCode(c) === 0) return undefined;
  }
  if (i === n) return n > MAX_SEGMENT_LETTERS ? undefined : word;
  let text = word.slice(0, i);
  const positions: number[] = [];
  for (let k = 0; k < i; k++) positions.push(k);
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (isTransparentUnit(c)) continue;
    if (letterCode(c) === 0) return undefined;
    text += word[i];
    positions.push(i);
  }
  if (text.length === 0 || text.length > MAX_SEGMENT_LETTERS) return undefined;
  return { text, positions };
}

function whole(word: string, offset: number): Segmentation {
  return { word, start: offset, end: offset + word.length, prefixes: [], stem: { text: word, start: offset, end: offset + word.length, role: 'stem' }, suffixes: [] };
}

/** Offset in the word of the letter at `letter` (the word's end past the last letter). */
function offsetOf(word: string, positions: readonly number[] | undefined, letter: number): number {
  if (positions === undefined) return letter;
  return letter === 0 ? 0 : letter >= positions.length ? word.length : positions[letter]!;
}

/** Groups the parts by scheme and maps them to offsets; `positions` undefined: letters = word. */
function build(word: string, offset: number, positions: readonly number[] | undefined, parts: readonly Part[], scheme: SegmentScheme): Segmentation {
  const splits = SCHEME_SPLITS[scheme];
  let first = 0;
  while (parts[first]!.role !== 'stem') first++;
  let last = first;
  while (first > 0 && !splits.has(parts[first - 1]!.role)) first--;
  while (last < parts.length - 1 && !splits.has(parts[last + 1]!.role)) last++;
  const prefixes: Segment[] = [];
  for (let i = 0; i < first; i++) prefixes.push(segmentOf(word, offset, positions, parts, i, i + 1));
  const stem = segmentOf(word, offset, positions, parts, first, last + 1);
  const suffixes: Segment[] = [];
  for (let i = last + 1; i < parts.length; i++) suffixes.push(segmentOf(word, offset, positions, parts, i, i + 1));
  return { word, start: offset, end: offset + word.length, prefixes, stem, suffixes };
}

/** The segment made of parts[from, to). A restoration shows where its letter is at an edge. */
function segmentOf(word: string, offset: number, positions: readonly number[] | undefined, parts: readonly Part[], from: number, to: number): Segment {
  const p0 = parts[from]!;
  const p1 = parts[to - 1]!;
  const start = offsetOf(word, positions, p0.from);
  const end = offsetOf(word, positions, p1.to);
  const role = to - from === 1 ? p0.role : 'stem';
  if (p0.restored === 'article-alef' || p0.restored === 'article') {
    const text = (p0.restored === 'article' ? 'ال' : 'ا') + word.slice(start, end);
    return { text, start: start + offset, end: end + offset, role, restored: p0.restored };
  }
  if (p1.restored === 'teh-marbuta' || p1.restored === 'alef-maqsura') {
    const lastLetter = positions === undefined ? p1.to - 1 : positions[p1.to - 1]!;
    const text = word.slice(start, lastLetter) + (p1.restored === 'teh-marbuta' ? 'ة' : 'ى') + word.slice(lastLetter + 1, end);
    return { text, start: start + offset, end: end + offset, role, restored: p1.restored };
  }
  return { text: word.slice(start, end), start: start + offset, end: end + offset, role };
}

/**
 * Cuts an Arabic word into its proclitics (conjunction, preposition or future س, article), its
 * stem and its suffixes (pronouns; in the `farasa` scheme also teh marbuta, number, case and
 * subject suffixes), with each segment's offsets into the word.
 *
 * Each cut is checked against the lexicon, so words that merely begin with a clitic letter stay
 * whole (وزير, بغداد, كتاب, لبنان). Spelling changes caused by clitics are reported on the segment
 * (see {@link RESTORATIONS}): لل = ل + ال, حكومتها = حكومة + ها, إليه = إلى + ه. Harakat and
 * tatweel are allowed anywhere; folded spellings (اعلنت, الحكومه) are looked up as their
 * unfolded forms. A string that is not an Arabic word (Latin, digits, spaces, more than
 * {@link MAX_SEGMENT_LETTERS} letters) comes back whole as its own stem.
 *
 * The scheme decides what is split off (see {@link SEGMENT_SCHEMES}); the analysis behind all
 * three is the same. Results are frozen, and cached by word (up to 50,000 words per scheme) when
 * no lexicon or words are given. On the WikiNews test set of the Farasa segmenter, the `farasa` scheme
 * matches the gold segmentation of about 98% of words (see bench/README.md).
 *
 * @param word - one word (never throws on a string: anything else gives a whole stem)
 * @param options - see {@link SegmentOptions}
 * @throws TypeError when `word` is not a string, RangeError for an unknown option or scheme
 *
 * @example
 * ```ts
 * import { segment } from 'akhbar/tokenize';
 * const s = segment('وبالعراق');
 * s.prefixes.map((p) => `${p.text}/${p.role}`) //=> ['و/conj', 'ب/prep', 'ال/article']
 * s.stem //=> { text: 'عراق', start: 4, end: 8, role: 'stem' }
 *
 * segment('حكومتها').stem                           //=> { text: 'حكومة', start: 0, end: 5, role: 'stem', restored: 'teh-marbuta' }
 * segment('حكومتها', { scheme: 'farasa' }).stem.text //=> 'حكوم'
 * segment('وزير').prefixes                           //=> []
 * ```
 * @category Tokenize
 */
export function segment(word: string, options?: SegmentOptions): Segmentation {
  if (typeof word !== 'string') throw new TypeError(`segment: argument "word" must be a string, got ${describe(word)}`);
  return segmentCached(word, resolveOptions(options, 'segment'));
}

/**
 * The stem of an Arabic word: {@link segment}'s stem text, with the letters clitics changed put
 * back (حكومتها → حكومة).
 *
 * @param word - one word
 * @param options - see {@link SegmentOptions} (the scheme decides how much is cut off)
 * @throws TypeError when `word` is not a string, RangeError for an unknown option or scheme
 *
 * @example
 * ```ts
 * import { stem } from 'akhbar/tokenize';
 * stem('وبالعراق')                        //=> 'عراق'
 * stem('للعراق', { scheme: 'atb' })      //=> 'العراق'
 * stem('ومواقعهم')                       //=> 'مواقع'
 * stem('المتحدة', { scheme: 'farasa' }) //=> 'متحد'
 * ```
 * @category Tokenize
 */
export function stem(word: string, options?: SegmentOptions): string {
  if (typeof word !== 'string') throw new TypeError(`stem: argument "word" must be a string, got ${describe(word)}`);
  return segmentCached(word, resolveOptions(options, 'stem')).stem.text;
}
