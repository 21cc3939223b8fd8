import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'tokenize/index': 'src/tokenize/index.ts',
    'normalize/index': 'src/normalize/index.ts',
    'repair/index': 'src/repair/index.ts',
    'lexicon/index': 'src/lexicon/index.ts',
    'gazetteer/index': 'src/gazetteer/index.ts',
    'stance/index': 'src/stance/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { types: [] } },
  sourcemap: true,
  // Maps without the sources: the lexicon data would otherwise be copied into them.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
});
