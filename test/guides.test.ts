/**
 * The guides (docs/guides/*.md): every guide is part of the typedoc site (listed in typedoc.json's
 * projectDocuments, with a title) and of docs/README.md; and every ```ts and ```js block runs, its
 * `//=>` results and documented errors hold (the conventions of test/helpers/doc-examples.ts), its
 * imports name what the entry point really exports, and its TypeScript type-checks against src/.
 *
 * A ```js block may use CommonJS: `const { a, b } = require('akhbar/…');` is read as the import.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import * as gazetteer from '../src/gazetteer/index.js';
import * as lexicon from '../src/lexicon/index.js';
import * as node from '../src/node/index.js';
import * as normalize from '../src/normalize/index.js';
import * as repair from '../src/repair/index.js';
import * as stance from '../src/stance/index.js';
import * as tokenize from '../src/tokenize/index.js';
import { compileExample, equal, extractExamples, throws, type Example } from './helpers/doc-examples.js';

const ROOT = join(import.meta.dirname, '..');
const GUIDES = join(ROOT, 'docs', 'guides');

/** The entry points a guide may import from: their modules, and their source (for type names). */
const ENTRIES: Record<string, { module: object; source: string }> = {
  akhbar: { module: lib, source: 'src/index.ts' },
  'akhbar/tokenize': { module: tokenize, source: 'src/tokenize/index.ts' },
  'akhbar/normalize': { module: normalize, source: 'src/normalize/index.ts' },
  'akhbar/repair': { module: repair, source: 'src/repair/index.ts' },
  'akhbar/lexicon': { module: lexicon, source: 'src/lexicon/index.ts' },
  'akhbar/gazetteer': { module: gazetteer, source: 'src/gazetteer/index.ts' },
  'akhbar/stance': { module: stance, source: 'src/stance/index.ts' },
  'akhbar/node': { module: node, source: 'src/node/index.ts' },
};
/** What the examples run against: every export of every entry point. */
const ALL = { ...lib, ...node };

const guideFiles = readdirSync(GUIDES).filter((f) => f.endsWith('.md')).sort();
const guideText = (f: string) => readFileSync(join(GUIDES, f), 'utf8');

/** The YAML frontmatter of a guide, as flat `key: value` pairs. */
function frontmatter(text: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return {};
  const out: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv) out[kv[1]!] = kv[2]!.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1').trim();
  }
  return out;
}

const CJS = /^const \{([^}]*)\} = require\('(akhbar(?:\/\w+)?)'\);\s*$/gm;

/** The ```ts and ```js blocks of a guide; CommonJS requires of akhbar read as imports. */
function blocks(file: string): (Example & { lang: 'ts' | 'js' })[] {
  const text = guideText(file);
  const where = `docs/guides/${file}`;
  const ts_ = extractExamples(where, text).map((ex) => ({ ...ex, lang: 'ts' as const }));
  // The helper reads ```ts fences: give it the text with only the ```js fences turned into ```ts.
  const jsOnly = text.replace(/^```ts\s*$/gm, '```ts-hidden').replace(/^```js\s*$/gm, '```ts');
  const js = extractExamples(where, jsOnly).map((ex) => ({ ...ex, code: ex.code.replace(CJS, "import {$1} from '$2';"), lang: 'js' as const }));
  return [...ts_, ...js].sort((a, b) => Number(a.where.split(':').pop()) - Number(b.where.split(':').pop()));
}

const examples = guideFiles.flatMap(blocks);

/** The names an index module exports (values and types), following `export *`. */
function exportedNames(source: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(source)) return names;
  seen.add(source);
  const text = readFileSync(join(ROOT, source), 'utf8');
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim();
      if (name) names.add(name);
    }
  }
  for (const m of text.matchAll(/export\s+(?:declare\s+)?(?:const|function|class|interface|type|enum)\s+(\w+)/g)) names.add(m[1]!);
  for (const m of text.matchAll(/export\s+\*\s+from\s+'([^']+)'/g)) {
    const target = relative(ROOT, resolve(dirname(join(ROOT, source)), m[1]!.replace(/\.js$/, '.ts')));
    for (const n of exportedNames(target, seen)) names.add(n);
  }
  return names;
}

/** `import { … } from 'akhbar…'` lines of an example (after CommonJS requires are read as imports). */
function imports(code: string): { from: string; names: string[]; typeOnly: boolean }[] {
  return [...code.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';\s*$/gm)].map((m) => ({
    from: m[3]!,
    typeOnly: Boolean(m[1]),
    names: m[2]!.split(',').map((s) => s.trim()).filter(Boolean),
  }));
}

type Run = (l: unknown, e: typeof equal, t: typeof throws) => unknown;
const AsyncFunction = (async () => {}).constructor as unknown as new (...args: string[]) => Run;

/** Runs an example against the library; its checks throw when they fail. */
async function runExample(ex: Example): Promise<void> {
  const { js } = compileExample(ex);
  const run = /\bawait\b/.test(js) ? new AsyncFunction('__lib', '__equal', '__throws', js) : (new Function('__lib', '__equal', '__throws', js) as Run);
  await run(ALL, equal, throws);
}

/** Checks the imports of an example against the entry points: a name it imports must be exported there. */
function checkImports(ex: Example): void {
  for (const imp of imports(ex.code)) {
    const entry = ENTRIES[imp.from];
    expect(entry, `${ex.where}: imports from ${imp.from}, which is not an entry point of akhbar`).toBeDefined();
    expect(readPackageExports(), `${ex.where}: ${imp.from} is not in package.json's exports`).toContain(imp.from === 'akhbar' ? '.' : `./${imp.from.slice('akhbar/'.length)}`);
    const names = exportedNames(entry!.source);
    for (const raw of imp.names) {
      const isType = imp.typeOnly || raw.startsWith('type ');
      const name = raw.replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim();
      expect(names.has(name), `${ex.where}: ${imp.from} does not export ${name}`).toBe(true);
      if (!isType) expect(name in entry!.module, `${ex.where}: ${imp.from} exports no value ${name}`).toBe(true);
    }
  }
}

let packageExports: string[] | undefined;
function readPackageExports(): string[] {
  return (packageExports ??= Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: object }).exports));
}

/**
 * Type-checks the ```ts examples against src/ (akhbar and akhbar/* resolve to the sources), with
 * the project's compiler options. Returns the diagnostics of the examples themselves.
 */
function typeCheck(list: readonly Example[]): string[] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    // An example may show a value it does not use again.
    noUnusedLocals: false,
    noUnusedParameters: false,
    baseUrl: ROOT,
    paths: { akhbar: ['src/index.ts'], 'akhbar/*': ['src/*/index.ts'] },
  };
  const files = new Map(list.map((ex, i) => [join(GUIDES, `__example${i}.ts`), ex]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  // The generated data modules hold string literals of megabytes: their types do not need them.
  const slim = (text: string) => text.split('\n').map((line) => {
    if (line.length < 10_000) return line;
    const q = line.search(/['"`]/);
    return q < 0 ? line : line.slice(0, q) + "''" + line.slice(line.lastIndexOf(line[q]!) + 1);
  }).join('\n');
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.readFile = (f) => files.get(f)?.code ?? readFile(f);
  host.getSourceFile = (f, language, ...rest) => {
    const ex = files.get(f);
    if (ex) return ts.createSourceFile(f, ex.code, language);
    if (f.includes(`${join('src', 'generated')}`)) {
      const text = readFile(f);
      if (text !== undefined) return ts.createSourceFile(f, slim(text), language);
    }
    return getSourceFile(f, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files].flatMap(([f, ex]) => {
    const sf = program.getSourceFile(f)!;
    return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
      const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
      const [file, start] = ex.where.split(':');
      return `${file}:${Number(start) + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  });
}

describe('guides', () => {
  const typedoc = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { projectDocuments?: string[] };
  const listed = typedoc.projectDocuments ?? [];

  it('are part of the typedoc site, each with a title, in the Guides group', () => {
    expect(guideFiles.length).toBeGreaterThanOrEqual(6);
    expect([...listed].sort()).toEqual(guideFiles.map((f) => `docs/guides/${f}`).sort());
    for (const path of listed) expect(existsSync(join(ROOT, path)), `${path} is listed in typedoc.json but missing`).toBe(true);
    expect(listed[0]).toBe('docs/guides/getting-started.md');
    for (const f of guideFiles) {
      const fm = frontmatter(guideText(f));
      expect(fm.title, `docs/guides/${f}: no title in its frontmatter`).toBeTruthy();
      expect(fm.group, `docs/guides/${f}: not in the Guides group`).toBe('Guides');
    }
  });

  it('are listed in docs/README.md, and their relative links lead to files that exist', () => {
    const index = readFileSync(join(ROOT, 'docs', 'README.md'), 'utf8');
    for (const f of guideFiles) expect(index, `docs/README.md does not link to guides/${f}`).toContain(`(guides/${f})`);
    for (const f of guideFiles) {
      for (const m of guideText(f).matchAll(/\]\((?!https?:|#)([^)#\s]+)(?:#[^)]*)?\)/g)) {
        expect(existsSync(resolve(GUIDES, m[1]!)), `docs/guides/${f}: link to ${m[1]} leads nowhere`).toBe(true);
      }
    }
  });

  it('have runnable examples with checked results', () => {
    expect(examples.length).toBeGreaterThan(40);
    const checks = examples.reduce((n, ex) => n + compileExample(ex).checks, 0);
    expect(checks).toBeGreaterThan(120);
    for (const f of guideFiles.filter((g) => !['command-line.md', 'benchmarks.md'].includes(g))) {
      expect(examples.some((ex) => ex.where.startsWith(`docs/guides/${f}:`)), `${f} has no example`).toBe(true);
    }
  });

  it.each(examples.map((ex) => [ex.where, ex] as const))('%s runs and its results hold', async (_where, ex) => {
    checkImports(ex);
    await runExample(ex);
  }, 60_000);

  it('type-check against the sources', () => {
    expect(typeCheck(examples.filter((ex) => ex.lang === 'ts'))).toEqual([]);
  }, 60_000);

  describe('the checks can fail', () => {
    const example = (code: string): Example => ({ where: 'self-test:1', code });

    it('a wrong //=> value', async () => {
      await expect(runExample(example("import { normalize } from 'akhbar';\nnormalize('مدرسة');  //=> 'مدرسة'"))).rejects.toThrow();
      await expect(runExample(example("import { normalize } from 'akhbar';\nnormalize('مدرسة');  //=> 'مدرسه'"))).resolves.toBeUndefined();
    });

    it('an error that is not thrown, or not the one documented', async () => {
      await expect(runExample(example("import { normalize } from 'akhbar';\nnormalize('x');  // TypeError: normalize: …"))).rejects.toThrow();
      await expect(runExample(example("import { normalize } from 'akhbar';\nnormalize(1 as any);  // RangeError: normalize: …"))).rejects.toThrow();
    });

    it('an import the entry point does not export', () => {
      expect(() => checkImports(example("import { segment } from 'akhbar/normalize';"))).toThrow();
      expect(() => checkImports(example("import { segment } from 'akhbar/tokenize';"))).not.toThrow();
    });

    it('a type error', () => {
      expect(typeCheck([example("import { normalize } from 'akhbar';\nconst n: number = normalize('x');")])).toHaveLength(1);
    }, 60_000);
  });
});
