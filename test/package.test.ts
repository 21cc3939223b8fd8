/**
 * The published package as a user installs it: `npm pack` makes the tarball, which is installed into
 * a fresh temporary project; there `import` and `require` both work (root entry, subpaths, the data
 * modules it loads by name), the types resolve for a TypeScript user, and the `akhbar` binary runs.
 * The tarball holds only dist/, README.md, LICENSE, CHANGELOG.md (when generated) and package.json.
 *
 * Skipped (visibly) when dist/ has not been built, unless AKHBAR_REQUIRE_DIST is set, as in CI after
 * `npm run build`. The install takes the package's one dependency from npm's cache or registry.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strayFiles } from '../scripts/package-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = existsSync(join(root, 'dist', 'index.js')) && existsSync(join(root, 'dist', 'cli.js'));
if (!built) {
  if (process.env.AKHBAR_REQUIRE_DIST) throw new Error('dist/ is missing but AKHBAR_REQUIRE_DIST is set: run `npm run build` first');
  console.warn('[akhbar] dist/ not built: skipping the packed-tarball install test (run `npm run build`)');
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

// Written by hand for this test: a news sentence with a wrong hamza and two places.
const SENTENCE = 'أعلن التحالف الدولي إنتهاء العملية في الموصل وبغداد';

describe.skipIf(!built)('the packed tarball, installed into a fresh project', { timeout: 240_000 }, () => {
  let work = '';
  let project = '';
  let files: string[] = [];

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'akhbar-pack-'));
    const out = ok(spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }), 'npm pack');
    const packed = (JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>)[0]!;
    files = packed.files.map((f) => f.path);
    project = join(work, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    ok(
      spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(work, packed.filename)], { cwd: project, encoding: 'utf8' }),
      'npm install of the tarball',
    );
  }, 240_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds only dist/, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    expect(strayFiles(files)).toEqual([]);
    for (const f of ['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js', 'dist/data/lexicon.js']) expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('data/'))).toBe(false);
  });

  it('works with import (ESM), from the root entry and the subpaths', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { repair, defaultGazetteer, stance } from 'akhbar';
import { tokenize } from 'akhbar/tokenize';
import { builtinLexicon } from 'akhbar/lexicon';
import { analyzeMany } from 'akhbar/node';
const text = ${JSON.stringify(SENTENCE)};
const out = { repaired: repair(text).text, tokens: tokenize(text).length, ids: defaultGazetteer().find(text).map((m) => m.entityId), lexicon: builtinLexicon().has('انتهاء'), stance: typeof stance };
const many = [];
for await (const a of analyzeMany([text], { concurrency: 1, analyze: { stance: false } })) many.push(a.entities.length);
console.log(JSON.stringify({ ...out, many }));
`,
    );
    const out = ok(spawnSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' }), 'node esm.mjs');
    expect(JSON.parse(out)).toEqual({
      repaired: 'أعلن التحالف الدولي انتهاء العملية في الموصل وبغداد',
      tokens: 8,
      ids: ['global-coalition-against-isis', 'mosul', 'baghdad'],
      lexicon: true,
      stance: 'function',
      many: [3],
    });
  });

  it('works with require (CommonJS), from the root entry and the subpaths', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { repair, defaultGazetteer } = require('akhbar');
const { normalize } = require('akhbar/normalize');
const text = ${JSON.stringify(SENTENCE)};
console.log(JSON.stringify({ repaired: repair(text).text, folded: normalize('إنتهاء'), ids: defaultGazetteer().find(text).map((m) => m.entityId), version: require('akhbar/package.json').version }));
`,
    );
    const out = ok(spawnSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' }), 'node cjs.cjs');
    expect(JSON.parse(out)).toEqual({
      repaired: 'أعلن التحالف الدولي انتهاء العملية في الموصل وبغداد',
      folded: 'انتهاء',
      ids: ['global-coalition-against-isis', 'mosul', 'baghdad'],
      version: pkg.version,
    });
  });

  it('gives a TypeScript user the types, under node16 resolution, from ESM and CommonJS files', () => {
    writeFileSync(
      join(project, 'use.mts'),
      `import { analyze, type AnalyzedText } from 'akhbar';
import { segment } from 'akhbar/tokenize';
const a: AnalyzedText = analyze('زار الوفد بغداد');
const n: number = a.tokens!.length + segment('وبالعراق').prefixes.length;
// @ts-expect-error: analyze takes a string
analyze(42);
export { n };
`,
    );
    writeFileSync(join(project, 'use.cts'), `import akhbar = require('akhbar');\nconst s: string = akhbar.repair('علي الحدود').text;\nexport = s;\n`);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--target', 'es2022', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'), 'use.mts', 'use.cts'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('installs the akhbar command', () => {
    const bin = join(project, 'node_modules', '.bin', 'akhbar');
    expect(ok(spawnSync(bin, ['--version'], { cwd: project, encoding: 'utf8' }), 'akhbar --version')).toBe(`${pkg.version}\n`);
    const r = spawnSync(bin, ['repair', '--format', 'jsonl'], { cwd: project, input: SENTENCE, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).result.text).toBe('أعلن التحالف الدولي انتهاء العملية في الموصل وبغداد');
  });
});
