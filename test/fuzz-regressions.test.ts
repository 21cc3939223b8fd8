/**
 * The fuzz targets' checks (fuzz/checks.ts), run in-process on the TypeScript sources over every
 * file of fuzz/regressions/<target>/ (inputs that once broke akhbar: copy a libFuzzer artifact
 * there) and fuzz/corpus/<target>/ (the seed corpus). `npm run fuzz` runs the same checks on the
 * built package under Jazzer.js; see fuzz/README.md.
 *
 * The self-checks at the end feed the checks deliberately broken libraries, so that a check that
 * cannot fail does not pass unnoticed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as akhbar from '../src/index.js';
import { TARGET_NAMES, TARGETS, decodeInput, encodeInput, type Lib } from '../fuzz/checks.js';

const lib: Lib = akhbar;
const FUZZ = join(dirname(fileURLToPath(import.meta.url)), '..', 'fuzz');

/** The input files of a directory (not dot files such as .gitkeep, not README.md). */
function inputs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && f !== 'README.md' && statSync(join(dir, f)).isFile())
    .sort();
}

describe('fuzz layout', () => {
  it('has a Jazzer target file, a seed corpus and a regressions folder for every target', () => {
    for (const name of TARGET_NAMES) {
      expect(existsSync(join(FUZZ, 'targets', `${name}.cjs`)), `fuzz/targets/${name}.cjs`).toBe(true);
      expect(inputs(join(FUZZ, 'corpus', name)).length, `fuzz/corpus/${name}/`).toBeGreaterThan(0);
      expect(existsSync(join(FUZZ, 'regressions', name)), `fuzz/regressions/${name}/`).toBe(true);
      const dict = TARGETS[name].dict;
      expect(existsSync(join(FUZZ, 'dicts', dict)), `fuzz/dicts/${dict}`).toBe(true);
    }
  });

  it('names only known targets under corpus/, regressions/ and targets/', () => {
    const known = new Set<string>(TARGET_NAMES);
    for (const dir of ['corpus', 'regressions']) {
      for (const d of readdirSync(join(FUZZ, dir))) {
        if (statSync(join(FUZZ, dir, d)).isDirectory()) expect(known.has(d), `fuzz/${dir}/${d}`).toBe(true);
      }
    }
    for (const f of readdirSync(join(FUZZ, 'targets'))) expect(known.has(f.replace(/\.cjs$/, '')), `fuzz/targets/${f}`).toBe(true);
  });

  it('keeps seeds within the target\'s -max_len', () => {
    for (const name of TARGET_NAMES) {
      for (const f of inputs(join(FUZZ, 'corpus', name))) {
        expect(statSync(join(FUZZ, 'corpus', name, f)).size, `fuzz/corpus/${name}/${f}`).toBeLessThanOrEqual(TARGETS[name].maxLen);
      }
    }
  });
});

describe('fuzz input decoding', () => {
  it('round-trips UTF-8 and UTF-16LE, lone surrogates included, with the flags', () => {
    const text = 'قال «الوزير» \ud800 x \udfff 👍🏽 \u0000';
    expect(decodeInput(encodeInput(text, 5, true))).toEqual({ text, flags: 5, utf16: true });
    expect(decodeInput(encodeInput('بغداد', 127))).toEqual({ text: 'بغداد', flags: 127, utf16: false });
    expect(decodeInput(new Uint8Array([1, 0x00, 0xd8])).text).toBe('\ud800');
    expect(decodeInput(new Uint8Array([0, 0xff])).text).toBe('\ufffd');
    expect(decodeInput(new Uint8Array([])).text).toBe('');
  });
});

for (const name of TARGET_NAMES) {
  // The linear target times the functions: a fuzzing and benchmark check, never a timed unit test
  // (the worst-case benchmark measures the same thing: npm run bench:worst).
  if (name === 'linear') continue;
  const { check } = TARGETS[name];
  describe(`fuzz target ${name}`, () => {
    for (const dir of ['regressions', 'corpus'] as const) {
      const files = inputs(join(FUZZ, dir, name));
      if (files.length === 0) continue;
      it.each(files)(`${dir}/${name}/%s`, (file) => {
        check(lib, new Uint8Array(readFileSync(join(FUZZ, dir, name, file))));
      });
    }
  });
}

// ---------------------------------------------------------------------------
// Self-checks: broken libraries must be caught.

describe('the fuzz checks catch a broken library', () => {
  const sentence = encodeInput('قال المتحدث باسم الحكومة إن الوزير سيزور القاهرة.');

  it('a tokenize that loses a character', () => {
    const tokenize = ((text: string, options?: akhbar.TokenizeOptions) => {
      const tokens = lib.tokenize(text, options).map((t) => t.toJSON());
      const last = tokens.pop();
      if (last && last.end - last.start > 1) {
        const end = last.end - 1;
        tokens.push({ ...last, end, text: text.slice(last.start, end) });
      }
      return tokens.map((t) => ({ ...t, toJSON: () => t }));
    }) as unknown as Lib['tokenize'];
    expect(() => TARGETS.tokenize.check({ ...lib, tokenize }, sentence)).toThrow(/text lost/);
    // The intact library passes on the same input.
    TARGETS.tokenize.check(lib, sentence);
  });

  it('a normalize that is not idempotent', () => {
    // Repeats the last character of what the real normalization gives.
    const normalize = ((text: string, options?: akhbar.NormalizeOptions | akhbar.PresetName) => {
      const n = lib.normalize(text, options);
      return n + n.slice(-1);
    }) as Lib['normalize'];
    expect(() => TARGETS.normalize.check({ ...lib, normalize }, sentence)).toThrow(/not idempotent/);
  });

  it('a repair whose edits do not rebuild its text', () => {
    const repair = ((text: string, options?: akhbar.RepairOptions) => {
      const r = lib.repair(text, options);
      return new Proxy(r, {
        get(target, key) {
          if (key === 'text') return target.text + 'ـ';
          const v = Reflect.get(target, key, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    }) as Lib['repair'];
    expect(() => TARGETS.repair.check({ ...lib, repair }, sentence)).toThrow(/applyEdits/);
  });

  it('a createLexicon that pollutes Object.prototype', () => {
    const createLexicon = ((words: Iterable<string>, options?: akhbar.CreateLexiconOptions) => {
      (Object.prototype as Record<string, unknown>).polluted = 'yes';
      return lib.createLexicon(words, options);
    }) as Lib['createLexicon'];
    try {
      expect(() => TARGETS.lexicon.check({ ...lib, createLexicon }, encodeInput('["تلكلخ", "__proto__"]'))).toThrow(/prototype pollution/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a Gazetteer that refuses bad data with a plain Error instead of a TypeError', () => {
    class Careless extends lib.Gazetteer {
      constructor(entities: Iterable<akhbar.Entity>, titles?: Iterable<string>) {
        try {
          super(entities, titles);
        } catch {
          throw new Error('bad data');
        }
      }
    }
    const bad = encodeInput('[{"id": "Not A Slug", "type": "person", "names": {"ar": "س", "en": "S"}, "aliases": []}]');
    expect(() => TARGETS['user-gazetteer'].check({ ...lib, Gazetteer: Careless }, bad)).toThrow(/unexpected Error/);
    // The real one refuses it with a TypeError, which is acceptable.
    TARGETS['user-gazetteer'].check(lib, bad);
  });

  it('a find that reports a surface that is not the text it spans', () => {
    const g = lib.defaultGazetteer();
    const defaultGazetteer = (() => {
      const proxy = new Proxy(g, {
        get(target, key) {
          if (key === 'find') {
            return (text: string, options?: akhbar.FindOptions) => target.find(text, options).map((m) => ({ ...m, start: m.start + 1 }));
          }
          const v = Reflect.get(target, key, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
      return proxy;
    }) as Lib['defaultGazetteer'];
    expect(() => TARGETS.gazetteer.check({ ...lib, defaultGazetteer }, encodeInput('زار وزير الخارجية الأميركي بغداد ثم دمشق'))).toThrow(/surface|outside/);
  });
});
