/**
 * Reading akhbar's lexicon DAWG (layout in dawg-format.ts): membership and prefix walks in time
 * proportional to the word, over a typed array decoded once from base64.
 *
 * @internal
 */
import { DAWG_ALPHABET, DAWG_ROOT, EDGE } from './dawg-format.js';

/** Letter code (1..36) by UTF-16 code unit for U+0600–U+06FF; 0 elsewhere. */
const LETTER_CODE = new Uint8Array(0x100);
for (let i = 0; i < DAWG_ALPHABET.length; i++) LETTER_CODE[DAWG_ALPHABET.charCodeAt(i) - 0x600] = i + 1;

/** Harakat, superscript alef and tatweel: skipped when a word is looked up. */
export function isTransparentUnit(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

/** Letter code of a code unit, 0 when the lexicon's alphabet lacks it. */
export function letterCode(c: number): number {
  return c >= 0x600 && c < 0x700 ? LETTER_CODE[c - 0x600]! : 0;
}

const B64 = new Uint8Array(128).fill(255);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/** Decodes base64 of little-endian 32-bit words (no line breaks; length a multiple of 4 chars). */
export function decodeEdges(base64: string): Uint32Array {
  let len = base64.length;
  while (len > 0 && base64.charCodeAt(len - 1) === 61 /* = */) len--;
  const byteLength = Math.floor((len * 3) / 4);
  if (byteLength % 4 !== 0) throw new RangeError('lexicon data: length is not a whole number of edges');
  const out = new Uint32Array(byteLength / 4);
  let acc = 0, bits = 0, byte = 0, word = 0;
  for (let i = 0; i < len; i++) {
    const v = B64[base64.charCodeAt(i) & 127]!;
    if (v === 255) throw new RangeError(`lexicon data: invalid base64 at ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const b = (acc >>> bits) & 0xff;
      word |= b << ((byte & 3) * 8);
      if ((byte & 3) === 3) {
        out[byte >>> 2] = word >>> 0;
        word = 0;
      }
      byte++;
    }
  }
  return out;
}

/** An immutable DAWG over {@link DAWG_ALPHABET}. */
export class Dawg {
  readonly #edges: Uint32Array;
  constructor(edges: Uint32Array) {
    this.#edges = edges;
  }

  /** Number of edges (the size of the automaton). */
  get edgeCount(): number {
    return this.#edges.length;
  }

  /** Follows `code` from the state whose edges start at `state`: the edge word, or 0. */
  #step(state: number, code: number): number {
    const e = this.#edges;
    for (let i = state; i < e.length; i++) {
      const w = e[i]!;
      if ((w & EDGE.CHAR_MASK) === code) return w;
      if (w & EDGE.LAST) return 0;
    }
    return 0;
  }

  /** True when `s[from, to)`, harakat and tatweel skipped, is a word of the automaton. */
  has(s: string, from = 0, to = s.length): boolean {
    let state = DAWG_ROOT;
    let edge = 0;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (isTransparentUnit(c)) continue;
      const code = letterCode(c);
      if (code === 0 || state === 0) return false;
      edge = this.#step(state, code);
      if (edge === 0) return false;
      state = edge >>> EDGE.TARGET_SHIFT;
    }
    return edge !== 0 && (edge & EDGE.FINAL) !== 0;
  }

  /**
   * Calls `found(end)` for every `end` in (from, to] such that `s[from, end)` is a word, shortest
   * first. Stops early when `found` returns false.
   */
  prefixes(s: string, from: number, to: number, found: (end: number) => boolean | void): void {
    let state = DAWG_ROOT;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (isTransparentUnit(c)) continue;
      const code = letterCode(c);
      if (code === 0 || state === 0) return;
      const edge = this.#step(state, code);
      if (edge === 0) return;
      if (edge & EDGE.FINAL && found(i + 1) === false) return;
      state = edge >>> EDGE.TARGET_SHIFT;
    }
  }
}
