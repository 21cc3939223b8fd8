export { repair, type Repaired } from './repair.js';
export { EDIT_KINDS, applyEdits, type Edit, type EditKind } from './edit.js';
export type { EditList } from './edit-list.js';
export type { RepairOptions } from './options.js';
export * from '../lexicon/index.js';
