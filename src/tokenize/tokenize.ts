import { assertText, checkOptions } from '../_lib/args.js';
import { resized } from '../_lib/typed-arrays.js';
import { grow, scan, type ScanBuffers, type ScanSwitches } from './scan.js';
import { TokenListImpl, type TokenList } from './token-list.js';

/**
 * Options of {@link tokenize} and {@link tokenSpans}. Each switch defaults to `true`; switched off,
 * the characters fall back to ordinary tokens (`#العراق` becomes `#` and `العراق`).
 *
 * @example
 * ```ts
 * import { tokenize } from 'akhbar';
 * tokenize('#العراق', { hashtags: false }).map((t) => t.text);
 * //=> ['#', 'العراق']
 * ```
 * @category Tokenize
 */
export interface TokenizeOptions {
  /** Recognise `http://`, `https://`, `ftp://` and `www.` links as `url`. */
  urls?: boolean;
  /** Recognise e-mail addresses as `email`. */
  emails?: boolean;
  /** Recognise `#` followed by letters as `hashtag`. */
  hashtags?: boolean;
  /** Recognise `@` followed by ASCII letters, digits or `_` as `mention`. */
  mentions?: boolean;
}

const OPTION_KEYS = ['urls', 'emails', 'hashtags', 'mentions'] as const;

/**
 * Tokens as parallel typed arrays: the `i`-th token spans `starts[i]`–`ends[i]` of the input and has
 * kind `TOKEN_KINDS[kinds[i]]`. This is what the {@link TokenList} of {@link tokenize} holds; the
 * arrays are the caller's own, and no object or string is made per token.
 *
 * @example
 * ```ts
 * import { tokenSpans, TOKEN_KINDS } from 'akhbar/tokenize';
 * const spans = tokenSpans('بلغ النمو ٢٫٥٪');
 * spans.count;                       //=> 3
 * [spans.starts[2], spans.ends[2]];  //=> [10, 14]
 * TOKEN_KINDS[spans.kinds[2]];       //=> 'number'
 * ```
 * @category Tokenize
 */
export interface TokenSpans {
  /** Number of tokens. */
  readonly count: number;
  /** Start offset of each token. */
  readonly starts: Int32Array;
  /** End offset of each token. */
  readonly ends: Int32Array;
  /** Kind code of each token: an index into {@link TOKEN_KINDS}. */
  readonly kinds: Uint8Array;
}

function switches(options: unknown, fn: string): ScanSwitches {
  const o = checkOptions<TokenizeOptions>(options, fn, OPTION_KEYS);
  const sw: ScanSwitches = { urls: true, emails: true, hashtags: true, mentions: true };
  for (const key of OPTION_KEYS) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') throw new TypeError(`${fn}: option "${key}" must be a boolean, got ${typeof v}`);
    sw[key] = v;
  }
  return sw;
}

/** Code units scanned per chunk. */
const CHUNK = 1 << 14;

/** Largest scratch buffer (in tokens) kept between calls. */
const SCRATCH_KEEP = 1 << 16;

// Scratch buffers reused across calls: each chunk is scanned into them, then copied to the result.
const scratch: ScanBuffers = { count: 0, starts: new Int32Array(1024), ends: new Int32Array(1024), kinds: new Uint8Array(1024), emailHorizon: 0, atSign: -1 };

/** @internal Scans into the shared scratch buffers; the result is valid until the next call. */
export function scanScratch(text: string, sw?: ScanSwitches): ScanBuffers {
  scan(text, freshScratch(), sw);
  return scratch;
}

/** The scratch buffers, emptied and ready for a new text. */
function freshScratch(): ScanBuffers {
  scratch.count = 0;
  scratch.emailHorizon = 0;
  scratch.atSign = -1;
  return scratch;
}

/** @internal Lets go of a scratch buffer grown by one large input, once its tokens have been copied out. */
export function releaseScratch(): void {
  if (scratch.starts.length > SCRATCH_KEEP) {
    scratch.starts = new Int32Array(1024);
    scratch.ends = new Int32Array(1024);
    scratch.kinds = new Uint8Array(1024);
  }
  scratch.count = 0;
}

const EMPTY_SPANS: TokenSpans = Object.freeze({ count: 0, starts: new Int32Array(0), ends: new Int32Array(0), kinds: new Uint8Array(0) });

/**
 * @internal The tokens of `text` in typed arrays of about their own size. The first chunk is
 * scanned into the small scratch buffers; the density seen there sizes the result, and the rest
 * of the text is scanned straight into it, a chunk at a time, with room for one more chunk's
 * tokens (at most one a code unit) before each, so the scanner never grows it by doubling. The
 * room grows by the density seen so far, by half at least. So a large text never needs more than
 * its tokens' 9 bytes each (plus a few percent), whatever their density.
 */
export function spansOf(text: string, sw: ScanSwitches): TokenSpans {
  const n = text.length;
  if (n === 0) return EMPTY_SPANS;
  let from = scan(text, freshScratch(), sw, 0, Math.min(n, CHUNK));
  const first = scratch.count;
  if (from >= n) {
    // A short text: its tokens copied out of the scratch buffers at their exact size.
    const out = first === 0 ? EMPTY_SPANS : { count: first, starts: scratch.starts.slice(0, first), ends: scratch.ends.slice(0, first), kinds: scratch.kinds.slice(0, first) };
    releaseScratch();
    return out;
  }
  // Room for the next chunk (at most one token a code unit), and for what the density predicts.
  const cap = Math.max(first + Math.min(CHUNK, n - from) + 64, Math.ceil(((first * n) / from) * 1.05) + 64);
  const out: ScanBuffers = {
    count: first, starts: resized(scratch.starts, cap, first), ends: resized(scratch.ends, cap, first), kinds: resized(scratch.kinds, cap, first),
    emailHorizon: scratch.emailHorizon, atSign: scratch.atSign,
  };
  releaseScratch();
  while (from < n) {
    const to = Math.min(n, from + CHUNK);
    const room = out.starts.length - out.count;
    // A chunk holds at most one token a code unit (the last one may run past `to`: one more).
    if (room < to - from + 1) {
      const total = out.count;
      const predicted = Math.ceil(((total * n) / from) * 1.05) + 64;
      grow(out, Math.max(total + (to - from) + 64, predicted, Math.ceil(out.starts.length * 1.5)));
    }
    from = scan(text, out, sw, from, to);
  }
  const total = out.count;
  const { starts, ends, kinds } = out;
  // Little spare room: views of the arrays; more: copies of the right size.
  if (starts.length - total <= (total >> 4) + 64) {
    return { count: total, starts: starts.subarray(0, total), ends: ends.subarray(0, total), kinds: kinds.subarray(0, total) };
  }
  return { count: total, starts: starts.slice(0, total), ends: ends.slice(0, total), kinds: kinds.slice(0, total) };
}

/**
 * Splits text into tokens: Arabic words (with their diacritics and tatweel), numbers, punctuation,
 * symbols, words in other scripts, URLs, e-mail addresses, hashtags, mentions and emoji.
 * Spaces, line breaks, and zero-width and bidirectional control characters separate tokens and are
 * never part of one. Every token carries its UTF-16 offsets into `text`.
 *
 * Linear in the length of the text; never throws on a string, whatever it holds (lone surrogates
 * become `symbol` tokens).
 *
 * @param text - The text to split.
 * @param options - Which special tokens to recognise; see {@link TokenizeOptions}.
 * @returns The tokens, in order, without overlaps, as a {@link TokenList}: a read-only list that
 * holds 9 bytes a token and makes a {@link Token} object when one is read (`at(i)`, `for…of`,
 * `map`, …). Use `toArray()` for an array of tokens.
 * @throws TypeError when `text` is not a string; RangeError for an unknown option.
 *
 * @example
 * ```ts
 * import { tokenize } from 'akhbar';
 * tokenize('قال لـ"العربي الجديد" إن 2,254 مقاتلاً قُتلوا').map((t) => `${t.kind}:${t.text}`);
 * //=> ['word:قال', 'word:لـ', 'punct:"', 'word:العربي', 'word:الجديد', 'punct:"',
 * //    'word:إن', 'number:2,254', 'word:مقاتلاً', 'word:قُتلوا']
 * ```
 * @category Tokenize
 */
export function tokenize(text: string, options?: TokenizeOptions): TokenList {
  assertText(text, 'tokenize');
  const { count, starts, ends, kinds } = spansOf(text, switches(options, 'tokenize'));
  return new TokenListImpl(text, count, starts, ends, kinds);
}

/**
 * Tokenizes like {@link tokenize} but returns offsets and kind codes in typed arrays, with no
 * object or string per token: the fastest way to tokenize large inputs.
 *
 * @param text - The text to split.
 * @param options - As for {@link tokenize}.
 * @returns The tokens' offsets and kinds; see {@link TokenSpans}.
 * @throws TypeError when `text` is not a string; RangeError for an unknown option.
 *
 * @example
 * ```ts
 * import { tokenSpans } from 'akhbar/tokenize';
 * const { count, starts, ends } = tokenSpans('سقطت الرقة.');
 * Array.from({ length: count }, (_, i) => [starts[i], ends[i]]);
 * //=> [[0, 4], [5, 10], [10, 11]]
 * ```
 * @category Tokenize
 */
export function tokenSpans(text: string, options?: TokenizeOptions): TokenSpans {
  assertText(text, 'tokenSpans');
  const spans = spansOf(text, switches(options, 'tokenSpans'));
  // Arrays of their own, which the caller may change without touching another result.
  return spans.count === 0 ? { count: 0, starts: new Int32Array(0), ends: new Int32Array(0), kinds: new Uint8Array(0) } : spans;
}
