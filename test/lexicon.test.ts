/**
 * Lexicons: the built-in one (Ayaspell as a DAWG plus the news words), createLexicon,
 * mergeLexicons, and the DAWG reader on an automaton built by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinLexicon, createLexicon, mergeLexicons, type Lexicon } from '../src/lexicon/index.js';
import { Dawg, decodeEdges, decodeEdgesFast } from '../src/lexicon/dawg.js';
import { DAWG_ALPHABET, DAWG_ROOT, EDGE } from '../src/lexicon/dawg-format.js';
import { LEXICON_EDGES } from '../src/generated/lexicon-data.js';

const NUM_RUNS = Number(process.env.AKHBAR_FC_RUNS ?? 500);
const params = { numRuns: NUM_RUNS };

const lex = builtinLexicon();

describe('builtinLexicon', () => {
  it('is one shared instance', () => {
    expect(builtinLexicon()).toBe(lex);
  });

  it.each([
    'الحكومة', 'المفاوضات', 'والاستخباراتية', 'وبالتالي', 'باستكمال', 'المتحالفة', 'الانفصالية',
    'الاتحاد', 'انتهاء', 'استمرار', 'إنهاك', 'إجبار', 'آسيا', 'آلاف', 'إلى', 'على', 'حتى', 'مستشفى',
    'أن', 'إن', 'الإسلامية', 'الولايات', 'المتحدة',
  ])('knows %s', (word) => {
    expect(lex.has(word)).toBe(true);
  });

  it.each([
    'الولاياتالمتحدة', 'الحكومةالعراقية', 'الإتحاد', 'إنتهاء', 'إستمرار', 'الاسلامية', 'الى', 'الحكومه', 'المدرسه', 'يسعي',
  ])('does not know %s', (word) => {
    expect(lex.has(word)).toBe(false);
  });

  it('tells hamza forms, alef maqsura and ya, teh marbuta and heh apart', () => {
    expect([lex.has('الاتحاد'), lex.has('الإتحاد')]).toEqual([true, false]);
    expect([lex.has('الإسلامية'), lex.has('الاسلامية')]).toEqual([true, false]);
    expect([lex.has('إلى'), lex.has('الى')]).toEqual([true, false]);
    expect([lex.has('يسعى'), lex.has('يسعي')]).toEqual([true, false]);
    expect([lex.has('الحكومة'), lex.has('الحكومه')]).toEqual([true, false]);
  });

  it('ignores harakat, shadda, sukun and tatweel', () => {
    expect(lex.has('الْحُكُومَةُ')).toBe(true);
    expect(lex.has('كِتَابٌ')).toBe(true);
    expect(lex.has('كـتـاب')).toBe(true);
    expect(lex.has('الحكـــومة')).toBe(true);
    expect(lex.has('الاتّحاد')).toBe(true);
    // …but a mark does not make an unknown word known.
    expect(lex.has('الإتِّحاد')).toBe(false);
  });

  it('knows the news words it adds to Ayaspell, behind proclitics too', () => {
    for (const w of ['داعش', 'وداعش', 'لداعش', 'بيشمركة', 'الناتو', 'غوتيريش']) expect(lex.has(w), w).toBe(true);
  });

  it('returns false for the empty string, marks alone, non-Arabic text and words with spaces or digits', () => {
    for (const w of ['', '\u064e', '\u0640', '\u064e\u0651', 'book', 'Baghdad', '123', '١٢٣', 'كتاب ', ' كتاب', 'كتاب١', 'ﻻ', 'كتابكتاب', '\ud800', '👍']) {
      expect(lex.has(w), JSON.stringify(w)).toBe(false);
    }
  });

  it('returns false, without throwing, for a non-string', () => {
    for (const v of [undefined, null, 5, {}, ['كتاب']]) expect(lex.has(v as unknown as string)).toBe(false);
  });

  it('says where its words come from', () => {
    const { source } = lex;
    expect(source.name).toMatch(/Ayaspell/);
    expect(source.name).toMatch(/@cspell\/dict-ar/);
    expect(source.license).toBe('LGPL-3.0');
    expect(Number.isInteger(source.forms)).toBe(true);
    expect(source.forms).toBeGreaterThan(1_000_000);
  });

  it('has() never throws and returns a boolean for any string', () => {
    const arabicish = fc
      .array(fc.constantFrom(...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي', '\u064e', '\u0651', '\u0640', ' ', 'a', '1', '\ud800'), { maxLength: 20 })
      .map((a) => a.join(''));
    for (const arb of [fc.string({ unit: 'binary', maxLength: 40 }), arabicish]) {
      fc.assert(
        fc.property(arb, (s) => {
          expect(typeof lex.has(s)).toBe('boolean');
        }),
        params,
      );
    }
  });
});

describe('createLexicon', () => {
  it('accepts a word with its article behind و and ب, but not behind a second article or ل', () => {
    const lex = createLexicon(['الفلوجة']);
    expect(['الفلوجة', 'والفلوجة', 'بالفلوجة', 'وبالفلوجة'].map((w) => lex.has(w))).toEqual([true, true, true, true]);
    expect(['الالفلوجة', 'لالفلوجة', 'والالفلوجة'].map((w) => lex.has(w))).toEqual([false, false, false]);
  });

  it('finds listed words behind proclitics whatever their endings (a one-letter word only alone)', () => {
    const lex = createLexicon(['ب', 'كوباني', 'منبج']);
    expect(['ب', 'وب', 'كوباني', 'وبكوباني', 'لمنبج', 'كوبان', 'منب'].map((w) => lex.has(w))).toEqual([true, false, true, true, true, false, false]);
    expect(lex.has('وكوبانـي')).toBe(true);
  });

  it('knows its words, behind proclitics by default', () => {
    const names = createLexicon(['كوباني', 'زيلينسكي']);
    expect(names.size).toBe(2);
    for (const w of ['كوباني', 'وكوباني', 'فكوباني', 'بكوباني', 'لكوباني', 'ككوباني', 'الكوباني', 'للكوباني', 'وبالكوباني', 'زيلينسكي', 'وزيلينسكي']) {
      expect(names.has(w), w).toBe(true);
    }
    for (const w of ['كوبانى', 'كوبان', 'كوبانيون', 'سكوباني', 'ووكوباني', '', 'كوباني ']) expect(names.has(w), w).toBe(false);
  });

  it('with clitics: false, knows its words only as listed', () => {
    const names = createLexicon(['داعش', 'الموصل'], { clitics: false });
    expect(names.has('داعش')).toBe(true);
    expect(names.has('الموصل')).toBe(true);
    for (const w of ['وداعش', 'لداعش', 'بالموصل', 'موصل']) expect(names.has(w), w).toBe(false);
  });

  it('ignores harakat and tatweel in the words and in lookups, and trims the words', () => {
    const names = createLexicon(['كُوبَانِي', ' مَنْبِج ', 'جـرابـلس']);
    for (const w of ['كوباني', 'كُوبانِي', 'منبج', 'مـنـبج', 'جرابلس', 'وجَرابلس']) expect(names.has(w), w).toBe(true);
    expect(names.size).toBe(3);
  });

  it('tells hamza forms apart', () => {
    const names = createLexicon(['أربيل']);
    expect(names.has('أربيل')).toBe(true);
    expect(names.has('اربيل')).toBe(false);
    expect(names.has('إربيل')).toBe(false);
  });

  it('accepts any iterable of strings, and skips empty words', () => {
    function* gen() {
      yield 'منبج';
      yield '';
      yield '\u064e';
    }
    expect(createLexicon(gen()).size).toBe(1);
    expect(createLexicon(new Set(['منبج', 'منبج'])).size).toBe(1);
    expect(createLexicon([]).has('منبج')).toBe(false);
  });

  it('throws a TypeError naming the argument for a non-iterable, a string or a non-string word', () => {
    expect(() => createLexicon(5 as unknown as string[])).toThrow(TypeError);
    expect(() => createLexicon(5 as unknown as string[])).toThrow(/"words"/);
    expect(() => createLexicon(null as unknown as string[])).toThrow(/"words"/);
    expect(() => createLexicon(undefined as unknown as string[])).toThrow(/"words"/);
    expect(() => createLexicon({} as unknown as string[])).toThrow(/"words"/);
    expect(() => createLexicon('داعش' as unknown as string[])).toThrow(TypeError);
    expect(() => createLexicon('داعش' as unknown as string[])).toThrow(/"words"/);
    expect(() => createLexicon(['داعش', 7] as unknown as string[])).toThrow(TypeError);
    expect(() => createLexicon(['داعش', 7] as unknown as string[])).toThrow(/"words\[1\]"/);
    expect(() => createLexicon(['داعش'], null as never)).toThrow(/"options"/);
    // Untrusted word lists: options checked, words and lists of bounded size.
    expect(() => createLexicon(['داعش'], { clitic: true } as never)).toThrow(new RangeError('createLexicon: unknown option "clitic"; valid options are "clitics"'));
    expect(() => createLexicon(['داعش'], { clitics: 'no' } as never)).toThrow(new TypeError('createLexicon: option "clitics" must be a boolean, got "no"'));
    expect(() => createLexicon(['داعش', 'ب'.repeat(101)])).toThrow(new RangeError('createLexicon: words[1] is longer than 100 characters (101)'));
    expect(createLexicon(['ب'.repeat(100)]).has('ب'.repeat(100))).toBe(true);
    const endless = { *[Symbol.iterator]() { for (;;) yield 'كلمة'; } };
    expect(() => createLexicon(endless)).toThrow(new RangeError('createLexicon: more than 5,000,000 words'));
    // JSON with a __proto__ key is a list like any other: nothing leaks into Object.prototype.
    const words = JSON.parse('["__proto__", "constructor", "toString"]') as string[];
    expect(createLexicon(words).has('__proto__')).toBe(true);
    expect(createLexicon(words).has('hasOwnProperty')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('has() never throws and returns a boolean for any string', () => {
    const names = createLexicon(['داعش', 'كوباني']);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(typeof names.has(s)).toBe('boolean');
      }),
      params,
    );
    expect(names.has(5 as unknown as string)).toBe(false);
  });
});

describe('mergeLexicons', () => {
  const user = createLexicon(['زيلينسكي']);
  const merged = mergeLexicons(lex, user);

  it('knows a word when any of its lexicons does', () => {
    expect(merged.has('زيلينسكي')).toBe(true);
    expect(merged.has('وزيلينسكي')).toBe(true);
    expect(merged.has('الحكومة')).toBe(true);
    expect(merged.has('الإتحاد')).toBe(false);
    expect(merged.has(5 as unknown as string)).toBe(false);
  });

  it('accepts any object with has(), and nests', () => {
    const custom: Lexicon = { has: (w) => w === 'حميميم' };
    const nested = mergeLexicons(merged, custom);
    expect(nested.has('حميميم')).toBe(true);
    expect(nested.has('زيلينسكي')).toBe(true);
    expect(nested.has('وحميميم')).toBe(false);
  });

  it('of no lexicon knows nothing', () => {
    expect(mergeLexicons().has('الحكومة')).toBe(false);
  });

  it('throws a TypeError naming the argument that is not a lexicon', () => {
    expect(() => mergeLexicons(lex, {} as Lexicon)).toThrow(TypeError);
    expect(() => mergeLexicons(lex, {} as Lexicon)).toThrow(/lexicons\[1\]/);
    expect(() => mergeLexicons(null as unknown as Lexicon)).toThrow(/lexicons\[0\]/);
    expect(() => mergeLexicons(['داعش'] as unknown as Lexicon)).toThrow(TypeError);
  });

  it('has() never throws and returns a boolean for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(typeof merged.has(s)).toBe('boolean');
      }),
      params,
    );
  });
});

// ---------------------------------------------------------------------------
// The DAWG reader

/** Letter code of an Arabic letter in the DAWG alphabet. */
const code = (ch: string) => {
  const i = DAWG_ALPHABET.indexOf(ch);
  if (i < 0) throw new Error(`not in the alphabet: ${ch}`);
  return i + 1;
};
const edge = (ch: string, target: number, flags: { final?: boolean; last?: boolean } = {}) =>
  (code(ch) | (flags.last ? EDGE.LAST : 0) | (flags.final ? EDGE.FINAL : 0) | (target << EDGE.TARGET_SHIFT)) >>> 0;

/** Base64 of little-endian 32-bit words, as the generated lexicon stores them. */
function encode(words: Uint32Array): string {
  const view = new DataView(new ArrayBuffer(words.length * 4));
  words.forEach((w, i) => view.setUint32(i * 4, w, true));
  return Buffer.from(view.buffer).toString('base64');
}

/** The two header words of a state: the bitmap of the letter codes it has edges for. */
const header = (...chars: string[]): number[] => {
  let lo = 0, hi = 0;
  for (const ch of chars) {
    const c = code(ch);
    if (c < 32) lo |= 1 << c;
    else hi |= 1 << (c - 32);
  }
  return [lo >>> 0, hi >>> 0];
};

describe('Dawg and decodeEdges', () => {
  // The words من, منذ and عن. Each state with edges is a bitmap header (two words) and its edges in
  // letter-code order (ع before م): the start state at 1, then the states after ع (5), م (8) and من (11).
  const edges = new Uint32Array([
    0,
    ...header('ع', 'م'), edge('ع', 5), edge('م', 8, { last: true }),
    ...header('ن'), edge('ن', 0, { final: true, last: true }),
    ...header('ن'), edge('ن', 11, { final: true, last: true }),
    ...header('ذ'), edge('ذ', 0, { final: true, last: true }),
  ]);

  it('decodeEdges inverts the base64 encoding', () => {
    const decoded = decodeEdges(encode(edges));
    expect(Array.from(decoded)).toEqual(Array.from(edges));
    expect(Array.from(decodeEdges(''))).toEqual([]);
  });

  it('decodeEdges rejects invalid data with a RangeError', () => {
    expect(Array.from(decodeEdges('AQAAAA=='))).toEqual([1]);
    // Not a whole number of 32-bit edges.
    expect(() => decodeEdges('AAA')).toThrow(RangeError);
    expect(() => decodeEdges('AAAAAAAA')).toThrow(RangeError);
    // Not base64.
    expect(() => decodeEdges('AAA$AA')).toThrow(RangeError);
  });

  it('decodeEdges rejects a non-ASCII character rather than reading it as its low 7 bits', () => {
    // U+0645 & 127 is "E": the string is read as AAAEAA.
    expect(() => decodeEdges('AAA\u0645AA')).toThrow(RangeError);
  });

  it('decodeEdges agrees with Node’s base64 decoder on the shipped lexicon', () => {
    const bytes = Buffer.from(LEXICON_EDGES, 'base64');
    const decoded = decodeEdges(LEXICON_EDGES);
    expect(decoded.length * 4).toBe(bytes.length);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < decoded.length; i += 997) expect(decoded[i]).toBe(view.getUint32(i * 4, true));
    expect(decoded[decoded.length - 1]).toBe(view.getUint32(bytes.length - 4, true));
    // The atob path that builtinLexicon() takes gives the same words.
    expect(decodeEdgesFast(LEXICON_EDGES)).toEqual(decoded);
  });

  it('Dawg.has finds exactly the words of a hand-built automaton', () => {
    expect(DAWG_ROOT).toBe(1);
    const dawg = new Dawg(decodeEdges(encode(edges)));
    expect(dawg.edgeCount).toBe(14);
    for (const w of ['من', 'منذ', 'عن', 'مِنْ', 'مـنـذ', 'عَنْ']) expect(dawg.has(w), w).toBe(true);
    for (const w of ['', 'م', 'ع', 'ن', 'منذن', 'منن', 'عنذ', 'ذ', 'mn', 'من ', 'مَ']) expect(dawg.has(w), w).toBe(false);
    // A range of a longer string.
    expect(dawg.has('قال منذ زمن', 4, 7)).toBe(true);
    expect(dawg.has('قال منذ زمن', 4, 6)).toBe(true);
    expect(dawg.has('قال منذ زمن', 3, 7)).toBe(false);
  });

  it('Dawg.prefixes lists the words that begin a string, shortest first, and stops when told', () => {
    const dawg = new Dawg(edges);
    const ends: number[] = [];
    dawg.prefixes('منذئذ', 0, 5, (end) => {
      ends.push(end);
    });
    expect(ends).toEqual([2, 3]);
    const first: number[] = [];
    dawg.prefixes('منذئذ', 0, 5, (end) => {
      first.push(end);
      return false;
    });
    expect(first).toEqual([2]);
    const none: number[] = [];
    dawg.prefixes('ذمن', 0, 3, (end) => {
      none.push(end);
    });
    expect(none).toEqual([]);
  });
});
