/**
 * Options of {@link repair}.
 */
import { EDIT_KINDS, type EditKind } from './edit.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/**
 * Options of {@link repair}: one switch per {@link EditKind}, named like the kind, plus a lexicon
 * of words that must count as valid. Every kind is on by default except `hamza`, which rewrites
 * text written without hamza on purpose and is opt-in.
 *
 * @example
 * ```ts
 * import { repair, type RepairOptions } from 'akhbar/repair';
 * const options: RepairOptions = { hamza: true, 'hard-wrap': false, lexicon: ['كوباني'] };
 * repair('اعلنت الحكومة الايرانية', options).text //=> 'أعلنت الحكومة الإيرانية'
 * ```
 * @category Repair
 */
export type RepairOptions = { [K in EditKind]?: boolean } & {
  /**
   * Words that must count as valid (names, terms of your domain), added to the built-in lexicon:
   * a {@link Lexicon} or a list of words (see {@link createLexicon}).
   */
  lexicon?: Lexicon | Iterable<string>;
};

/** @internal Kinds switched on when the options say nothing. */
export const DEFAULT_KINDS: Readonly<Record<EditKind, boolean>> = Object.freeze({
  'run-on': true,
  quote: true,
  'alef-maqsura': true,
  'hamzat-wasl': true,
  madda: true,
  hamza: false,
  'hard-wrap': true,
  'bidi-punct': true,
  whitespace: true,
  'bidi-control': true,
});

/** @internal */
export const OPTION_KEYS: readonly string[] = [...EDIT_KINDS, 'lexicon'];
