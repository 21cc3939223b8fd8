/**
 * A stretch of the input: a sentence, a paragraph. `text === input.slice(start, end)`.
 *
 * @example
 * ```ts
 * import { sentences, type Span } from 'akhbar';
 * const all: Span[] = sentences('انتهى الاجتماع. وغادر الوزراء.');
 * all[0];
 * //=> { start: 0, end: 15, text: 'انتهى الاجتماع.' }
 * ```
 * @category Tokenize
 */
export interface Span {
  /** UTF-16 offset of the first code unit in the input. */
  start: number;
  /** UTF-16 offset just past the last code unit in the input. */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
}
