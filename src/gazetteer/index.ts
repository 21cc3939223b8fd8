export { Gazetteer, MAX_ENTITIES, type FindOptions } from './gazetteer.js';
export { defaultGazetteer } from './default.js';
export { ENTITY_TYPES, MAX_NAME_LENGTH, type Entity, type EntityType } from './entity.js';
export { MENTION_KINDS, type Mention, type MentionKind } from './mention.js';
