// Size budget of the browser build (`npm run size`, checked in CI). The code is measured as a
// browser bundler would ship it (esbuild, minified, gzip) with the built-in data tables left out:
// they are separate modules (`akhbar/data/*`, see tsup.config.ts), loaded as files of their own, and
// measured on their own below.
const withoutData = (config) => ({ ...config, external: [...(config.external ?? []), 'akhbar/data/*'] });

export default [
  {
    name: 'akhbar (root entry, all of it, without the built-in data)',
    path: 'dist/index.js',
    limit: '60 kB',
    gzip: true,
    modifyEsbuildConfig: withoutData,
  },
  {
    name: 'akhbar: tokenize only',
    path: 'dist/index.js',
    import: '{ tokenize }',
    limit: '10 kB',
    gzip: true,
    modifyEsbuildConfig: withoutData,
  },
  {
    name: 'akhbar: analyze only (repair, tokens, entities, stance)',
    path: 'dist/index.js',
    import: '{ analyze }',
    limit: '60 kB',
    gzip: true,
    modifyEsbuildConfig: withoutData,
  },
  {
    name: 'built-in data: lexicon',
    path: 'dist/data/lexicon.js',
    limit: '3.5 MB',
    gzip: true,
  },
  {
    name: 'built-in data: gazetteer',
    path: 'dist/data/gazetteer.js',
    limit: '700 kB',
    gzip: true,
  },
  {
    name: 'built-in data: given names',
    path: 'dist/data/given-names.js',
    limit: '20 kB',
    gzip: true,
  },
  {
    name: 'built-in data: stance lexicon',
    path: 'dist/data/stance.js',
    limit: '20 kB',
    gzip: true,
  },
];
