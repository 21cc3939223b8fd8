import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as akhbar from '../src/index.js';
import type {
  NormalizeOptions,
  NormalizedText,
  PlainToken,
  PresetName,
  Segmentation,
  SegmentationList,
  SegmentOptions,
  Span,
  Token,
  TokenList,
  TokenKind,
  TokenSpans,
  TokenizeOptions,
} from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const TOKENIZE_KEYS = ['TOKEN_KINDS', 'WRAP_MAX_WIDTH', 'WRAP_MIN_WIDTH', 'WRAP_RATIO', 'paragraphs', 'sentences', 'tokenSpans', 'tokenize', 'segment', 'stem', 'segmentTokens', 'MAX_SEGMENT_LETTERS', 'SEGMENT_ROLES', 'SEGMENT_SCHEMES', 'RESTORATIONS'];
const NORMALIZE_KEYS = ['PRESETS', 'normalize', 'normalizeWithOffsets'];
const LEXICON_KEYS = ['builtinLexicon', 'createLexicon', 'mergeLexicons'];
const REPAIR_KEYS = ['EDIT_KINDS', 'applyEdits', 'repair', ...LEXICON_KEYS];
const GAZETTEER_KEYS = ['ENTITY_TYPES', 'Gazetteer', 'MAX_ENTITIES', 'MAX_NAME_LENGTH', 'MENTION_KINDS', 'defaultGazetteer'];
const STANCE_KEYS = ['STANCE_LABELS', 'builtinStanceLexicon', 'createStanceLexicon', 'stance'];
const ALL_KEYS = [...TOKENIZE_KEYS, ...NORMALIZE_KEYS, ...REPAIR_KEYS, ...GAZETTEER_KEYS, ...STANCE_KEYS, 'analyze'].sort();


describe('public API (src)', () => {
  it('index exports exactly the public names', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(ALL_KEYS);
  });

  it('the tokenize subpath exports the tokenizer, sentences and paragraphs', async () => {
    expect(Object.keys(await import('../src/tokenize/index.js')).sort()).toEqual([...TOKENIZE_KEYS].sort());
  });

  it('the normalize subpath exports the normalizer', async () => {
    expect(Object.keys(await import('../src/normalize/index.js')).sort()).toEqual([...NORMALIZE_KEYS].sort());
  });

  it('the repair subpath exports repair, its edits and the lexicon', async () => {
    expect(Object.keys(await import('../src/repair/index.js')).sort()).toEqual([...REPAIR_KEYS].sort());
    expect(Object.keys(await import('../src/gazetteer/index.js')).sort()).toEqual([...GAZETTEER_KEYS].sort());
  });

  it('the node subpath exports analyzeMany', async () => {
    expect(Object.keys(await import('../src/node/index.js'))).toEqual(['analyzeMany']);
  });

  it('the stance subpath exports stance and its lexicon', async () => {
    expect(Object.keys(await import('../src/stance/index.js')).sort()).toEqual([...STANCE_KEYS].sort());
  });

  it('the lexicon subpath exports the lexicon', async () => {
    expect(Object.keys(await import('../src/lexicon/index.js')).sort()).toEqual([...LEXICON_KEYS].sort());
  });

  it('subpaths export the same objects as the index', async () => {
    const r = await import('../src/repair/index.js');
    const l = await import('../src/lexicon/index.js');
    expect(r.repair).toBe(akhbar.repair);
    expect(l.createLexicon).toBe(akhbar.createLexicon);
    expect(r.builtinLexicon).toBe(l.builtinLexicon);
    const t = await import('../src/tokenize/index.js');
    const n = await import('../src/normalize/index.js');
    expect(t.tokenize).toBe(akhbar.tokenize);
    expect(t.TOKEN_KINDS).toBe(akhbar.TOKEN_KINDS);
    expect(n.normalize).toBe(akhbar.normalize);
    expect(n.PRESETS).toBe(akhbar.PRESETS);
  });

  it('exports functions and constants of the right types', () => {
    for (const fn of ['tokenize', 'tokenSpans', 'sentences', 'paragraphs', 'segment', 'stem', 'segmentTokens', 'normalize', 'normalizeWithOffsets'] as const) {
      expect(typeof akhbar[fn], fn).toBe('function');
    }
    expect(typeof akhbar.WRAP_MIN_WIDTH).toBe('number');
    expect(typeof akhbar.WRAP_MAX_WIDTH).toBe('number');
    expect(typeof akhbar.WRAP_RATIO).toBe('number');
    expect(Array.isArray(akhbar.TOKEN_KINDS)).toBe(true);
    expect(typeof akhbar.PRESETS).toBe('object');
  });

  it('exports the public types', () => {
    expectTypeOf(akhbar.tokenize).returns.toEqualTypeOf<TokenList>();
    expectTypeOf(akhbar.tokenSpans).returns.toEqualTypeOf<TokenSpans>();
    expectTypeOf(akhbar.tokenize).parameter(1).toEqualTypeOf<TokenizeOptions | undefined>();
    expectTypeOf(akhbar.sentences).returns.toEqualTypeOf<Span[]>();
    expectTypeOf(akhbar.segment).returns.toEqualTypeOf<Segmentation>();
    expectTypeOf(akhbar.segment).parameter(1).toEqualTypeOf<SegmentOptions | undefined>();
    expectTypeOf(akhbar.segmentTokens).returns.toEqualTypeOf<SegmentationList>();
    expectTypeOf(akhbar.stem).returns.toEqualTypeOf<string>();
    expectTypeOf(akhbar.normalizeWithOffsets).returns.toEqualTypeOf<NormalizedText>();
    expectTypeOf(akhbar.normalize).parameter(1).toEqualTypeOf<NormalizeOptions | PresetName | undefined>();
    expectTypeOf<Token['kind']>().toEqualTypeOf<TokenKind>();
    expectTypeOf<ReturnType<Token['toJSON']>>().toEqualTypeOf<PlainToken>();
    expectTypeOf<PresetName>().toEqualTypeOf<'search' | 'display' | 'camel' | 'none'>();
  });
});

/** Every .ts file under src/ but the Node-only ones (src/cli, src/node), relative to the repository. */
function sourceFiles(dir = join(ROOT, 'src')): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory() && (p === join(ROOT, 'src', 'cli') || p === join(ROOT, 'src', 'node'))) continue;
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (entry.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

/** The code of a TypeScript file with comments removed and string and template contents blanked. */
function codeOnly(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      out += c;
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') i++;
        i++;
      }
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Module specifiers a file imports or re-exports. */
function specifiers(src: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"]+)\1/g;
  return [...src.matchAll(re)].map((m) => m[2]!);
}

describe('src runs in browsers', () => {
  const files = sourceFiles();

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((f) => f.endsWith(join('src', 'index.ts')))).toBe(true);
  });

  it('the comment stripper keeps code and drops comments and strings', () => {
    expect(codeOnly("const a = 'process'; // Buffer\n/* require( */ b(`x${1}`)")).toBe("const a = ''; \n  b(``)");
  });

  it.each(sourceFiles().map((f) => [f.slice(ROOT.length)]))('%s imports no Node module', (rel) => {
    const src = readFileSync(join(ROOT, rel), 'utf8');
    const builtins = new Set(builtinModules);
    for (const spec of specifiers(src)) {
      expect(spec.startsWith('node:'), spec).toBe(false);
      expect(builtins.has(spec) || builtins.has(spec.split('/')[0]!), spec).toBe(false);
    }
  });

  it.each(sourceFiles().map((f) => [f.slice(ROOT.length)]))('%s uses no process, require( or Buffer, and runs no code it builds (eval, Function, fetch)', (rel) => {
    const code = codeOnly(readFileSync(join(ROOT, rel), 'utf8'));
    // SECURITY.md promises it: nothing is evaluated or fetched.
    expect(code).not.toMatch(/\beval\s*\(|\bFunction\s*\(|\bfetch\s*\(|\bXMLHttpRequest\b|\bawait\s+import\s*\(/);
    expect(code).not.toMatch(/\bprocess\b/);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/\bBuffer\b/);
    expect(code).not.toMatch(/\b__dirname\b|\b__filename\b/);
  });
});

// The built package (dist/) is tested in test/dist.test.ts.
