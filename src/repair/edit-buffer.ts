/**
 * @internal
 * Edits under construction: the detectors append their edits here as columns (typed arrays for the
 * offsets, kinds and confidences, arrays of shared strings for the replacements and reasons), so
 * that a text with an edit every few characters costs a few dozen bytes per edit, not an object.
 */
import { resized } from '../_lib/typed-arrays.js';
import { keepShape } from '../_lib/keep-shape.js';
import { EDIT_KINDS, type Edit, type EditKind } from './edit.js';

/** @internal The code of each kind: its index in EDIT_KINDS. */
export const EDIT_KIND_CODE: Readonly<Record<EditKind, number>> = Object.fromEntries(EDIT_KINDS.map((k, i) => [k, i])) as Record<EditKind, number>;

/** Strings that many edits repeat (reasons, one-letter texts), kept once; emptied when full. */
const SHARED = new Map<string, string>();
const SHARED_LIMIT = 4096;

/**
 * One copy of `s` for all the edits that hold an equal string: a text with a hundred thousand
 * edits of one kind then holds one reason string, not a hundred thousand.
 */
function shared(s: string): string {
  const known = SHARED.get(s);
  if (known !== undefined) return known;
  if (SHARED.size >= SHARED_LIMIT) SHARED.clear();
  SHARED.set(s, s);
  return s;
}

/** Reasons as written by the detectors → as reported (a sentence), for the repeated ones. */
const SENTENCES = new Map<string, string>();

/** Every reason reads as a sentence: a capital first letter and a full stop. */
function sentence(reason: string): string {
  const known = SENTENCES.get(reason);
  if (known !== undefined) return known;
  let why = reason.length > 0 && reason[0]! >= 'a' && reason[0]! <= 'z' ? reason[0]!.toUpperCase() + reason.slice(1) : reason;
  if (!why.endsWith('.')) why += '.';
  why = shared(why);
  if (SENTENCES.size >= SHARED_LIMIT) SENTENCES.clear();
  SENTENCES.set(reason, why);
  return why;
}

/**
 * @internal
 * Edits whose offsets index `text`: `before` is `text.slice(start, end)`, read when needed. Rows
 * are appended with {@link EditBuffer.add} or copied with {@link EditBuffer.copy}; nothing else
 * changes them, except {@link EditBuffer.sortByStart}.
 */
export class EditBuffer {
  readonly text: string;
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  confidences: Float64Array;
  afters: string[] = [];
  reasons: string[] = [];

  constructor(text: string, capacity = 16) {
    this.text = text;
    const cap = Math.max(4, capacity);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
    this.kinds = new Uint8Array(cap);
    this.confidences = new Float64Array(cap);
  }

  #room(): number {
    const i = this.length;
    if (i === this.starts.length) {
      const cap = Math.ceil(i * 1.5) + 16;
      this.starts = resized(this.starts, cap, i);
      this.ends = resized(this.ends, cap, i);
      this.kinds = resized(this.kinds, cap, i);
      this.confidences = resized(this.confidences, cap, i);
    }
    this.length = i + 1;
    return i;
  }

  /** Appends an edit: `text.slice(start, end)` becomes `after`. */
  add(kind: EditKind, start: number, end: number, after: string, confidence: number, reason: string): void {
    const i = this.#room();
    this.starts[i] = start;
    this.ends[i] = end;
    this.kinds[i] = EDIT_KIND_CODE[kind];
    this.confidences[i] = confidence;
    this.afters.push(after.length <= 2 ? shared(after) : after);
    this.reasons.push(sentence(reason));
  }

  /** Appends row `i` of `from`, at `start`–`end` (its own offsets by default). */
  copy(from: EditBuffer, i: number, start = from.starts[i]!, end = from.ends[i]!): void {
    const j = this.#room();
    this.starts[j] = start;
    this.ends[j] = end;
    this.kinds[j] = from.kinds[i]!;
    this.confidences[j] = from.confidences[i]!;
    this.afters.push(from.afters[i]!);
    this.reasons.push(from.reasons[i]!);
  }

  /** Whether row `i` changes the text (its replacement differs from what it replaces). */
  changes(i: number): boolean {
    const a = this.starts[i]!, after = this.afters[i]!;
    return after.length !== this.ends[i]! - a || !this.text.startsWith(after, a);
  }

  /** Row `i` as an edit object. */
  edit(i: number): Edit {
    const start = this.starts[i]!, end = this.ends[i]!;
    return Object.freeze({
      kind: EDIT_KINDS[this.kinds[i]!]!, start, end, before: this.text.slice(start, end),
      after: this.afters[i]!, confidence: this.confidences[i]!, reason: this.reasons[i]!,
    });
  }

  /** Every row as an edit object. */
  toEdits(): Edit[] {
    const out = new Array<Edit>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.edit(i);
    return out;
  }

  /** The rows ordered by start, stably (rows with equal starts keep their order). */
  sortByStart(): void {
    const n = this.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) if (this.starts[i]! < this.starts[i - 1]!) sorted = false;
    if (sorted) return;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((x, y) => this.starts[x]! - this.starts[y]! || x - y);
    this.#permute(order);
  }

  /** Reorders the rows: row k becomes the former row `order[k]`. */
  #permute(order: Int32Array): void {
    const n = this.length;
    const s = new Int32Array(n), e = new Int32Array(n), k = new Uint8Array(n), c = new Float64Array(n);
    const afters = new Array<string>(n), reasons = new Array<string>(n);
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      s[j] = this.starts[i]!;
      e[j] = this.ends[i]!;
      k[j] = this.kinds[i]!;
      c[j] = this.confidences[i]!;
      afters[j] = this.afters[i]!;
      reasons[j] = this.reasons[i]!;
    }
    this.starts = s; this.ends = e; this.kinds = k; this.confidences = c;
    this.afters = afters; this.reasons = reasons;
  }
}

// Its hidden class kept across garbage collections (see keepShape).
keepShape(new EditBuffer('', 4));
