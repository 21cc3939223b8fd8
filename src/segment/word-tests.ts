/**
 * Tests of what a string of letters is, asked of the lexicon: a past or imperfect verb, a word that
 * begins with a clitic letter of its own, a noun with a sound plural or a dual, an accusative.
 * Each test names the forms it looks up.
 *
 * @internal
 */
import type { Known } from './part.js';
import { ALEF, ALEF_MAQSURA, ARTICLE, BEH, KAF, LAM, MIN_STEM, TEH, TEH_MARBUTA, YEH } from './letters.js';

/**
 * A known past-tense verb: xتم or xوا is a word (دعوا for دعا, التقوا for التقى). For a word in ل
 * only when `lamInitial` says its ل is a letter of its own: otherwise it also reads ل + a verb
 * (لفهموا, لشغلتم).
 */
export function isVerb(x: string, known: Known, lamInitial = false): boolean {
  if (x[0] === LAM && !lamInitial) return false;
  if (known(x + 'تم')) return true;
  const last = x[x.length - 1];
  return known(x + 'وا') || ((last === ALEF || last === ALEF_MAQSURA) && known(x.slice(0, -1) + 'وا'));
}

/**
 * A word that begins with ب ك ل as a letter of its own: it takes ب itself (ببغداد, بكتاب) or is a
 * verb (بلغ, كشف), also once an accusative alef, a subject ت or a pronoun is taken off.
 */
export function isBase(x: string, known: Known): boolean {
  if (known(BEH + x) || isVerb(x, known)) return true;
  for (const [end, least] of BASE_ENDINGS) {
    if (x.length - end.length < least || !x.endsWith(end)) continue;
    const y = x.slice(0, x.length - end.length);
    if (known(y) && (known(BEH + y) || isVerb(y, known))) return true;
  }
  return false;
}

/** Endings taken off for the test, with the fewest letters that must remain (سيكون is not سيك + ون). */
const BASE_ENDINGS: ReadonlyArray<readonly [ending: string, least: number]> = [
  ['ا', 3], ['ت', 3], ['وا', 3], ['نا', 3], ['ون', 4], ['ان', 4], ['ها', 4], ['هم', 4], ['ه', 3],
];

/** ال followed by at least a stem's worth of letters. */
export function startsWithArticle(s: string): boolean {
  return s.length >= 2 + MIN_STEM && s.startsWith(ARTICLE);
}

/** بال كال لل (and the like) followed by a stem. */
export function startsWithProcliticArticle(s: string): boolean {
  const c = s[0];
  if (c === LAM && s[1] === LAM) return s.length >= 2 + MIN_STEM;
  return (c === BEH || c === KAF) && startsWithArticle(s.slice(1));
}

/** A known word, or one with its hamza on ya or waw (before a suffix) written on the line. */
export function knownHamza(x: string, known: Known): boolean {
  if (known(x)) return true;
  const last = x[x.length - 1];
  return (last === 'ئ' || last === 'ؤ') && known(x.slice(0, -1) + 'ء');
}

/** x takes the sound masculine plural: xون and xين are words, and so are the noun x and xة. */
export function isSoundPlural(x: string, known: Known): boolean {
  return x.length > MIN_STEM && known(x + 'ون') && known(x + 'ين') && known(x + TEH_MARBUTA) && known(ARTICLE + x);
}

/** x is a noun with a dual: x, xان and الx are words. */
export function isDual(x: string, known: Known): boolean {
  return x.length > MIN_STEM && known(x) && known(x + 'ان') && known(ARTICLE + x);
}

/** x is an imperfect verb: it starts with ي or ت and takes the plural ون. */
export function isImperfect(x: string, known: Known): boolean {
  return x.length > MIN_STEM && (x[0] === YEH || x[0] === TEH) && known(x) && known(x + 'ون');
}

/**
 * b is x + the alef of the accusative tanween: x is a noun or adjective (الx is a word), and b is
 * not a name in ـيا that takes a preposition (بسوريا, but not بعالميا).
 */
export function isAccusative(b: string, x: string, known: Known): boolean {
  if (x.length < MIN_STEM) return false;
  const noun = x[x.length - 1] === 'ئ' ? x.slice(0, -1) + 'ء' : x;
  if (!known(noun) || !known(ARTICLE + noun)) return false;
  return !(x[x.length - 1] === YEH && known(BEH + b));
}

