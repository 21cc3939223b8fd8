export { segment, stem, MAX_SEGMENT_LETTERS } from './segment.js';
export { segmentTokens } from './segment-tokens.js';
export type { Segment, Segmentation, SegmentOptions } from './segmentation.js';
export { SEGMENT_ROLES, SEGMENT_SCHEMES, RESTORATIONS, type SegmentRole, type SegmentScheme, type Restoration } from './roles.js';
