/**
 * @internal
 * The text of a token by its index, for the passes over tokenSpans' arrays (gazetteer, stance)
 * that read a token's word several times: sliced once while the token is among the last ones read,
 * so that the memory stays the same whatever the number of tokens (a cache of every token's word
 * took 20 bytes or more a token, more than the text itself when its tokens are one letter each).
 */

/** Tokens remembered (a power of two); reads go back a few tokens at most, as names have a few words. */
const SIZE = 256;

/**
 * `at(k)` gives `text.slice(starts[k], ends[k])`, the same string while k is among the last SIZE
 * tokens read. A class rather than a closure made per call: V8 keeps a method's optimized code
 * across garbage collections, but not that of a closure that is no longer alive.
 */
export class TokenWords {
  readonly #tags = new Int32Array(SIZE).fill(-1);
  readonly #words = new Array<string>(SIZE).fill('');

  constructor(readonly text: string, readonly starts: Int32Array, readonly ends: Int32Array) {}

  /** The word of token `k`. */
  at(k: number): string {
    const slot = k & (SIZE - 1);
    if (this.#tags[slot] === k) return this.#words[slot]!;
    const w = this.text.slice(this.starts[k]!, this.ends[k]!);
    this.#tags[slot] = k;
    this.#words[slot] = w;
    return w;
  }
}
