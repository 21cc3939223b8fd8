/**
 * Test helpers for the repair detectors: a RepairContext built as repair() builds it, without the
 * lexicon (the layout detectors do not read it).
 */
import { repairContext } from '../../src/repair/repair.js';
import type { RangeLexicon } from '../../src/lexicon/lexicon.js';
import type { Detector, RepairContext } from '../../src/repair/context.js';
import { applyEdits, type Edit } from '../../src/repair/edit.js';

/** A lexicon that knows no word: enough for detectors that do not look words up. */
const EMPTY_LEXICON = {
  has: () => false,
  hasRange: () => false,
} as unknown as RangeLexicon;

/** The context that repair() gives its detectors, for `text`. */
export function contextOf(text: string, lexicon: RangeLexicon = EMPTY_LEXICON): RepairContext {
  return repairContext(text, lexicon);
}

/** Runs one detector on `text`. */
export function run(detector: Detector, text: string): Edit[] {
  return detector(contextOf(text)).toEdits();
}

/** Runs one detector on `text` and applies its edits. */
export function fix(detector: Detector, text: string): string {
  return applyEdits(text, run(detector, text));
}

/** The edits as plain [kind, start, end, before, after] rows, for exact comparison. */
export function rows(edits: readonly Edit[]): [string, number, number, string, string][] {
  return edits.map((e) => [e.kind, e.start, e.end, e.before, e.after]);
}
