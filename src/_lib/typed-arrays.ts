/**
 * @internal
 * Growing the typed arrays of the compact results (token spans, edits, offset maps, placements).
 */

/** A typed array of the kinds the compact results use. */
type Grown = Int32Array | Uint8Array | Float64Array;

/** A new array of the same type as `a` and of length `length`, holding `a`'s first `used` items. */
export function resized<A extends Grown>(a: A, length: number, used: number): A {
  const b = new (a.constructor as new (n: number) => A)(length);
  b.set(a.subarray(0, used));
  return b;
}
