/**
 * akhbar stance benchmark: `npm run bench:stance`. See bench/README.md ("Stance benchmark").
 *
 * 1. accuracy and macro-F1 of stance() on the labelled texts written for akhbar
 *    (test/fixtures/stance/labelled.tsv), with the confusion table;
 * 2. the reports of each corpus article toward the international coalition and the United States;
 * 3. throughput of stance() on the corpus next to tokenize, in interleaved rounds.
 *
 * Prints tables and writes bench/results/stance.json (git-ignored). Nothing of the corpus text
 * goes into the JSON.
 */
import os from 'node:os';
import { stance, STANCE_LABELS } from '../src/stance/index.js';
import { defaultGazetteer } from '../src/gazetteer/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { readLabelled, scoreLabelled } from '../scripts/stance-gold.js';
import { corpusMissing, readCorpus } from '../scripts/shared-data.js';
import { SAMPLE_TEXT } from '../scripts/sample.js';
import { MB, baseText, utf8Bytes } from './inputs.js';
import { findGc } from './process.js';
import type { StanceJson } from './results-types.js';
import { busyWarning, f, gitState, heading, interleavedRounds, loadLine, machine, machineLine, median, skipped, table, writeResults } from './report.js';

const TARGET = { mbPerSec: 2 };
const ROUNDS = 9;
const TARGETS = ['global-coalition-against-isis', 'united-states'];
let sink = 0;
const gc = findGc();
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function labelled(): ReturnType<typeof scoreLabelled> {
  heading('1. Labelled texts (test/fixtures/stance/labelled.tsv, written for akhbar)');
  const texts = readLabelled();
  const s = scoreLabelled(texts);
  console.log(`${s.texts} texts: accuracy ${pct(s.accuracy)}, macro-F1 ${pct(s.macroF1)}\n`);
  console.log(table(['gold \\ found', ...STANCE_LABELS, 'F1'], STANCE_LABELS.map((g) => [g, ...STANCE_LABELS.map((p) => String(s.confusion[g][p])), pct(s.perLabel[g].f1)]), [false, true, true, true, true, true]));
  return s;
}

function corpus(): unknown {
  heading('2. The corpus articles toward the coalition and the United States');
  const missing = corpusMissing();
  if (missing) return skipped(missing);
  const rows: string[][] = [];
  const out: unknown[] = [];
  for (const { name, text } of readCorpus()) {
    for (const r of stance(text, { targets: TARGETS })) {
      const author = r.evidence.filter((e) => e.voice === 'author');
      rows.push([name.slice(0, 3), r.target, r.label, f(r.score, 2), f(r.confidence, 2), String(r.mentions.length), String(author.length), String(r.evidence.length - author.length), author.slice(0, 4).map((e) => `${e.cue}${e.polarity > 0 ? '+' : '−'}`).join(' ')]);
      out.push({ article: name, target: r.target, label: r.label, score: r.score, confidence: r.confidence, mentions: r.mentions.length, evidence: r.evidence.map((e) => ({ start: e.start, end: e.end, cue: e.cue, polarity: e.polarity, weight: e.weight, voice: e.voice })) });
    }
  }
  console.log(table(['art', 'target', 'label', 'score', 'conf', 'mentions', 'author cues', 'attributed', 'first author cues'], rows, [false, false, false, true, true, true, true, true, false]));
  return out;
}

function throughput(): { input: string; bytes: number; medianMs: Record<string, number>; mbPerSec: Record<string, number>; ratio: number } {
  heading('3. Throughput, interleaved rounds');
  const base = baseText();
  const text = base.missing ? SAMPLE_TEXT.repeat(20) : base.text;
  const bytes = utf8Bytes(text);
  defaultGazetteer().find('تمهيد');
  const tasks: [string, () => void][] = [
    ['tokenize', () => { sink += tokenize(text).length; }],
    ['find (built-in gazetteer)', () => { sink += defaultGazetteer().find(text).length; }],
    ['stance (default targets)', () => { sink += stance(text).length; }],
  ];
  const per = interleavedRounds(tasks, ROUNDS, gc);
  const medianMs = Object.fromEntries(tasks.map(([n]) => [n, median(per[n]!)]));
  const mbPerSec = Object.fromEntries(tasks.map(([n]) => [n, bytes / MB / (medianMs[n]! / 1000)]));
  const ratio = median(per['stance (default targets)']!.map((x, i) => x / per.tokenize![i]!));
  console.log(`Input: ${base.missing ? 'the sample ×20' : 'the corpus'} (${f(bytes / 1000, 0)} kB); medians over ${ROUNDS} rounds.\n`);
  console.log(table(['task', 'median ms', 'MB/s'], tasks.map(([n]) => [n, f(medianMs[n]!, 2), f(mbPerSec[n]!, 1)]), [false, true, true]));
  console.log(`\nstance ÷ tokenize (median of per-round ratios): ${f(ratio, 1)}`);
  return { input: base.missing ? 'sample ×20' : 'corpus', bytes, medianMs, mbPerSec, ratio };
}

function main(): void {
  const t0 = performance.now();
  const loadStart = os.loadavg();
  console.log(machineLine('akhbar stance benchmark'));
  console.log(loadLine(loadStart));
  const l = labelled();
  const c = corpus();
  const tp = throughput();
  const loadEnd = os.loadavg();
  heading('Targets');
  const mbps = tp.mbPerSec['stance (default targets)']!;
  console.log(table(['target', 'measured', 'goal', ''], [
    ['labelled texts: accuracy', pct(l.accuracy), 'reported', ''],
    ['labelled texts: macro-F1', pct(l.macroF1), 'reported', ''],
    ['stance throughput', `${f(mbps, 1)} MB/s`, `≥ ${TARGET.mbPerSec} MB/s`, mbps >= TARGET.mbPerSec ? 'PASS' : 'FAIL'],
  ], [false, true, true, false]));
  console.log(busyWarning(loadStart, loadEnd));
  const results = { ...gitState(), machine: machine(), loadStart, loadEnd, labelled: { ...l, errors: l.errors }, corpus: c, throughput: tp, targets: TARGET, sink, totalSeconds: (performance.now() - t0) / 1000 };
  writeResults(['stance.json'], results satisfies StanceJson);
}

main();
