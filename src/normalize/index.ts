export { normalize, normalizeWithOffsets } from './normalize.js';
export { PRESETS, type NormalizeOptions, type PresetName, type ResolvedNormalizeOptions } from './options.js';
export type { NormalizedText, SourceSpan } from './offset-map.js';
