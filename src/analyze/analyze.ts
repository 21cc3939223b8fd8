/**
 * analyze(): repair, tokens, sentences, paragraphs, entities and stance in one call, every span
 * pointing into the text as given.
 */
import { assertText, checkOptions, describe } from '../_lib/args.js';
import { defaultGazetteer } from '../gazetteer/default.js';
import { Gazetteer, type FindOptions } from '../gazetteer/gazetteer.js';
import type { Mention } from '../gazetteer/mention.js';
import type { EditList } from '../repair/edit-list.js';
import type { RepairOptions } from '../repair/options.js';
import { repair, type Repaired } from '../repair/repair.js';
import type { Evidence, StanceReport } from '../stance/report.js';
import { stance, type StanceOptions } from '../stance/stance.js';
import { paragraphs } from '../tokenize/paragraphs.js';
import { sentences } from '../tokenize/sentences.js';
import type { Span } from '../tokenize/span.js';
import { TokenListImpl, type TokenList } from '../tokenize/token-list.js';
import { tokenize, tokenSpans, type TokenizeOptions } from '../tokenize/tokenize.js';

/**
 * Options of {@link analyze}: each step on (`true`, the default), off (`false`), or on with its
 * own options.
 *
 * @example
 * ```ts
 * import { analyze, type AnalyzeOptions } from 'akhbar';
 * const options: AnalyzeOptions = { stance: false, entities: { fuzzy: false } };
 * analyze('قال أوباما في بغداد', options).stance //=> null
 * ```
 * @category Analyze
 */
export interface AnalyzeOptions {
  /** Repair the text first (see {@link repair}); the other steps run on the repaired text. */
  readonly repair?: boolean | RepairOptions;
  /** Tokens (see {@link tokenize}). */
  readonly tokens?: boolean | TokenizeOptions;
  /** Sentences (see {@link sentences}). */
  readonly sentences?: boolean;
  /** Paragraphs (see {@link paragraphs}). */
  readonly paragraphs?: boolean;
  /** Entity mentions (see {@link Gazetteer.find}). */
  readonly entities?: boolean | FindOptions;
  /** Stance toward the targets (see {@link stance}). */
  readonly stance?: boolean | Omit<StanceOptions, 'gazetteer'>;
  /** The gazetteer of the entities and stance steps. Default: {@link defaultGazetteer}. */
  readonly gazetteer?: Gazetteer;
}

/**
 * What {@link analyze} returns: plain data (JSON-serialisable), every offset into `text`, the text
 * as given. A step switched off gives `null`.
 *
 * @example
 * ```ts
 * import { analyze, type AnalyzedText } from 'akhbar';
 * const a: AnalyzedText = analyze('وصل الوفد إلى بغداد.');
 * a.entities!.map((m) => m.entityId) //=> ['baghdad']
 * ```
 * @category Analyze
 */
export interface AnalyzedText {
  /** The text as given. */
  readonly text: string;
  /** The repaired text and its edits (offsets of the edits into `text`). */
  readonly repaired: {
    /** The repaired text, which the other steps analysed. */
    readonly text: string;
    /** The repairs, with offsets into the text as given, as a compact {@link EditList}. */
    readonly edits: EditList;
  } | null;
  /**
   * The tokens, as a compact {@link TokenList} (`JSON.stringify` writes an array of tokens): each
   * token's `text` is the token as analysed (after repair), `start` and `end` its span in `text`.
   */
  readonly tokens: TokenList | null;
  /** The sentences, spans of `text`. */
  readonly sentences: readonly Span[] | null;
  /** The paragraphs, spans of `text`. */
  readonly paragraphs: readonly Span[] | null;
  /** The entity mentions, spans of `text`. */
  readonly entities: readonly Mention[] | null;
  /** The stance reports, their mentions and evidence spans of `text`. */
  readonly stance: readonly StanceReport[] | null;
}

const KEYS = ['repair', 'tokens', 'sentences', 'paragraphs', 'entities', 'stance', 'gazetteer'] as const;

/**
 * Analyses a news text in one call: repairs it, then finds its tokens, sentences, paragraphs,
 * entity mentions and stance toward its targets on the repaired text, and maps every span back to
 * the text as given (a run-on word split by the repair gives tokens inside its span).
 *
 * @param text - any string (never throws on one)
 * @param options - see {@link AnalyzeOptions}
 * @throws TypeError when `text` is not a string or an option has the wrong type; RangeError for
 * an unknown option, or as the steps' own options do
 *
 * @example
 * ```ts
 * import { analyze } from 'akhbar';
 * const text = 'أكد الإتحاد الأوروبي دعمه للولاياتالمتحدة';
 * const a = analyze(text, { stance: false });
 * a.repaired!.text //=> 'أكد الاتحاد الأوروبي دعمه للولايات المتحدة'
 * a.entities!.map((m) => [m.entityId, text.slice(m.start, m.end)]);
 * //=> [['european-union', 'الإتحاد الأوروبي'], ['united-states', 'لولاياتالمتحدة']]
 * ```
 * @category Analyze
 */
export function analyze(text: string, options?: AnalyzeOptions): AnalyzedText {
  assertText(text, 'analyze');
  const o = checkOptions<AnalyzeOptions>(options, 'analyze', KEYS);
  const step = <T extends object>(key: (typeof KEYS)[number]): T | undefined | false => {
    const v = o[key as keyof AnalyzeOptions];
    if (v === undefined || v === true) return undefined;
    if (v === false) return false;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new TypeError(`analyze: option "${key}" must be a boolean or an options object, got ${describe(v)}`);
    return v as T;
  };
  const g = o.gazetteer ?? defaultGazetteer();
  if (!(g instanceof Gazetteer)) throw new TypeError(`analyze: option "gazetteer" must be a Gazetteer, got ${describe(g)}`);

  const repairOptions = step<RepairOptions>('repair');
  const r = repairOptions === false ? undefined : repair(text, repairOptions);
  const t = r ? r.text : text;
  const span = (start: number, end: number): { start: number; end: number } => (r ? r.toSourceSpan(start, end) : { start, end });
  const spanOf = <S extends { start: number; end: number }>(s: S): S => ({ ...s, ...span(s.start, s.end) });
  const slice = (s: { start: number; end: number; text: string }): Span => {
    const m = span(s.start, s.end);
    return { start: m.start, end: m.end, text: text.slice(m.start, m.end) };
  };
  const mention = (m: Mention): Mention => {
    const s = span(m.start, m.end);
    return { ...m, start: s.start, end: s.end, surface: text.slice(s.start, s.end) };
  };

  const tokenOptions = step<TokenizeOptions>('tokens');
  const sents = o.sentences === false ? null : sentences(t).map(slice);
  const paras = o.paragraphs === false ? null : paragraphs(t).map(slice);
  const findOptions = step<FindOptions>('entities');
  const entities = findOptions === false ? null : g.find(t, findOptions).map(mention);
  const stanceOptions = step<Omit<StanceOptions, 'gazetteer'>>('stance');
  const reports =
    stanceOptions === false
      ? null
      : stance(t, { ...(stanceOptions ?? {}), gazetteer: g }).map((rep): StanceReport => ({
          ...rep,
          mentions: rep.mentions.map(mention),
          evidence: rep.evidence.map((e): Evidence => ({ ...spanOf(e), sentence: slice(e.sentence) })),
        }));
  // The tokens last: their list (9 bytes a token) is not yet held while entities and stance,
  // the steps that need the most memory while they run, do their work.
  const tokens = tokenOptions === false ? null : sourceTokens(text, t, tokenOptions, r);
  return {
    text,
    repaired: r ? { text: r.text, edits: r.edits } : null,
    tokens,
    sentences: sents,
    paragraphs: paras,
    entities,
    stance: reports,
  };
}

/**
 * The tokens of the analysed text `t` with their spans in the input `text`: a compact list like
 * tokenize's, whose tokens' texts are read from `t` and spans mapped to the input when read.
 */
function sourceTokens(text: string, t: string, options: TokenizeOptions | undefined, r: Repaired | undefined): TokenList {
  if (!r) return tokenize(t, options);
  const { count, starts, ends, kinds } = tokenSpans(t, options);
  return new TokenListImpl(text, count, starts, ends, kinds, { text: t, sourceSpan: (_i, start, end) => r.toSourceSpan(start, end) });
}
