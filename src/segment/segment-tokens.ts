/**
 * segmentTokens(): the segmentation of every word token, with offsets into the original text.
 */
import { describe } from '../_lib/args.js';
import type { Token } from '../tokenize/token.js';
import { resolveOptions, segmentWord } from './segment.js';
import type { Segment, Segmentation, SegmentOptions } from './segmentation.js';

/**
 * Segments every `word` token of {@link tokenize}'s output (other kinds are skipped) and returns
 * one {@link Segmentation} per word token, in order, with the word's and the segments' offsets
 * into the original text. Each distinct word is analysed once per call.
 *
 * @param tokens - tokens from {@link tokenize} (or objects with `text`, `start`, `end`, `kind`)
 * @param options - see {@link SegmentOptions}
 * @throws TypeError when `tokens` is not an array of tokens, RangeError for an unknown option
 *
 * @example
 * ```ts
 * import { tokenize, segmentTokens } from 'akhbar/tokenize';
 * const text = 'قصفت طائراته مواقعهم في الرقة';
 * const [, second] = segmentTokens(tokenize(text));
 * second.stem   //=> { text: 'طائرات', start: 5, end: 11, role: 'stem' }
 * second.suffixes[0] //=> { text: 'ه', start: 11, end: 12, role: 'pron' }
 * text.slice(second.stem.start, second.stem.end) //=> 'طائرات'
 * ```
 * @category Tokenize
 */
export function segmentTokens(tokens: readonly Token[], options?: SegmentOptions): Segmentation[] {
  if (!Array.isArray(tokens)) throw new TypeError(`segmentTokens: argument "tokens" must be an array of tokens, got ${describe(tokens)}`);
  const r = resolveOptions(options, 'segmentTokens');
  const memo = new Map<string, Segmentation>();
  const out: Segmentation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Partial<Token> | null | undefined;
    if (t === null || typeof t !== 'object' || typeof t.text !== 'string' || typeof t.start !== 'number' || typeof t.kind !== 'string') {
      throw new TypeError(`segmentTokens: token ${i} is not a token (an object with text, start, end and kind), got ${describe(t)}`);
    }
    if (t.kind !== 'word') continue;
    const word = t.text;
    let s = memo.get(word);
    if (s === undefined) {
      s = segmentWord(word, 0, r);
      memo.set(word, s);
    }
    out.push(t.start === 0 ? s : shift(s, t.start));
  }
  return out;
}

function shift(s: Segmentation, by: number): Segmentation {
  const move = (g: Segment): Segment =>
    g.restored ? { text: g.text, start: g.start + by, end: g.end + by, role: g.role, restored: g.restored } : { text: g.text, start: g.start + by, end: g.end + by, role: g.role };
  return {
    word: s.word,
    start: s.start + by,
    end: s.end + by,
    prefixes: s.prefixes.length === 0 ? s.prefixes : s.prefixes.map(move),
    stem: move(s.stem),
    suffixes: s.suffixes.length === 0 ? s.suffixes : s.suffixes.map(move),
  };
}
