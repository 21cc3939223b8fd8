/**
 * @internal
 * One object of each class that akhbar makes anew in every call (an edit buffer, a token list, a
 * normalized text, a gazetteer's finder), kept for the life of the program.
 *
 * V8's optimized code relies on the hidden classes ("maps") of the objects it handles, and holds
 * them weakly: when a full garbage collection finds no live object of a map, the map is collected
 * and every function whose optimized code relied on it goes back to unoptimized code until V8
 * compiles it again. An object of each class that stays alive keeps its map, and the code. Without
 * them, the first calls after each full collection ran 2 to 8 times slower (repair and find on
 * the corpus; see bench/README.md).
 */
const KEPT: object[] = [];

/** Keeps `o` alive for the life of the program; returns it. */
export function keepShape<T extends object>(o: T): T {
  KEPT.push(o);
  return o;
}
