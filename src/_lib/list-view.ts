/**
 * A read-only list whose items are made when they are read, from compact arrays the list holds:
 * the base of {@link TokenList}, {@link SegmentationList} and {@link EditList}.
 */
import { describe } from './args.js';

/**
 * A read-only list whose items are made when read, from compact typed arrays. It holds a few bytes
 * per item instead of an object, so that a result with millions of items costs memory in proportion
 * to the input, whatever the input holds.
 *
 * It reads like a read-only array: `length`, `at(i)`, `for…of`, spreading and destructuring, and
 * the array methods `map`, `filter`, `forEach`, `some`, `every`, `find`, `findIndex`, `reduce` and
 * `slice` (which return real arrays). `toArray()` gives the items as an array, and
 * `JSON.stringify` writes them as one. Brackets (`list[0]`) are not supported: use `list.at(0)`.
 * Each read makes a new item object, equal in content to the last one made for that index.
 *
 * @example
 * ```ts
 * import { tokenize } from 'akhbar';
 * const tokens = tokenize('أعلن التحالف الدولي');
 * tokens.length;                           //=> 3
 * tokens.at(-1)?.text;                     //=> 'الدولي'
 * const [first] = tokens;
 * first?.text;                             //=> 'أعلن'
 * tokens.map((t) => t.text).join('|');     //=> 'أعلن|التحالف|الدولي'
 * ```
 * @category Tokenize
 */
export interface ListView<T> extends Iterable<T> {
  /** Number of items. */
  readonly length: number;
  /** The item at `index`, counting from the end when negative (as `Array.prototype.at`); undefined out of range. */
  at(index: number): T | undefined;
  /** Iterates over the items in order. */
  [Symbol.iterator](): IterableIterator<T>;
  /** An array of `fn`'s result for each item. */
  map<U>(fn: (item: T, index: number) => U): U[];
  /** An array of the items for which `fn` returns true, typed by `fn`'s type guard. */
  filter<S extends T>(fn: (item: T, index: number) => item is S): S[];
  /** An array of the items for which `fn` returns a truthy value. */
  filter(fn: (item: T, index: number) => unknown): T[];
  /** Calls `fn` on each item in order. */
  forEach(fn: (item: T, index: number) => void): void;
  /** Whether `fn` returns a truthy value for some item (stops at the first). */
  some(fn: (item: T, index: number) => unknown): boolean;
  /** Whether `fn` returns a truthy value for every item (stops at the first that fails). */
  every(fn: (item: T, index: number) => unknown): boolean;
  /** The first item for which `fn` returns true, typed by `fn`'s type guard. */
  find<S extends T>(fn: (item: T, index: number) => item is S): S | undefined;
  /** The first item for which `fn` returns a truthy value. */
  find(fn: (item: T, index: number) => unknown): T | undefined;
  /** The index of the first item for which `fn` returns a truthy value, or -1. */
  findIndex(fn: (item: T, index: number) => unknown): number;
  /** Folds the items from the first to the last, starting from `initial`. */
  reduce<U>(fn: (accumulator: U, item: T, index: number) => U, initial: U): U;
  /** The items from `start` up to `end` (exclusive) as an array; negative indices count from the end, as `Array.prototype.slice`. */
  slice(start?: number, end?: number): T[];
  /** All the items as an array. */
  toArray(): T[];
  /** The items as `JSON.stringify` writes them: an array. */
  toJSON(): unknown[];
}

/** Array.prototype semantics for an index argument (ToIntegerOrInfinity, negatives from the end), clamped to 0…length. */
function relativeIndex(value: number | undefined, length: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Math.trunc(Number(value)) || 0;
  return n < 0 ? Math.max(0, length + n) : Math.min(n, length);
}

function assertFn(fn: unknown, method: string): void {
  if (typeof fn !== 'function') throw new TypeError(`${method}: argument "fn" must be a function, got ${describe(fn)}`);
}

/** @internal The array-like methods of {@link ListView}, on top of `length` and `item(i)` (0 ≤ i < length). */
export abstract class ListViewBase<T> implements ListView<T> {
  abstract readonly length: number;
  /** Makes the item at `i`, already checked to be in range. */
  protected abstract item(i: number): T;
  /** The name used in error messages, such as "TokenList". */
  protected abstract get listName(): string;

  /**
   * `index` when it is an integer from 0 to length − 1, for the methods that read one field of an
   * item (`startOf`, …); a RangeError naming the list, the method and the argument otherwise.
   */
  protected checkedIndex(index: number, method: string): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) {
      throw new RangeError(`${this.listName}.${method}: argument "index" must be an integer from 0 to ${this.length - 1}, got ${String(index)}`);
    }
    return index;
  }

  at(index: number): T | undefined {
    const n = this.length;
    let i = Math.trunc(Number(index)) || 0;
    if (i < 0) i += n;
    return i >= 0 && i < n ? this.item(i) : undefined;
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = 0; i < this.length; i++) yield this.item(i);
  }

  map<U>(fn: (item: T, index: number) => U): U[] {
    assertFn(fn, `${this.listName}.map`);
    const n = this.length;
    const out = new Array<U>(n);
    for (let i = 0; i < n; i++) out[i] = fn(this.item(i), i);
    return out;
  }

  filter<S extends T>(fn: (item: T, index: number) => item is S): S[];
  filter(fn: (item: T, index: number) => unknown): T[];
  filter(fn: (item: T, index: number) => unknown): T[] {
    assertFn(fn, `${this.listName}.filter`);
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) {
      const x = this.item(i);
      if (fn(x, i)) out.push(x);
    }
    return out;
  }

  forEach(fn: (item: T, index: number) => void): void {
    assertFn(fn, `${this.listName}.forEach`);
    for (let i = 0; i < this.length; i++) fn(this.item(i), i);
  }

  some(fn: (item: T, index: number) => unknown): boolean {
    assertFn(fn, `${this.listName}.some`);
    for (let i = 0; i < this.length; i++) if (fn(this.item(i), i)) return true;
    return false;
  }

  every(fn: (item: T, index: number) => unknown): boolean {
    assertFn(fn, `${this.listName}.every`);
    for (let i = 0; i < this.length; i++) if (!fn(this.item(i), i)) return false;
    return true;
  }

  find<S extends T>(fn: (item: T, index: number) => item is S): S | undefined;
  find(fn: (item: T, index: number) => unknown): T | undefined;
  find(fn: (item: T, index: number) => unknown): T | undefined {
    assertFn(fn, `${this.listName}.find`);
    for (let i = 0; i < this.length; i++) {
      const x = this.item(i);
      if (fn(x, i)) return x;
    }
    return undefined;
  }

  findIndex(fn: (item: T, index: number) => unknown): number {
    assertFn(fn, `${this.listName}.findIndex`);
    for (let i = 0; i < this.length; i++) if (fn(this.item(i), i)) return i;
    return -1;
  }

  reduce<U>(fn: (accumulator: U, item: T, index: number) => U, initial: U): U {
    assertFn(fn, `${this.listName}.reduce`);
    let acc = initial;
    for (let i = 0; i < this.length; i++) acc = fn(acc, this.item(i), i);
    return acc;
  }

  slice(start?: number, end?: number): T[] {
    const n = this.length;
    const a = relativeIndex(start, n, 0);
    const b = relativeIndex(end, n, n);
    const out: T[] = [];
    for (let i = a; i < b; i++) out.push(this.item(i));
    return out;
  }

  toArray(): T[] {
    return this.slice();
  }

  toJSON(): unknown[] {
    return this.toArray();
  }

  /** Shows the items in Node's console.log and REPL (no import of node: modules needed). */
  [Symbol.for('nodejs.util.inspect.custom')](): unknown[] {
    return this.toJSON();
  }
}
