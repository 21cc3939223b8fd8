/**
 * akhbar segmentation benchmark: `npm run bench:segment`. See bench/README.md ("Segmentation
 * benchmark").
 *
 * 1. accuracy of each scheme on the WikiNews gold of the Farasa segmenter
 *    (../shared/dev/wikinews-dev.tsv): exact match of each word's whole segmentation, the error
 *    classes that remain and the most frequent misses of the farasa scheme;
 * 2. throughput of segmentTokens against tokenize, a bare character scan and Intl.Segmenter, in
 *    interleaved rounds on the same strings.
 *
 * Prints tables and writes bench/results/segment.json (git-ignored). Misses taken from the gold are
 * printed to the console only: nothing of the shared data goes into the JSON.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { SEGMENT_SCHEMES, segmentTokens, tokenize, type SegmentationList, type SegmentScheme } from '../src/tokenize/index.js';
import { SHARED_DIR, anercorpText, wikinewsText } from '../scripts/shared-data.js';
import { readWikinewsGold, scoreWikinews, wikinewsMissing, WIKINEWS_PATH, type GoldScore } from '../scripts/segment-gold.js';
import { SAMPLE_TEXT } from '../scripts/sample.js';
import { MB, baseText, flat, repeatToBytes, utf8Bytes } from './inputs.js';
import { findGc } from './process.js';
import type { SegmentJson, SegmentThroughputInput } from './results-types.js';
import { busyWarning, f, gitState, heading, loadLine, machine, machineLine, median, skipped, table, timePerCall, writeResults } from './report.js';

const TARGET = {
  farasaAccuracy: 0.97, // exact match of the whole word's segmentation, farasa scheme, WikiNews dev
  segmentMBps: 10, // tokenize + segmentTokens ≥ 10 MB/s on news text
};
const ROUNDS = 9;
const LIST_MISSES = 25;

let sink = 0;
const gc = findGc();

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;

// ---------------------------------------------------------------------------------------------
// 1. Accuracy

interface SchemeAccuracy {
  words: number;
  correct: number;
  accuracy: number;
  classes: Record<string, number>;
}

interface Accuracy {
  bySchemes: Record<SegmentScheme, SchemeAccuracy>;
  /** farasa: words whose proclitics (و ف ب ل ك س ال) match the gold, whatever their suffixes. */
  procliticAccuracy: number;
  seconds: number;
}

function accuracy(): Accuracy | { skipped: string } {
  heading('1. Accuracy against the WikiNews segmentation gold of the Farasa segmenter');
  const missing = wikinewsMissing();
  if (missing) return skipped(missing);
  const words = readWikinewsGold();
  const t0 = performance.now();
  const scores = Object.fromEntries(SEGMENT_SCHEMES.map((scheme) => [scheme, scoreWikinews(words, { scheme })])) as Record<SegmentScheme, GoldScore>;
  const seconds = (performance.now() - t0) / 1000;
  const farasa = scores.farasa;
  const procliticErrors = farasa.classes.filter(([c]) => c.startsWith('proclitic')).reduce((a, [, n]) => a + n, 0);
  const procliticAccuracy = (farasa.words - procliticErrors) / farasa.words;
  console.log(`Gold: ${WIKINEWS_PATH}: ${farasa.words} Arabic words (the written word is rebuilt from the gold segments; ل+ال is written لل).`);
  console.log(`A word is correct when its segments, written with + between them, equal the gold exactly. The gold is Farasa's;`);
  console.log(`for light, segments tagged NSUFF or CASE and the subject suffixes of verbs are joined to the stem; for atb, the article too.\n`);
  console.log(table(['scheme', 'words', 'correct', 'accuracy', 'target'], [
    ...SEGMENT_SCHEMES.map((scheme) => [scheme, String(scores[scheme].words), String(scores[scheme].correct), pct(scores[scheme].accuracy), scheme === 'farasa' ? `≥ ${pct(TARGET.farasaAccuracy)}` : '']),
    ['farasa, proclitics only (و ف ب ل ك س ال)', String(farasa.words), String(farasa.words - procliticErrors), pct(procliticAccuracy), ''],
  ], [false, true, true, true, false]));
  for (const scheme of SEGMENT_SCHEMES) {
    const sc = scores[scheme];
    console.log(`\n${scheme}: errors by class (${sc.words - sc.correct}): ${sc.classes.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  }
  console.log(`\nMost frequent misses of the farasa scheme (gold → got):`);
  for (const [g, o, n] of farasa.top.slice(0, LIST_MISSES)) console.log(`  ${g}  →  ${o}${n > 1 ? `  ×${n}` : ''}`);
  const bySchemes = Object.fromEntries(SEGMENT_SCHEMES.map((scheme) => {
    const sc = scores[scheme];
    return [scheme, { words: sc.words, correct: sc.correct, accuracy: sc.accuracy, classes: Object.fromEntries(sc.classes) }];
  })) as Record<SegmentScheme, SchemeAccuracy>;
  return { bySchemes, procliticAccuracy, seconds };
}

// ---------------------------------------------------------------------------------------------
// 2. Throughput

function tasks(text: string): [string, () => number][] {
  // Fed line by line: Node 20's Segmenter slows down worse than linearly on long strings.
  const paragraphs = text.split(/\n+/);
  const segmenter = new Intl.Segmenter('ar', { granularity: 'word' });
  const count = (segs: SegmentationList): number => segs.length + (segs.at(-1)?.stem.end ?? 0);
  const withScheme = (scheme: SegmentScheme) => (): number => count(segmentTokens(tokenize(text), { scheme }));
  return [
    ['bare scan', () => { let h = 0; for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0; return h; }],
    ['Intl.Segmenter (per line)', () => { let n = 0; for (const p of paragraphs) for (const s of segmenter.segment(p)) n += s.segment.length; return n; }],
    ['tokenize', () => { const r = tokenize(text); return r.length + (r.length ? r.endOf(r.length - 1) : 0); }],
    ['tokenize + segmentTokens (light)', withScheme('light')],
    ['tokenize + segmentTokens (farasa)', withScheme('farasa')],
    // A fresh options object gives a call its own, empty cache (the shared one stays as it is).
    ['tokenize + segmentTokens (light), cold cache', () => count(segmentTokens(tokenize(text), { words: [] }))],
  ];
}

function throughputOn(name: string, text: string): SegmentThroughputInput {
  const bytes = utf8Bytes(text);
  const words = tokenize(text).filter((t) => t.kind === 'word');
  const runs = tasks(text).map(([n, fn]): [string, () => void] => [n, () => { sink += fn(); }]);
  // Warm-up and calibration: batches of about 60 ms.
  const reps = runs.map(([, run]) => { run(); const once = Math.max(timePerCall(run, 1), 0.001); return Math.max(1, Math.round(60 / once)); });
  const per: Record<string, number[]> = Object.fromEntries(runs.map(([n]) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    gc?.();
    runs.forEach(([n, run], i) => per[n]!.push(timePerCall(run, reps[i]!)));
  }
  const medianMs = Object.fromEntries(runs.map(([n]) => [n, median(per[n]!)]));
  const ratio = (base: string) => Object.fromEntries(runs.map(([n]) => [n, median(per[n]!.map((x, i) => x / per[base]![i]!))]));
  return {
    input: name, bytes, words: words.length, distinctWords: new Set(words.map((t) => t.text)).size, rounds: ROUNDS, medianMs,
    mbPerSec: Object.fromEntries(runs.map(([n]) => [n, bytes / MB / (medianMs[n]! / 1000)])),
    vsTokenize: ratio('tokenize'),
    vsBareScan: ratio('bare scan'),
  };
}

function throughput(): SegmentThroughputInput[] {
  heading('2. Throughput: segmentTokens against tokenize, a bare scan and Intl.Segmenter, interleaved rounds');
  console.log(`Each round times a ~60 ms batch of calls of every task back to back on the same string; medians over ${ROUNDS} rounds.`);
  console.log('MB/s = UTF-8 input bytes ÷ median time per call. ×tokenize and ×bare scan = median over rounds of the time ratio');
  console.log('(how many times slower than it). segment() caches the segmentation of each word it has seen (built-in lexicon):');
  console.log('"cold cache" passes { words: [] }, which gives the call a cache of its own, so every distinct word is analysed; the other');
  console.log('rows run with the cache the earlier calls filled, as in a process that segments article after article.\n');
  const inputs: SegmentThroughputInput[] = [];
  const base = baseText();
  if (base.missing) console.log(`NOTE: ${base.missing}; using the built-in sample.`);
  inputs.push(throughputOn(`${base.source} (as is)`, base.text));
  const aner = join(SHARED_DIR, 'dev', 'anercorp-train.txt');
  if (!wikinewsMissing() && existsSync(aner)) {
    inputs.push(throughputOn('news: WikiNews dev + ANERcorp train', flat(wikinewsText(WIKINEWS_PATH) + '\n\n' + anercorpText(aner))));
  } else {
    console.log(`NOTE: WikiNews dev or ANERcorp train not found under ${join(SHARED_DIR, 'dev')}; using the sample repeated to 1 MB (many repeated words: flatters segmentTokens).`);
    inputs.push(throughputOn('sample ×→ 1MB', repeatToBytes(SAMPLE_TEXT, MB, '\n\n')));
  }
  for (const r of inputs) {
    console.log(`\n--- ${r.input}: ${f(r.bytes / 1000, 0)} kB, ${r.words} word tokens, ${r.distinctWords} distinct`);
    console.log(table(['task', 'median ms', 'MB/s', '×tokenize', '×bare scan'],
      Object.keys(r.medianMs).map((n) => [n, f(r.medianMs[n]!, 3), f(r.mbPerSec[n]!, 1), f(r.vsTokenize[n]!, 2), f(r.vsBareScan[n]!, 1)]),
      [false, true, true, true, true]));
  }
  return inputs;
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const t0 = performance.now();
  const loadStart = os.loadavg();
  console.log(machineLine('akhbar segmentation benchmark'));
  console.log(loadLine(loadStart));
  const acc = accuracy();
  const tp = throughput();
  const loadEnd = os.loadavg();

  heading('Targets');
  const news = tp[tp.length - 1]!;
  const mbps = news.mbPerSec['tokenize + segmentTokens (light)']!;
  const cold = news.mbPerSec['tokenize + segmentTokens (light), cold cache']!;
  const rows: string[][] = [];
  if ('bySchemes' in acc) {
    const a = acc.bySchemes.farasa.accuracy;
    rows.push(['farasa word accuracy (WikiNews dev)', pct(a), `≥ ${pct(TARGET.farasaAccuracy)}`, a >= TARGET.farasaAccuracy ? 'PASS' : 'FAIL']);
  }
  else rows.push(['farasa word accuracy (WikiNews dev)', 'skipped', `≥ ${pct(TARGET.farasaAccuracy)}`, 'n/a']);
  rows.push([`tokenize + segmentTokens (light), ${news.input}`, `${f(mbps, 1)} MB/s`, `≥ ${TARGET.segmentMBps} MB/s`, mbps >= TARGET.segmentMBps ? 'PASS' : 'FAIL']);
  rows.push([`the same, cold cache (every distinct word analysed)`, `${f(cold, 1)} MB/s`, '(reported)', '']);
  console.log(table(['target', 'measured', 'goal', ''], rows, [false, true, true, false]));
  console.log(busyWarning(loadStart, loadEnd));
  const results = { ...gitState(), machine: machine(), loadStart, loadEnd, accuracy: acc, throughput: tp, targets: TARGET, sink, totalSeconds: (performance.now() - t0) / 1000 };
  writeResults(['segment.json'], results satisfies SegmentJson);
}

main();
