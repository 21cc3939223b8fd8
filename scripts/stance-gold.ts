/**
 * The labelled stance texts of test/fixtures/stance/labelled.tsv (written for akhbar) and their
 * scoring: accuracy, macro-F1 and a confusion table of stance() against the labels. Used by
 * test/stance/labelled.test.ts and bench/stance.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './shared-data.js';
import { STANCE_LABELS, stance, type StanceLabel, type StanceOptions } from '../src/stance/index.js';

export const LABELLED_PATH = join(FIXTURES_DIR, 'stance', 'labelled.tsv');

export interface LabelledText {
  readonly id: string;
  readonly target: string;
  readonly label: StanceLabel;
  readonly text: string;
}

export function readLabelled(path = LABELLED_PATH): LabelledText[] {
  const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  rows.shift();
  return rows.map((line) => {
    const [id, target, label, text] = line.split('\t') as [string, string, string, string];
    if (!(STANCE_LABELS as readonly string[]).includes(label)) throw new Error(`${path}: ${id}: bad label ${label}`);
    return { id, target, label: label as StanceLabel, text };
  });
}

export interface LabelledScore {
  readonly texts: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perLabel: Record<StanceLabel, { gold: number; predicted: number; correct: number; f1: number }>;
  /** confusion[gold][predicted] */
  readonly confusion: Record<StanceLabel, Record<StanceLabel, number>>;
  readonly errors: { id: string; gold: StanceLabel; predicted: StanceLabel }[];
}

export function scoreLabelled(texts: readonly LabelledText[], options: Omit<StanceOptions, 'targets'> = {}): LabelledScore {
  const zero = (): Record<StanceLabel, number> => ({ favor: 0, against: 0, neutral: 0, mixed: 0 });
  const confusion = { favor: zero(), against: zero(), neutral: zero(), mixed: zero() };
  const errors: LabelledScore['errors'][number][] = [];
  let correct = 0;
  for (const t of texts) {
    const [r] = stance(t.text, { ...options, targets: [t.target] });
    const predicted = r!.label;
    confusion[t.label][predicted]++;
    if (predicted === t.label) correct++;
    else errors.push({ id: t.id, gold: t.label, predicted });
  }
  const perLabel = Object.fromEntries(STANCE_LABELS.map((l) => {
    const gold = STANCE_LABELS.reduce((n, p) => n + confusion[l][p], 0);
    const predicted = STANCE_LABELS.reduce((n, g) => n + confusion[g][l], 0);
    const c = confusion[l][l];
    const p = predicted ? c / predicted : 0, r = gold ? c / gold : 0;
    return [l, { gold, predicted, correct: c, f1: p + r ? (2 * p * r) / (p + r) : 0 }];
  })) as LabelledScore['perLabel'];
  const macroF1 = STANCE_LABELS.reduce((s, l) => s + perLabel[l].f1, 0) / STANCE_LABELS.length;
  return { texts: texts.length, accuracy: texts.length ? correct / texts.length : 0, macroF1, perLabel, confusion, errors };
}
