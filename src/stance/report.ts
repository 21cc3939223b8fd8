/**
 * What stance() reports: a label per target, with the evidence that decided it.
 */
import type { Mention } from '../gazetteer/mention.js';

/**
 * The leanings a text may have toward a target.
 *
 * | label | when |
 * |---|---|
 * | `favor` | the author's evaluative cues about the target are mostly favorable |
 * | `against` | they are mostly critical (failure, complicity, rhetorical questions, scare quotes) |
 * | `mixed` | strong cues of both signs |
 * | `neutral` | little or no evaluation in the author's voice (reports of what others said included) |
 *
 * @example
 * ```ts
 * import { STANCE_LABELS } from 'akhbar/stance';
 * STANCE_LABELS //=> ['favor', 'against', 'neutral', 'mixed']
 * ```
 * @category Stance
 */
export const STANCE_LABELS = ['favor', 'against', 'neutral', 'mixed'] as const;

/**
 * A label of {@link STANCE_LABELS}.
 *
 * @example
 * ```ts
 * import type { StanceLabel } from 'akhbar/stance';
 * const label: StanceLabel = 'against';
 * ```
 * @category Stance
 */
export type StanceLabel = (typeof STANCE_LABELS)[number];

/**
 * Who says an evaluation: the text's author, or a source the text reports (قال, بحسب, a quotation).
 *
 * @example
 * ```ts
 * import type { Voice } from 'akhbar/stance';
 * const voice: Voice = 'attributed';
 * ```
 * @category Stance
 */
export type Voice = 'author' | 'attributed';

/**
 * One piece of evidence: an evaluative cue about the target, with offsets into the text.
 *
 * @example
 * ```ts
 * import { stance } from 'akhbar/stance';
 * const text = 'كشفت الضربات عن الفشل الذريع للتحالف الدولي.';
 * const [e] = stance(text, { targets: ['global-coalition-against-isis'] })[0]!.evidence;
 * [text.slice(e!.start, e!.end), e!.polarity, e!.voice] //=> ['الفشل الذريع', -1, 'author']
 * ```
 * @category Stance
 */
export interface Evidence {
  /** UTF-16 offset of the cue's first code unit in the text. */
  readonly start: number;
  /** Offset just past the cue. */
  readonly end: number;
  /** The sentence the cue is in (offsets and text). */
  readonly sentence: {
    /** Offset of the sentence's first code unit. */
    readonly start: number;
    /** Offset just past it. */
    readonly end: number;
    /** `text.slice(start, end)`. */
    readonly text: string;
  };
  /** The cue as the lexicon lists it, or `rhetorical-question`, `scare-quotes`. */
  readonly cue: string;
  /** +1 favorable, −1 critical, after negation. */
  readonly polarity: 1 | -1;
  /** How much it counts, after intensifiers, diminishers and contrast. */
  readonly weight: number;
  /** The author's, or a reported source's. */
  readonly voice: Voice;
  /** For attributed evidence: the source, as an entity id or as the text names it (مصادر دبلوماسية). */
  readonly source?: string;
}

/**
 * The leaning of one reported source toward the target.
 *
 * @example
 * ```ts
 * import type { SourceStance } from 'akhbar/stance';
 * const s: SourceStance = { source: 'russia', label: 'against', score: -0.6 };
 * ```
 * @category Stance
 */
export interface SourceStance {
  /** An entity id, or the source as the text describes it (مصادر دبلوماسية), or `unnamed source`. */
  readonly source: string;
  /** The source's leaning, by the same thresholds as the author's. */
  readonly label: StanceLabel;
  /** From −1 to 1. */
  readonly score: number;
}

/**
 * The stance of a text toward one target.
 *
 * @example
 * ```ts
 * import { stance } from 'akhbar/stance';
 * const [r] = stance('نجح التحالف الدولي في تحرير المدينة بسرعة لافتة.', { targets: ['global-coalition-against-isis'] });
 * [r!.target, r!.label] //=> ['global-coalition-against-isis', 'favor']
 * ```
 * @category Stance
 */
export interface StanceReport {
  /** The target's entity id (or a custom target's id). */
  readonly target: string;
  /** The author's leaning. */
  readonly label: StanceLabel;
  /** From −1 (critical) to 1 (favorable): the balance of the author's evidence. */
  readonly score: number;
  /** From 0 to 1: how much evidence there is, how well it agrees, and how hedged it is. */
  readonly confidence: number;
  /** The target's mentions in the text. */
  readonly mentions: readonly Mention[];
  /** Every cue about the target, the author's and the sources', in text order. */
  readonly evidence: readonly Evidence[];
  /** The leaning of each reported source, by source. */
  readonly bySource: readonly SourceStance[];
}
