/**
 * akhbar worst-case benchmark: `npm run bench:worst` (also run by `npm run bench`). Every public
 * function on adversarial inputs (bench/inputs.ts WORST_CASES: 10 MB without a space, 1,000,000
 * diacritics, 100,000 nested quotation marks, one line of 50 MB, alternating Arabic and Latin
 * letters, bidi controls, one punctuation mark, tatweel) against ordinary text of the same length:
 * time within 3× of the ordinary text's, peak memory within 10× the input. See bench/README.md
 * ("Worst case").
 *
 * Each cell (input × function) runs in a child process of its own, so that its memory figures are
 * its own and a call that hangs can be killed: a call that takes longer than CALL_CAP_MS is
 * recorded as a timeout. Writes bench/results/worst-case.json.
 *
 *   npx tsx bench/worst-case.ts                                  # everything
 *   npx tsx bench/worst-case.ts --inputs diacritics,tatweel --fns tokenize,stance
 *   npx tsx bench/worst-case.ts --no-scaling                     # skip the scaling runs of failing cells
 *   npx tsx bench/worst-case.ts --cap 120                        # a call may take 120 s before it is a timeout (default 60)
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import v8 from 'node:v8';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, defaultGazetteer, repair, segmentTokens, stance, tokenize } from '../src/index.js';
import { SAMPLE_TEXT } from '../scripts/sample.js';
import { MB, WORST_CASES, baseText, ordinaryOfLength, utf8Bytes, type WorstCase } from './inputs.js';
import { findOp, lastEnd } from './ops.js';
import { findGc, procStatus, resetPeak } from './process.js';
import type { WorstCaseCell, WorstCaseJson, WorstCaseMemory, WorstCaseScaling, WorstCaseSize } from './results-types.js';
import { busyWarning, f, gitState, loadLine, machine, machineLine, median, table, timePerCall, writeResults } from './report.js';

const thisFile = fileURLToPath(import.meta.url);
const repoRoot = resolve(dirname(thisFile), '..');

/** Targets (from the issue). */
const TARGET = {
  timeRatio: 3, // time on the worst-case input ≤ 3 × the time on ordinary text of the same length
  memoryRatio: 10, // peak memory during one call ≤ 10 × the input's UTF-8 size
};
/** A call that takes longer than this is killed and recorded as a timeout (`--cap <seconds>` changes it). */
let CALL_CAP_MS = 60_000;
/** Time a child may take to build its inputs before its first call. */
const START_CAP_MS = 180_000;
/** Time a cell's rounds aim at, in all (the calls are interleaved: worst case, ordinary, …), and their number. */
const CELL_BUDGET_MS = 2_000;
const MIN_ROUNDS = 3;
const MAX_ROUNDS = 9;
/**
 * Size cap of the slower functions, in UTF-8 bytes, so that the benchmark takes minutes: on
 * ordinary text repair, segmentTokens and find run at 2 to 30 MB/s, stance and analyze at 2 to
 * 8. The ratio to ordinary text of the same length is what is compared. (At 0.25 MB, stance and
 * analyze's memory ratios moved by ±3 from run to run: the few megabytes that caches and compiled
 * code take then weighed as much as the input.)
 */
const CAP_SLOW = 1 * MB;
/** A batch of calls lasts about this (several calls per batch when one is shorter). */
const BATCH_MS = 60;
/** Heap limit of the children: the 50 MB input and its tokens need more than the default. */
const CHILD_HEAP_MB = 8192;

// ---------------------------------------------------------------------------------------------
// The functions under measurement

interface WorstOp {
  name: string;
  /** The inputs are cut to at most this many UTF-8 bytes for this function (null: full size). */
  capBytes: number | null;
  run: (text: string) => unknown;
  sink: (result: unknown) => number;
}

function fromOps(name: string): WorstOp {
  const o = findOp(name);
  return { name, capBytes: null, run: o.run, sink: o.sink };
}

function wop<T>(name: string, capBytes: number, run: (text: string) => T, sink: (r: T) => number): WorstOp {
  return { name, capBytes, run, sink: sink as (r: unknown) => number };
}

export const WORST_OPS: readonly WorstOp[] = [
  fromOps('tokenize'),
  fromOps('tokenSpans'),
  fromOps('sentences'),
  fromOps('paragraphs'),
  fromOps("normalize('search')"),
  fromOps("normalizeWithOffsets('search')"),
  wop('repair', CAP_SLOW, (s) => repair(s), (r) => r.text.length + r.edits.length),
  wop('segmentTokens(tokenize(x))', CAP_SLOW, (s) => segmentTokens(tokenize(s)), (r) => r.length + lastEnd(r)),
  wop('defaultGazetteer().find', CAP_SLOW, (s) => defaultGazetteer().find(s), (r) => r.length + lastEnd(r)),
  wop('stance', CAP_SLOW, (s) => stance(s), (r) => r.length + r.reduce((n, x) => n + x.evidence.length + x.mentions.length, 0)),
  wop('analyze', CAP_SLOW, (s) => analyze(s), (r) => (r.tokens?.length ?? 0) + (r.entities?.length ?? 0) + (r.sentences?.length ?? 0) + (r.stance?.length ?? 0)),
];

function findWorstOp(name: string): WorstOp {
  const o = WORST_OPS.find((x) => x.name === name);
  if (!o) throw new Error(`unknown function "${name}"; one of ${WORST_OPS.map((x) => JSON.stringify(x.name)).join(', ')}`);
  return o;
}

function findCase(id: string): WorstCase {
  const c = WORST_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`unknown input "${id}"; one of ${WORST_CASES.map((x) => x.id).join(', ')}`);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Child process: one cell

let sink = 0;

/** Tells the parent that a call starts (it kills the child when the call outlasts CALL_CAP_MS). */
const mark = (phase: string): void => void process.stdout.write(`CALL ${phase}\n`);
const emit = (tag: string, value: unknown): void => void process.stdout.write(`${tag} ${JSON.stringify(value)}\n`);

/** gc() (a full collection), and a thorough one (two in a row) for the memory figures. */
function needGc(): { gc: () => void; fullGc: () => void } {
  const gc = findGc();
  if (!gc) throw new Error('bench/worst-case.ts children need gc() (--expose-gc)');
  return { gc, fullGc: () => { gc(); gc(); } };
}

/** JS heap in use plus memory held outside it (ArrayBuffers, external strings), as V8 counts them. */
const jsBytes = (): number => {
  const h = v8.getHeapStatistics();
  return h.used_heap_size + h.external_memory;
};

/**
 * V8 flags of the memory children: every collection is a full one (`--gc-global`), and the young
 * generation holds 1 MB (`--max-semi-space-size=1`), so a full collection runs about every
 * megabyte allocated and what it leaves is the live memory of that moment. The ArrayBuffers that
 * a collection finds dead are freed in its pause (`--no-concurrent-array-buffer-sweeping`):
 * swept on a background thread, as by default, they still count in the external memory that the
 * profiler reports after the collection, so the typed arrays of a step that had finished (the
 * token arrays of one step of `analyze`, dead before the next one ran) counted as live during the
 * next one: `analyze` on alternating Arabic and Latin letters showed 25× for 9× live. Marking is
 * not incremental (`--no-incremental-marking`): the profiler reports the steps of an incremental
 * marking as collections too, with the heap as it was, garbage included (`analyze` on nested
 * guillemets once showed 40× that way); only full collections are sampled (see measureMemory).
 */
const MEMORY_CHILD_FLAGS = ['--gc-global', '--max-semi-space-size=1', '--no-concurrent-array-buffer-sweeping', '--no-incremental-marking'];

/**
 * Memory of one call; the result is kept alive until the figures are taken. The target is on the
 * peak of live memory: the largest of the heap (plus external memory: ArrayBuffers) after each
 * garbage collection during the call, sampled by v8.GCProfiler (with MEMORY_CHILD_FLAGS, a full
 * collection about every megabyte allocated), and the heap after a full GC right after the call,
 * with the result alive. Beside it, for information: the heap right after the call, which also
 * counts the garbage not yet collected (how much depends on V8's heap sizing, not on the work),
 * and the growth of the resident set.
 */
function measureMemory(op: WorstOp, text: string, fullGc: () => void): WorstCaseMemory {
  fullGc();
  const exact = resetPeak();
  const rssBefore = process.memoryUsage().rss;
  const before = jsBytes();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const t0 = performance.now();
  let result: unknown = op.run(text);
  const ms = performance.now() - t0;
  const after = jsBytes();
  const stats = profiler.stop()?.statistics ?? [];
  const rssAfter = process.memoryUsage().rss;
  const hwm = (exact ? procStatus('VmHWM') : undefined) ?? process.resourceUsage().maxRSS * 1024;
  fullGc();
  const retained = jsBytes();
  sink += op.sink(result); // used after the GC: it was alive throughout
  result = undefined;
  fullGc();
  let liveAtGc = 0;
  // Full collections only: what is left after one is live (another kind of event leaves garbage).
  for (const g of stats) {
    if (g.gcType !== 'MarkSweepCompact') continue;
    liveAtGc = Math.max(liveAtGc, g.afterGC.heapStatistics.usedHeapSize + g.afterGC.heapStatistics.externalMemory - before);
  }
  const jsAfterCall = after - before;
  const jsRetained = retained - before;
  const rssPeak = Math.max(hwm, rssAfter) - rssBefore;
  const peak = Math.max(liveAtGc, jsRetained);
  return {
    ms, gcs: stats.length, liveAtGc, jsAfterCall, jsRetained, rssPeak, rssPeakMethod: exact ? 'exact' : 'upper-bound', peak,
    perUtf8Byte: peak / utf8Bytes(text), perUtf16Byte: peak / (2 * text.length),
    afterCallPerUtf8Byte: jsAfterCall / utf8Bytes(text), rssPeakPerUtf8Byte: rssPeak / utf8Bytes(text),
  };
}

/** Milliseconds per call of `run` on a batch of `reps` calls after a full GC. */
function timedBatch(run: () => void, reps: number, gc: () => void, phase: string): number {
  gc();
  mark(phase);
  return timePerCall(run, reps);
}

/** Calls per batch so that a batch lasts about BATCH_MS. */
const repsFor = (ms: number): number => Math.max(1, Math.min(10_000, Math.ceil(BATCH_MS / Math.max(ms, 0.001))));

/** Builds a cell's two texts and warms the function up. */
function cellInputs(caseId: string, fnName: string): { op: WorstOp; worst: string; ordinary: string } {
  const c = findCase(caseId);
  const op = findWorstOp(fnName);
  const base = baseText().text;
  const worst = c.build(base, op.capBytes);
  const ordinary = ordinaryOfLength(base, worst.length);
  emit('INPUT', { codeUnits: worst.length, bytes: utf8Bytes(worst), ordinaryCodeUnits: ordinary.length, ordinaryBytes: utf8Bytes(ordinary) });
  sink += op.sink(op.run(SAMPLE_TEXT)); // one-off tables (lexicon, gazetteer index, …) are not counted
  // Warm-up: one untimed call of each on inputs of the same kind an eighth of the size, so that the
  // calls below run compiled code, without growing the heap much before the memory figures.
  const smallWorst = c.build(base, op.capBytes, 1 / 8);
  const smallOrdinary = ordinaryOfLength(base, smallWorst.length);
  mark('warm-up');
  sink += op.sink(op.run(smallWorst)) + op.sink(op.run(smallOrdinary));
  return { op, worst, ordinary };
}

/** Memory of one cell, in a child of its own (MEMORY_CHILD_FLAGS: see measureMemory). */
function childMemory(caseId: string, fnName: string): void {
  const { fullGc } = needGc();
  const { op, worst, ordinary } = cellInputs(caseId, fnName);
  // Steady state: one call of each at full size first, so that the caches the functions keep
  // between calls (at most 50,000 entries each: segmentations, name variants, fuzzy lookups, …)
  // hold what these texts put in them, as the one-off tables do after the sample call.
  mark('memory warm-up, full size');
  sink += op.sink(op.run(worst)) + op.sink(op.run(ordinary));
  // The worst-case input first, then the ordinary text (its peak RSS may come out lower, as the
  // heap has already grown; the JS figures do not depend on it).
  mark('memory, worst-case input');
  const memWorst = measureMemory(op, worst, fullGc);
  emit('MEMORY', { worst: memWorst });
  mark('memory, ordinary text');
  const memOrdinary = measureMemory(op, ordinary, fullGc);
  emit('MEMORY', { worst: memWorst, ordinary: memOrdinary });
  emit('SINK', sink);
}

/** Time of one cell, in a child of its own with V8's default heap settings. */
function childTime(caseId: string, fnName: string): void {
  const { gc } = needGc();
  const { op, worst, ordinary } = cellInputs(caseId, fnName);
  const runWorst = (): void => { sink += op.sink(op.run(worst)); };
  const runOrdinary = (): void => { sink += op.sink(op.run(ordinary)); };
  // Short calls are timed in batches of about BATCH_MS after each GC, sized from one more call of
  // each without a GC before it (the calls right after a full GC are slower: V8 grows its young
  // generation again, a cost that a batch spreads over its calls, on both sides alike).
  // The first call of each, after a full GC as in the rounds: round 1 when a batch is one call.
  const firstWorst = timedBatch(runWorst, 1, gc, 'round 1, worst-case input');
  const firstOrdinary = timedBatch(runOrdinary, 1, gc, 'round 1, ordinary text');
  let estWorst = firstWorst, estOrdinary = firstOrdinary;
  if (Math.min(estWorst, estOrdinary) < BATCH_MS) {
    mark('batch sizes');
    estWorst = timePerCall(runWorst, 1);
    estOrdinary = timePerCall(runOrdinary, 1);
  }
  const reps: [number, number] = [repsFor(estWorst), repsFor(estOrdinary)];
  const perRound = estWorst * reps[0] + estOrdinary * reps[1];
  const rounds = perRound > 20_000 ? 1 : Math.max(MIN_ROUNDS, Math.min(MAX_ROUNDS, Math.floor(CELL_BUDGET_MS / Math.max(perRound, 1))));
  const worstMs: number[] = [], ordinaryMs: number[] = [];
  let first = 0;
  if (reps[0] === 1 && reps[1] === 1) {
    worstMs.push(firstWorst);
    ordinaryMs.push(firstOrdinary);
    first = 1;
  }
  for (let r = first; r < rounds; r++) {
    // The order alternates from round to round, so that neither side always follows the other.
    const pair = [
      () => worstMs.push(timedBatch(runWorst, reps[0], gc, `round ${r + 1}/${rounds}, worst-case input`)),
      () => ordinaryMs.push(timedBatch(runOrdinary, reps[1], gc, `round ${r + 1}/${rounds}, ordinary text`)),
    ];
    if (r % 2) pair.reverse();
    for (const p of pair) p();
  }
  emit('TIME', {
    rounds, reps, worstMs: median(worstMs), ordinaryMs: median(ordinaryMs),
    ratio: median(worstMs.map((w, i) => w / ordinaryMs[i]!)),
  });
  emit('SINK', sink);
}

/** Times the worst-case input alone at several fractions of its size, interleaved (how the time grows). */
function childScaling(caseId: string, fnName: string, fractions: number[]): void {
  const { gc } = needGc();
  const c = findCase(caseId);
  const op = findWorstOp(fnName);
  const base = baseText().text;
  const runs = fractions.map((fr) => {
    const text = c.build(base, op.capBytes, fr);
    return { units: text.length, run: (): void => { sink += op.sink(op.run(text)); } };
  });
  sink += op.sink(op.run(SAMPLE_TEXT));
  // Warm-up, one call of each without a GC before it, which also sizes the batches (as in a cell).
  const reps = runs.map(({ run }, i) => {
    mark(`warm-up ${i + 1}/${runs.length}`);
    return repsFor(timePerCall(run, 1));
  });
  const per: number[][] = runs.map(() => []);
  for (let r = 0; r < MAX_ROUNDS; r++) {
    const t0 = performance.now();
    runs.forEach(({ run }, i) => per[i]!.push(timedBatch(run, reps[i]!, gc, `scaling ${i + 1}/${runs.length}, round ${r + 1}`)));
    const left = MAX_ROUNDS - r - 1;
    if (r + 1 >= MIN_ROUNDS || (performance.now() - t0) * left > 2 * CELL_BUDGET_MS) break; // enough, or slow
  }
  emit('SCALING', { codeUnits: runs.map((x) => x.units), ms: per.map((x) => median(x)) });
  emit('SINK', sink);
}

// ---------------------------------------------------------------------------------------------
// Parent: runs the cells in child processes

interface ChildOutput {
  input?: { codeUnits: number; bytes: number; ordinaryCodeUnits: number; ordinaryBytes: number };
  memory?: { worst: WorstCaseMemory; ordinary?: WorstCaseMemory };
  time?: { rounds: number; reps: [number, number]; worstMs: number; ordinaryMs: number; ratio: number };
  scaling?: { codeUnits: number[]; ms: number[] };
  /** The phase that outlasted its cap. */
  timeout?: string;
  error?: string;
  seconds: number;
}

function runChild(args: string[], nodeFlags: string[] = []): Promise<ChildOutput> {
  return new Promise((resolvePromise) => {
    const t0 = performance.now();
    const out: ChildOutput = { seconds: 0 };
    const child = spawn(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, ...nodeFlags, '--expose-gc', '--import', 'tsx', thisFile, ...args], {
      cwd: repoRoot, env: process.env, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let phase = 'building the inputs';
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        out.timeout = phase;
        child.kill('SIGKILL');
      }, ms);
    };
    arm(START_CAP_MS);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr = (stderr + d.toString('utf8')).slice(-4000); });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const sp = line.indexOf(' ');
      const tag = sp < 0 ? line : line.slice(0, sp);
      const rest = sp < 0 ? '' : line.slice(sp + 1);
      if (tag === 'CALL') {
        phase = rest;
        arm(CALL_CAP_MS);
      } else if (tag === 'INPUT') out.input = JSON.parse(rest) as ChildOutput['input'];
      else if (tag === 'MEMORY') out.memory = JSON.parse(rest) as ChildOutput['memory'];
      else if (tag === 'TIME') out.time = JSON.parse(rest) as ChildOutput['time'];
      else if (tag === 'SCALING') out.scaling = JSON.parse(rest) as ChildOutput['scaling'];
      else if (tag === 'SINK') sink += Number(rest) || 0;
    });
    child.on('error', (e) => { out.error = `could not start: ${e.message}`; });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      out.seconds = (performance.now() - t0) / 1000;
      if (!out.timeout && !out.error && code !== 0) {
        const last = stderr.trim().split('\n').filter((l) => l.trim()).slice(-3).join(' / ');
        out.error = `${signal ? `killed by ${signal}` : `exit code ${code}`}${last ? `: ${last}` : ''}`;
      }
      resolvePromise(out);
    });
  });
}

const fmtMs = (x: number | undefined): string => (x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3));
const fmtBytes = (b: number): string => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1000).toFixed(1)} kB`);

function cellOf(c: WorstCase, op: WorstOp, o: ChildOutput): WorstCaseCell {
  const status = o.timeout ? 'timeout' : o.error ? 'error' : o.time ? 'ok' : 'error';
  const note = o.timeout ? `a call outlasted ${CALL_CAP_MS / 1000} s (${o.timeout})` : o.error ?? (o.time ? undefined : 'no timing from the child');
  const time = o.time ? { rounds: o.time.rounds, worstMs: o.time.worstMs, ordinaryMs: o.time.ordinaryMs, ratio: o.time.ratio } : null;
  const mem = o.memory;
  return {
    input: c.id, fn: op.name, capBytes: op.capBytes,
    codeUnits: o.input?.codeUnits ?? null, bytes: o.input?.bytes ?? null, ordinaryBytes: o.input?.ordinaryBytes ?? null,
    status, ...(note ? { note } : {}),
    time,
    memory: mem ? { worst: mem.worst, ordinary: mem.ordinary ?? null } : null,
    timeStatus: time && status === 'ok' && time.ratio <= TARGET.timeRatio ? 'PASS' : 'FAIL',
    memoryStatus: mem ? (mem.worst.perUtf8Byte <= TARGET.memoryRatio ? 'PASS' : 'FAIL') : 'NOT MEASURED',
    seconds: o.seconds,
  };
}

function parseList(argv: string[], flag: string): string[] | undefined {
  const i = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  const v = argv[i] === flag ? argv[i + 1] : argv[i]!.slice(flag.length + 1);
  return (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

async function main(argv: string[]): Promise<void> {
  const t0 = performance.now();
  const onlyInputs = parseList(argv, '--inputs');
  const onlyFns = parseList(argv, '--fns');
  const scaling = !argv.includes('--no-scaling');
  const cap = parseList(argv, '--cap');
  if (cap) {
    const seconds = Number(cap[0]);
    if (!(seconds > 0)) throw new Error(`--cap: a number of seconds, got ${cap[0]}`);
    CALL_CAP_MS = seconds * 1000;
  }
  const cases = onlyInputs ? onlyInputs.map(findCase) : [...WORST_CASES];
  const ops = onlyFns ? onlyFns.map(findWorstOp) : [...WORST_OPS];
  const git = gitState();
  const base = baseText();
  console.log(machineLine('akhbar worst-case benchmark'));
  console.log(`Commit: ${git.commit ?? 'unknown'}${git.srcDirty ? ' (src/ has uncommitted changes)' : ''}`);
  if (base.source !== 'corpus') console.log(`\n*** CORPUS NOT FOUND (${base.missing}); ordinary text = the built-in sample (scripts/sample.ts).\n`);
  const loadStart = os.loadavg();
  console.log(loadLine(loadStart));
  console.log(`${cases.length} inputs × ${ops.length} functions, one child process per cell; time target ≤ ${TARGET.timeRatio}× ordinary text, ` +
    `memory ≤ ${TARGET.memoryRatio}× the input (UTF-8); a call over ${CALL_CAP_MS / 1000} s is a timeout.`);
  const caps = [...new Set(WORST_OPS.map((o) => o.capBytes))];
  console.log(caps.map((cap) => `${cap === null ? 'full-size inputs' : `inputs cut to ${fmtBytes(cap)}`} for ${WORST_OPS.filter((o) => o.capBytes === cap).map((o) => o.name).join(', ')}`).join('; ') + '.\n');

  const cells: WorstCaseCell[] = [];
  const total = cases.length * ops.length;
  for (const c of cases) {
    for (const op of ops) {
      const m = await runChild(['--child', 'memory', c.id, op.name], MEMORY_CHILD_FLAGS);
      const t = m.timeout || m.error ? undefined : await runChild(['--child', 'time', c.id, op.name]);
      const o: ChildOutput = t ? { ...t, memory: m.memory, seconds: m.seconds + t.seconds } : m;
      const cell = cellOf(c, op, o);
      cells.push(cell);
      const ct = cell.time;
      const cm = cell.memory;
      console.log(`[${String(cells.length).padStart(3)}/${total}] ${c.id} × ${op.name}: ` +
        (cell.status === 'ok' ? `time ${f(ct?.ratio)}× ${cell.timeStatus}` : `${cell.status.toUpperCase()} (${cell.note})`) +
        (cm ? `, memory ${f(cm.worst.perUtf8Byte)}× ${cell.memoryStatus}${cm.ordinary ? ` (ordinary ${f(cm.ordinary.perUtf8Byte)}×)` : ''}` : '') +
        ` — ${o.seconds.toFixed(1)} s`);
    }
  }

  // How the time grows with the size, for the cells that failed the time target.
  const failing = cells.filter((x) => x.timeStatus === 'FAIL' && x.status !== 'error');
  if (scaling && failing.length) {
    console.log(`\nScaling of the ${failing.length} cells over the time target (worst-case input alone, interleaved sizes):`);
    for (const cell of failing) {
      const fractions = cell.status === 'timeout' ? [1 / 16, 1 / 4] : [1 / 4, 1];
      const o = await runChild(['--child', 'scaling', cell.input, cell.fn, fractions.join(',')]);
      let s: WorstCaseScaling;
      if (o.scaling) {
        const [u0, u1] = o.scaling.codeUnits as [number, number];
        const [m0, m1] = o.scaling.ms as [number, number];
        s = { codeUnits: o.scaling.codeUnits, ms: o.scaling.ms, exponent: Math.log(m1 / m0) / Math.log(u1 / u0) };
      } else s = { error: o.timeout ? `a call outlasted ${CALL_CAP_MS / 1000} s (${o.timeout})` : o.error ?? 'no result' };
      cell.scaling = s;
      console.log(`  ${cell.input} × ${cell.fn}: ` + ('error' in s ? `ERROR ${s.error}` :
        `${s.codeUnits.map((u, i) => `${u} units ${fmtMs(s.ms[i])} ms`).join(', ')} → exponent ${f(s.exponent)} (1 = linear, 2 = quadratic)`));
    }
  }

  // Tables
  const opCaps = [...new Set(ops.map((o) => o.capBytes))].sort((a, b) => (b ?? Infinity) - (a ?? Infinity));
  const inputs = cases.map((c) => ({
    id: c.id, name: c.name, description: c.description,
    sizes: opCaps.flatMap((cap): WorstCaseSize[] => {
      const x = cells.find((y) => y.input === c.id && y.capBytes === cap && y.codeUnits !== null);
      return x ? [{ capBytes: cap, codeUnits: x.codeUnits!, bytes: x.bytes!, ordinaryBytes: x.ordinaryBytes! }] : [];
    }),
  }));
  console.log('\nInputs: code units (UTF-8 size) at full size and cut to each cap; ordinary text: the corpus repeated to as many code units\n');
  console.log(table(['input', ...opCaps.map((cap) => (cap === null ? 'full size' : `≤ ${fmtBytes(cap)}`))], inputs.map((i) => [
    i.id, ...opCaps.map((cap) => { const z = i.sizes.find((x) => x.capBytes === cap); return z ? `${z.codeUnits} (${fmtBytes(z.bytes)})` : '–'; }),
  ]), [false, ...opCaps.map(() => true)]));
  console.log(`\nTime ÷ time on ordinary text of the same length (median of the per-round ratios; target ≤ ${TARGET.timeRatio})\n`);
  const matrix = (cellText: (x: WorstCaseCell) => string): string => table(['input', ...ops.map((o) => o.name)],
    cases.map((c) => [c.id, ...ops.map((o) => { const x = cells.find((y) => y.input === c.id && y.fn === o.name); return x ? cellText(x) : '–'; })]),
    [false, ...ops.map(() => true)]);
  console.log(matrix((x) => (x.status === 'timeout' ? 'TIMEOUT' : x.status === 'error' ? 'ERROR' : `${f(x.time?.ratio)}${x.timeStatus === 'FAIL' ? ' FAIL' : ''}`)));
  console.log(`\nPeak memory during one call ÷ the input's UTF-8 size, worst-case input (ordinary text) (target ≤ ${TARGET.memoryRatio})\n`);
  console.log(matrix((x) => (x.memory ? `${f(x.memory.worst.perUtf8Byte, 1)} (${f(x.memory.ordinary?.perUtf8Byte, 1)})${x.memoryStatus === 'FAIL' ? ' FAIL' : ''}` : '–')));
  console.log('\nDetails\n');
  console.log(table(['input', 'function', 'code units', 'worst ms', 'ordinary ms', '×ordinary', 'rounds', 'peak MB', '×UTF-8', '×UTF-16', 'ordinary ×UTF-8', 'scaling exp.', 'status'],
    cells.map((x) => [x.input, x.fn, String(x.codeUnits ?? '–'), fmtMs(x.time?.worstMs), fmtMs(x.time?.ordinaryMs), f(x.time?.ratio), String(x.time?.rounds ?? '–'),
      x.memory ? (x.memory.worst.peak / 1e6).toFixed(1) : '–', f(x.memory?.worst.perUtf8Byte), f(x.memory?.worst.perUtf16Byte), f(x.memory?.ordinary?.perUtf8Byte),
      x.scaling ? ('error' in x.scaling ? 'error' : f(x.scaling.exponent)) : '', x.status === 'ok' ? '' : `${x.status}: ${x.note ?? ''}`]),
    [false, false, true, true, true, true, true, true, true, true, true, true, false]));

  const timePass = cells.filter((x) => x.timeStatus === 'PASS').length;
  const memPass = cells.filter((x) => x.memoryStatus === 'PASS').length;
  const loadEnd = os.loadavg();
  const warning = busyWarning(loadStart, loadEnd);
  if (warning) console.log(warning);
  console.log(`\nTime: ${timePass} of ${cells.length} cells within ${TARGET.timeRatio}× ordinary text; memory: ${memPass} of ${cells.length} within ${TARGET.memoryRatio}× the input.`);

  const results = {
    date: new Date().toISOString(),
    git,
    ...machine(),
    loadAverage: { start: loadStart, end: loadEnd },
    corpus: { found: base.source === 'corpus', missing: base.missing ?? null },
    targets: { timeRatio: TARGET.timeRatio, memoryRatio: TARGET.memoryRatio, callCapSeconds: CALL_CAP_MS / 1000 },
    inputs,
    functions: ops.map((o) => ({ name: o.name, capBytes: o.capBytes })),
    cells,
    ...(onlyInputs || onlyFns ? { only: { ...(onlyInputs ? { inputs: onlyInputs } : {}), ...(onlyFns ? { fns: onlyFns } : {}) } } : {}),
    sink,
    totalSeconds: (performance.now() - t0) / 1000,
  };
  writeResults(['worst-case.json'], results satisfies WorstCaseJson);
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  const [, mode, caseId, fnName, fractions] = argv;
  if (mode === 'memory') childMemory(caseId!, fnName!);
  else if (mode === 'time') childTime(caseId!, fnName!);
  else if (mode === 'scaling') childScaling(caseId!, fnName!, (fractions ?? '').split(',').map(Number));
  else throw new Error(`unknown child mode ${mode}`);
} else {
  await main(argv);
}
