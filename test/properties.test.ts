import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, PIECES } from './helpers/arbitraries.js';
import {
  TOKEN_KINDS,
  normalize,
  normalizeWithOffsets,
  paragraphs,
  sentences,
  tokenSpans,
  tokenize,
  type NormalizeOptions,
  type PresetName,
  type Span,
} from '../src/index.js';

const params = { numRuns: NUM_RUNS };

// ---------------------------------------------------------------------------
// Generators


/** Arabic-heavy strings mixing letters, marks, digits, punctuation, spaces, controls and emoji. */
const arabicText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
/** Any UTF-16 string, lone surrogates included. */
const binaryText = fc.string({ unit: 'binary', maxLength: 80 });

const TEXTS: [string, fc.Arbitrary<string>][] = [
  ['binary strings', binaryText],
  ['Arabic-heavy strings', arabicText],
];

const PRESET_NAMES: PresetName[] = ['search', 'display', 'camel', 'none'];

/** Random option objects: any subset of the options, any values, over any preset. */
const optionsArb: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    preset: fc.constantFrom<PresetName>(...PRESET_NAMES),
    diacritics: fc.constantFrom<NormalizeOptions['diacritics']>(true, false, 'harakat'),
    tatweel: fc.boolean(),
    alef: fc.boolean(),
    alefMaqsura: fc.boolean(),
    tehMarbuta: fc.boolean(),
    hamza: fc.boolean(),
    lookalikes: fc.boolean(),
    presentationForms: fc.boolean(),
    digits: fc.constantFrom<NormalizeOptions['digits']>('western', 'arabic-indic', 'keep'),
    punctuation: fc.constantFrom<NormalizeOptions['punctuation']>('ascii', 'arabic', 'keep'),
    quotes: fc.constantFrom<NormalizeOptions['quotes']>('ascii', 'guillemets', 'keep'),
    whitespace: fc.boolean(),
  },
  { requiredKeys: [] },
);

// ---------------------------------------------------------------------------
// Helpers

const CONTROL_RE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const CONTROL_BUT_ZWJ_RE = /[\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
/** What a gap between tokens must never hold: a letter, digit, punctuation mark or symbol. */
const CONTENT_RE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** White space and control characters, which spans are trimmed of. */
const BLANK_RE = /[\p{White_Space}\p{Cc}\p{Cf}]/u;

function checkSpans(input: string, spans: Span[]): void {
  let prevEnd = 0;
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.text).toBe(input.slice(s.start, s.end));
    prevEnd = s.end;
  }
}

/** First and last code point of a non-empty string (a lone surrogate counts as one). */
const firstChar = (s: string) => Array.from(s)[0]!;
const lastChar = (s: string) => Array.from(s).at(-1)!;

// ---------------------------------------------------------------------------
// Tokenizer

describe.each(TEXTS)('tokenize on %s', (_name, text) => {
  it('never throws and returns tokens that are slices of the input, ordered and disjoint', () => {
    fc.assert(
      fc.property(text, (input) => {
        const tokens = tokenize(input);
        let prevEnd = 0;
        for (const t of tokens) {
          expect(TOKEN_KINDS).toContain(t.kind);
          expect(t.start).toBeGreaterThanOrEqual(prevEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(input.length);
          expect(t.text).toBe(input.slice(t.start, t.end));
          expect(t.toJSON()).toEqual({ text: t.text, start: t.start, end: t.end, kind: t.kind });
          prevEnd = t.end;
        }
      }),
      params,
    );
  });

  it('leaves only white space and control characters between tokens; tokens and gaps rebuild the input', () => {
    fc.assert(
      fc.property(text, (input) => {
        let rebuilt = '';
        let pos = 0;
        for (const t of tokenize(input)) {
          const gap = input.slice(pos, t.start);
          expect(CONTENT_RE.test(gap), `gap ${JSON.stringify(gap)}`).toBe(false);
          rebuilt += gap + t.text;
          pos = t.end;
        }
        const tail = input.slice(pos);
        expect(CONTENT_RE.test(tail), `gap ${JSON.stringify(tail)}`).toBe(false);
        expect(rebuilt + tail).toBe(input);
      }),
      params,
    );
  });

  it('keeps zero-width and bidirectional controls out of tokens (ZWJ only inside emoji)', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const t of tokenize(input)) {
          const re = t.kind === 'emoji' ? CONTROL_BUT_ZWJ_RE : CONTROL_RE;
          expect(re.test(t.text), `${t.kind} token ${JSON.stringify(t.text)}`).toBe(false);
        }
      }),
      params,
    );
  });

  it('agrees with tokenSpans, with and without options', () => {
    const switches = fc.record(
      { urls: fc.boolean(), emails: fc.boolean(), hashtags: fc.boolean(), mentions: fc.boolean() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(text, switches, (input, options) => {
        const tokens = tokenize(input, options);
        const s = tokenSpans(input, options);
        expect(s.count).toBe(tokens.length);
        expect(Array.from(s.starts)).toEqual(tokens.map((t) => t.start));
        expect(Array.from(s.ends)).toEqual(tokens.map((t) => t.end));
        expect(Array.from(s.kinds, (k) => TOKEN_KINDS[k])).toEqual(tokens.map((t) => t.kind));
      }),
      params,
    );
  });
});

// ---------------------------------------------------------------------------
// Sentences and paragraphs

describe.each(TEXTS)('sentences and paragraphs on %s', (_name, text) => {
  it('sentences are in range, ordered, disjoint, non-empty slices of the input', () => {
    fc.assert(
      fc.property(text, (input) => checkSpans(input, sentences(input))),
      params,
    );
  });

  it('paragraphs are in range, ordered, disjoint, non-empty slices of the input', () => {
    fc.assert(
      fc.property(text, (input) => checkSpans(input, paragraphs(input))),
      params,
    );
  });

  it('sentences start and end at token boundaries, cover every token, and lie inside paragraphs', () => {
    fc.assert(
      fc.property(text, (input) => {
        const tokens = tokenize(input);
        const starts = new Set(tokens.map((t) => t.start));
        const ends = new Set(tokens.map((t) => t.end));
        const sents = sentences(input);
        const paras = paragraphs(input);
        for (const s of sents) {
          expect(starts.has(s.start)).toBe(true);
          expect(ends.has(s.end)).toBe(true);
          expect(paras.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
        }
        for (const t of tokens) {
          expect(sents.filter((s) => s.start <= t.start && t.end <= s.end)).toHaveLength(1);
        }
      }),
      params,
    );
  });

  it('paragraphs are trimmed of white space and control characters', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const p of paragraphs(input)) {
          expect(BLANK_RE.test(firstChar(p.text)), JSON.stringify(p.text)).toBe(false);
          expect(BLANK_RE.test(lastChar(p.text)), JSON.stringify(p.text)).toBe(false);
        }
      }),
      params,
    );
  });
});

// ---------------------------------------------------------------------------
// Normalizer

/** CAMeL Tools: normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar, dediac_ar. */
function camelReference(s: string): string {
  return s
    .replace(/[\u0625\u0623\u0671\u0622]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/[\u064b-\u0652\u0670]/g, '');
}

describe.each(TEXTS)('normalize on %s', (_name, text) => {
  it.each(PRESET_NAMES)('is idempotent for preset %s', (preset) => {
    fc.assert(
      fc.property(text, (input) => {
        const once = normalize(input, preset);
        expect(normalize(once, preset)).toBe(once);
      }),
      params,
    );
  });

  it('is idempotent for random options', () => {
    fc.assert(
      fc.property(text, optionsArb, (input, options) => {
        const once = normalize(input, options);
        expect(normalize(once, options)).toBe(once);
      }),
      params,
    );
  });

  it('agrees with normalizeWithOffsets(x).text', () => {
    fc.assert(
      fc.property(text, fc.oneof(optionsArb, fc.constantFrom<NormalizeOptions | PresetName | undefined>(...PRESET_NAMES, undefined)), (input, options) => {
        const n = normalizeWithOffsets(input, options);
        expect(n.text).toBe(normalize(input, options));
        expect(n.source).toBe(input);
      }),
      params,
    );
  });

  it('preset none changes nothing', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(normalize(input, 'none')).toBe(input);
      }),
      params,
    );
  });

  it('preset camel equals the CAMeL Tools reference', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(normalize(input, 'camel')).toBe(camelReference(input));
      }),
      params,
    );
  });

  it('toSource is monotone, in range, and ends at source.length', () => {
    fc.assert(
      fc.property(text, optionsArb, (input, options) => {
        const n = normalizeWithOffsets(input, options);
        let prev = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const s = n.toSource(i);
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(prev);
          expect(s).toBeLessThanOrEqual(input.length);
          prev = s;
        }
        expect(n.toSource(0)).toBeGreaterThanOrEqual(0);
        expect(n.toSource(n.text.length)).toBe(input.length);
      }),
      params,
    );
  });

  it('toSourceSpan gives start <= end within the source', () => {
    fc.assert(
      fc.property(text, optionsArb, fc.nat(), fc.nat(), (input, options, x, y) => {
        const n = normalizeWithOffsets(input, options);
        const len = n.text.length;
        const a = x % (len + 1);
        const b = y % (len + 1);
        const [i, j] = a <= b ? [a, b] : [b, a];
        const span = n.toSourceSpan(i, j);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.end).toBeLessThanOrEqual(input.length);
        expect(span.start).toBe(n.toSource(i));
        // The span holds the source of its last character.
        if (i < j) expect(span.end).toBeGreaterThan(n.toSource(j - 1));
      }),
      params,
    );
  });

  it('toSource(i) === i for same-length folds over preset none', () => {
    const sameLength = fc.record(
      {
        alef: fc.boolean(),
        alefMaqsura: fc.boolean(),
        tehMarbuta: fc.boolean(),
        hamza: fc.boolean(),
        lookalikes: fc.boolean(),
        punctuation: fc.constantFrom<'ascii' | 'keep'>('ascii', 'keep'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(text, sameLength, (input, folds) => {
        const n = normalizeWithOffsets(input, { preset: 'none', ...folds });
        expect(n.text.length).toBe(input.length);
        for (let i = 0; i <= n.text.length; i++) expect(n.toSource(i)).toBe(i);
      }),
      params,
    );
  });
});
