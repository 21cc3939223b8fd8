/**
 * run-on: splits words merged by a lost space (الولاياتالمتحدة → الولايات المتحدة).
 *
 * - Teh marbuta and alef maqsura end a word: one followed by a letter marks a split (العراقيةبغداد).
 * - A word the lexicon does not know (even loosely: see knownLoose) is split into the fewest pieces
 *   that it knows, by dynamic programming over split points. Pieces of one or two letters count
 *   only when data/repair/short-words.tsv lists them (ما, لا, في…), so a proclitic (و ب ل ك ف, ال)
 *   stays attached to the word after it (بالعراقوسوريا → بالعراق وسوريا). Each piece costs 1, a
 *   piece known only loosely or a short one a little more: the cheapest segmentation wins, and a
 *   word with no segmentation into known pieces stays whole.
 *
 * Linear in the input: the search looks at pieces of at most MAX_PIECE letters, and words longer
 * than MAX_WORD letters only get the teh marbuta / alef maqsura splits.
 *
 * @internal
 */
import { SHORT_WORDS } from '../generated/repair-data.js';
import { lexiconKey } from '../lexicon/lexicon.js';
import type { RepairContext } from './context.js';
import { makeEdit, type Edit } from './edit.js';
import { ALEF_MAQSURA, TEH_MARBUTA, isMarkOrTatweel, isPlainArabicWord, known, knownLoose } from './words.js';

const MAX_PIECE = 24;
const MAX_WORD = 64;
const COST_PIECE = 1;
const COST_LOOSE = 0.5;
const COST_SHORT = 0.3;

let short: Set<string> | undefined;

/** Code-unit length of s[from, to) without harakat and tatweel. */
function letterCount(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isMarkOrTatweel(s.charCodeAt(i))) n++;
  return n;
}

/** Proposes run-on edits. */
export function detectRunOns(ctx: RepairContext): Edit[] {
  const { text, wordCount, wordStarts, wordEnds } = ctx;
  short ??= new Set(SHORT_WORDS);
  const edits: Edit[] = [];
  for (let w = 0; w < wordCount; w++) {
    const a = wordStarts[w]!, b = wordEnds[w]!;
    if (b - a < 4 || !isPlainArabicWord(text, a, b)) continue;
    // Forced splits after a teh marbuta or alef maqsura followed (after harakat) by a letter.
    let segStart = a;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c !== TEH_MARBUTA && c !== ALEF_MAQSURA) continue;
      let j = i + 1;
      while (j < b && isMarkOrTatweel(text.charCodeAt(j))) j++;
      if (j >= b) break;
      splitSegment(ctx, segStart, j, edits);
      const letter = c === TEH_MARBUTA ? 'teh marbuta' : 'alef maqsura';
      edits.push(makeEdit(text, 'run-on', j, j, ' ', 0.95, `${letter} ends a word: it never stands inside one`));
      segStart = j;
      i = j - 1;
    }
    splitSegment(ctx, segStart, b, edits);
  }
  edits.sort((x, y) => x.start - y.start);
  return edits;
}

/** Splits s[a, b) into known pieces when it is not known itself. */
function splitSegment(ctx: RepairContext, a: number, b: number, edits: Edit[]): void {
  const { text, lexicon } = ctx;
  const n = b - a;
  if (n < 4 || letterCount(text, a, b) > MAX_WORD) return;
  if (knownLoose(lexicon, text, a, b)) return;
  // best[k]: cheapest cost of segmenting text[a, a + k); from[k]: where its last piece starts.
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let k = 1; k <= n; k++) {
    const end = a + k;
    // A piece ends before a letter, not before a haraka.
    if (end < b && isMarkOrTatweel(text.charCodeAt(end))) continue;
    for (let j = k - 1; j >= 0 && k - j <= MAX_PIECE + 8; j--) {
      if (best[j] === Infinity) continue;
      const start = a + j;
      if (isMarkOrTatweel(text.charCodeAt(start))) continue;
      const cost = pieceCost(ctx, start, end);
      if (cost === Infinity) continue;
      if (best[j]! + cost < best[k]!) {
        best[k] = best[j]! + cost;
        from[k] = j;
      }
    }
  }
  if (best[n] === Infinity) return;
  const cuts: number[] = [];
  for (let k = from[n]!; k > 0; k = from[k]!) cuts.push(a + k);
  if (cuts.length === 0) return;
  const pieces = cuts.length + 1;
  for (const cut of cuts.reverse()) {
    edits.push(makeEdit(text, 'run-on', cut, cut, ' ', pieces === 2 ? 0.85 : 0.75,
      `the lexicon does not know ${text.slice(a, b)} but knows each of its ${pieces} pieces`));
  }
}

/** Cost of s[start, end) as one piece of a split word, or Infinity when it cannot be one. */
function pieceCost(ctx: RepairContext, start: number, end: number): number {
  const { text, lexicon } = ctx;
  const letters = letterCount(text, start, end);
  if (letters > MAX_PIECE) return Infinity;
  if (letters <= 2) return short!.has(lexiconKey(text, start, end)) ? COST_PIECE + COST_SHORT : Infinity;
  // The article needs a word of at least two letters after it (الع is not a piece).
  if (text.startsWith('\u0627\u0644', start) && letterCount(text, start + 2, end) < 2) return Infinity;
  if (known(lexicon, text, start, end)) return COST_PIECE;
  if (knownLoose(lexicon, text, start, end)) return COST_PIECE + COST_LOOSE;
  return Infinity;
}
