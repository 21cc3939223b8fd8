/**
 * The edits that {@link repair} proposes: what changed where, how sure it is, and why.
 */

import { describe } from '../_lib/args.js';
import { isEditList, type EditList } from './edit-list.js';

/**
 * The kinds of repair, in the order they are reported:
 * - `run-on`: a space restored between merged words (الولاياتالمتحدة → الولايات المتحدة);
 * - `quote`: a quotation mark turned the right way round or separated from its neighbours;
 * - `alef-maqsura`: final ya that should be alef maqsura (علي → على);
 * - `hamzat-wasl`: a hamza wrongly written on hamzat al-wasl (إنتهاء → انتهاء);
 * - `madda`: a missing madda (أسيا → آسيا);
 * - `hamza`: hamza restored in hamza-less writing (الاسلامية → الإسلامية), opt-in;
 * - `hard-wrap`: a line break inside a sentence joined with a space;
 * - `bidi-punct`: punctuation put back after the number that right-to-left copying put it before;
 * - `whitespace`: trailing, repeated or misplaced spaces around punctuation;
 * - `bidi-control`: an invisible bidirectional embedding, override or isolate control
 *   (U+202A–U+202E, U+2066–U+2069) deleted, so that it cannot hide or reorder text when displayed.
 *
 * @example
 * ```ts
 * import { EDIT_KINDS } from 'akhbar/repair';
 * EDIT_KINDS.includes('run-on') //=> true
 * ```
 * @category Repair
 */
export const EDIT_KINDS = [
  'run-on',
  'quote',
  'alef-maqsura',
  'hamzat-wasl',
  'madda',
  'hamza',
  'hard-wrap',
  'bidi-punct',
  'whitespace',
  'bidi-control',
] as const;

/**
 * One of {@link EDIT_KINDS}.
 *
 * @example
 * ```ts
 * import type { EditKind } from 'akhbar/repair';
 * const kind: EditKind = 'alef-maqsura';
 * ```
 * @category Repair
 */
export type EditKind = (typeof EDIT_KINDS)[number];

/**
 * One change made by {@link repair}: `input.slice(start, end)` (which is `before`) became `after`.
 * Edits are minimal (a split inserts one space: `start === end`, `before === ''`), never overlap,
 * and are sorted by position, so applying them all to the input gives the repaired text.
 *
 * @example
 * ```ts
 * import { repair, type Edit } from 'akhbar/repair';
 * const [edit]: readonly Edit[] = repair('وصل الوفد إلي القاهرة، ثم سافر علي الفور إلي عمّان.').edits;
 * edit.kind   //=> 'alef-maqsura'
 * edit.start  //=> 12
 * edit.before //=> 'ي'
 * edit.after  //=> 'ى'
 * ```
 * @category Repair
 */
export interface Edit {
  /** What kind of error this repairs. */
  readonly kind: EditKind;
  /** Offset in the input where the replaced text starts. */
  readonly start: number;
  /** Offset in the input just past the replaced text (`start` for an insertion). */
  readonly end: number;
  /** The input's text from `start` to `end`. */
  readonly before: string;
  /** What replaces it. */
  readonly after: string;
  /** How sure the repair is, from 0 to 1. */
  readonly confidence: number;
  /** Why, in a sentence: the rule and the evidence. */
  readonly reason: string;
}

/**
 * Applies edits to `text`: the edits must be sorted and must not overlap (as in
 * {@link Repaired.edits}). Use it to apply a subset, the ones a reviewer accepted. `edits` is an
 * array of edits or an {@link EditList}.
 *
 * @throws TypeError when `text` is not a string or `edits` not an array of edits (or an EditList)
 * @throws RangeError when an edit lies outside `text`, does not match it, or overlaps the previous one
 *
 * @example
 * ```ts
 * import { applyEdits, repair } from 'akhbar/repair';
 * const input = 'أعلن الإتحاد الأوروبي أنه سيواصل دعمه حتي نهاية العام.';
 * const { edits } = repair(input);
 * edits.map((e) => e.kind)                                   //=> ['hamzat-wasl', 'alef-maqsura']
 * applyEdits(input, edits.filter((e) => e.kind !== 'alef-maqsura'))
 * //=> 'أعلن الاتحاد الأوروبي أنه سيواصل دعمه حتي نهاية العام.'
 * ```
 * @category Repair
 */
export function applyEdits(text: string, edits: readonly Edit[] | EditList): string {
  if (typeof text !== 'string') throw new TypeError(`applyEdits: argument "text" must be a string, got ${typeof text}`);
  if (isEditList(edits)) edits = edits.toArray();
  if (!Array.isArray(edits)) throw new TypeError(`applyEdits: argument "edits" must be an array of edits or an EditList, got ${describe(edits)}`);
  let out = '';
  let pos = 0;
  let prevStart = -1;
  edits.forEach((e: Edit, i) => {
    if (e === null || typeof e !== 'object' || typeof e.after !== 'string' || typeof e.before !== 'string') {
      throw new TypeError(`applyEdits: edits[${i}] must be an edit object with string "before" and "after"`);
    }
    const { start, end } = e;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      throw new RangeError(`applyEdits: edits[${i}] spans ${start}–${end}, outside the text (length ${text.length})`);
    }
    if (start < pos || (start === end && start === prevStart && i > 0 && edits[i - 1]!.start === edits[i - 1]!.end)) {
      throw new RangeError(`applyEdits: edits[${i}] overlaps the edit before it or is out of order`);
    }
    if (text.slice(start, end) !== e.before) {
      throw new RangeError(`applyEdits: edits[${i}].before ${JSON.stringify(e.before)} does not match the text at ${start}–${end}`);
    }
    out += text.slice(pos, start) + e.after;
    pos = end;
    prevStart = start;
  });
  return out + text.slice(pos);
}
