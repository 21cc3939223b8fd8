import { defineConfig, type Options } from 'tsup';

/**
 * The built-in data tables that do not go into the code: each is built as its own module
 * dist/data/<name>.js (and .cjs), exported as `akhbar/data/<name>`, and the code imports it by
 * that name (the package refers to itself), so a browser loads it as a separate file that is cached
 * on its own, and the code's size (checked by size-limit) does not include it.
 */
const DATA: Record<string, string> = {
  lexicon: 'src/generated/lexicon-data.ts',
  gazetteer: 'src/generated/gazetteer-data.ts',
  'given-names': 'src/generated/given-names.ts',
  stance: 'src/generated/stance-data.ts',
};

/** Imports of a data table from the code become imports of `akhbar/data/<name>`. */
const dataExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'akhbar-data-external',
  setup(build) {
    const byFile = new Map(Object.entries(DATA).map(([name, file]) => [file.replace(/^src\/generated\//, '').replace(/\.ts$/, ''), name]));
    build.onResolve({ filter: /\/generated\/[a-z-]+\.js$/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const name = byFile.get(args.path.replace(/^.*\/generated\//, '').replace(/\.js$/, ''));
      return name === undefined ? undefined : { path: `akhbar/data/${name}`, external: true };
    });
  },
};

const ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  'tokenize/index': 'src/tokenize/index.ts',
  'normalize/index': 'src/normalize/index.ts',
  'repair/index': 'src/repair/index.ts',
  'lexicon/index': 'src/lexicon/index.ts',
  'gazetteer/index': 'src/gazetteer/index.ts',
  'stance/index': 'src/stance/index.ts',
  // The command line (Node only; not in the exports map).
  cli: 'src/cli/bin.ts',
  // analyzeMany in worker threads (Node only): akhbar/node, and the worker it starts.
  'node/index': 'src/node/index.ts',
  'node/worker': 'src/node/worker.ts',
  ...Object.fromEntries(Object.entries(DATA).map(([name, file]) => [`data/${name}`, file])),
};

export default defineConfig({
  entry: ENTRIES,
  format: ['esm', 'cjs'],
  // Types for the library's entries; the command line and the worker have none.
  // (Node's types for akhbar/node; src/ stays free of Node modules, as test/api.test.ts checks.)
  dts: { entry: Object.fromEntries(Object.entries(ENTRIES).filter(([k]) => k !== 'cli' && k !== 'node/worker')), compilerOptions: { types: ['node'] } },
  sourcemap: true,
  // Maps without the sources: the lexicon data would otherwise be copied into them.
  esbuildOptions(options) {
    options.sourcesContent = false;
    // Arabic as UTF-8, not \uXXXX escapes (three times smaller).
    options.charset = 'utf8';
  },
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: [/^node:/],
  splitting: true,
  esbuildPlugins: [dataExternal],
  treeshake: true,
});
