import { defineConfig } from 'tsup';

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
  },
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: [/^node:/],
  splitting: true,
  treeshake: true,
});
