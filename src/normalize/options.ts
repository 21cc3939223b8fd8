import { checkChoice, checkOptions, describe } from '../_lib/args.js';

/**
 * The named option sets of {@link normalize}:
 * - `search`: folds everything, for matching and indexing (every option on; western digits,
 *   ASCII punctuation and quotes);
 * - `display`: only what never changes meaning: presentation forms, invisible controls, white space;
 * - `camel`: the output of CAMeL Tools' `normalize_alef_ar`, `normalize_alef_maksura_ar`,
 *   `normalize_teh_marbuta_ar` and `dediac_ar` applied together;
 * - `none`: nothing; a base for switching on single options.
 *
 * @example
 * ```ts
 * import { normalize, PRESETS } from 'akhbar/normalize';
 * PRESETS.camel.alef;
 * //=> true
 * normalize('إلى المَدرسة', 'camel');
 * //=> 'الي المدرسه'
 * ```
 * @category Normalize
 */
export type PresetName = 'search' | 'display' | 'camel' | 'none';

/**
 * Options of {@link normalize} and {@link normalizeWithOffsets}. Start from `preset` (default
 * `search`); every option given explicitly overrides the preset's value.
 *
 * @example
 * ```ts
 * import { normalize } from 'akhbar';
 * // The search preset, but keep teh marbuta and Arabic-Indic digits:
 * normalize('الدولةُ ٢٠١٤', { tehMarbuta: false, digits: 'keep' });
 * //=> 'الدولة ٢٠١٤'
 * ```
 * @category Normalize
 */
export interface NormalizeOptions {
  /** The option set to start from. Default `search`. */
  preset?: PresetName;
  /** Remove Arabic combining marks: `true` all of them (harakat, tanween, shadda, sukun, dagger alef, Quranic marks, hamza and madda marks), `'harakat'` only the harakat, tanween, shadda, sukun and dagger alef. */
  diacritics?: boolean | 'harakat';
  /** Remove tatweel (U+0640). */
  tatweel?: boolean;
  /** Fold أ إ آ ٱ to ا. */
  alef?: boolean;
  /** Fold ى to ي. */
  alefMaqsura?: boolean;
  /** Fold ة to ه. */
  tehMarbuta?: boolean;
  /** Fold ؤ and ئ to ء. */
  hamza?: boolean;
  /** Fold Persian, Urdu and Kurdish letters that look like Arabic ones (ک ی ۀ ە ڪ ھ …) to the Arabic letters. */
  lookalikes?: boolean;
  /** Replace presentation forms (U+FB50–FDFF, U+FE70–FEFF, lam-alef ligatures included) by the letters they show. */
  presentationForms?: boolean;
  /** Rewrite decimal digits of every script as ASCII (`western`) or Arabic-Indic (`arabic-indic`) digits; `keep` leaves them. */
  digits?: 'western' | 'arabic-indic' | 'keep';
  /** Rewrite ، ؛ ؟ as , ; ? (`ascii`) or the reverse (`arabic`, leaving a comma between digits); `keep` leaves them. */
  punctuation?: 'ascii' | 'arabic' | 'keep';
  /** Rewrite double quotation marks and guillemets as `"` (`ascii`) or as « » (`guillemets`, straight and curly quotes alternating open and close within a line); `keep` leaves them. */
  quotes?: 'ascii' | 'guillemets' | 'keep';
  /** Turn every horizontal space (NBSP, tab, thin space …) into a plain space, collapse runs of spaces, and remove bidirectional and zero-width controls (keeping a zero-width joiner inside an emoji sequence). Line breaks are kept. */
  whitespace?: boolean;
}

/**
 * Normalization options with every field decided: what a preset stands for.
 *
 * @example
 * ```ts
 * import { PRESETS, type ResolvedNormalizeOptions } from 'akhbar/normalize';
 * const mine: ResolvedNormalizeOptions = { ...PRESETS.search, digits: 'keep' };
 * ```
 * @category Normalize
 */
export type ResolvedNormalizeOptions = Required<Omit<NormalizeOptions, 'preset'>>;


const NONE: ResolvedNormalizeOptions = {
  diacritics: false, tatweel: false, alef: false, alefMaqsura: false, tehMarbuta: false, hamza: false,
  lookalikes: false, presentationForms: false, digits: 'keep', punctuation: 'keep', quotes: 'keep', whitespace: false,
};

/**
 * The options each preset stands for.
 *
 * @example
 * ```ts
 * import { PRESETS } from 'akhbar/normalize';
 * PRESETS.display;
 * //=> { diacritics: false, tatweel: false, …, presentationForms: true, whitespace: true }
 * ```
 * @category Normalize
 */
export const PRESETS: Readonly<Record<PresetName, Readonly<ResolvedNormalizeOptions>>> = Object.freeze({
  search: Object.freeze({
    diacritics: true, tatweel: true, alef: true, alefMaqsura: true, tehMarbuta: true, hamza: true,
    lookalikes: true, presentationForms: true, digits: 'western', punctuation: 'ascii', quotes: 'ascii', whitespace: true,
  } as const),
  display: Object.freeze({ ...NONE, presentationForms: true, whitespace: true }),
  camel: Object.freeze({ ...NONE, alef: true, alefMaqsura: true, tehMarbuta: true, diacritics: 'harakat' } as const),
  none: Object.freeze({ ...NONE }),
});

const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
const BOOLEAN_KEYS = ['tatweel', 'alef', 'alefMaqsura', 'tehMarbuta', 'hamza', 'lookalikes', 'presentationForms', 'whitespace'] as const;
const CHOICES = {
  diacritics: [true, false, 'harakat'],
  digits: ['western', 'arabic-indic', 'keep'],
  punctuation: ['ascii', 'arabic', 'keep'],
  quotes: ['ascii', 'guillemets', 'keep'],
} as const;
const ALL_KEYS = ['preset', ...BOOLEAN_KEYS, ...Object.keys(CHOICES)];

/** @internal Validates and resolves options (an object or a preset name) against their preset. */
export function resolveOptions(options: unknown, fn: string): ResolvedNormalizeOptions {
  if (typeof options === 'string') {
    const preset = checkChoice(options, fn, 'preset', PRESET_NAMES)!;
    return PRESETS[preset];
  }
  const o = checkOptions<NormalizeOptions>(options, fn, ALL_KEYS);
  const preset = checkChoice(o.preset, fn, 'preset', PRESET_NAMES) ?? 'search';
  const out: ResolvedNormalizeOptions = { ...PRESETS[preset] };
  for (const key of BOOLEAN_KEYS) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') throw new TypeError(`${fn}: option "${key}" must be a boolean, got ${describe(v)}`);
    out[key] = v;
  }
  const set = <K extends keyof typeof CHOICES>(key: K) => {
    const v = checkChoice(o[key], fn, key, CHOICES[key] as readonly unknown[]);
    if (v !== undefined) (out as Record<string, unknown>)[key] = v;
  };
  set('diacritics');
  set('digits');
  set('punctuation');
  set('quotes');
  return out;
}

/** @internal A string that identifies resolved options, for caching compiled tables. */
export function optionsKey(o: ResolvedNormalizeOptions): string {
  return `${o.diacritics}|${o.tatweel}|${o.alef}|${o.alefMaqsura}|${o.tehMarbuta}|${o.hamza}|${o.lookalikes}|${o.presentationForms}|${o.digits}|${o.punctuation}|${o.quotes}|${o.whitespace}`;
}
