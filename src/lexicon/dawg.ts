/**
 * Reading akhbar's lexicon DAWG (layout in dawg-format.ts): membership and prefix walks in time
 * proportional to the word, over a typed array decoded once from base64.
 *
 * @internal
 */
import { DAWG_ALPHABET, DAWG_ROOT, EDGE } from './dawg-format.js';

// Local copies: hot loops read constants, not properties.
const FINAL = EDGE.FINAL;
const TARGET_SHIFT = EDGE.TARGET_SHIFT;

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

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Decodes base64 of little-endian 32-bit words (no line breaks). */
export function decodeEdges(base64: string): Uint32Array {
  let len = base64.length;
  while (len > 0 && base64.charCodeAt(len - 1) === 61 /* = */) len--;
  const byteLength = Math.floor((len * 3) / 4);
  if (len % 4 === 1 || byteLength % 4 !== 0) throw new RangeError('lexicon data: length is not a whole number of edges');
  const bytes = new Uint8Array(byteLength);
  const value = (i: number): number => {
    const u = base64.charCodeAt(i);
    const v = u < 128 ? B64[u]! : 255;
    if (v === 255) throw new RangeError(`lexicon data: invalid base64 at ${i}`);
    return v;
  };
  let o = 0;
  let i = 0;
  // Four characters make three bytes.
  for (const whole = len - (len % 4); i < whole; i += 4) {
    const n = (value(i) << 18) | (value(i + 1) << 12) | (value(i + 2) << 6) | value(i + 3);
    bytes[o++] = n >>> 16;
    bytes[o++] = (n >>> 8) & 0xff;
    bytes[o++] = n & 0xff;
  }
  if (len - i === 2) bytes[o++] = ((value(i) << 2) | (value(i + 1) >>> 4)) & 0xff;
  else if (len - i === 3) {
    const n = (value(i) << 10) | (value(i + 1) << 4) | (value(i + 2) >>> 2);
    bytes[o++] = (n >>> 8) & 0xff;
    bytes[o++] = n & 0xff;
  }
  return wordsOf(bytes);
}

/** The little-endian 32-bit words of `bytes`, in place on a little-endian machine. */
function wordsOf(bytes: Uint8Array): Uint32Array {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  if (!LITTLE_ENDIAN) {
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      words[k] = (((w & 0xff) << 24) | ((w & 0xff00) << 8) | ((w >>> 8) & 0xff00) | (w >>> 24)) >>> 0;
    }
  }
  return words;
}

/**
 * {@link decodeEdges} through the engine's own `atob` where there is one (browsers, Node 16 and
 * newer): about twice as fast on the built-in lexicon.
 */
export function decodeEdgesFast(base64: string): Uint32Array {
  const atob = (globalThis as { atob?: (s: string) => string }).atob;
  if (typeof atob !== 'function') return decodeEdges(base64);
  const binary = atob(base64);
  if (binary.length % 4 !== 0) throw new RangeError('lexicon data: length is not a whole number of edges');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return wordsOf(bytes);
}

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** An immutable DAWG over {@link DAWG_ALPHABET}, in the layout of dawg-format.ts. */
export class Dawg {
  readonly #words: Uint32Array;
  constructor(words: Uint32Array) {
    this.#words = words;
  }

  /** Number of 32-bit words (the size of the automaton). */
  get edgeCount(): number {
    return this.#words.length;
  }

  /** Follows `code` (1–63) from the state whose header is at `state`: the edge word, or 0. */
  #step(state: number, code: number): number {
    const e = this.#words;
    const lo = e[state]!;
    let index: number;
    if (code < 32) {
      const bit = 1 << code;
      if ((lo & bit) === 0) return 0;
      index = popcount(lo & (bit - 1));
    } else {
      const hi = e[state + 1]!;
      const bit = 1 << (code - 32);
      if ((hi & bit) === 0) return 0;
      index = popcount(lo) + popcount(hi & (bit - 1));
    }
    return e[state + 2 + index] ?? 0;
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
      state = edge >>> TARGET_SHIFT;
    }
    return edge !== 0 && (edge & FINAL) !== 0;
  }

  /**
   * Calls `found(end)` for every `end` in (from, to] such that `s[from, end)` is a word, shortest
   * first; an end is put after any harakat that follow the word's last letter. Stops early when
   * `found` returns false.
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
      if (edge & FINAL) {
        let end = i + 1;
        while (end < to && isTransparentUnit(s.charCodeAt(end))) end++;
        if (found(end) === false) return;
      }
      state = edge >>> TARGET_SHIFT;
    }
  }
}
