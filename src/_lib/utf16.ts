/**
 * @internal
 * A string from UTF-16 code units written into a buffer (normalize, repair).
 */

let utf16: TextDecoder | undefined;

/**
 * The first `n` code units of `buf` as a string, byte-order marks kept. `lossless` says that the
 * buffer holds no lone surrogate, which TextDecoder (the faster way) would replace with U+FFFD;
 * without it the string is made 8,192 code units at a time, every unit kept as it is.
 */
export function decode(buf: Uint16Array, n: number, lossless: boolean): string {
  if (lossless && typeof TextDecoder !== 'undefined') {
    utf16 ??= new TextDecoder('utf-16le', { ignoreBOM: true });
    return utf16.decode(buf.subarray(0, n));
  }
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}
