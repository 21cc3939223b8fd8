/**
 * akhbar benchmarks: `npm run bench`. Runs every benchmark, each in a child process of its own
 * (bench/core.ts, repair.ts, segment.ts, gazetteer.ts, stance.ts, worst-case.ts), lets each print its tables and
 * write its results into bench/results/, then renders bench/REPORT.md and bench/charts/*.svg from
 * those results (bench/report-md.ts). See bench/README.md.
 *
 *   npx tsx bench/run.ts                       # everything (what `npm run bench` does)
 *   npx tsx bench/run.ts --only repair,worst   # those benchmarks; the report takes the others from their saved results
 *   npx tsx bench/run.ts --report-only         # no measuring: re-render the report from bench/results/*.json
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DIR } from '../scripts/shared-data.js';
import { gitState, loadLine, machine, machineLine, table } from './report.js';
import { CHARTS_DIR, COMPONENT_SCRIPTS, COMPONENT_TITLES, renderReport } from './report-md.js';
import { COMPONENTS, type BenchResults, type ComponentName, type ComponentRun, type Loaded, type RunManifest } from './results-types.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');
const resultsDir = join(benchDir, 'results');
const chartsDir = join(benchDir, CHARTS_DIR);
const reportPath = join(benchDir, 'REPORT.md');
const manifestPath = join(resultsDir, 'run.json');

/** Where each benchmark writes its results, in bench/results/. */
const RESULT_FILES: Record<ComponentName, string> = {
  core: 'latest.json',
  repair: 'repair.json',
  segment: 'segment.json',
  gazetteer: 'gazetteer.json',
  stance: 'stance.json',
  worst: 'worst-case.json',
};

function usage(): never {
  console.error(`usage: npx tsx bench/run.ts [--report-only | --only <${COMPONENTS.join(',')}>]`);
  process.exit(2);
}

function parseArgs(argv: string[]): { reportOnly: boolean; only: ComponentName[] } {
  let reportOnly = false;
  let only: ComponentName[] = [...COMPONENTS];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--report-only') reportOnly = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const v = a === '--only' ? argv[++i] : a.slice('--only='.length);
      const names = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      if (!names.length || names.some((n) => !(COMPONENTS as readonly string[]).includes(n))) usage();
      only = names as ComponentName[];
    } else usage();
  }
  return { reportOnly, only };
}

function readManifest(): RunManifest | null {
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as RunManifest;
  } catch {
    return null;
  }
}

/** Runs one benchmark in a child process, its output passed through. */
function runComponent(name: ComponentName): ComponentRun {
  const script = COMPONENT_SCRIPTS[name];
  const resultFile = RESULT_FILES[name];
  const date = new Date();
  console.log(`\n${'#'.repeat(100)}\n# ${COMPONENT_TITLES[name]}: ${script}\n${'#'.repeat(100)}\n`);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, script)], { cwd: repoRoot, stdio: 'inherit', env: process.env });
  const seconds = (performance.now() - t) / 1000;
  const out = join(resultsDir, resultFile);
  // Fresh results only: a file left by an earlier run does not count.
  const fresh = existsSync(out) && statSync(out).mtimeMs >= date.getTime() - 1000;
  const ok = r.status === 0 && fresh;
  const reason = r.error ? `could not start: ${r.error.message}`
    : r.status !== 0 ? (r.signal ? `killed by ${r.signal}` : `exit code ${r.status}`)
      : fresh ? undefined : `exited 0 but wrote no bench/results/${resultFile}`;
  return { name, script, resultFile, status: ok ? 'ok' : 'failed', exitCode: r.status, signal: r.signal, ...(reason ? { reason } : {}), date: date.toISOString(), seconds };
}

/** A benchmark's saved results, or why there are none. */
function loadComponent<T>(name: ComponentName, manifest: RunManifest | null): Loaded<T> {
  const file = join(resultsDir, RESULT_FILES[name]);
  const run = manifest?.components.find((c) => c.name === name);
  const rel = relative(repoRoot, file);
  if (run?.status === 'failed' && (!existsSync(file) || statSync(file).mtimeMs < Date.parse(run.date))) {
    return { status: 'failed', reason: run.reason ?? 'failed' };
  }
  if (!existsSync(file)) return { status: 'missing', reason: `${rel} not found (run npm run bench)` };
  try {
    return { status: 'ok', data: JSON.parse(readFileSync(file, 'utf8')) as T };
  } catch (e) {
    return { status: 'failed', reason: `${rel} unreadable: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Renders REPORT.md and the charts from bench/results/; removes charts no longer produced. */
function writeReport(): ReturnType<typeof renderReport> {
  const manifest = readManifest();
  const results: BenchResults = {
    manifest,
    core: loadComponent('core', manifest),
    repair: loadComponent('repair', manifest),
    segment: loadComponent('segment', manifest),
    gazetteer: loadComponent('gazetteer', manifest),
    stance: loadComponent('stance', manifest),
    worst: loadComponent('worst', manifest),
  };
  const report = renderReport(results);
  mkdirSync(chartsDir, { recursive: true });
  const keep = new Set(report.charts.map((c) => c.file));
  for (const f of readdirSync(chartsDir)) if (f.endsWith('.svg') && !keep.has(f)) unlinkSync(join(chartsDir, f));
  for (const c of report.charts) writeFileSync(join(chartsDir, c.file), c.svg);
  writeFileSync(reportPath, report.markdown);
  return report;
}

function main(): void {
  const { reportOnly, only } = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  let failed: ComponentRun[] = [];
  if (!reportOnly) {
    const loadStart = os.loadavg();
    console.log(machineLine('akhbar benchmarks'));
    console.log(loadLine(loadStart));
    console.log(`Running: ${only.map((n) => COMPONENT_SCRIPTS[n]).join(', ')}`);
    const date = new Date().toISOString();
    const git = gitState();
    const runs = only.map(runComponent);
    const previous = readManifest();
    // With --only, the benchmarks not run keep their entries of the previous run.
    const components = COMPONENTS.flatMap((n) => runs.find((c) => c.name === n) ?? previous?.components.find((c) => c.name === n) ?? []);
    const manifest: RunManifest = {
      date, git, machine: machine(), loadAverage: { start: loadStart, end: os.loadavg() },
      repoRoot, sharedDir: SHARED_DIR, components, ...(only.length < COMPONENTS.length ? { only } : {}), totalSeconds: (performance.now() - t0) / 1000,
    };
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    failed = runs.filter((c) => c.status === 'failed');
    console.log(`\n${'#'.repeat(100)}\n`);
    console.log(table(['benchmark', 'status', 'seconds'], runs.map((c) => [c.script, c.status + (c.reason ? ` (${c.reason})` : ''), c.seconds.toFixed(0)]), [false, false, true]));
  }
  const report = writeReport();
  const count = (s: string) => report.targets.filter((t) => t.status === s).length;
  console.log(`\nTargets: ${count('PASS')} of ${count('PASS') + count('FAIL')} met` +
    `${count('SKIPPED') ? `, ${count('SKIPPED')} skipped` : ''}${count('ERROR') ? `, ${count('ERROR')} errors` : ''}${count('NO DATA') ? `, ${count('NO DATA')} benchmarks without results` : ''}.`);
  const plain = (s: string) => s.replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const t of report.targets.filter((x) => x.status === 'FAIL')) console.log(`  FAIL  ${COMPONENT_TITLES[t.component]}: ${plain(t.target)} = ${t.value} (${plain(t.threshold)})`);
  console.log(`Wrote ${relative(repoRoot, reportPath)} and ${report.charts.length} charts in ${relative(repoRoot, chartsDir)}/` +
    (reportOnly ? ' (from the saved results).' : ` in ${((performance.now() - t0) / 1000).toFixed(0)} s.`));
  if (failed.length) {
    console.log(`\n${failed.length} benchmark(s) failed: ${failed.map((c) => `${c.script} (${c.reason})`).join(', ')}`);
    process.exitCode = 1;
  }
}

main();
