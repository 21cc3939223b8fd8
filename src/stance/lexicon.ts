/**
 * The stance lexicon: evaluative cues with their polarity and weight (data/stance/cues.tsv), and
 * the words that shift them (negation, intensifiers, diminishers, hedges, certainty, contrast),
 * mark reported speech, or open rhetorical questions (data/stance/*.tsv).
 */
import { describe } from '../_lib/args.js';
import { STANCE_CUES, STANCE_QUESTIONS, STANCE_REPORTING, STANCE_SHIFTERS } from '../generated/stance-data.js';
import { phraseTable, type PhraseTable } from './phrases.js';

/**
 * An evaluative cue: a word or phrase that, said of a target, is favorable (`polarity: 1`) or
 * critical (`-1`), with a weight (0.5 mild … 2 very strong). `match: 'prefix'` makes a single word
 * match every word that starts with it (إخفاق → إخفاقات). Words are matched folded and behind
 * proclitics and the article; list them without those.
 *
 * @example
 * ```ts
 * import type { StanceCue } from 'akhbar/stance';
 * const cue: StanceCue = { cue: 'تخبط', polarity: -1, weight: 1 };
 * ```
 * @category Stance
 */
export interface StanceCue {
  /** The word or phrase, without proclitics or the article (الفشل الذريع is listed as فشل ذريع). */
  readonly cue: string;
  /** 1 favorable, −1 critical, of whoever it is said of. */
  readonly polarity: 1 | -1;
  /** 0.5 mild, 1 clear, 1.5 strong, 2 very strong (at most 10). */
  readonly weight: number;
  /** `word` (default): the word or phrase; `prefix`: every word that starts with this one. */
  readonly match?: 'word' | 'prefix';
}

/** @internal What a shifter does. */
export type ShifterKind = 'negation' | 'intensifier' | 'diminisher' | 'hedge' | 'certainty' | 'contrast';
/** @internal A shifter: its factor and how many words it reaches (0: the sentence). */
export interface Shifter {
  readonly kind: ShifterKind;
  readonly factor: number;
  readonly scope: number;
}
/**
 * @internal A reporting marker: a verb of saying (قال), a verb that reports speech only with a
 * speaker (كشف, أشار), an according-to phrase (بحسب), or a noun naming a source (مصادر).
 */
export type ReportingKind = 'speech' | 'verb' | 'according' | 'source-noun';

/** @internal The compiled tables of a lexicon. */
export interface CompiledLexicon {
  readonly cues: PhraseTable<StanceCue>;
  readonly shifters: PhraseTable<Shifter>;
  readonly reporting: PhraseTable<ReportingKind>;
  readonly questions: PhraseTable<number>;
}

const compiled = new WeakMap<StanceLexicon, CompiledLexicon>();

/**
 * A stance lexicon: evaluative cues, with akhbar's built-in shifters, reporting markers and
 * question openers. Make one with {@link createStanceLexicon}; the built-in one is
 * {@link builtinStanceLexicon}.
 *
 * @example
 * ```ts
 * import { builtinStanceLexicon } from 'akhbar/stance';
 * builtinStanceLexicon().cues.some((c) => c.cue === 'فشل' && c.polarity === -1) //=> true
 * ```
 * @category Stance
 */
export interface StanceLexicon {
  /** The evaluative cues. */
  readonly cues: readonly StanceCue[];
}

/** Most cues a user lexicon may hold. */
const MAX_CUES = 100_000;

/**
 * A stance lexicon from your cues, added to the built-in ones (`extend`, the default) or instead of
 * them. A cue given again replaces the built-in one. Each cue is checked: a TypeError or RangeError
 * names the entry and the field.
 *
 * @example
 * ```ts
 * import { createStanceLexicon, stance } from 'akhbar/stance';
 * const lexicon = createStanceLexicon([{ cue: 'تخبط', polarity: -1, weight: 1.5 }]);
 * stance('ظهر تخبط التحالف الدولي في إدارة المعركة.', { targets: ['global-coalition-against-isis'], lexicon })[0]!.label;
 * //=> 'against'
 * ```
 * @category Stance
 */
export function createStanceLexicon(cues: Iterable<StanceCue>, options?: { readonly extend?: boolean }): StanceLexicon {
  if (cues === null || typeof cues !== 'object' || typeof (cues as Iterable<StanceCue>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`createStanceLexicon: argument "cues" must be an iterable of cues, got ${describe(cues)}`);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError(`createStanceLexicon: argument "options" must be an object, got ${describe(options)}`);
  for (const key of Object.keys(options ?? {})) if (key !== 'extend') throw new RangeError(`createStanceLexicon: unknown option "${key}"; the valid option is "extend"`);
  const extend = options?.extend ?? true;
  if (typeof extend !== 'boolean') throw new TypeError(`createStanceLexicon: option "extend" must be a boolean, got ${describe(extend)}`);
  const mine: StanceCue[] = [];
  for (const value of cues) {
    if (mine.length >= MAX_CUES) throw new RangeError(`createStanceLexicon: more than ${MAX_CUES} cues`);
    mine.push(checkCue(value, mine.length));
  }
  const own = new Set(mine.map((c) => c.cue));
  const base = extend ? builtinStanceLexicon().cues.filter((c) => !own.has(c.cue)) : [];
  return lexicon([...base, ...mine]);
}

let builtin: StanceLexicon | undefined;

/**
 * The built-in stance lexicon (data/stance/cues.tsv): cues of failure, weakness, complicity,
 * inaction and blame, and of success, support and achievement, in news and political Arabic.
 *
 * @example
 * ```ts
 * import { builtinStanceLexicon } from 'akhbar/stance';
 * builtinStanceLexicon().cues.length > 300 //=> true
 * ```
 * @category Stance
 */
export function builtinStanceLexicon(): StanceLexicon {
  return (builtin ??= lexicon(STANCE_CUES.map(([cue, polarity, weight, match]) => Object.freeze({ cue, polarity, weight, match }))));
}

function lexicon(cues: readonly StanceCue[]): StanceLexicon {
  const lex: StanceLexicon = Object.freeze({ cues: Object.freeze([...cues]) });
  return lex;
}

/** @internal The compiled tables of `lex`. */
export function compile(lex: StanceLexicon): CompiledLexicon {
  const known = compiled.get(lex);
  if (known) return known;
  const c: CompiledLexicon = {
    cues: phraseTable(lex.cues.map((cue) => ({ phrase: cue.cue, prefix: cue.match === 'prefix', value: cue }))),
    shifters: shared().shifters,
    reporting: shared().reporting,
    questions: shared().questions,
  };
  compiled.set(lex, c);
  return c;
}

let sharedTables: Omit<CompiledLexicon, 'cues'> | undefined;
function shared(): Omit<CompiledLexicon, 'cues'> {
  return (sharedTables ??= {
    shifters: phraseTable(STANCE_SHIFTERS.map(([phrase, kind, factor, scope]) => ({ phrase, value: { kind, factor, scope } }))),
    reporting: phraseTable(STANCE_REPORTING.map(([phrase, kind]) => ({ phrase, value: kind }))),
    questions: phraseTable(STANCE_QUESTIONS.map(([phrase, weight]) => ({ phrase, value: weight }))),
  });
}

function checkCue(value: unknown, i: number): StanceCue {
  const where = `createStanceLexicon: cue ${i}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`${where}: must be { cue, polarity, weight, match? }, got ${describe(value)}`);
  const v = value as Record<string, unknown>;
  for (const key of Reflect.ownKeys(v)) {
    if (key !== 'cue' && key !== 'polarity' && key !== 'weight' && key !== 'match') throw new TypeError(`${where}, field "${String(key)}": is not a field of a cue (fields: cue, polarity, weight, match)`);
  }
  if (typeof v.cue !== 'string' || v.cue.trim() === '') throw new TypeError(`${where}, field "cue": must be a non-empty string, got ${describe(v.cue)}`);
  if (v.cue.length > 200) throw new RangeError(`${where}, field "cue": is longer than 200 characters`);
  if (v.polarity !== 1 && v.polarity !== -1) throw new TypeError(`${where}, field "polarity": must be 1 or -1, got ${describe(v.polarity)}`);
  if (typeof v.weight !== 'number' || !Number.isFinite(v.weight) || v.weight <= 0 || v.weight > 10) throw new RangeError(`${where}, field "weight": must be a number above 0 and at most 10, got ${describe(v.weight)}`);
  if (v.match !== undefined && v.match !== 'word' && v.match !== 'prefix') throw new TypeError(`${where}, field "match": must be "word" or "prefix", got ${describe(v.match)}`);
  return Object.freeze({ cue: v.cue.trim(), polarity: v.polarity, weight: v.weight, ...(v.match ? { match: v.match as 'word' | 'prefix' } : {}) });
}
