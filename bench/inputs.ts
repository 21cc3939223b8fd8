/**
 * Benchmark inputs, built the same way by bench/core.ts and by the memory child (bench/memory.ts).
 * Sizes are in UTF-8 bytes; 1 MB = 1,000,000 bytes throughout the benchmark.
 */
import { CORPUS_DIR, corpusFiles, corpusMissing, readCorpus } from '../scripts/shared-data.js';
import { SAMPLE_TEXT } from '../scripts/sample.js';

export const MB = 1_000_000;
/** Size of the large input. */
export const LARGE_BYTES = 10 * MB;
/** Size of each pathological input and of the ordinary text they are compared with. */
export const PATHO_BYTES = 1 * MB;

export interface BaseText {
  /** 'corpus' when the shared corpus was found, else 'sample' (scripts/sample.ts). */
  source: 'corpus' | 'sample';
  text: string;
  /** Where the corpus was looked for. */
  corpusDir: string;
  /** Corpus file names used (empty for the sample). */
  files: string[];
  /** Why the corpus could not be used (undefined when it was). */
  missing: string | undefined;
}

/** Returns a flat (non-rope) copy of `s`, so that no benchmark pays for flattening a concatenation. */
export function flat(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/** The corpus (all .txt files joined with blank lines), or the built-in sample when it is absent. */
export function baseText(): BaseText {
  const missing = corpusMissing();
  if (missing === undefined) {
    const docs = readCorpus();
    return { source: 'corpus', text: flat(docs.map((d) => d.text).join('\n\n')), corpusDir: CORPUS_DIR, files: corpusFiles(), missing };
  }
  return { source: 'sample', text: flat(SAMPLE_TEXT), corpusDir: CORPUS_DIR, files: [], missing };
}

/**
 * `unit` repeated (joined by `sep`) up to exactly `bytes` UTF-8 bytes, or up to 3 bytes less when
 * a multi-byte character straddles the limit (the cut is never inside a character).
 */
export function repeatToBytes(unit: string, bytes: number, sep = ''): string {
  const piece = Buffer.from(unit + sep, 'utf8');
  if (piece.length === 0) throw new Error('repeatToBytes: empty unit');
  const buf = Buffer.allocUnsafe(bytes + piece.length);
  let at = 0;
  while (at < bytes) at += piece.copy(buf, at);
  let end = bytes;
  while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--; // back off to a character boundary
  return buf.subarray(0, end).toString('utf8');
}

/** The large input: the base text repeated, paragraphs separated by blank lines, to 10 MB. */
export function largeText(base: string): string {
  return repeatToBytes(base, LARGE_BYTES, '\n\n');
}

/** Code points from `from` to `to` (inclusive), as a string. */
function range(from: number, to: number): string {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCharCode(c);
  return s;
}

/** Arabic letters U+0621–U+063A and U+0641–U+064A (no tatweel). */
const AR_LETTERS = range(0x0621, 0x063a) + range(0x0641, 0x064a);
/** Harakat, tanween, shadda, sukun: U+064B–U+0652. */
const DIACRITICS = range(0x064b, 0x0652);
const LATIN = range(0x61, 0x7a) + range(0x41, 0x5a);

/** Alternates Arabic and Latin letters: بaتbثc… */
function alternating(): string {
  let s = '';
  for (let i = 0; i < 52 * 36; i++) s += AR_LETTERS[i % AR_LETTERS.length]! + LATIN[i % LATIN.length]!;
  return s;
}

export interface NamedInput {
  name: string;
  text: string;
}

/** The pathological inputs, 1 MB each, and the ordinary text of the same size they are compared with. */
export function pathologicalInputs(base: string): { ordinary: NamedInput; cases: NamedInput[] } {
  return {
    ordinary: { name: 'ordinary 1MB', text: repeatToBytes(base, PATHO_BYTES, '\n\n') },
    cases: [
      { name: 'letters, no space', text: repeatToBytes(AR_LETTERS, PATHO_BYTES) },
      { name: 'diacritics only', text: repeatToBytes(DIACRITICS, PATHO_BYTES) },
      { name: 'Arabic/Latin alternating', text: repeatToBytes(alternating(), PATHO_BYTES) },
      { name: 'punctuation .,!؟', text: repeatToBytes('.,!؟', PATHO_BYTES) },
    ],
  };
}

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
