import { assertText, checkOptions } from '../_lib/args.js';
import { TOKEN_KINDS, type TokenKind } from './kinds.js';
import { scan, type ScanBuffers, type ScanSwitches } from './scan.js';
import { TokenImpl, type Token } from './token.js';

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
 * kind `TOKEN_KINDS[kinds[i]]`. This is what {@link tokenize} builds its objects from; use it
 * directly when you need speed on large inputs, since it allocates no object or string per token.
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

/** Code units scanned per chunk by tokenize. */
const TOKENIZE_CHUNK = 1 << 14;

/** Largest scratch buffer (in tokens) kept between calls. */
const SCRATCH_KEEP = 1 << 16;

// Scratch buffers reused across calls by tokenize(), which copies what it needs into new objects.
const scratch: ScanBuffers = { count: 0, starts: new Int32Array(1024), ends: new Int32Array(1024), kinds: new Uint8Array(1024), emailHorizon: 0 };

/** @internal Scans into the shared scratch buffers; the result is valid until the next call. */
export function scanScratch(text: string, sw?: ScanSwitches): ScanBuffers {
  scratch.count = 0;
  scratch.emailHorizon = 0;
  scan(text, scratch, sw);
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
 * @returns The tokens, in order, without overlaps.
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
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  assertText(text, 'tokenize');
  const sw = switches(options, 'tokenize');
  const n = text.length;
  // Local references, read once: the loop then touches no imported binding.
  const names: readonly TokenKind[] = TOKEN_KINDS;
  const Impl = TokenImpl;
  // Scan in chunks into the small scratch buffers and turn each chunk into tokens, so that a large
  // text never needs offset arrays as long as itself beside its tokens.
  scratch.emailHorizon = 0;
  let out: Token[] | undefined;
  let total = 0;
  let from = 0;
  while (from < n) {
    scratch.count = 0;
    const chunkEnd = Math.min(n, from + TOKENIZE_CHUNK);
    const next = scan(text, scratch, sw, from, chunkEnd);
    const { count, starts, ends, kinds } = scratch;
    // Size the result from the first chunk's token density; it grows if that was too low.
    out ??= new Array<Token>(next >= n ? count : Math.ceil((count * n) / Math.max(next, 1) * 1.05) + 16);
    for (let i = 0; i < count; i++) out[total + i] = new Impl(text, starts[i]!, ends[i]!, names[kinds[i]!]!);
    total += count;
    from = next;
  }
  releaseScratch();
  if (!out) return [];
  out.length = total;
  return out;
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
  const buf = scanScratch(text, switches(options, 'tokenSpans'));
  const n = buf.count;
  const spans = { count: n, starts: buf.starts.slice(0, n), ends: buf.ends.slice(0, n), kinds: buf.kinds.slice(0, n) };
  releaseScratch();
  return spans;
}
