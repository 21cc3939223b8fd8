/**
 * The segmentation of one word, on its letters alone (harakat and tatweel removed): a word with a
 * fixed segmentation or a closed-class word as listed, otherwise its proclitics (proclitics.ts)
 * then its suffixes (suffixes.ts). Each cut is kept only when the lexicon says the pieces are words.
 *
 * The result is the finest analysis (the `farasa` scheme); segment.ts groups it for the others.
 *
 * @internal
 */
import type { Lookup, Part } from './part.js';
import { proclitics } from './proclitics.js';
import type { SegmentRole } from './roles.js';
import { suffixes } from './suffixes.js';
import { getTables, withWhole, type FunctionStem, type Tables } from './tables.js';
import { unfoldings } from './folding.js';

/** The finest segmentation of `w` (a word's letters), covering [0, w.length). */
export function finestParts(w: string, lookup: Lookup): Part[] {
  const base = getTables();
  const t = lookup.whole.size === 0 ? base : withWhole(base, lookup.whole);
  const known = lookup.known;
  const n = w.length;
  const closed = (x: string): string => (lookup.folded === true ? closedClass(x, t) : x);
  const whole = closed(w);
  const fixed = t.fixed.get(whole);
  if (fixed) return fixedParts(fixed);
  if (n === 0 || keptWhole(t.stems.get(whole))) return [{ from: 0, to: n, role: 'stem' }];

  const pro = proclitics(w, known, t);
  const parts = pro.parts;
  const rest = closed(w.slice(pro.at));
  if (keptWhole(t.stems.get(rest))) {
    parts.push({ from: pro.at, to: n, role: 'stem' });
    return parts;
  }
  const fixedRest = t.fixed.get(rest);
  if (fixedRest && pro.at > 0) {
    for (const p of fixedParts(fixedRest)) parts.push({ ...p, from: p.from + pro.at, to: p.to + pro.at });
    return parts;
  }
  return suffixes(w, pro, lookup, t);
}

/** A closed-class stem or a word kept whole, but not a listed noun in ل, whose suffixes are cut. */
function keptWhole(stem: FunctionStem | undefined): boolean {
  return stem !== undefined && stem.article !== true;
}

/** The closed-class word (fixed or stem) a folded spelling stands for (اذا: إذا), or x itself. */
function closedClass(x: string, t: Tables): string {
  if (t.fixed.has(x) || t.stems.has(x)) return x;
  for (const u of unfoldings(x)) if (t.fixed.has(u) || t.stems.has(u)) return u;
  return x;
}

function fixedParts(pieces: ReadonlyArray<readonly [string, SegmentRole]>): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const [text, role] of pieces) {
    parts.push({ from: at, to: at + text.length, role });
    at += text.length;
  }
  return parts;
}
