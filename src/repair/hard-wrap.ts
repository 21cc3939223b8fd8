/**
 * @internal
 * Hard wraps: a line broken inside a sentence (by a fixed-width wrapper, or by copying from a
 * page), often with a blank line inserted, is joined to the next one with a space.
 */
import { CHAR_CLASS as C } from '../_lib/char-class-codes.js';
import { bmpClasses, classAt } from '../_lib/char-class.js';
import { CLOSER, TERMINAL, TOGGLE, punctRoles } from '../tokenize/punct-roles.js';
import { WRAP_MAX_WIDTH, WRAP_RATIO } from '../tokenize/paragraph-bounds.js';
import type { RepairContext } from './context.js';
import { EditBuffer } from './edit-buffer.js';
import { isMovablePunct } from './punct.js';

// Local copies of the codes: hot loops then read constants, not imported bindings.
const C_AR_LETTER = C.AR_LETTER;
const C_DIGIT = C.DIGIT;
const C_IGNORABLE = C.IGNORABLE;
const C_LETTER = C.LETTER;
const C_NEWLINE = C.NEWLINE;
const C_SPACE = C.SPACE;

/**
 * Shortest logical line (counted in non-blank code units, so that the spaces other repairs add or
 * remove do not change it) whose end can be a hard wrap: about 40 code units of text. Titles and
 * datelines are shorter.
 */
const MIN_WRAPPED = 34;

/**
 * Widest line (non-blank code units) that can be a hard-wrapped one: about {@link WRAP_MAX_WIDTH}
 * code units of text. Longer lines are whole paragraphs, and a paragraph may end without a full stop.
 */
const MAX_WRAPPED = Math.round(WRAP_MAX_WIDTH * 0.85);

/** A line shorter than this (non-blank code units, about 20 of text), without sentence punctuation, that stands before a blank line is a heading. */
const HEADING_MAX = 17;

const PARAGRAPH_SEPARATOR = 0x2029;

/** @internal One line break to replace with a space: [start, end) runs from the end of a line's content to the start of the next one's. */
export interface WrapJoin {
  readonly start: number;
  readonly end: number;
  /** Whether the break holds a blank line (a weaker join than a bare line break). */
  readonly blank: boolean;
}

/**
 * @internal
 * The line breaks inside sentences, in order: where a line that ends no sentence, is wide enough to
 * have been wrapped, and is followed by a line that goes on with the sentence. Also used by the
 * quote repair, whose quotations pair within the lines these joins make. Linear in the text's length.
 */
export function findHardWraps(ctx: RepairContext): WrapJoin[] {
  // Both the quote and the hard-wrap repairs ask: compute once per repair() call.
  let joins = ctx.memo.get('hard-wraps') as WrapJoin[] | undefined;
  if (!joins) ctx.memo.set('hard-wraps', (joins = computeHardWraps(ctx.text)));
  return joins;
}

function computeHardWraps(text: string): WrapJoin[] {
  const n = text.length;
  const table = bmpClasses();
  const roles = punctRoles();
  // Lines: content [cs, ce) without the spaces around it; `sig` is the last code unit that is
  // neither a space nor an invisible format character (-1 for a blank line).
  const cs: number[] = [];
  const ce: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const measure: number[] = [];
  const brk: number[] = []; // the code unit of the line break after the line, -1 at the end
  let i = 0;
  for (;;) {
    let e = i;
    while (e < n && table[text.charCodeAt(e)] !== C_NEWLINE) e++;
    let a = i;
    while (a < e && table[text.charCodeAt(a)] === C_SPACE) a++;
    let b = e;
    while (b > a && table[text.charCodeAt(b - 1)] === C_SPACE) b--;
    let f = -1;
    let l = -1;
    let m = 0;
    for (let j = a; j < b; j++) {
      const k = table[text.charCodeAt(j)];
      if (k === C_SPACE || k === C_IGNORABLE) continue;
      if (f < 0) f = j;
      l = j;
      m++;
    }
    cs.push(a);
    ce.push(b);
    first.push(f);
    last.push(l);
    measure.push(m);
    brk.push(e < n ? text.charCodeAt(e) : -1);
    if (e >= n) break;
    i = e + (text.charCodeAt(e) === 0x0d && e + 1 < n && text.charCodeAt(e + 1) === 0x0a ? 2 : 1);
  }
  const count = cs.length;
  const joins: WrapJoin[] = [];
  let cur = 0;
  while (cur < count && first[cur]! < 0) cur++;
  if (cur >= count) return joins;
  // The logical line ending with line `cur`: its size, how many lines it joins, and whether it
  // follows another line directly (evidence that the text around it is wrapped).
  let acc = measure[cur]!;
  let physical = 1;
  let afterLine = cur > 0 && first[cur - 1]! >= 0 && brk[cur - 1] !== PARAGRAPH_SEPARATOR;
  for (;;) {
    let next = cur + 1;
    while (next < count && first[next]! < 0) next++;
    if (next >= count) break;
    const blankLines = next - cur - 1;
    let join = blankLines <= 1 && acc >= MIN_WRAPPED && measure[cur]! <= MAX_WRAPPED && acc >= WRAP_RATIO * measure[next]!;
    // Across a blank line, only inside text that is visibly wrapped: the logical line already joins
    // lines, or follows another line directly.
    if (join && blankLines === 1 && physical < 2 && !afterLine) join = false;
    for (let k = cur; join && k < next; k++) if (brk[k] === PARAGRAPH_SEPARATOR) join = false;
    if (join && lineEnd(text, cs[cur]!, last[cur]!, roles, table) !== END_OPEN) join = false;
    if (join && !continues(text, first[next]!, ce[next]!, table)) join = false;
    if (join && measure[next]! < HEADING_MAX && !hasTerminal(text, cs[next]!, ce[next]!, roles)) {
      // A short line before a blank line (or the end), without sentence punctuation, is a heading.
      const after = next + 1;
      if (after >= count || first[after]! < 0 || brk[next] === PARAGRAPH_SEPARATOR) join = false;
    }
    if (join) {
      joins.push({ start: ce[cur]!, end: cs[next]!, blank: blankLines > 0 });
      acc += measure[next]!;
      physical++;
    } else {
      acc = measure[next]!;
      physical = 1;
      afterLine = blankLines === 0 && brk[cur] !== PARAGRAPH_SEPARATOR;
    }
    cur = next;
  }
  return joins;
}

const END_OPEN = 0;
const END_SENTENCE = 1;
const END_COLON = 2;

/** Does [a, b) hold sentence-final punctuation anywhere? */
function hasTerminal(text: string, a: number, b: number, roles: Uint8Array): boolean {
  for (let j = a; j < b; j++) if (roles[text.charCodeAt(j)]! & TERMINAL) return true;
  return false;
}

/**
 * How the line whose last significant code unit is at `j` (content from `a`) ends: a sentence, a
 * colon (a list or quotation follows), or open. A number with punctuation glued to its front
 * (`أيلول .2001`, which the bidi-punct repair turns round) ends as that punctuation would.
 */
function lineEnd(text: string, a: number, j: number, roles: Uint8Array, table: Uint8Array): number {
  if (j < a) return END_OPEN;
  if (table[text.charCodeAt(j)] === C_DIGIT) {
    let d = j;
    while (d > a && table[text.charCodeAt(d - 1)] === C_DIGIT) d--;
    const p = d - 1;
    if (p >= a && isMovablePunct(text.charCodeAt(p)) && (p === a || table[text.charCodeAt(p - 1)] === C_SPACE)) j = p;
  }
  const c = text.charCodeAt(j);
  if (c === 0x3a || c === 0xff1a) return END_COLON;
  while (j >= a && roles[text.charCodeAt(j)]! & (CLOSER | TOGGLE)) j--;
  if (j < a) return END_OPEN;
  const d = text.charCodeAt(j);
  if (d === 0x3a) return END_COLON;
  return roles[d]! & TERMINAL ? END_SENTENCE : END_OPEN;
}

/** Does the line starting at `f` (content up to `end`) go on with a sentence: a letter, a digit, a quotation mark or bracket, or punctuation that right-to-left copying put before a number? And is it not a list item? */
function continues(text: string, f: number, end: number, table: Uint8Array): boolean {
  const c = text.charCodeAt(f);
  const k = classAt(text, f, table);
  if (k === C_DIGIT) {
    let j = f;
    while (j < end && table[text.charCodeAt(j)] === C_DIGIT) j++;
    return !(j - f <= 3 && isListMarker(text, j, end));
  }
  if (k === C_AR_LETTER) return !(c >= 0x0621 && c <= 0x064a && isListMarker(text, f + 1, end));
  if (k === C_LETTER) return true;
  switch (c) {
    case 0xab: case 0xbb: case 0x22: case 0x201c: case 0x201d: case 0x201e: case 0x28: case 0x5b:
      return true;
    default:
      return isMovablePunct(c) && f + 1 < end && table[text.charCodeAt(f + 1)] === C_DIGIT;
  }
}

/** Is `j` just past a list number or letter: `.`, `)`, `-` or `–` and then a space? */
function isListMarker(text: string, j: number, end: number): boolean {
  if (j + 1 >= end) return false;
  const c = text.charCodeAt(j);
  if (c !== 0x2e && c !== 0x29 && c !== 0x2d && c !== 0x2013) return false;
  const d = text.charCodeAt(j + 1);
  return d === 0x20 || d === 0x09 || d === 0xa0;
}

/**
 * @internal
 * Joins lines broken inside a sentence: the break (trailing spaces, line breaks, at most one blank
 * line, leading spaces) becomes one space. A bare line break is joined with confidence 0.9, a break
 * with a blank line (only inside text that is visibly wrapped) with 0.75.
 */
export function detectHardWraps(ctx: RepairContext): EditBuffer {
  const joins = findHardWraps(ctx);
  const edits = new EditBuffer(ctx.text, joins.length);
  for (const j of joins) {
    if (j.blank) {
      edits.add('hard-wrap', j.start, j.end, ' ', 0.75,
        'A blank line inside a wrapped paragraph: the line before it ends no sentence and the next goes on with it.');
    } else {
      edits.add('hard-wrap', j.start, j.end, ' ', 0.9,
        'A line break inside a sentence: the wrapped line before it ends with no sentence-final punctuation.');
    }
  }
  return edits;
}
