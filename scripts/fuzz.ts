/**
 * npm run fuzz: coverage-guided fuzzing of the built package with Jazzer.js (libFuzzer).
 *
 *   npm run fuzz                                  every target, 60 s each
 *   npm run fuzz -- repair analyze --budget 300   some targets, 5 minutes each
 *   npm run fuzz -- --budget 10                   the short CI run
 *   npm run fuzz -- repair -- -seed=42 -jobs=1    extra libFuzzer flags after a second --
 *   npm run fuzz -- --write-seeds                 (re)write fuzz/corpus/ and fuzz/dicts/ from fuzz/seeds.ts
 *
 * Options: --budget <s> seconds of fuzzing per target (or AKHBAR_FUZZ_BUDGET; default 60),
 * --timeout <s> per input (default 10: a slower input is a finding), --rss <MB> memory limit
 * (default 2048: more is a finding), --verbose to show libFuzzer's output as it runs.
 *
 * Each target (fuzz/targets/<name>.cjs, checks in fuzz/checks.ts) runs in a process of its own on
 * dist/index.cjs, which Jazzer instruments (dist/data/, the data tables, is left alone). It starts
 * from the seeds in fuzz/corpus/<name>/ and fuzz/regressions/<name>/, which it only reads, writes
 * the inputs that reach new code to .fuzz/corpus/<name>/ (kept between runs, git-ignored) and its
 * findings (crash-*, timeout-*, oom-*) to .fuzz/artifacts/<name>/; its full output goes to
 * .fuzz/logs/<name>.log. The exit code is 1 when anything was found (or a run failed), else 0.
 *
 * This script builds nothing: it fails when dist/ is missing.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TARGET_NAMES, TARGETS, type TargetName } from '../fuzz/checks.js';
import { compatibleAddon } from '../fuzz/native-compat.js';
import { writeSeeds } from '../fuzz/seeds.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FUZZ = join(ROOT, 'fuzz');
const WORK = join(ROOT, '.fuzz');
const rel = (p: string): string => relative(ROOT, p) || '.';

interface Options {
  targets: TargetName[];
  budget: number;
  timeout: number;
  rss: number;
  verbose: boolean;
  writeSeeds: boolean;
  libFuzzerArgs: string[];
}

function usage(): string {
  return [
    'usage: npm run fuzz -- [target …] [--budget <seconds per target>] [--timeout <seconds per input>] [--rss <MB>] [--verbose] [-- <libFuzzer flags>]',
    '       npm run fuzz -- --write-seeds',
    `targets: ${TARGET_NAMES.join(', ')}`,
    'budget: --budget, else AKHBAR_FUZZ_BUDGET, else 60 s per target',
  ].join('\n');
}

function die(message: string, code = 2): never {
  console.error(`fuzz: ${message}`);
  process.exit(code);
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { targets: [], budget: NaN, timeout: 10, rss: 2048, verbose: false, writeSeeds: false, libFuzzerArgs: [] };
  // npm passes everything after its own "--"; a second "--" starts libFuzzer's flags.
  const cut = argv.indexOf('--');
  const own = cut < 0 ? argv : argv.slice(0, cut);
  if (cut >= 0) o.libFuzzerArgs = argv.slice(cut + 1);
  const number = (name: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (value === undefined || value === '' || !Number.isFinite(n) || n < min) die(`${name} must be a number ≥ ${min}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}\n${usage()}`);
    return n;
  };
  for (let i = 0; i < own.length; i++) {
    const arg = own[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? own[++i];
    switch (flag) {
      case '--budget': o.budget = number('--budget', value(), 1); break;
      case '--timeout': o.timeout = number('--timeout', value(), 1); break;
      case '--rss': o.rss = number('--rss', value(), 256); break;
      case '--verbose': case '-v': o.verbose = true; break;
      case '--write-seeds': o.writeSeeds = true; break;
      case '--help': case '-h': console.log(usage()); process.exit(0); break;
      default:
        if (arg.startsWith('-')) die(`unknown option ${arg}\n${usage()}`);
        if (!(TARGET_NAMES as readonly string[]).includes(arg)) die(`unknown target "${arg}"; the targets are ${TARGET_NAMES.join(', ')}`);
        if (!o.targets.includes(arg as TargetName)) o.targets.push(arg as TargetName);
    }
  }
  if (Number.isNaN(o.budget)) o.budget = process.env.AKHBAR_FUZZ_BUDGET ? number('AKHBAR_FUZZ_BUDGET', process.env.AKHBAR_FUZZ_BUDGET, 1) : 60;
  o.budget = Math.round(o.budget);
  if (o.targets.length === 0) o.targets = [...TARGET_NAMES];
  return o;
}

/** What libFuzzer said about a run. */
interface Stats {
  runs?: number;
  execPerSec?: number;
  cov?: number;
  ft?: number;
  corpus?: number;
  newUnits?: number;
  peakRss?: number;
  seed?: string;
  error?: string;
}

function parseLog(log: string): Stats {
  const s: Stats = {};
  // Status lines: "#83903	DONE   cov: 326 ft: 1377 corp: 254/7279b lim: 84 exec/s: 5243 rss: 312Mb".
  for (const m of log.matchAll(/^#(\d+)\s+\w+\s+(?:cov: (\d+) ft: (\d+) )?corp: (\d+)\/\S+(?: lim: \d+)?(?: exec\/s: (\d+))?(?: rss: (\d+)Mb)?/gm)) {
    s.runs = Number(m[1]);
    if (m[2] !== undefined) s.cov = Number(m[2]);
    if (m[3] !== undefined) s.ft = Number(m[3]);
    s.corpus = Number(m[4]);
    if (m[5] !== undefined) s.execPerSec = Number(m[5]);
    if (m[6] !== undefined) s.peakRss = Math.max(s.peakRss ?? 0, Number(m[6]));
  }
  const stat = (name: string): number | undefined => {
    const m = new RegExp(`^stat::${name}:\\s*(\\d+)`, 'm').exec(log);
    return m ? Number(m[1]) : undefined;
  };
  s.runs = stat('number_of_executed_units') ?? s.runs;
  s.execPerSec = stat('average_exec_per_sec') ?? s.execPerSec;
  s.newUnits = stat('new_units_added');
  s.peakRss = stat('peak_rss_mb') ?? s.peakRss;
  s.seed = /Using generated seed: (\d+)/.exec(log)?.[1] ?? /-seed=(\d+)/.exec(log)?.[1];
  // The finding: Jazzer's uncaught exception, or libFuzzer's own report (timeout, out-of-memory, signal).
  const uncaught = /==\d+== Uncaught Exception: (?:Jazzer\.js: )?(.*)/.exec(log);
  const libfuzzer = /==\d+== ERROR: libFuzzer: (.*)/.exec(log);
  const timeout = /ALARM: working on the last Unit for (\d+) seconds/.exec(log);
  if (uncaught) s.error = uncaught[1]!.trim();
  else if (timeout) s.error = `timeout: one input ran for ${timeout[1]} s`;
  else if (libfuzzer) s.error = libfuzzer[1]!.trim();
  return s;
}

interface Result {
  target: TargetName;
  seconds: number;
  code: number | null;
  stats: Stats;
  artifacts: string[];
  killed: boolean;
}

/** The file of fuzz/regressions/<target>/ with the same bytes as `artifact`, if any: a known finding. */
function knownRegression(target: TargetName, artifact: string): string | undefined {
  const dir = join(FUZZ, 'regressions', target);
  if (!existsSync(dir)) return undefined;
  const bytes = readFileSync(artifact);
  const same = readdirSync(dir).find((f) => {
    const p = join(dir, f);
    return statSync(p).isFile() && readFileSync(p).equals(bytes);
  });
  return same === undefined ? undefined : join(dir, same);
}

function listArtifacts(dir: string): Set<string> {
  return new Set(existsSync(dir) ? readdirSync(dir).filter((f) => /^(crash|timeout|oom|leak|slow-unit)-/.test(f)) : []);
}

function runTarget(target: TargetName, o: Options, jazzer: string, addon: string | undefined, index: number, total: number): Promise<Result> {
  const spec = TARGETS[target];
  const corpus = join(WORK, 'corpus', target);
  const artifacts = join(WORK, 'artifacts', target);
  const logs = join(WORK, 'logs');
  for (const d of [corpus, artifacts, logs]) mkdirSync(d, { recursive: true });
  const seeds = [join(FUZZ, 'corpus', target), join(FUZZ, 'regressions', target)].filter((d) => existsSync(d));
  const before = listArtifacts(artifacts);
  const nodeArgs = addon ? ['--require', join(FUZZ, 'native-preload.cjs')] : [];
  const args = [
    ...nodeArgs,
    jazzer,
    rel(join(FUZZ, 'targets', `${target}.cjs`)),
    // libFuzzer writes new inputs to the first corpus folder only: the seeds stay untouched.
    rel(corpus),
    ...seeds.map(rel),
    '--sync',
    '--includes', `${join(ROOT, 'dist')}/`,
    '--excludes', 'node_modules',
    '--excludes', `${join(ROOT, 'dist', 'data')}/`,
    '--timeout', String(o.timeout * 1000),
    '--',
    `-max_total_time=${o.budget}`,
    `-max_len=${spec.maxLen}`,
    `-rss_limit_mb=${o.rss}`,
    `-artifact_prefix=${rel(artifacts)}/`,
    `-dict=${rel(join(FUZZ, 'dicts', spec.dict))}`,
    '-print_final_stats=1',
    ...o.libFuzzerArgs,
  ];
  const logFile = join(logs, `${target}.log`);
  const log = createWriteStream(logFile);
  log.write(`$ node ${args.join(' ')}\n\n`);
  process.stdout.write(`[${index}/${total}] ${target}: fuzzing for ${o.budget} s (${spec.description}) … `);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...(addon ? { AKHBAR_FUZZ_ADDON: addon } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output += text;
      log.write(text);
      if (o.verbose) process.stderr.write(text);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    // libFuzzer stops itself after the budget; this only catches a process that does not.
    let killed = false;
    const limit = (o.budget + 120 + 3 * o.timeout) * 1000;
    const watchdog = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limit);
    child.on('close', (code) => {
      clearTimeout(watchdog);
      log.end();
      const seconds = (Date.now() - started) / 1000;
      const after = listArtifacts(artifacts);
      const fresh = [...after].filter((f) => !before.has(f)).map((f) => join(artifacts, f));
      // An input found again has the same name (its SHA-1) as before: libFuzzer's report names it.
      for (const m of output.matchAll(/Test unit written to (\S+)/g)) {
        const path = join(ROOT, m[1]!);
        if (existsSync(path) && !fresh.includes(path)) fresh.push(path);
      }
      const stats = parseLog(output);
      const result: Result = { target, seconds, code, stats, artifacts: fresh, killed };
      const found = fresh.length > 0 || code !== 0;
      console.log(found ? `FOUND ${fresh.length ? fresh.map(rel).join(', ') : `(exit code ${code}${killed ? ', killed' : ''})`}` : `ok, ${stats.runs ?? '?'} runs`);
      if (found && stats.error) console.log(`    ${stats.error}`);
      resolve(result);
    });
  });
}

function table(results: readonly Result[]): string {
  const head = ['target', 'runs', 'exec/s', 'cov', 'ft', 'corpus', 'new', 'rss MB', 'seconds', 'findings'];
  const rows = results.map((r) => [
    r.target,
    String(r.stats.runs ?? '?'),
    String(r.stats.execPerSec ?? '?'),
    String(r.stats.cov ?? '?'),
    String(r.stats.ft ?? '?'),
    String(r.stats.corpus ?? '?'),
    String(r.stats.newUnits ?? '?'),
    String(r.stats.peakRss ?? '?'),
    r.seconds.toFixed(0),
    r.artifacts.length > 0 ? String(r.artifacts.length) : r.code !== 0 ? `error (exit ${r.code}${r.killed ? ', killed' : ''})` : '0',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.writeSeeds) {
    const n = writeSeeds(FUZZ);
    console.log(`fuzz: wrote ${n} files to ${rel(join(FUZZ, 'corpus'))}/ and ${rel(join(FUZZ, 'dicts'))}/`);
    return;
  }
  for (const f of ['index.cjs', 'data/lexicon.cjs', 'data/gazetteer.cjs', 'data/given-names.cjs', 'data/stance.cjs']) {
    if (!existsSync(join(ROOT, 'dist', f))) die(`dist/${f} is missing: the fuzz targets run on the built package; run npm run build first`);
  }
  const require = createRequire(import.meta.url);
  const corePkg = require.resolve('@jazzer.js/core/package.json');
  const bin = (JSON.parse(readFileSync(corePkg, 'utf8')) as { bin: { jazzer: string } }).bin.jazzer;
  const jazzer = join(dirname(corePkg), bin);
  const addon = compatibleAddon(ROOT);
  if (addon instanceof Error) die(addon.message);
  if (addon) console.log(`fuzz: the prebuilt libFuzzer addon of Jazzer.js needs a newer glibc than this system's: using the adapted copy ${rel(addon)} (see fuzz/native-compat.ts)`);

  const started = Date.now();
  const results: Result[] = [];
  for (const [i, target] of o.targets.entries()) results.push(await runTarget(target, o, jazzer, addon, i + 1, o.targets.length));
  const total = (Date.now() - started) / 1000;

  console.log(`\n${table(results)}\n`);
  console.log(`${results.length} target(s), ${o.budget} s of fuzzing each, ${total.toFixed(0)} s in all; logs in ${rel(join(WORK, 'logs'))}/, new corpus entries in ${rel(join(WORK, 'corpus'))}/<target>/.`);
  const bad = results.filter((r) => r.artifacts.length > 0 || r.code !== 0);
  if (bad.length === 0) {
    console.log('No findings.');
    return;
  }
  console.log('\nFindings:');
  for (const r of bad) {
    console.log(`  ${r.target}: ${r.stats.error ?? `exit code ${r.code}${r.killed ? ' (killed by the watchdog: the run did not stop)' : ''}`}`);
    for (const a of r.artifacts) {
      const known = knownRegression(r.target, a);
      console.log(`    ${rel(a)}${known ? `  (= ${rel(known)}: a known regression, not fixed yet)` : ''}`);
    }
    if (r.artifacts.length === 0) console.log(`    no artifact: see ${rel(join(WORK, 'logs', `${r.target}.log`))}`);
  }
  const example = bad.find((r) => r.artifacts.some((a) => !knownRegression(r.target, a)));
  if (example) {
    const a = rel(example.artifacts.find((x) => !knownRegression(example.target, x))!);
    const t = example.target;
    console.log([
      '',
      'To turn a finding into a regression test (it then fails until the bug is fixed):',
      `  cp ${a} fuzz/regressions/${t}/<what-it-breaks>`,
      '  npx vitest run test/fuzz-regressions.test.ts      # replays fuzz/regressions/ and fuzz/corpus/ on src/',
      'To replay it under Jazzer on dist/ (prints the stack trace):',
      `  ${addon ? `AKHBAR_FUZZ_ADDON=${rel(addon)} node --require ./fuzz/native-preload.cjs` : 'node'} ${rel(jazzer)} fuzz/targets/${t}.cjs ${a} --sync`,
    ].join('\n'));
  }
  process.exitCode = 1;
}

await main();
