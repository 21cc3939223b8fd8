/**
 * Renders bench/REPORT.md and its charts from the benchmarks' structured results: a pure function
 * of the data (no clock, no file system), so that the report can be regenerated from saved JSON
 * (`npx tsx bench/run.ts --report-only`) and tested with fixed data (test/bench-report.test.ts).
 *
 * Every section takes what it needs from one benchmark's results; when those are missing, failed,
 * or a part was skipped for lack of shared data, the section says so and the rest renders.
 */
import type {
  BenchResults, ComponentName, CoreJson, CoreMeasurement, GazetteerJson, GitState, Loaded, Machine,
  RepairSyntheticSet, RepairThroughputInput, SegmentJson, SkippedJson, WorstCaseCell, WorstCaseJson,
} from './results-types.js';
import { barChart, fmtNumber, fmtTick, type BarRow } from './svg.js';

export interface RenderedReport {
  markdown: string;
  /** File names relative to the charts folder, with their SVG text. */
  charts: { file: string; svg: string }[];
  /** Every target and its status (cells escaped for Markdown). */
  targets: TargetRow[];
}

/** The folder of the charts, relative to REPORT.md. */
export const CHARTS_DIR = 'charts';

export const COMPONENT_TITLES: Record<ComponentName, string> = {
  core: 'tokenizer and normalizer',
  repair: 'repair',
  segment: 'segmentation',
  gazetteer: 'entities (gazetteer)',
  stance: 'stance',
  worst: 'worst case',
};

export const COMPONENT_SCRIPTS: Record<ComponentName, string> = {
  core: 'bench/core.ts',
  repair: 'bench/repair.ts',
  segment: 'bench/segment.ts',
  gazetteer: 'bench/gazetteer.ts',
  stance: 'bench/stance.ts',
  worst: 'bench/worst-case.ts',
};

// ---------------------------------------------------------------------------------------------
// Formatting

/** Escapes text from the data for a Markdown table cell or paragraph. */
export function md(s: string): string {
  return s
    .replace(/[\\`*_|[\]]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A number as fmtNumber writes it, or – when there is none. */
export const num = (x: number | null | undefined): string => (isNum(x) ? fmtNumber(x) : '–');
/** A share as a percentage with one decimal: 0.9723 → 97.2%. */
export const pct = (x: number | null | undefined): string => (isNum(x) ? `${(100 * x).toFixed(1)}%` : '–');
/** A ratio: 12.3×. */
export const times = (x: number | null | undefined): string => (isNum(x) ? `${fmtNumber(x)}×` : '–');
const ms = (x: number | null | undefined, d = 1): string => (isNum(x) ? `${x.toFixed(d)} ms` : '–');
const mb = (bytes: number | null | undefined): string => (isNum(bytes) ? `${fmtNumber(bytes / 1e6)} MB` : '–');
const mib = (bytes: number | null | undefined): string => (isNum(bytes) ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : '–');
const kB = (bytes: number): string => (bytes >= 1e6 ? `${fmtNumber(bytes / 1e6)} MB` : `${fmtNumber(bytes / 1000)} kB`);

function fmtDate(iso: string): string {
  return iso.replace('T', ' ').replace(/(:\d\d)(\.\d+)?Z$/, '$1 UTC');
}

export function fmtDuration(seconds: number): string {
  if (!isNum(seconds)) return '–';
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

function median(xs: readonly number[]): number {
  const s = xs.filter(isNum).sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[n >> 1]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

type Align = 'l' | 'r';

/** A Markdown table; cells are written as given (escape data with md()). */
export function mdTable(headers: string[], rows: string[][], align: Align[]): string {
  const rule = headers.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [headers, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Targets

export type Status = 'PASS' | 'FAIL' | 'SKIPPED' | 'ERROR' | 'NO DATA';

export interface TargetRow {
  component: ComponentName;
  target: string;
  value: string;
  threshold: string;
  status: Status;
  note?: string;
}

export const statusCell = (s: Status): string => (s === 'PASS' ? 'PASS' : `**${s}**`);
const check = (pass: boolean): Status => (pass ? 'PASS' : 'FAIL');
const isSkipped = (x: unknown): x is SkippedJson => typeof x === 'object' && x !== null && 'skipped' in x;
const isFailed = (x: unknown): x is { error: string } => typeof x === 'object' && x !== null && 'error' in x;

/** Colours of the charts. */
const C = {
  main: '#4c78a8', second: '#9ecae9', base: '#8c8c8c', base2: '#c9c9c9', ref: '#6b6b6b', segmenter: '#b07aa1',
  pass: '#3b8f6b', fail: '#d9622b', none: '#6c8ebf', tokenize: '#a0a0a0',
};

// ---------------------------------------------------------------------------------------------
// Render context: collects targets, skipped figures and charts while the sections are written.

class Ctx {
  readonly targets: TargetRow[] = [];
  readonly skipped: { what: string; why: string }[] = [];
  readonly charts: { file: string; svg: string }[] = [];
  constructor(private readonly shorten: (s: string) => string) {}
  /** Escaped text from the data, absolute paths shortened. */
  t(s: string): string {
    return md(this.shorten(s));
  }
  /** Text from the data with absolute paths shortened, not escaped (for the charts, which escape it). */
  shortenText(s: string): string {
    return this.shorten(s);
  }
  skip(what: string, why: string): string {
    this.skipped.push({ what, why: this.shorten(why) });
    return `_Skipped: ${md(this.shorten(why))}_`;
  }
  chart(file: string, alt: string, svg: string): string {
    this.charts.push({ file, svg });
    return `![${md(alt)}](${CHARTS_DIR}/${file})`;
  }
}

/** The data of a component, or undefined. */
const data = <T>(l: Loaded<T>): T | undefined => (l.status === 'ok' ? l.data : undefined);

function unavailable(ctx: Ctx, name: ComponentName, l: Loaded<unknown>): string {
  if (l.status === 'ok') return '';
  const why = l.status === 'failed' ? `\`${COMPONENT_SCRIPTS[name]}\` failed: ${ctx.t(l.reason)}` : ctx.t(l.reason);
  return `_No results from \`${COMPONENT_SCRIPTS[name]}\` (${l.status === 'failed' ? 'failed' : 'not run'}): ${why}_`;
}

// ---------------------------------------------------------------------------------------------
// Header

interface RunInfo {
  only?: ComponentName[];
  date: string | null;
  git: GitState | null;
  machine: Machine | null;
  load: { start: number[]; end: number[] } | null;
  seconds: number | null;
}

function loadOf(name: ComponentName, r: BenchResults): { start: number[]; end: number[] } | null {
  const l = r[name];
  if (l.status !== 'ok') return null;
  const d = l.data as Partial<CoreJson & SegmentJson>;
  if (d.loadAverage) return d.loadAverage;
  if (d.loadStart && d.loadEnd) return { start: d.loadStart, end: d.loadEnd };
  return null;
}

function gitOf(name: ComponentName, r: BenchResults): GitState | null {
  const l = r[name];
  if (l.status !== 'ok') return null;
  const d = l.data as Partial<CoreJson & SegmentJson>;
  return d.git ?? (d.commit !== undefined ? { commit: d.commit, srcDirty: d.srcDirty ?? null } : null);
}

function machineOf(name: ComponentName, r: BenchResults): Machine | null {
  const l = r[name];
  if (l.status !== 'ok') return null;
  const d = l.data as Partial<CoreJson & SegmentJson>;
  if (d.machine) return d.machine;
  if (d.node && d.cpu && d.cores !== undefined) return { node: d.node, v8: d.v8 ?? '', platform: d.platform ?? '', cpu: d.cpu, cores: d.cores };
  return null;
}

const NAMES: ComponentName[] = ['core', 'repair', 'segment', 'gazetteer', 'stance', 'worst'];

function runInfo(r: BenchResults): RunInfo {
  if (r.manifest) {
    const m = r.manifest;
    return { date: m.date, git: m.git, machine: m.machine, load: m.loadAverage, seconds: m.totalSeconds, ...(m.only ? { only: m.only } : {}) };
  }
  const first = NAMES.find((n) => r[n].status === 'ok');
  const core = data(r.core);
  const repair = data(r.repair);
  return {
    date: core?.date ?? repair?.date ?? null,
    git: first ? gitOf(first, r) : null,
    machine: first ? machineOf(first, r) : null,
    load: first ? loadOf(first, r) : null,
    seconds: null,
  };
}

const isBusy = (load: readonly number[] | undefined, cores: number): boolean => (load?.[0] ?? 0) > 0.5 * cores;
const shortCommit = (g: GitState | null): string => (g?.commit ? g.commit.slice(0, 12) + (g.srcDirty ? ' (src/ modified)' : '') : 'unknown');

function header(ctx: Ctx, r: BenchResults): string {
  const info = runInfo(r);
  const cores = info.machine?.cores ?? 0;
  const out: string[] = [];
  out.push('# akhbar benchmark report');
  out.push('');
  out.push('Generated by `npm run bench` (`bench/run.ts`) from the results in `bench/results/*.json`; do not edit by hand. ' +
    'Re-render from the saved results with `npx tsx bench/run.ts --report-only`. What is measured and how to read it: [README.md](README.md).');
  out.push('');
  const rows: string[][] = [];
  rows.push(['date', info.date ? fmtDate(info.date) : 'unknown']);
  rows.push(['commit', info.git?.commit ? `\`${info.git.commit}\`${info.git.srcDirty ? ' — src/ had uncommitted changes' : ''}` : 'unknown']);
  if (info.machine) {
    rows.push(['machine', `${ctx.t(info.machine.cpu)}, ${info.machine.cores} cores, ${ctx.t(info.machine.platform)}`]);
    rows.push(['Node', `${ctx.t(info.machine.node)} (V8 ${ctx.t(info.machine.v8)})`]);
  }
  if (info.load) {
    rows.push(['load average (1 min)', `${num(info.load.start[0])} at the start, ${num(info.load.end[0])} at the end` + (cores ? ` (${cores} cores)` : '')]);
  }
  if (info.seconds !== null) rows.push(['duration', fmtDuration(info.seconds)]);
  if (info.only) rows.push(['partial run', `only ${info.only.map((n) => COMPONENT_TITLES[n]).join(', ')} (\`--only\`); the other results are from earlier runs (see "Runs")`]);
  const core = data(r.core);
  if (core) {
    rows.push(['input text', core.corpus.found
      ? `the shared news corpus, ${core.corpus.files.length} files (${kB(core.inputs[0]?.bytes ?? NaN)})`
      : `**the built-in sample** (scripts/sample.ts, ${kB(core.inputs[0]?.bytes ?? NaN)}): the corpus was not found, figures are not comparable with corpus runs`]);
  }
  out.push(mdTable(['', ''], rows, ['l', 'l']));

  const warnings: string[] = [];
  const busyComponents = NAMES.filter((n) => {
    const l = loadOf(n, r);
    return l && (isBusy(l.start, cores) || isBusy(l.end, cores));
  });
  if (info.load && cores && (isBusy(info.load.start, cores) || isBusy(info.load.end, cores) || busyComponents.length)) {
    warnings.push(`**Warning: the machine was busy** (1-minute load average above half its ${cores} cores` +
      (busyComponents.length ? ` during ${busyComponents.map((n) => COMPONENT_TITLES[n]).join(', ')}` : '') +
      '): other processes competed for the CPU, so absolute MB/s and times are noisy. The ratios against the baselines measured in the same run ' +
      '(×Intl.Segmenter, ×bare scan, ×tokenize) are steadier.');
  }
  const commits = new Set(NAMES.map((n) => gitOf(n, r)?.commit).filter((c): c is string => typeof c === 'string'));
  if (commits.size > 1) warnings.push(`**Warning: the results come from different commits** (${[...commits].map((c) => `\`${c.slice(0, 12)}\``).join(', ')}): the checkout changed during the run, or some benchmarks were run separately. See "Runs" at the end.`);
  const failed = NAMES.filter((n) => r[n].status !== 'ok');
  if (failed.length) warnings.push(`**Warning: no results from ${failed.map((n) => `${COMPONENT_TITLES[n]} (\`${COMPONENT_SCRIPTS[n]}\`, ${r[n].status === 'failed' ? 'failed' : 'not run'})`).join(', ')}**; their figures are missing below.`);
  for (const w of warnings) out.push('', `> ${w}`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Targets of each component (thresholds from the results themselves)

function collectTargets(ctx: Ctx, r: BenchResults): void {
  const T = ctx.targets;
  const none = (name: ComponentName, l: Loaded<unknown>) => {
    if (l.status !== 'ok') T.push({ component: name, target: 'all targets', value: '–', threshold: '', status: l.status === 'failed' ? 'ERROR' : 'NO DATA', note: ctx.t(l.reason) });
  };
  for (const n of NAMES) none(n, r[n]);

  const core = data(r.core);
  if (core) {
    for (const t of core.targetResults) {
      T.push({ component: 'core', target: `${ctx.t(t.target)} (${ctx.t(t.input)})`, value: times(t.value), threshold: ctx.t(t.threshold),
        status: t.note ? 'ERROR' : check(t.pass), ...(t.note ? { note: ctx.t(t.note) } : {}) });
    }
  }
  const repair = data(r.repair);
  if (repair) {
    for (const t of repair.targetResults) {
      T.push({ component: 'repair', target: ctx.t(t.target), value: t.value === null ? '–' : isNum(t.value) && Math.abs(t.value) < 1 ? t.value.toFixed(3) : num(t.value),
        threshold: ctx.t(t.threshold), status: t.status, ...(t.note ? { note: ctx.t(t.note) } : {}) });
    }
  }
  const seg = data(r.segment);
  if (seg) {
    const tg = seg.targets;
    if (isSkipped(seg.accuracy)) T.push({ component: 'segment', target: 'farasa word accuracy (WikiNews dev)', value: '–', threshold: `≥ ${pct(tg.farasaAccuracy)}`, status: 'SKIPPED', note: ctx.t(seg.accuracy.skipped) });
    else {
      const a = seg.accuracy.bySchemes.farasa?.accuracy;
      T.push({ component: 'segment', target: 'farasa word accuracy (WikiNews dev)', value: pct(a), threshold: `≥ ${pct(tg.farasaAccuracy)}`, status: check(isNum(a) && a >= tg.farasaAccuracy) });
    }
    const news = seg.throughput[seg.throughput.length - 1];
    if (news) {
      const v = news.mbPerSec['tokenize + segmentTokens (light)'];
      T.push({ component: 'segment', target: `tokenize + segmentTokens (light), ${ctx.t(news.input)}`, value: `${num(v)} MB/s`, threshold: `≥ ${tg.segmentMBps} MB/s`, status: check(isNum(v) && v >= tg.segmentMBps) });
    }
  }
  const gz = data(r.gazetteer);
  if (gz) {
    const tg = gz.targets;
    if (isSkipped(gz.corpus)) {
      for (const w of ['precision', 'recall']) T.push({ component: 'gazetteer', target: `corpus entity ${w} (repaired text)`, value: '–', threshold: `≥ ${pct(w === 'precision' ? tg.corpusPrecision : tg.corpusRecall)}`, status: 'SKIPPED', note: ctx.t(gz.corpus.skipped) });
    } else {
      const rep = gz.corpus.find((c) => c.mode === 'repaired text');
      T.push({ component: 'gazetteer', target: 'corpus entity precision (repaired text)', value: pct(rep?.precision), threshold: `≥ ${pct(tg.corpusPrecision)}`, status: check(!!rep && rep.precision >= tg.corpusPrecision) });
      T.push({ component: 'gazetteer', target: 'corpus entity recall (repaired text)', value: pct(rep?.recall), threshold: `≥ ${pct(tg.corpusRecall)}`, status: check(!!rep && rep.recall >= tg.corpusRecall) });
    }
    if (isSkipped(gz.ner)) T.push({ component: 'gazetteer', target: 'ANERcorp F1, PERS + LOC + ORG', value: '–', threshold: `≥ ${pct(tg.nerF1)}`, status: 'SKIPPED', note: ctx.t(gz.ner.skipped) });
    else {
      const f1 = gz.ner.byType.all?.f1;
      T.push({ component: 'gazetteer', target: 'ANERcorp F1, PERS + LOC + ORG', value: pct(f1), threshold: `≥ ${pct(tg.nerF1)}`, status: check(isNum(f1) && f1 >= tg.nerF1) });
    }
    const v = gz.throughput.mbPerSec['find (built-in)'];
    T.push({ component: 'gazetteer', target: 'find, built-in gazetteer', value: `${num(v)} MB/s`, threshold: `≥ ${tg.findMBps} MB/s`, status: check(isNum(v) && v >= tg.findMBps) });
    T.push({ component: 'gazetteer', target: 'find, 100,000 ÷ 1,000 entities (time)', value: times(gz.throughput.ratio100kTo1k), threshold: `≤ ${tg.scaling}`, status: check(gz.throughput.ratio100kTo1k <= tg.scaling) });
    const load = gazetteerLoadMs(gz);
    T.push({ component: 'gazetteer', target: 'defaultGazetteer() + first find', value: ms(load), threshold: `< ${tg.loadMs} ms`, status: check(isNum(load) && load < tg.loadMs) });
  }
  const w = data(r.worst);
  if (w) worstCaseTargets(ctx, w);
  const st = data(r.stance);
  if (st) {
    const v = st.throughput.mbPerSec['stance (default targets)'];
    T.push({ component: 'stance', target: `stance throughput (${ctx.t(st.throughput.input ?? 'corpus')})`, value: `${num(v)} MB/s`, threshold: `≥ ${st.targets.mbPerSec} MB/s`, status: check(isNum(v) && v >= st.targets.mbPerSec) });
  }
}

const gazetteerLoadMs = (gz: GazetteerJson): number => median(gz.load.runs.map((x) => x.defaultMs + x.firstFindMs));

function targetsSection(ctx: Ctx): string {
  const T = ctx.targets;
  const count = (s: Status) => T.filter((t) => t.status === s).length;
  const scored = count('PASS') + count('FAIL');
  const out = ['## Targets', ''];
  out.push(`${count('PASS')} of ${scored} targets met` +
    (count('SKIPPED') ? `; ${count('SKIPPED')} skipped (data absent)` : '') +
    (count('ERROR') ? `; ${count('ERROR')} errors` : '') +
    (count('NO DATA') ? `; ${count('NO DATA')} benchmarks without results` : '') + '.');
  out.push('');
  out.push(mdTable(['', 'component', 'target', 'value', 'threshold'],
    T.map((t) => [statusCell(t.status), COMPONENT_TITLES[t.component], t.target + (t.note ? ` — ${t.note}` : ''), t.value, t.threshold]),
    ['l', 'l', 'l', 'r', 'l']));
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Throughput

const SEGMENTER_FN = 'Intl.Segmenter (baseline)';
const BARE_FN = 'charCodeAt scan (baseline)';

function byInput(ms: readonly CoreMeasurement[]): { input: string; rows: CoreMeasurement[] }[] {
  const out: { input: string; rows: CoreMeasurement[] }[] = [];
  for (const m of ms) {
    let g = out.find((x) => x.input === m.input);
    if (!g) out.push((g = { input: m.input, rows: [] }));
    g.rows.push(m);
  }
  return out;
}

function throughputSection(ctx: Ctx, r: BenchResults): string {
  const out = ['## Throughput', ''];
  out.push('MB = 10^6 UTF-8 bytes of input; MB/s = input MB per second, from the median time per call. ' +
    '**×Segmenter** = our MB/s ÷ Intl.Segmenter\'s on the same input in the same run (higher is better); ' +
    '**×slower than bare scan** = a bare `charCodeAt` loop\'s MB/s ÷ ours (lower is better; 1 would be as fast as reading each code unit once).');
  const core = data(r.core);
  out.push('', '### Tokenizer and normalizer', '');
  if (!core) out.push(unavailable(ctx, 'core', r.core));
  else {
    const groups = byInput(core.measurements);
    const fns = [...new Set(core.measurements.map((m) => m.fn))];
    const first = groups[0];
    if (first) {
      const seg = first.rows.find((m) => m.fn === SEGMENTER_FN)?.mbPerSec;
      const bare = first.rows.find((m) => m.fn === BARE_FN)?.mbPerSec;
      const series = groups.slice(0, 2).map((g, i) => ({ name: g.input, color: i === 0 ? C.main : C.second }));
      const rows: BarRow[] = fns.map((fn) => ({
        label: fn === SEGMENTER_FN ? 'Intl.Segmenter (baseline)' : fn === BARE_FN ? 'bare charCodeAt scan (baseline)' : fn,
        values: groups.slice(0, 2).map((g) => g.rows.find((m) => m.fn === fn)?.mbPerSec ?? null),
        ...(fn === SEGMENTER_FN || fn === BARE_FN ? { colors: [C.base, C.base2] } : {}),
      }));
      out.push(ctx.chart('throughput.svg', 'Throughput per function, MB/s, log scale, with the baselines', barChart({
        title: 'Throughput per function (MB/s, log scale)',
        subtitle: `Median of tinybench samples; dashed lines: the baselines on ${first.input}. Grey bars: baselines.`,
        axisLabel: 'MB/s of UTF-8 input (log scale)',
        scale: { type: 'log' },
        series,
        rows,
        refLines: [
          ...(isNum(seg) ? [{ value: seg, label: `Intl.Segmenter, ${first.input}`, color: C.segmenter }] : []),
          ...(isNum(bare) ? [{ value: bare, label: `bare scan, ${first.input}`, color: C.ref }] : []),
        ],
      })));
      out.push('');
    }
    const headers = ['function', ...groups.flatMap((g) => [`${ctx.t(g.input)}: MB/s`, '×Segmenter', '×slower than bare scan'])];
    out.push(mdTable(headers, fns.map((fn) => [ctx.t(fn), ...groups.flatMap((g) => {
      const m = g.rows.find((x) => x.fn === fn);
      return m ? [num(m.mbPerSec), times(m.vsSegmenter), times(m.bareSlowdown)] : ['–', '–', '–'];
    })]), ['l', ...groups.flatMap((): Align[] => ['r', 'r', 'r'])]));
    out.push('', `Samples per function: ${groups.map((g) => `${ctx.t(g.input)} ${Math.min(...g.rows.map((m) => m.samples))}–${Math.max(...g.rows.map((m) => m.samples))}`).join('; ')}.`);
    out.push('', '**Ratios in interleaved rounds** (the targets use these): in each round a batch of calls of the bare scan, the Segmenter and each function run back to back; the ratio is taken within the round and the median over the rounds reported.', '');
    const fnsR = [...new Set(core.interleavedRatios.flatMap((x) => Object.keys(x.bareSlowdown)))];
    out.push(mdTable(['function', ...core.interleavedRatios.flatMap((x) => [`${ctx.t(x.input)}: ×Segmenter`, '×slower than bare scan'])],
      fnsR.map((fn) => [ctx.t(fn), ...core.interleavedRatios.flatMap((x) => [times(x.vsSegmenter[fn]), times(x.bareSlowdown[fn])])]),
      ['l', ...core.interleavedRatios.flatMap((): Align[] => ['r', 'r'])]));
    out.push('', `Rounds: ${core.interleavedRatios.map((x) => `${ctx.t(x.input)} ${x.rounds}`).join(', ')}.`);
  }

  // The other components' speed, each next to tokenize measured in the same rounds.
  out.push('', '### Other components', '');
  out.push('Each benchmark times its function and `tokenize` in interleaved rounds on the same string; **×tokenize** = how many times the time of `tokenize` (median of the per-round ratios; lower is better).', '');
  const rows: string[][] = [];
  const bars: BarRow[] = [];
  const repair = data(r.repair);
  if (!repair) rows.push(['repair', unavailable(ctx, 'repair', r.repair), '', '', '', '']);
  else if (isFailed(repair.throughput)) rows.push(['repair', `_error: ${ctx.t(repair.throughput.error)}_`, '', '', '', '']);
  else {
    const target = repair.targets.repairMBps;
    for (const inp of repair.throughput.inputs) {
      if (isSkipped(inp)) { rows.push(['repair', 'repair (defaults), corpus ×→ 1MB', ctx.skip('repair throughput on the corpus', inp.skipped), '', '', '']); continue; }
      const t = inp as RepairThroughputInput;
      const v = t.mbPerSec['repair (defaults)'];
      rows.push(['repair', 'repair (defaults)', ctx.t(t.input), num(v), times(t.repairSlowdown.tokenize), isNum(target) ? `≥ ${target} MB/s: ${statusCell(check(isNum(v) && v >= target))}` : '']);
    }
    const first = repair.throughput.inputs.find((x): x is RepairThroughputInput => !isSkipped(x));
    if (first) {
      const v = first.mbPerSec['repair (defaults)'] ?? null;
      bars.push({ group: `repair — ${first.input}`, label: 'repair (defaults)', values: [v], ...(isNum(target) ? { target } : {}), ...(isNum(v) && isNum(target) && v < target ? { colors: [C.fail], suffix: 'FAIL' } : {}) });
      bars.push({ group: `repair — ${first.input}`, label: 'tokenize', values: [first.mbPerSec.tokenize ?? null], colors: [C.tokenize] });
    }
  }
  const seg = data(r.segment);
  if (!seg) rows.push(['segmentation', unavailable(ctx, 'segment', r.segment), '', '', '', '']);
  else {
    const target = seg.targets.segmentMBps;
    seg.throughput.forEach((t, i) => {
      const last = i === seg.throughput.length - 1;
      for (const task of ['tokenize + segmentTokens (light)', 'tokenize + segmentTokens (farasa)', 'tokenize + segmentTokens (light), cold cache']) {
        const v = t.mbPerSec[task];
        rows.push(['segmentation', ctx.t(task), ctx.t(t.input), num(v), times(t.vsTokenize[task]),
          last && task === 'tokenize + segmentTokens (light)' ? `≥ ${target} MB/s: ${statusCell(check(isNum(v) && v >= target))}` : '']);
      }
    });
    const news = seg.throughput[seg.throughput.length - 1];
    if (news) {
      const g = `segmentation — ${news.input}`;
      for (const [task, label] of [['tokenize + segmentTokens (light)', 'tokenize + segmentTokens (light)'], ['tokenize + segmentTokens (farasa)', 'tokenize + segmentTokens (farasa)'],
        ['tokenize + segmentTokens (light), cold cache', '… (light), cold cache'], ['tokenize', 'tokenize'], ['Intl.Segmenter (per line)', 'Intl.Segmenter (baseline)'], ['bare scan', 'bare scan (baseline)']] as const) {
        const v = news.mbPerSec[task] ?? null;
        const isTarget = task === 'tokenize + segmentTokens (light)';
        bars.push({ group: g, label, values: [v],
          ...(isTarget ? { target } : {}),
          ...(task === 'tokenize' ? { colors: [C.tokenize] } : task.includes('Segmenter') || task === 'bare scan' ? { colors: [C.base] } : {}),
          ...(isTarget && isNum(v) && v < target ? { colors: [C.fail], suffix: 'FAIL' } : {}) });
      }
    }
  }
  const gz = data(r.gazetteer);
  if (!gz) rows.push(['entities', unavailable(ctx, 'gazetteer', r.gazetteer), '', '', '', '']);
  else {
    const t = gz.throughput;
    const tok = t.medianMs.tokenize;
    const g = `entities — ${t.input}`;
    for (const task of ['find (built-in)', 'find (1,000 synthetic)', 'find (100,000 synthetic)']) {
      const v = t.mbPerSec[task];
      const rel = isNum(tok) && isNum(t.medianMs[task]) ? t.medianMs[task]! / tok : NaN;
      rows.push(['entities', ctx.t(task), ctx.t(t.input), num(v), times(rel), task === 'find (built-in)' ? `≥ ${gz.targets.findMBps} MB/s: ${statusCell(check(isNum(v) && v >= gz.targets.findMBps))}` : '']);
      bars.push({ group: g, label: task, values: [v ?? null], ...(task === 'find (built-in)' ? { target: gz.targets.findMBps, ...(isNum(v) && v < gz.targets.findMBps ? { colors: [C.fail], suffix: 'FAIL' } : {}) } : {}) });
    }
    bars.push({ group: g, label: 'tokenize', values: [t.mbPerSec.tokenize ?? null], colors: [C.tokenize] });
  }
  const st = data(r.stance);
  if (!st) rows.push(['stance', unavailable(ctx, 'stance', r.stance), '', '', '', '']);
  else {
    const t = st.throughput;
    const v = t.mbPerSec['stance (default targets)'];
    const input = t.input ?? 'corpus';
    rows.push(['stance', 'stance (default targets)', ctx.t(input), num(v), times(t.ratio), `≥ ${st.targets.mbPerSec} MB/s: ${statusCell(check(isNum(v) && v >= st.targets.mbPerSec))}`]);
    const g = `stance — ${input}`;
    bars.push({ group: g, label: 'stance (default targets)', values: [v ?? null], target: st.targets.mbPerSec, ...(isNum(v) && v < st.targets.mbPerSec ? { colors: [C.fail], suffix: 'FAIL' } : {}) });
    bars.push({ group: g, label: 'tokenize', values: [t.mbPerSec.tokenize ?? null], colors: [C.tokenize] });
  }
  if (bars.length) {
    out.push(ctx.chart('components-throughput.svg', 'Throughput of repair, segmentation, entities and stance, MB/s, log scale', barChart({
      title: 'Throughput of the other components (MB/s, log scale)',
      subtitle: 'Medians of interleaved rounds; grey: tokenize and the baselines measured in the same rounds; marker: target.',
      axisLabel: 'MB/s of UTF-8 input (log scale)',
      scale: { type: 'log' },
      series: [{ name: 'MB/s', color: C.main }],
      rows: bars,
    })));
    out.push('');
  }
  out.push(mdTable(['component', 'function', 'input', 'MB/s', '×tokenize', 'target'], rows, ['l', 'l', 'l', 'r', 'r', 'l']));
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Pathological inputs

function pathologicalSection(ctx: Ctx, r: BenchResults): string {
  const out = ['## Pathological inputs', ''];
  const core = data(r.core);
  if (!core) out.push(unavailable(ctx, 'core', r.core));
  else {
    out.push('1 MB each. **×ordinary** = MB/s on the input ÷ MB/s on ordinary news text of the same size, same function, same run (below 1: harder than news text). No target: they catch anything super-linear.', '');
    const fns = [...new Set(core.pathological.map((m) => m.fn))];
    const inputs = [...new Set(core.pathological.map((m) => m.input))];
    out.push(mdTable(['input', ...fns.flatMap((fn) => [`${ctx.t(fn)}: MB/s`, '×ordinary'])],
      inputs.map((inp) => [ctx.t(inp), ...fns.flatMap((fn) => {
        const m = core.pathological.find((x) => x.fn === fn && x.input === inp);
        return [num(m?.mbPerSec), times(m?.vsOrdinary)];
      })]), ['l', ...fns.flatMap((): Align[] => ['r', 'r'])]));
    const cases = inputs.filter((i) => core.pathological.some((m) => m.input === i && m.vsOrdinary !== 1));
    if (cases.length) {
      out.push('', ctx.chart('pathological.svg', 'Pathological inputs: throughput relative to ordinary text', barChart({
        title: 'Pathological inputs: MB/s ÷ MB/s on ordinary text (log scale)',
        subtitle: 'Below 1: slower than on news text of the same size.',
        axisLabel: '× ordinary text throughput (log scale)',
        scale: { type: 'log' },
        series: fns.map((fn, i) => ({ name: fn, color: i === 0 ? C.main : C.second })),
        rows: cases.map((inp) => ({ label: inp, values: fns.map((fn) => core.pathological.find((x) => x.fn === fn && x.input === inp)?.vsOrdinary ?? null) })),
        refLines: [{ value: 1, label: 'ordinary text = 1', color: C.ref }],
        format: (v) => `${fmtNumber(v)}×`,
      })));
    }
  }
  out.push('', '**repair() on adversarial inputs** (`bench/repair.ts`): scaling = time at 1 MB ÷ time at 0.25 MB, per byte, × 4 (4 when linear); ×ordinary = MB/s at 1 MB ÷ repair\'s MB/s on news text.', '');
  const repair = data(r.repair);
  if (!repair) out.push(unavailable(ctx, 'repair', r.repair));
  else if (isFailed(repair.throughput)) out.push(`_error: ${ctx.t(repair.throughput.error)}_`);
  else {
    const lim = repair.targets.linearity;
    out.push(mdTable(['input', 'MB/s at 0.25 MB', 'MB/s at 1 MB', 'scaling', 'target', '×ordinary'],
      repair.throughput.adversarial.map((a) => [ctx.t(a.input), num(a.sizes[0]?.mbPerSec), num(a.sizes[1]?.mbPerSec), num(a.scaling),
        isNum(lim) ? `≤ ${lim}: ${statusCell(a.sizes.length < 2 ? 'ERROR' : check(isNum(a.scaling) && a.scaling <= lim))}` : '', times(a.vsOrdinary)]),
      ['l', 'r', 'r', 'r', 'l', 'r']));
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Worst case (bench/worst-case.ts)

/** The input's display name, from the results' list of inputs. */
const worstInputName = (w: WorstCaseJson, id: string): string => w.inputs.find((i) => i.id === id)?.name ?? id;

/** The time cell of the matrices: the ratio, or what went wrong. */
function worstTimeCell(x: WorstCaseCell): string {
  if (x.status === 'timeout') return '**timeout**';
  if (x.status === 'error') return '**error**';
  return x.timeStatus === 'PASS' ? times(x.time?.ratio) : `**${times(x.time?.ratio)} FAIL**`;
}

function worstMemoryCell(x: WorstCaseCell): string {
  if (!x.memory) return '–';
  const v = times(x.memory.worst.perUtf8Byte);
  const ord = x.memory.ordinary ? ` (${times(x.memory.ordinary.perUtf8Byte)})` : '';
  return (x.memoryStatus === 'FAIL' ? `**${v} FAIL**` : v) + ord;
}

/** Two targets per function: time and memory over every worst-case input, with the worst cell. */
function worstCaseTargets(ctx: Ctx, w: WorstCaseJson): void {
  const T = w.targets;
  for (const fn of w.functions) {
    const cells = w.cells.filter((c) => c.fn === fn.name);
    if (!cells.length) continue;
    const bad = cells.find((c) => c.status !== 'ok');
    const timed = cells.filter((c) => c.time);
    const worstTime = timed.reduce<WorstCaseCell | undefined>((a, c) => (!a || c.time!.ratio > a.time!.ratio ? c : a), undefined);
    const timeValue = bad ? `${bad.status} (${ctx.t(worstInputName(w, bad.input))})`
      : worstTime ? `${times(worstTime.time!.ratio)} (${ctx.t(worstInputName(w, worstTime.input))})` : '–';
    ctx.targets.push({ component: 'worst', target: `${ctx.t(fn.name)}: time ≤ ${T.timeRatio}× ordinary text, every input`, value: timeValue, threshold: `≤ ${T.timeRatio}×`,
      status: check(cells.every((c) => c.timeStatus === 'PASS')) });
    const measured = cells.filter((c) => c.memory);
    const worstMem = measured.reduce<WorstCaseCell | undefined>((a, c) => (!a || c.memory!.worst.perUtf8Byte > a.memory!.worst.perUtf8Byte ? c : a), undefined);
    const ordMax = Math.max(...measured.map((c) => c.memory!.ordinary?.perUtf8Byte ?? NaN).filter(isNum));
    const missing = cells.filter((c) => c.memoryStatus === 'NOT MEASURED').length;
    ctx.targets.push({ component: 'worst', target: `${ctx.t(fn.name)}: peak memory ≤ ${T.memoryRatio}× the input, every input`,
      value: worstMem ? `${times(worstMem.memory!.worst.perUtf8Byte)} (${ctx.t(worstInputName(w, worstMem.input))})` : '–', threshold: `≤ ${T.memoryRatio}×`,
      status: check(cells.every((c) => c.memoryStatus === 'PASS')),
      note: [isNum(ordMax) ? `ordinary text: up to ${times(ordMax)}` : '', missing ? `${missing} not measured` : ''].filter(Boolean).join('; ') });
  }
}

function worstCaseSection(ctx: Ctx, r: BenchResults): string {
  const out = ['## Worst case', ''];
  const w = data(r.worst);
  if (!w) {
    out.push(unavailable(ctx, 'worst', r.worst));
    return out.join('\n');
  }
  const T = w.targets;
  const fns = w.functions;
  const caps = [...new Set(fns.map((f) => f.capBytes))].sort((a, b) => (b ?? Infinity) - (a ?? Infinity));
  const capName = (cap: number | null): string => (cap === null ? 'full size' : `≤ ${mb(cap)}`);
  out.push('Every public function on adversarial inputs (`bench/worst-case.ts`), each cell (input × function) in two fresh child processes, one for memory and one for time. ' +
    `**Time** = time on the input ÷ time on ordinary text (${w.corpus.found ? 'the corpus' : '**the built-in sample** (corpus not found)'} repeated, paragraphs separated by blank lines) ` +
    'with as many UTF-16 code units, median of the per-round ratios over interleaved rounds (a full GC before each timed batch); ' +
    `target ≤ ${T.timeRatio}×. **Memory** = the peak of live memory during one call (JS heap plus ArrayBuffers after each garbage collection, every one a full collection about every megabyte allocated that frees dead ArrayBuffers in its pause, and after the call with the result alive), the caches warmed by a first call, ÷ the input's UTF-8 size; ` +
    `target ≤ ${T.memoryRatio}×; in parentheses the same on the ordinary text. A call over ${T.callCapSeconds} s is killed: **timeout**, a failure.`);
  out.push('', 'Sizes: ' + caps.map((cap) => `${fns.filter((f) => f.capBytes === cap).map((f) => `\`${ctx.t(f.name)}\``).join(', ')}: ` +
    (cap === null ? 'the inputs at full size' : `each input cut to ${mb(cap)} at most`)).join('; ') +
    ' — always against ordinary text of the same length: the ratio is what matters. ' +
    'Results with an item per token or per edit (`tokenize`, `segmentTokens`, `repair`, `analyze`, …) need memory in proportion to the tokens or edits rather than the bytes: ' +
    'their ratio on ordinary text (in parentheses) is the reference, and an input of one-character tokens, or with an edit every few bytes, multiplies it.');
  if (w.only) out.push('', `_Partial run (${[w.only.inputs ? `inputs ${w.only.inputs.join(', ')}` : '', w.only.fns ? `functions ${w.only.fns.join(', ')}` : ''].filter(Boolean).map((x) => ctx.t(x)).join('; ')})._`);

  out.push('', mdTable(['input', 'what', ...caps.map((cap) => `${capName(cap)}: code units (UTF-8)`)],
    w.inputs.map((i) => [ctx.t(i.name), ctx.t(i.description), ...caps.map((cap) => {
      const z = i.sizes.find((x) => x.capBytes === cap);
      return z ? `${z.codeUnits.toLocaleString('en-US')} (${mb(z.bytes)})` : '–';
    })]), ['l', 'l', ...caps.map((): Align => 'r')]));

  const inputs = w.inputs.filter((i) => w.cells.some((c) => c.input === i.id));
  const cellOf = (input: string, fn: string) => w.cells.find((c) => c.input === input && c.fn === fn);
  const matrix = (cell: (x: WorstCaseCell) => string): string => mdTable(['input', ...fns.map((f) => ctx.t(f.name))],
    inputs.map((i) => [ctx.t(i.name), ...fns.map((f) => { const x = cellOf(i.id, f.name); return x ? cell(x) : '–'; })]),
    ['l', ...fns.map((): Align => 'r')]);
  out.push('', `**Time ÷ ordinary text** (target ≤ ${T.timeRatio}×)`, '', matrix(worstTimeCell));

  const rows: BarRow[] = inputs.flatMap((i) => fns.flatMap((f): BarRow[] => {
    const x = cellOf(i.id, f.name);
    if (!x) return [];
    const fail = x.timeStatus === 'FAIL';
    return [{
      group: ctx.shortenText(i.name), label: f.name, values: [x.time && x.status === 'ok' ? x.time.ratio : null],
      colors: [fail ? C.fail : C.pass], ...(fail ? { suffix: 'FAIL' } : {}),
      ...(x.status !== 'ok' ? { note: x.status === 'timeout' ? `timeout (a call over ${T.callCapSeconds} s)` : `error: ${ctx.shortenText(x.note ?? '')}` } : {}),
    }];
  }));
  if (rows.length) {
    out.push('', ctx.chart('worst-case.svg', 'Worst-case inputs: time relative to ordinary text of the same length, per function', barChart({
      title: 'Worst-case inputs: time ÷ time on ordinary text (log scale)',
      subtitle: `Same length in UTF-16 code units; dashed line: the target, ${T.timeRatio}×. Orange: over it.`,
      axisLabel: '× the time on ordinary text (log scale)',
      scale: { type: 'log' },
      series: [{ name: 'time ratio', color: C.pass }],
      legend: [{ label: 'within the target', color: C.pass }, { label: 'over the target', color: C.fail }],
      rows,
      refLines: [{ value: 1, label: 'ordinary text = 1', color: C.base }, { value: T.timeRatio, label: `target ${T.timeRatio}×`, color: '#111' }],
      format: (v) => `${fmtNumber(v)}×`,
    })));
  }

  out.push('', `**Peak memory ÷ the input's UTF-8 size** (target ≤ ${T.memoryRatio}×; in parentheses: on ordinary text of the same length)`, '', matrix(worstMemoryCell));

  const scaled = w.cells.filter((c) => c.scaling);
  if (scaled.length) {
    out.push('', '**How the time grows** for the cells over the time target: the worst-case input alone at two sizes, interleaved; ' +
      'exponent = log(time ratio) ÷ log(size ratio): 1 is linear, 2 quadratic (below 1: a fixed cost per call weighs on the smaller size).', '');
    out.push(mdTable(['input', 'function', 'sizes (code units)', 'times', 'exponent'], scaled.map((c) => {
      const s = c.scaling!;
      return 'error' in s
        ? [ctx.t(worstInputName(w, c.input)), ctx.t(c.fn), '–', `_error: ${ctx.t(s.error)}_`, '–']
        : [ctx.t(worstInputName(w, c.input)), ctx.t(c.fn), s.codeUnits.map((u) => u.toLocaleString('en-US')).join(' → '), s.ms.map((m) => ms(m, m < 10 ? 2 : 0)).join(' → '), num(s.exponent)];
    }), ['l', 'l', 'r', 'r', 'r']));
  }

  out.push('', '<details><summary>Every cell: times, memory, rounds</summary>', '');
  out.push(mdTable(['input', 'function', 'code units', 'worst-case input', 'ordinary text', 'time ×', 'rounds', 'peak memory', '×UTF-8', '×UTF-16', 'ordinary ×UTF-8', 'status'],
    w.cells.map((c) => [ctx.t(worstInputName(w, c.input)), ctx.t(c.fn), c.codeUnits === null ? '–' : c.codeUnits.toLocaleString('en-US'),
      ms(c.time?.worstMs, 2), ms(c.time?.ordinaryMs, 2), times(c.time?.ratio), c.time ? String(c.time.rounds) : '–',
      mb(c.memory?.worst.peak), times(c.memory?.worst.perUtf8Byte), times(c.memory?.worst.perUtf16Byte), times(c.memory?.ordinary?.perUtf8Byte),
      c.status === 'ok' ? `${statusCell(c.timeStatus)} / ${c.memoryStatus === 'NOT MEASURED' ? '–' : statusCell(c.memoryStatus)}` : `**${c.status}**${c.note ? `: ${ctx.t(c.note)}` : ''}`]),
    ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']));
  out.push('', '</details>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Memory and load times

function memorySection(ctx: Ctx, r: BenchResults): string {
  const out = ['## Memory', ''];
  const core = data(r.core);
  if (!core) out.push(unavailable(ctx, 'core', r.core));
  else {
    const large = core.memory.find((m): m is Exclude<typeof m, { error: string }> => !('error' in m));
    out.push(`One fresh process per function, on the ${mb(large?.inputBytes)} input; each increase also as a multiple of the input's UTF-8 size. ` +
      '**JS after call**: heapUsed + external right after the call (garbage included); **retained**: the same after a full GC, the result alive; ' +
      '**peak RSS**: the highest RSS during the call minus RSS before it ("≤": an upper bound). Target: the worst of the three < 10× the input.', '');
    out.push(mdTable(['function', 'time', 'JS after call', 'JS retained', 'peak RSS', 'worst', 'target'],
      core.memory.map((m) => {
        if ('error' in m) return [ctx.t(m.fn), '–', '–', '–', '–', '–', `**ERROR** ${ctx.t(m.error.split('\n')[0] ?? '')}`];
        const worst = Math.max(m.ratios.jsAfterCall, m.ratios.jsRetained, m.ratios.rssPeak);
        const t = core.targetResults.find((x) => x.target.startsWith('memory') && x.target.includes(m.fn));
        return [ctx.t(m.fn), ms(m.ms, 0), `${mb(m.jsAfterCall)} (${times(m.ratios.jsAfterCall)})`, `${mb(m.jsRetained)} (${times(m.ratios.jsRetained)})`,
          `${mb(m.rssPeak)} (${times(m.ratios.rssPeak)})${m.rssPeakMethod === 'exact' ? '' : ' ≤'}`, times(worst), t ? `${ctx.t(t.threshold)}×: ${statusCell(check(t.pass))}` : ''];
      }), ['l', 'r', 'r', 'r', 'r', 'r', 'l']));
  }
  const repair = data(r.repair);
  const gz = data(r.gazetteer);
  const rows: string[][] = [];
  if (repair && !isFailed(repair.lexicon)) {
    const m = repair.lexicon.median;
    const lim = repair.targets.lexiconMB;
    const worst = Math.max(m.heapAbAfterCall ?? NaN, m.heapAbRetained ?? NaN);
    rows.push(['built-in lexicon, first `builtinLexicon()` (heap + arrayBuffers)', `${mib(m.heapAbAfterCall)} after the call, ${mib(m.heapAbRetained)} retained; peak RSS +${mib(m.rssPeak)}`,
      isNum(lim) ? `< ${lim} MB: ${statusCell(check(isNum(worst) && worst / 1e6 < lim))}` : '']);
  } else rows.push(['built-in lexicon', repair ? `_error: ${ctx.t((repair.lexicon as { error: string }).error)}_` : unavailable(ctx, 'repair', r.repair), '']);
  if (gz) rows.push(['default gazetteer and its index (heap + arrayBuffers, retained)', mib(gz.load.medianHeapMB * 2 ** 20), '(reported)']);
  else rows.push(['default gazetteer', unavailable(ctx, 'gazetteer', r.gazetteer), '']);
  out.push('', 'Data structures loaded once (medians of 5 fresh processes):', '');
  out.push(mdTable(['what', 'memory', 'target'], rows, ['l', 'l', 'l']));
  return out.join('\n');
}

function loadSection(ctx: Ctx, r: BenchResults): string {
  const out = ['## Load times', '', 'Medians over 5 fresh processes each.', ''];
  const rows: string[][] = [];
  const repair = data(r.repair);
  if (!repair) rows.push(['built-in lexicon', unavailable(ctx, 'repair', r.repair), '']);
  else if (isFailed(repair.lexicon)) rows.push(['built-in lexicon', `_error: ${ctx.t(repair.lexicon.error)}_`, '']);
  else {
    const m = repair.lexicon.median;
    const lim = repair.targets.lexiconMs;
    rows.push(['import of the lexicon module (its generated data)', ms(m.importMs, 0), '']);
    rows.push(['first `builtinLexicon()` (decodes the DAWG)', ms(m.firstCallMs), isNum(lim) ? `< ${lim} ms: ${statusCell(check(isNum(m.firstCallMs) && m.firstCallMs < lim))}` : '']);
    rows.push(['first `has()` after it', ms(m.firstLookupMs, 2), '']);
    rows.push([`\`builtinLexicon().has\` on the ${ctx.t(repair.lexicon.lookups.source)}'s ${repair.lexicon.lookups.words} word tokens`, `${num(repair.lexicon.lookups.perSec / 1e6)} million/s`, '']);
  }
  const gz = data(r.gazetteer);
  if (!gz) rows.push(['gazetteer', unavailable(ctx, 'gazetteer', r.gazetteer), '']);
  else {
    const runs = gz.load.runs;
    const both = gazetteerLoadMs(gz);
    rows.push(['`import` of akhbar', ms(median(runs.map((x) => x.importMs))), '']);
    rows.push(['first `defaultGazetteer()` (parses its data)', ms(median(runs.map((x) => x.defaultMs))), '']);
    rows.push(['first `find()` (builds the index)', ms(median(runs.map((x) => x.firstFindMs))), '']);
    rows.push(['`defaultGazetteer()` + first `find()`', ms(both), `< ${gz.targets.loadMs} ms: ${statusCell(check(isNum(both) && both < gz.targets.loadMs))}`]);
  }
  out.push(mdTable(['step', 'time', 'target'], rows, ['l', 'r', 'l']));
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Accuracy

interface AccMetric {
  group: string;
  label: string;
  value: number | null;
  target?: number;
  /** Why there is no value. */
  skipped?: string;
}

function accuracySection(ctx: Ctx, r: BenchResults): string {
  const metrics: AccMetric[] = [];
  const parts: string[] = [];
  const status = (v: number | null | undefined, target: number | undefined, higher = true): string =>
    target === undefined || !isNum(target) ? '(reported)' : `${higher ? '≥' : '≤'} ${higher ? pct(target) : fmtTick(target)}: ${statusCell(check(isNum(v) && (higher ? v >= target : v <= target)))}`;

  // Repair
  parts.push('### Repair', '');
  const repair = data(r.repair);
  if (!repair) {
    parts.push(unavailable(ctx, 'repair', r.repair));
    metrics.push({ group: 'repair', label: 'corpus gold', value: null, skipped: 'no results' });
  } else {
    const acc = repair.accuracy;
    parts.push('**Corpus gold** (`gold/seeds-repairs.tsv` of the shared data): TP = gold occurrences repaired exactly as the gold says, FP = edits no gold occurrence accounts for. ' +
      'Precision and recall over the kinds the gold enumerates (not `whitespace` and `hard-wrap`). No target.', '');
    if (isSkipped(acc)) {
      parts.push(ctx.skip('repair accuracy on the corpus gold', acc.skipped));
      metrics.push({ group: 'repair', label: 'gold precision (defaults)', value: null, skipped: `skipped: ${acc.skipped}` });
    } else if (isFailed(acc)) {
      parts.push(`_error: ${ctx.t(acc.error)}_`);
    } else {
      const totals = acc.configs.map((c) => {
        const en = c.byKind.filter((k) => k.fp !== null);
        const tp = en.reduce((s, k) => s + k.tp, 0), fp = en.reduce((s, k) => s + (k.fp ?? 0), 0), gold = en.reduce((s, k) => s + k.goldOccurrences, 0);
        return { config: c.config, gold, tp, fp, precision: tp + fp ? tp / (tp + fp) : NaN, recall: gold ? tp / gold : NaN, keep: c.keep };
      });
      parts.push(mdTable(['options', 'gold occurrences', 'TP', 'FP', 'precision', 'recall', 'keep rows untouched'],
        totals.map((t) => [ctx.t(t.config), String(t.gold), String(t.tp), String(t.fp), pct(t.precision), pct(t.recall), `${t.keep.untouched} of ${t.keep.occurrences}`]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r']));
      const def = acc.configs[0];
      if (def) {
        parts.push('', `Per kind, ${ctx.t(def.config)}:`, '');
        parts.push(mdTable(['kind', 'gold occ.', 'TP', 'FN', 'FP', 'edits made', 'precision', 'recall'],
          def.byKind.map((k) => [ctx.t(k.kind), String(k.goldOccurrences), String(k.tp), String(k.fn), k.fp === null ? 'n/a' : String(k.fp), String(k.edits),
            k.fp === null ? 'n/a' : pct(k.precision), pct(k.recall)]), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']));
      }
      const t0 = totals[0];
      if (t0) {
        metrics.push({ group: 'repair', label: 'corpus gold: precision (defaults)', value: t0.precision });
        metrics.push({ group: 'repair', label: 'corpus gold: recall (defaults)', value: t0.recall });
      }
    }
    const syn = repair.syntheticRunOns;
    parts.push('', '**Synthetic run-ons**: spaces removed at random between words (p = 1/20, four seeds) and split again by `repair` (run-on only); means over the seeds. ' +
      'False splits: splits inside words that were not merged, per 10,000 such words.', '');
    if (isFailed(syn)) parts.push(`_error: ${ctx.t(syn.error)}_`);
    else {
      const set = (s: RepairSyntheticSet | SkippedJson, main: boolean): string[] => {
        if (isSkipped(s)) return ['supplementary (WikiNews dev + ANERcorp train)', ctx.skip('synthetic run-ons on the supplementary dev text', s.skipped), '', '', '', ''];
        const m = s.mean;
        return [ctx.t(s.source), pct(m.precision), pct(m.recall), `${pct(m.f1)}${main ? ` — ${status(m.f1, repair.targets.runOnF1)}` : ''}`,
          `${num(m.falseSplitsInUntouchedPer10k)}${main ? ` — ${status(m.falseSplitsInUntouchedPer10k, repair.targets.falseSplitsPer10k, false)}` : ''}`, String(s.runs.length)];
      };
      parts.push(mdTable(['text', 'precision', 'recall', 'F1', 'false splits / 10k words', 'seeds'], [set(syn.main, true), set(syn.supplementary, false)], ['l', 'r', 'r', 'r', 'r', 'r']));
      const tF1 = repair.targets.runOnF1;
      metrics.push({ group: 'repair', label: 'synthetic run-ons: F1', value: syn.main.mean.f1 ?? null, ...(isNum(tF1) ? { target: tF1 } : {}) });
    }
    const qa = repair.qalb;
    parts.push('', '**QALB merged words** (`dev/qalb-runon-dev.tsv`): `repair(token, run-on only)` equal to the correction.', '');
    const tQ = repair.targets.qalbPureSpace;
    if (isSkipped(qa)) {
      parts.push(ctx.skip('QALB merged words', qa.skipped));
      metrics.push({ group: 'repair', label: 'QALB merges split exactly', value: null, skipped: `skipped: ${qa.skipped}` });
    } else if (isFailed(qa)) parts.push(`_error: ${ctx.t(qa.error)}_`);
    else {
      parts.push(mdTable(['rows', 'count', 'exact', 'share', 'target'], [
        ['pure-space merges (pure_space = 1)', String(qa.pureSpace.rows), String(qa.pureSpace.exact), pct(qa.pureSpace.share), status(qa.pureSpace.share, tQ)],
        ['all rows', String(qa.all.rows), String(qa.all.exact), pct(qa.all.share), '(comparison)'],
      ], ['l', 'r', 'r', 'r', 'l']));
      metrics.push({ group: 'repair', label: 'QALB merges split exactly', value: qa.pureSpace.share, ...(isNum(tQ) ? { target: tQ } : {}) });
    }
  }

  // Segmentation
  parts.push('', '### Segmentation', '');
  const seg = data(r.segment);
  if (!seg) {
    parts.push(unavailable(ctx, 'segment', r.segment));
    metrics.push({ group: 'segmentation', label: 'WikiNews word accuracy', value: null, skipped: 'no results' });
  } else if (isSkipped(seg.accuracy)) {
    parts.push(ctx.skip('segmentation accuracy (WikiNews gold)', seg.accuracy.skipped));
    metrics.push({ group: 'segmentation', label: 'WikiNews word accuracy', value: null, skipped: `skipped: ${seg.accuracy.skipped}` });
  } else {
    const a = seg.accuracy;
    parts.push('Exact match of each word\'s whole segmentation with the WikiNews gold of the Farasa segmenter (`dev/wikinews-dev.tsv`); for `light` and `atb` the gold is converted to the scheme.', '');
    const schemes = Object.keys(a.bySchemes);
    parts.push(mdTable(['scheme', 'words', 'correct', 'accuracy', 'target'], [
      ...schemes.map((s) => { const x = a.bySchemes[s]!; return [ctx.t(s), String(x.words), String(x.correct), pct(x.accuracy), s === 'farasa' ? status(x.accuracy, seg.targets.farasaAccuracy) : '(reported)']; }),
      ['farasa, proclitics only', '', '', pct(a.procliticAccuracy), '(reported)'],
    ], ['l', 'r', 'r', 'r', 'l']));
    for (const s of schemes) metrics.push({ group: 'segmentation', label: `${s} scheme: word accuracy`, value: a.bySchemes[s]!.accuracy, ...(s === 'farasa' ? { target: seg.targets.farasaAccuracy } : {}) });
  }

  // Entities
  parts.push('', '### Entities (gazetteer)', '');
  const gz = data(r.gazetteer);
  if (!gz) {
    parts.push(unavailable(ctx, 'gazetteer', r.gazetteer));
    metrics.push({ group: 'entities', label: 'corpus gold / ANERcorp', value: null, skipped: 'no results' });
  } else {
    parts.push('**Corpus gold** (`test/fixtures/gazetteer/corpus-mentions.tsv`, spans and entity ids of the corpus articles): a mention is right when its span and entity id are a gold mention\'s.', '');
    if (isSkipped(gz.corpus)) {
      parts.push(ctx.skip('entity precision/recall on the corpus gold', gz.corpus.skipped));
      metrics.push({ group: 'entities', label: 'corpus gold: precision', value: null, skipped: `skipped: ${gz.corpus.skipped}` });
    } else {
      parts.push(mdTable(['find on', 'gold', 'found', 'correct', 'precision', 'recall'],
        gz.corpus.map((c) => [ctx.t(c.mode), String(c.gold), String(c.predicted), String(c.correct),
          c.mode === 'repaired text' ? `${pct(c.precision)} — ${status(c.precision, gz.targets.corpusPrecision)}` : pct(c.precision),
          c.mode === 'repaired text' ? `${pct(c.recall)} — ${status(c.recall, gz.targets.corpusRecall)}` : pct(c.recall)]),
        ['l', 'r', 'r', 'r', 'r', 'r']));
      const rep = gz.corpus.find((c) => c.mode === 'repaired text');
      metrics.push({ group: 'entities', label: 'corpus gold: precision (repaired)', value: rep?.precision ?? null, target: gz.targets.corpusPrecision });
      metrics.push({ group: 'entities', label: 'corpus gold: recall (repaired)', value: rep?.recall ?? null, target: gz.targets.corpusRecall });
    }
    parts.push('', '**ANERcorp** (`dev/anercorp-train.txt`, CoNLL-style exact spans; demonyms and MISC left out):', '');
    if (isSkipped(gz.ner)) {
      parts.push(ctx.skip('ANERcorp named entities', gz.ner.skipped));
      metrics.push({ group: 'entities', label: 'ANERcorp F1', value: null, skipped: `skipped: ${gz.ner.skipped}` });
    } else {
      const ner = gz.ner;
      parts.push(mdTable(['type', 'gold', 'predicted', 'correct', 'precision', 'recall', 'F1'],
        Object.entries(ner.byType).map(([t, s]) => [t === 'all' ? 'all (PERS + LOC + ORG)' : ctx.t(t), String(s.gold), String(s.predicted), String(s.correct), pct(s.precision), pct(s.recall),
          t === 'all' ? `${pct(s.f1)} — ${status(s.f1, gz.targets.nerF1)}` : pct(s.f1)]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r']));
      metrics.push({ group: 'entities', label: 'ANERcorp F1 (PERS+LOC+ORG)', value: ner.byType.all?.f1 ?? null, target: gz.targets.nerF1 });
    }
  }

  // Stance
  parts.push('', '### Stance', '');
  const st = data(r.stance);
  if (!st) {
    parts.push(unavailable(ctx, 'stance', r.stance));
    metrics.push({ group: 'stance', label: 'labelled texts', value: null, skipped: 'no results' });
  } else {
    const l = st.labelled;
    parts.push(`The ${l.texts} labelled texts written for akhbar (\`test/fixtures/stance/labelled.tsv\`); no target yet.`, '');
    parts.push(mdTable(['measure', 'value'], [
      ['accuracy', pct(l.accuracy)],
      ['macro-F1 (favor, against, neutral, mixed)', pct(l.macroF1)],
      ...Object.entries(l.perLabel).map(([k, v]) => [`F1 ${ctx.t(k)} (${v.gold} texts)`, pct(v.f1)]),
    ], ['l', 'r']));
    metrics.push({ group: 'stance', label: 'labelled texts: accuracy', value: l.accuracy });
    metrics.push({ group: 'stance', label: 'labelled texts: macro-F1', value: l.macroF1 });
  }

  const chart = ctx.chart('accuracy.svg', 'Accuracy per component, percent', barChart({
    title: 'Accuracy per component (%)',
    subtitle: 'Marker: target. Green: meets it; orange: misses it; blue: no target.',
    axisLabel: '%',
    scale: { type: 'linear', min: 0, max: 100 },
    series: [{ name: 'accuracy', color: C.none }],
    legend: [{ label: 'meets target', color: C.pass }, { label: 'misses target', color: C.fail }, { label: 'no target', color: C.none }],
    format: (v) => `${v.toFixed(1)}%`,
    rows: metrics.map((m) => {
      const v = m.value === null || !isNum(m.value) ? null : 100 * m.value;
      const fail = m.target !== undefined && v !== null && v < 100 * m.target;
      return {
        group: m.group, label: m.label, values: [v],
        ...(m.target !== undefined ? { target: 100 * m.target, colors: [fail ? C.fail : C.pass] } : {}),
        ...(fail ? { suffix: 'FAIL' } : {}),
        ...(v === null ? { note: ctx.shortenText(m.skipped ?? 'no data') } : {}),
      };
    }),
  }));
  return ['## Accuracy', '', chart, '', ...parts].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Runs and skipped figures

function runsSection(ctx: Ctx, r: BenchResults): string {
  const out = ['## Runs', ''];
  const cores = runInfo(r).machine?.cores ?? 0;
  const rows = NAMES.map((n) => {
    const run = r.manifest?.components.find((c) => c.name === n);
    const l = r[n];
    const load = loadOf(n, r);
    const loadText = load ? `${num(load.start[0])} → ${num(load.end[0])}${cores && (isBusy(load.start, cores) || isBusy(load.end, cores)) ? ' (busy)' : ''}` : '–';
    const d = l.status === 'ok' ? (l.data as { totalSeconds?: number }).totalSeconds : undefined;
    const st = l.status === 'ok' ? 'ok' : l.status === 'failed' ? `**failed**: ${ctx.t(l.reason)}` : `**not run**: ${ctx.t(l.reason)}`;
    return [COMPONENT_TITLES[n], `\`${COMPONENT_SCRIPTS[n]}\``, st, run ? fmtDate(run.date) : '–', fmtDuration(run?.seconds ?? d ?? NaN), loadText, shortCommit(gitOf(n, r))];
  });
  out.push(mdTable(['benchmark', 'script', 'status', 'started', 'duration', 'load average (1 min)', 'commit'], rows, ['l', 'l', 'l', 'l', 'r', 'r', 'l']));
  out.push('', 'Each benchmark runs in a child process of its own (so that its memory figures are its own) and writes `bench/results/<name>.json` (the tokenizer benchmark: `latest.json`); ' +
    'each can also be run alone (`npm run bench:repair`, `bench:segment`, `bench:gazetteer`, `bench:stance`, `bench:worst`; `npx tsx bench/core.ts`).');
  return out.join('\n');
}

function skippedSection(ctx: Ctx, r: BenchResults): string {
  const out: string[] = [];
  const core = data(r.core);
  if (core && !core.corpus.found) ctx.skipped.unshift({ what: 'corpus throughput (the built-in sample was measured instead)', why: ctx.shortenText(core.corpus.missing ?? 'corpus not found') });
  const seg = data(r.segment);
  if (seg && !seg.throughput.some((t) => t.input.startsWith('news'))) ctx.skipped.push({ what: 'segmentation throughput on news text (the sample ×→ 1MB was measured instead)', why: 'WikiNews dev or ANERcorp train not found' });
  if (!ctx.skipped.length) return '';
  out.push('## Skipped figures', '', 'Shared data (`$AKHBAR_SHARED`, default `../shared`) that these figures need was absent, so they were not measured:', '');
  for (const s of ctx.skipped) out.push(`- **${md(s.what)}**: ${md(s.why)}`);
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

/** Replaces the absolute paths of the run's machine by short ones. */
export function pathShortener(r: BenchResults): (s: string) => string {
  const repoRoot = r.manifest?.repoRoot;
  const sharedDir = r.manifest?.sharedDir ?? data(r.repair)?.sharedDir ?? (data(r.core) ? data(r.core)!.corpus.dir.replace(/[\\/]corpus$/, '') : undefined);
  const defaultShared = repoRoot ? repoRoot.replace(/[\\/][^\\/]+[\\/]?$/, '') + '/shared' : undefined;
  return (s: string) => {
    let o = s;
    if (sharedDir) o = o.split(sharedDir).join(sharedDir === defaultShared ? '../shared' : '$AKHBAR_SHARED');
    if (repoRoot) o = o.split(repoRoot + '/').join('');
    return o;
  };
}

/** Renders REPORT.md and its charts from the results. */
export function renderReport(r: BenchResults): RenderedReport {
  const ctx = new Ctx(pathShortener(r));
  collectTargets(ctx, r);
  const sections = [
    header(ctx, r),
    targetsSection(ctx),
    throughputSection(ctx, r),
    pathologicalSection(ctx, r),
    worstCaseSection(ctx, r),
    memorySection(ctx, r),
    loadSection(ctx, r),
    accuracySection(ctx, r),
  ];
  const skipped = skippedSection(ctx, r);
  // The skipped figures go right after the targets, where a reader looks first.
  if (skipped) sections.splice(2, 0, skipped);
  sections.push(runsSection(ctx, r));
  return { markdown: sections.join('\n\n') + '\n', charts: ctx.charts, targets: ctx.targets };
}
