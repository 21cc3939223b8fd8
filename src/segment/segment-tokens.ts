/**
 * segmentTokens(): the segmentation of every word token, with offsets into the original text.
 */
import { describe } from '../_lib/args.js';
import type { Token } from '../tokenize/token.js';
import { resolveOptions } from './options.js';
import { segmentCached } from './segment.js';
import type { Segment, Segmentation, SegmentOptions } from './segmentation.js';

/**
 * A word's segmentation placed in the text: the segments are computed once per distinct word and
 * shifted to the token when read, so that a token costs one object. `prefixes`, `stem` and
 * `suffixes` are prototype getters (each read builds the shifted segments); `toJSON()` gives a plain
 * object.
 */
class PlacedSegmentation implements Segmentation {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  readonly #base: Segmentation;

  constructor(base: Segmentation, start: number) {
    this.word = base.word;
    this.start = start;
    this.end = start + base.word.length;
    this.#base = base;
  }

  get prefixes(): readonly Segment[] {
    const p = this.#base.prefixes;
    return p.length === 0 ? p : p.map((g) => move(g, this.start));
  }

  get stem(): Segment {
    return move(this.#base.stem, this.start);
  }

  get suffixes(): readonly Segment[] {
    const s = this.#base.suffixes;
    return s.length === 0 ? s : s.map((g) => move(g, this.start));
  }

  toJSON(): Segmentation {
    return { word: this.word, start: this.start, end: this.end, prefixes: this.prefixes, stem: this.stem, suffixes: this.suffixes };
  }

  /** Shows the segments in Node's console.log and REPL (no import of node: modules needed). */
  [Symbol.for('nodejs.util.inspect.custom')](): Segmentation {
    return this.toJSON();
  }
}

function move(g: Segment, by: number): Segment {
  return g.restored
    ? { text: g.text, start: g.start + by, end: g.end + by, role: g.role, restored: g.restored }
    : { text: g.text, start: g.start + by, end: g.end + by, role: g.role };
}

/**
 * Segments every `word` token of {@link tokenize}'s output (other kinds are skipped) and returns
 * one {@link Segmentation} per word token, in order, with the word's and the segments' offsets
 * into the original text. Each distinct word is analysed once (see {@link segment} on caching).
 *
 * To keep a token's cost to one object, `prefixes`, `stem` and `suffixes` of the results are
 * getters that build the shifted segments when read (like {@link Token}'s `text`): read them, or
 * call `JSON.stringify` / `toJSON()`, rather than spreading a result.
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
 * second.stem        //=> { text: 'طائرات', start: 5, end: 11, role: 'stem' }
 * second.suffixes[0] //=> { text: 'ه', start: 11, end: 12, role: 'pron' }
 * text.slice(second.stem.start, second.stem.end) //=> 'طائرات'
 * ```
 * @category Tokenize
 */
export function segmentTokens(tokens: readonly Token[], options?: SegmentOptions): Segmentation[] {
  if (!Array.isArray(tokens)) throw new TypeError(`segmentTokens: argument "tokens" must be an array of tokens, got ${describe(tokens)}`);
  const r = resolveOptions(options, 'segmentTokens');
  const out: Segmentation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Partial<Token> | null | undefined;
    if (t === null || typeof t !== 'object' || typeof t.start !== 'number' || typeof t.kind !== 'string') {
      throw new TypeError(`segmentTokens: token ${i} is not a token (an object with text, start, end and kind), got ${describe(t)}`);
    }
    if (t.kind !== 'word') continue;
    const word = t.text;
    if (typeof word !== 'string') throw new TypeError(`segmentTokens: token ${i} has no text`);
    out.push(new PlacedSegmentation(segmentCached(word, r), t.start));
  }
  return out;
}
