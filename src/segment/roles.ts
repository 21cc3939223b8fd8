/**
 * What each segment of a word is, and which segments each segmentation scheme splits off.
 */

/**
 * Roles of the segments of a word, in the order they can occur:
 *
 * | role | segments | example |
 * |---|---|---|
 * | `conj` | و ف | **و**بالعراق |
 * | `prep` | ب ل ك | و**ب**العراق |
 * | `future` | س | و**س**يقام |
 * | `article` | ال (ل in لل) | وب**ال**عراق |
 * | `stem` | the rest | وبال**عراق** |
 * | `fem` | ة (ت before a pronoun) | حكوم**ة** |
 * | `plural` | plural and dual suffixes ات ون ين (also ين of the dual, as in جلست**ين**), and و ي of a construct plural | ترشيح**ات** |
 * | `case` | the alef of the accusative tanween | عدد**ا** |
 * | `subject` | subject suffixes of verbs: ت وا ون ان, and نا after a past verb | أعلن**ت**, قرر**نا** |
 * | `pron` | pronoun suffixes: ه ها هما هم هن ك كما كم كن ي ني نا | مواقع**هم** |
 *
 * @example
 * ```ts
 * import { SEGMENT_ROLES } from 'akhbar/tokenize';
 * SEGMENT_ROLES.includes('article') //=> true
 * ```
 * @category Tokenize
 */
export const SEGMENT_ROLES = ['conj', 'prep', 'future', 'article', 'stem', 'fem', 'plural', 'case', 'subject', 'pron'] as const;

/**
 * The role of a segment: see {@link SEGMENT_ROLES}.
 *
 * @example
 * ```ts
 * import type { SegmentRole } from 'akhbar/tokenize';
 * const role: SegmentRole = 'pron';
 * ```
 * @category Tokenize
 */
export type SegmentRole = (typeof SEGMENT_ROLES)[number];

/** Roles that come before the stem. @internal */
export const PREFIX_ROLES: ReadonlySet<SegmentRole> = new Set(['conj', 'prep', 'future', 'article']);

/**
 * The segmentation schemes of {@link segment}:
 *
 * | scheme | splits off | وبالعراق | حكومتها | المتحدة | أعلنت |
 * |---|---|---|---|---|---|
 * | `light` (default) | conjunctions, prepositions, future س, the article, pronouns (not the subject suffixes of verbs) | و+ب+ال+عراق | حكومة+ها | ال+متحدة | أعلنت |
 * | `atb` | as `light`, but the article stays on the stem (Penn Arabic Treebank) | و+ب+العراق | حكومة+ها | المتحدة | أعلنت |
 * | `farasa` | as `light`, plus teh marbuta, number suffixes, the accusative alef and verb subject suffixes (Farasa) | و+ب+ال+عراق | حكوم+ة+ها | ال+متحد+ة | أعلن+ت |
 *
 * @example
 * ```ts
 * import { SEGMENT_SCHEMES } from 'akhbar/tokenize';
 * SEGMENT_SCHEMES //=> ['light', 'atb', 'farasa']
 * ```
 * @category Tokenize
 */
export const SEGMENT_SCHEMES = ['light', 'atb', 'farasa'] as const;

/**
 * A segmentation scheme: see {@link SEGMENT_SCHEMES}.
 *
 * @example
 * ```ts
 * import type { SegmentScheme } from 'akhbar/tokenize';
 * const scheme: SegmentScheme = 'atb';
 * ```
 * @category Tokenize
 */
export type SegmentScheme = (typeof SEGMENT_SCHEMES)[number];

/** The roles each scheme splits off; the others stay on the stem. @internal */
export const SCHEME_SPLITS: Readonly<Record<SegmentScheme, ReadonlySet<SegmentRole>>> = {
  light: new Set(['conj', 'prep', 'future', 'article', 'pron']),
  atb: new Set(['conj', 'prep', 'future', 'pron']),
  farasa: new Set(['conj', 'prep', 'future', 'article', 'fem', 'plural', 'case', 'subject', 'pron']),
};

/**
 * Letter restorations: where a clitic changes the spelling of its neighbour, the segment's `text`
 * gives the dictionary spelling and `restored` says what was put back:
 *
 * | restoration | written | segments |
 * |---|---|---|
 * | `article-alef` | للعراق | ل + **ال** + عراق (the alef of ال is dropped after ل) |
 * | `article` | للجنة | ل + **ال** + لجنة (before a word in ل, the article is written by doubling the lam alone: the segment is empty) |
 * | `teh-marbuta` | حكومتها | **حكومة** + ها (ة is written ت before a suffix) |
 * | `alef-maqsura` | إليه, مستواه | **إلى** + ه, **مستوى** + ه (ى is written ي or ا before a suffix) |
 *
 * @example
 * ```ts
 * import { RESTORATIONS } from 'akhbar/tokenize';
 * RESTORATIONS //=> ['article-alef', 'article', 'teh-marbuta', 'alef-maqsura']
 * ```
 * @category Tokenize
 */
export const RESTORATIONS = ['article-alef', 'article', 'teh-marbuta', 'alef-maqsura'] as const;

/**
 * A letter restoration: see {@link RESTORATIONS}.
 *
 * @example
 * ```ts
 * import type { Restoration } from 'akhbar/tokenize';
 * const r: Restoration = 'teh-marbuta';
 * ```
 * @category Tokenize
 */
export type Restoration = (typeof RESTORATIONS)[number];
