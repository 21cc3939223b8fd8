import { assertText } from '../_lib/args.js';
import { CHAR_CLASS as C } from '../_lib/char-class-codes.js';
import { bmpClasses } from '../_lib/char-class.js';
import { resized } from '../_lib/typed-arrays.js';
import { decode } from '../_lib/utf16.js';
import { ASTRAL as ASTRAL_CODE, DELETE as DELETE_CODE, EXPAND as EXPAND_CODE, SURROGATE as SURROGATE_CODE, compile, isEmojiAt, type Compiled } from './compile.js';
import { ATOMIC as ATOMIC_PIECE, LINEAR as LINEAR_PIECE, OffsetMappedText, type NormalizedText } from './offset-map.js';
import { resolveOptions, type NormalizeOptions, type PresetName } from './options.js';

// Local copies of the codes: the hot loop then reads constants, not imported bindings.
const ASTRAL = ASTRAL_CODE;
const DELETE = DELETE_CODE;
const EXPAND = EXPAND_CODE;
const SURROGATE = SURROGATE_CODE;
const ATOMIC = ATOMIC_PIECE;
const LINEAR = LINEAR_PIECE;

/** Growable record of offset-map pieces. */
interface Pieces {
  count: number;
  out: Int32Array;
  src: Int32Array;
  type: Uint8Array;
  /** Length of the input: with the source offset reached, it predicts how many pieces there will be. */
  sourceLength: number;
}

function addPiece(p: Pieces, o: number, s: number, t: number): void {
  if (p.count === p.out.length) {
    // Grown to what the density of pieces so far predicts for the whole input (a text with a
    // control between every two letters has a piece for every character or two), by half at least.
    const predicted = Math.ceil(((p.count + 1) * p.sourceLength) / Math.max(s, 1) * 1.05) + 16;
    const cap = Math.max(Math.ceil(p.out.length * 1.5), Math.min(predicted, 2 * p.sourceLength + 16));
    p.out = resized(p.out, cap, p.count);
    p.src = resized(p.src, cap, p.count);
    p.type = resized(p.type, cap, p.count);
  }
  p.out[p.count] = o;
  p.src[p.count] = s;
  p.type[p.count] = t;
  p.count++;
}

/** Is the code unit a decimal digit (of any script in the BMP)? */
const isDigit = (c: number) => bmpClasses()[c] === C.DIGIT;

/** Output state shared with the slow path. */
interface State {
  buf: Uint16Array;
  o: number;
  /** Offset-map pieces, when they are recorded. */
  pieces: Pieces | undefined;
  /** Type of the current piece (-1 none) and the output offset where a deletion piece started. */
  cur: number;
  curOut: number;
  quoteOpen: boolean;
  loneSurrogate: boolean;
}

function linear(st: State, i: number): void {
  if (st.pieces && st.cur !== LINEAR) { addPiece(st.pieces, st.o, i, LINEAR); st.cur = LINEAR; }
}

function deletion(st: State, i: number): void {
  // A removed character joins the deletion piece before it, if the output has not moved since.
  if (st.pieces && !(st.cur === ATOMIC && st.curOut === st.o)) { addPiece(st.pieces, st.o, i, ATOMIC); st.cur = ATOMIC; st.curOut = st.o; }
}

/**
 * Handles the character at `i` whose table value `m` is not a plain replacement or deletion:
 * surrogates, expansions, astral code points and context-dependent characters. Returns the index
 * of the last code unit it consumed.
 */
function special(s: string, i: number, m: number, t: Compiled, st: State): number {
  const n = s.length;
  const c = s.charCodeAt(i);
  let rep: string;
  let width = 1;
  if (m === SURROGATE || m === ASTRAL) {
    const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    const paired = c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
    const r = paired && m === ASTRAL ? t.astral.get(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) : undefined;
    if (r === undefined) {
      // Copied through; a lone surrogate is noted, since TextDecoder would replace it.
      linear(st, i);
      st.buf[st.o++] = c;
      if (paired) { st.buf[st.o++] = d; return i + 1; }
      st.loneSurrogate = true;
      return i;
    }
    rep = r;
    width = 2;
  } else if (m === EXPAND) {
    rep = t.expansions.get(c)!;
  } else if (c === 0x200d) {
    rep = isEmojiAt(s, i - 1) && isEmojiAt(s, i + 1) ? '\u200d' : '';
  } else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) {
    // A line break ends any quotation left open (guillemets mode).
    st.quoteOpen = false;
    rep = s[i]!;
  } else if (c === 0x2c || c === 0x66c) {
    rep = isDigit(i > 0 ? s.charCodeAt(i - 1) : 0) && isDigit(i + 1 < n ? s.charCodeAt(i + 1) : 0) ? ',' : '\u060c';
  } else if (c === 0xab || c === 0xbb) {
    st.quoteOpen = c === 0xab;
    rep = s[i]!;
  } else {
    // A straight or curly double quote in guillemets mode: alternate within a line.
    rep = st.quoteOpen ? '»' : '«';
    st.quoteOpen = !st.quoteOpen;
  }

  if (rep.length === 1 && width === 1) {
    linear(st, i);
    st.buf[st.o++] = rep.charCodeAt(0);
  } else if (rep.length === 0) {
    deletion(st, i);
  } else {
    if (st.pieces) { addPiece(st.pieces, st.o, i, ATOMIC); st.cur = ATOMIC; st.curOut = -1; }
    // Make room for the expansion and for the rest of the input.
    const need = st.o + rep.length + (n - i) + 16;
    if (need > st.buf.length) {
      const nb = new Uint16Array(Math.max(st.buf.length * 2, need));
      nb.set(st.buf.subarray(0, st.o));
      st.buf = nb;
    }
    for (let k = 0; k < rep.length; k++) st.buf[st.o++] = rep.charCodeAt(k);
  }
  return i + width - 1;
}

function newState(n: number, pieces: Pieces | undefined): State {
  return { buf: new Uint16Array(n + 16), o: 0, pieces, cur: -1, curOut: -1, quoteOpen: false, loneSurrogate: false };
}

/**
 * normalize's pass: a tight loop for characters kept, replaced by one other or removed, and
 * `special` for the rest. Linear in the length of `s`.
 */
function runPlain(s: string, t: Compiled): string {
  const n = s.length;
  const map = t.map;
  const collapse = t.options.whitespace;
  const st = newState(n, undefined);
  let buf = st.buf;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const m = map[s.charCodeAt(i)]!;
    if (m >= 0) {
      // With collapsing on, every horizontal space maps to U+0020, and one right after another is dropped.
      if (m !== 0x20 || !collapse || o === 0 || buf[o - 1] !== 0x20) buf[o++] = m;
      continue;
    }
    if (m === DELETE) continue;
    st.o = o;
    i = special(s, i, m, t, st);
    buf = st.buf;
    o = st.o;
  }
  return decode(buf, o, !st.loneSurrogate);
}

/** normalizeWithOffsets's pass: as runPlain, recording the offset map in `pieces`. */
function runTracked(s: string, t: Compiled, pieces: Pieces): string {
  const n = s.length;
  const map = t.map;
  const collapse = t.options.whitespace;
  const st = newState(n, pieces);
  for (let i = 0; i < n; i++) {
    const m = map[s.charCodeAt(i)]!;
    if (m >= 0) {
      if (m !== 0x20 || !collapse || st.o === 0 || st.buf[st.o - 1] !== 0x20) {
        linear(st, i);
        st.buf[st.o++] = m;
      } else {
        deletion(st, i);
      }
      continue;
    }
    if (m === DELETE) deletion(st, i);
    else i = special(s, i, m, t, st);
  }
  return decode(st.buf, st.o, !st.loneSurrogate);
}

/**
 * Normalizes Arabic text for matching, indexing or display: folds letter variants, removes
 * diacritics and tatweel, replaces presentation forms, unifies digits, punctuation, quotation marks
 * and white space, as the options say. The default is the `search` preset.
 *
 * Idempotent for every option set: `normalize(normalize(x, o), o) === normalize(x, o)`. Linear in
 * the length of the text; never throws on a string.
 *
 * @param text - The text to normalize.
 * @param options - A preset name, or options over a preset (see {@link NormalizeOptions}).
 * @returns The normalized text.
 * @throws TypeError when `text` is not a string or an option has the wrong type; RangeError for an
 *   unknown option or value.
 *
 * @example
 * ```ts
 * import { normalize } from 'akhbar';
 * normalize('أعلنت وزارةُ الدفاع عن مقتل ٢٥ عنصراً مِن «داعـــش»');
 * //=> 'اعلنت وزاره الدفاع عن مقتل 25 عنصرا من "داعش"'
 * normalize('ﻻ سلام\u00a0بلا عدالة', 'display');
 * //=> 'لا سلام بلا عدالة'
 * normalize('مُستشفى الكرامة', { preset: 'none', diacritics: true });
 * //=> 'مستشفى الكرامة'
 * ```
 * @category Normalize
 */
export function normalize(text: string, options?: NormalizeOptions | PresetName): string {
  assertText(text, 'normalize');
  const t = compile(resolveOptions(options, 'normalize'));
  if (t.identity) return text;
  return runPlain(text, t);
}

/**
 * Normalizes like {@link normalize} and keeps the way back: every position in the normalized text
 * maps to the input characters it came from.
 *
 * @param text - The text to normalize.
 * @param options - As for {@link normalize}.
 * @returns The normalized text with `toSource` and `toSourceSpan`; see {@link NormalizedText}.
 * @throws As {@link normalize}.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from 'akhbar';
 * const src = 'وصل وفدُ ﻷمم المتحدة';
 * const n = normalizeWithOffsets(src);
 * n.text;                                   //=> 'وصل وفد لامم المتحده'
 * const at = n.text.indexOf('لامم');
 * const span = n.toSourceSpan(at, at + 4);
 * span;                                     //=> { start: 9, end: 12 }
 * src.slice(span.start, span.end);          //=> 'ﻷمم'
 * ```
 * @category Normalize
 */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions | PresetName): NormalizedText {
  assertText(text, 'normalizeWithOffsets');
  const t = compile(resolveOptions(options, 'normalizeWithOffsets'));
  const cap = 16;
  const pieces: Pieces = { count: 0, out: new Int32Array(cap), src: new Int32Array(cap), type: new Uint8Array(cap), sourceLength: text.length };
  const out = t.identity ? text : runTracked(text, t, pieces);
  if (pieces.count === 0 && text.length > 0) addPiece(pieces, 0, 0, LINEAR);
  // The map keeps arrays of its own size when the last growth left much room.
  const n = pieces.count;
  const spare = pieces.out.length - n > (n >> 3) + 16;
  const trim = <A extends Int32Array | Uint8Array>(a: A): A => (spare ? (a.slice(0, n) as A) : a);
  return new OffsetMappedText(out, text, trim(pieces.out), trim(pieces.src), trim(pieces.type), n);
}
