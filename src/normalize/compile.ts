/**
 * Compiles resolved options into a lookup table over UTF-16 code units, once per option set.
 * Every fold is composed into the table up front (presentation form → letter → folded letter),
 * so normalizing is one pass and one lookup per character, and the result is a fixed point.
 */
import { CHAR_CLASS as C } from '../_lib/char-class-codes.js';
import { bmpClasses, classAt } from '../_lib/char-class.js';
import { DIACRITICS_ALL, DIACRITICS_HARAKAT, DIGITS_TO_WESTERN, FOLDS, PRESENTATION_FORMS } from '../generated/normalize-data.js';
import { optionsKey, type ResolvedNormalizeOptions as ResolvedOptions } from './options.js';

/** Table value: remove the character. */
export const DELETE = -1;
/** Table value: replace by `expansions.get(c)` (more than one code unit). */
export const EXPAND = -2;
/** Table value: decided by context (spaces, zero-width joiner, comma, straight quotes). */
export const CONTEXT = -3;
/** Table value: a high surrogate; look the whole code point up in `astral`. */
export const ASTRAL = -4;
/** Table value: a surrogate that no option changes; copied through (and a lone one noted). */
export const SURROGATE = -6;

/** @internal A compiled option set. */
export interface Compiled {
  readonly options: ResolvedOptions;
  /** Per code unit: the replacement code unit, or DELETE / EXPAND / CONTEXT / ASTRAL. */
  readonly map: Int32Array;
  readonly expansions: ReadonlyMap<number, string>;
  /** Code points above U+FFFF that change: replacement ('' to delete). */
  readonly astral: ReadonlyMap<number, string>;
  /** True when the table changes nothing: normalizing returns the input. */
  readonly identity: boolean;
}

const CACHE_LIMIT = 32;
const cache = new Map<string, Compiled>();

/** Tables by options object: the presets are the same objects on every call. */
const byObject = new WeakMap<ResolvedOptions, Compiled>();

/** @internal Compiled table for `o`, cached. */
export function compile(o: ResolvedOptions): Compiled {
  const known = byObject.get(o);
  if (known) return known;
  const key = optionsKey(o);
  let c = cache.get(key);
  if (!c) {
    c = build(o);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, c);
  }
  byObject.set(o, c);
  return c;
}

function foldMap(option: string, swap = false): Map<number, string> {
  const m = new Map<number, string>();
  for (const [cp, to] of FOLDS[option] ?? []) {
    if (swap) m.set(to.codePointAt(0)!, String.fromCodePoint(cp));
    else m.set(cp, to);
  }
  return m;
}

function build(o: ResolvedOptions): Compiled {
  // Single-character steps, in pipeline order. Each maps one code point to a string.
  const steps: Map<number, string>[] = [];
  if (o.presentationForms) steps.push(new Map(PRESENTATION_FORMS.map(([cp, to]) => [cp, to])));
  if (o.lookalikes) steps.push(foldMap('lookalikes'));
  for (const name of ['alef', 'alefMaqsura', 'tehMarbuta', 'hamza'] as const) if (o[name]) steps.push(foldMap(name));
  if (o.diacritics) steps.push(new Map((o.diacritics === 'harakat' ? DIACRITICS_HARAKAT : DIACRITICS_ALL).map((cp) => [cp, ''])));
  if (o.tatweel) steps.push(new Map([[0x0640, '']]));
  if (o.digits === 'western') {
    const m = new Map<number, string>(DIGITS_TO_WESTERN.map(([cp, v]) => [cp, String(v)]));
    // The Arabic decimal and thousands separators and percent sign go with the digits.
    m.set(0x066b, '.').set(0x066c, ',').set(0x066a, '%');
    steps.push(m);
  } else if (o.digits === 'arabic-indic') {
    const m = new Map<number, string>();
    for (let v = 0; v <= 9; v++) m.set(0x30 + v, String.fromCharCode(0x660 + v));
    for (const [cp, v] of DIGITS_TO_WESTERN) if (cp < 0x660 || cp > 0x669) m.set(cp, String.fromCharCode(0x660 + v));
    steps.push(m);
  }
  if (o.punctuation === 'ascii') steps.push(foldMap('punctuation'));
  else if (o.punctuation === 'arabic') steps.push(foldMap('punctuation', true));
  if (o.quotes !== 'keep') {
    const m = foldMap('quotes');
    if (o.quotes === 'guillemets') {
      m.clear();
      m.set(0x2039, '«').set(0x203a, '»');
    }
    steps.push(m);
  }
  const classes = bmpClasses();
  if (o.whitespace) {
    const m = new Map<number, string>();
    for (let c = 0; c < 0x10000; c++) {
      const k = classes[c]!;
      if (k === C.SPACE) m.set(c, ' ');
      else if (k === C.IGNORABLE && !(c < 0x20 || (c >= 0x7f && c <= 0x9f))) m.set(c, '');
    }
    steps.push(m);
  }

  const foldOnce = (s: string): string => {
    let cur = s;
    for (const step of steps) {
      let next = '';
      for (const ch of cur) next += step.get(ch.codePointAt(0)!) ?? ch;
      cur = next;
    }
    return cur;
  };
  const fold = (s: string): string => {
    // Steps are applied until nothing changes, so that the table's image is a fixed point.
    let cur = s;
    for (let round = 0; round < 4; round++) {
      const next = foldOnce(cur);
      if (next === cur) return cur;
      cur = next;
    }
    return cur;
  };

  // Only code points some step mentions can change.
  const touched = new Set<number>();
  for (const step of steps) for (const cp of step.keys()) touched.add(cp);

  const map = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) map[c] = c;
  const expansions = new Map<number, string>();
  const astral = new Map<number, string>();
  for (const cp of touched) {
    const r = fold(String.fromCodePoint(cp));
    if (cp > 0xffff) {
      if (r !== String.fromCodePoint(cp)) astral.set(cp, r);
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (r.length === 0) map[cp] = DELETE;
    else if (r.length === 1) map[cp] = r.charCodeAt(0);
    else { map[cp] = EXPAND; expansions.set(cp, r); }
  }
  for (let c = 0xd800; c <= 0xdfff; c++) map[c] = astral.size > 0 && c <= 0xdbff ? ASTRAL : SURROGATE;
  if (o.whitespace) {
    map[0x200d] = CONTEXT;
  }
  if (o.punctuation === 'arabic') {
    // A comma between digits is a thousands separator: it stays (and so does U+066C when digits go western).
    map[0x2c] = CONTEXT;
    if (o.digits === 'western') map[0x66c] = CONTEXT;
  }
  if (o.quotes === 'guillemets') {
    for (const [cp] of FOLDS.quotes ?? []) if (cp !== 0xab && cp !== 0xbb && cp !== 0x2039 && cp !== 0x203a) map[cp] = CONTEXT;
    map[0xab] = CONTEXT;
    map[0xbb] = CONTEXT;
    for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) map[c] = CONTEXT;
  }
  let identity = astral.size === 0;
  for (let c = 0; identity && c < 0x10000; c++) if (map[c] !== c && map[c] !== SURROGATE) identity = false;
  return { options: o, map, expansions, astral, identity };
}

/** @internal Is the code point at `i` part of an emoji (for keeping a zero-width joiner)? */
export function isEmojiAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  // At the low half of a pair, classify the pair from its high half.
  const c = s.charCodeAt(i);
  const h = i > 0 ? s.charCodeAt(i - 1) : 0;
  const k = c >= 0xdc00 && c <= 0xdfff && h >= 0xd800 && h <= 0xdbff ? classAt(s, i - 1) : classAt(s, i);
  return k === C.EMOJI || k === C.EMOJI_TEXT || k === C.EMOJI_MODIFIER || k === C.VARIATION_SELECTOR || k === C.EMOJI_TAG;
}
