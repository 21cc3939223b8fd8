/**
 * @internal
 * Punctuation displaced by right-to-left copying: a sentence-final number loses its punctuation to
 * the front (`سبتمبر/أيلول .2001 ووفقاً` for `سبتمبر/أيلول 2001. ووفقاً`).
 */
import { CHAR_CLASS as C } from '../_lib/char-class-codes.js';
import { bmpClasses } from '../_lib/char-class.js';
import { TOKEN_KIND_CODE } from '../tokenize/kinds.js';
import type { RepairContext } from './context.js';
import { EditBuffer } from './edit-buffer.js';
import { isMovablePunct } from './punct.js';

// Local copies of the codes: hot loops then read constants, not imported bindings.
const C_AR_LETTER = C.AR_LETTER;
const C_DIGIT = C.DIGIT;
const C_LETTER = C.LETTER;
const C_MARK = C.MARK;
const C_NEWLINE = C.NEWLINE;
const C_SPACE = C.SPACE;

const PUNCT = TOKEN_KIND_CODE.punct;
const NUMBER = TOKEN_KIND_CODE.number;

const PERCENT_WORDS = ['في المئة', 'في المائة', 'بالمئة', 'بالمائة'];

/** Does a percentage word follow the number that ends at `end` (after one space)? */
function percentFollows(text: string, end: number): boolean {
  for (const w of PERCENT_WORDS) if (text.startsWith(w, end + 1)) return true;
  return false;
}

/**
 * @internal
 * Proposes moving a punctuation mark from the front of a number to its end: the mark stands alone
 * after white space (or at a line start), is glued to the number, and the number is followed by
 * white space or the end; the nearest non-blank character before it is a letter (the end of a
 * word, as in `سبتمبر/أيلول .2001`). A full stop that may be a decimal point is left alone: before
 * a one-digit number (` .5`), a percentage (`.20%`) or a number followed by في المئة. One edit per
 * mark, from the mark to the number's end. Linear in the number of tokens.
 */
export function detectBidiPunct(ctx: RepairContext): EditBuffer {
  const { text, tokens } = ctx;
  const n = text.length;
  const table = bmpClasses();
  const edits = new EditBuffer(text);
  for (let t = 0; t + 1 < tokens.count; t++) {
    if (tokens.kinds[t] !== PUNCT || tokens.kinds[t + 1] !== NUMBER) continue;
    const p = tokens.starts[t]!;
    if (tokens.ends[t] !== p + 1 || tokens.starts[t + 1] !== p + 1 || p === 0) continue;
    const mark = text.charCodeAt(p);
    if (!isMovablePunct(mark)) continue;
    const before = table[text.charCodeAt(p - 1)];
    if (before !== C_SPACE && before !== C_NEWLINE) continue;
    const end = tokens.ends[t + 1]!;
    if (end < n) {
      const after = table[text.charCodeAt(end)];
      if (after !== C_SPACE && after !== C_NEWLINE) continue;
    }
    if (mark === 0x2e) {
      // A decimal point written without its zero: `.5`, `.25 في المئة`, `.20%`.
      let digits = 0;
      for (let j = p + 1; j < end && digits < 2; j++) if (table[text.charCodeAt(j)] === C_DIGIT) digits++;
      if (digits < 2 || table[text.charCodeAt(end - 1)] !== C_DIGIT || percentFollows(text, end)) continue;
    }
    let j = p - 1;
    while (j >= 0 && (table[text.charCodeAt(j)] === C_SPACE || table[text.charCodeAt(j)] === C_NEWLINE)) j--;
    if (j < 0) continue;
    const k = table[text.charCodeAt(j)];
    if (k !== C_AR_LETTER && k !== C_LETTER && k !== C_MARK) continue;
    edits.add('bidi-punct', p, end, text.slice(p + 1, end) + text[p]!, 0.9,
      `"${text[p]!}" stands glued to the front of a number that ends a phrase: right-to-left copying moved it from the number's end.`);
  }
  return edits;
}
