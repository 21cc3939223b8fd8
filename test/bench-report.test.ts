/**
 * The benchmark report renderer (bench/report-md.ts) and its SVG charts (bench/svg.ts), on fixed,
 * made-up results: nothing is measured here.
 */
import { describe, expect, it } from 'vitest';
import { fmtDuration, md, pct, renderReport, times } from '../bench/report-md.js';
import type { BenchResults, CoreJson, CoreMeasurement, GazetteerJson, RepairJson, SegmentJson, WorstCaseJson, WorstCaseMemory } from '../bench/results-types.js';
import { barChart, escapeXml, fmtNumber, fmtTick } from '../bench/svg.js';

/** Fails unless `svg` is a well-formed SVG document: every tag closed, attributes quoted, text escaped. */
function expectWellFormedSvg(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  expect(svg).toMatch(/viewBox="0 0 \d+(\.\d)? \d+(\.\d)?"/);
  expect(svg).not.toMatch(/<script|<foreignObject|href=|@import|url\(/i);
  const entity = '&(?:amp|lt|gt|quot|#\\d+);';
  const attr = `\\s+[a-zA-Z][\\w:-]*="(?:[^"<&]|${entity})*"`;
  const tagRe = new RegExp(`^<(/?)([a-zA-Z][\\w:-]*)((?:${attr})*)\\s*(/?)>$`);
  const textRe = new RegExp(`^(?:[^<>&]|${entity})*$`);
  const stack: string[] = [];
  let at = 0;
  for (const m of svg.matchAll(/<[^>]*>/g)) {
    const between = svg.slice(at, m.index);
    expect(between, `text before ${m[0]}`).toMatch(textRe);
    at = m.index + m[0].length;
    const t = tagRe.exec(m[0]);
    expect(t, `tag ${m[0]}`).not.toBeNull();
    const [, close, name, , selfClose] = t!;
    if (close) expect(stack.pop(), `closing ${name}`).toBe(name);
    else if (!selfClose) stack.push(name!);
  }
  expect(svg.slice(at).trim()).toBe('');
  expect(stack).toEqual([]);
}

const bars = (svg: string) => [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));

describe('number formatting', () => {
  it('formats numbers, shares and ratios', () => {
    expect(fmtNumber(1234.5)).toBe('1,235');
    expect(fmtNumber(1_234_567)).toBe('1,234,567');
    expect(fmtNumber(123.4)).toBe('123');
    expect(fmtNumber(12.345)).toBe('12.3');
    expect(fmtNumber(1.2345)).toBe('1.23');
    expect(fmtNumber(0.01234)).toBe('0.012');
    expect(fmtNumber(0)).toBe('0');
    expect(fmtNumber(NaN)).toBe('–');
    expect(fmtTick(1000)).toBe('1,000');
    expect(fmtTick(0.1)).toBe('0.1');
    expect(fmtTick(10)).toBe('10');
    expect(pct(0.97234)).toBe('97.2%');
    expect(pct(null)).toBe('–');
    expect(times(4)).toBe('4.00×');
    expect(fmtDuration(312.4)).toBe('5 min 12 s');
    expect(fmtDuration(42)).toBe('42 s');
  });

  it('escapes text for XML and Markdown', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;');
    expect(md('a|b<c&"d*e_f')).toBe('a\\|b&lt;c&amp;"d\\*e\\_f');
  });
});

describe('barChart', () => {
  it('draws one bar per value, escapes labels and writes a well-formed SVG', () => {
    const svg = barChart({
      title: 'Speed <of> "things" & stuff',
      scale: { type: 'log' },
      series: [{ name: 'corpus', color: '#4c78a8' }, { name: '10 MB', color: '#9ecae9' }],
      rows: [
        { label: 'tokenize <fast> & "good"', values: [250, 200] },
        { label: 'normalize', values: [400, null] },
        { label: 'skipped one', values: [null, null], note: 'skipped: data <absent>' },
      ],
      refLines: [{ value: 10, label: 'Intl.Segmenter' }],
    });
    expectWellFormedSvg(svg);
    expect(bars(svg)).toHaveLength(3);
    expect(svg).toContain('tokenize &lt;fast&gt; &amp; &quot;good&quot;');
    expect(svg).not.toContain('<fast>');
    expect(svg).toContain('Speed &lt;of&gt; &quot;things&quot; &amp; stuff');
    expect(svg).toContain('>skipped: data &lt;absent&gt;</text>');
    expect(svg).toContain('>250</text>');
    expect(svg).toContain('<line class="ref"');
    // Legend: both series and the reference line.
    expect(svg).toContain('>corpus</text>');
    expect(svg).toContain('>10 MB</text>');
    expect(svg).toContain('>Intl.Segmenter</text>');
  });

  it('spaces decades equally on a log scale and is proportional on a linear one', () => {
    const log = bars(barChart({ title: 'log', scale: { type: 'log' }, series: [{ name: 's', color: '#000' }],
      rows: [{ label: 'a', values: [10] }, { label: 'b', values: [100] }, { label: 'c', values: [1000] }, { label: 'd', values: [1] }] }));
    expect(log.map((b) => b.x)).toEqual([log[0]!.x, log[0]!.x, log[0]!.x, log[0]!.x]);
    const decade = log[1]!.width - log[0]!.width;
    expect(decade).toBeGreaterThan(50);
    expect(Math.abs(log[2]!.width - log[1]!.width - decade)).toBeLessThan(0.3);
    expect(Math.abs(log[0]!.width - decade)).toBeLessThan(0.3); // 1 is the axis origin (bars are ≥ 1 px)
    const lin = bars(barChart({ title: 'lin', scale: { type: 'linear', min: 0, max: 100 }, series: [{ name: 's', color: '#000' }],
      rows: [{ label: 'half', values: [50], target: 95 }, { label: 'full', values: [100] }] }));
    expect(lin[0]!.width / lin[1]!.width).toBeCloseTo(0.5, 2);
  });
});

// ---------------------------------------------------------------------------------------------
// Fixed results

const meas = (fn: string, input: string, mbPerSec: number, vsSegmenter: number, bareSlowdown: number): CoreMeasurement =>
  ({ fn, input, inputBytes: 50_000, medianMs: 50_000 / 1e6 / mbPerSec * 1000, mbPerSec, samples: 20, vsSegmenter, bareSlowdown });

const core: CoreJson = {
  date: '2025-01-02T03:04:05.678Z',
  git: { commit: '0123456789abcdef0123456789abcdef01234567', srcDirty: false },
  node: 'v20.1.0', v8: '11.3', platform: 'linux/x64', cpu: 'Test CPU', cores: 2,
  loadAverage: { start: [0.2, 0.1, 0.1], end: [0.3, 0.1, 0.1] },
  corpus: { found: true, dir: '/x/shared/corpus', files: ['a.txt', 'b.txt'], missing: null },
  inputs: [{ name: 'corpus', bytes: 50_000, codeUnits: 30_000 }, { name: 'corpus ×→ 10MB', bytes: 1e7, codeUnits: 6e6 }],
  measurements: [
    meas('Intl.Segmenter (baseline)', 'corpus', 10, 1, 100),
    meas('charCodeAt scan (baseline)', 'corpus', 1000, 100, 1),
    meas('tokenize', 'corpus', 250, 25, 4),
    meas("normalize('search')", 'corpus', 400, 40, 2.5),
    meas('Intl.Segmenter (baseline)', 'corpus ×→ 10MB', 8, 1, 125),
    meas('charCodeAt scan (baseline)', 'corpus ×→ 10MB', 1000, 125, 1),
    meas('tokenize', 'corpus ×→ 10MB', 200, 20, 5),
    meas("normalize('search')", 'corpus ×→ 10MB', 300, 37.5, 3.333),
  ],
  interleavedRatios: [{ input: 'corpus', rounds: 25, bareSlowdown: { tokenize: 4.5 }, vsSegmenter: { tokenize: 22 } }],
  pathological: [
    { ...meas('tokenize', 'ordinary 1MB', 200, NaN, NaN), vsOrdinary: 1 },
    { ...meas('tokenize', 'letters, no space', 100, NaN, NaN), vsOrdinary: 0.5 },
  ],
  memory: [
    { fn: 'tokenize', inputBytes: 1e7, ms: 120, jsAfterCall: 4e7, jsRetained: 3e7, rssPeak: 5e7, rssPeakMethod: 'exact', ratios: { jsAfterCall: 4, jsRetained: 3, rssPeak: 5 } },
    { fn: "normalize('search')", error: 'child crashed' },
  ],
  targetResults: [
    { target: 'tokenize ≥ 8× Intl.Segmenter throughput', input: 'corpus', value: 22, threshold: '≥ 8', pass: true },
    { target: 'tokenize within 6× of bare scan', input: 'corpus', value: 7.5, threshold: '≤ 6', pass: false },
    { target: 'memory tokenize < 10× input', input: 'corpus ×→ 10MB', value: 5, threshold: '< 10', pass: true },
  ],
  totalSeconds: 61,
};

const machineInfo = { node: 'v20.1.0', v8: '11.3', platform: 'linux/x64', cpu: 'Test CPU <fast> & "cheap"', cores: 2 };

const repair: RepairJson = {
  date: '2025-01-02T03:05:00.000Z', git: core.git, ...machineInfo, loadAverage: { start: [0.2], end: [0.2] }, sharedDir: '/x/shared',
  targets: { runOnF1: 0.95, falseSplitsPer10k: 1, qalbPureSpace: 0.85, repairMBps: 10, linearity: 6, lexiconMs: 100, lexiconMB: 30 },
  accuracy: { configs: [{ config: 'defaults', keep: { occurrences: 10, untouched: 9 }, byKind: [
    { kind: 'a|b<c&"d', goldOccurrences: 20, tp: 18, fn: 2, fp: 2, edits: 20, precision: 0.9, recall: 0.9 },
    { kind: 'whitespace', goldOccurrences: 5, tp: 5, fn: 0, fp: null, edits: 7, precision: null, recall: 1 },
  ] }] },
  syntheticRunOns: { main: { source: 'main', runs: [{ seed: 1 }], mean: { precision: 0.97, recall: 0.95, f1: 0.96, falseSplitsInUntouchedPer10k: 0.5 } }, supplementary: { skipped: 'dev news text not found (/x/shared/dev/anercorp-train.txt)' } },
  qalb: { skipped: 'QALB run-on file not found at /x/shared/dev/qalb-runon-dev.tsv' },
  throughput: { inputs: [{ input: 'corpus ×→ 1MB', bytes: 1e6, rounds: 7, medianMs: {}, mbPerSec: { 'repair (defaults)': 12.5, tokenize: 100 }, repairSlowdown: { tokenize: 8 } }],
    adversarial: [{ input: '"» " repeated', sizes: [{ bytes: 250_000, medianMs: 10, mbPerSec: 25 }, { bytes: 1e6, medianMs: 40, mbPerSec: 25 }], scaling: 4, vsOrdinary: 2 }] },
  lexicon: { children: [], median: { importMs: 30, firstCallMs: 45, firstLookupMs: 0.01, heapAbAfterCall: 2e7, heapAbRetained: 1.5e7, rssPeak: 3e7 }, lookups: { words: 2000, perSec: 5e6, source: 'corpus' } },
  targetResults: [
    { target: 'synthetic run-ons: F1 (main text, mean over seeds)', value: 0.96, threshold: '≥ 0.95', status: 'PASS' },
    { target: 'QALB pure-space merges: exact share', value: null, threshold: '≥ 0.85', status: 'SKIPPED', note: 'QALB run-on file not found at /x/shared/dev/qalb-runon-dev.tsv' },
  ],
  totalSeconds: 50,
};

const segment: SegmentJson = {
  commit: core.git.commit, srcDirty: false, machine: machineInfo, loadStart: [0.2], loadEnd: [0.2],
  accuracy: { skipped: 'WikiNews gold not found at /x/shared/dev/wikinews-dev.tsv' },
  throughput: [{ input: 'sample ×→ 1MB', bytes: 1e6, words: 1000, distinctWords: 100, rounds: 9, medianMs: {},
    mbPerSec: { 'tokenize + segmentTokens (light)': 8, tokenize: 100, 'bare scan': 1000 }, vsTokenize: { 'tokenize + segmentTokens (light)': 12.5 }, vsBareScan: {} }],
  targets: { farasaAccuracy: 0.97, segmentMBps: 10 },
  totalSeconds: 20,
};

const memo = (peak: number, bytes: number, codeUnits: number): WorstCaseMemory =>
  ({ ms: 10, jsAfterCall: peak, jsRetained: peak / 2, rssPeak: peak / 4, rssPeakMethod: 'exact', peak, perUtf8Byte: peak / bytes, perUtf16Byte: peak / (2 * codeUnits) });

const worst: WorstCaseJson = {
  date: '2025-01-02T03:06:00.000Z', git: core.git, ...machineInfo, loadAverage: { start: [0.2], end: [0.3] },
  corpus: { found: true, missing: null },
  targets: { timeRatio: 3, memoryRatio: 10, callCapSeconds: 60 },
  inputs: [
    { id: 'diacritics', name: '1,000,000 diacritics', description: 'harakat <cycling>', sizes: [
      { capBytes: null, codeUnits: 1_000_000, bytes: 2e6, ordinaryBytes: 1.8e6 }, { capBytes: 500_000, codeUnits: 250_000, bytes: 5e5, ordinaryBytes: 4.5e5 }] },
    { id: 'nested-guillemets', name: '«««…»»» 100,000 deep', description: '100,000 « then a word then 100,000 »', sizes: [
      { capBytes: null, codeUnits: 200_005, bytes: 400_010, ordinaryBytes: 363_758 }] },
  ],
  functions: [{ name: 'tokenize', capBytes: null }, { name: 'analyze', capBytes: 500_000 }],
  cells: [
    { input: 'diacritics', fn: 'tokenize', capBytes: null, codeUnits: 1_000_000, bytes: 2e6, ordinaryBytes: 1.8e6, status: 'ok',
      time: { rounds: 7, worstMs: 5, ordinaryMs: 10, ratio: 0.5 }, memory: { worst: memo(3e6, 2e6, 1e6), ordinary: memo(14.04e6, 1.8e6, 1e6) },
      timeStatus: 'PASS', memoryStatus: 'PASS', seconds: 2 },
    { input: 'diacritics', fn: 'analyze', capBytes: 500_000, codeUnits: 250_000, bytes: 5e5, ordinaryBytes: 4.5e5, status: 'timeout',
      note: 'a call outlasted 60 s (round 1/3, worst-case input)', time: null, memory: { worst: memo(6e6, 5e5, 250_000), ordinary: memo(31.5e6, 4.5e5, 250_000) },
      timeStatus: 'FAIL', memoryStatus: 'FAIL', seconds: 70 },
    { input: 'nested-guillemets', fn: 'tokenize', capBytes: null, codeUnits: 200_005, bytes: 400_010, ordinaryBytes: 363_758, status: 'ok',
      time: { rounds: 7, worstMs: 17.5, ordinaryMs: 5, ratio: 3.5 }, memory: { worst: memo(17.88e6, 400_010, 200_005), ordinary: memo(3.856e6, 363_758, 200_005) },
      timeStatus: 'FAIL', memoryStatus: 'FAIL', scaling: { codeUnits: [50_005, 200_005], ms: [5, 20], exponent: 1 }, seconds: 3 },
    { input: 'nested-guillemets', fn: 'analyze', capBytes: 500_000, codeUnits: null, bytes: null, ordinaryBytes: null, status: 'error',
      note: 'exit code 1: RangeError: too <long> | x', time: null, memory: null, timeStatus: 'FAIL', memoryStatus: 'NOT MEASURED', seconds: 1 },
  ],
  totalSeconds: 76,
};

const results = (over: Partial<BenchResults> = {}): BenchResults => ({
  manifest: {
    date: '2025-01-02T03:04:00.000Z', git: core.git, machine: machineInfo, loadAverage: { start: [0.2, 0, 0], end: [1.7, 0, 0] },
    repoRoot: '/x/akhbar', sharedDir: '/x/shared', components: [], totalSeconds: 312,
  },
  core: { status: 'ok', data: core },
  repair: { status: 'ok', data: repair },
  segment: { status: 'ok', data: segment },
  gazetteer: { status: 'failed', reason: 'exit code 1' },
  stance: { status: 'missing', reason: 'bench/results/stance.json not found' },
  worst: { status: 'ok', data: worst },
  ...over,
});

describe('renderReport', () => {
  const r = renderReport(results());

  it('writes the run, the tables and the targets', () => {
    const m = r.markdown;
    expect(m).toMatch(/^# akhbar benchmark report\n/);
    expect(m).toContain('| date | 2025-01-02 03:04:00 UTC |');
    expect(m).toContain('`0123456789abcdef0123456789abcdef01234567`');
    expect(m).toContain('| duration | 5 min 12 s |');
    expect(m).toContain('| load average (1 min) | 0.20 at the start, 1.70 at the end (2 cores) |');
    expect(m).toContain('**Warning: the machine was busy**');
    // Throughput per function, with the ratios against the baselines of the same run.
    expect(m).toContain('| function | corpus: MB/s | ×Segmenter | ×slower than bare scan | corpus ×→ 10MB: MB/s | ×Segmenter | ×slower than bare scan |');
    expect(m).toContain('| tokenize | 250 | 25.0× | 4.00× | 200 | 20.0× | 5.00× |');
    expect(m).toContain("| normalize('search') | 400 | 40.0× | 2.50× | 300 | 37.5× | 3.33× |");
    expect(m).toContain('| letters, no space | 100 | 0.50× |');
    // Targets: pass, fail, skipped, and the benchmarks without results.
    expect(m).toContain('| PASS | tokenizer and normalizer | tokenize ≥ 8× Intl.Segmenter throughput (corpus) | 22.0× | ≥ 8 |');
    expect(m).toContain('| **FAIL** | tokenizer and normalizer | tokenize within 6× of bare scan (corpus) | 7.50× | ≤ 6 |');
    expect(m).toContain('| **SKIPPED** | repair | QALB pure-space merges: exact share — QALB run-on file not found at ../shared/dev/qalb-runon-dev.tsv |');
    expect(m).toContain('| **FAIL** | segmentation | tokenize + segmentTokens (light), sample ×→ 1MB | 8.00 MB/s | ≥ 10 MB/s |');
    expect(m).toContain('| **ERROR** | entities (gazetteer) | all targets — exit code 1 |');
    expect(m).toContain('| **NO DATA** | stance | all targets — bench/results/stance.json not found |');
    expect(m).toMatch(/\n3 of 9 targets met; 2 skipped \(data absent\); 1 errors; 1 benchmarks without results\.\n/);
    // Memory: figures and the failed child.
    expect(m).toContain('| tokenize | 120 ms | 40.0 MB (4.00×) | 30.0 MB (3.00×) | 50.0 MB (5.00×) | 5.00× | &lt; 10×: PASS |');
    expect(m).toContain("| normalize('search') | – | – | – | – | – | **ERROR** child crashed |");
    // Accuracy, escaped names, and no absolute path of the machine.
    expect(m).toContain('| a\\|b&lt;c&amp;"d | 20 | 18 | 2 | 2 | 20 | 90.0% | 90.0% |');
    expect(m).toContain('| whitespace | 5 | 5 | 0 | n/a | 7 | n/a | 100.0% |');
    expect(m).toContain('| main | 97.0% | 95.0% | 96.0% — ≥ 95.0%: PASS | 0.50 — ≤ 1: PASS | 1 |');
    expect(m).not.toContain('/x/shared');
    expect(m).not.toContain('/x/akhbar');
    expect(m).toContain('Test CPU &lt;fast&gt; &amp; "cheap"');
  });

  it('says which figures were skipped and why', () => {
    const m = r.markdown;
    const skipped = m.slice(m.indexOf('## Skipped figures'), m.indexOf('## Throughput'));
    expect(skipped).toContain('- **segmentation accuracy (WikiNews gold)**: WikiNews gold not found at ../shared/dev/wikinews-dev.tsv');
    expect(skipped).toContain('- **QALB merged words**: QALB run-on file not found at ../shared/dev/qalb-runon-dev.tsv');
    expect(skipped).toContain('segmentation throughput on news text');
    expect(m).toContain('### Segmentation\n\n_Skipped: WikiNews gold not found at ../shared/dev/wikinews-dev.tsv_');
    expect(m).toContain('### Stance\n\n_No results from `bench/stance.ts` (not run): bench/results/stance.json not found_');
  });

  it('embeds well-formed charts with relative links', () => {
    expect(r.charts.map((c) => c.file)).toEqual(['throughput.svg', 'components-throughput.svg', 'pathological.svg', 'worst-case.svg', 'accuracy.svg']);
    for (const c of r.charts) {
      expectWellFormedSvg(c.svg);
      expect(r.markdown).toContain(`](charts/${c.file})`);
    }
    const throughput = r.charts[0]!.svg;
    // 4 functions × 2 inputs, the baselines drawn as bars and as reference lines.
    expect(bars(throughput)).toHaveLength(8);
    expect(throughput.match(/<line class="ref"/g)).toHaveLength(2);
    expect(throughput).toContain('>Intl.Segmenter (baseline)</text>');
    const accuracy = r.charts[4]!.svg;
    // Bars: gold precision and recall, synthetic F1; skipped: QALB, segmentation; no results: entities, stance.
    expect(bars(accuracy)).toHaveLength(3);
    expect(accuracy).toContain('>96.0%</text>');
    expect(accuracy).toContain('>skipped: WikiNews gold not found at ../shared/dev/wikinews-dev.tsv</text>');
    expect(accuracy).toContain('>skipped: QALB run-on file not found at ../shared/dev/qalb-runon-dev.tsv</text>');
    expect(accuracy.match(/>no results<\/text>/g)).toHaveLength(2);
    expect(accuracy.match(/<rect class="target"/g)).toHaveLength(1);
  });

  it('renders without any results', () => {
    const none = { status: 'missing', reason: 'not found' } as const;
    const empty = renderReport({ manifest: null, core: none, repair: none, segment: none, gazetteer: none, stance: none, worst: none });
    expect(empty.markdown).toContain('| date | unknown |');
    expect(empty.markdown.match(/\| \*\*NO DATA\*\* \|/g)).toHaveLength(6);
    expect(empty.markdown).toContain('## Worst case\n\n_No results from `bench/worst-case.ts` (not run): not found_');
    expect(empty.charts.map((c) => c.file)).toEqual(['accuracy.svg']);
    expectWellFormedSvg(empty.charts[0]!.svg);
  });

  it('says when the run was partial', () => {
    const base = results();
    const m = renderReport({ ...base, manifest: { ...base.manifest!, only: ['stance', 'repair'] } }).markdown;
    expect(m).toContain('| partial run | only stance, repair (`--only`); the other results are from earlier runs (see "Runs") |');
    expect(r.markdown).not.toContain('partial run');
  });

  it('uses the gazetteer results when present', () => {
    const gz: GazetteerJson = {
      commit: core.git.commit, srcDirty: false, machine: machineInfo, loadStart: [0.2], loadEnd: [0.2],
      corpus: [{ mode: 'text as given', gold: 100, predicted: 90, correct: 85, precision: 85 / 90, recall: 0.85 },
        { mode: 'repaired text', gold: 100, predicted: 98, correct: 96, precision: 96 / 98, recall: 0.96 }],
      ner: { skipped: 'ANERcorp not found' },
      throughput: { input: 'corpus', bytes: 5e4, medianMs: { tokenize: 1, 'find (built-in)': 10 }, mbPerSec: { tokenize: 50, 'find (built-in)': 5 }, ratio100kTo1k: 1.1 },
      load: { runs: [{ importMs: 100, defaultMs: 1, firstFindMs: 20, heapMB: 2 }, { importMs: 100, defaultMs: 2, firstFindMs: 30, heapMB: 2 }], medianHeapMB: 2 },
      targets: { nerF1: 0.7, findMBps: 5, scaling: 1.5, loadMs: 50, corpusPrecision: 0.95, corpusRecall: 0.95 },
      totalSeconds: 30,
    };
    const m = renderReport(results({ gazetteer: { status: 'ok', data: gz } })).markdown;
    expect(m).toContain('| PASS | entities (gazetteer) | corpus entity recall (repaired text) | 96.0% | ≥ 95.0% |');
    expect(m).toContain('| **SKIPPED** | entities (gazetteer) | ANERcorp F1, PERS + LOC + ORG — ANERcorp not found |');
    expect(m).toContain('| `defaultGazetteer()` + first `find()` | 26.5 ms | < 50 ms: PASS |');
    expect(m).toContain('| entities | find (built-in) | corpus | 5.00 | 10.0× | ≥ 5 MB/s: PASS |');
  });
});

describe('renderReport: worst case', () => {
  const r = renderReport(results());
  const m = r.markdown;
  const section = m.slice(m.indexOf('## Worst case'), m.indexOf('## Memory'));

  it('gives each function a time and a memory target, with its worst cell', () => {
    expect(m).toContain('| **FAIL** | worst case | tokenize: time ≤ 3× ordinary text, every input | 3.50× («««…»»» 100,000 deep) | ≤ 3× |');
    expect(m).toContain('| **FAIL** | worst case | tokenize: peak memory ≤ 10× the input, every input — ordinary text: up to 10.6× | 44.7× («««…»»» 100,000 deep) | ≤ 10× |');
    expect(m).toContain('| **FAIL** | worst case | analyze: time ≤ 3× ordinary text, every input | timeout (1,000,000 diacritics) | ≤ 3× |');
    expect(m).toContain('| **FAIL** | worst case | analyze: peak memory ≤ 10× the input, every input — ordinary text: up to 70.0×; 1 not measured | 12.0× (1,000,000 diacritics) | ≤ 10× |');
  });

  it('writes the sizes, the time and memory matrices, the scaling and every cell', () => {
    expect(section).toContain('Sizes: `tokenize`: the inputs at full size; `analyze`: each input cut to 0.50 MB at most');
    expect(section).toContain('| input | what | full size: code units (UTF-8) | ≤ 0.50 MB: code units (UTF-8) |');
    expect(section).toContain('| 1,000,000 diacritics | harakat &lt;cycling&gt; | 1,000,000 (2.00 MB) | 250,000 (0.50 MB) |');
    expect(section).toContain('| «««…»»» 100,000 deep | 100,000 « then a word then 100,000 » | 200,005 (0.40 MB) | – |');
    // Time matrix, then memory matrix: worst-case input (ordinary text).
    expect(section).toContain('| input | tokenize | analyze |\n| --- | ---: | ---: |\n| 1,000,000 diacritics | 0.50× | **timeout** |\n| «««…»»» 100,000 deep | **3.50× FAIL** | **error** |');
    expect(section).toContain('| 1,000,000 diacritics | 1.50× (7.80×) | **12.0× FAIL** (70.0×) |\n| «««…»»» 100,000 deep | **44.7× FAIL** (10.6×) | – |');
    expect(section).toContain('| «««…»»» 100,000 deep | tokenize | 50,005 → 200,005 | 5.00 ms → 20 ms | 1.00 |');
    expect(section).toContain('| 1,000,000 diacritics | tokenize | 1,000,000 | 5.00 ms | 10.00 ms | 0.50× | 7 | 3.00 MB | 1.50× | 1.50× | 7.80× | PASS / PASS |');
    expect(section).toContain('| 1,000,000 diacritics | analyze | 250,000 | – | – | – | – | 6.00 MB | 12.0× | 12.0× | 70.0× | **timeout**: a call outlasted 60 s (round 1/3, worst-case input) |');
    expect(section).toContain('| «««…»»» 100,000 deep | analyze | – | – | – | – | – | – | – | – | – | **error**: exit code 1: RangeError: too &lt;long&gt; \\| x |');
    expect(section).not.toContain('Partial run');
  });

  it('charts the time ratios with the target line', () => {
    const svg = r.charts.find((c) => c.file === 'worst-case.svg')!.svg;
    expectWellFormedSvg(svg);
    expect(m).toContain('](charts/worst-case.svg)');
    expect(bars(svg)).toHaveLength(2);
    expect(svg).toContain('>0.50×</text>');
    expect(svg).toContain('>3.50× FAIL</text>');
    expect(svg).toContain('>timeout (a call over 60 s)</text>');
    expect(svg).toContain('>error: exit code 1: RangeError: too &lt;long&gt; | x</text>');
    expect(svg.match(/<line class="ref"/g)).toHaveLength(2);
    expect(svg).toContain('>target 3×</text>');
    expect(svg).toContain('>1,000,000 diacritics</text>');
  });

  it('lists the benchmark in the runs and says when the run was partial', () => {
    expect(m).toMatch(/\| worst case \| `bench\/worst-case\.ts` \| ok \| – \| 1 min 16 s \| 0\.20 → 0\.30 \| 0123456789ab \|/);
    const partial = renderReport(results({ worst: { status: 'ok', data: { ...worst, only: { fns: ['tokenize', 'analyze'] } } } })).markdown;
    expect(partial).toContain('_Partial run (functions tokenize, analyze)._');
    const failed = renderReport(results({ worst: { status: 'failed', reason: 'exit code 1' } }));
    expect(failed.markdown).toContain('## Worst case\n\n_No results from `bench/worst-case.ts` (failed): `bench/worst-case.ts` failed: exit code 1_');
    expect(failed.markdown).toContain('| **ERROR** | worst case | all targets — exit code 1 |');
    expect(failed.charts.map((c) => c.file)).not.toContain('worst-case.svg');
  });
});
