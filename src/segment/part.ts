/**
 * What the analysis of a word works with and returns: segments as letter ranges, and the lookups
 * it consults.
 *
 * @internal
 */
import type { Restoration, SegmentRole } from './roles.js';

/** A segment of the letters of a word: [from, to) in letter offsets. */
export interface Part {
  readonly from: number;
  readonly to: number;
  readonly role: SegmentRole;
  readonly restored?: Restoration;
}

/** Lexicon test on a string of letters. */
export type Known = (letters: string) => boolean;

/** What analyze() consults: the lexicon, and the user's words to keep whole. */
export interface Lookup {
  readonly known: Known;
  /** Words (letters only) kept whole, besides the built-in ones; proclitics before them are split. */
  readonly whole: ReadonlySet<string>;
  /** The word may be folded (no ة ى أ إ آ): a final ه may stand for ة. */
  readonly folded?: boolean;
}
