/**
 * Mentions: where a text names an entity.
 */
import type { EntityType } from './entity.js';

/**
 * How a mention names its entity:
 *
 * | kind | what | example |
 * |---|---|---|
 * | `name` | the entity's Arabic name | سوريا |
 * | `alias` | one of its aliases | الناتو |
 * | `demonym` | a form of its nisba adjective | السوريين |
 * | `title-person` | a name after a title: a weak alias (الرئيس الأسد), or a name the gazetteer lacks (entity id `unknown:…`) | الجنرال فلان |
 * | `given-name` | a person the gazetteer lacks, found by a given name and the name words after it (entity id `unknown:…`) | نجيب محفوظ |
 * | `coreference` | a short form after the full name in the same text | الأسد, after بشار الأسد |
 *
 * @example
 * ```ts
 * import { MENTION_KINDS } from 'akhbar/gazetteer';
 * MENTION_KINDS.length //=> 6
 * ```
 * @category Gazetteer
 */
export const MENTION_KINDS = ['name', 'alias', 'demonym', 'title-person', 'given-name', 'coreference'] as const;

/**
 * The kind of a mention: see {@link MENTION_KINDS}.
 *
 * @example
 * ```ts
 * import type { MentionKind } from 'akhbar/gazetteer';
 * const kind: MentionKind = 'demonym';
 * ```
 * @category Gazetteer
 */
export type MentionKind = (typeof MENTION_KINDS)[number];

/**
 * A mention of an entity in a text, with offsets into the text as given (clitics before the name
 * are outside the span: in وبالعراق the mention is العراق).
 *
 * @example
 * ```ts
 * import { defaultGazetteer, type Mention } from 'akhbar/gazetteer';
 * const [m]: Mention[] = defaultGazetteer().find('وصل الوفد إلى سوريا');
 * m //=> { entityId: 'syria', type: 'location', start: 14, end: 19, surface: 'سوريا', kind: 'name' }
 * ```
 * @category Gazetteer
 */
export interface Mention {
  /**
   * The entity's id; for a person the gazetteer lacks (found by a title or a given name),
   * `unknown:` and the folded name as first mentioned in the text.
   */
  readonly entityId: string;
  /** The entity's type (`person` for a person the gazetteer lacks). */
  readonly type: EntityType;
  /** UTF-16 offset of the mention's first code unit in the text. */
  readonly start: number;
  /** UTF-16 offset just past its last code unit. */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly surface: string;
  /** How the text names the entity: see {@link MENTION_KINDS}. */
  readonly kind: MentionKind;
  /** Present when the text spells the name one edit away from the gazetteer. */
  readonly fuzzy?: {
    /** The edit distance between the word and the name (1). */
    readonly distance: number;
  };
}
