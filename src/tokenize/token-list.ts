/**
 * The tokens of a text as a compact list: offsets and kinds in typed arrays, a {@link Token} made
 * only when one is read.
 */
import { keepShape } from '../_lib/keep-shape.js';
import { ListViewBase, type ListView } from '../_lib/list-view.js';
import { TOKEN_KINDS, type TokenKind } from './kinds.js';
import { MappedToken, TokenImpl, type PlainToken, type Token } from './token.js';

/**
 * The tokens of a text, as {@link tokenize} returns them: a read-only list (see {@link ListView})
 * that holds each token's offsets and kind in typed arrays, 9 bytes a token, and makes a
 * {@link Token} object only when one is read. `startOf`, `endOf`, `kindOf` and `textOf` read a
 * token's fields without making one.
 *
 * @example
 * ```ts
 * import { tokenize } from 'akhbar';
 * const tokens = tokenize('قصفت الطائرات مواقع التنظيم.');
 * tokens.length;                                   //=> 5
 * tokens.at(1)?.toJSON();                          //=> { text: 'الطائرات', start: 5, end: 13, kind: 'word' }
 * [tokens.startOf(4), tokens.endOf(4), tokens.kindOf(4), tokens.textOf(4)];
 * //=> [27, 28, 'punct', '.']
 * tokens.filter((t) => t.kind === 'word').length;  //=> 4
 * JSON.stringify(tokenize('قصفت الطائرات').slice(0, 1));
 * //=> '[{"text":"قصفت","start":0,"end":4,"kind":"word"}]'
 * ```
 * @category Tokenize
 */
export interface TokenList extends ListView<Token> {
  /** The text the tokens' offsets refer to: the input of {@link tokenize}. */
  readonly source: string;
  /** Offset of token `index` in {@link TokenList.source}, as `at(index).start`, without making the token. */
  startOf(index: number): number;
  /** End offset of token `index`, as `at(index).end`. */
  endOf(index: number): number;
  /** Kind of token `index`, as `at(index).kind`. */
  kindOf(index: number): TokenKind;
  /** Text of token `index`, as `at(index).text`. */
  textOf(index: number): string;
  /** The tokens as plain objects (what `JSON.stringify` writes). */
  toJSON(): PlainToken[];
}

/**
 * @internal Tokens found in one text and reported in another (analyze: tokens of the repaired
 * text with their spans in the text as given). The list's offsets index `text`; a token's `text`
 * is sliced from it, and its `start` and `end` are those of `sourceSpan`.
 */
export interface TokenMapping {
  /** The text the list's offsets index. */
  readonly text: string;
  /** Span in the source of token `index`, which spans `start`–`end` of `text`. */
  sourceSpan(index: number, start: number, end: number): { readonly start: number; readonly end: number };
}

/** @internal */
export class TokenListImpl extends ListViewBase<Token> implements TokenList {
  readonly source: string;
  readonly length: number;
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #kinds: Uint8Array;
  readonly #mapping: TokenMapping | undefined;

  /**
   * `starts`, `ends` and `kinds` hold at least `count` tokens (and are not changed afterwards).
   * Their offsets index `source`, or `mapping.text` with a mapping.
   */
  constructor(source: string, count: number, starts: Int32Array, ends: Int32Array, kinds: Uint8Array, mapping?: TokenMapping) {
    super();
    this.source = source;
    this.length = count;
    this.#starts = starts;
    this.#ends = ends;
    this.#kinds = kinds;
    this.#mapping = mapping;
    Object.freeze(this);
  }

  protected get listName(): string {
    return 'TokenList';
  }

  protected item(i: number): Token {
    const m = this.#mapping;
    const kind = TOKEN_KINDS[this.#kinds[i]!]!;
    const start = this.#starts[i]!, end = this.#ends[i]!;
    if (m === undefined) return new TokenImpl(this.source, start, end, kind);
    const span = m.sourceSpan(i, start, end);
    return new MappedToken(m.text.slice(start, end), span.start, span.end, kind);
  }

  startOf(index: number): number {
    const i = this.checkedIndex(index, 'startOf');
    const m = this.#mapping;
    return m === undefined ? this.#starts[i]! : m.sourceSpan(i, this.#starts[i]!, this.#ends[i]!).start;
  }

  endOf(index: number): number {
    const i = this.checkedIndex(index, 'endOf');
    const m = this.#mapping;
    return m === undefined ? this.#ends[i]! : m.sourceSpan(i, this.#starts[i]!, this.#ends[i]!).end;
  }

  kindOf(index: number): TokenKind {
    return TOKEN_KINDS[this.#kinds[this.checkedIndex(index, 'kindOf')]!]!;
  }

  textOf(index: number): string {
    const i = this.checkedIndex(index, 'textOf');
    return (this.#mapping?.text ?? this.source).slice(this.#starts[i], this.#ends[i]);
  }

  override toJSON(): PlainToken[] {
    return this.map((t) => t.toJSON());
  }

  /** @internal The list as plain data, for postMessage (structured clone drops private fields). */
  pack(): PackedTokenList {
    const m = this.#mapping;
    let mapped: PackedTokenList['mapped'];
    if (m !== undefined) {
      const sourceStarts = new Int32Array(this.length), sourceEnds = new Int32Array(this.length);
      for (let i = 0; i < this.length; i++) {
        const span = m.sourceSpan(i, this.#starts[i]!, this.#ends[i]!);
        sourceStarts[i] = span.start;
        sourceEnds[i] = span.end;
      }
      mapped = { text: m.text, sourceStarts, sourceEnds };
    }
    return { source: this.source, count: this.length, starts: this.#starts, ends: this.#ends, kinds: this.#kinds, mapped };
  }
}

/** @internal A {@link TokenListImpl} as plain data (typed arrays and strings), which structured clone keeps. */
export interface PackedTokenList {
  readonly source: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  /** With a mapping: its text, and each token's span in the source. */
  readonly mapped: { readonly text: string; readonly sourceStarts: Int32Array; readonly sourceEnds: Int32Array } | undefined;
}

/** @internal The list again from {@link TokenListImpl.pack}'s data. */
export function unpackTokenList(p: PackedTokenList): TokenListImpl {
  const m = p.mapped;
  const mapping: TokenMapping | undefined = m && { text: m.text, sourceSpan: (i) => ({ start: m.sourceStarts[i]!, end: m.sourceEnds[i]! }) };
  return new TokenListImpl(p.source, p.count, p.starts, p.ends, p.kinds, mapping);
}

/** @internal Whether `value` is a list made by this library (not a look-alike). */
export function isTokenList(value: unknown): value is TokenListImpl {
  return value instanceof TokenListImpl;
}

// Its hidden class kept across garbage collections (see keepShape).
keepShape(new TokenListImpl('', 0, new Int32Array(0), new Int32Array(0), new Uint8Array(0)));
