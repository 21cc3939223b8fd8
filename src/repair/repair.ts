/**
 * repair(): runs the detectors of each switched-on kind over the input, resolves conflicts between
 * their edits, and applies them with an offset map back to the input.
 */
import { assertText, checkOptions, describe } from '../_lib/args.js';
import { ATOMIC, LINEAR, OffsetMappedText, type NormalizedText } from '../normalize/offset-map.js';
import { builtinLexiconInternal as builtinLexicon } from '../lexicon/builtin.js';
import { assertLexicon, createLexicon, isRangeLexicon, mergeLexicons, type Lexicon, type RangeLexicon } from '../lexicon/lexicon.js';
import { TOKEN_KIND_CODE } from '../tokenize/kinds.js';
import { tokenSpans } from '../tokenize/tokenize.js';
import type { Detector, RepairContext } from './context.js';
import { EDIT_KINDS, type Edit, type EditKind } from './edit.js';
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
import { detectBidiControls, mergeWithControls, withoutControls } from './bidi-controls.js';

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
  /** The edits, sorted by position and never overlapping: `applyEdits(source, edits) === text`. */
  readonly edits: readonly Edit[];
  /** `{ text, edits }`, which is what `JSON.stringify` writes. */
  toJSON(): {
    /** The repaired text. */
    text: string;
    /** The edits that made it. */
    edits: readonly Edit[];
  };
}

class RepairedText extends OffsetMappedText implements Repaired {
  readonly edits: readonly Edit[];
  constructor(text: string, source: string, edits: readonly Edit[], pieces: Pieces) {
    super(text, source, pieces.out, pieces.src, pieces.type, pieces.count, 'Repaired');
    this.edits = edits;
  }
  override toJSON(): { text: string; edits: readonly Edit[] } {
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
  'bidi-control': () => [],
};

/** Priority when two edits conflict: the kind listed first in EDIT_KINDS wins. */
const PRIORITY: Readonly<Record<EditKind, number>> = Object.fromEntries(EDIT_KINDS.map((k, i) => [k, i])) as Record<EditKind, number>;

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
  const controls = kinds.includes('bidi-control') ? detectBidiControls(text) : [];
  if (controls.length === 0) return build(text, proposeEdits(text, kinds, lexicon));
  return build(text, mergeWithControls(text, controls, proposeEdits(withoutControls(text, controls), kinds, lexicon)));
}

/** The edits of the kinds asked for, conflicts resolved, sorted. */
function proposeEdits(text: string, kinds: readonly EditKind[], lexicon: RangeLexicon): Edit[] {
  let ctx = repairContext(text, lexicon);
  const proposed: Edit[] = [];
  let done: ReadonlyMap<EditKind, Edit[]> = new Map();
  if (kinds.includes('run-on')) {
    // Split first: the other detectors then see the words the split makes (الوفدحتي → الوفد حتي,
    // whose حتي the alef-maqsura repair fixes in the same pass, not in a second one). The split
    // itself looks at the words with their letters already repaired (hamzat al-wasl, madda, alef
    // maqsura, hamza: one letter for one, so the offsets do not move), as a second pass would.
    // The letters are repaired on the words as cut at an inner teh marbuta or alef maqsura, cuts
    // that are certain (ىالإستمرار: the hamza of الإستمرار shows only once it stands alone).
    const byKind = new Map<EditKind, Edit[]>();
    const forced = splitWords(ctx, forcedCuts(ctx));
    const lettered = withLettersRepaired(forced, kinds, byKind);
    const splits = detectRunOns(lettered === forced ? ctx : { ...ctx, text: lettered.text });
    for (const e of splits) proposed.push(e);
    const split = splitWords(ctx, splits);
    // No word was cut: the letter repairs already found stand as they are.
    if (split === ctx && forced === ctx) done = byKind;
    ctx = split;
  }
  for (const kind of kinds) {
    if (kind === 'run-on') continue;
    for (const e of done.get(kind) ?? DETECTORS[kind](ctx)) proposed.push(e);
  }
  return resolveConflicts(proposed);
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
function withLettersRepaired(ctx: RepairContext, kinds: readonly EditKind[], byKind: Map<EditKind, Edit[]>): RepairContext {
  const letters: Edit[] = [];
  for (const kind of LETTER_KINDS) {
    if (!kinds.includes(kind)) continue;
    const found = DETECTORS[kind](ctx);
    byKind.set(kind, found);
    letters.push(...found);
  }
  if (letters.length === 0) return ctx;
  letters.sort((x, y) => x.start - y.start);
  let out = '';
  let pos = 0;
  for (const e of letters) {
    if (e.start < pos || e.after.length !== e.end - e.start) continue;
    out += ctx.text.slice(pos, e.start) + e.after;
    pos = e.end;
  }
  return { ...ctx, text: out + ctx.text.slice(pos), memo: new Map() };
}

/** Where a teh marbuta or alef maqsura inside a plain Arabic word is followed by a letter. */
function forcedCuts(ctx: RepairContext): { start: number; end: number }[] {
  const { text, wordCount, wordStarts, wordEnds, wordPlain } = ctx;
  const cuts: { start: number; end: number }[] = [];
  for (let w = 0; w < wordCount; w++) {
    if (!wordPlain[w]) continue;
    const b = wordEnds[w]!;
    for (let i = wordStarts[w]!; i < b - 1; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x0629 && c !== 0x0649) continue;
      let j = i + 1;
      while (j < b && isMarkOrTatweel(text.charCodeAt(j))) j++;
      if (j < b) cuts.push({ start: j, end: j });
    }
  }
  return cuts;
}

/** The context with its words cut where run-on edits insert a space inside them. */
function splitWords(ctx: RepairContext, splits: readonly { start: number; end: number }[]): RepairContext {
  const { text, wordCount, wordStarts, wordEnds } = ctx;
  const cuts = splits.filter((e) => e.start === e.end);
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
    while (c < cuts.length && cuts[c]!.start <= a) c++;
    if (c >= cuts.length || cuts[c]!.start >= b) {
      // Not cut: keep the word as it is.
      starts[n] = a;
      ends[n] = b;
      plain[n++] = ctx.wordPlain[w]!;
      continue;
    }
    while (c < cuts.length && cuts[c]!.start < b) {
      const at = cuts[c++]!.start;
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

/** Whether two edits touch the same text (two insertions at one point do; an insertion at the edge of a replacement does not). */
function conflicts(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Keeps the edits that do not conflict with an edit of a kind of higher priority; sorts them.
 * Edits are sorted by position and cut into clusters of edits that touch one another; conflicts
 * are resolved inside each cluster (by priority, then position), so the work is O(n log n) however
 * many edits there are.
 */
function resolveConflicts(proposed: Edit[]): Edit[] {
  const byPosition = proposed.filter((e) => e.before !== e.after);
  byPosition.sort((a, b) => a.start - b.start || a.end - b.end || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const accepted: Edit[] = [];
  let cluster: Edit[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) accepted.push(cluster[0]!);
    else if (cluster.length > 1) {
      const kept: Edit[] = [];
      const ranked = cluster.slice().sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || a.end - b.end);
      for (const e of ranked) if (!kept.some((k) => conflicts(k, e))) kept.push(e);
      kept.sort(positionOrder);
      for (const e of kept) accepted.push(e);
    }
    cluster = [];
  };
  for (const e of byPosition) {
    // An edit joins the cluster when it could conflict with one of its edits: it starts before the
    // cluster's end, or at it when either is an insertion.
    const touches = cluster.length > 0 && (e.start < clusterEnd || (e.start === clusterEnd && (e.start === e.end || cluster.some((c) => c.end === e.start && c.start === c.end))));
    if (!touches) flush();
    cluster.push(e);
    clusterEnd = Math.max(clusterEnd, e.end);
  }
  flush();
  return accepted;
}

/** Insertions sort before replacements starting at the same offset. */
function positionOrder(a: Edit, b: Edit): number {
  return a.start - b.start || (a.start === a.end ? 0 : 1) - (b.start === b.end ? 0 : 1) || a.end - b.end;
}

function build(text: string, edits: readonly Edit[]): Repaired {
  const cap = edits.length * 2 + 2;
  const pieces: Pieces = { count: 0, out: new Int32Array(cap), src: new Int32Array(cap), type: new Uint8Array(cap) };
  const add = (out: number, src: number, type: number) => {
    pieces.out[pieces.count] = out;
    pieces.src[pieces.count] = src;
    pieces.type[pieces.count] = type;
    pieces.count++;
  };
  const parts: string[] = [];
  let pos = 0;
  let outLen = 0;
  for (const e of edits) {
    if (e.start > pos) {
      add(outLen, pos, LINEAR);
      parts.push(text.slice(pos, e.start));
      outLen += e.start - pos;
    }
    add(outLen, e.start, e.before.length === e.after.length ? LINEAR : ATOMIC);
    parts.push(e.after);
    outLen += e.after.length;
    pos = e.end;
  }
  if (pos < text.length || pieces.count === 0) {
    add(outLen, pos, LINEAR);
    parts.push(text.slice(pos));
  }
  return new RepairedText(parts.join(''), text, Object.freeze(edits.slice()), pieces);
}
