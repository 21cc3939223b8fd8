/**
 * The edits of a repair as a compact list: offsets, kinds and confidences in typed arrays, an
 * {@link Edit} made only when one is read.
 */
import { keepShape } from '../_lib/keep-shape.js';
import { ListViewBase, type ListView } from '../_lib/list-view.js';
import { EDIT_KINDS, type Edit, type EditKind } from './edit.js';
import type { EditBuffer } from './edit-buffer.js';

/**
 * The edits of {@link repair} (its `edits`), sorted by position and never overlapping: a read-only
 * list (see {@link ListView}) that holds each edit's offsets, kind and confidence in typed arrays
 * and its replacement and reason as shared strings, about 33 bytes an edit, and makes an
 * {@link Edit} object only when one is read (its `before` is sliced from the input then).
 * `startOf`, `endOf` and `kindOf` read an edit's fields without making one.
 *
 * @example
 * ```ts
 * import { repair } from 'akhbar/repair';
 * const { edits } = repair('وصل الوفد إلي القاهرة علي الفور');
 * edits.length;                                        //=> 2
 * edits.at(0)?.after;                                  //=> 'ى'
 * [edits.startOf(1), edits.endOf(1), edits.kindOf(1)]; //=> [24, 25, 'alef-maqsura']
 * edits.map((e) => `${e.before}→${e.after}`);          //=> ['ي→ى', 'ي→ى']
 * JSON.stringify(edits.slice(0, 1)) === JSON.stringify([edits.at(0)]); //=> true
 * ```
 * @category Repair
 */
export interface EditList extends ListView<Edit> {
  /** The text the edits' offsets refer to: the input of {@link repair}. */
  readonly source: string;
  /** Offset of edit `index` in {@link EditList.source}, as `at(index).start`, without making the edit. */
  startOf(index: number): number;
  /** End offset of edit `index`, as `at(index).end`. */
  endOf(index: number): number;
  /** Kind of edit `index`, as `at(index).kind`. */
  kindOf(index: number): EditKind;
  /** The edits as plain objects (what `JSON.stringify` writes). */
  toJSON(): Edit[];
}

/** @internal The columns of an {@link EditListImpl}, as plain data (structured clone keeps it). */
export interface PackedEditList {
  readonly source: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  readonly confidences: Float64Array;
  readonly afters: readonly string[];
  readonly reasons: readonly string[];
}

/** @internal */
export class EditListImpl extends ListViewBase<Edit> implements EditList {
  readonly source: string;
  readonly length: number;
  readonly #p: PackedEditList;

  constructor(p: PackedEditList) {
    super();
    this.source = p.source;
    this.length = p.count;
    this.#p = p;
    Object.freeze(this);
  }

  /** The list of a finished buffer, whose offsets index `buffer.text`; the arrays trimmed to size. */
  static fromBuffer(b: EditBuffer): EditListImpl {
    const n = b.length;
    // A little spare room: views; more: copies of the right size.
    const trim = <A extends Int32Array | Uint8Array | Float64Array>(a: A): A =>
      (a.length - n <= (n >> 4) + 16 ? a.subarray(0, n) : a.slice(0, n)) as A;
    const afters = b.afters.length === n ? b.afters : b.afters.slice(0, n);
    const reasons = b.reasons.length === n ? b.reasons : b.reasons.slice(0, n);
    return new EditListImpl({
      source: b.text, count: n, starts: trim(b.starts), ends: trim(b.ends), kinds: trim(b.kinds), confidences: trim(b.confidences), afters, reasons,
    });
  }

  protected get listName(): string {
    return 'EditList';
  }

  protected item(i: number): Edit {
    const p = this.#p;
    const start = p.starts[i]!, end = p.ends[i]!;
    return Object.freeze({
      kind: EDIT_KINDS[p.kinds[i]!]!, start, end, before: this.source.slice(start, end),
      after: p.afters[i]!, confidence: p.confidences[i]!, reason: p.reasons[i]!,
    });
  }

  startOf(index: number): number {
    return this.#p.starts[this.checkedIndex(index, 'startOf')]!;
  }

  endOf(index: number): number {
    return this.#p.ends[this.checkedIndex(index, 'endOf')]!;
  }

  kindOf(index: number): EditKind {
    return EDIT_KINDS[this.#p.kinds[this.checkedIndex(index, 'kindOf')]!]!;
  }

  override toJSON(): Edit[] {
    return this.toArray();
  }

  /** @internal The list as plain data, for postMessage (structured clone drops private fields). */
  pack(): PackedEditList {
    return this.#p;
  }
}

/** @internal The list again from {@link EditListImpl.pack}'s data. */
export function unpackEditList(p: PackedEditList): EditListImpl {
  return new EditListImpl(p);
}

/** @internal Whether `value` is a list made by this library (not a look-alike). */
export function isEditList(value: unknown): value is EditListImpl {
  return value instanceof EditListImpl;
}

// Its hidden class kept across garbage collections (see keepShape).
keepShape(new EditListImpl({ source: '', count: 0, starts: new Int32Array(0), ends: new Int32Array(0), kinds: new Uint8Array(0), confidences: new Float64Array(0), afters: [], reasons: [] }));
