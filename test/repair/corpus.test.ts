/**
 * Scores repair() against the shared repair gold (gold/seeds-repairs.tsv beside the corpus, read by
 * scripts/repair-gold.ts): every gold repair made at every occurrence, the keep rows untouched, and
 * no edit that no gold row accounts for. Nothing of the corpus or the gold is stored here.
 */
import { describe, expect, it } from 'vitest';
import { EDIT_KINDS, repair, type EditKind, type Repaired, type RepairOptions } from '../../src/repair/index.js';
import { CORPUS_DIR, corpusMissing, readCorpus } from '../../scripts/shared-data.js';
import { GOLD_PATH, goldMissing, readGold, scoreFile, UNENUMERATED, type FileScore, type GoldRow } from '../../scripts/repair-gold.js';

const missing = corpusMissing() ?? goldMissing();
if (missing) {
  console.warn(`[akhbar] SKIPPING test/repair/corpus.test.ts: ${missing}`);
}

const corpus = missing ? [] : readCorpus();
const gold = missing ? [] : readGold();
/** Corpus texts by the three-digit prefix the gold names them by. */
const textOf = new Map(corpus.map((f) => [f.name.slice(0, 3), f.text] as [string, string]));

const DEFAULT_KINDS: EditKind[] = EDIT_KINDS.filter((k) => k !== 'hamza');
const ALL_KINDS: EditKind[] = [...EDIT_KINDS];

/** Scores of each gold file, computed once per set of options. */
function scorer(options: RepairOptions, kinds: readonly EditKind[]): (file: string) => { score: FileScore; repaired: Repaired } {
  const cache = new Map<string, { score: FileScore; repaired: Repaired }>();
  return (file) => {
    let hit = cache.get(file);
    if (!hit) {
      const text = textOf.get(file);
      if (text === undefined) throw new Error(`the gold names file ${file}, which the corpus (${CORPUS_DIR}) lacks`);
      const repaired = repair(text, options);
      hit = { score: scoreFile(file, text, repaired, gold, kinds), repaired };
      cache.set(file, hit);
    }
    return hit;
  };
}

const withDefaults = scorer({}, DEFAULT_KINDS);
const withHamza = scorer({ hamza: true }, ALL_KINDS);

const label = (r: GoldRow) => `${r.file} ${r.kind} ${JSON.stringify(r.before)} ×${r.count}`;
/** Rows checked with the default options: all but hamza (opt-in) and variant (not rewritten). */
const defaultRows = gold.filter((r) => r.kind !== 'hamza' && r.kind !== 'variant').map((r) => [label(r), r] as [string, GoldRow]);
/** Rows checked with hamza: true: the hamza rows and the keep rows. */
const hamzaRows = gold.filter((r) => r.kind === 'hamza' || r.kind === 'keep').map((r) => [label(r), r] as [string, GoldRow]);
const goldFiles = [...new Set(gold.map((r) => r.file))].sort();

/** Checks one row's result: every occurrence found and repaired (or, for keep rows, untouched). */
function checkRow(row: GoldRow, score: FileScore): void {
  const res = score.rows.find((x) => x.row === row);
  expect(res, `row not scored: ${label(row)}`).toBeDefined();
  const why = `${label(row)}${row.note ? ` (${row.note})` : ''}: ${res!.failures.join(' | ')}`;
  // A count of 0 marks a described row (e.g. "trailing spaces at line ends"): scored as one case.
  if (row.count > 0) expect(res!.found, `occurrences of ${label(row)}`).toBe(row.count);
  else expect(res!.found, `occurrences of ${label(row)}`).toBeGreaterThan(0);
  expect(res!.correct, why).toBe(res!.found);
}

describe('shared repair gold availability', () => {
  it.runIf(missing !== undefined)('reports why the repair corpus tests are skipped', () => {
    console.warn(`[akhbar] repair corpus tests skipped: ${missing}`);
    expect(missing).toMatch(/not found|holds no/);
  });
});

describe.skipIf(missing !== undefined)(`repair against the gold (${GOLD_PATH})`, () => {
  it('the gold has rows and names only corpus files', () => {
    expect(gold.length).toBeGreaterThan(0);
    for (const f of goldFiles) expect(textOf.has(f), `corpus file ${f}`).toBe(true);
    for (const r of gold) {
      expect([...EDIT_KINDS, 'keep', 'variant'], label(r)).toContain(r.kind);
      expect(Number.isInteger(r.count) && r.count >= 0, label(r)).toBe(true);
    }
  });

  describe('default options', () => {
    it.each(defaultRows)('%s', (_label, row) => {
      checkRow(row, withDefaults(row.file).score);
    });

    it.each(goldFiles.map((f) => [f]))('%s: every edit is accounted for by a gold row (whitespace and hard-wrap aside)', (file) => {
      const { score } = withDefaults(file);
      const text = textOf.get(file)!;
      const shown = score.unexplained.map((e) => `${e.kind} at ${e.start}: ${JSON.stringify(e.before)}→${JSON.stringify(e.after)} in ${JSON.stringify(text.slice(Math.max(0, e.start - 15), e.end + 15))}`);
      expect(shown).toEqual([]);
    });

    it.each(goldFiles.map((f) => [f]))('%s: no hamza edit unless asked for', (file) => {
      expect(withDefaults(file).repaired.edits.filter((e) => e.kind === 'hamza')).toEqual([]);
    });
  });

  describe('hamza: true', () => {
    it.each(hamzaRows)('%s', (_label, row) => {
      checkRow(row, withHamza(row.file).score);
    });

    it.each(goldFiles.map((f) => [f]))('%s: switching hamza on adds no unexplained edit of another kind', (file) => {
      const { score } = withHamza(file);
      const others = score.unexplained.filter((e) => e.kind !== 'hamza' && !UNENUMERATED.includes(e.kind));
      expect(others.map((e) => `${e.kind} at ${e.start}: ${JSON.stringify(e.before)}→${JSON.stringify(e.after)}`)).toEqual([]);
    });
  });
});
