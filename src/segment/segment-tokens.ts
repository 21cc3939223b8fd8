/**
 * segmentTokens(): the segmentation of every word token, with offsets into the original text.
 */
import { describe } from '../_lib/args.js';
import { keepShape } from '../_lib/keep-shape.js';
import { ListViewBase, type ListView } from '../_lib/list-view.js';
import { resized } from '../_lib/typed-arrays.js';
import type { Token } from '../tokenize/token.js';
import { TOKEN_KIND_CODE } from '../tokenize/kinds.js';
import { isTokenList, type TokenList } from '../tokenize/token-list.js';
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
 * @param tokens - the {@link TokenList} of {@link tokenize}, or an array of tokens (objects with `text`, `start`, `end`, `kind`)
 * @returns a {@link SegmentationList}: one segmentation per word token, made when read
 * @param options - see {@link SegmentOptions}
 * @throws TypeError when `tokens` is neither a TokenList nor an array of tokens, RangeError for an unknown option
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
export function segmentTokens(tokens: TokenList | readonly Token[], options?: SegmentOptions): SegmentationList {
  const list = isTokenList(tokens);
  if (!list && !Array.isArray(tokens)) {
    // A TokenList of another copy of the library (its ESM and CommonJS builds in one process) is
    // read through its public methods, as an array.
    if (isListLike(tokens)) return segmentTokens(tokens.toArray(), options);
    throw new TypeError(`segmentTokens: argument "tokens" must be a TokenList or an array of tokens, got ${describe(tokens)}`);
  }
  const r = resolveOptions(options, 'segmentTokens');
  const places = new Placements();
  if (list) {
    // Reads the kinds and texts without making a token object each; the result is sized exactly.
    const { source, count, starts, ends, kinds, mapped } = tokens.pack();
    let words = 0;
    for (let i = 0; i < count; i++) if (kinds[i] === WORD) words++;
    places.reserve(words);
    const text = mapped ? mapped.text : source;
    for (let i = 0; i < count; i++) {
      if (kinds[i] !== WORD) continue;
      places.add(segmentCached(text.slice(starts[i], ends[i]), r), mapped ? mapped.sourceStarts[i]! : starts[i]!);
    }
    return places.list();
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Partial<Token> | null | undefined;
    if (t === null || typeof t !== 'object' || typeof t.start !== 'number' || typeof t.kind !== 'string') {
      throw new TypeError(`segmentTokens: token ${i} is not a token (an object with text, start, end and kind), got ${describe(t)}`);
    }
    if (t.kind !== 'word') continue;
    const word = t.text;
    if (typeof word !== 'string') throw new TypeError(`segmentTokens: token ${i} has no text`);
    places.add(segmentCached(word, r), t.start);
  }
  return places.list();
}

const WORD = TOKEN_KIND_CODE.word;

function isListLike(value: unknown): value is { toArray(): readonly Token[] } {
  return value !== null && typeof value === 'object' && typeof (value as { toArray?: unknown }).toArray === 'function' && typeof (value as { length?: unknown }).length === 'number';
}

/**
 * The segmentations placed so far: each word's offset, and the index of its segmentation among the
 * distinct ones (a word seen again shares the first one's), 8 bytes a word.
 */
class Placements {
  #starts = new Int32Array(16);
  #ids = new Int32Array(16);
  #count = 0;
  readonly #distinct: Segmentation[] = [];
  readonly #idOf = new Map<Segmentation, number>();

  /** Room for `n` more words without growing. */
  reserve(n: number): void {
    if (this.#count + n > this.#starts.length) this.#grow(this.#count + n);
  }

  add(base: Segmentation, start: number): void {
    let id = this.#idOf.get(base);
    if (id === undefined) {
      id = this.#distinct.length;
      this.#distinct.push(base);
      this.#idOf.set(base, id);
    }
    if (this.#count === this.#starts.length) this.#grow(this.#count * 2);
    this.#starts[this.#count] = start;
    this.#ids[this.#count++] = id;
  }

  #grow(cap: number): void {
    this.#starts = resized(this.#starts, cap, this.#count);
    this.#ids = resized(this.#ids, cap, this.#count);
  }

  list(): SegmentationList {
    const n = this.#count;
    const exact = this.#starts.length === n;
    return new SegmentationListImpl(exact ? this.#starts : this.#starts.slice(0, n), exact ? this.#ids : this.#ids.slice(0, n), this.#distinct);
  }
}

/**
 * The segmentations of {@link segmentTokens}: a read-only list (see {@link ListView}) of one
 * {@link Segmentation} per word token, which holds the word's offset and a reference to its
 * segmentation (shared by every occurrence of the word), and makes the placed object when read.
 *
 * @example
 * ```ts
 * import { tokenize, segmentTokens } from 'akhbar/tokenize';
 * const list = segmentTokens(tokenize('وبالتحالف وللتحالف'));
 * list.length;                                             //=> 2
 * list.at(1)?.prefixes.map((g) => g.text);                 //=> ['و', 'ل', 'ال']
 * list.map((w) => w.stem.start);                           //=> [4, 13]
 * ```
 * @category Tokenize
 */
export interface SegmentationList extends ListView<Segmentation> {
  /** The segmentations as plain objects (what `JSON.stringify` writes). */
  toJSON(): Segmentation[];
}

class SegmentationListImpl extends ListViewBase<Segmentation> implements SegmentationList {
  readonly length: number;
  readonly #starts: Int32Array;
  readonly #ids: Int32Array;
  readonly #distinct: readonly Segmentation[];

  constructor(starts: Int32Array, ids: Int32Array, distinct: readonly Segmentation[]) {
    super();
    this.length = starts.length;
    this.#starts = starts;
    this.#ids = ids;
    this.#distinct = distinct;
    Object.freeze(this);
  }

  protected get listName(): string {
    return 'SegmentationList';
  }

  protected item(i: number): Segmentation {
    return new PlacedSegmentation(this.#distinct[this.#ids[i]!]!, this.#starts[i]!);
  }

  override toJSON(): Segmentation[] {
    return this.map((w) => (w as PlacedSegmentation).toJSON());
  }
}

// Their hidden classes kept across garbage collections (see keepShape).
keepShape(new Placements());
keepShape(new SegmentationListImpl(new Int32Array(0), new Int32Array(0), []));
