export { tokenize, tokenSpans, type TokenizeOptions, type TokenSpans } from './tokenize.js';
export type { TokenList } from './token-list.js';
export type { ListView } from '../_lib/list-view.js';
export { TOKEN_KINDS, type TokenKind } from './kinds.js';
export type { Token, PlainToken } from './token.js';
export type { Span } from './span.js';
export { sentences } from './sentences.js';
export { paragraphs, WRAP_MIN_WIDTH, WRAP_MAX_WIDTH, WRAP_RATIO } from './paragraphs.js';
export {
  segment,
  stem,
  segmentTokens,
  type SegmentationList,
  MAX_SEGMENT_LETTERS,
  SEGMENT_ROLES,
  SEGMENT_SCHEMES,
  RESTORATIONS,
  type Segment,
  type Segmentation,
  type SegmentOptions,
  type SegmentRole,
  type SegmentScheme,
  type Restoration,
} from '../segment/index.js';
