import { assertText } from '../_lib/args.js';
import { ASTRAL as ASTRAL_CODE, DELETE as DELETE_CODE, EXPAND as EXPAND_CODE, SURROGATE as SURROGATE_CODE, compile, isEmojiAt, type Compiled } from './compile.js';
import { ATOMIC as ATOMIC_PIECE, LINEAR as LINEAR_PIECE, OffsetMappedText, type NormalizedText } from './offset-map.js';

// Local copies of the codes: the hot loop then reads constants, not imported bindings.
const ASTRAL = ASTRAL_CODE;
const DELETE = DELETE_CODE;
const EXPAND = EXPAND_CODE;
const SURROGATE = SURROGATE_CODE;
const ATOMIC = ATOMIC_PIECE;
const LINEAR = LINEAR_PIECE;
import { resolveOptions, type NormalizeOptions, type PresetName } from './options.js';

/** Growable record of offset-map pieces. */
interface Pieces {
  count: number;
  out: Int32Array;
  src: Int32Array;
  type: Uint8Array;
}

function addPiece(p: Pieces, o: number, s: number, t: number): void {
  if (p.count === p.out.length) {
    const cap = p.out.length * 2;
    const no = new Int32Array(cap); no.set(p.out); p.out = no;
    const ns = new Int32Array(cap); ns.set(p.src); p.src = ns;
    const nt = new Uint8Array(cap); nt.set(p.type); p.type = nt;
  }
  p.out[p.count] = o;
  p.src[p.count] = s;
  p.type[p.count] = t;
  p.count++;
}

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);

let utf16: TextDecoder | undefined;

/** Decodes `n` UTF-16 code units from `buf`, keeping lone surrogates and byte-order marks as they are. */
function decode(buf: Uint16Array, n: number, lossless: boolean): string {
  if (lossless && typeof TextDecoder !== 'undefined') {
    utf16 ??= new TextDecoder('utf-16le', { ignoreBOM: true });
    return utf16.decode(buf.subarray(0, n));
  }
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

/**
 * The one pass behind normalize and normalizeWithOffsets. When `pieces` is given, records the
 * offset map. Linear in the length of `s`.
 */
function run(s: string, t: Compiled, pieces: Pieces | undefined): string {
  const n = s.length;
  const { map, expansions, astral } = t;
  const collapse = t.options.whitespace;
  let buf = new Uint16Array(n + 16);
  let o = 0;
  let loneSurrogate = false;
  let cur = -1; // type of the current piece, -1 none
  let curOut = -1; // output offset where the current piece started
  let quoteOpen = false;

  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let m = map[c]!;
    if (m >= 0) {
      // The fast path: a character kept or replaced by one other. A space right after a written
      // space is dropped when spaces collapse (every horizontal space maps to U+0020 then).
      if (m !== 0x20 || !collapse || o === 0 || buf[o - 1] !== 0x20) {
        if (pieces && cur !== LINEAR) { addPiece(pieces, o, i, LINEAR); cur = LINEAR; }
        buf[o++] = m;
        continue;
      }
      if (pieces && !(cur === ATOMIC && curOut === o)) { addPiece(pieces, o, i, ATOMIC); cur = ATOMIC; curOut = o; }
      continue;
    }
    if (m === SURROGATE) {
      // Surrogates pass through; note lone ones, which TextDecoder would replace.
      if (pieces && cur !== LINEAR) { addPiece(pieces, o, i, LINEAR); cur = LINEAR; }
      buf[o++] = c;
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) { buf[o++] = d; i++; }
      else loneSurrogate = true;
      continue;
    }
    let rep: string;
    let width = 1;
    switch (m) {
      case DELETE:
        rep = '';
        break;
      case EXPAND:
        rep = expansions.get(c)!;
        break;
      case ASTRAL: {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          const r = astral.get(cp);
          width = 2;
          rep = r ?? s.slice(i, i + 2);
          if (r === undefined) {
            if (pieces && cur !== LINEAR) { addPiece(pieces, o, i, LINEAR); cur = LINEAR; }
            buf[o++] = c; buf[o++] = d; i++;
            continue;
          }
        } else {
          loneSurrogate = true;
          if (pieces && cur !== LINEAR) { addPiece(pieces, o, i, LINEAR); cur = LINEAR; }
          buf[o++] = c;
          continue;
        }
        break;
      }
      default: {
        // CONTEXT: decided by the neighbours.
        if (c === 0x200d) {
          rep = isEmojiAt(s, i - 1) && isEmojiAt(s, i + 1) ? '\u200d' : '';
        } else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) {
          // A line break ends any quotation left open (guillemets mode).
          quoteOpen = false;
          rep = s[i]!;
        } else if (c === 0x2c || c === 0x66c) {
          rep = isDigit(i > 0 ? s.charCodeAt(i - 1) : 0) && isDigit(i + 1 < n ? s.charCodeAt(i + 1) : 0) ? ',' : '\u060c';
        } else if (c === 0xab) {
          quoteOpen = true;
          rep = '«';
        } else if (c === 0xbb) {
          quoteOpen = false;
          rep = '»';
        } else {
          // A straight or curly double quote in guillemets mode: alternate within a line.
          rep = quoteOpen ? '»' : '«';
          quoteOpen = !quoteOpen;
        }
      }
    }
    if (rep.length === 1 && width === 1) {
      if (pieces && cur !== LINEAR) { addPiece(pieces, o, i, LINEAR); cur = LINEAR; }
      buf[o++] = rep.charCodeAt(0);
      continue;
    }
    if (rep.length === 0) {
      // A deletion joins the deletion piece before it, if the output has not moved since.
      if (pieces && !(cur === ATOMIC && curOut === o)) { addPiece(pieces, o, i, ATOMIC); cur = ATOMIC; curOut = o; }
    } else {
      if (pieces) { addPiece(pieces, o, i, ATOMIC); cur = ATOMIC; curOut = -1; }
      // An expansion: make room for it and for the rest of the input (no closure, so that `buf`
      // and `o` stay in registers in the hot loop).
      if (o + rep.length + (n - i) + 16 > buf.length) {
        const nb = new Uint16Array(Math.max(buf.length * 2, o + rep.length + (n - i) + 16));
        nb.set(buf.subarray(0, o));
        buf = nb;
      }
      for (let k = 0; k < rep.length; k++) buf[o++] = rep.charCodeAt(k);
    }
    i += width - 1;
  }
  return decode(buf, o, !loneSurrogate);
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
  return run(text, t, undefined);
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
 * const span = n.toSourceSpan(at, at + 4);  //=> { start: 9, end: 12 }
 * src.slice(span.start, span.end);          //=> 'ﻷمم'
 * ```
 * @category Normalize
 */
export function normalizeWithOffsets(text: string, options?: NormalizeOptions | PresetName): NormalizedText {
  assertText(text, 'normalizeWithOffsets');
  const t = compile(resolveOptions(options, 'normalizeWithOffsets'));
  const cap = 16;
  const pieces: Pieces = { count: 0, out: new Int32Array(cap), src: new Int32Array(cap), type: new Uint8Array(cap) };
  const out = t.identity ? text : run(text, t, pieces);
  if (pieces.count === 0 && text.length > 0) addPiece(pieces, 0, 0, LINEAR);
  return new OffsetMappedText(out, text, pieces.out, pieces.src, pieces.type, pieces.count);
}
