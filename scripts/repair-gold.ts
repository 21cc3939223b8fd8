/**
 * Scores repair() against the shared gold (gold/seeds-repairs.tsv beside the corpus): which gold
 * repairs it made, which it missed, and which edits no gold row accounts for. Used by the corpus
 * test (test/repair/corpus.test.ts) and the accuracy benchmark (bench/repair-accuracy.ts).
 * The gold is read from the shared folder; nothing of it is stored in the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edit, EditKind, Repaired } from '../src/repair/index.js';
import { SHARED_DIR } from './shared-data.js';

export const GOLD_PATH = join(SHARED_DIR, 'gold', 'seeds-repairs.tsv');

export interface GoldRow {
  /** Corpus file prefix (000…004). */
  file: string;
  /** An edit kind, or keep / variant. */
  kind: string;
  before: string;
  after: string;
  count: number;
  note: string;
}

/** Why the gold cannot be used, or undefined. */
export function goldMissing(): string | undefined {
  return existsSync(GOLD_PATH) ? undefined : `repair gold not found at ${GOLD_PATH} (set AKHBAR_SHARED to the folder holding gold/)`;
}

export function readGold(): GoldRow[] {
  const lines = readFileSync(GOLD_PATH, 'utf8').split('\n').filter((l) => l.trim().length > 0);
  const header = lines.shift()!.split('\t');
  const col = (name: string) => header.indexOf(name);
  const unescape = (s: string) => s.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  return lines.map((l) => {
    const c = l.split('\t');
    return {
      file: c[col('file')]!, kind: c[col('kind')]!, before: unescape(c[col('before')] ?? ''),
      after: unescape(c[col('after')] ?? ''), count: Number(c[col('count')] ?? 0), note: c[col('note')] ?? '',
    };
  });
}

const isLetter = (c: number) => (c >= 0x0621 && c <= 0x064a) || (c >= 0x064b && c <= 0x065f) || c === 0x0640;

/** Offsets of `needle` in `text` not glued to Arabic letters on either side. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + needle.length < text.length ? text.charCodeAt(i + needle.length) : 32;
    if (isLetter(needle.charCodeAt(0)) && isLetter(before)) continue;
    if (isLetter(needle.charCodeAt(needle.length - 1)) && isLetter(after)) continue;
    out.push(i);
  }
  return out;
}

/** Edits that fall inside [s, e): replacements within it, insertions strictly inside. */
export function editsWithin(edits: readonly Edit[], s: number, e: number): Edit[] {
  return edits.filter((x) => (x.start === x.end ? x.start > s && x.start < e : x.start >= s && x.end <= e));
}

/** Edits that touch [s, e) at all (for keep rows). */
function editsTouching(edits: readonly Edit[], s: number, e: number): Edit[] {
  return edits.filter((x) => (x.start === x.end ? x.start > s && x.start < e : x.start < e && x.end > s));
}

export interface RowResult {
  row: GoldRow;
  /** Occurrences of `before` found in the text. */
  found: number;
  /** Occurrences repaired exactly as the gold says (for keep rows: left untouched). */
  correct: number;
  /** Why an occurrence failed, for messages. */
  failures: string[];
}

export interface FileScore {
  rows: RowResult[];
  /** Edits of a kind the gold enumerates for this file that no gold occurrence accounts for. */
  unexplained: Edit[];
}

/** Kinds whose edits the gold does not enumerate one by one. */
export const UNENUMERATED: readonly string[] = ['whitespace', 'hard-wrap'];

/** Scores one corpus file. `kinds` are the edit kinds that were switched on. */
export function scoreFile(file: string, text: string, repaired: Repaired, gold: readonly GoldRow[], kinds: readonly EditKind[]): FileScore {
  const rows: RowResult[] = [];
  // The edits as objects once: each read of the list makes new ones, and they are told apart by identity.
  const edits = repaired.edits.toArray();
  const explained = new Set<Edit>();
  for (const row of gold.filter((r) => r.file === file)) {
    if (row.kind === 'variant') continue;
    if (row.kind !== 'keep' && !kinds.includes(row.kind as EditKind)) continue;
    const res: RowResult = { row, found: 0, correct: 0, failures: [] };
    rows.push(res);
    if (row.kind === 'whitespace' && !text.includes(row.before)) {
      // A described row ("trailing spaces at line ends"): the repaired text has none.
      res.found = 1;
      const bad = repaired.text.split('\n').filter((l) => /[ \t\u00a0]+$/.test(l)).length;
      if (bad === 0) res.correct = 1;
      else res.failures.push(`${bad} lines still end in spaces`);
      continue;
    }
    for (const at of occurrences(text, row.before)) {
      res.found++;
      const end = at + row.before.length;
      if (row.kind === 'keep') {
        const touching = editsTouching(edits, at, end);
        if (touching.length === 0) res.correct++;
        else res.failures.push(`at ${at}: ${touching.map((e) => `${e.kind} ${JSON.stringify(e.before)}→${JSON.stringify(e.after)}`).join(', ')}`);
        continue;
      }
      const inside = editsWithin(edits, at, end);
      let out = '';
      let pos = at;
      for (const e of inside) { out += text.slice(pos, e.start) + e.after; pos = e.end; }
      out += text.slice(pos, end);
      const ok = out === row.after && inside.some((e) => e.kind === row.kind);
      if (ok) { res.correct++; for (const e of inside) explained.add(e); }
      else res.failures.push(`at ${at}: got ${JSON.stringify(out)} (${inside.map((e) => e.kind).join(', ') || 'no edit'})`);
    }
  }
  const goldKinds = new Set(rows.map((r) => r.row.kind));
  const unexplained = edits.filter((e) => !explained.has(e) && !UNENUMERATED.includes(e.kind) && (goldKinds.has(e.kind) || true));
  return { rows, unexplained };
}
