/**
 * Scores segment() against the WikiNews segmentation gold of the Farasa segmenter
 * (dev/wikinews-dev.tsv in the shared folder): word accuracy of the `farasa` scheme and the error
 * classes that remain. Used by the gold test (test/segment/gold.test.ts) and the benchmark
 * (bench/segment.ts). The gold is read from the shared folder; nothing of it is stored here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment, type Segmentation, type SegmentOptions } from '../src/tokenize/index.js';
import { SHARED_DIR } from './shared-data.js';

export const WIKINEWS_PATH = join(SHARED_DIR, 'dev', 'wikinews-dev.tsv');

/** Why the gold cannot be used, or undefined. */
export function wikinewsMissing(): string | undefined {
  return existsSync(WIKINEWS_PATH) ? undefined : `WikiNews segmentation gold not found at ${WIKINEWS_PATH} (set AKHBAR_SHARED to the folder holding dev/)`;
}

/** One gold word: the word as written and its Farasa-style segmentation (ل+ال+محتوى). */
export interface GoldWord {
  readonly word: string;
  readonly gold: string;
}

const ARABIC = /[\u0621-\u064a]/;

/**
 * The Arabic words of the gold column, with the written word rebuilt from the segments (the
 * pieces joined, ل+ال written لل).
 */
export function readWikinewsGold(path = WIKINEWS_PATH): GoldWord[] {
  const lines = readFileSync(path, 'utf8').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.length > 0);
  const header = lines.shift()!.split('\t');
  const col = header.indexOf('gold_segmentation');
  if (col < 0) throw new Error(`${path}: no column gold_segmentation`);
  const out: GoldWord[] = [];
  for (const line of lines) {
    for (const gold of (line.split('\t')[col] ?? '').split(' ')) {
      if (!ARABIC.test(gold)) continue;
      out.push({ word: gold.replace(/^((?:[وف]\+)?)ل\+ال\+(ل?)/, '$1لل').replace(/\+/g, ''), gold });
    }
  }
  return out;
}

/**
 * A segmentation written the gold's way: segments as written, joined with +, except the article
 * of لل (the ل that stands for it, or the empty segment of للجنة), written ال.
 */
export function farasaString(s: Segmentation): string {
  return [...s.prefixes, s.stem, ...s.suffixes]
    .map((g) => (g.restored === 'article-alef' || g.restored === 'article' ? 'ال' : s.word.slice(g.start - s.start, g.end - s.start)))
    .join('+');
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ال']);

/** The class of a mismatch: which side of the stem differs, and how. */
export function errorClass(gold: string, got: string): string {
  const g = gold.split('+');
  const o = got.split('+');
  const pre = (p: string[]): string => {
    const out: string[] = [];
    for (const x of p.slice(0, -1)) {
      if (!PROCLITICS.has(x)) break;
      out.push(x);
    }
    return out.join('+');
  };
  const gp = pre(g), op = pre(o);
  if (gp !== op) return gp.length > op.length ? 'proclitic missed' : op.length > gp.length ? 'proclitic extra' : 'proclitic wrong';
  const gs = g.slice(gp ? gp.split('+').length : 0);
  const os = o.slice(op ? op.split('+').length : 0);
  if (gs.length > os.length) return 'suffix missed';
  if (os.length > gs.length) return 'suffix extra';
  return 'stem/suffix boundary';
}

export interface GoldScore {
  readonly words: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Mismatch counts by class, largest first. */
  readonly classes: ReadonlyArray<readonly [string, number]>;
  /** The most frequent mismatches: gold, got, count. */
  readonly top: ReadonlyArray<readonly [gold: string, got: string, count: number]>;
}

/** Word accuracy (exact match of the whole word's segmentation) of the farasa scheme. */
export function scoreWikinews(words: readonly GoldWord[], options: SegmentOptions = {}): GoldScore {
  let correct = 0;
  const classes = new Map<string, number>();
  const misses = new Map<string, number>();
  for (const { word, gold } of words) {
    const got = farasaString(segment(word, { ...options, scheme: 'farasa' }));
    if (got === gold) { correct++; continue; }
    const c = errorClass(gold, got);
    classes.set(c, (classes.get(c) ?? 0) + 1);
    const k = `${gold}\t${got}`;
    misses.set(k, (misses.get(k) ?? 0) + 1);
  }
  return {
    words: words.length,
    correct,
    accuracy: words.length ? correct / words.length : 0,
    classes: [...classes].sort((a, b) => b[1] - a[1]),
    top: [...misses].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, n]) => { const [g, o] = k.split('\t'); return [g!, o!, n] as const; }),
  };
}
