export { segment, stem } from './segment.js';
export { MAX_SEGMENT_LETTERS } from './place.js';
export { segmentTokens, type SegmentationList } from './segment-tokens.js';
export type { Segment, Segmentation, SegmentOptions } from './segmentation.js';
export { SEGMENT_ROLES, SEGMENT_SCHEMES, RESTORATIONS, type SegmentRole, type SegmentScheme, type Restoration } from './roles.js';
