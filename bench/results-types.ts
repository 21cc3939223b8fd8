/**
 * The shape of the JSON files the benchmarks write into bench/results/, as far as the report
 * (bench/report-md.ts) reads them. Each benchmark checks its results object against its type here
 * (`results satisfies …`), so a change on the writing side that the report does not follow fails
 * `tsc`. The files may hold more than is declared here.
 *
 * Numbers that were NaN or ±Infinity are `null` in the JSON: the report checks with Number.isFinite.
 */

export interface GitState {
  commit: string | null;
  srcDirty: boolean | null;
}

export interface Machine {
  node: string;
  v8: string;
  platform: string;
  cpu: string;
  cores: number;
}

/** A section that did not run because data it needs is absent. */
export interface SkippedJson {
  skipped: string;
}

/** A section that threw. */
export interface FailedJson {
  error: string;
}

// ---------------------------------------------------------------------------------------------
// bench/core.ts → results/latest.json

export interface CoreMeasurement {
  fn: string;
  input: string;
  inputBytes: number;
  medianMs: number;
  mbPerSec: number;
  samples: number;
  /** ours ÷ Segmenter throughput on the same input. */
  vsSegmenter?: number;
  /** bare-scan ÷ ours throughput: how many times slower than a bare scan. */
  bareSlowdown?: number;
  /** ours ÷ ordinary-text throughput (pathological inputs). */
  vsOrdinary?: number;
}

export interface CoreRoundRatios {
  input: string;
  rounds: number;
  bareSlowdown: Record<string, number>;
  vsSegmenter: Record<string, number>;
}

export interface CoreMemory {
  fn: string;
  inputBytes: number;
  ms: number;
  jsAfterCall: number;
  jsRetained: number;
  rssPeak: number;
  rssPeakMethod: 'exact' | 'upper-bound';
  ratios: { jsAfterCall: number; jsRetained: number; rssPeak: number };
}

export interface CoreTarget {
  target: string;
  input: string;
  value: number;
  threshold: string;
  pass: boolean;
  note?: string;
}

export interface CoreJson extends Machine {
  date: string;
  git: GitState;
  loadAverage: { start: number[]; end: number[] };
  corpus: { found: boolean; dir: string; files: string[]; missing: string | null };
  inputs: { name: string; bytes: number; codeUnits: number }[];
  measurements: CoreMeasurement[];
  interleavedRatios: CoreRoundRatios[];
  pathological: CoreMeasurement[];
  memory: (CoreMemory | { fn: string; error: string })[];
  targetResults: CoreTarget[];
  totalSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// bench/repair.ts → results/repair.json

export interface RepairKindScore {
  kind: string;
  goldOccurrences: number;
  tp: number;
  fn: number;
  /** Edits no gold row accounts for; null for the kinds the gold does not enumerate one by one. */
  fp: number | null;
  /** All edits of the kind that repair made. */
  edits: number;
  precision: number | null;
  recall: number | null;
}

export interface RepairAccuracyJson {
  configs: { config: string; byKind: RepairKindScore[]; keep: { occurrences: number; untouched: number } }[];
}

export interface RepairSyntheticSet {
  source: string;
  runs: { seed: number }[];
  /** Means over the seeds: precision, recall, f1, falseSplitsInUntouchedPer10k, … */
  mean: Record<string, number>;
}

export interface RepairQalbJson {
  pureSpace: { rows: number; exact: number; share: number };
  all: { rows: number; exact: number; share: number };
}

export interface RepairThroughputInput {
  input: string;
  bytes: number;
  rounds: number;
  /** Median over rounds of the time per call, ms. */
  medianMs: Record<string, number>;
  mbPerSec: Record<string, number>;
  /** Median over rounds of repair time ÷ the other task's time. */
  repairSlowdown: Record<string, number>;
}

export interface RepairAdversarial {
  input: string;
  sizes: { bytes: number; medianMs: number; mbPerSec: number }[];
  scaling: number;
  vsOrdinary: number;
}

export interface RepairLexiconJson {
  children: unknown[];
  median: Record<string, number>;
  lookups: { words: number; perSec: number; source: string };
}

export interface RepairTarget {
  target: string;
  value: number | null;
  threshold: string;
  status: 'PASS' | 'FAIL' | 'SKIPPED' | 'ERROR';
  note?: string;
}

export interface RepairJson extends Machine {
  date: string;
  git: GitState;
  loadAverage: { start: number[]; end: number[] };
  sharedDir: string;
  targets: Record<string, number>;
  accuracy: RepairAccuracyJson | SkippedJson | FailedJson;
  syntheticRunOns: { main: RepairSyntheticSet; supplementary: RepairSyntheticSet | SkippedJson } | FailedJson;
  qalb: RepairQalbJson | SkippedJson | FailedJson;
  throughput: { inputs: (RepairThroughputInput | SkippedJson)[]; adversarial: RepairAdversarial[] } | FailedJson;
  lexicon: RepairLexiconJson | FailedJson;
  targetResults: RepairTarget[];
  totalSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// bench/segment.ts → results/segment.json

export interface SegmentAccuracyJson {
  bySchemes: Record<string, { words: number; correct: number; accuracy: number }>;
  procliticAccuracy: number;
}

export interface SegmentThroughputInput {
  input: string;
  bytes: number;
  words: number;
  distinctWords: number;
  rounds: number;
  medianMs: Record<string, number>;
  mbPerSec: Record<string, number>;
  /** Median over rounds of (task time ÷ tokenize time). */
  vsTokenize: Record<string, number>;
  /** Median over rounds of (task time ÷ bare scan time). */
  vsBareScan: Record<string, number>;
}

export interface SegmentJson extends GitState {
  machine: Machine;
  loadStart: number[];
  loadEnd: number[];
  accuracy: SegmentAccuracyJson | SkippedJson;
  throughput: SegmentThroughputInput[];
  targets: { farasaAccuracy: number; segmentMBps: number };
  totalSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// bench/gazetteer.ts → results/gazetteer.json

export interface PRF {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface GazetteerJson extends GitState {
  machine: Machine;
  loadStart: number[];
  loadEnd: number[];
  corpus: { mode: string; gold: number; predicted: number; correct: number; precision: number; recall: number }[] | SkippedJson;
  ner: { sentences: number; byType: Record<string, PRF> } | SkippedJson;
  throughput: {
    input: string; bytes: number; medianMs: Record<string, number>; mbPerSec: Record<string, number>; ratio100kTo1k: number;
    /** find (built-in): the first call after a full GC and the next one (ms), and their ratio; medians. Absent without a GC to call. */
    afterGc?: { firstMs: number; nextMs: number; ratio: number };
  };
  load: { runs: { importMs: number; defaultMs: number; firstFindMs: number; heapMB: number }[]; medianHeapMB: number };
  targets: { nerF1: number; findMBps: number; scaling: number; loadMs: number; corpusPrecision: number; corpusRecall: number };
  totalSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// bench/stance.ts → results/stance.json

export interface StanceJson extends GitState {
  machine: Machine;
  loadStart: number[];
  loadEnd: number[];
  labelled: { texts: number; accuracy: number; macroF1: number; perLabel: Record<string, { gold: number; predicted: number; correct: number; f1: number }> };
  /** input: absent in results written before it was recorded (then: the corpus). */
  throughput: { input?: string; bytes: number; medianMs: Record<string, number>; mbPerSec: Record<string, number>; ratio: number };
  targets: { mbPerSec: number };
  totalSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// bench/worst-case.ts → results/worst-case.json

/** Memory of one call (bench/worst-case.ts measureMemory); bytes. */
export interface WorstCaseMemory {
  /** Time of the call (the first, cold, in the memory child: not used for the time ratio). */
  ms: number;
  /** Garbage collections during the call. */
  gcs?: number;
  /** Largest heap + external memory after a GC during the call, minus before (0 without a GC). */
  liveAtGc?: number;
  /** heapUsed + external right after the call, minus before: counts the garbage not yet collected. */
  jsAfterCall: number;
  /** The same after a full GC, the result alive. */
  jsRetained: number;
  /** Peak RSS during the call minus RSS before it. */
  rssPeak: number;
  rssPeakMethod: 'exact' | 'upper-bound';
  /** Peak live memory: the larger of liveAtGc and jsRetained (the target). Before 2026-12-06: the largest of jsAfterCall, jsRetained and rssPeak. */
  peak: number;
  /** peak ÷ the input's UTF-8 size (the target). */
  perUtf8Byte: number;
  /** peak ÷ the input's UTF-16 size (2 bytes × its length). */
  perUtf16Byte: number;
  /** jsAfterCall ÷ the input's UTF-8 size (information). */
  afterCallPerUtf8Byte?: number;
  /** rssPeak ÷ the input's UTF-8 size (information). */
  rssPeakPerUtf8Byte?: number;
}

/** How the time of a worst-case input grows with its size: exponent 1 = linear, 2 = quadratic. */
export type WorstCaseScaling = { codeUnits: number[]; ms: number[]; exponent: number } | { error: string };

export interface WorstCaseCell {
  /** The input's id (WORST_CASES in bench/inputs.ts). */
  input: string;
  fn: string;
  /** The function's size cap: the input was cut to at most this many UTF-8 bytes (null: full size). */
  capBytes: number | null;
  /** Size of the worst-case input (the ordinary text has as many code units); null when the child never said. */
  codeUnits: number | null;
  bytes: number | null;
  ordinaryBytes: number | null;
  /** 'timeout': a call outlasted targets.callCapSeconds; 'error': the child failed. */
  status: 'ok' | 'timeout' | 'error';
  note?: string;
  /** Medians of interleaved rounds; ratio = median of the per-round ratios worst ÷ ordinary. */
  time: { rounds: number; worstMs: number; ordinaryMs: number; ratio: number } | null;
  memory: { worst: WorstCaseMemory; ordinary: WorstCaseMemory | null } | null;
  /** FAIL also for a timeout or an error. */
  timeStatus: 'PASS' | 'FAIL';
  memoryStatus: 'PASS' | 'FAIL' | 'NOT MEASURED';
  /** Measured for the cells that failed the time target. */
  scaling?: WorstCaseScaling;
  seconds: number;
}

export interface WorstCaseSize {
  /** The size cap (null: the full size). */
  capBytes: number | null;
  codeUnits: number;
  bytes: number;
  ordinaryBytes: number;
}

export interface WorstCaseJson extends Machine {
  date: string;
  git: GitState;
  loadAverage: { start: number[]; end: number[] };
  corpus: { found: boolean; missing: string | null };
  targets: { timeRatio: number; memoryRatio: number; callCapSeconds: number };
  /** The sizes the input was measured at: full and cut to each function's cap (as the cells ran). */
  inputs: { id: string; name: string; description: string; sizes: WorstCaseSize[] }[];
  /** capBytes: the inputs are cut to at most this many UTF-8 bytes for the function (null: full size). */
  functions: { name: string; capBytes: number | null }[];
  cells: WorstCaseCell[];
  /** Set when the run was limited with --inputs / --fns. */
  only?: { inputs?: string[]; fns?: string[] };
  totalSeconds: number;
}

// ---------------------------------------------------------------------------------------------
// bench/run.ts → results/run.json: which benchmarks the last `npm run bench` ran, and how it went.

export const COMPONENTS = ['core', 'repair', 'segment', 'gazetteer', 'stance', 'worst'] as const;
export type ComponentName = (typeof COMPONENTS)[number];

export interface ComponentRun {
  name: ComponentName;
  /** The script, relative to the repository. */
  script: string;
  /** The results file, relative to bench/results/. */
  resultFile: string;
  /** 'ok': exited 0 and wrote its results; 'failed': anything else. */
  status: 'ok' | 'failed';
  exitCode: number | null;
  signal: string | null;
  /** Why it failed, for the report. */
  reason?: string;
  date: string;
  seconds: number;
}

export interface RunManifest {
  date: string;
  git: GitState;
  machine: Machine;
  loadAverage: { start: number[]; end: number[] };
  /** Absolute paths, shortened in the report. */
  repoRoot: string;
  sharedDir: string;
  components: ComponentRun[];
  /** Set when the run was `--only …`: the benchmarks it ran (the others' entries are from earlier runs). */
  only?: ComponentName[];
  totalSeconds: number;
}

/** What the report is rendered from: the manifest and each benchmark's results, or why there are none. */
export type Loaded<T> = { status: 'ok'; data: T } | { status: 'failed' | 'missing'; reason: string };

export interface BenchResults {
  manifest: RunManifest | null;
  core: Loaded<CoreJson>;
  repair: Loaded<RepairJson>;
  segment: Loaded<SegmentJson>;
  gazetteer: Loaded<GazetteerJson>;
  stance: Loaded<StanceJson>;
  worst: Loaded<WorstCaseJson>;
}
