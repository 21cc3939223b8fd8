/**
 * @internal
 * The text of a token by its index, for the passes over tokenSpans' arrays (gazetteer, stance)
 * that read a token's word several times: sliced once while the token is among the last ones read,
 * so that the memory stays the same whatever the number of tokens (a cache of every token's word
 * took 20 bytes or more a token, more than the text itself when its tokens are one letter each).
 */

/** Tokens remembered (a power of two); reads go back a few tokens at most, as names have a few words. */
const SIZE = 256;

/** A function giving `text.slice(starts[k], ends[k])`, the same string while k is among the last SIZE tokens read. */
export function tokenWords(text: string, starts: Int32Array, ends: Int32Array): (k: number) => string {
  const tags = new Int32Array(SIZE).fill(-1);
  const words = new Array<string>(SIZE).fill('');
  return (k: number): string => {
    const slot = k & (SIZE - 1);
    if (tags[slot] === k) return words[slot]!;
    const w = text.slice(starts[k]!, ends[k]!);
    tags[slot] = k;
    words[slot] = w;
    return w;
  };
}
