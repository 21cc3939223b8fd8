import { describe } from '../_lib/args.js';
import { keepShape } from '../_lib/keep-shape.js';

/** @internal Piece types of the offset map. */
export const LINEAR = 0;
export const ATOMIC = 1;

/**
 * A stretch of the original input, as UTF-16 offsets.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets, type SourceSpan } from 'akhbar';
 * const span: SourceSpan = normalizeWithOffsets('بـغـداد').toSourceSpan(0, 5);
 * span;
 * //=> { start: 0, end: 7 }
 * ```
 * @category Normalize
 */
export interface SourceSpan {
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

/**
 * Normalized text that remembers where each of its characters came from.
 *
 * The map is monotone: `toSource` never decreases as its argument grows. A character that
 * replaced several (a collapsed run of spaces) or that came with others from one (the two letters
 * of a lam-alef ligature) maps to that whole stretch of the input; removed characters (diacritics,
 * tatweel, controls) belong to the character before them in {@link NormalizedText.toSourceSpan}.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from 'akhbar';
 * const n = normalizeWithOffsets('قـالَ المُتحدّث');
 * n.text;                      //=> 'قال المتحدث'
 * n.toSource(4);               //=> 6
 * n.toSourceSpan(4, 11);       //=> { start: 6, end: 15 }
 * ```
 * @category Normalize
 */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** The input it was made from. */
  readonly source: string;
  /**
   * Offset in the input of the character at `index` in the normalized text
   * (`toSource(text.length) === source.length`).
   * @throws RangeError when `index` is not an integer from 0 to `text.length`.
   */
  toSource(index: number): number;
  /**
   * The stretch of the input that the normalized text's `[start, end)` came from, including
   * characters removed inside or right after it.
   * @throws RangeError unless `0 <= start <= end <= text.length` (integers).
   */
  toSourceSpan(start: number, end: number): SourceSpan;
}

/** @internal */
export class OffsetMappedText implements NormalizedText {
  readonly text: string;
  readonly source: string;
  readonly #outStarts: Int32Array;
  readonly #srcStarts: Int32Array;
  readonly #types: Uint8Array;
  readonly #count: number;
  readonly #label: string;

  /** `label` names the object in error messages. */
  constructor(text: string, source: string, outStarts: Int32Array, srcStarts: Int32Array, types: Uint8Array, count: number, label = 'NormalizedText') {
    this.#label = label;
    this.text = text;
    this.source = source;
    this.#outStarts = outStarts;
    this.#srcStarts = srcStarts;
    this.#types = types;
    this.#count = count;
  }

  /** Index of the piece holding output position `i` (0 <= i < text.length). */
  #pieceAt(i: number): number {
    const o = this.#outStarts;
    let lo = 0;
    let hi = this.#count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (o[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  #srcEnd(p: number): number {
    return p + 1 < this.#count ? this.#srcStarts[p + 1]! : this.source.length;
  }

  #outEnd(p: number): number {
    return p + 1 < this.#count ? this.#outStarts[p + 1]! : this.text.length;
  }

  #check(value: unknown, name: string, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      throw new RangeError(`${this.#label}: ${name} must be an integer from 0 to ${max}, got ${describe(value)}`);
    }
    return value;
  }

  toSource(index: number): number {
    const i = this.#check(index, 'index', this.text.length);
    if (i === this.text.length) return this.source.length;
    const p = this.#pieceAt(i);
    return this.#types[p] === LINEAR ? this.#srcStarts[p]! + (i - this.#outStarts[p]!) : this.#srcStarts[p]!;
  }

  toSourceSpan(start: number, end: number): SourceSpan {
    const e = this.#check(end, 'end', this.text.length);
    const s = this.#check(start, 'start', e);
    const a = this.toSource(s);
    if (s === e) return { start: a, end: a };
    let p = this.#pieceAt(e - 1);
    let b = this.#types[p] === LINEAR ? this.#srcStarts[p]! + (e - this.#outStarts[p]!) : this.#srcEnd(p);
    // Characters removed right after the span belong to it.
    if (e === this.#outEnd(p)) {
      while (p + 1 < this.#count && this.#outStarts[p + 1] === e && this.#outEnd(p + 1) === e) {
        p++;
        b = this.#srcEnd(p);
      }
    }
    return { start: a, end: b };
  }

  toJSON(): { text: string } {
    return { text: this.text };
  }
}

// Its hidden class kept across garbage collections (see keepShape).
keepShape(new OffsetMappedText('', '', new Int32Array(0), new Int32Array(0), new Uint8Array(0), 0));
