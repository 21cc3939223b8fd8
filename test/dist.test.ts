/**
 * The built package, as users get it: both module formats, every entry point of the exports map,
 * the same results as the source. Skipped (visibly) when dist/ has not been built, unless
 * AKHBAR_REQUIRE_DIST is set, as in CI after `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import: { types: string; default: string }; require: { types: string; default: string } }>;
};
const built = existsSync(join(root, 'dist', 'index.js'));
if (!built) {
  if (process.env.AKHBAR_REQUIRE_DIST) throw new Error('dist/ is missing but AKHBAR_REQUIRE_DIST is set: run `npm run build` first');
  console.warn('[akhbar] dist/ not built: skipping the tests of the built package (run `npm run build`)');
}

/** The source module behind each entry of the exports map. */
const SOURCES: Record<string, () => Promise<unknown>> = {
  '.': () => import('../src/index.js'),
  './tokenize': () => import('../src/tokenize/index.js'),
  './normalize': () => import('../src/normalize/index.js'),
  './repair': () => import('../src/repair/index.js'),
  './lexicon': () => import('../src/lexicon/index.js'),
  './gazetteer': () => import('../src/gazetteer/index.js'),
  './stance': () => import('../src/stance/index.js'),
  './node': () => import('../src/node/index.js'),
  // The built-in data tables, modules of their own in the build (see tsup.config.ts).
  './data/lexicon': () => import('../src/generated/lexicon-data.js'),
  './data/gazetteer': () => import('../src/generated/gazetteer-data.js'),
  './data/given-names': () => import('../src/generated/given-names.js'),
  './data/stance': () => import('../src/generated/stance-data.js'),
};

const sentence = 'قال الوزير لـ"العربي الجديد" إن 2,254 عنصراً غادروا #الرقة. ﻻ تراجع!';

describe.skipIf(!built)('built package', () => {
  const entries = Object.entries(pkg.exports).filter(([k]) => k !== './package.json');

  it('has an ESM and a CJS file and types for every entry of the exports map', () => {
    for (const [, target] of entries) {
      if (typeof target === 'string') throw new Error('expected conditional exports');
      for (const file of [target.import.default, target.import.types, target.require.default, target.require.types]) {
        expect(existsSync(join(root, file)), file).toBe(true);
      }
    }
  });

  it.each(entries.map(([k]) => k))('exports %s the same names from ESM and CJS as from the source', async (entry) => {
    const target = pkg.exports[entry] as { import: { default: string }; require: { default: string } };
    const esm = (await import(pathToFileURL(join(root, target.import.default)).href)) as Record<string, unknown>;
    const require = createRequire(import.meta.url);
    const cjs = require(join(root, target.require.default)) as Record<string, unknown>;
    const load = SOURCES[entry];
    if (!load) throw new Error(`no source module listed for the export "${entry}": add it to SOURCES`);
    const sub = (await load()) as Record<string, unknown>;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(sub).sort());
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(sub).sort());
  });

  it('gives the same tokens, sentences, segments and normalized text as the source, in both formats', async () => {
    const esm = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof source;
    const cjs = createRequire(import.meta.url)(join(root, 'dist', 'index.cjs')) as typeof source;
    for (const lib of [esm, cjs]) {
      expect(lib.tokenize(sentence).map((t) => t.toJSON())).toEqual(source.tokenize(sentence).map((t) => t.toJSON()));
      expect(lib.sentences(sentence)).toEqual(source.sentences(sentence));
      expect(lib.normalize(sentence)).toBe(source.normalize(sentence));
      expect(lib.normalize(sentence)).toBe('قال الوزير ل"العربي الجديد" ان 2,254 عنصرا غادروا #الرقه. لا تراجع!');
      for (const word of ['وبالعراق', 'للجنة', 'حكومتها']) {
        expect(lib.segment(word, { scheme: 'farasa' })).toEqual(source.segment(word, { scheme: 'farasa' }));
      }
      expect(JSON.stringify(lib.segmentTokens(lib.tokenize(sentence)))).toBe(JSON.stringify(source.segmentTokens(source.tokenize(sentence))));
    }
  });

  it('has a working akhbar command (the package\'s bin)', () => {
    const bin = join(root, (pkg as unknown as { bin: { akhbar: string } }).bin.akhbar);
    const r = spawnSync(process.execPath, [bin, 'entities', '--format', 'jsonl'], { input: 'في بغداد', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).result[0].entityId).toBe('baghdad');
  });

  it('runs analyzeMany in worker threads from the built package', async () => {
    const { analyzeMany } = (await import(pathToFileURL(join(root, 'dist', 'node', 'index.js')).href)) as typeof import('../src/node/index.js');
    const out: string[] = [];
    for await (const a of analyzeMany(['في بغداد', 'في دمشق', 'في عمّان'], { concurrency: 2, analyze: { stance: false } })) out.push(a.entities![0]!.entityId);
    expect(out).toEqual(['baghdad', 'damascus', 'amman']);
  });

  it('keeps node: modules and process out of the browser-facing bundles', () => {
    for (const [key, target] of entries) {
      // akhbar/node is Node's by design (worker threads).
      if (typeof target === 'string' || key === './node') continue;
      const code = readFileSync(join(root, target.import.default), 'utf8');
      expect(code).not.toMatch(/from\s+["']node:|require\(["']node:|\bprocess\./);
    }
  });

  it('keeps the built-in data out of the code: each table is one module of dist/data, imported as akhbar/data/<name>', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.c?js$/.test(d.name) ? [join(dir, d.name)] : []));
    const code = files(join(root, 'dist')).filter((f) => !f.includes(`${join(root, 'dist', 'data')}`));
    const big = code.filter((f) => statSync(f).size > 150_000).map((f) => f.slice(root.length));
    expect(big).toEqual([]);
    const importers = code.filter((f) => /["']akhbar\/data\/(lexicon|gazetteer|given-names|stance)["']/.test(readFileSync(f, 'utf8')));
    // ESM and CJS both import each table by name.
    expect(importers.some((f) => f.endsWith('.js'))).toBe(true);
    expect(importers.some((f) => f.endsWith('.cjs'))).toBe(true);
    for (const name of ['lexicon', 'gazetteer', 'given-names', 'stance']) {
      const imported = code.some((f) => readFileSync(f, 'utf8').includes(`akhbar/data/${name}`));
      expect(imported, name).toBe(true);
    }
  });
});
