/**
 * The closed sets of the segmentation, built once from the generated data
 * (data/segment/*.tsv): closed-class stems and the spelling they take before a pronoun, words with
 * a fixed segmentation, pronoun suffixes, and words kept whole.
 *
 * @internal
 */
import { FIXED_SEGMENTATIONS, FUNCTION_STEMS, PRONOUN_SUFFIXES, WHOLE_WORDS } from '../generated/segment-data.js';
import { unfoldings } from './folding.js';
import type { SegmentRole } from './roles.js';

/** A closed-class stem (or a word kept whole): its spelling before a pronoun, and its proclitics. */
export interface FunctionStem {
  readonly beforePronoun: string | null;
  readonly proclitics: 'none' | 'conj' | 'all';
  /** A word kept whole that takes the article (لجنة: للجنة is ل + ال + لجنة). */
  readonly article?: boolean;
}

/** The closed sets, by word. */
export interface Tables {
  readonly stems: ReadonlyMap<string, FunctionStem>;
  /** Spelling before a pronoun → the word (إلي → إلى). */
  readonly pronounBases: ReadonlyMap<string, string>;
  /** Words with a fixed segmentation, as [text, role] pieces. */
  readonly fixed: ReadonlyMap<string, ReadonlyArray<readonly [string, SegmentRole]>>;
  /** Pronoun suffixes, longest first, with the stems they follow. */
  readonly pronouns: ReadonlyArray<readonly [string, 'any' | 'particle']>;
  /** Last letters of the pronoun suffixes (a word ending otherwise has none). */
  readonly pronounFinals: ReadonlySet<string>;
}

let tables: Tables | undefined;

/** How a word kept whole stands: it takes every proclitic and no pronoun. */
const WHOLE: FunctionStem = { beforePronoun: null, proclitics: 'all' };
const WHOLE_NOUN: FunctionStem = { beforePronoun: null, proclitics: 'all', article: true };

/** The tables, built on first use. */
export function getTables(): Tables {
  if (tables) return tables;
  const stems = new Map<string, FunctionStem>();
  const pronounBases = new Map<string, string>();
  for (const [word, article] of WHOLE_WORDS) stems.set(word, article ? WHOLE_NOUN : WHOLE);
  for (const [word, beforePronoun, proclitics] of FUNCTION_STEMS) {
    stems.set(word, { beforePronoun, proclitics });
    if (beforePronoun !== null) pronounBases.set(beforePronoun, word);
  }
  const pronouns = [...PRONOUN_SUFFIXES].sort((a, b) => b[0].length - a[0].length);
  const pronounFinals = new Set(pronouns.map(([form]) => form[form.length - 1]!));
  tables = { stems, pronounBases, fixed: new Map(FIXED_SEGMENTATIONS), pronouns, pronounFinals };
  return tables;
}

const userTables = new WeakMap<ReadonlySet<string>, Tables>();

/** The tables with the user's whole words added (cached per set). */
export function withWhole(t: Tables, whole: ReadonlySet<string>): Tables {
  let u = userTables.get(whole);
  if (!u) {
    const stems = new Map(t.stems);
    for (const w of whole) if (!stems.has(w)) stems.set(w, WHOLE);
    u = { ...t, stems };
    userTables.set(whole, u);
  }
  return u;
}

/**
 * The closed-class word of which `base` is the spelling before a pronoun (علي: على), also when its
 * hamza or alef maqsura is written plain (ان: أن, الي: إلى), as news text often does.
 */
export function pronounBase(base: string, t: Tables): string | undefined {
  const word = t.pronounBases.get(base);
  if (word !== undefined || base.length > 4) return word;
  for (const u of unfoldings(base)) {
    const w = t.pronounBases.get(u);
    if (w !== undefined) return w;
  }
  return undefined;
}

/** x is a closed-class stem with a pronoun suffix (لكنه, لكنني, عليها, انها). */
export function isParticleWithPronoun(x: string, t: Tables): boolean {
  for (const [form] of t.pronouns) {
    if (x.length > form.length && x.endsWith(form) && pronounBase(x.slice(0, x.length - form.length), t) !== undefined) return true;
  }
  return false;
}
