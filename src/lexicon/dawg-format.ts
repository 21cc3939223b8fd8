/**
 * The binary layout of akhbar's lexicon DAWG, shared by the builder (scripts/build-lexicon.ts) and
 * the reader (dawg.ts).
 *
 * The automaton is an array of 32-bit edges. A state is the run of edges that leave it; the run's
 * last edge has the LAST bit. An edge packs its letter (index into {@link DAWG_ALPHABET}, from 1),
 * whether the word that ends with this edge is in the lexicon (FINAL), and the index of the first
 * edge of the state it leads to (0 when that state has no edges). Edge 0 is unused; the start
 * state's edges begin at index 1.
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
