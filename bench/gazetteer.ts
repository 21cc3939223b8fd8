/**
 * akhbar gazetteer benchmark: `npm run bench:gazetteer`. See bench/README.md ("Gazetteer benchmark").
 *
 * 1. precision and recall on the entity gold of the corpus (test/fixtures/gazetteer/corpus-mentions.tsv),
 *    on the text as given and on the repaired text;
 * 2. named entities of ANERcorp (../shared/dev/anercorp-train.txt), CoNLL-style, per type;
 * 3. throughput of find() with the built-in gazetteer, and with 1,000 vs 100,000 synthetic
 *    entities, next to tokenize, in interleaved rounds;
 * 4. defaultGazetteer(): time and memory of the first call, and of the first find (which builds
 *    the index), in fresh child processes.
 *
 * Prints tables and writes bench/results/gazetteer.json (git-ignored). Nothing of the shared data
 * goes into the JSON.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gazetteer, defaultGazetteer, type Entity } from '../src/gazetteer/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { anercorpMissing, readAnercorp, scoreNer, NER_TYPES, NER_WINDOW, ANERCORP_PATH } from '../scripts/ner-gold.js';
import { entityGoldMissing, readEntityGold, scoreEntityGold } from '../scripts/entity-gold.js';
import { SAMPLE_TEXT } from '../scripts/sample.js';
import { MB, baseText, utf8Bytes } from './inputs.js';
import { findGc } from './process.js';
import type { GazetteerJson } from './results-types.js';
import { busyWarning, f, gitState, heading, interleavedRounds, loadLine, machine, machineLine, median, skipped, table, writeResults } from './report.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');

const TARGET = {
  nerF1: 0.7, // ANERcorp, PERS + LOC + ORG together
  findMBps: 5, // find() with the built-in gazetteer
  scaling: 1.5, // find() with 100,000 entities ÷ with 1,000
  loadMs: 50, // first defaultGazetteer() call and first find
  corpusPrecision: 0.95,
  corpusRecall: 0.95,
};
const ROUNDS = 9;
let sink = 0;
const gc = findGc();
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

interface CorpusScore { mode: string; gold: number; predicted: number; correct: number; precision: number; recall: number }

function corpus(): CorpusScore[] | { skipped: string } {
  heading('1. Entity gold of the corpus (span and entity id must match)');
  const gold = readEntityGold();
  const missing = entityGoldMissing(gold);
  if (missing) return skipped(missing);
  const rows: CorpusScore[] = [];
  for (const mode of ['text as given', 'repaired text'] as const) {
    const s = scoreEntityGold(defaultGazetteer(), gold, mode === 'repaired text');
    rows.push({ mode, gold: s.gold, predicted: s.predicted, correct: s.correct, precision: s.precision, recall: s.recall });
    if (mode === 'repaired text') {
      console.log('Missed (repaired text), by entity id:');
      const ids = new Map<string, number>();
      for (const e of s.errors) for (const m of e.missed) ids.set(m.id, (ids.get(m.id) ?? 0) + 1);
      console.log('  ' + ([...ids].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ×${n}`).join(', ') || 'none'));
      console.log('Wrong (repaired text), by entity id and kind:');
      const wrong = new Map<string, number>();
      for (const e of s.errors) for (const m of e.wrong) wrong.set(`${m.entityId} (${m.kind})`, (wrong.get(`${m.entityId} (${m.kind})`) ?? 0) + 1);
      console.log('  ' + ([...wrong].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ×${n}`).join(', ') || 'none') + '\n');
    }
  }
  console.log(table(['find on', 'gold', 'found', 'correct', 'precision', 'recall'],
    rows.map((r) => [r.mode, String(r.gold), String(r.predicted), String(r.correct), pct(r.precision), pct(r.recall)]), [false, true, true, true, true, true]));
  return rows;
}

function ner(): ReturnType<typeof scoreNer> | { skipped: string } {
  heading('2. Named entities of ANERcorp (CoNLL-style exact spans; demonyms and MISC left out)');
  const missing = anercorpMissing();
  if (missing) return skipped(missing);
  const sentences = readAnercorp();
  const score = scoreNer(defaultGazetteer(), sentences);
  console.log(`${ANERCORP_PATH}: ${score.sentences} sentences, given to find() ${NER_WINDOW} at a time, a sentence a line.\n`);
  console.log(table(['type', 'gold', 'predicted', 'correct', 'precision', 'recall', 'F1'],
    [...NER_TYPES, 'all' as const].map((t) => {
      const s = score.byType[t];
      return [t, String(s.gold), String(s.predicted), String(s.correct), pct(s.precision), pct(s.recall), pct(s.f1)];
    }), [false, true, true, true, true, true, true]));
  return score;
}

/** `n` synthetic entities with made-up two-word Arabic names (letters from a seeded generator). */
function synthetic(n: number): Entity[] {
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const word = (): string => Array.from({ length: 4 + Math.floor(rand() * 4) }, () => letters[Math.floor(rand() * letters.length)]).join('');
  return Array.from({ length: n }, (_, i) => ({ id: `e${i}`, type: 'person' as const, names: { ar: `${word()} ${word()}`, en: `E${i}` }, aliases: [word()] }));
}

interface Throughput {
  input: string; bytes: number; medianMs: Record<string, number>; mbPerSec: Record<string, number>; ratio100kTo1k: number;
  afterGc: { firstMs: number; nextMs: number; ratio: number } | undefined;
}

function throughput(): Throughput {
  heading('3. Throughput of find(), interleaved rounds');
  const base = baseText();
  const text = base.missing ? SAMPLE_TEXT.repeat(20) : base.text;
  const bytes = utf8Bytes(text);
  const g1k = new Gazetteer(synthetic(1_000));
  const g100k = new Gazetteer(synthetic(100_000));
  const builtin = defaultGazetteer();
  for (const g of [g1k, g100k, builtin]) sink += g.find('تمهيد').length;
  const tasks: [string, () => void][] = [
    ['tokenize', () => { sink += tokenize(text).length; }],
    ['find (built-in)', () => { sink += builtin.find(text).length; }],
    ['find (1,000 synthetic)', () => { sink += g1k.find(text).length; }],
    ['find (100,000 synthetic)', () => { sink += g100k.find(text).length; }],
  ];
  const per = interleavedRounds(tasks, ROUNDS, gc);
  const medianMs = Object.fromEntries(tasks.map(([n]) => [n, median(per[n]!)]));
  const mbPerSec = Object.fromEntries(tasks.map(([n]) => [n, bytes / MB / (medianMs[n]! / 1000)]));
  const ratio100kTo1k = median(per['find (100,000 synthetic)']!.map((x, i) => x / per['find (1,000 synthetic)']![i]!));
  console.log(`Input: ${base.missing ? 'the sample ×20' : 'the corpus'} (${f(bytes / 1000, 0)} kB); medians over ${ROUNDS} rounds.\n`);
  console.log(table(['task', 'median ms', 'MB/s'], tasks.map(([n]) => [n, f(medianMs[n]!, 2), f(mbPerSec[n]!, 1)]), [false, true, true]));
  console.log(`\nfind with 100,000 entities ÷ with 1,000 (median of per-round ratios): ${f(ratio100kTo1k, 2)}`);
  const afterGc = gc ? firstCallAfterGc(() => { sink += builtin.find(text).length; }, gc) : undefined;
  if (afterGc) console.log(`find (built-in) right after a full GC ÷ the call after it (median of ${ROUNDS} rounds): ${f(afterGc.ratio, 2)}`);
  return { input: base.missing ? 'sample' : 'corpus', bytes, medianMs, mbPerSec, ratio100kTo1k, afterGc };
}

/**
 * The first call after a full GC and the call after it, in ms, and their ratio (medians over the
 * rounds): how much optimized code V8 throws away in a full collection (src/_lib/keep-shape.ts).
 */
function firstCallAfterGc(run: () => void, gc: () => void): { firstMs: number; nextMs: number; ratio: number } {
  const first: number[] = [], next: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    gc();
    let t = performance.now();
    run();
    first.push(performance.now() - t);
    t = performance.now();
    run();
    next.push(performance.now() - t);
  }
  return { firstMs: median(first), nextMs: median(next), ratio: median(first.map((x, i) => x / next[i]!)) };
}

interface Load { importMs: number; defaultMs: number; firstFindMs: number; heapMB: number }

function load(): { runs: Load[]; medianDefaultMs: number; medianFirstFindMs: number; medianHeapMB: number } {
  heading('4. defaultGazetteer() and the first find(), in 5 fresh processes');
  // The built package when there is one (what users load), else the sources through tsx. What
  // every part of akhbar loads once (the lexicon, the normalize tables) is warmed first: it is
  // not the gazetteer's cost.
  const dist = join(repoRoot, 'dist', 'index.js');
  const entry = existsSync(dist) ? dist : join(repoRoot, 'src', 'index.ts');
  const script = `
    const t0 = performance.now();
    const lib = await import(${JSON.stringify(entry)});
    const importMs = performance.now() - t0;
    lib.builtinLexicon().has('x'); lib.segment('والعراق'); lib.normalizeWithOffsets('قال', 'search'); lib.tokenize('قال');
    globalThis.gc?.(); const before = process.memoryUsage();
    const t1 = performance.now(); const g = lib.defaultGazetteer(); const t2 = performance.now();
    g.find('قال وزير الخارجية الأميركي إن بغداد ودمشق'); const t3 = performance.now();
    globalThis.gc?.(); const after = process.memoryUsage();
    console.log(JSON.stringify({ importMs, defaultMs: t2 - t1, firstFindMs: t3 - t2, heapMB: (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20 }));`;
  const runs: Load[] = [];
  for (let i = 0; i < 5; i++) {
    const args = entry === dist ? ['--expose-gc', '--input-type=module', '-e', script] : ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script];
    const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    try { runs.push(JSON.parse(line) as Load); } catch { console.log(`child ${i} failed: ${r.stderr.slice(0, 300)}`); }
  }
  const medianDefaultMs = median(runs.map((r) => r.defaultMs));
  const medianFirstFindMs = median(runs.map((r) => r.firstFindMs));
  const medianHeapMB = median(runs.map((r) => r.heapMB));
  console.log(`Loaded from ${entry === dist ? 'dist/ (the built package)' : 'src/ through tsx (run npm run build to measure the package)'}.`);
  console.log(table(['step', 'median ms'], [
    ['import akhbar', f(median(runs.map((r) => r.importMs)), 1)],
    ['defaultGazetteer() (parse the data)', f(medianDefaultMs, 1)],
    ['first find() (build the index)', f(medianFirstFindMs, 1)],
    ['both', f(median(runs.map((r) => r.defaultMs + r.firstFindMs)), 1)],
  ], [false, true]));
  console.log(`\nheap + buffers kept by the gazetteer and its index: median ${f(medianHeapMB, 1)} MiB`);
  return { runs, medianDefaultMs, medianFirstFindMs, medianHeapMB };
}

function main(): void {
  const t0 = performance.now();
  const loadStart = os.loadavg();
  console.log(machineLine('akhbar gazetteer benchmark'));
  console.log(loadLine(loadStart));
  const c = corpus();
  const n = ner();
  const tp = throughput();
  const ld = load();
  const loadEnd = os.loadavg();
  heading('Targets');
  const rows: string[][] = [];
  if (Array.isArray(c)) {
    const r = c[1]!;
    rows.push(['corpus precision (repaired text)', pct(r.precision), `≥ ${pct(TARGET.corpusPrecision)}`, r.precision >= TARGET.corpusPrecision ? 'PASS' : 'FAIL']);
    rows.push(['corpus recall (repaired text)', pct(r.recall), `≥ ${pct(TARGET.corpusRecall)}`, r.recall >= TARGET.corpusRecall ? 'PASS' : 'FAIL']);
  }
  if ('byType' in n) rows.push(['ANERcorp F1, PERS + LOC + ORG', pct(n.byType.all.f1), `≥ ${pct(TARGET.nerF1)}`, n.byType.all.f1 >= TARGET.nerF1 ? 'PASS' : 'FAIL']);
  const mbps = tp.mbPerSec['find (built-in)']!;
  rows.push(['find, built-in gazetteer', `${f(mbps, 1)} MB/s`, `≥ ${TARGET.findMBps} MB/s`, mbps >= TARGET.findMBps ? 'PASS' : 'FAIL']);
  rows.push(['find, 100,000 ÷ 1,000 entities', f(tp.ratio100kTo1k, 2), `≤ ${TARGET.scaling}`, tp.ratio100kTo1k <= TARGET.scaling ? 'PASS' : 'FAIL']);
  const loadMs = median(ld.runs.map((r) => r.defaultMs + r.firstFindMs));
  rows.push(['defaultGazetteer() + first find', `${f(loadMs, 1)} ms`, `< ${TARGET.loadMs} ms`, loadMs < TARGET.loadMs ? 'PASS' : 'FAIL']);
  console.log(table(['target', 'measured', 'goal', ''], rows, [false, true, true, false]));
  console.log(busyWarning(loadStart, loadEnd));
  const results = { ...gitState(), machine: machine(), loadStart, loadEnd, corpus: c, ner: n, throughput: tp, load: ld, targets: TARGET, sink, totalSeconds: (performance.now() - t0) / 1000 };
  writeResults(['gazetteer.json'], results satisfies GazetteerJson);
}

main();
