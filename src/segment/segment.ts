/**
 * segment() and stem(): one word cut into clitics, stem and suffixes, with offsets.
 */
import { describe } from '../_lib/args.js';
import { finestParts } from './analyze.js';
import { mayBeFolded } from './folding.js';
import { CACHE_LIMIT, resolveOptions, type Resolved } from './options.js';
import { build, lettersOf, whole } from './place.js';
import type { Segmentation, SegmentOptions } from './segmentation.js';

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
  const lookup = mayBeFolded(text) && !r.lookup.known(text) && r.foldedLookup.known(text) ? r.foldedLookup : r.lookup;
  const parts = finestParts(text, lookup);
  return build(word, offset, typeof letters === 'string' ? undefined : letters.positions, parts, r.scheme);
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
