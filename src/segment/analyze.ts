/**
 * The segmentation of one word, on its letters alone (harakat and tatweel removed): proclitics
 * from the outside in (conjunction, then preposition or future س, then the article), then
 * suffixes from the end (pronoun, then the number, gender, case or subject suffix). Each cut is
 * kept only when the lexicon says the pieces are words, and a word that can itself take the same
 * clitic is kept whole (ووزير exists, so وزير is a word and not و + زير).
 *
 * The result is the finest analysis (the `farasa` scheme); scheme.ts merges it for the others.
 *
 * @internal
 */
import { FIXED_SEGMENTATIONS, FUNCTION_STEMS, PRONOUN_SUFFIXES, WHOLE_WORDS } from '../generated/segment-data.js';
import type { Restoration, SegmentRole } from './roles.js';

/** A segment of the letters of a word: [from, to) in letter offsets. */
export interface Part {
  readonly from: number;
  readonly to: number;
  readonly role: SegmentRole;
  readonly restored?: Restoration;
}

/** Lexicon test on a string of letters. */
export type Known = (letters: string) => boolean;

/** What analyze() consults: the lexicon, and the user's words to keep whole. */
export interface Lookup {
  readonly known: Known;
  /** Words (letters only) kept whole, besides the built-in ones; proclitics before them are split. */
  readonly whole: ReadonlySet<string>;
  /** The word may be folded (no ة ى أ إ آ): a final ه may stand for ة. */
  readonly folded?: boolean;
}

interface FunctionStem {
  readonly beforePronoun: string | null;
  readonly proclitics: 'none' | 'conj' | 'all';
}

interface Tables {
  readonly stems: ReadonlyMap<string, FunctionStem>;
  /** Spelling before a pronoun → the word (إلي → إلى). */
  readonly pronounBases: ReadonlyMap<string, string>;
  readonly fixed: ReadonlyMap<string, ReadonlyArray<readonly [string, SegmentRole]>>;
  readonly pronouns: ReadonlyArray<readonly [string, 'any' | 'particle']>;
  /** Last letters of the pronoun suffixes (a word ending otherwise has none). */
  readonly pronounFinals: ReadonlySet<string>;
}

let tables: Tables | undefined;

const WHOLE: FunctionStem = { beforePronoun: null, proclitics: 'all' };

function getTables(): Tables {
  if (tables) return tables;
  const stems = new Map<string, FunctionStem>();
  const pronounBases = new Map<string, string>();
  for (const word of WHOLE_WORDS) stems.set(word, WHOLE);
  for (const [word, beforePronoun, proclitics] of FUNCTION_STEMS) {
    stems.set(word, { beforePronoun, proclitics });
    if (beforePronoun !== null) pronounBases.set(beforePronoun, word);
  }
  const pronouns = [...PRONOUN_SUFFIXES].sort((a, b) => b[0].length - a[0].length);
  const pronounFinals = new Set(pronouns.map(([form]) => form[form.length - 1]!));
  tables = { stems, pronounBases, fixed: new Map(FIXED_SEGMENTATIONS), pronouns, pronounFinals };
  return tables;
}

const WAW = 'و', FEH = 'ف', BEH = 'ب', KAF = 'ك', LAM = 'ل', SEEN = 'س';
const ARTICLE = 'ال';
const TEH = 'ت', TEH_MARBUTA = 'ة', ALEF = 'ا', ALEF_MAQSURA = 'ى', YEH = 'ي';
/** Imperfect verb prefixes, after which a س is the future particle. */
const IMPERFECT = 'يتنأ';
/** Fewest letters a stem of an open-class word keeps. */
const MIN_STEM = 2;

/** What the proclitic layers found. */
interface Proclitics {
  readonly parts: Part[];
  /** Letter offset where the rest of the word starts. */
  readonly at: number;
  /** A preposition or the article was found (no tanween can follow). */
  readonly governed: boolean;
}

/** The finest segmentation of `w` (a word's letters), covering [0, w.length). */
export function analyze(w: string, lookup: Lookup): Part[] {
  const base = getTables();
  const t = lookup.whole.size === 0 ? base : withWhole(base, lookup.whole);
  const known = lookup.known;
  const n = w.length;
  const fixed = t.fixed.get(w);
  if (fixed) return fixedParts(fixed);
  if (n === 0 || t.stems.has(w)) return [{ from: 0, to: n, role: 'stem' }];

  const pro = proclitics(w, known, t);
  const parts = pro.parts;
  const rest = w.slice(pro.at);
  const stem = t.stems.get(rest);
  if (stem) {
    parts.push({ from: pro.at, to: n, role: 'stem' });
    return parts;
  }
  const fixedRest = t.fixed.get(rest);
  if (fixedRest && pro.at > 0) {
    for (const p of fixedParts(fixedRest)) parts.push({ ...p, from: p.from + pro.at, to: p.to + pro.at });
    return parts;
  }
  return suffixes(w, pro, lookup, t);
}

const userTables = new WeakMap<ReadonlySet<string>, Tables>();

/** The tables with the user's whole words added (cached per set). */
function withWhole(t: Tables, whole: ReadonlySet<string>): Tables {
  let u = userTables.get(whole);
  if (!u) {
    const stems = new Map(t.stems);
    for (const w of whole) if (!stems.has(w)) stems.set(w, WHOLE);
    u = { ...t, stems };
    userTables.set(whole, u);
  }
  return u;
}

function fixedParts(pieces: ReadonlyArray<readonly [string, SegmentRole]>): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const [text, role] of pieces) {
    parts.push({ from: at, to: at + text.length, role });
    at += text.length;
  }
  return parts;
}

/** Conjunction, then preposition or future س, then the article. */
function proclitics(w: string, known: Known, t: Tables): Proclitics {
  const parts: Part[] = [];
  const n = w.length;
  let at = 0;
  let governed = false;
  const wordKnown = known(w);

  // Conjunction و ف: kept on a word that itself takes و (ووزير: وزير is a word).
  const c0 = w[0];
  if ((c0 === WAW || c0 === FEH) && n - 1 >= MIN_STEM) {
    const rest = w.slice(1);
    const stem = t.stems.get(rest);
    const take = stem
      ? stem.proclitics !== 'none'
      : startsWithArticle(rest) || startsWithProcliticArticle(rest)
        ? !(wordKnown && known(WAW + w))
        : wordKnown && !known(WAW + w) && known(rest);
    if (take) {
      parts.push({ from: 0, to: 1, role: 'conj' });
      at = 1;
    }
  }

  // Preposition ب ك ل, or the future س before an imperfect verb.
  const c1 = w[at];
  const after = w.slice(at);
  const afterKnown = at === 0 ? wordKnown : known(after);
  if ((c1 === BEH || c1 === KAF || c1 === LAM) && n - at - 1 >= MIN_STEM && !t.stems.has(after) && !t.fixed.has(after)) {
    const rest = w.slice(at + 1);
    const lamStem = c1 === LAM ? t.stems.get(rest) : undefined;
    if (lamStem && lamStem.proclitics === 'all') {
      parts.push({ from: at, to: at + 1, role: 'prep' });
      return { parts, at: at + 1, governed: true };
    }
    if (c1 === LAM && rest[0] === LAM) {
      // لل is ل + ال with its alef dropped (للعراق); or ل + ال + a ل-initial noun, the article
      // written only by doubling the lam (للجنة: ل + ال + لجنة); or ل + a ل-initial word without
      // the article (للقمة عيش is rare: only when that word takes ب too and the other readings fail).
      const tail = w.slice(at + 2);
      const articleTail = tail.length >= MIN_STEM && known(tail) && known(ARTICLE + tail);
      if (known(rest) && known(ARTICLE + rest)) {
        parts.push({ from: at, to: at + 1, role: 'prep' }, { from: at + 1, to: at + 1, role: 'article', restored: 'article' });
        return { parts, at: at + 1, governed: true };
      }
      if (!articleTail && known(rest) && known(BEH + rest)) {
        parts.push({ from: at, to: at + 1, role: 'prep' });
        return { parts, at: at + 1, governed: true };
      }
      if (tail.length >= MIN_STEM) {
        parts.push({ from: at, to: at + 1, role: 'prep' }, { from: at + 1, to: at + 2, role: 'article', restored: 'article-alef' });
        return { parts, at: at + 2, governed: true };
      }
    } else {
      const stem = t.stems.get(rest);
      const take = stem
        ? stem.proclitics === 'all'
        : (c1 === LAM && IMPERFECT.includes(rest[0]!) && known(rest)) ||
          (!(afterKnown && isBase(after, known)) &&
            (startsWithArticle(rest) || (known(rest) && (afterKnown || (c1 !== BEH && known(BEH + rest))))));
      if (take) {
        parts.push({ from: at, to: at + 1, role: 'prep' });
        at += 1;
        governed = true;
      }
    }
  } else if (c1 === SEEN && n - at - 1 >= MIN_STEM + 1 && IMPERFECT.includes(w[at + 1]!)) {
    const rest = w.slice(at + 1);
    if (known(rest) && !(afterKnown && isBase(after, known))) {
      parts.push({ from: at, to: at + 1, role: 'future' });
      return { parts, at: at + 1, governed: false };
    }
  }

  // The article, unless the word is a noun that takes the article itself (الالتزام: التزام) or a
  // verb (التقى, التزم).
  const word = w.slice(at);
  if (startsWithArticle(word) && !t.stems.has(word) && !t.fixed.has(word)) {
    if (!known(ARTICLE + word) && !(known(word) && isVerb(word, known))) {
      parts.push({ from: at, to: at + 2, role: 'article' });
      at += 2;
      governed = true;
    }
  }
  return { parts, at, governed };
}

/**
 * A known past-tense verb: xتم or xوا is a word (دعوا for دعا, التقوا for التقى). Never for a
 * word in ل, which also reads ل + a verb (لفهموا, لشغلتم).
 */
function isVerb(x: string, known: Known): boolean {
  if (x[0] === LAM) return false;
  if (known(x + 'تم')) return true;
  const last = x[x.length - 1];
  return known(x + 'وا') || ((last === ALEF || last === ALEF_MAQSURA) && known(x.slice(0, -1) + 'وا'));
}

/**
 * A word that begins with ب ك ل as a letter of its own: it takes ب itself (ببغداد, بكتاب) or is a
 * verb (بلغ, كشف), also once an accusative alef, a subject ت or a pronoun is taken off.
 */
function isBase(x: string, known: Known): boolean {
  if (known(BEH + x) || isVerb(x, known)) return true;
  for (const end of BASE_ENDINGS) {
    if (x.length - end.length < (end.length === 1 ? MIN_STEM + 1 : MIN_STEM + 2) || !x.endsWith(end)) continue;
    const y = x.slice(0, x.length - end.length);
    if (known(y) && (known(BEH + y) || isVerb(y, known))) return true;
  }
  return false;
}

const BASE_ENDINGS = ['ا', 'ت', 'ون', 'ان', 'ها', 'هم', 'ه'];

/** ال followed by at least a stem's worth of letters. */
function startsWithArticle(s: string): boolean {
  return s.length >= 2 + MIN_STEM && s.startsWith(ARTICLE);
}

/** بال كال لل (and the like) followed by a stem. */
function startsWithProcliticArticle(s: string): boolean {
  const c = s[0];
  if (c === LAM && s[1] === LAM) return s.length >= 2 + MIN_STEM;
  return (c === BEH || c === KAF) && startsWithArticle(s.slice(1));
}

/** A known word, or one with its hamza on ya or waw (before a suffix) written on the line. */
function knownHamza(x: string, known: Known): boolean {
  if (known(x)) return true;
  const last = x[x.length - 1];
  return (last === 'ئ' || last === 'ؤ') && known(x.slice(0, -1) + 'ء');
}

/** Pronoun, then number, gender, case or subject suffix, after the proclitics. */
function suffixes(w: string, pro: Proclitics, lookup: Lookup, t: Tables): Part[] {
  const known = lookup.known;
  const parts = pro.parts;
  const start = pro.at;
  let end = w.length;
  const tail: Part[] = [];
  let stemRestored: Restoration | undefined;
  let tehMarbuta = false;

  // Pronoun, only on a known word.
  const s = w.slice(start);
  let sKnown: boolean | undefined;
  const final = s[s.length - 1]!;
  for (const [form, after] of t.pronounFinals.has(final) ? t.pronouns : []) {
    if (!s.endsWith(form) || s.length === form.length) continue;
    const base = s.slice(0, s.length - form.length);
    const particle = t.pronounBases.get(base);
    if (particle !== undefined) {
      const stem = t.stems.get(particle)!;
      if (pro.parts.length > 0 && stem.proclitics === 'none') continue;
      parts.push({ from: start, to: end - form.length, role: 'stem', ...(particle !== base ? { restored: 'alef-maqsura' as const } : {}) });
      parts.push({ from: end - form.length, to: end, role: 'pron' });
      return parts;
    }
    if (after === 'particle' || base.length < MIN_STEM) continue;
    // Ayaspell lacks some verbs with a subject and an object suffix (يستخدمونها).
    sKnown ??= known(s);
    if (!sKnown && !(base.endsWith('ون') && known(base))) continue;
    if (t.stems.has(base)) continue;
    const last = base[base.length - 1];
    if (last === TEH && known(base.slice(0, -1) + TEH_MARBUTA)) {
      tehMarbuta = true;
    } else if (last === ALEF && !known(base) && known(base.slice(0, -1) + ALEF_MAQSURA)) {
      stemRestored = 'alef-maqsura';
    } else if (!knownHamza(base, known)) {
      continue;
    } else if (form === 'نا') {
      // كتبنا (we wrote), بيتنا (our house), but أمينا (accusative of أمين).
      const x = s.slice(0, -1);
      if (known(x) && known(ARTICLE + x)) continue;
    } else if (known(s + 'ها')) {
      // وجه, شبه, بنك: the word takes a pronoun itself.
      continue;
    }
    // نا after a past verb is its subject (قررنا: we decided), elsewhere a pronoun (بيتنا, يعطينا).
    const role: SegmentRole = form === 'نا' && isVerb(base, known) && !known(ARTICLE + base) ? 'subject' : 'pron';
    tail.unshift({ from: end - form.length, to: end, role });
    end -= form.length;
    break;
  }

  // Number, gender, case or subject suffix.
  const b = w.slice(start, end);
  const m = b.length;
  const hasPron = tail.length > 0;
  const bare = !hasPron && !pro.governed;
  const cuts: Part[] = [];
  if (tehMarbuta) {
    cuts.push({ from: end - 1, to: end, role: 'fem', restored: 'teh-marbuta' });
  } else if (stemRestored === undefined && m > MIN_STEM) {
    const x1 = b.slice(0, m - 1);
    const x2 = b.slice(0, m - 2);
    const x3 = b.slice(0, m - 3);
    const lastLetter = b[m - 1];
    if (lastLetter === TEH_MARBUTA || (lookup.folded === true && lastLetter === 'ه' && known(x1 + TEH_MARBUTA))) {
      cuts.push({ from: end - 1, to: end, role: 'fem' });
    } else if ((b.endsWith('تين') || b.endsWith('تان')) && x3.length >= MIN_STEM && known(x3 + TEH_MARBUTA)) {
      cuts.push({ from: end - 3, to: end - 2, role: 'fem', restored: 'teh-marbuta' }, { from: end - 2, to: end, role: 'plural' });
    } else if (b.endsWith('ات') && x2.length >= MIN_STEM && (known(x2 + TEH_MARBUTA) || known(x2) || known(x2.slice(0, -1) + 'اة'))) {
      cuts.push({ from: end - 2, to: end, role: 'plural' });
    } else if ((b.endsWith('ون') || b.endsWith('ين')) && isSoundPlural(x2, known)) {
      cuts.push({ from: end - 2, to: end, role: 'plural' });
    } else if (b.endsWith('ين') && !hasPron && isDual(x2, known)) {
      cuts.push({ from: end - 2, to: end, role: 'plural' });
    } else if ((b.endsWith('ون') || b.endsWith('ان')) && isImperfect(x2, known) && !known(ARTICLE + b)) {
      cuts.push({ from: end - 2, to: end, role: 'subject' });
    } else if (hasPron && b.endsWith('نا') && x2.length >= MIN_STEM && known(x2) && isVerb(x2, known)) {
      // كتبناها: no pronoun follows the possessive نا, so before a pronoun نا is a subject.
      cuts.push({ from: end - 2, to: end, role: 'subject' });
    } else if (lastLetter === ALEF && bare && isAccusative(b, x1, known)) {
      cuts.push({ from: end - 1, to: end, role: 'case' });
    } else if (b.endsWith('وا') && x2.length >= MIN_STEM && knownHamza(x2, known) && (known(x2 + TEH) || isImperfect(x2, known))) {
      cuts.push({ from: end - 2, to: end, role: 'subject' });
    } else if (lastLetter === TEH && !pro.governed && known(x1) && isVerb(x1, known) && !known(ARTICLE + b)) {
      cuts.push({ from: end - 1, to: end, role: 'subject' });
    } else if (lastLetter === WAW && bare && isSoundPlural(x1, known)) {
      cuts.push({ from: end - 1, to: end, role: 'plural' });
    } else if (lastLetter === YEH && !pro.governed && isSoundPlural(x1, known) && (hasPron || !known(b + TEH_MARBUTA))) {
      cuts.push({ from: end - 1, to: end, role: 'plural' });
    }
  }
  if (cuts.length > 0) {
    tail.unshift(...cuts);
    end = cuts[0]!.from;
  }
  parts.push({ from: start, to: end, role: 'stem', ...(stemRestored ? { restored: stemRestored } : {}) });
  for (const p of tail) parts.push(p);
  return parts;
}

/** x takes the sound masculine plural: xون and xين are words, and so are the noun x and xة. */
function isSoundPlural(x: string, known: Known): boolean {
  return x.length > MIN_STEM && known(x + 'ون') && known(x + 'ين') && known(x + TEH_MARBUTA) && known(ARTICLE + x);
}

/** x is a noun with a dual: x, xان and الx are words. */
function isDual(x: string, known: Known): boolean {
  return x.length > MIN_STEM && known(x) && known(x + 'ان') && known(ARTICLE + x);
}

/** x is an imperfect verb: it starts with ي or ت and takes the plural ون. */
function isImperfect(x: string, known: Known): boolean {
  return x.length > MIN_STEM && (x[0] === YEH || x[0] === TEH) && known(x) && known(x + 'ون');
}

/**
 * b is x + the alef of the accusative tanween: x is a noun or adjective (الx is a word), and b is
 * not a name in ـيا that takes a preposition (بسوريا, but not بعالميا).
 */
function isAccusative(b: string, x: string, known: Known): boolean {
  if (x.length < MIN_STEM) return false;
  const noun = x[x.length - 1] === 'ئ' ? x.slice(0, -1) + 'ء' : x;
  if (!known(noun) || !known(ARTICLE + noun)) return false;
  return !(x[x.length - 1] === YEH && known(BEH + b));
}
