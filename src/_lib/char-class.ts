/**
 * @internal
 * Character class lookup by code unit (BMP) or code point, decoded lazily from the generated table.
 */
import { CHAR_CLASS_RUNS } from '../generated/unicode-classes.js';

let bmp: Uint8Array | undefined;
let astralStarts: Int32Array | undefined;
let astralClasses: Uint8Array | undefined;

function decode(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const starts: number[] = [];
  const classes: number[] = [];
  const s = CHAR_CLASS_RUNS;
  let cp = 0;
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (s.charCodeAt(j) < 65 || s.charCodeAt(j) > 90) j++;
    cp += parseInt(s.slice(i, j), 36);
    const k = s.charCodeAt(j) - 65;
    starts.push(cp);
    classes.push(k);
    i = j + 1;
  }
  for (let r = 0; r < starts.length; r++) {
    const a = starts[r]!;
    if (a > 0xffff) break;
    const b = Math.min(r + 1 < starts.length ? starts[r + 1]! : 0x110000, 0x10000);
    table.fill(classes[r]!, a, b);
  }
  // Astral runs, plus the run that straddles U+10000.
  let first = 0;
  while (first + 1 < starts.length && starts[first + 1]! <= 0x10000) first++;
  astralStarts = Int32Array.from(starts.slice(first));
  astralClasses = Uint8Array.from(classes.slice(first));
  bmp = table;
  return table;
}

/** Class table indexed by UTF-16 code unit. Surrogates have their own classes. */
export function bmpClasses(): Uint8Array {
  return bmp ?? decode();
}

/** Class of a code point above U+FFFF. */
export function astralClass(cp: number): number {
  if (!astralStarts) decode();
  const starts = astralStarts!;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return astralClasses![lo]!;
}

/** Class of the code point at `i` in `s` (a lone surrogate has a surrogate class). */
export function classAt(s: string, i: number, table: Uint8Array = bmpClasses()): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return table[c]!;
}
