/**
 * @internal
 * Quotation marks: guillemets written the wrong way round, and quotation marks glued to the word
 * outside them or spaced from the words inside them (`تنظيم»داعش»حتى` → `تنظيم «داعش» حتى`).
 */
import { CHAR_CLASS as C } from '../_lib/char-class-codes.js';
import { bmpClasses } from '../_lib/char-class.js';
import type { RepairContext } from './context.js';
import { EditBuffer } from './edit-buffer.js';
import { findHardWraps } from './hard-wrap.js';

// Local copies of the codes: hot loops then read constants, not imported bindings.
const C_AR_LETTER = C.AR_LETTER;
const C_DIGIT = C.DIGIT;
const C_IGNORABLE = C.IGNORABLE;
const C_LETTER = C.LETTER;
const C_MARK = C.MARK;
const C_NEWLINE = C.NEWLINE;
const C_SPACE = C.SPACE;
const C_TATWEEL = C.TATWEEL;

// What stands next to a quotation mark.
const T_WORD = 0; // a letter, mark, tatweel or digit
const T_SPACE = 1; // white space, an invisible format character, a line break, or the edge of the line
const T_OPEN = 2; // an opening bracket
const T_PUNCT = 3; // anything else (guillemets too, whichever way round: turning one must not change what its neighbours say)

// Roles of a quotation mark.
const NONE = 0;
const OPENS = 1;
const CLOSES = 2;

// The three families of marks, paired separately.
const GUILLEMET = 0;
const STRAIGHT = 1;
const CURLY = 2;

const REASON_OPEN = 'A quotation opens here, and Arabic opens quotations with «: the mark was written the wrong way round.';
const REASON_CLOSE = 'A quotation closes here, and Arabic closes quotations with »: the mark was written the wrong way round.';
const REASON_GLUED_BEFORE = 'An opening quotation mark glued to the word before it.';
const REASON_GLUED_AFTER = 'A closing quotation mark glued to the word after it.';
const REASON_INSIDE = 'White space just inside a quotation mark.';

function family(c: number): number {
  if (c === 0xab || c === 0xbb) return GUILLEMET;
  if (c === 0x22) return STRAIGHT;
  if (c === 0x201c || c === 0x201d) return CURLY;
  return -1;
}

/** Type of the code unit at `j` for a mark in the line [a, b). */
function typeAt(text: string, j: number, a: number, b: number, table: Uint8Array): number {
  if (j < a || j >= b) return T_SPACE;
  const c = text.charCodeAt(j);
  const k = table[c];
  if (k === C_AR_LETTER || k === C_LETTER || k === C_MARK || k === C_TATWEEL || k === C_DIGIT) return T_WORD;
  if (k === C_SPACE || k === C_NEWLINE || k === C_IGNORABLE) return T_SPACE;
  if (c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2039 || c === 0xfd3f) return T_OPEN;
  return T_PUNCT;
}

/** What the neighbours of a mark say about its role: opening (space before, word after), closing (word or punctuation before, space or punctuation after), or nothing (glued or spaced on both sides). */
function evidence(prev: number, next: number): number {
  if ((prev === T_SPACE || prev === T_OPEN) && (next === T_WORD || next === T_OPEN)) return OPENS;
  if ((prev === T_WORD || prev === T_PUNCT) && (next === T_SPACE || next === T_PUNCT)) return CLOSES;
  return NONE;
}

/**
 * @internal
 * Proposes quotation-mark repairs, pairing the marks within each line (lines that a hard wrap joins
 * count as one): guillemets that do not pair as written are paired in turn, the first of each pair
 * opening, and turned round where wrong (` »داعش» ` → ` «داعش» `); a space goes before an opening
 * mark glued to a word (not after a one-letter proclitic or a tatweel: `لـ"العربي الجديد"` and
 * `و«داعش»` stay) and after a closing mark glued to a word; spaces just inside guillemets and
 * straight quotes are deleted. Straight and curly marks are paired in turn and never turned round.
 * When the marks of a family on a line cannot be paired consistently with their neighbours (an odd
 * number, or a mark whose spacing contradicts its turn), that family gets no edit on that line.
 * Linear in the text's length.
 */
export function detectQuotes(ctx: RepairContext): EditBuffer {
  const text = ctx.text;
  const n = text.length;
  const table = bmpClasses();
  const edits = new EditBuffer(text);
  const joins = findHardWraps(ctx);
  let jx = 0;
  let start = 0;
  let i = 0;
  let marks = false; // does the line hold a quotation mark?
  for (;;) {
    if (jx < joins.length && i === joins[jx]!.start) {
      i = joins[jx]!.end;
      jx++;
      continue;
    }
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (i >= n || table[c] === C_NEWLINE) {
      if (marks) quoteLine(text, start, i, table, edits);
      if (i >= n) break;
      i += c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      start = i;
      marks = false;
      continue;
    }
    if (c === 0xab || c === 0xbb || c === 0x22 || c === 0x201c || c === 0x201d) marks = true;
    i++;
  }
  return edits;
}

/** Repairs the quotation marks of the line [a, b), appending the edits in order. */
function quoteLine(text: string, a: number, b: number, table: Uint8Array, out: EditBuffer): void {
  const pos: number[] = [];
  for (let j = a; j < b; j++) if (family(text.charCodeAt(j)) >= 0) pos.push(j);
  if (pos.length === 0) return;
  const m = pos.length;
  const fam = new Int8Array(m);
  const ev = new Int8Array(m);
  const role = new Int8Array(m);
  for (let x = 0; x < m; x++) {
    const p = pos[x]!;
    fam[x] = family(text.charCodeAt(p));
    ev[x] = evidence(typeAt(text, p - 1, a, b, table), typeAt(text, p + 1, a, b, table));
  }
  for (let f = GUILLEMET; f <= CURLY; f++) assignRoles(text, pos, fam, ev, role, f);

  let lastStart = -1;
  let lastEnd = -1;
  const push = (start: number, end: number, after: string, confidence: number, reason: string) => {
    // Two marks of different families can claim the same space: keep the first claim.
    if (start < lastEnd || (start === end && start === lastStart && lastStart === lastEnd)) return;
    out.add('quote', start, end, after, confidence, reason);
    lastStart = start;
    lastEnd = end;
  };
  const isBlank = (j: number) => {
    const k = table[text.charCodeAt(j)];
    return k === C_SPACE || k === C_NEWLINE;
  };
  for (let x = 0; x < m; x++) {
    const r = role[x]!;
    if (r === NONE) continue;
    const p = pos[x]!;
    const f = fam[x]!;
    const c = text.charCodeAt(p);
    if (r === OPENS) {
      if (typeAt(text, p - 1, a, b, table) === T_WORD && !afterProclitic(text, p, a, table)) {
        push(p, p, ' ', 0.85, REASON_GLUED_BEFORE);
      }
      if (f === GUILLEMET && c !== 0xab) push(p, p + 1, '«', 0.9, REASON_OPEN);
      if (f !== CURLY) {
        let q = p + 1;
        while (q < b && isBlank(q)) q++;
        if (q > p + 1 && q < b && family(text.charCodeAt(q)) !== f) push(p + 1, q, '', 0.85, REASON_INSIDE);
      }
    } else {
      if (f !== CURLY) {
        let q = p;
        while (q > a && isBlank(q - 1)) q--;
        if (q < p && q > a && family(text.charCodeAt(q - 1)) !== f) push(q, p, '', 0.85, REASON_INSIDE);
      }
      if (f === GUILLEMET && c !== 0xbb) push(p, p + 1, '»', 0.9, REASON_CLOSE);
      if (typeAt(text, p + 1, a, b, table) === T_WORD) push(p + 1, p + 1, ' ', 0.85, REASON_GLUED_AFTER);
    }
  }
}

/**
 * Gives the marks of family `f` their roles, or leaves them NONE when they cannot be paired
 * consistently. Guillemets that nest and balance as written, in agreement with their neighbours,
 * keep their characters' roles; otherwise (and always for straight and curly marks) the marks
 * alternate, the first opening, which needs an even number of them and no neighbour evidence
 * against a turn.
 */
function assignRoles(text: string, pos: number[], fam: Int8Array, ev: Int8Array, role: Int8Array, f: number): void {
  if (f === GUILLEMET) {
    let depth = 0;
    let ok = true;
    for (let x = 0; x < pos.length && ok; x++) {
      if (fam[x] !== f) continue;
      const r = text.charCodeAt(pos[x]!) === 0xab ? OPENS : CLOSES;
      depth += r === OPENS ? 1 : -1;
      if (depth < 0 || (ev[x] !== NONE && ev[x] !== r)) ok = false;
    }
    if (ok && depth === 0) {
      for (let x = 0; x < pos.length; x++) if (fam[x] === f) role[x] = text.charCodeAt(pos[x]!) === 0xab ? OPENS : CLOSES;
      return;
    }
  }
  let count = 0;
  let consistent = true;
  for (let x = 0; x < pos.length; x++) {
    if (fam[x] !== f) continue;
    const r = count % 2 === 0 ? OPENS : CLOSES;
    if (ev[x] !== NONE && ev[x] !== r) consistent = false;
    count++;
  }
  if (!consistent || count % 2 !== 0) return;
  count = 0;
  for (let x = 0; x < pos.length; x++) {
    if (fam[x] !== f) continue;
    role[x] = count % 2 === 0 ? OPENS : CLOSES;
    count++;
  }
}

/**
 * Is the opening mark at `p` written right after a proclitic that stays glued to it: a tatweel
 * (لـ"العربي الجديد"), or a word of one proclitic letter و ف ب ل ك, or و/ف and then ب ل ك (و«داعش», ول«داعش»)?
 */
function afterProclitic(text: string, p: number, a: number, table: Uint8Array): boolean {
  let j = p - 1;
  if (j < a) return false;
  if (table[text.charCodeAt(j)] === C_TATWEEL) return true;
  const letters: number[] = [];
  while (j >= a && letters.length <= 2) {
    const c = text.charCodeAt(j);
    const k = table[c];
    if (k === C_MARK) { j--; continue; }
    if (k !== C_AR_LETTER && k !== C_LETTER && k !== C_DIGIT && k !== C_TATWEEL) break;
    letters.push(c);
    j--;
  }
  if (letters.length === 0 || letters.length > 2) return false;
  if (j >= a && typeAt(text, j, a, p, table) === T_WORD) return false;
  const isPrep = (c: number) => c === 0x628 || c === 0x644 || c === 0x643; // ب ل ك
  const isConj = (c: number) => c === 0x648 || c === 0x641; // و ف
  if (letters.length === 1) return isPrep(letters[0]!) || isConj(letters[0]!);
  return isPrep(letters[0]!) && isConj(letters[1]!);
}
