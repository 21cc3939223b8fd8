/**
 * The letters the segmentation rules name, and the shortest stem they leave.
 *
 * @internal
 */

export const WAW = 'و', FEH = 'ف', BEH = 'ب', KAF = 'ك', LAM = 'ل', SEEN = 'س';
export const ARTICLE = 'ال';
export const TEH = 'ت', TEH_MARBUTA = 'ة', ALEF = 'ا', ALEF_MAQSURA = 'ى', YEH = 'ي';
/** Imperfect verb prefixes, after which a س is the future particle. */
export const IMPERFECT = 'يتنأ';
/** Fewest letters a stem of an open-class word keeps. */
export const MIN_STEM = 2;
