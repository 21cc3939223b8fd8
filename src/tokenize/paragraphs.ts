import { assertText } from '../_lib/args.js';
import { paragraphBounds } from './paragraph-bounds.js';
import type { Span } from './span.js';

/**
 * Splits text into paragraphs. A blank line, or U+2029 PARAGRAPH SEPARATOR, always ends a
 * paragraph; a single line break ends one too, unless the text is hard-wrapped there: the line
 * does not end a sentence, is between {@link WRAP_MIN_WIDTH} and {@link WRAP_MAX_WIDTH} code units
 * long and at least {@link WRAP_RATIO} of the next line's length (so a short title above its
 * article stays a paragraph of its own). Spans are trimmed of white space and control characters;
 * blank paragraphs are dropped.
 *
 * @param text - The text to split.
 * @returns The paragraphs, in order.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { paragraphs } from 'akhbar';
 * paragraphs('عنوان الخبر\nنص الخبر الطويل الذي يمتد على سطر كامل من الكلام.\n\nفقرة ثانية.')
 *   .map((p) => p.text);
 * //=> ['عنوان الخبر', 'نص الخبر الطويل الذي يمتد على سطر كامل من الكلام.', 'فقرة ثانية.']
 * ```
 * @category Tokenize
 */
export function paragraphs(text: string): Span[] {
  assertText(text, 'paragraphs');
  const b = paragraphBounds(text);
  const out: Span[] = [];
  for (let k = 0; k < b.length; k += 2) out.push({ start: b[k]!, end: b[k + 1]!, text: text.slice(b[k], b[k + 1]) });
  return out;
}

export { WRAP_MIN_WIDTH, WRAP_MAX_WIDTH, WRAP_RATIO } from './paragraph-bounds.js';
