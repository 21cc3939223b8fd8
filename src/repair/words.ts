/**
 * Helpers shared by the word-level detectors: letters, proclitics and lookups.
 *
 * @internal
 */
import { stemStarts } from '../lexicon/clitics.js';
import { isTransparentUnit as isMarkOrTatweel } from '../lexicon/dawg.js';
import { hasRange, type Lexicon } from '../lexicon/lexicon.js';

export const ALEF = 0x0627, ALEF_HAMZA_ABOVE = 0x0623, ALEF_HAMZA_BELOW = 0x0625, ALEF_MADDA = 0x0622;
export const YEH = 0x064a, ALEF_MAQSURA = 0x0649, TEH_MARBUTA = 0x0629, LAM = 0x0644;

/** An Arabic letter the lexicon knows (hamza to yeh, without tatweel). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a);
}

/** Harakat and tatweel: the code units a lexicon lookup skips. */
export { isTransparentUnit as isMarkOrTatweel } from '../lexicon/dawg.js';
export { stemStarts, type CliticClass } from '../lexicon/clitics.js';

/** True when s[from, to) is made of Arabic letters, harakat and tatweel only, with a letter first. */
export function isPlainArabicWord(s: string, from: number, to: number): boolean {
  if (from >= to || !isArabicLetter(s.charCodeAt(from))) return false;
  for (let i = from + 1; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isArabicLetter(c) && !isMarkOrTatweel(c)) return false;
  }
  return true;
}

/** Index of the last letter of s[from, to) (skipping trailing harakat), or -1. */
export function lastLetter(s: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!isMarkOrTatweel(s.charCodeAt(i))) return i;
  return -1;
}

/** `lex.has` for s[from, to) with the code unit at `at` replaced by `unit`. */
export function hasWith(lex: Lexicon, s: string, from: number, to: number, at: number, unit: number): boolean {
  const w = s.slice(from, at) + String.fromCharCode(unit) + s.slice(at + 1, to);
  return lex.has(w);
}

/** `lex.has` for a range. */
export function known(lex: Lexicon, s: string, from: number, to: number): boolean {
  return hasRange(lex, s, from, to);
}

/**
 * A looser `known`: also accepts the word when it is known with a hamza on a bare initial alef
 * (after proclitics), with alef maqsura for a final ya or the reverse, or with teh marbuta for a
 * final heh. Used where a spelling slip must not make a word look unknown.
 */
export function knownLoose(lex: Lexicon, s: string, from: number, to: number): boolean {
  return known(lex, s, from, to) || knownAsVariant(lex, s, from, to);
}

/** `knownLoose` but for the word as written (which the caller knows to be unknown). */
function knownAsVariant(lex: Lexicon, s: string, from: number, to: number): boolean {
  if (knownWithOtherLastLetter(lex, s, from, to)) return true;
  for (const p of stemStarts(s, from, to, 'all')) {
    const a = s.charCodeAt(p);
    if (!isAlefToVary(a)) continue;
    for (const v of ALEF_FORMS) if (v !== a && hasWith(lex, s, from, to, p, v)) return true;
  }
  return false;
}

/** The alef forms a loose match tries at a stem start. */
export const ALEF_FORMS: readonly number[] = [ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA];

/** An alef at a stem start that a loose match writes with the other ALEF_FORMS (not alef madda). */
export const isAlefToVary = (c: number): boolean => c === ALEF || c === ALEF_HAMZA_ABOVE || c === ALEF_HAMZA_BELOW;

/** The first way of `knownAsVariant`: known with alef maqsura for a final ya or the reverse, or teh marbuta for a final heh. */
export function knownWithOtherLastLetter(lex: Lexicon, s: string, from: number, to: number): boolean {
  const last = lastLetter(s, from, to);
  if (last < 0) return false;
  const c = s.charCodeAt(last);
  if (c === YEH) return hasWith(lex, s, from, to, last, ALEF_MAQSURA);
  if (c === ALEF_MAQSURA) return hasWith(lex, s, from, to, last, YEH);
  if (c === 0x0647) return hasWith(lex, s, from, to, last, TEH_MARBUTA);
  return false;
}
