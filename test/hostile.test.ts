/**
 * Hostile input, for every public function: any UTF-16 string (lone surrogates included) and
 * Arabic-heavy strings that mix letters, diacritics, tatweel, digits, punctuation, quotation marks,
 * bidirectional controls, ZWJ/ZWNJ, NUL and very long runs of one piece. Nothing throws, every
 * offset is in range and ordered, and no text is lost: tokens and the gaps between them rebuild the
 * input (the gaps hold only white space and controls), the repaired text and its edits rebuild the
 * input, and the command line gives one output line per input line.
 *
 * The per-module property tests (test/properties.test.ts, test/repair, test/segment, test/gazetteer,
 * test/stance) check each module's own invariants in more depth; this file is the one matrix of
 * "every public function × hostile input". AKHBAR_FC_RUNS raises the number of runs.
 */
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import {
  Gazetteer,
  analyze,
  applyEdits,
  defaultGazetteer,
  normalize,
  normalizeWithOffsets,
  paragraphs,
  repair,
  segment,
  segmentTokens,
  sentences,
  stance,
  tokenize,
  type Edit,
  type Span,
} from '../src/index.js';
import { NUM_RUNS, binaryText, hostileText } from './helpers/arbitraries.js';

const RUNS = Math.max(20, Math.round(NUM_RUNS / 5));
const params = { numRuns: RUNS };
const TEXTS: [string, fc.Arbitrary<string>][] = [
  ['any UTF-16 string', binaryText],
  ['hostile Arabic-heavy strings', hostileText],
];
/** What a gap between tokens must never hold: a letter, digit, punctuation mark or symbol. */
const CONTENT_RE = /[\p{L}\p{N}\p{P}\p{S}]/u;

function inOrder(input: string, spans: Iterable<{ start: number; end: number }>, { disjoint = true, nonEmpty = true } = {}): void {
  let prev = 0;
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(disjoint ? prev : 0);
    expect(nonEmpty ? s.end > s.start : s.end >= s.start).toBe(true);
    expect(s.end).toBeLessThanOrEqual(input.length);
    prev = s.end;
  }
}

/** The input again, from the repaired text and its edits (each edit undone). */
function undo(repaired: string, edits: readonly Edit[]): string {
  let out = '';
  let pos = 0; // in the repaired text
  let shift = 0; // repaired offset minus input offset
  for (const e of edits) {
    const at = e.start + shift;
    out += repaired.slice(pos, at) + e.before;
    expect(repaired.slice(at, at + e.after.length)).toBe(e.after);
    pos = at + e.after.length;
    shift += e.after.length - (e.end - e.start);
  }
  return out + repaired.slice(pos);
}

describe.each(TEXTS)('every public function on %s', (_name, text) => {
  it('tokenize: tokens are ordered slices; with the gaps (white space and controls only) they rebuild the input', () => {
    fc.assert(
      fc.property(text, (s) => {
        const tokens = tokenize(s);
        inOrder(s, tokens);
        let rebuilt = '';
        let pos = 0;
        for (const t of tokens) {
          const gap = s.slice(pos, t.start);
          expect(CONTENT_RE.test(gap), JSON.stringify(gap)).toBe(false);
          expect(t.text).toBe(s.slice(t.start, t.end));
          rebuilt += gap + t.text;
          pos = t.end;
        }
        expect(CONTENT_RE.test(s.slice(pos))).toBe(false);
        expect(rebuilt + s.slice(pos)).toBe(s);
      }),
      params,
    );
  });

  it('sentences and paragraphs: ordered, disjoint slices that cover every token', () => {
    fc.assert(
      fc.property(text, (s) => {
        const sents: Span[] = sentences(s);
        const paras: Span[] = paragraphs(s);
        inOrder(s, sents);
        inOrder(s, paras);
        for (const t of tokenize(s)) expect(sents.some((x) => x.start <= t.start && t.end <= x.end)).toBe(true);
      }),
      params,
    );
  });

  it('normalize and normalizeWithOffsets: the same text, an offset map that is monotone and in range', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('search', 'display', 'camel', 'none') as fc.Arbitrary<'search'>, (s, preset) => {
        const n = normalizeWithOffsets(s, preset);
        expect(n.text).toBe(normalize(s, preset));
        let prev = 0;
        for (let i = 0; i <= n.text.length; i += 1 + (i >> 4)) {
          const o = n.toSource(i);
          expect(o).toBeGreaterThanOrEqual(prev);
          expect(o).toBeLessThanOrEqual(s.length);
          prev = o;
        }
        expect(n.toSource(n.text.length)).toBe(s.length);
      }),
      params,
    );
  });

  it('repair: the edits make the repaired text, and undone they give the input back', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, hamza) => {
        const r = repair(s, { hamza });
        inOrder(s, r.edits.toArray(), { nonEmpty: false });
        for (const e of r.edits) expect(e.before).toBe(s.slice(e.start, e.end));
        expect(applyEdits(s, r.edits)).toBe(r.text);
        expect(undo(r.text, r.edits.toArray())).toBe(s);
        expect(r.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      }),
      params,
    );
  });

  it('segment and segmentTokens: segments in range, spelling the word', () => {
    fc.assert(
      fc.property(text, (s) => {
        const tokens = tokenize(s);
        const all = segmentTokens(tokens);
        for (const g of all) {
          expect(g.start).toBeGreaterThanOrEqual(0);
          expect(g.end).toBeLessThanOrEqual(s.length);
          const parts = [...g.prefixes, g.stem, ...g.suffixes];
          inOrder(s, parts, { disjoint: true, nonEmpty: false });
        }
        for (const t of tokens.slice(0, 20)) expect(() => segment(t.text)).not.toThrow();
      }),
      params,
    );
  });

  it('Gazetteer.find (built-in, every option on): ordered, disjoint mentions whose surface is their span', () => {
    const g = defaultGazetteer();
    fc.assert(
      fc.property(text, (s) => {
        const mentions = g.find(s, { fuzzy: true, titles: true, coreference: true, givenNames: true });
        inOrder(s, mentions);
        for (const m of mentions) expect(m.surface).toBe(s.slice(m.start, m.end));
      }),
      params,
    );
  });

  it('a Gazetteer made of hostile names is refused with a TypeError or RangeError, or works', () => {
    fc.assert(
      fc.property(text, text, (name, s) => {
        let g: Gazetteer;
        try {
          g = new Gazetteer([{ id: 'x', type: 'person', names: { ar: name, en: 'X' }, aliases: [name.slice(0, 7)] }]);
        } catch (e) {
          expect(e instanceof TypeError || e instanceof RangeError, String(e)).toBe(true);
          return;
        }
        inOrder(s + name, g.find(s + name));
      }),
      params,
    );
  });

  it('stance: reports whose mentions and evidence are in range, evidence inside its sentence', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const r of stance(s)) {
          inOrder(s, r.mentions);
          for (const e of r.evidence) {
            expect(e.sentence.start).toBeLessThanOrEqual(e.start);
            expect(e.end).toBeLessThanOrEqual(e.sentence.end);
            expect(e.sentence.end).toBeLessThanOrEqual(s.length);
          }
          expect(Number.isFinite(r.score)).toBe(true);
        }
      }),
      params,
    );
  });

  it('analyze: plain JSON whose spans are in the input, with edits that rebuild it', () => {
    fc.assert(
      fc.property(text, (s) => {
        const a = analyze(s);
        expect(JSON.parse(JSON.stringify(a))).toEqual({ ...a, tokens: a.tokens!.toJSON(), repaired: { text: a.repaired!.text, edits: a.repaired!.edits.toJSON() } });
        expect(a.text).toBe(s);
        expect(applyEdits(s, a.repaired!.edits)).toBe(a.repaired!.text);
        inOrder(s, a.tokens!, { nonEmpty: false });
        inOrder(s, a.sentences!, { nonEmpty: false });
        inOrder(s, a.paragraphs!, { nonEmpty: false });
        inOrder(s, a.entities!, { nonEmpty: false });
      }),
      { numRuns: Math.max(10, RUNS >> 1) },
    );
  });
});

describe('the command line on hostile JSON Lines', () => {
  /** Runs `akhbar <command> --jsonl --format jsonl` on `input`; its output lines. */
  async function cli(command: string, input: string): Promise<{ code: number; lines: string[] }> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (c: Buffer) => chunks.push(c));
    stderr.resume();
    const code = await main([command, '--jsonl', '--format', 'jsonl', '-q'], { stdin: Readable.from([Buffer.from(input)]), stdout, stderr, tty: false, version: '0' });
    const out = Buffer.concat(chunks).toString('utf8');
    return { code, lines: out === '' ? [] : out.replace(/\n$/, '').split('\n') };
  }

  it('gives exactly one JSON line per input line, in order, whatever the lines hold', async () => {
    // A line is a document, a line of garbage or a JSON value that is not a document.
    const line = fc.oneof(
      hostileText.map((t) => JSON.stringify({ id: 'd', text: t })),
      binaryText.map((t) => t.replace(/[\r\n]/g, ' ')),
      fc.constantFrom('null', '[]', '{"text": 5}', '{}', '   ', '{"id": 1, "text": ""}'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('analyze', 'repair', 'tokenize', 'entities', 'stance'), async (ls, command) => {
        const { code, lines } = await cli(command, ls.join('\n') + '\n');
        expect(lines).toHaveLength(ls.length);
        for (const [i, l] of lines.entries()) {
          const record = JSON.parse(l) as { result?: unknown; error?: string; line?: number };
          expect('result' in record || typeof record.error === 'string').toBe(true);
          if (record.error !== undefined) expect(record.line).toBe(i + 1);
        }
        expect(code).toBe(lines.some((l) => 'error' in (JSON.parse(l) as object)) ? 1 : 0);
      }),
      { numRuns: Math.max(10, RUNS >> 1) },
    );
  });
});
