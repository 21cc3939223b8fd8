/**
 * Memory of one function on the 10 MB input, measured in a fresh process so that nothing else
 * the benchmark did (other inputs, other functions, tinybench's samples) is counted:
 *
 *   node --expose-gc --import tsx bench/memory.ts tokenize
 *   node --expose-gc --import tsx bench/memory.ts normalize:search
 *   node --expose-gc --import tsx bench/memory.ts normalizeWithOffsets:search
 *
 * Builds the input, runs the function once on a small text (so that one-off lookup tables, about
 * 1 MB in all, are not counted), collects garbage, samples `process.memoryUsage()`, runs the
 * function once on the input keeping its result alive, and samples again: right after the call
 * (garbage included), after a full GC (what the result and the library retain), and the process's
 * peak RSS during the call. On Linux the peak is exact: the kernel's high-water mark is reset just
 * before the call (`/proc/self/clear_refs`) and read back after it (VmHWM). Elsewhere it falls back
 * to `process.resourceUsage().maxRSS`, an upper bound (the peak may predate the call).
 * Prints one JSON line prefixed with `MEMORY `.
 */
import { baseText, largeText, utf8Bytes } from './inputs.js';
import { findOp } from './ops.js';
import { SAMPLE_TEXT } from '../scripts/sample.js';
import { procStatus, resetPeak } from './process.js';

/** CLI names of the functions this script measures. */
export const MEMORY_FUNCTIONS: Record<string, string> = {
  tokenize: 'tokenize',
  'normalize:search': "normalize('search')",
  'normalizeWithOffsets:search': "normalizeWithOffsets('search')",
};

export interface MemoryResult {
  fn: string;
  inputBytes: number;
  inputCodeUnits: number;
  ms: number;
  /** Bytes; JS = heapUsed + external (external already includes arrayBuffers). */
  before: { rss: number; js: number; arrayBuffers: number };
  /** Increase of JS memory sampled right after the call, before any forced GC. */
  jsAfterCall: number;
  /** Increase of JS memory after a full GC, the result still alive. */
  jsRetained: number;
  /** Peak RSS during the call minus RSS before it. */
  rssPeak: number;
  /** 'exact' when the high-water mark was reset before the call; 'upper-bound' when it could not be. */
  rssPeakMethod: 'exact' | 'upper-bound';
  /** Each increase divided by the input's UTF-8 size. */
  ratios: { jsAfterCall: number; jsRetained: number; rssPeak: number };
  sink: number;
}

const gcFn = (globalThis as { gc?: () => void }).gc;

function fullGc(): void {
  if (!gcFn) throw new Error('bench/memory.ts needs --expose-gc');
  gcFn();
  gcFn();
}

const jsBytes = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external;

function main(): void {
  const cli = process.argv[2] ?? '';
  const opName = MEMORY_FUNCTIONS[cli];
  if (!opName) {
    console.error(`usage: node --expose-gc --import tsx bench/memory.ts <${Object.keys(MEMORY_FUNCTIONS).join('|')}>`);
    process.exit(2);
  }
  const op = findOp(opName);

  const text = largeText(baseText().text);
  const inputBytes = utf8Bytes(text);
  let sink = op.sink(op.run(SAMPLE_TEXT)); // warm: one-off tables

  fullGc();
  const exact = resetPeak();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const result = op.run(text);
  const ms = performance.now() - t0;
  const after = process.memoryUsage();
  const peak = (exact ? procStatus('VmHWM') : undefined) ?? process.resourceUsage().maxRSS * 1024;
  fullGc();
  const retained = process.memoryUsage();
  sink += op.sink(result); // the result is used after the GC, so it was alive throughout

  const jsAfterCall = jsBytes(after) - jsBytes(before);
  const jsRetained = jsBytes(retained) - jsBytes(before);
  const rssPeak = Math.max(peak, after.rss) - before.rss;
  const out: MemoryResult = {
    fn: opName,
    inputBytes,
    inputCodeUnits: text.length,
    ms,
    before: { rss: before.rss, js: jsBytes(before), arrayBuffers: before.arrayBuffers },
    jsAfterCall,
    jsRetained,
    rssPeak,
    rssPeakMethod: exact ? 'exact' : 'upper-bound',
    ratios: { jsAfterCall: jsAfterCall / inputBytes, jsRetained: jsRetained / inputBytes, rssPeak: rssPeak / inputBytes },
    sink,
  };
  console.log('MEMORY ' + JSON.stringify(out));
}

if (process.argv[1] && /memory\.ts$/.test(process.argv[1])) main();
