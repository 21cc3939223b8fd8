/**
 * What the benchmark scripts share for reporting: the commit measured, the machine and its load,
 * plain-text tables and number formatting.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Machine } from './results-types.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The commit checked out, and whether src/ differs from it (null when git cannot say). */
export function gitState(): { commit: string | null; srcDirty: boolean | null } {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  const head = git('rev-parse', 'HEAD');
  if (head.status !== 0) return { commit: null, srcDirty: null };
  const st = git('status', '--porcelain', '--', 'src');
  return { commit: head.stdout.trim(), srcDirty: st.status === 0 ? st.stdout.trim().length > 0 : null };
}

/** A number with `d` decimals, or – when there is none. */
export const f = (x: number | undefined | null, d = 2): string =>
  x === undefined || x === null || !Number.isFinite(x) ? '–' : x.toFixed(d);

/** A plain-text table: a header row, a rule, the rows; columns right-aligned where asked. */
export function table(headers: string[], rows: string[][], rightAlign: boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAlign[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** One line naming the benchmark, Node, the CPU and the platform. */
export function machineLine(title: string): string {
  return `${title} — Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${os.platform()}/${os.arch()}`;
}

/** The machine, for the results JSON. */
export function machine(): Machine {
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()}/${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
  };
}

/** Whether a load average says the machine is busy (more than half its cores in use). */
export function isBusy(load: number[]): boolean {
  return (load[0] ?? 0) > 0.5 * os.cpus().length;
}

/** The load-average line printed at the start of a run. */
export function loadLine(load: number[]): string {
  return `Load average at start: ${load.map((x) => x.toFixed(2)).join(' ')}${isBusy(load) ? '  (WARNING: the machine is busy; timings will be noisy)' : ''}`;
}

/** A warning when the load average at the start or the end says other processes competed for the CPU, or ''. */
export function busyWarning(loadStart: number[], loadEnd: number[]): string {
  return isBusy(loadStart) || isBusy(loadEnd)
    ? `\nWARNING: load average ${loadStart[0]!.toFixed(2)} at start, ${loadEnd[0]!.toFixed(2)} at end on ${os.cpus().length} cores: other processes competed for the CPU.`
    : '';
}

/**
 * Writes a run's results as JSON into bench/results/ under each of `names`, and prints where,
 * with the sink that proves the results were consumed.
 */
export function writeResults(names: readonly string[], results: { sink: number; totalSeconds: number }): void {
  const outDir = join(repoRoot, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(results, null, 2) + '\n';
  for (const name of names) writeFileSync(join(outDir, name), json);
  const where = names.map((n) => relative(repoRoot, join(outDir, n))).join(' and ');
  console.log(`\nsink ${results.sink} (results consumed). Wrote ${where} in ${results.totalSeconds.toFixed(0)} s total.`);
}

/** The median of `xs` (NaN when empty); the mean of the two middle values for an even count. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[n >> 1]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

/** Milliseconds per call of `run`, over `reps` calls back to back. */
export function timePerCall(run: () => void, reps: number): number {
  const t = performance.now();
  for (let k = 0; k < reps; k++) run();
  return (performance.now() - t) / reps;
}

/** Says that a section is skipped, and why (shared data missing); its result in the JSON. */
export function skipped(why: string): { skipped: string } {
  console.log(`SKIPPED: ${why}`);
  return { skipped: why };
}

/** Prints a section title between rules. */
export function heading(title: string): void {
  console.log(`\n${'='.repeat(100)}\n${title}\n${'='.repeat(100)}`);
}

/**
 * Times `tasks` in `rounds` interleaved rounds, each task a batch of about `batchMs` per round;
 * returns each task's time per call (ms) in every round. Each round starts with `gc` (when given)
 * and one untimed call of each task: a full collection throws away compiled code that has not run
 * lately, and without the warm-up a round would time V8 recompiling.
 */
export function interleavedRounds(tasks: readonly (readonly [string, () => void])[], rounds: number, gc?: () => void, batchMs = 150): Record<string, number[]> {
  const reps = tasks.map(([, run]) => {
    run();
    return Math.max(1, Math.round(batchMs / Math.max(timePerCall(run, 1), 0.001)));
  });
  const per: Record<string, number[]> = Object.fromEntries(tasks.map(([n]) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    gc?.();
    for (const [, run] of tasks) run();
    tasks.forEach(([n, run], i) => per[n]!.push(timePerCall(run, reps[i]!)));
  }
  return per;
}
