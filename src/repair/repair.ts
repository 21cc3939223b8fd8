/**
 * repair(): runs the detectors of each switched-on kind over the input, resolves conflicts between
 * their edits, and applies them with an offset map back to the input.
 */
import { assertText, checkOptions, describe } from '../_lib/args.js';
import { keepShape } from '../_lib/keep-shape.js';
import { decode } from '../_lib/utf16.js';
import { ATOMIC, LINEAR, OffsetMappedText, type NormalizedText } from '../normalize/offset-map.js';
import { builtinLexiconInternal as builtinLexicon } from '../lexicon/builtin.js';
import { assertLexicon, createLexicon, isRangeLexicon, mergeLexicons, type Lexicon, type RangeLexicon } from '../lexicon/lexicon.js';
import { TOKEN_KIND_CODE } from '../tokenize/kinds.js';
import { tokenSpans } from '../tokenize/tokenize.js';
import type { Detector, RepairContext } from './context.js';
import { EDIT_KINDS, type EditKind } from './edit.js';
import { EditBuffer } from './edit-buffer.js';
import { EditListImpl, type EditList } from './edit-list.js';
import { DEFAULT_KINDS, OPTION_KEYS, type RepairOptions } from './options.js';
import { isMarkOrTatweel, isPlainArabicWord } from './words.js';
import { detectRunOns } from './run-on.js';
import { detectQuotes } from './quotes.js';
import { detectAlefMaqsura } from './alef-maqsura.js';
import { detectHamzatWasl } from './hamzat-wasl.js';
import { detectMadda } from './madda.js';
import { detectHamza } from './hamza.js';
import { detectHardWraps } from './hard-wrap.js';
import { detectBidiPunct } from './bidi-punct.js';
import { detectWhitespace } from './whitespace.js';
import { findBidiControls, mergeWithControls, withoutControls } from './bidi-controls.js';

/**
 * The result of {@link repair}: the repaired text, the edits that made it, and the map from its
 * offsets back to the input (as for {@link NormalizedText}: an edited stretch maps as a whole).
 *
 * @example
 * ```ts
 * import { repair, type Repaired } from 'akhbar/repair';
 * const r: Repaired = repair('زار الوفد الولاياتالمتحدة');
 * r.text                 //=> 'زار الوفد الولايات المتحدة'
 * r.edits.length         //=> 1
 * r.toSource(19)         //=> 18
 * r.toSourceSpan(10, 26) //=> { start: 10, end: 25 }
 * ```
 * @category Repair
 */
export interface Repaired extends NormalizedText {
  /**
   * The edits, sorted by position and never overlapping, as a compact {@link EditList}
   * (`JSON.stringify` writes an array of edits): `applyEdits(source, edits) === text`.
   */
  readonly edits: EditList;
  /** `{ text, edits }`, which is what `JSON.stringify` writes. */
  toJSON(): {
    /** The repaired text. */
    text: string;
    /** The edits that made it. */
    edits: EditList;
  };
}

class RepairedText extends OffsetMappedText implements Repaired {
  readonly edits: EditList;
  constructor(text: string, source: string, edits: EditList, pieces: Pieces) {
    super(text, source, pieces.out, pieces.src, pieces.type, pieces.count, 'Repaired');
    this.edits = edits;
  }
  override toJSON(): { text: string; edits: EditList } {
    return { text: this.text, edits: this.edits };
  }
}

interface Pieces { count: number; out: Int32Array; src: Int32Array; type: Uint8Array }

const DETECTORS: Readonly<Record<EditKind, Detector>> = {
  'run-on': detectRunOns,
  quote: detectQuotes,
  'alef-maqsura': detectAlefMaqsura,
  'hamzat-wasl': detectHamzatWasl,
  madda: detectMadda,
  hamza: detectHamza,
  'hard-wrap': detectHardWraps,
  'bidi-punct': detectBidiPunct,
  whitespace: detectWhitespace,
  // Not run as a detector: repair() deletes the controls first (see below).
  'bidi-control': (ctx) => new EditBuffer(ctx.text, 0),
};


function resolveLexicon(value: unknown): RangeLexicon {
  const base = builtinLexicon();
  if (value === undefined) return base;
  let user: Lexicon;
  // A Set or an array is a list of words (a Set has a has() method, but looks words up verbatim).
  if (value instanceof Set || Array.isArray(value)) {
    let i = 0;
    for (const w of value as Iterable<unknown>) {
      if (typeof w !== 'string') throw new TypeError(`repair: option "lexicon" must list strings, but item ${i} is ${describe(w)}`);
      i++;
    }
    user = createLexicon(value as Iterable<string>);
  }
  else if (value !== null && typeof value === 'object' && typeof (value as Partial<Lexicon>).has === 'function') user = value as Lexicon;
  else if (value !== null && typeof value === 'object' && typeof (value as Iterable<string>)[Symbol.iterator] === 'function') {
    user = createLexicon(value as Iterable<string>);
  } else {
    assertLexicon(value, 'repair', 'options.lexicon');
    user = value;
  }
  const merged = mergeLexicons(user, base);
  return isRangeLexicon(merged) ? merged : (merged as never);
}

/**
 * Repairs the errors of web news text, conservatively, and says what it changed: merged words,
 * Egyptian final ya, hamza on hamzat al-wasl, missing madda, quotation marks the wrong way round
 * or glued to their neighbours, lines wrapped inside a sentence, punctuation displaced by
 * right-to-left copying, and stray spaces (see {@link EDIT_KINDS}). Hamza restoration in text
 * written without hamza is opt-in (`hamza: true`).
 *
 * Each change is an {@link Edit} with its offsets in the input, a confidence and a reason, so it
 * can be shown, reviewed, accepted or rejected ({@link applyEdits}). Linear in the input's length.
 *
 * @param text - the input
 * @param options - kinds to switch on or off, and extra valid words: see {@link RepairOptions}
 * @throws TypeError when `text` is not a string or an option has the wrong type
 * @throws RangeError when `options` has an unknown key
 *
 * @example
 * ```ts
 * import { repair } from 'akhbar/repair';
 * const r = repair('بقي المبعوث في بغداد حتي توقيع الإتفاق بين الولاياتالمتحدة والعراق.');
 * r.text
 * //=> 'بقي المبعوث في بغداد حتى توقيع الاتفاق بين الولايات المتحدة والعراق.'
 * r.edits.map((e) => `${e.kind}: ${e.before || '∅'} → ${e.after}`)
 * //=> ['alef-maqsura: ي → ى', 'hamzat-wasl: إ → ا', 'run-on: ∅ →  ']
 * ```
 * @category Repair
 */
export function repair(text: string, options?: RepairOptions): Repaired {
  assertText(text, 'repair');
  const o = checkOptions<RepairOptions>(options, 'repair', OPTION_KEYS);
  const kinds: EditKind[] = [];
  for (const kind of EDIT_KINDS) {
    const v = o[kind];
    if (v !== undefined && typeof v !== 'boolean') {
      throw new TypeError(`repair: option "${kind}" must be a boolean, got ${describe(v)}`);
    }
    if (v ?? DEFAULT_KINDS[kind]) kinds.push(kind);
  }
  const lexicon = resolveLexicon(o.lexicon);

  // Bidirectional controls go first: the other repairs then see the text as it reads, and the
  // controls cannot hide a word from them (الإ‮تحاد is still الإتحاد).
  const controls = kinds.includes('bidi-control') ? findBidiControls(text) : undefined;
  if (controls === undefined || controls.length === 0) return build(text, proposeEdits(text, kinds, lexicon));
  return build(text, mergeWithControls(text, controls, proposeEdits(withoutControls(text, controls), kinds, lexicon)));
}

/** The edits of the kinds asked for, conflicts resolved, sorted. */
function proposeEdits(text: string, kinds: readonly EditKind[], lexicon: RangeLexicon): EditBuffer {
  let ctx = repairContext(text, lexicon);
  const proposed: EditBuffer[] = [];
  let done: ReadonlyMap<EditKind, EditBuffer> = new Map();
  if (kinds.includes('run-on')) {
    // Split first: the other detectors then see the words the split makes (الوفدحتي → الوفد حتي,
    // whose حتي the alef-maqsura repair fixes in the same pass, not in a second one). The split
    // itself looks at the words with their letters already repaired (hamzat al-wasl, madda, alef
    // maqsura, hamza: one letter for one, so the offsets do not move), as a second pass would.
    // The letters are repaired on the words as cut at an inner teh marbuta or alef maqsura, cuts
    // that are certain (ىالإستمرار: the hamza of الإستمرار shows only once it stands alone).
    const byKind = new Map<EditKind, EditBuffer>();
    const forced = splitWords(ctx, forcedCuts(ctx));
    const lettered = withLettersRepaired(forced, kinds, byKind);
    const splits = detectRunOns(lettered === forced ? ctx : { ...ctx, text: lettered.text });
    proposed.push(splits);
    const split = splitWords(ctx, insertionPoints(splits));
    // No word was cut: the letter repairs already found stand as they are.
    if (split === ctx && forced === ctx) done = byKind;
    ctx = split;
  }
  for (const kind of kinds) {
    if (kind === 'run-on') continue;
    proposed.push(done.get(kind) ?? DETECTORS[kind](ctx));
  }
  return resolveConflicts(text, proposed);
}

/** @internal The context the detectors get: the input's tokens, its Arabic words, the lexicon. */
export function repairContext(text: string, lexicon: RangeLexicon): RepairContext {
  const tokens = tokenSpans(text);
  // Arrays of the words' size (counted first): a text of one-letter tokens has half as many words.
  const WORD = TOKEN_KIND_CODE.word;
  let words = 0;
  for (let i = 0; i < tokens.count; i++) if (tokens.kinds[i] === WORD) words++;
  let wordCount = 0;
  const wordStarts = new Int32Array(words);
  const wordEnds = new Int32Array(words);
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] !== TOKEN_KIND_CODE.word) continue;
    wordStarts[wordCount] = tokens.starts[i]!;
    wordEnds[wordCount] = tokens.ends[i]!;
    wordCount++;
  }
  const wordPlain = new Uint8Array(wordCount);
  for (let w = 0; w < wordCount; w++) wordPlain[w] = isPlainArabicWord(text, wordStarts[w]!, wordEnds[w]!) ? 1 : 0;
  return { text, lexicon, tokens, wordCount, wordStarts, wordEnds, wordPlain, memo: new Map() };
}

/** The repairs that replace one letter with another: the offsets of the text do not move. */
const LETTER_KINDS: readonly EditKind[] = ['hamzat-wasl', 'madda', 'alef-maqsura', 'hamza'];

/** The context over the text with the letter repairs applied, letter for letter; `byKind` gets the edits found. */
function withLettersRepaired(ctx: RepairContext, kinds: readonly EditKind[], byKind: Map<EditKind, EditBuffer>): RepairContext {
  const found: EditBuffer[] = [];
  let total = 0;
  for (const kind of LETTER_KINDS) {
    if (!kinds.includes(kind)) continue;
    const edits = DETECTORS[kind](ctx);
    byKind.set(kind, edits);
    found.push(edits);
    total += edits.length;
  }
  if (total === 0) return ctx;
  const letters = new EditBuffer(ctx.text, total);
  for (const edits of found) for (let i = 0; i < edits.length; i++) letters.copy(edits, i);
  letters.sortByStart();
  let out = '';
  let pos = 0;
  for (let i = 0; i < letters.length; i++) {
    const start = letters.starts[i]!, end = letters.ends[i]!, after = letters.afters[i]!;
    if (start < pos || after.length !== end - start) continue;
    out += ctx.text.slice(pos, start) + after;
    pos = end;
  }
  return { ...ctx, text: out + ctx.text.slice(pos), memo: new Map() };
}

/** Where a teh marbuta or alef maqsura inside a plain Arabic word is followed by a letter: sorted offsets. */
function forcedCuts(ctx: RepairContext): Int32Array {
  const { text, wordCount, wordStarts, wordEnds, wordPlain } = ctx;
  let cuts = new Int32Array(16);
  let n = 0;
  for (let w = 0; w < wordCount; w++) {
    if (!wordPlain[w]) continue;
    const b = wordEnds[w]!;
    for (let i = wordStarts[w]!; i < b - 1; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x0629 && c !== 0x0649) continue;
      let j = i + 1;
      while (j < b && isMarkOrTatweel(text.charCodeAt(j))) j++;
      if (j >= b) continue;
      if (n === cuts.length) {
        const grown = new Int32Array(n * 2);
        grown.set(cuts);
        cuts = grown;
      }
      cuts[n++] = j;
    }
  }
  return cuts.subarray(0, n);
}

/** The offsets where the edits of `edits` (sorted) insert text: sorted. */
function insertionPoints(edits: EditBuffer): Int32Array {
  let n = 0;
  for (let i = 0; i < edits.length; i++) if (edits.starts[i] === edits.ends[i]) n++;
  const at = new Int32Array(n);
  for (let i = 0, k = 0; i < edits.length; i++) if (edits.starts[i] === edits.ends[i]) at[k++] = edits.starts[i]!;
  return at;
}

/** The context with its words cut at `cuts` (sorted offsets: where run-on edits insert a space). */
function splitWords(ctx: RepairContext, cuts: Int32Array): RepairContext {
  const { text, wordCount, wordStarts, wordEnds } = ctx;
  if (cuts.length === 0) return ctx;
  const cap = wordCount + cuts.length;
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const plain = new Uint8Array(cap);
  let n = 0;
  let c = 0;
  let cut = false;
  for (let w = 0; w < wordCount; w++) {
    let a = wordStarts[w]!;
    const b = wordEnds[w]!;
    while (c < cuts.length && cuts[c]! <= a) c++;
    if (c >= cuts.length || cuts[c]! >= b) {
      // Not cut: keep the word as it is.
      starts[n] = a;
      ends[n] = b;
      plain[n++] = ctx.wordPlain[w]!;
      continue;
    }
    while (c < cuts.length && cuts[c]! < b) {
      const at = cuts[c++]!;
      cut = true;
      starts[n] = a;
      ends[n] = at;
      plain[n++] = isPlainArabicWord(text, a, at) ? 1 : 0;
      a = at;
    }
    starts[n] = a;
    ends[n] = b;
    plain[n++] = isPlainArabicWord(text, a, b) ? 1 : 0;
  }
  if (!cut) return ctx;
  return { ...ctx, wordCount: n, wordStarts: starts.subarray(0, n), wordEnds: ends.subarray(0, n), wordPlain: plain.subarray(0, n) };
}

/** Whether rows x and y of `b` touch the same text (two insertions at one point do; an insertion at the edge of a replacement does not). */
function conflicts(b: EditBuffer, x: number, y: number): boolean {
  const as = b.starts[x]!, ae = b.ends[x]!, bs = b.starts[y]!, be = b.ends[y]!;
  if (as === ae && bs === be) return as === bs;
  if (as === ae) return as > bs && as < be;
  if (bs === be) return bs > as && bs < ae;
  return as < be && bs < ae;
}

/**
 * Keeps the edits that do not conflict with an edit of a kind of higher priority; sorts them.
 * Edits are sorted by position and cut into clusters of edits that touch one another; conflicts
 * are resolved inside each cluster (by priority, then position), so the work is O(n log n) however
 * many edits there are.
 */
function resolveConflicts(text: string, proposed: readonly EditBuffer[]): EditBuffer {
  let total = 0;
  for (const p of proposed) total += p.length;
  // Every proposal in one buffer (offsets of `text`), without those that change nothing.
  const all = new EditBuffer(text, total);
  for (const p of proposed) for (let i = 0; i < p.length; i++) if (p.changes(i)) all.copy(p, i);
  const n = all.length;
  const { starts, ends, kinds } = all;
  // When two edits conflict, the kind listed first in EDIT_KINDS wins: the kind codes are that order.
  const priority = (i: number): number => kinds[i]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => starts[x]! - starts[y]! || ends[x]! - ends[y]! || priority(x) - priority(y) || x - y);
  const accepted = new Int32Array(n);
  let count = 0;
  let cluster: number[] = [];
  let clusterEnd = -1;
  const isInsertion = (i: number): boolean => starts[i] === ends[i];
  const flush = (): void => {
    if (cluster.length === 1) accepted[count++] = cluster[0]!;
    else if (cluster.length > 1) {
      const kept: number[] = [];
      const ranked = cluster.slice().sort((x, y) => priority(x) - priority(y) || starts[x]! - starts[y]! || ends[x]! - ends[y]! || x - y);
      for (const e of ranked) if (!kept.some((k) => conflicts(all, k, e))) kept.push(e);
      // Insertions sort before replacements starting at the same offset.
      kept.sort((x, y) => starts[x]! - starts[y]! || (isInsertion(x) ? 0 : 1) - (isInsertion(y) ? 0 : 1) || ends[x]! - ends[y]! || x - y);
      for (const e of kept) accepted[count++] = e;
    }
    cluster = [];
  };
  for (let k = 0; k < n; k++) {
    const e = order[k]!;
    // An edit joins the cluster when it could conflict with one of its edits: it starts before the
    // cluster's end, or at it when either is an insertion.
    const s = starts[e]!;
    const touches = cluster.length > 0 && (s < clusterEnd || (s === clusterEnd && (isInsertion(e) || cluster.some((c) => ends[c] === s && isInsertion(c)))));
    if (!touches) flush();
    cluster.push(e);
    clusterEnd = Math.max(clusterEnd, ends[e]!);
  }
  flush();
  if (count === n) {
    let inOrder = true;
    for (let i = 0; i < n && inOrder; i++) if (accepted[i] !== i) inOrder = false;
    if (inOrder) return all;
  }
  const out = new EditBuffer(text, count);
  for (let i = 0; i < count; i++) out.copy(all, accepted[i]!);
  return out;
}

/** Above this many edits per code unit, the repaired text is written into a buffer rather than joined from slices. */
const DENSE = 1 / 32;

function build(text: string, edits: EditBuffer): Repaired {
  const n = edits.length;
  const cap = n * 2 + 2;
  const pieces: Pieces = { count: 0, out: new Int32Array(cap), src: new Int32Array(cap), type: new Uint8Array(cap) };
  const add = (out: number, src: number, type: number) => {
    pieces.out[pieces.count] = out;
    pieces.src[pieces.count] = src;
    pieces.type[pieces.count] = type;
    pieces.count++;
  };
  const { starts, ends, afters } = edits;
  let pos = 0;
  let outLen = 0;
  for (let i = 0; i < n; i++) {
    const start = starts[i]!, end = ends[i]!, after = afters[i]!;
    if (start > pos) {
      add(outLen, pos, LINEAR);
      outLen += start - pos;
    }
    add(outLen, start, end - start === after.length ? LINEAR : ATOMIC);
    outLen += after.length;
    pos = end;
  }
  if (pos < text.length || pieces.count === 0) add(outLen, pos, LINEAR);
  outLen += text.length - pos;
  const repaired = n > text.length * DENSE ? writeDense(text, edits, outLen) : joinSlices(text, edits);
  return new RepairedText(repaired, text, EditListImpl.fromBuffer(edits), pieces);
}

/** The repaired text as the slices between the edits and their replacements, joined. */
function joinSlices(text: string, edits: EditBuffer): string {
  const parts: string[] = [];
  let pos = 0;
  for (let i = 0; i < edits.length; i++) {
    const start = edits.starts[i]!;
    if (start > pos) parts.push(text.slice(pos, start));
    parts.push(edits.afters[i]!);
    pos = edits.ends[i]!;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * The repaired text written code unit by code unit into a buffer of its length, then made a
 * string by decode (lone surrogates kept): with an edit every few characters, joining
 * two slices per edit would hold a short string and an array slot per slice.
 */
function writeDense(text: string, edits: EditBuffer, length: number): string {
  const buf = new Uint16Array(length);
  let o = 0;
  let pos = 0;
  const copy = (from: number, to: number): void => {
    for (let p = from; p < to; p++) buf[o++] = text.charCodeAt(p);
  };
  for (let i = 0; i < edits.length; i++) {
    copy(pos, edits.starts[i]!);
    const after = edits.afters[i]!;
    for (let k = 0; k < after.length; k++) buf[o++] = after.charCodeAt(k);
    pos = edits.ends[i]!;
  }
  copy(pos, text.length);
  return decode(buf, length, false);
}

// Its hidden class kept across garbage collections (see keepShape).
keepShape(new RepairedText('', '', EditListImpl.fromBuffer(new EditBuffer('', 4)), { count: 0, out: new Int32Array(0), src: new Int32Array(0), type: new Uint8Array(0) }));
