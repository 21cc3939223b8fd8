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
};

export default defineConfig({
  entry: ENTRIES,
  format: ['esm', 'cjs'],
  // Types for the library's entries; the command line has none (and uses Node's own).
  dts: { entry: Object.fromEntries(Object.entries(ENTRIES).filter(([k]) => k !== 'cli')), compilerOptions: { types: [] } },
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
