export { analyzeMany, type AnalyzeManyOptions } from './analyze-many.js';
