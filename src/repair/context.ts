/**
 * What every repair detector gets: the input, its Arabic words and the lexicon.
 *
 * @internal
 */
import type { EditBuffer } from './edit-buffer.js';
import type { RangeLexicon } from '../lexicon/lexicon.js';

export interface RepairContext {
  /** The input. */
  readonly text: string;
  /** The lexicon: the built-in one plus the user's words. */
  readonly lexicon: RangeLexicon;
  /** Arabic words (tokens of kind `word`) as [start, end) offsets: `count` of them. */
  readonly wordCount: number;
  readonly wordStarts: Int32Array;
  readonly wordEnds: Int32Array;
  /** 1 for each word made only of Arabic letters, harakat and tatweel (with a letter first). */
  readonly wordPlain: Uint8Array;
  /** Results detectors share within one repair() call (the hard-wrap joins, say). */
  readonly memo: Map<string, unknown>;
  /** All tokens, as from tokenSpans. */
  readonly tokens: { readonly count: number; readonly starts: Int32Array; readonly ends: Int32Array; readonly kinds: Uint8Array };
}

/** A detector proposes edits on the input; repair() resolves conflicts between detectors. */
export type Detector = (ctx: RepairContext) => EditBuffer;
