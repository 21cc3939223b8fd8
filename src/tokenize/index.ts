export { tokenize, tokenSpans, type TokenizeOptions, type TokenSpans } from './tokenize.js';
export { TOKEN_KINDS, type TokenKind } from './kinds.js';
export type { Token, PlainToken } from './token.js';
export type { Span } from './span.js';
export { sentences } from './sentences.js';
export { paragraphs, WRAP_MIN_WIDTH, WRAP_MAX_WIDTH, WRAP_RATIO } from './paragraphs.js';
