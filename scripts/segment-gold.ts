/**
 * Scores segment() against the WikiNews segmentation gold of the Farasa segmenter
 * (dev/wikinews-dev.tsv in the shared folder): word accuracy of each scheme and the error classes
 * that remain. The gold is Farasa's; the light and atb golds are derived from it with its POS tags
 * (see goldFor). Used by the gold test (test/segment/gold.test.ts) and the benchmark
 * (bench/segment.ts). The gold is read from the shared folder; nothing of it is stored here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment, type Segmentation, type SegmentOptions, type SegmentScheme } from '../src/tokenize/index.js';
import { SHARED_DIR } from './shared-data.js';

export const WIKINEWS_PATH = join(SHARED_DIR, 'dev', 'wikinews-dev.tsv');

/** Why the gold cannot be used, or undefined. */
export function wikinewsMissing(): string | undefined {
  return existsSync(WIKINEWS_PATH) ? undefined : `WikiNews segmentation gold not found at ${WIKINEWS_PATH} (set AKHBAR_SHARED to the folder holding dev/)`;
}

/** One gold word: the word as written, its Farasa-style segmentation (ل+ال+محتوى) and POS tags. */
export interface GoldWord {
  readonly word: string;
  readonly gold: string;
  /** The gold's tags, one per segment (DET+NOUN), or '' when they do not line up with the segments. */
  readonly pos: string;
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
  const posCol = header.indexOf('gold_pos');
  if (col < 0 || posCol < 0) throw new Error(`${path}: no column gold_segmentation or gold_pos`);
  const out: GoldWord[] = [];
  for (const line of lines) {
    const cells = line.split('\t');
    const golds = (cells[col] ?? '').split(' ');
    const tags = (cells[posCol] ?? '').split(' ');
    golds.forEach((gold, i) => {
      if (!ARABIC.test(gold)) return;
      const t = golds.length === tags.length ? tags[i]! : '';
      const pos = t.split('+').length === gold.split('+').length ? t : '';
      out.push({ word: gold.replace(/^((?:[وف]\+)?)ل\+ال\+(ل?)/, '$1لل').replace(/\+/g, ''), gold, pos });
    });
  }
  return out;
}

/**
 * A segmentation written the gold's way: segments as written, joined with +, except that the
 * article of لل (the ل that stands for it, or the empty segment of للجنة) is written ال.
 */
export function farasaString(s: Segmentation): string {
  return [...s.prefixes, s.stem, ...s.suffixes]
    .map((g) => (g.restored === 'article-alef' || g.restored === 'article' ? g.text : s.word.slice(g.start - s.start, g.end - s.start)))
    .join('+');
}

/** Subject suffixes of verbs in the gold (tagged PRON after V): the light scheme keeps them on the verb. */
const SUBJECT_SUFFIXES = new Set(['ت', 'وا', 'ون', 'ا', 'ان', 'و', 'نا']);

/**
 * The gold segmentation of `w` in `scheme`. The gold is Farasa's; for `light`, the segments tagged
 * NSUFF (ة ات ين ون …) and CASE (the accusative alef) and the subject suffixes of verbs (PRON
 * after V: ت وا ون ا ان, and نا unless the verb is imperfect, as in يمكننا) are joined to what they
 * follow; for `atb`, the article (DET) is joined to what follows too. Undefined when the gold's
 * tags do not line up with its segments.
 */
export function goldFor(w: GoldWord, scheme: SegmentScheme): string | undefined {
  if (scheme === 'farasa') return w.gold;
  if (w.pos === '') return undefined;
  const segs = w.gold.split('+');
  const tags = w.pos.split('+');
  let out = segs[0]!;
  for (let i = 1; i < segs.length; i++) {
    const tag = tags[i]!;
    const seg = segs[i]!;
    const imperfect = /^[يت]/.test(segs[i - 1]!);
    const subject = tag === 'PRON' && tags[i - 1] === 'V' && SUBJECT_SUFFIXES.has(seg) && !(seg === 'نا' && imperfect);
    const join = tag === 'NSUFF' || tag === 'CASE' || subject || (scheme === 'atb' && tags[i - 1] === 'DET');
    out += (join ? '' : '+') + seg;
  }
  return out;
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

/** Word accuracy (exact match of the whole word's segmentation) of a scheme (default farasa). */
export function scoreWikinews(words: readonly GoldWord[], options: SegmentOptions = {}): GoldScore {
  const scheme = options.scheme ?? 'farasa';
  let correct = 0;
  let scored = 0;
  const classes = new Map<string, number>();
  const misses = new Map<string, number>();
  for (const w of words) {
    const gold = goldFor(w, scheme);
    if (gold === undefined) continue;
    scored++;
    const got = farasaString(segment(w.word, { ...options, scheme }));
    if (got === gold) { correct++; continue; }
    const c = errorClass(gold, got);
    classes.set(c, (classes.get(c) ?? 0) + 1);
    const k = `${gold}\t${got}`;
    misses.set(k, (misses.get(k) ?? 0) + 1);
  }
  return {
    words: scored,
    correct,
    accuracy: scored ? correct / scored : 0,
    classes: [...classes].sort((a, b) => b[1] - a[1]),
    top: [...misses].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, n]) => { const [g, o] = k.split('\t'); return [g!, o!, n] as const; }),
  };
}
