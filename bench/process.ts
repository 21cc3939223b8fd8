/**
 * Helpers the benchmarks share for measuring a Node process: a full GC, and the kernel's resident
 * and peak memory figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';

/** gc(): exposed by --expose-gc, or enabled at run time; undefined when neither works. */
export function findGc(): (() => void) | undefined {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

/** A field of /proc/self/status in bytes, or undefined off Linux. */
export function procStatus(field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Resets the kernel's peak-RSS mark to the current RSS (Linux ≥ 4.0). Returns whether it worked. */
export function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    return false;
  }
  const hwm = procStatus('VmHWM');
  const rss = procStatus('VmRSS');
  return hwm !== undefined && rss !== undefined && hwm - rss < 1 << 20;
}
