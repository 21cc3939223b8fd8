/**
 * The options of segment(), checked once per call: the scheme, and the lookups the analysis
 * consults (the lexicon, the user's words, and the folded spellings a word may stand for), with the
 * cache of segmentations made with them.
 *
 * @internal
 */
import { checkChoice, checkOptions, describe } from '../_lib/args.js';
import { builtinLexicon } from '../lexicon/builtin.js';
import { assertLexicon, lexiconKey, type Lexicon } from '../lexicon/lexicon.js';
import { unfoldings } from './folding.js';
import type { Lookup } from './part.js';
import { SEGMENT_SCHEMES, type SegmentScheme } from './roles.js';
import type { Segmentation, SegmentOptions } from './segmentation.js';

const OPTION_KEYS = ['scheme', 'lexicon', 'words'] as const;

/** Options checked once: the scheme and what analyze() consults. @internal */
export interface Resolved {
  readonly scheme: SegmentScheme;
  readonly lookup: Lookup;
  /** The same lookup with folded spellings tried (for words without ة ى أ إ آ). */
  readonly foldedLookup: Lookup;
  /** Segmentations already made with these options, at offset 0, by word (frozen). */
  readonly words: Map<string, Segmentation>;
}

const EMPTY: ReadonlySet<string> = new Set();
/** Words kept in a cache of segmentations; it is emptied when full. */
export const CACHE_LIMIT = 50_000;
const defaults: Partial<Record<SegmentScheme, Resolved>> = {};

/** @internal Checks the options of `fn` and prepares the lookups. */
export function resolveOptions(options: unknown, fn: string): Resolved {
  const o = checkOptions<SegmentOptions>(options, fn, OPTION_KEYS);
  const scheme = checkChoice(o.scheme, fn, 'scheme', SEGMENT_SCHEMES) ?? 'light';
  if (o.lexicon === undefined && o.words === undefined) {
    return (defaults[scheme] ??= makeResolved(scheme, builtinLexicon(), EMPTY));
  }
  let lexicon: Lexicon = builtinLexicon();
  if (o.lexicon !== undefined) {
    assertLexicon(o.lexicon, fn, 'options.lexicon');
    lexicon = o.lexicon;
  }
  let whole: ReadonlySet<string> = EMPTY;
  if (o.words !== undefined) {
    const words = o.words as unknown;
    if (words === null || typeof words !== 'object' || typeof (words as Iterable<unknown>)[Symbol.iterator] !== 'function') {
      throw new TypeError(`${fn}: option "words" must be an iterable of strings, got ${describe(words)}`);
    }
    const set = new Set<string>();
    let i = 0;
    for (const w of words as Iterable<unknown>) {
      if (typeof w !== 'string') throw new TypeError(`${fn}: option "words" must list strings, but item ${i} is ${describe(w)}`);
      const key = lexiconKey(w.trim());
      if (key.length > 0) set.add(key);
      i++;
    }
    whole = set;
  }
  return makeResolved(scheme, lexicon, whole);
}

function makeResolved(scheme: SegmentScheme, lexicon: Lexicon, whole: ReadonlySet<string>): Resolved {
  const exact = (s: string): boolean => whole.has(s) || lexicon.has(s);
  const folded = (s: string): boolean => exact(s) || unfoldings(s).some(exact);
  return { scheme, lookup: { known: exact, whole }, foldedLookup: { known: folded, whole, folded: true }, words: new Map() };
}
