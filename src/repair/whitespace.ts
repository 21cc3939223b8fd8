/**
 * @internal
 * Stray white space: trailing spaces at line ends, repeated spaces inside a line, a space before
 * punctuation that closes the word before it, and a missing space after punctuation glued to the
 * next word.
 */
import { CHAR_CLASS as C } from '../_lib/char-class-codes.js';
import { bmpClasses } from '../_lib/char-class.js';
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
const C_TATWEEL = C.TATWEEL;

/** Punctuation written against the word before it and followed by a space: ، ؛ ؟ . , : ! ? */
function isClosingPunct(c: number): boolean {
  return isMovablePunct(c) || c === 0x3f;
}

/**
 * Closing brackets and quotation marks (and the marks that can close, « too since the quote repair
 * may turn it round): what may follow punctuation that ends a word.
 */
function isCloser(c: number): boolean {
  return c === 0xbb || c === 0xab || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x22 || c === 0x201d || c === 0x201c || c === 0x2019 || c === 0x27 || c === 0x203a;
}

/** An Arabic letter of the basic block, U+0621–U+064A. */
function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

/**
 * @internal
 * Proposes white-space repairs: deletes spaces and tabs (and no-break spaces) at line ends, reduces
 * runs of spaces inside a line to one (leaving indentation and tabulation alone), deletes spaces
 * before ، ؛ ؟ . , : ! ? when the mark closes the word before it, and inserts a space after those
 * marks when an Arabic letter is glued to them (not inside a URL, e-mail address or number, nor
 * after a one-letter abbreviation like أ.د). Linear in the text's length.
 */
export function detectWhitespace(ctx: RepairContext): EditBuffer {
  const { text, tokens } = ctx;
  const n = text.length;
  const table = bmpClasses();
  const edits = new EditBuffer(text);
  let tk = 0; // first token that does not end before the current position

  /** Should a space go after the punctuation at `p` (glued to an Arabic letter)? */
  const missingSpaceAfter = (p: number): boolean => {
    const c = text.charCodeAt(p);
    if (!isClosingPunct(c) || p + 1 >= n || !isArabicLetter(text.charCodeAt(p + 1))) return false;
    // Inside one token (a URL, an e-mail address, a hashtag): not a sentence's punctuation.
    while (tk < tokens.count && tokens.ends[tk]! <= p) tk++;
    if (tk < tokens.count && tokens.starts[tk]! <= p && tokens.ends[tk]! > p + 1) return false;
    if (c === 0x2e) {
      // A one-letter abbreviation: أ.د, ق.م, د.محمد.
      const b = p > 0 ? text.charCodeAt(p - 1) : -1;
      if (isArabicLetter(b)) {
        const bb = p > 1 ? text.charCodeAt(p - 2) : -1;
        if (bb < 0 || bb === 0x2e || table[bb] === C_SPACE || table[bb] === C_NEWLINE) return false;
      }
      // The domain of an Arabic site name: الجزيرة.نت.
      if (isDomain(text, p + 1, 'نت') || isDomain(text, p + 1, 'كوم')) return false;
    }
    return true;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (table[c] !== C_SPACE) {
      if (c < 0x700 && isClosingPunct(c) && missingSpaceAfter(i)) {
        const mark = text[i]!;
        edits.add('whitespace', i + 1, i + 1, ' ', 0.85, `No space after "${mark}", which is glued to the next word.`);
      }
      i++;
      continue;
    }
    let e = i;
    let tab = false;
    while (e < n && table[text.charCodeAt(e)] === C_SPACE) {
      if (text.charCodeAt(e) === 0x09) tab = true;
      e++;
    }
    if (e >= n || table[text.charCodeAt(e)] === C_NEWLINE) {
      edits.add('whitespace', i, e, '', 0.99, 'White space at the end of a line.');
    } else if (i === 0 || table[text.charCodeAt(i - 1)] === C_NEWLINE) {
      // Indentation: left alone.
    } else if (isClosingPunct(text.charCodeAt(e)) && closesWord(text, e, n, table, missingSpaceAfter) && endsWord(text.charCodeAt(i - 1), table)) {
      const mark = text[e]!;
      edits.add('whitespace', i, e, '', 0.9, `White space before "${mark}", which closes the word before it.`);
    } else if (e - i >= 2 && !tab) {
      edits.add('whitespace', i + 1, e, '', 0.95, 'Repeated spaces inside a line: one is enough.');
    }
    i = e;
  }
  return edits;
}

/** Is `word` at `p`, followed by something other than an Arabic letter or mark? */
function isDomain(text: string, p: number, word: string): boolean {
  if (!text.startsWith(word, p)) return false;
  const q = p + word.length;
  if (q >= text.length) return true;
  const c = text.charCodeAt(q);
  return !isArabicLetter(c) && !(c >= 0x064b && c <= 0x0652);
}

/** Does the punctuation at `p` close the word before it: followed by a space, a line end, the end, a closing mark, or (about to get) a space before the next word? */
function closesWord(text: string, p: number, n: number, table: Uint8Array, spaceAfter: (p: number) => boolean): boolean {
  if (p + 1 >= n) return true;
  const d = text.charCodeAt(p + 1);
  const k = table[d];
  return k === C_SPACE || k === C_NEWLINE || isCloser(d) || spaceAfter(p);
}

/** Can the code unit `c` end a word that punctuation then follows: a letter, a mark, a digit, a closing quotation mark or bracket, a percent sign? */
function endsWord(c: number, table: Uint8Array): boolean {
  const k = table[c];
  return k === C_AR_LETTER || k === C_LETTER || k === C_MARK || k === C_DIGIT || k === C_TATWEEL || isCloser(c) || c === 0x25 || c === 0x66a;
}
