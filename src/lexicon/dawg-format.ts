/**
 * The binary layout of akhbar's lexicon DAWG, shared by the builder (scripts/build-lexicon.ts) and
 * the reader (dawg.ts).
 *
 * The automaton is an array of 32-bit words. A state with outgoing edges is a header of two words,
 * the bitmap of the letter codes it has edges for (codes 0–31 in the first word, 32–63 in the
 * second), followed by its edges in code order: the edge for a code is found in one step by
 * counting the bits below it. An edge packs its letter (index into {@link DAWG_ALPHABET}, from 1),
 * whether the word that ends with this edge is in the lexicon (FINAL), the LAST bit on a state's
 * last edge, and the index of the header of the state it leads to (0 when that state has no
 * edges). Word 0 is unused; the start state's header is at index 1.
 *
 * @internal
 */

/** The letters a lexicon word may contain: hamza to ghain, feh to yeh (U+0621–U+063A, U+0641–U+064A). */
export const DAWG_ALPHABET =
  'ءآأؤإئابةتثجحخدذرزسشصضطظعغ' + 'فقكلمنهوىي';

/** Bit fields of an edge. */
export const EDGE = {
  CHAR_MASK: 0x3f,
  LAST: 0x40,
  FINAL: 0x80,
  TARGET_SHIFT: 8,
  TARGET_MAX: 0xffffff,
} as const;

/** Index of the start state's first edge. */
export const DAWG_ROOT = 1;
