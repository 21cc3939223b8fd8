/**
 * From an analysis on letters to segments with offsets: the letters of a word without its harakat
 * and tatweel, and the grouping of the analysis's parts by scheme, with the letters clitics changed
 * put back at the edges of the segments.
 *
 * @internal
 */
import { isTransparentUnit, letterCode } from '../lexicon/dawg.js';
import type { Part } from './part.js';
import { SCHEME_SPLITS, type SegmentScheme } from './roles.js';
import type { Segment, Segmentation } from './segmentation.js';

/**
 * The longest word, in letters, that {@link segment} analyses; a longer one is kept whole (no
 * Arabic word comes near it, so such a token is a run of merged words or noise).
 *
 * @example
 * ```ts
 * import { segment, MAX_SEGMENT_LETTERS } from 'akhbar/tokenize';
 * segment('و' + 'ب'.repeat(MAX_SEGMENT_LETTERS)).prefixes //=> []
 * ```
 * @category Tokenize
 */
export const MAX_SEGMENT_LETTERS = 48;

export interface Letters {
  readonly text: string;
  /** Offset in the word of each letter. */
  readonly positions: number[];
}

/**
 * The letters of a word without harakat and tatweel: the word itself when it has none, undefined
 * when it has anything else or is empty or too long.
 */
export function lettersOf(word: string): Letters | string | undefined {
  const n = word.length;
  if (n === 0) return undefined;
  let i = 0;
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (isTransparentUnit(c)) break;
    if (letterCode(c) === 0) return undefined;
  }
  if (i === n) return n > MAX_SEGMENT_LETTERS ? undefined : word;
  let text = word.slice(0, i);
  const positions: number[] = [];
  for (let k = 0; k < i; k++) positions.push(k);
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (isTransparentUnit(c)) continue;
    if (letterCode(c) === 0) return undefined;
    text += word[i];
    positions.push(i);
  }
  if (text.length === 0 || text.length > MAX_SEGMENT_LETTERS) return undefined;
  return { text, positions };
}

export function whole(word: string, offset: number): Segmentation {
  return { word, start: offset, end: offset + word.length, prefixes: [], stem: { text: word, start: offset, end: offset + word.length, role: 'stem' }, suffixes: [] };
}

/** Offset in the word of the letter at `letter` (the word's end past the last letter). */
function offsetOf(word: string, positions: readonly number[] | undefined, letter: number): number {
  if (positions === undefined) return letter;
  return letter === 0 ? 0 : letter >= positions.length ? word.length : positions[letter]!;
}

/** Groups the parts by scheme and maps them to offsets; `positions` undefined: letters = word. */
export function build(word: string, offset: number, positions: readonly number[] | undefined, parts: readonly Part[], scheme: SegmentScheme): Segmentation {
  const splits = SCHEME_SPLITS[scheme];
  let first = 0;
  while (parts[first]!.role !== 'stem') first++;
  let last = first;
  while (first > 0 && !splits.has(parts[first - 1]!.role)) first--;
  while (last < parts.length - 1 && !splits.has(parts[last + 1]!.role)) last++;
  const prefixes: Segment[] = [];
  for (let i = 0; i < first; i++) prefixes.push(segmentOf(word, offset, positions, parts, i, i + 1));
  const stem = segmentOf(word, offset, positions, parts, first, last + 1);
  const suffixes: Segment[] = [];
  for (let i = last + 1; i < parts.length; i++) suffixes.push(segmentOf(word, offset, positions, parts, i, i + 1));
  return { word, start: offset, end: offset + word.length, prefixes, stem, suffixes };
}

/** The segment made of parts[from, to). A restoration shows where its letter is at an edge. */
function segmentOf(word: string, offset: number, positions: readonly number[] | undefined, parts: readonly Part[], from: number, to: number): Segment {
  const p0 = parts[from]!;
  const p1 = parts[to - 1]!;
  const start = offsetOf(word, positions, p0.from);
  const end = offsetOf(word, positions, p1.to);
  const role = to - from === 1 ? p0.role : 'stem';
  if (p0.restored === 'article-alef' || p0.restored === 'article') {
    const text = (p0.restored === 'article' ? 'ال' : 'ا') + word.slice(start, end);
    return { text, start: start + offset, end: end + offset, role, restored: p0.restored };
  }
  if (p1.restored === 'teh-marbuta' || p1.restored === 'alef-maqsura') {
    const lastLetter = positions === undefined ? p1.to - 1 : positions[p1.to - 1]!;
    const text = word.slice(start, lastLetter) + (p1.restored === 'teh-marbuta' ? 'ة' : 'ى') + word.slice(lastLetter + 1, end);
    return { text, start: start + offset, end: end + offset, role, restored: p1.restored };
  }
  return { text: word.slice(start, end), start: start + offset, end: end + offset, role };
}
