export { normalize, normalizeWithOffsets } from './normalize.js';
export { PRESETS, type NormalizeOptions, type PresetName } from './options.js';
export type { NormalizedText } from './offset-map.js';
