/**
 * Cost of the first `builtinLexicon()` call (it decodes the DAWG), measured in a fresh process so
 * that nothing else is counted; run by bench/repair.ts several times:
 *
 *   node --expose-gc --import tsx bench/lexicon-load.ts
 *
 * Imports the lexicon module first (timed separately: that parses the generated data), collects
 * garbage, samples `process.memoryUsage()`, calls `builtinLexicon()` once keeping the result alive,
 * and samples again right after the call and after a full GC. The peak RSS during the call is
 * exact on Linux (high-water mark reset via /proc/self/clear_refs, as in bench/memory.ts).
 * Prints one JSON line prefixed with `LEXLOAD `.
 */
import { procStatus, resetPeak } from './process.js';

export interface LexiconLoadResult {
  /** Time to import src/lexicon/index.js (module evaluation, generated data included), ms. */
  importMs: number;
  /** Time of the first builtinLexicon() call, ms. */
  firstCallMs: number;
  /** Time of the first has() after it, ms. */
  firstLookupMs: number;
  /** Increase of heapUsed + arrayBuffers right after the call (garbage included), bytes. */
  heapAbAfterCall: number;
  /** Increase of heapUsed + arrayBuffers after a full GC, the lexicon alive, bytes. */
  heapAbRetained: number;
  /** Increase of heapUsed + external after a full GC (external already includes arrayBuffers), bytes. */
  jsRetained: number;
  /** RSS after the call minus RSS before it, bytes. */
  rssAfterCall: number;
  /** Peak RSS during the call minus RSS before it, bytes. */
  rssPeak: number;
  rssPeakMethod: 'exact' | 'upper-bound';
  sink: number;
}

const gcFn = (globalThis as { gc?: () => void }).gc;

function fullGc(): void {
  if (!gcFn) throw new Error('bench/lexicon-load.ts needs --expose-gc');
  gcFn();
  gcFn();
}

const heapAb = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
const js = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external;

async function main(): Promise<void> {
  fullGc();
  const ti = performance.now();
  const mod = await import('../src/lexicon/index.js');
  const importMs = performance.now() - ti;

  fullGc();
  const exact = resetPeak();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const lex = mod.builtinLexicon();
  const firstCallMs = performance.now() - t0;
  const after = process.memoryUsage();
  const peak = (exact ? procStatus('VmHWM') : undefined) ?? process.resourceUsage().maxRSS * 1024;
  const t1 = performance.now();
  let sink = lex.has('والاستخباراتية') ? 1 : 0;
  const firstLookupMs = performance.now() - t1;
  fullGc();
  const retained = process.memoryUsage();
  sink += lex.has('انتهاء') ? 1 : 0; // the lexicon is used after the GC, so it was alive throughout

  const out: LexiconLoadResult = {
    importMs,
    firstCallMs,
    firstLookupMs,
    heapAbAfterCall: heapAb(after) - heapAb(before),
    heapAbRetained: heapAb(retained) - heapAb(before),
    jsRetained: js(retained) - js(before),
    rssAfterCall: after.rss - before.rss,
    rssPeak: Math.max(peak, after.rss) - before.rss,
    rssPeakMethod: exact ? 'exact' : 'upper-bound',
    sink,
  };
  console.log('LEXLOAD ' + JSON.stringify(out));
}

if (process.argv[1] && /lexicon-load\.ts$/.test(process.argv[1])) await main();
