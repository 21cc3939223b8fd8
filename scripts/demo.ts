/**
 * `npm run demo`: runs akhbar over its built-in sample and, when present, over the shared news
 * corpus (../shared/corpus, or $AKHBAR_SHARED/corpus), printing paragraphs, sentences, tokens, clitic
 * segments, normalized text and repairs; then `akhbar analyze` (the command line, in this process)
 * on the sample and the corpus: repairs, entities and stance.
 */
import { normalize, normalizeWithOffsets, paragraphs, repair, segmentTokens, sentences, tokenize, TOKEN_KINDS, type Segmentation } from '../src/index.js';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { CORPUS_DIR, corpusFiles, corpusMissing, readCorpus } from './shared-data.js';
import { REPAIR_SAMPLE, SAMPLE_TEXT } from './sample.js';

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);
const show = (s: string) => JSON.stringify(s).slice(1, -1);

function report(name: string, text: string, full: boolean): void {
  const tokens = tokenize(text);
  const sents = sentences(text);
  const paras = paragraphs(text);
  const byKind = new Map<string, number>(TOKEN_KINDS.map((k) => [k, 0]));
  for (const t of tokens) byKind.set(t.kind, byKind.get(t.kind)! + 1);
  console.log(bold(`\n══ ${name}`));
  console.log(`${text.length} characters · ${paras.length} paragraphs · ${sents.length} sentences · ${tokens.length} tokens`);
  console.log(dim('tokens by kind: ' + [...byKind].filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')));

  console.log(bold('\nSentences') + dim('  [start–end] text'));
  const shownSents = full ? sents : sents.slice(0, 4);
  for (const s of shownSents) console.log(`  [${s.start}–${s.end}] ${show(s.text)}`);
  if (shownSents.length < sents.length) console.log(dim(`  … ${sents.length - shownSents.length} more`));

  console.log(bold('\nTokens') + dim('  kind  [start–end]  text'));
  const shownTokens = full ? tokens.filter((t) => t.kind !== 'word').concat(tokens.filter((t) => t.kind === 'word').slice(0, 12)) : tokens.slice(0, 15);
  shownTokens.sort((a, b) => a.start - b.start);
  for (const t of shownTokens) console.log(`  ${t.kind.padEnd(8)} [${t.start}–${t.end}]  ${show(t.text)}`);
  if (shownTokens.length < tokens.length) console.log(dim(`  … ${tokens.length - shownTokens.length} more (${full ? 'the other words' : 'see the sample for every kind'})`));

  console.log(bold('\nClitic segments') + dim("  (the first sentence; light scheme, then farasa where it cuts more)"));
  const firstSentence = sents[0];
  if (firstSentence) {
    const inSentence = tokens.filter((t) => t.start >= firstSentence.start && t.end <= firstSentence.end);
    const written = (s: Segmentation) => [...s.prefixes, s.stem, ...s.suffixes].map((g) => text.slice(g.start, g.end)).join('+');
    const light = segmentTokens(inSentence).map(written);
    const farasa = segmentTokens(inSentence, { scheme: 'farasa' }).map(written);
    console.log(`  light:  ${light.join(' ')}`);
    console.log(`  farasa: ${farasa.join(' ')}`);
  }

  console.log(bold('\nNormalized') + dim("  (preset 'search': the first sentence, then where one of its words came from)"));
  const first = sents[0];
  if (first) {
    const n = normalizeWithOffsets(first.text, 'search');
    console.log(`  before: ${first.text.replace(/\n/g, ' ⏎ ')}`);
    console.log(`  after:  ${n.text.replace(/\n/g, ' ⏎ ')}`);
    const word = tokenize(n.text).find((t) => t.kind === 'word' && t.text.length > 4);
    if (word) {
      const span = n.toSourceSpan(word.start, word.end);
      console.log(`  "${word.text}" at [${word.start}–${word.end}] came from "${first.text.slice(span.start, span.end)}" at [${first.start + span.start}–${first.start + span.end}] of the input`);
    }
    console.log(`  display: ${normalize(first.text, 'display').replace(/\n/g, ' ⏎ ')}`);
  }
}

report('Built-in sample (scripts/sample.ts)', SAMPLE_TEXT, true);

/** Shows what repair() changes in a text, edit by edit. */
function reportRepairs(name: string, text: string, limit: number): void {
  const r = repair(text);
  const byKind = new Map<string, number>();
  for (const e of r.edits) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  console.log(bold(`\n══ Repairs: ${name}`));
  console.log(`${r.edits.length} edits` + (r.edits.length ? dim(' (' + [...byKind].map(([k, n]) => `${k} ${n}`).join(', ') + ')') : ''));
  for (const e of r.edits.slice(0, limit)) {
    const ctx = show(text.slice(Math.max(0, e.start - 12), e.start)) + '[' + show(e.before) + '→' + show(e.after) + ']' + show(text.slice(e.end, e.end + 12));
    console.log(`  ${e.kind.padEnd(12)} [${e.start}–${e.end}] ${ctx}  ${dim(`${e.confidence} · ${e.reason}`)}`);
  }
  if (r.edits.length > limit) console.log(dim(`  … ${r.edits.length - limit} more`));
  if (limit >= r.edits.length) console.log(`  result: ${show(r.text)}`);
}

reportRepairs('built-in sample with errors (scripts/sample.ts REPAIR_SAMPLE)', REPAIR_SAMPLE, 50);

const missing = corpusMissing();
if (missing) {
  console.log(`\n(The shared corpus is not here: ${missing}. Only the sample was shown.)`);
} else {
  for (const { name, text } of readCorpus()) report(`Corpus: ${name}`, text, false);
  for (const { name, text } of readCorpus()) reportRepairs(`corpus ${name}`, text, 8);
}

// The command line on the sample (as standard input) and the corpus files.
console.log(bold('\n══ akhbar analyze --format pretty') + dim(' (the command line: repairs, entities, stance)'));
const files = missing ? [] : corpusFiles().map((f) => join(CORPUS_DIR, f));
const code = await main(['analyze', '--format', 'pretty', '--quiet', '-', ...files], {
  stdin: Readable.from([SAMPLE_TEXT]),
  stdout: process.stdout,
  stderr: process.stderr,
  tty: true,
  version: 'demo',
});
if (code !== 0) process.exitCode = code;
