/**
 * The playground: a static page that runs akhbar's browser build (dist/index.js and the data
 * tables it imports as akhbar/data/<name>), built into docs/playground/ by `npm run docs`.
 * Build dist/ first (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const repo = here('..');
if (!existsSync(`${repo}dist/index.js`) || !existsSync(`${repo}dist/data/lexicon.js`)) {
  throw new Error('The playground runs the built package: dist/ is missing or incomplete. Run `npm run build` first.');
}

/** The chunk of a data table of dist/data/ (akhbar-data-lexicon, …), or null for other modules. */
function dataChunk(id: string): string | null {
  const m = /[\\/]dist[\\/]data[\\/]([\w-]+)\.js$/.exec(id);
  return m ? `akhbar-data-${m[1]}` : null;
}

export default defineConfig({
  root: here('.'),
  base: './',
  // Nothing to copy: the page has no public/ folder.
  publicDir: false,
  resolve: {
    alias: [
      // The package's big data tables (lexicon, gazetteer, stance), which dist/ imports by the
      // package's own name.
      { find: /^akhbar\/data\/(.*)$/, replacement: `${repo}dist/data/$1.js` },
      // The built ESM entry: the page proves the core runs in a browser as published.
      { find: /^akhbar$/, replacement: `${repo}dist/index.js` },
    ],
  },
  server: { fs: { allow: [repo] } },
  build: {
    outDir: here('../docs/playground'),
    emptyOutDir: true,
    target: 'es2022',
    // The lexicon alone is about 5 MB of code (the gazetteer 2.4 MB): each data table gets a chunk
    // of its own, so that it is cached apart from the code.
    chunkSizeWarningLimit: 5500,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: (id: string) => dataChunk(id), debugName: 'akhbar-data', priority: 2 },
            { name: 'akhbar', test: /[\\/]dist[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
