/**
 * akhbar core benchmark: throughput of the tokenizer and normalizer against Intl.Segmenter and a
 * bare charCodeAt scan, pathological inputs, memory. Run by `npm run bench` (bench/run.ts) with
 * the other benchmarks, or alone with `npx tsx bench/core.ts`. See bench/README.md for what is
 * measured and how to read it. Writes bench/results/<ISO-timestamp>.json and latest.json.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench, type BenchOptions } from 'tinybench';
import { LARGE_BYTES, MB, PATHO_BYTES, baseText, largeText, pathologicalInputs, utf8Bytes, type NamedInput } from './inputs.js';
import { MEMORY_FUNCTIONS, type MemoryResult } from './memory.js';
import { OPS, findOp, type Op } from './ops.js';
import type { CoreJson } from './results-types.js';
import { findGc } from './process.js';
import { busyWarning, f, gitState, loadLine, machine, machineLine, median, table, timePerCall, writeResults } from './report.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');

// ---------------------------------------------------------------------------------------------
// Targets (from the issue)

const TARGET = {
  tokenizeVsSegmenter: 8, // tokenize throughput ≥ 8 × Intl.Segmenter's
  tokenizeVsBare: 6, // tokenize at most 6 × slower than a bare charCodeAt scan
  normalizeVsBare: 4, // normalize('search') at most 4 × slower than the bare scan
  memory: 10, // memory on the 10 MB input under 10 × the input's UTF-8 size
};

const SEGMENTER = 'Intl.Segmenter (baseline)';
const BARE = 'charCodeAt scan (baseline)';

// ---------------------------------------------------------------------------------------------
// Sink: every result is reduced to a number and added here; printed at the end.

let sink = 0;

// ---------------------------------------------------------------------------------------------
// Baselines

const segmenter = new Intl.Segmenter('ar', { granularity: 'word' });

/** Paragraphs (split on blank lines), prepared outside the timed region: the Segmenter's best case. */
const splitParagraphs = (s: string): string[] => s.split(/\n[^\S\n]*\n/);

function segmenterRun(paras: readonly string[]): number {
  let n = 0;
  for (const p of paras) for (const seg of segmenter.segment(p)) n += seg.segment.length;
  return n;
}

function bareScan(s: string): number {
  let h = 0;
  for (let i = 0, n = s.length; i < n; i++) h = (h + s.charCodeAt(i)) | 0;
  return h;
}

// ---------------------------------------------------------------------------------------------
// GC between tasks, so that one task's garbage is not collected on the next one's time.

const gc = findGc();

// ---------------------------------------------------------------------------------------------
// Measuring

interface Measurement {
  fn: string;
  input: string;
  inputBytes: number;
  medianMs: number;
  mbPerSec: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
  madMs: number;
  samples: number;
  /** ours ÷ Segmenter throughput on the same input. */
  vsSegmenter?: number;
  /** bare-scan ÷ ours throughput: how many times slower than a bare scan. */
  bareSlowdown?: number;
  /** ours ÷ ordinary-text throughput (pathological inputs). */
  vsOrdinary?: number;
}

interface TaskSpec {
  fn: string;
  input: string;
  bytes: number;
  run: () => void;
}

const opTask = (op: Op, input: NamedInput): TaskSpec => {
  const text = input.text;
  return { fn: op.name, input: input.name, bytes: utf8Bytes(text), run: () => { sink += op.sink(op.run(text)); } };
};

async function measure(label: string, specs: TaskSpec[], options: BenchOptions): Promise<Measurement[]> {
  const bench = new Bench({ name: label, warmup: true, ...options });
  for (const t of specs) {
    bench.add(`${t.fn} @ ${t.input}`, t.run, { async: false, beforeAll: () => gc?.() });
  }
  const started = performance.now();
  process.stdout.write(`  ${label}: ${specs.length} tasks … `);
  await bench.run();
  process.stdout.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return specs.map((t) => {
    const task = bench.getTask(`${t.fn} @ ${t.input}`)!;
    const r = task.result;
    if (r.state !== 'completed' && r.state !== 'aborted-with-statistics') {
      throw new Error(`${t.fn} @ ${t.input}: ${r.state === 'errored' ? r.error.stack ?? r.error.message : r.state}`);
    }
    const l = r.latency;
    return {
      fn: t.fn, input: t.input, inputBytes: t.bytes,
      medianMs: l.p50, mbPerSec: t.bytes / MB / (l.p50 / 1000),
      meanMs: l.mean, minMs: l.min, maxMs: l.max, madMs: l.mad, samples: l.samplesCount,
    };
  });
}

/** Measures every op and both baselines on one input; fills the ratios. */
async function measureInput(input: NamedInput, options: BenchOptions): Promise<Measurement[]> {
  const paras = splitParagraphs(input.text);
  const bytes = utf8Bytes(input.text);
  const text = input.text;
  const specs: TaskSpec[] = [
    { fn: SEGMENTER, input: input.name, bytes, run: () => { sink += segmenterRun(paras); } },
    { fn: BARE, input: input.name, bytes, run: () => { sink += bareScan(text); } },
    ...OPS.map((op) => opTask(op, input)),
  ];
  const ms = await measure(`${input.name} (${fmtBytes(bytes)})`, specs, options);
  const seg = ms.find((m) => m.fn === SEGMENTER)!.mbPerSec;
  const bare = ms.find((m) => m.fn === BARE)!.mbPerSec;
  for (const m of ms) {
    m.vsSegmenter = m.mbPerSec / seg;
    m.bareSlowdown = bare / m.mbPerSec;
  }
  return ms;
}

/**
 * Ratios measured in interleaved rounds: each round times a batch of calls of every task, one after
 * the other, and the ratio (ours ÷ baseline, per call) is taken within the round; the median over
 * the rounds is reported. A shared machine speeds up and slows down over seconds, which skews ratios
 * between tasks measured one after the other; within one round both sides see the same machine.
 */
interface RoundRatios {
  input: string;
  rounds: number;
  /** Median over rounds of (time per call of fn) ÷ (time per call of the bare scan). */
  bareSlowdown: Record<string, number>;
  /** Median over rounds of (time per call of the Segmenter) ÷ (time per call of fn). */
  vsSegmenter: Record<string, number>;
}

function interleaved(input: NamedInput, ops: Op[], rounds: number, batchMs: number): RoundRatios {
  const text = input.text;
  const paras = splitParagraphs(text);
  const tasks: [string, () => void][] = [
    [BARE, () => { sink += bareScan(text); }],
    [SEGMENTER, () => { sink += segmenterRun(paras); }],
    ...ops.map((op): [string, () => void] => [op.name, () => { sink += op.sink(op.run(text)); }]),
  ];
  // Calibrate: enough calls per batch to last about batchMs (after a warm-up call each).
  const reps = tasks.map(([, run]) => {
    run();
    const once = Math.max(timePerCall(run, 1), 0.001);
    return Math.max(1, Math.round(batchMs / once));
  });
  const per: Record<string, number[]> = Object.fromEntries(tasks.map(([name]) => [name, []]));
  // No forced GC between batches: after a full collection V8 shrinks the young generation, and the
  // next allocating batch would pay for growing it again (tokenize measured 2-4x slower that way),
  // which no steady-state caller sees.
  for (let r = 0; r < rounds; r++) {
    tasks.forEach(([name, run], i) => per[name]!.push(timePerCall(run, reps[i]!)));
  }
  const ratio = (a: string, b: string) => median(per[a]!.map((x, i) => x / per[b]![i]!));
  return {
    input: input.name,
    rounds,
    bareSlowdown: Object.fromEntries(ops.map((op) => [op.name, ratio(op.name, BARE)])),
    vsSegmenter: Object.fromEntries(ops.map((op) => [op.name, ratio(SEGMENTER, op.name)])),
  };
}

function runMemoryChild(cli: string): MemoryResult | { fn: string; error: string } {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(benchDir, 'memory.ts'), cli], {
    cwd: repoRoot, encoding: 'utf8', env: process.env, maxBuffer: 1 << 24,
  });
  const line = (r.stdout ?? '').split('\n').find((x) => x.startsWith('MEMORY '));
  if (r.status !== 0 || !line) {
    return { fn: MEMORY_FUNCTIONS[cli]!, error: `exit ${r.status ?? r.signal}: ${(r.stderr || r.stdout || '').trim().slice(-500)}` };
  }
  return JSON.parse(line.slice('MEMORY '.length)) as MemoryResult;
}

// ---------------------------------------------------------------------------------------------
// Printing

function fmtBytes(b: number): string {
  return b >= MB ? `${(b / MB).toFixed(2)} MB` : `${(b / 1000).toFixed(1)} kB`;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const t0 = performance.now();
  const git = gitState();
  const base = baseText();
  console.log(machineLine('akhbar core benchmark (tokenizer, normalizer)'));
  console.log(`Commit: ${git.commit ?? 'unknown'}${git.srcDirty ? ' (src/ has uncommitted changes)' : ''}`);
  if (base.source === 'corpus') {
    console.log(`Corpus: ${base.files.length} .txt files from ${base.corpusDir}`);
  } else {
    console.log(`\n*** CORPUS NOT FOUND: ${base.missing}`);
    console.log(`*** Looked in: ${base.corpusDir}`);
    console.log('*** Falling back to the built-in sample text (scripts/sample.ts); figures are not comparable with corpus runs.\n');
  }
  if (!gc) console.log('(gc() unavailable: no collection between tasks)');
  const loadStart = os.loadavg();
  console.log(loadLine(loadStart));

  const small: NamedInput = { name: base.source === 'corpus' ? 'corpus' : 'sample', text: base.text };
  const large: NamedInput = { name: `${small.name} ×→ 10MB`, text: largeText(base.text) };
  const patho = pathologicalInputs(base.text);
  console.log(`Inputs: ${small.name} ${fmtBytes(utf8Bytes(small.text))} (${small.text.length} UTF-16 units); ` +
    `10 MB text ${utf8Bytes(large.text)} bytes (${large.text.length} units); pathological inputs ${fmtBytes(PATHO_BYTES)} each\n`);

  console.log('Measuring:');
  const onSmall = await measureInput(small, { time: 500, iterations: 20, warmupTime: 200, warmupIterations: 10 });
  const onLarge = await measureInput(large, { time: 1000, iterations: 5, warmupTime: 0, warmupIterations: 1 });

  const ratioOps = [findOp('tokenize'), findOp('tokenSpans'), findOp("normalize('search')"), findOp("normalizeWithOffsets('search')")];
  process.stdout.write('  interleaved ratios (corpus: 25 rounds; 10 MB: 9 rounds) … ');
  const ti = performance.now();
  const ratiosSmall = interleaved(small, ratioOps, 25, 15);
  const ratiosLarge = interleaved(large, ratioOps, 9, 1);
  process.stdout.write(`${((performance.now() - ti) / 1000).toFixed(1)} s\n`);

  const pathoOps = [findOp('tokenize'), findOp("normalize('search')")];
  const pathoSpecs = pathoOps.flatMap((op) => [patho.ordinary, ...patho.cases].map((input) => opTask(op, input)));
  const onPatho = await measure(`pathological (${fmtBytes(PATHO_BYTES)} each)`, pathoSpecs, { time: 300, iterations: 10, warmupTime: 100, warmupIterations: 3 });
  for (const m of onPatho) m.vsOrdinary = m.mbPerSec / onPatho.find((o) => o.fn === m.fn && o.input === patho.ordinary.name)!.mbPerSec;

  process.stdout.write(`  memory (10 MB input, one child process per function) … `);
  const tm = performance.now();
  const memory = Object.keys(MEMORY_FUNCTIONS).map(runMemoryChild);
  process.stdout.write(`${((performance.now() - tm) / 1000).toFixed(1)} s\n`);

  // Targets
  interface Target { target: string; input: string; value: number; threshold: string; pass: boolean; note?: string }
  const targets: Target[] = [];
  for (const r of [ratiosSmall, ratiosLarge]) {
    const segTok = r.vsSegmenter.tokenize!;
    const bareTok = r.bareSlowdown.tokenize!;
    const bareNorm = r.bareSlowdown["normalize('search')"]!;
    targets.push({ target: 'tokenize ≥ 8× Intl.Segmenter throughput', input: r.input, value: segTok, threshold: `≥ ${TARGET.tokenizeVsSegmenter}`, pass: segTok >= TARGET.tokenizeVsSegmenter });
    targets.push({ target: 'tokenize within 6× of bare scan', input: r.input, value: bareTok, threshold: `≤ ${TARGET.tokenizeVsBare}`, pass: bareTok <= TARGET.tokenizeVsBare });
    targets.push({ target: "normalize('search') within 4× of bare scan", input: r.input, value: bareNorm, threshold: `≤ ${TARGET.normalizeVsBare}`, pass: bareNorm <= TARGET.normalizeVsBare });
  }
  for (const m of memory) {
    if ('error' in m) {
      targets.push({ target: `memory ${m.fn} < 10× input`, input: large.name, value: NaN, threshold: `< ${TARGET.memory}`, pass: false, note: m.error });
    } else {
      // The worst of the three views: JS memory right after the call, JS memory retained, peak RSS growth.
      const worst = Math.max(m.ratios.jsAfterCall, m.ratios.jsRetained, m.ratios.rssPeak);
      targets.push({ target: `memory ${m.fn} < 10× input`, input: large.name, value: worst, threshold: `< ${TARGET.memory}`, pass: worst < TARGET.memory });
    }
  }

  // Tables
  const mainRows = [...onSmall, ...onLarge].map((m) => [m.fn, m.input, f(m.medianMs, 3), f(m.mbPerSec, 1), f(m.vsSegmenter), f(m.bareSlowdown), String(m.samples)]);
  console.log('\nThroughput (median of tinybench samples; MB = 10^6 UTF-8 bytes of input)');
  console.log('  ×Segmenter = ours ÷ Intl.Segmenter throughput (higher is better)');
  console.log('  bare÷ours  = bare charCodeAt scan ÷ ours: times slower than a bare scan (lower is better)\n');
  console.log(table(['function', 'input', 'median ms', 'MB/s', '×Segmenter', 'bare÷ours', 'samples'], mainRows, [false, false, true, true, true, true, true]));

  console.log('\nRatios in interleaved rounds (median over rounds of the per-round ratio; the targets use these)\n');
  console.log(table(['function', 'input', 'rounds', '×Segmenter', 'bare÷ours'],
    [ratiosSmall, ratiosLarge].flatMap((r) => ratioOps.map((op) => [op.name, r.input, String(r.rounds), f(r.vsSegmenter[op.name]), f(r.bareSlowdown[op.name])])),
    [false, false, true, true, true]));

  console.log(`\nPathological inputs (${fmtBytes(PATHO_BYTES)} each; ×ordinary = MB/s ÷ MB/s on ordinary text of the same size)\n`);
  console.log(table(['function', 'input', 'median ms', 'MB/s', '×ordinary', 'samples'],
    onPatho.map((m) => [m.fn, m.input, f(m.medianMs, 3), f(m.mbPerSec, 1), f(m.vsOrdinary), String(m.samples)]), [false, false, true, true, true, true]));

  console.log(`\nMemory on the ${fmtBytes(LARGE_BYTES)} input (fresh process each; increase ÷ input UTF-8 size)`);
  console.log('  JS after call = heapUsed+external right after the call; retained = same after a full GC, result alive;');
  console.log('  peak RSS = peak RSS during the call − RSS before it (Linux: exact, high-water mark reset before the call;');
  console.log('  "(≤)": upper bound from the process-lifetime peak)\n');
  console.log(table(['function', 'ms', 'JS after call', 'JS retained', 'peak RSS', '× (after/retained/RSS)'],
    memory.map((m) => ('error' in m
      ? [m.fn, '–', '–', '–', '–', `ERROR ${m.error.split('\n')[0]}`]
      : [m.fn, f(m.ms, 0), fmtBytes(m.jsAfterCall), fmtBytes(m.jsRetained), fmtBytes(m.rssPeak) + (m.rssPeakMethod === 'exact' ? '' : ' (≤)'),
        `${f(m.ratios.jsAfterCall)} / ${f(m.ratios.jsRetained)} / ${f(m.ratios.rssPeak)}`])),
    [false, true, true, true, true, false]));

  console.log('\nTargets\n');
  console.log(table(['', 'target', 'input', 'value', 'threshold'],
    targets.map((t) => [t.pass ? 'PASS' : 'FAIL', t.target, t.input, f(t.value), t.threshold]), [false, false, false, true, false]));
  const passed = targets.filter((t) => t.pass).length;
  const loadEnd = os.loadavg();
  const warning = busyWarning(loadStart, loadEnd);
  if (warning) console.log(warning);
  console.log(`\n${passed}/${targets.length} targets met.`);

  // JSON
  const date = new Date();
  const results = {
    date: date.toISOString(),
    git,
    ...machine(),
    availableParallelism: os.availableParallelism(),
    totalMemoryBytes: os.totalmem(),
    loadAverage: { start: loadStart, end: loadEnd },
    tinybench: { small: { time: 500, iterations: 20, warmupTime: 200, warmupIterations: 10 }, large: { time: 1000, iterations: 5, warmupTime: 0, warmupIterations: 1 }, pathological: { time: 300, iterations: 10, warmupTime: 100, warmupIterations: 3 } },
    corpus: { found: base.source === 'corpus', dir: base.corpusDir, files: base.files, missing: base.missing ?? null },
    inputs: [small, large, patho.ordinary, ...patho.cases].map((i) => ({ name: i.name, bytes: utf8Bytes(i.text), codeUnits: i.text.length })),
    targets: Object.fromEntries(Object.entries(TARGET)),
    measurements: [...onSmall, ...onLarge],
    interleavedRatios: [ratiosSmall, ratiosLarge],
    pathological: onPatho,
    memory,
    targetResults: targets,
    allTargetsPass: passed === targets.length,
    sink,
    totalSeconds: (performance.now() - t0) / 1000,
  };
  writeResults([`${date.toISOString().replace(/[:.]/g, '-')}.json`, 'latest.json'], results satisfies CoreJson);
}

await main();
