/**
 * Finds paragraphs: runs of non-blank lines, where a line break ends a paragraph unless the line
 * looks hard-wrapped (cut at a fixed width in the middle of a sentence).
 */
import { CHAR_CLASS as C } from '../_lib/char-class-codes.js';
import { astralClass, bmpClasses } from '../_lib/char-class.js';
import { CLOSER, TERMINAL, TOGGLE, punctRoles } from './punct-roles.js';

// Local copies of the codes: the hot loops then read constants, not imported bindings.
const C_IGNORABLE = C.IGNORABLE;
const C_NEWLINE = C.NEWLINE;
const C_SPACE = C.SPACE;
const C_ZWJ = C.ZWJ;
const C_EMOJI_TAG = C.EMOJI_TAG;

/**
 * Shortest line, in UTF-16 code units, that {@link paragraphs} takes for a hard-wrapped line:
 * shorter lines (titles, datelines) end their paragraph.
 *
 * @example
 * ```ts
 * import { paragraphs, WRAP_MIN_WIDTH } from 'akhbar';
 * WRAP_MIN_WIDTH;                                  //=> 20
 * paragraphs('بغداد\nأعلنت الحكومة خطة جديدة لإعادة الإعمار.').length;  //=> 2
 * ```
 * @category Tokenize
 */
export const WRAP_MIN_WIDTH = 20;

/**
 * Longest line that {@link paragraphs} takes for a hard-wrapped line: longer lines are whole
 * paragraphs (text wrapped by hand or by a mail client is narrower).
 *
 * @example
 * ```ts
 * import { WRAP_MAX_WIDTH } from 'akhbar';
 * WRAP_MAX_WIDTH;
 * //=> 300
 * ```
 * @category Tokenize
 */
export const WRAP_MAX_WIDTH = 300;

/**
 * A hard-wrapped line is at least this fraction of the length of the line after it; a short line
 * above a long one (a title above its article) ends its paragraph.
 *
 * @example
 * ```ts
 * import { paragraphs, WRAP_RATIO } from 'akhbar';
 * WRAP_RATIO;  //=> 0.7
 * const wrapped = 'قالت مصادر دبلوماسية إن المشاورات بين العواصم المعنية\nما زالت مستمرة حتى الآن.';
 * paragraphs(wrapped).length;  //=> 1
 * ```
 * @category Tokenize
 */
export const WRAP_RATIO = 0.7;

/**
 * @internal
 * Paragraph boundaries as a flat array [start0, end0, start1, end1, …] of trimmed content offsets.
 * Linear in the length of `s`.
 */
export function paragraphBounds(s: string): number[] {
  const table = bmpClasses();
  const roles = punctRoles();
  const n = s.length;
  const out: number[] = [];
  let paraStart = -1; // content start of the open paragraph
  let paraEnd = -1;
  // The previous non-blank line, pending a decision on whether its line break is soft.
  let prevLen = -1;
  let prevTerminal = false;
  let i = 0;
  while (i <= n) {
    // One line: [i, lineEnd), then its break of width `brk` (0 at the end of the text).
    let lineEnd = i;
    while (lineEnd < n && table[s.charCodeAt(lineEnd)] !== C_NEWLINE) lineEnd++;
    const brkChar = lineEnd < n ? s.charCodeAt(lineEnd) : -1;
    const brk = brkChar === 0x0d && lineEnd + 1 < n && s.charCodeAt(lineEnd + 1) === 0x0a ? 2 : lineEnd < n ? 1 : 0;
    let a = i;
    let b = lineEnd;
    for (let w = blankAt(s, a, b, table); w > 0; w = blankAt(s, a, b, table)) a += w;
    for (let w = blankBefore(s, a, b, table); w > 0; w = blankBefore(s, a, b, table)) b -= w;
    if (a === b) {
      // Blank line: closes any open paragraph.
      if (paraStart >= 0) { out.push(paraStart, paraEnd); paraStart = -1; }
      prevLen = -1;
    } else {
      const len = b - a;
      if (paraStart >= 0 && !(prevLen >= 0 && !prevTerminal && prevLen >= WRAP_MIN_WIDTH && prevLen <= WRAP_MAX_WIDTH && prevLen >= WRAP_RATIO * len)) {
        out.push(paraStart, paraEnd);
        paraStart = -1;
      }
      if (paraStart < 0) paraStart = a;
      paraEnd = b;
      prevLen = len;
      prevTerminal = endsSentence(s, a, b, roles);
    }
    if (brkChar === 0x2029 && paraStart >= 0) { out.push(paraStart, paraEnd); paraStart = -1; prevLen = -1; }
    if (brk === 0) break;
    i = lineEnd + brk;
  }
  if (paraStart >= 0) out.push(paraStart, paraEnd);
  return out;
}

/** White space and the invisible characters the tokenizer also skips (a variation selector is not one: it belongs to the character before it). */
function isBlank(k: number): boolean {
  return k === C_SPACE || k === C_IGNORABLE || k === C_NEWLINE || k === C_ZWJ || k === C_EMOJI_TAG;
}

/** Width of the blank code point starting at `a` (within [a, b)), or 0 when it is not blank. */
function blankAt(s: string, a: number, b: number, table: Uint8Array): number {
  if (a >= b) return 0;
  const c = s.charCodeAt(a);
  if (c >= 0xd800 && c <= 0xdbff && a + 1 < b) {
    const d = s.charCodeAt(a + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isBlank(astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) ? 2 : 0;
  }
  return isBlank(table[c]!) ? 1 : 0;
}

/** Width of the blank code point ending at `b` (within [a, b)), or 0 when it is not blank. */
function blankBefore(s: string, a: number, b: number, table: Uint8Array): number {
  if (b <= a) return 0;
  const d = s.charCodeAt(b - 1);
  if (d >= 0xdc00 && d <= 0xdfff && b - 2 >= a) {
    const c = s.charCodeAt(b - 2);
    if (c >= 0xd800 && c <= 0xdbff) return isBlank(astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) ? 2 : 0;
  }
  return isBlank(table[d]!) ? 1 : 0;
}

/** Does the line [a, b) end with sentence-final punctuation, possibly followed by closing quotes or brackets? */
function endsSentence(s: string, a: number, b: number, roles: Uint8Array): boolean {
  let j = b - 1;
  while (j >= a && roles[s.charCodeAt(j)]! & (CLOSER | TOGGLE)) j--;
  return j >= a && (roles[s.charCodeAt(j)]! & TERMINAL) !== 0;
}
