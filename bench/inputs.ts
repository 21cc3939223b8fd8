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
  // Back off to a character boundary (bytes at and after `at` were never written: nothing to check there).
  while (end > 0 && end < at && (buf[end]! & 0xc0) === 0x80) end--;
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

// ---------------------------------------------------------------------------------------------
// Worst-case inputs (bench/worst-case.ts)

/** Harakat cycled by the diacritics inputs: U+064B–U+0652. */
const HARAKAT = range(0x064b, 0x0652);

/** `n` characters of `cycle`, repeated from its start. */
function cycled(cycle: string, n: number): string {
  return flat(cycle.repeat(Math.ceil(n / cycle.length)).slice(0, n));
}

/** Up to `bytes` UTF-8 bytes of whole repetitions of `unit` (never a cut unit). */
function wholeUnits(unit: string, bytes: number): string {
  return flat(unit.repeat(Math.max(1, Math.floor(bytes / utf8Bytes(unit)))));
}

/** `levels` nested quotation marks (openers cycled, closers mirrored) around one word. */
function nested(openers: string, closers: string, levels: number): string {
  let open = '', close = '';
  for (let i = 0; i < levels; i++) {
    open += openers[i % openers.length]!;
    close = closers[i % closers.length]! + close;
  }
  return flat(`${open}الخبر${close}`);
}

/** Bidi controls and joiners placed between the letters of words. */
const BIDI_CONTROLS = '\u200d\u200c\u200f\u200e\u202b\u202c\u2067\u2069\u061c';

/** Eight-letter words, a bidi control or joiner after every letter, words separated by spaces. */
function bidiWords(): string {
  let s = '';
  for (let w = 0; w < 9 * 36; w++) {
    for (let k = 0; k < 8; k++) s += AR_LETTERS[(w * 8 + k) % AR_LETTERS.length]! + BIDI_CONTROLS[(w * 8 + k) % BIDI_CONTROLS.length]!;
    s += ' ';
  }
  return s;
}

/** The Arabic letters of `base` in their order, everything else (spaces, punctuation, digits, marks) removed. */
export function lettersOnly(base: string): string {
  return base.replace(/[^\u0621-\u063a\u0641-\u064a]+/g, '');
}

/** A seeded pseudo-random number generator (mulberry32): the same inputs on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The base text's words, their Arabic letters only, drawn at random (seeded) and written without a
 * space, to `bytes` UTF-8 bytes (2 a letter). Unlike the base text's letters repeated, no stretch
 * comes back whole, which would let a function that remembers what it worked out (repair
 * remembers the segments it searched) skip the work on every repetition.
 */
export function shuffledLetters(base: string, bytes: number): string {
  const words = base.split(/\s+/).map(lettersOnly).filter((w) => w.length > 0);
  if (words.length === 0) throw new Error('shuffledLetters: no Arabic word in the base text');
  const rand = mulberry32(20141);
  const length = Math.max(1, Math.floor(bytes / 2));
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const w = words[Math.floor(rand() * words.length)]!;
    parts.push(w);
    n += w.length;
  }
  return parts.join('').slice(0, length);
}

export interface WorstCase {
  /** Short stable key (the JSON and the command line). */
  id: string;
  /** Shown in the tables. */
  name: string;
  /** What it is, for the report. */
  description: string;
  /**
   * Builds the input from the base text: at its full size, or cut to at most `capBytes` UTF-8
   * bytes (for the slower functions; the nested quotation marks are never cut); `fraction` then
   * scales that size (to measure how the time grows with the size).
   */
  build: (base: string, capBytes?: number | null, fraction?: number) => string;
}

/** The size in UTF-8 bytes: `full`, at most `cap`, times `fraction`. */
const sized = (full: number, cap?: number | null, fraction = 1): number =>
  Math.max(1, Math.round(Math.min(full, cap ?? Infinity) * fraction));

/**
 * The worst-case inputs of bench/worst-case.ts. Full sizes: 10 MB without a space, 1,000,000
 * diacritics, 100,000 nested quotation marks, one line of 50 MB, 10 MB of alternating Arabic and
 * Latin letters, 1 MB of each extra; bench/worst-case.ts cuts them for the slower functions.
 */
export const WORST_CASES: readonly WorstCase[] = [
  {
    id: 'letters-no-space',
    name: 'Arabic letters, no space (news)',
    description: "the corpus's words in a random order (seeded), their Arabic letters only, without a space (no stretch repeats whole, as the corpus repeated would): 10 MB",
    build: (base, cap, fraction) => shuffledLetters(base, sized(10 * MB, cap, fraction)),
  },
  {
    id: 'word-no-space',
    name: 'one word repeated, no space',
    description: '"الحكومة" repeated without a space: 10 MB',
    build: (_base, cap, fraction) => wholeUnits('الحكومة', sized(10 * MB, cap, fraction)),
  },
  {
    id: 'diacritics',
    name: '1,000,000 diacritics',
    description: 'harakat U+064B–U+0652 cycling, nothing else: 1,000,000 of them (2 MB)',
    build: (_base, cap, fraction) => cycled(HARAKAT, Math.floor(sized(2 * MB, cap, fraction) / 2)),
  },
  {
    id: 'stacked-diacritics',
    name: 'letter + 5 harakat',
    description: 'an Arabic letter followed by 5 harakat, repeated (letters and harakat cycling): 1,000,000 harakat (2.4 MB)',
    build: (_base, cap, fraction) => {
      let unit = '';
      for (let g = 0; g < HARAKAT.length * AR_LETTERS.length; g++) {
        unit += AR_LETTERS[g % AR_LETTERS.length]!;
        for (let k = 0; k < 5; k++) unit += HARAKAT[(g * 5 + k) % HARAKAT.length]!;
      }
      return cycled(unit, Math.max(1, Math.floor(sized(2.4 * MB, cap, fraction) / 12)) * 6);
    },
  },
  {
    id: 'nested-guillemets',
    name: '«««…»»» 100,000 deep',
    description: '100,000 « then a word then 100,000 » (0.4 MB)',
    build: (_base, _cap, fraction = 1) => nested('«', '»', Math.max(1, Math.round(100_000 * fraction))),
  },
  {
    id: 'nested-quotes',
    name: '"“‘…’”" 100,000 deep',
    description: '100,000 opening marks cycling " “ ‘, a word, the 100,000 closing marks mirrored (0.47 MB)',
    build: (_base, _cap, fraction = 1) => nested('"“‘', '"”’', Math.max(1, Math.round(100_000 * fraction))),
  },
  {
    id: 'single-line',
    name: 'one line of 50 MB',
    description: 'the corpus with every newline replaced by a space, repeated (joined by a space): 50 MB',
    build: (base, cap, fraction) => repeatToBytes(base.replace(/\r?\n/g, ' '), sized(50 * MB, cap, fraction), ' '),
  },
  {
    id: 'arabic-latin',
    name: 'Arabic/Latin alternating',
    description: 'Arabic and Latin letters alternating (بaتb…), no space: 10 MB',
    build: (_base, cap, fraction) => repeatToBytes(alternating(), sized(10 * MB, cap, fraction)),
  },
  {
    id: 'bidi-controls',
    name: 'bidi controls/ZWJ between letters',
    description: 'eight-letter words with a bidi control or joiner after every letter (ZWJ, ZWNJ, RLM, LRM, RLE, PDF, RLI, PDI, ALM cycling), a space between words: 1 MB',
    build: (_base, cap, fraction) => repeatToBytes(bidiWords(), sized(1 * MB, cap, fraction)),
  },
  {
    id: 'one-punctuation',
    name: '"." repeated',
    description: 'one full stop repeated: 1 MB',
    build: (_base, cap, fraction) => repeatToBytes('.', sized(1 * MB, cap, fraction)),
  },
  {
    id: 'tatweel',
    name: 'tatweel repeated',
    description: 'U+0640 ARABIC TATWEEL repeated: 1 MB',
    build: (_base, cap, fraction) => repeatToBytes('\u0640', sized(1 * MB, cap, fraction)),
  },
];

/**
 * Ordinary text of exactly `codeUnits` UTF-16 code units: the base text repeated, paragraphs
 * separated by blank lines, cut there (one unit shorter if the cut would split a surrogate pair).
 */
export function ordinaryOfLength(base: string, codeUnits: number): string {
  const piece = base + '\n\n';
  let s = piece.repeat(Math.ceil(codeUnits / piece.length)).slice(0, codeUnits);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1);
  return flat(s);
}
