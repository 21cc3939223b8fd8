export { analyze, type AnalyzeOptions, type AnalyzedText } from './analyze.js';
