/**
 * akhbar: Arabic news text processing.
 *
 * @packageDocumentation
 */
export * from './tokenize/index.js';
export * from './normalize/index.js';
export * from './repair/index.js';
export * from './gazetteer/index.js';
export * from './stance/index.js';
export * from './analyze/index.js';
