/**
 * akhbar gazetteer benchmark: `npm run bench:gazetteer`. See bench/README.md ("Gazetteer benchmark").
 *
 * 1. named entities of ANERcorp (../shared/dev/anercorp-train.txt), CoNLL-style, per type;
 * 2. throughput of find() with the built-in gazetteer, and with 1,000 vs 100,000 synthetic
 *    entities, next to tokenize, in interleaved rounds;
 * 3. defaultGazetteer(): first-call time and memory, in fresh child processes.
 *
 * Prints tables and writes bench/results/gazetteer.json (git-ignored). Nothing of the shared data
 * goes into the JSON.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gazetteer, defaultGazetteer, type Entity } from '../src/gazetteer/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { anercorpMissing, readAnercorp, scoreNer, NER_TYPES, ANERCORP_PATH } from '../scripts/ner-gold.js';
import { SAMPLE_TEXT } from '../scripts/sample.js';
import { MB, baseText, utf8Bytes } from './inputs.js';
import { findGc } from './process.js';
import { busyWarning, f, gitState, heading, loadLine, machine, machineLine, median, table, timePerCall, writeResults } from './report.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');

const TARGET = {
  nerF1: 0.7, // ANERcorp, PERS + LOC + ORG together
  findMBps: 5, // find() with the built-in gazetteer
  scaling: 1.5, // find() with 100,000 entities ÷ with 1,000
  loadMs: 50, // first defaultGazetteer() call
};
const ROUNDS = 9;
let sink = 0;
const gc = findGc();
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function ner(): ReturnType<typeof scoreNer> | { skipped: string } {
  heading('1. Named entities of ANERcorp (CoNLL-style exact spans; demonyms and MISC left out)');
  const missing = anercorpMissing();
  if (missing) {
    console.log(`SKIPPED: ${missing}`);
    return { skipped: missing };
  }
  const sentences = readAnercorp();
  const score = scoreNer(defaultGazetteer(), sentences);
  console.log(`${ANERCORP_PATH}: ${score.sentences} sentences.\n`);
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

interface Throughput { input: string; bytes: number; medianMs: Record<string, number>; mbPerSec: Record<string, number>; ratio100kTo1k: number }

function throughput(): Throughput {
  heading('2. Throughput of find(), interleaved rounds');
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
  const reps = tasks.map(([, run]) => { run(); return Math.max(1, Math.round(60 / Math.max(timePerCall(run, 1), 0.001))); });
  const per: Record<string, number[]> = Object.fromEntries(tasks.map(([n]) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    gc?.();
    tasks.forEach(([n, run], i) => per[n]!.push(timePerCall(run, reps[i]!)));
  }
  const medianMs = Object.fromEntries(tasks.map(([n]) => [n, median(per[n]!)]));
  const mbPerSec = Object.fromEntries(tasks.map(([n]) => [n, bytes / MB / (medianMs[n]! / 1000)]));
  const ratio100kTo1k = median(per['find (100,000 synthetic)']!.map((x, i) => x / per['find (1,000 synthetic)']![i]!));
  console.log(`Input: ${base.missing ? 'the sample ×20' : 'the corpus'} (${f(bytes / 1000, 0)} kB); medians over ${ROUNDS} rounds.\n`);
  console.log(table(['task', 'median ms', 'MB/s'], tasks.map(([n]) => [n, f(medianMs[n]!, 2), f(mbPerSec[n]!, 1)]), [false, true, true]));
  console.log(`\nfind with 100,000 entities ÷ with 1,000 (median of per-round ratios): ${f(ratio100kTo1k, 2)}`);
  return { input: base.missing ? 'sample' : 'corpus', bytes, medianMs, mbPerSec, ratio100kTo1k };
}

interface Load { ms: number; heapMB: number }

function load(): { runs: Load[]; medianMs: number; medianHeapMB: number } {
  heading('3. defaultGazetteer(): first call, in 5 fresh processes');
  const script = `
    const { defaultGazetteer } = await import(${JSON.stringify(join(repoRoot, 'src', 'gazetteer', 'index.ts'))});
    globalThis.gc?.(); const before = process.memoryUsage();
    const t = performance.now(); const g = defaultGazetteer(); g.find('سوريا'); const ms = performance.now() - t;
    globalThis.gc?.(); const after = process.memoryUsage();
    console.log(JSON.stringify({ ms, heapMB: (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20 }));`;
  const runs: Load[] = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    try { runs.push(JSON.parse(line) as Load); } catch { console.log(`child ${i} failed: ${r.stderr.slice(0, 300)}`); }
  }
  const medianMs = median(runs.map((r) => r.ms));
  const medianHeapMB = median(runs.map((r) => r.heapMB));
  console.log(`first call (parse + index + one find): median ${f(medianMs, 1)} ms; heap + buffers kept: median ${f(medianHeapMB, 1)} MiB`);
  return { runs, medianMs, medianHeapMB };
}

function main(): void {
  const t0 = performance.now();
  const loadStart = os.loadavg();
  console.log(machineLine('akhbar gazetteer benchmark'));
  console.log(loadLine(loadStart));
  const n = ner();
  const tp = throughput();
  const ld = load();
  const loadEnd = os.loadavg();
  heading('Targets');
  const rows: string[][] = [];
  if ('byType' in n) rows.push(['ANERcorp F1, PERS + LOC + ORG', pct(n.byType.all.f1), `≥ ${pct(TARGET.nerF1)}`, n.byType.all.f1 >= TARGET.nerF1 ? 'PASS' : 'FAIL']);
  const mbps = tp.mbPerSec['find (built-in)']!;
  rows.push(['find, built-in gazetteer', `${f(mbps, 1)} MB/s`, `≥ ${TARGET.findMBps} MB/s`, mbps >= TARGET.findMBps ? 'PASS' : 'FAIL']);
  rows.push(['find, 100,000 ÷ 1,000 entities', f(tp.ratio100kTo1k, 2), `≤ ${TARGET.scaling}`, tp.ratio100kTo1k <= TARGET.scaling ? 'PASS' : 'FAIL']);
  rows.push(['defaultGazetteer() first call', `${f(ld.medianMs, 1)} ms`, `< ${TARGET.loadMs} ms`, ld.medianMs < TARGET.loadMs ? 'PASS' : 'FAIL']);
  console.log(table(['target', 'measured', 'goal', ''], rows, [false, true, true, false]));
  console.log(busyWarning(loadStart, loadEnd));
  const results = { ...gitState(), machine: machine(), loadStart, loadEnd, ner: n, throughput: tp, load: ld, targets: TARGET, sink, totalSeconds: (performance.now() - t0) / 1000 };
  writeResults(['gazetteer.json'], results);
}

main();
