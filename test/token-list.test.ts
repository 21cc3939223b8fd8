/**
 * TokenList and SegmentationList: tokenize's and segmentTokens' compact results read like
 * read-only arrays, agree with tokenSpans, and survive a worker boundary.
 */
import fc from 'fast-check';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TOKEN_KINDS, segmentTokens, tokenSpans, tokenize } from '../src/index.js';
import { packAnalyzed, unpackAnalyzed } from '../src/node/packed.js';
import { analyze } from '../src/index.js';
import { NUM_RUNS, binaryText, hostileText } from './helpers/arbitraries.js';

const TEXT = 'أعلن التحالف الدولي، أمس، مقتل ٣ قياديين في غارة قرب الرقة.';
const WORDS = ['أعلن', 'التحالف', 'الدولي', '،', 'أمس', '،', 'مقتل', '٣', 'قياديين', 'في', 'غارة', 'قرب', 'الرقة', '.'];

describe('TokenList', () => {
  const list = tokenize(TEXT);

  it('has a length and gives tokens with at(), counting from the end for negative indices', () => {
    expect(list.length).toBe(WORDS.length);
    expect(list.at(0)!.toJSON()).toEqual({ text: 'أعلن', start: 0, end: 4, kind: 'word' });
    expect(list.at(7)!.toJSON()).toEqual({ text: '٣', start: 31, end: 32, kind: 'number' });
    expect(list.at(-1)!.toJSON()).toEqual({ text: '.', start: TEXT.length - 1, end: TEXT.length, kind: 'punct' });
    expect(list.at(-WORDS.length)!.text).toBe('أعلن');
    // As Array.prototype.at: out of range is undefined, a fraction is truncated, NaN is 0.
    expect(list.at(WORDS.length)).toBeUndefined();
    expect(list.at(-WORDS.length - 1)).toBeUndefined();
    expect(list.at(1.9)!.text).toBe('التحالف');
    expect(list.at(Number.NaN)!.text).toBe('أعلن');
    expect(list.at(Infinity)).toBeUndefined();
  });

  it('reads one field without making a token, and refuses an index out of range', () => {
    expect([list.startOf(1), list.endOf(1), list.kindOf(1), list.textOf(1)]).toEqual([5, 12, 'word', 'التحالف']);
    expect(list.kindOf(3)).toBe('punct');
    expect(() => list.startOf(WORDS.length)).toThrow(new RangeError(`TokenList.startOf: argument "index" must be an integer from 0 to ${WORDS.length - 1}, got ${WORDS.length}`));
    expect(() => list.textOf(-1)).toThrow(RangeError);
    expect(() => list.kindOf(0.5)).toThrow(RangeError);
    expect(() => list.endOf(Number.NaN)).toThrow(/"index"/);
    expect(list.source).toBe(TEXT);
  });

  it('iterates, spreads and destructures', () => {
    expect([...list].map((t) => t.text)).toEqual(WORDS);
    const [first, second, ...rest] = list;
    expect([first!.text, second!.text, rest.length]).toEqual(['أعلن', 'التحالف', WORDS.length - 2]);
    const seen: string[] = [];
    for (const t of list) seen.push(t.kind);
    expect(seen.filter((k) => k === 'punct')).toHaveLength(3);
  });

  it('has the array methods, with the index as second argument', () => {
    expect(list.map((t, i) => `${i}:${t.text}`).slice(0, 2)).toEqual(['0:أعلن', '1:التحالف']);
    expect(list.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['٣']);
    expect(list.some((t) => t.text === 'الرقة')).toBe(true);
    expect(list.some((t) => t.text === 'دمشق')).toBe(false);
    expect(list.every((t) => t.end > t.start)).toBe(true);
    expect(list.every((t) => t.kind === 'word')).toBe(false);
    expect(list.find((t) => t.kind === 'punct')!.start).toBe(19);
    expect(list.find((t) => t.kind === 'url')).toBeUndefined();
    expect(list.findIndex((t) => t.text === 'غارة')).toBe(10);
    expect(list.findIndex((t) => t.text === 'دمشق')).toBe(-1);
    expect(list.reduce((n, t) => n + t.text.length, 0)).toBe(WORDS.join('').length);
    const indices: number[] = [];
    list.forEach((_t, i) => indices.push(i));
    expect(indices).toEqual(WORDS.map((_w, i) => i));
  });

  it('slices as Array.prototype.slice does', () => {
    const words = (a?: number, b?: number): string[] => list.slice(a, b).map((t) => t.text);
    for (const [a, b] of [[undefined, undefined], [2, 5], [-3, undefined], [-3, -1], [5, 2], [0, 100], [-100, 2], [1.7, 3.2]] as const) {
      expect(words(a, b)).toEqual(WORDS.slice(a, b));
    }
  });

  it('refuses a callback that is not a function, naming the method', () => {
    expect(() => list.map(null as never)).toThrow(new TypeError('TokenList.map: argument "fn" must be a function, got null'));
    expect(() => list.filter('x' as never)).toThrow(/TokenList\.filter: argument "fn"/);
    expect(() => list.some(undefined as never)).toThrow(/TokenList\.some/);
    expect(() => list.every(1 as never)).toThrow(/TokenList\.every/);
    expect(() => list.find({} as never)).toThrow(/TokenList\.find/);
    expect(() => list.findIndex([] as never)).toThrow(/TokenList\.findIndex/);
    expect(() => list.forEach(null as never)).toThrow(/TokenList\.forEach/);
    expect(() => list.reduce(null as never, 0)).toThrow(/TokenList\.reduce/);
  });

  it('serialises as an array of plain tokens, and shows them in console.log', () => {
    const plain = WORDS.map((w) => expect.objectContaining({ text: w }));
    expect(JSON.parse(JSON.stringify(list))).toEqual(plain);
    expect(list.toJSON()).toEqual(plain);
    expect(Object.getPrototypeOf(list.toJSON()[0])).toBe(Object.prototype);
    expect(Array.isArray(list.toArray())).toBe(true);
    expect(inspect(tokenize('في الرقة'))).toBe(inspect([{ text: 'في', start: 0, end: 2, kind: 'word' }, { text: 'الرقة', start: 3, end: 8, kind: 'word' }]));
  });

  it('is immutable: an assignment to an index or its length changes nothing that it reads', () => {
    const l = tokenize('غارة جوية');
    expect(() => {
      (l as unknown as { length: number }).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (l as unknown as Record<number, unknown>)[0] = { text: 'x' };
    }).toThrow(TypeError);
    expect(l.length).toBe(2);
    expect(l.at(0)!.text).toBe('غارة');
    expect(l.toArray().map((t) => t.text)).toEqual(['غارة', 'جوية']);
  });

  it('agrees with tokenSpans on any string, and across the 16,384-unit scan chunks', () => {
    const agree = (s: string): void => {
      const list2 = tokenize(s);
      const spans = tokenSpans(s);
      expect(list2.length).toBe(spans.count);
      for (let i = 0; i < spans.count; i++) {
        expect([list2.startOf(i), list2.endOf(i), list2.kindOf(i)]).toEqual([spans.starts[i], spans.ends[i], TOKEN_KINDS[spans.kinds[i]!]]);
        expect(list2.textOf(i)).toBe(s.slice(spans.starts[i], spans.ends[i]));
      }
    };
    fc.assert(fc.property(fc.oneof(hostileText, binaryText), agree), { numRuns: NUM_RUNS });
    // Several chunks of different token densities: the result grows past its first estimate.
    const dense = 'ب«'.repeat(20_000);
    const sparse = 'الولاياتالمتحدة'.repeat(3_000);
    for (const s of [sparse + dense, dense + ' ' + sparse + dense, TEXT.repeat(2_000)]) agree(s);
    const big = tokenize(sparse + dense);
    // The first ب of the dense part ends the sparse word.
    expect(big.length).toBe(40_000);
    expect(big.at(-1)!.toJSON()).toEqual({ text: '«', start: sparse.length + 39_999, end: sparse.length + 40_000, kind: 'punct' });
  });

  it('gives arrays of the caller own from tokenSpans, which tokenize never sees', () => {
    const a = tokenSpans('قصف جوي');
    a.starts[0] = 99;
    expect(tokenSpans('قصف جوي').starts[0]).toBe(0);
    expect(tokenize('قصف جوي').startOf(0)).toBe(0);
    const empty = tokenSpans('');
    expect(empty.count).toBe(0);
    expect(empty.starts).not.toBe(tokenSpans('').starts);
  });
});

describe('SegmentationList', () => {
  const text = 'وبالتحالف وللتحالف ضد التنظيم';
  const list = segmentTokens(tokenize(text));

  it('gives one placed segmentation per word token, as an array of tokens gives', () => {
    expect(list.length).toBe(4);
    expect(list.map((w) => w.word)).toEqual(['وبالتحالف', 'وللتحالف', 'ضد', 'التنظيم']);
    expect(list.at(-1)!.stem).toEqual({ text: 'تنظيم', start: 24, end: 29, role: 'stem' });
    expect(JSON.stringify(list)).toBe(JSON.stringify(segmentTokens(tokenize(text).toArray())));
    expect(JSON.parse(JSON.stringify(list))).toEqual(list.toJSON());
    expect(() => list.map(0 as never)).toThrow(/SegmentationList\.map: argument "fn"/);
  });
});

describe('analyze across a worker boundary', () => {
  it('packs its token list as plain data and rebuilds the same list', () => {
    const a = analyze('أكد الإتحاد الأوروبي دعمه للولاياتالمتحدة.', { stance: false });
    const packed = packAnalyzed(a);
    const cloned = unpackAnalyzed(structuredClone(packed));
    expect(JSON.stringify(cloned)).toBe(JSON.stringify(a));
    expect(cloned.tokens!.textOf(4)).toBe('للولايات');
    expect([cloned.tokens!.startOf(5), cloned.tokens!.endOf(5)]).toEqual([34, 41]);
    expect(unpackAnalyzed(structuredClone(packAnalyzed(analyze('نص', { tokens: false })))).tokens).toBeNull();
  });
});

describe('tokenize: e-mail addresses and URLs far into a long text', () => {
  it('finds an address whose @ lies chunks away from the text start, and none without an @', () => {
    const filler = 'ورد في البيان a b c 12 '.repeat(2_000); // over 40,000 code units: several scan chunks
    const text = `${filler}راسلوا press.office@example.org أو زوروا www.example.org/ar`;
    const list = tokenize(text);
    const tail = list.slice(-5).map((t) => [t.kind, t.text]);
    expect(tail).toEqual([['word', 'راسلوا'], ['email', 'press.office@example.org'], ['word', 'أو'], ['word', 'زوروا'], ['url', 'www.example.org/ar']]);
    expect(list.filter((t) => t.kind === 'email')).toHaveLength(1);
    // The same letters with the @ removed: no address, and the same tokens as before it.
    const noAt = tokenize(text.replace('@', ' '));
    expect(noAt.some((t) => t.kind === 'email')).toBe(false);
    // An @ early on, then none: the addresses are looked for again after it.
    const early = tokenize(`a@b ${filler} x@example.com`);
    expect(early.at(-1)!.toJSON()).toEqual({ text: 'x@example.com', start: filler.length + 5, end: filler.length + 18, kind: 'email' });
    expect(early.at(0)!.kind).toBe('latin');
  });
});

describe('segmentTokens on a list from another copy of the library', () => {
  it('reads a TokenList look-alike (ESM and CommonJS builds in one process) through toArray()', () => {
    const text = 'وبالتحالف ضد التنظيم';
    const tokens = tokenize(text);
    const foreign = { length: tokens.length, toArray: () => tokens.toArray() };
    expect(JSON.stringify(segmentTokens(foreign as never))).toBe(JSON.stringify(segmentTokens(tokens)));
    expect(() => segmentTokens({ length: 1 } as never)).toThrow(TypeError);
  });
});
