/**
 * The data types of clitic segmentation.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Restoration, SegmentRole, SegmentScheme } from './roles.js';

/**
 * One segment of a word: a clitic, an affix or the stem.
 *
 * `start` and `end` are UTF-16 offsets: into the word for {@link segment}, into the original text
 * for {@link segmentTokens}. Harakat and tatweel stay with the letter they follow, so the
 * segments of a word cover it without gaps. `text` is the segment as written, except where a
 * clitic changed a letter: then `restored` names the change and `text` has the letter put back
 * (the ل that stands for ال in للعراق has the text ال).
 *
 * @example
 * ```ts
 * import { segment, type Segment } from 'akhbar/tokenize';
 * const article: Segment = segment('للعراق').prefixes[1]!;
 * article //=> { text: 'ال', start: 1, end: 2, role: 'article', restored: 'article-alef' }
 * ```
 * @category Tokenize
 */
export interface Segment {
  /** The segment, with the letter a clitic changed put back (see `restored`). */
  readonly text: string;
  /** Offset of the segment's first code unit. */
  readonly start: number;
  /** Offset just past the segment's last code unit. */
  readonly end: number;
  /** What the segment is. */
  readonly role: SegmentRole;
  /** The letter restoration that makes `text` differ from the written segment, if any. */
  readonly restored?: Restoration;
}

/**
 * A word cut into its proclitics, its stem and its suffixes. Joined in order, the segments'
 * written forms (`word.slice(s.start - start, s.end - start)`) give back the word.
 *
 * @example
 * ```ts
 * import { segment, type Segmentation } from 'akhbar/tokenize';
 * const s: Segmentation = segment('وبالعراق');
 * [...s.prefixes, s.stem, ...s.suffixes].map((x) => x.text) //=> ['و', 'ب', 'ال', 'عراق']
 * ```
 * @category Tokenize
 */
export interface Segmentation {
  /** The word as given (or as it stands in the text). */
  readonly word: string;
  /** Offset of the word: 0 for {@link segment}, the token's start for {@link segmentTokens}. */
  readonly start: number;
  /** Offset just past the word. */
  readonly end: number;
  /** Conjunction, preposition or future particle, and article, in order. */
  readonly prefixes: readonly Segment[];
  /** The stem (for a word that cannot be cut, the whole word). */
  readonly stem: Segment;
  /** Number, gender, case and subject suffixes, then the pronoun, in order. */
  readonly suffixes: readonly Segment[];
}

/**
 * Options of {@link segment}, {@link stem} and {@link segmentTokens}.
 *
 * @example
 * ```ts
 * import { segment, type SegmentOptions } from 'akhbar/tokenize';
 * const options: SegmentOptions = { scheme: 'farasa', words: ['كوباني'] };
 * segment('لكوباني', options).stem.text //=> 'كوباني'
 * ```
 * @category Tokenize
 */
export interface SegmentOptions {
  /** Which segments to split off: `light` (default), `atb` or `farasa` (see {@link SEGMENT_SCHEMES}). */
  scheme?: SegmentScheme;
  /**
   * The lexicon that decides which pieces are words. Default: {@link builtinLexicon}. To add words
   * to it rather than replace it, pass `mergeLexicons(builtinLexicon(), yours)` or use `words`.
   */
  lexicon?: Lexicon;
  /**
   * Words to keep whole (names, terms of your domain), which also count as known: with `words:
   * ['بلاك']`, بلاك stays whole and وبلاك is و + بلاك. Harakat and tatweel in them are ignored.
   */
  words?: Iterable<string>;
}
