import type { TokenKind } from './kinds.js';

/**
 * A token: its text and where it stands in the input.
 *
 * `start` and `end` are UTF-16 offsets into the input, so `input.slice(start, end) === text`.
 * `text` is computed from the input when read (tokens share the input string instead of each
 * holding a copy), so spreading a token (`{ ...token }`) leaves it out: use `token.toJSON()` for a
 * plain object. `JSON.stringify` includes it.
 *
 * @example
 * ```ts
 * import { tokenize } from 'akhbar';
 * const [first] = tokenize('وصل الوفد');
 * [first.text, first.start, first.end, first.kind];
 * //=> ['وصل', 0, 3, 'word']
 * first.toJSON();
 * //=> { text: 'وصل', start: 0, end: 3, kind: 'word' }
 * ```
 * @category Tokenize
 */
export interface Token {
  /** The token as it stands in the input: `input.slice(start, end)`. */
  readonly text: string;
  /** UTF-16 offset of the token's first code unit in the input. */
  readonly start: number;
  /** UTF-16 offset just past the token's last code unit in the input. */
  readonly end: number;
  /** What the token is. */
  readonly kind: TokenKind;
  /** The token as a plain object. */
  toJSON(): PlainToken;
}

/**
 * A token as a plain, serialisable object.
 *
 * @example
 * ```ts
 * import { tokenize, type PlainToken } from 'akhbar';
 * const plain: PlainToken[] = tokenize('١٠٪').map((t) => t.toJSON());
 * plain;
 * //=> [{ text: '١٠٪', start: 0, end: 3, kind: 'number' }]
 * ```
 * @category Tokenize
 */
export interface PlainToken {
  /** The token as it stands in the input. */
  text: string;
  /** UTF-16 offset of the token's first code unit in the input. */
  start: number;
  /** UTF-16 offset just past the token's last code unit. */
  end: number;
  /** What the token is. */
  kind: TokenKind;
}

/** @internal What the two token classes share: their offsets and kind, the plain form, the display. */
abstract class TokenBase implements Token {
  abstract readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;

  constructor(start: number, end: number, kind: TokenKind) {
    this.start = start;
    this.end = end;
    this.kind = kind;
  }

  toJSON(): PlainToken {
    return { text: this.text, start: this.start, end: this.end, kind: this.kind };
  }

  /** Shows the token in Node's console.log and REPL (no import of node: modules needed). */
  [Symbol.for('nodejs.util.inspect.custom')](): PlainToken {
    return this.toJSON();
  }
}

/** @internal A token of the text its offsets refer to: its text is read from that text when asked. */
export class TokenImpl extends TokenBase {
  readonly #source: string;

  constructor(source: string, start: number, end: number, kind: TokenKind) {
    super(start, end, kind);
    this.#source = source;
  }

  get text(): string {
    return this.#source.slice(this.start, this.end);
  }
}

/** @internal A token whose text is not a slice of the text its offsets refer to (analyze: repaired text, original offsets). */
export class MappedToken extends TokenBase {
  readonly text: string;

  constructor(text: string, start: number, end: number, kind: TokenKind) {
    super(start, end, kind);
    this.text = text;
  }
}
