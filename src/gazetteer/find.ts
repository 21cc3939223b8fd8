/**
 * Finding the mentions of a gazetteer's entities in a text: on the folded text, word by word, the
 * longest entry that starts at a word (behind its proclitics: وسوريا, بالعراق, للولايات) wins;
 * weak aliases need a title, a class noun, quotation marks or an earlier mention; a person's last
 * name alone later in the text refers back to them; a word of five letters or more that is not an
 * Arabic word matches a single-word name one edit away; and a title, or a given name, before name
 * words names a person the gazetteer lacks.
 *
 * @internal
 */
import { keepShape } from '../_lib/keep-shape.js';
import { TokenWords } from '../_lib/token-words.js';
import get from 'fast-levenshtein';
import { builtinLexiconInternal } from '../lexicon/builtin.js';
import { stemStarts } from '../lexicon/clitics.js';
import { normalizeWithOffsets } from '../normalize/normalize.js';
import { tokenSpans } from '../tokenize/tokenize.js';
import { unfoldings } from '../segment/folding.js';
import { segment } from '../segment/segment.js';
import { getTables } from '../segment/tables.js';
import type { EntityType } from './entity.js';
import { givenNames, type GivenNames } from './given-names.js';
import { foldName, isNameKind } from './keys.js';
import { FUNCTION_WORDS } from '../generated/repair-data.js';
import { TOKEN_KIND_CODE } from '../tokenize/kinds.js';
import { arrayTable, type EntityTable } from './entity-table.js';
import { FUZZY_MIN_LETTERS, packIndex, readIndex, shapeOf, type Entry, type NameIndex } from './name-index.js';
import type { Mention, MentionKind } from './mention.js';

/** What find() does besides exact names, aliases and demonyms. */
export interface FindSwitches {
  readonly fuzzy: boolean;
  readonly titles: boolean;
  readonly coreference: boolean;
  readonly givenNames: boolean;
  readonly types: ReadonlySet<EntityType> | undefined;
}

/** Words an unknown name after a title may have. */
const MAX_UNKNOWN_NAME_WORDS = 3;
/** A start of a word behind its proclitics (relative to the word) and the key there. */
type Variant = readonly [rel: number, key: string];
/** The variants of words seen so far, by word (see Finder.variants). */
const VARIANTS = new Map<string, readonly Variant[]>();
const VARIANT_CACHE_LIMIT = 50_000;
/** Words whose fuzzy candidate an index remembers, then it starts again. */
const FUZZY_CACHE_LIMIT = 50_000;
/** Words a name found by its given name may have, the given name included. */
const MAX_GIVEN_NAME_WORDS = 5;
const WORD_KIND = TOKEN_KIND_CODE.word;

const LAM = 0x0644;
const ALEF = 0x0627;
const WAW = 0x0648;

interface Hit {
  readonly entity: number;
  /** Offsets in the folded text. */
  readonly start: number;
  readonly end: number;
  /** Index of the token after the match. */
  readonly next: number;
  readonly kind: MentionKind;
  readonly fuzzy?: number;
  /** For a person the gazetteer lacks (entity -1): the folded name of the first mention, for its id. */
  readonly unknown?: string;
}

const TATWEEL = 0x0640;

/** Quotation marks: " ' « » ‹ › and the curly and low ones. */
function isQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f) || c === 0x2039 || c === 0x203a;
}

/**
 * `written` is `name` as a writer may spell it: the same letters, or a bare ا or another hamza
 * for a hamza on alef, ه for ة, ي for ى; never a hamza where the name has none (بأنه is not بانه).
 */
function writtenAs(written: string, name: string): boolean {
  if (written.length !== name.length) return false;
  for (let k = 0; k < name.length; k++) {
    const w = written.charCodeAt(k), c = name.charCodeAt(k);
    if (w === c) continue;
    const hamzaAlef = c === 0x0623 || c === 0x0625 || c === 0x0622;
    if (hamzaAlef && (w === 0x0627 || w === 0x0623 || w === 0x0625 || w === 0x0622)) continue; // ا or another hamza for أ إ آ (إفريقيا, أفريقيا)
    if (w === 0x0647 && c === 0x0629) continue; // ه for ة
    if (w === 0x064a && c === 0x0649) continue; // ي for ى
    return false;
  }
  return true;
}

/** The word without harakat and tatweel. */
function stripMarks(s: string): string {
  return s.replace(MARKS, '');
}
const TATWEELS = /\u0640/g;
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

let functionWordSet: ReadonlySet<string> | undefined;
/** Longest function word, in code units. */
let MAX_FUNCTION_WORD = 0;

/**
 * Particles, prepositions, pronouns and the like (data/repair/function-words.tsv), folded, that are
 * not also given names (علي): a token that is one of them and starts no name is passed over at once.
 */
function functionWords(): ReadonlySet<string> {
  if (functionWordSet) return functionWordSet;
  const given = givenNames().byFirst;
  const set = new Set<string>();
  for (const [w] of FUNCTION_WORDS) {
    const folded = foldName(w);
    if (folded === '' || folded.includes(' ') || given.has(folded)) continue;
    set.add(folded);
    MAX_FUNCTION_WORD = Math.max(MAX_FUNCTION_WORD, folded.length);
  }
  return (functionWordSet = set);
}

/** A nisba with the article, as family names often are (الشمري, المالكي). */
function isNisba(word: string): boolean {
  return word.length > 4 && word.startsWith('ال') && word.endsWith('ي');
}

export function findMentions(text: string, index: NameIndex, entities: EntityTable, sw: FindSwitches): Mention[] {
  // One Finder, on an empty text and an empty index, kept so that its hidden class and those of
  // what it holds stay alive across garbage collections (see keepShape); made at the first call,
  // as it loads the lexicon.
  keptFinder ??= keepShape(new Finder('', readIndex(packIndex([], [], [], new Set()), new Set()), arrayTable([]), sw));
  return new Finder(text, index, entities, sw).run();
}

let keptFinder: Finder | undefined;

/**
 * One call of find(): the text, its folded form and tokens, and what the pass has found so far.
 * The steps are methods and not closures made in each call: V8 keeps a method's optimized code as
 * long as the class lives, but drops that of the closures of a finished call at the next full
 * garbage collection, so that the calls after it ran several times slower while V8 optimized the
 * new closures again (on the corpus, 8× for the first one, still 1.6× for the fifth).
 */
class Finder {
  readonly n: ReturnType<typeof normalizeWithOffsets>;
  /** The folded text, which the tokens index. */
  readonly f: string;
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: Uint8Array;
  /** The folded word of a token, sliced once while it is among the last read (a Map lookup hashes each new string). */
  readonly tokenWord: TokenWords;
  readonly lexicon = builtinLexiconInternal();
  readonly closedClass = getTables().stems;
  /**
   * Words after a title (their token index; a byte each), and where that title starts (+1): few
   * tokens follow a title, so a map holds that rather than an array of offsets. Titles are found
   * just ahead of the main pass (every title starting at or before the token it is at), so that
   * both read the same few recent tokens' words (tokenWord remembers the last ones read).
   */
  readonly titleFrom = new Map<number, number>();
  readonly afterTitle: Uint8Array;
  /** Tokens looked at for titles so far. */
  titlesDone: number;
  readonly mentioned = new Set<number>();
  /** Last words of people's names seen so far: an entity, or the id of a person the gazetteer lacks. */
  readonly shortForms = new Map<string, number | string>();
  readonly hits: Hit[] = [];
  /** People are among the types looked for. */
  readonly persons: boolean;
  readonly given: GivenNames | undefined;
  readonly skip = functionWords();

  constructor(readonly text: string, readonly index: NameIndex, readonly entities: EntityTable, readonly sw: FindSwitches) {
    this.n = normalizeWithOffsets(text, 'search');
    this.f = this.n.text;
    const spans = tokenSpans(this.f);
    this.count = spans.count;
    this.starts = spans.starts;
    this.ends = spans.ends;
    this.kinds = spans.kinds;
    this.tokenWord = new TokenWords(this.f, this.starts, this.ends);
    this.afterTitle = new Uint8Array(this.count + 1);
    this.titlesDone = sw.titles ? 0 : this.count;
    this.persons = sw.types === undefined || sw.types.has('person');
    this.given = sw.givenNames && this.persons ? givenNames() : undefined;
  }

  /** The mentions of the text, in order. */
  run(): Mention[] {
    const { count, starts, ends, kinds, tokenWord, index, entities, sw, afterTitle, mentioned, shortForms, hits, persons, given, skip } = this;
    for (let i = 0; i < count; ) {
      this.titlesThrough(i);
      if (!isNameKind(kinds[i]!) || (ends[i]! - starts[i]! <= MAX_FUNCTION_WORD && skip.has(tokenWord.at(i)) && !index.entries(tokenWord.at(i)))) {
        i++;
        continue;
      }
      const hit =
        this.exactAt(i) ??
        (sw.coreference ? this.shortFormAt(i) : undefined) ??
        (sw.fuzzy ? this.fuzzyAt(i) : undefined) ??
        (sw.titles && afterTitle[i] && persons ? this.unknownAfterTitle(i) : undefined) ??
        (given ? this.givenNameAt(i, given) : undefined);
      if (!hit) {
        i++;
        continue;
      }
      hits.push(hit);
      if (hit.entity >= 0) mentioned.add(hit.entity);
      const person = hit.entity >= 0 ? entities.typeOf(hit.entity) === 'person' : hit.unknown !== undefined;
      if (sw.coreference && person && hit.kind !== 'coreference' && hit.next - i > 1) {
        // The last word of a person's name refers back to them later on (كين after جاك كين).
        const k = hit.next - 1;
        const last = tokenWord.at(k);
        if (!shortForms.has(last) && this.mayBeShortForm(k, last)) shortForms.set(last, hit.entity >= 0 ? hit.entity : hit.unknown!);
      }
      i = hit.next;
    }
    return this.mentions();
  }

  /** Finds the titles of the tokens up to `last`. */
  titlesThrough(last: number): void {
    for (; this.titlesDone <= last && this.titlesDone < this.count; this.titlesDone++) this.titleAt(this.titlesDone);
  }

  /** Entity `e` is of a type looked for. */
  allowed(e: number): boolean {
    const types = this.sw.types;
    return types === undefined || types.has(this.entities.typeOf(e));
  }

  titleAt(i: number): void {
    const { count, kinds, tokenWord, index, titleFrom, afterTitle } = this;
    if (!isNameKind(kinds[i]!)) return;
    const list = index.titles.get(tokenWord.at(i));
    if (!list) return;
    for (const words of list) {
      let end = this.matchRest(words, i);
      if (end < 0) continue;
      // A title right after a title continues it (الرئيس السوري + الراحل); the longest title
      // ending at a word is the one kept (الرئيس السوري الراحل, not الراحل inside it).
      const from = titleFrom.get(i) ?? i + 1;
      const mark = (k: number): void => {
        const known = titleFrom.get(k);
        if (known === undefined || from < known) titleFrom.set(k, from);
        afterTitle[k] = 1;
      };
      mark(end);
      // A nisba after the title belongs to it (وزير الدفاع الكويتي): the name comes after it.
      while (end < count && this.adjacent(end - 1, end) && this.isDemonymWord(end)) mark(++end);
      break;
    }
  }

  /**
   * Among the people who share a weak alias (الأسد), the one that has the title written before
   * token i among its own titles (الرئيس السوري الأسد is Bashar, not Hafez); else `entry`'s.
   */
  byTitle(list: readonly Entry[], entry: Entry, i: number): number {
    const { f, starts, ends, entities, titleFrom } = this;
    const from = titleFrom.get(i);
    if (from === undefined) return entry.entity;
    const title = f.slice(starts[from - 1]!, ends[i - 1]!);
    for (const other of list) {
      if (!other.weak || other.words.length !== entry.words.length || other.words.some((w, k) => w !== entry.words[k]) || !this.allowed(other.entity)) continue;
      const titles = entities.at(other.entity).titles;
      if (titles?.some((t) => foldName(t) === title)) return other.entity;
    }
    return entry.entity;
  }

  /** The segmenter finds proclitics in the word of token i (as written). */
  cutsProclitics(i: number): boolean {
    const { text, n, starts, ends } = this;
    const src = n.toSourceSpan(starts[i]!, ends[i]!);
    return segment(text.slice(src.start, src.end)).prefixes.length > 0;
  }

  /** Token k is a demonym of one word (الكويتي, الأمريكية). */
  isDemonymWord(k: number): boolean {
    const { tokenWord, index } = this;
    return index.entries(tokenWord.at(k))?.some((e) => e.kind === 'demonym' && e.words.length === 1) ?? false;
  }

  /** Token index after `words` matched from token i (whose first word matched), or -1. */
  matchRest(words: readonly string[], i: number): number {
    const { f, count, starts, ends, kinds } = this;
    let k = i + 1;
    for (let w = 1; w < words.length; w++, k++) {
      if (k >= count || !isNameKind(kinds[k]!) || !this.adjacent(k - 1, k)) return -1;
      const word = words[w]!;
      if (ends[k]! - starts[k]! !== word.length || !f.startsWith(word, starts[k]!)) return -1;
    }
    return k;
  }

  /** Tokens k-1 and k are separated by spaces only, on one line. */
  adjacent(a: number, b: number): boolean {
    const { f, starts, ends } = this;
    for (let p = ends[a]!; p < starts[b]!; p++) {
      const c = f.charCodeAt(p);
      if (c !== 0x20 && c !== 0x09) return false;
    }
    return true;
  }


  /**
   * The starts of the word at token i behind its proclitics, relative to the token, and the key
   * there; remembered by word across calls (news repeats its words).
   */
  variants(i: number): readonly Variant[] {
    const { tokenWord } = this;
    const w = tokenWord.at(i);
    const known = VARIANTS.get(w);
    if (known) return known;
    const out: Variant[] = [];
    const e = w.length;
    for (const at of stemStarts(w, 0, e, 'all', 2)) {
      // The article is part of a name that has it (العراق): a name without it is not found behind
      // it (المالي is not مالي). After لل (ل + ال) the name is looked up with its article.
      if (at >= 2 && w.charCodeAt(at - 1) === LAM) {
        const before = w.charCodeAt(at - 2);
        if (before === ALEF) continue;
        if (before === LAM) {
          out.push([at - 1, 'ال' + w.slice(at, e)]);
          continue;
        }
      }
      out.push([at, at === 0 ? w : w.slice(at, e)]);
    }
    if (VARIANTS.size >= VARIANT_CACHE_LIMIT) VARIANTS.clear();
    VARIANTS.set(w, out);
    return out;
  }

  exactAt(i: number): Hit | undefined {
    const { starts, ends, index } = this;
    for (const [rel, key] of this.variants(i)) {
      const start = starts[i]! + rel;
      const list = index.entries(key);
      if (!list) continue;
      for (const entry of list) {
        if (!this.allowed(entry.entity)) continue;
        const next = entry.words.length === 1 ? i + 1 : this.matchRest(entry.words, i);
        if (next < 0) continue;
        if (entry.words.length === 1 && entry.kind !== 'demonym' && !this.spelledAsName(entry, i, start)) continue;
        const end = ends[next - 1]!;
        // A class noun before the name stays outside the mention (حركة حماس → حماس).
        const from = entry.lead > 0 ? starts[i + entry.lead]! : start;
        const kind = this.kindOf(entry, i + entry.lead, from, end);
        if (kind === undefined) continue;
        const entity = kind === 'title-person' ? this.byTitle(list, entry, i + entry.lead) : entry.words.length === 1 ? this.byDiacritics(list, entry, start, i) : entry.entity;
        return { entity, start: from, end, next, kind };
      }
    }
    return undefined;
  }

  /**
   * Among one-word names spelled alike once folded (عمان: Oman and Amman), the entity whose name is
   * written with the harakat the text gives it (عمّان is Amman); else `entry`'s.
   */
  byDiacritics(list: readonly Entry[], entry: Entry, start: number, i: number): number {
    const { text, n, ends, entities } = this;
    const src = n.toSourceSpan(start, ends[i]!);
    const written = text.slice(src.start, src.end).replace(TATWEELS, '');
    if (written === stripMarks(written)) return entry.entity;
    for (const other of list) {
      if (other === entry || other.words.length !== 1 || other.words[0] !== entry.words[0] || !this.allowed(other.entity)) continue;
      const e = entities.at(other.entity);
      if (e.names.ar === written || e.aliases.some((a) => a === written || a === '~' + written)) return other.entity;
    }
    return entry.entity;
  }

  /**
   * A one-word name matched at token i from `start` is the name and not a word of the language
   * that folds like it: a word the lexicon knows must be written as one of the entity's names
   * (بأنه is "that he", not بانه; البيت is "the house", not إلبيت), and where proclitics were cut
   * off, the segmenter must cut them too (فلكيا is not ف + ل + كيا).
   */
  spelledAsName(entry: Entry, i: number, start: number): boolean {
    const { text, n, f, starts, ends, lexicon, entities } = this;
    const src = n.toSourceSpan(start, ends[i]!);
    if (start !== starts[i]) {
      const whole = n.toSourceSpan(starts[i]!, ends[i]!);
      if (lexicon.hasRange(text, whole.start, whole.end) && !this.cutsProclitics(i)) return false;
    }
    const e = entities.at(entry.entity);
    // After لل the name's article is not written (للعراق): the name must have the article (للبيت
    // is not إلبيت).
    if (f.charCodeAt(start) === LAM && f.charCodeAt(start + 1) !== LAM && entry.words[0]!.startsWith('ال') && !f.startsWith('ال', start)) {
      const rest = stripMarks(text.slice(src.start + 1, src.end));
      return [e.names.ar, ...e.aliases].some((a) => stripMarks(a.charCodeAt(0) === 0x7e ? a.slice(1) : a) === 'ال' + rest) || !lexicon.hasRange(text, src.start, src.end);
    }
    if (!lexicon.hasRange(text, src.start, src.end)) return true;
    const written = stripMarks(text.slice(src.start, src.end));
    if (writtenAs(written, stripMarks(e.names.ar))) return true;
    for (const a of e.aliases) if (writtenAs(written, stripMarks(a.charCodeAt(0) === 0x7e ? a.slice(1) : a))) return true;
    return false;
  }

  /**
   * How an entry matched at token i (folded span [start, end)) names its entity; undefined when it
   * is weak and nothing supports it. A weak alias is supported by a title before it (a person), a
   * class noun before it (لحزب "الاتحاد الديمقراطي"), quotation marks around it, or an earlier
   * mention of its entity; a weak demonym only by an earlier mention.
   */
  kindOf(entry: Entry, i: number, start: number, end: number): MentionKind | undefined {
    const { entities, sw, afterTitle, mentioned } = this;
    if (!entry.weak) return entry.kind === 'demonym' ? 'demonym' : entry.kind === 'name' ? 'name' : 'alias';
    const earlier = sw.coreference && mentioned.has(entry.entity);
    if (entry.kind === 'demonym') return earlier ? 'demonym' : undefined;
    // After a title, a nisba is an adjective of the title (الرئيس العربي), not a name.
    if (sw.titles && afterTitle[i] && entities.typeOf(entry.entity) === 'person' && !isNisba(entry.words[0]!)) return 'title-person';
    if (this.afterDescriptor(i) || this.quoted(start, end)) return 'alias';
    return earlier ? 'coreference' : undefined;
  }

  /** Token i comes right after a class noun (حزب, صحيفة, مدينة), behind its proclitics too. */
  afterDescriptor(i: number): boolean {
    const { f, starts, ends, kinds, index } = this;
    if (i === 0 || !isNameKind(kinds[i - 1]!)) return false;
    const s = starts[i - 1]!, e = ends[i - 1]!;
    for (const at of stemStarts(f, s, e, 'all', 2)) {
      // An indefinite class noun (حزب, لحزب), not one with the article (الدول العربية: the Arab states).
      if (at >= s + 2 && f.charCodeAt(at - 1) === LAM && f.charCodeAt(at - 2) === ALEF) continue;
      if (index.descriptors.has(f.slice(at, e))) return this.adjacentOrQuoted(i - 1, i);
    }
    return false;
  }

  /** Tokens a and b are separated by spaces and quotation marks only, on one line. */
  adjacentOrQuoted(a: number, b: number): boolean {
    const { f, starts, ends } = this;
    for (let p = ends[a]!; p < starts[b]!; p++) {
      const c = f.charCodeAt(p);
      if (c !== 0x20 && c !== 0x09 && !isQuote(c)) return false;
    }
    return true;
  }

  /** The folded span [start, end) has a quotation mark right before and right after it (tatweel aside). */
  quoted(start: number, end: number): boolean {
    const { text, n } = this;
    const src = n.toSourceSpan(start, end);
    let a = src.start - 1;
    while (a >= 0 && text.charCodeAt(a) === TATWEEL) a--;
    let b = src.end;
    while (b < text.length && text.charCodeAt(b) === TATWEEL) b++;
    return a >= 0 && b < text.length && isQuote(text.charCodeAt(a)) && isQuote(text.charCodeAt(b));
  }

  shortFormAt(i: number): Hit | undefined {
    const { starts, ends, shortForms } = this;
    if (shortForms.size === 0) return undefined;
    for (const [rel, key] of this.variants(i)) {
      const start = starts[i]! + rel;
      const target = shortForms.get(key);
      if (target === undefined) continue;
      if (typeof target === 'string') return { entity: -1, start, end: ends[i]!, next: i + 1, kind: 'coreference', unknown: target };
      if (this.allowed(target)) return { entity: target, start, end: ends[i]!, next: i + 1, kind: 'coreference' };
    }
    return undefined;
  }

  /**
   * The last word of a person's name (token k) may stand for them alone later on: a family name
   * (كين, الأسد, محفوظ), not a particle or the name of another
   * entity.
   */
  mayBeShortForm(k: number, word: string): boolean {
    const { closedClass, index, given } = this;
    if (word.length < 3 || this.isClosed(k) || given?.particles.has(word)) return false;
    // Nor a particle once folded or misspelt (علي for على).
    if (unfoldings(word).some((u) => closedClass.has(u))) return false;
    return !index.entries(word)?.some((e) => e.words.length === 1 && !e.weak);
  }

  /** The word of token k (folded) is a closed-class word, as written or with a hamza or ى folded away (ان for أن). */
  isClosed(k: number): boolean {
    const { text, n, starts, ends, tokenWord, closedClass, given, skip } = this;
    const word = tokenWord.at(k);
    if (closedClass.has(word) || skip.has(word)) return true;
    const src = n.toSourceSpan(starts[k]!, ends[k]!);
    const written = text.slice(src.start, src.end);
    if (closedClass.has(written)) return true;
    // علي as written is the name; على is the preposition.
    if (given?.byFirst.has(word) && written.endsWith('ي')) return false;
    return unfoldings(word).some((u) => closedClass.has(u));
  }

  /** The word of token i from `start` (behind proclitics) is a closed-class word as written or unfolded (وإن). */
  isClosedSpelling(i: number, start: number): boolean {
    const { text, n, f, ends, closedClass } = this;
    const src = n.toSourceSpan(start, ends[i]!);
    const written = text.slice(src.start, src.end);
    const key = f.slice(start, ends[i]!);
    return closedClass.has(written) || closedClass.has(key) || (!written.endsWith('ي') && unfoldings(key).some((u) => closedClass.has(u)));
  }

  /**
   * Token k may be a word of a person's name: a given name, a word of a known person's name, a
   * word the lexicon lacks, or a nisba with the article (الشمري); never a particle, a title or
   * the name of another entity.
   */
  isNameWord(k: number): boolean {
    const { starts, kinds, tokenWord, index, given } = this;
    if (kinds[k] !== WORD_KIND || this.isClosed(k)) return false;
    const word = tokenWord.at(k);
    if (word.length < 3 || index.titles.has(word)) return false;
    if (given?.byFirst.has(word)) return true;
    // و before a name starts another person (زكي وعبد الحليم).
    if (word.charCodeAt(0) === WAW && (given?.byFirst.has(word.slice(1)) || index.personWords().has(word.slice(1)))) return false;
    if (index.entries(word)) return false;
    if (isNisba(word)) return true;
    const known = this.isWord(word, starts[k]!, k);
    // A word of the language is a name word only as a family name of the gazetteer's people (الحكيم, not الإسلام).
    return !known || (index.personWords().has(word) && !word.startsWith('ال'));
  }

  /** Token k, a word of the language, may still be a family name right after a given name. */
  mayBeSurname(k: number): boolean {
    const { kinds, tokenWord, index } = this;
    if (kinds[k] !== WORD_KIND || this.isClosed(k)) return false;
    const word = tokenWord.at(k);
    if (word.length < 3 || word.startsWith('ال') || index.titles.has(word) || index.entries(word)) return false;
    return true;
  }

  unknownAfterTitle(i: number): Hit | undefined {
    const { text, n, f, count, starts, ends, kinds, tokenWord, lexicon, index, given } = this;
    if (kinds[i] !== WORD_KIND) return undefined;
    // Up to three words, not particles and not words with the article; the name ends at the last
    // one that is not a word of the language or is a word of people's names (جوزيف فوتيل).
    let last = -1;
    for (let k = i; k < count && k - i < MAX_UNKNOWN_NAME_WORDS; k++) {
      if (kinds[k] !== kinds[i] || (k > i && !this.adjacent(k - 1, k))) break;
      const word = tokenWord.at(k);
      if ((word.startsWith('ال') && !(k > i && this.isNameWord(k))) || this.isClosed(k)) break;
      const src = n.toSourceSpan(starts[k]!, ends[k]!);
      if (!lexicon.hasRange(text, src.start, src.end) || index.personWords().has(word) || given?.byFirst.has(word)) last = k;
    }
    if (last < 0) return undefined;
    return { entity: -1, start: starts[i]!, end: ends[last]!, next: last + 1, kind: 'title-person', unknown: f.slice(starts[i]!, ends[last]!) };
  }

  /**
   * A given name (behind its proclitics) and the name words after it (نجيب محفوظ, محمد بن عبد
   * الكريم الخطابي): a person the gazetteer lacks. A given name that is also a common word (أمل)
   * needs a name word after it.
   */
  givenNameAt(i: number, g: GivenNames): Hit | undefined {
    const { f, count, starts, ends, tokenWord, index } = this;
    for (const [rel, key] of this.variants(i)) {
      const start = starts[i]! + rel;
      const list = g.byFirst.get(key);
      // Not a title (السيد), nor a name with the article, which is first an adjective (العربي).
      if (!list || index.titles.has(key) || key.startsWith('ال')) continue;
      // Behind proclitics only where the segmenter cuts them off too (ومحمد is و + محمد; وجود is a word).
      if (start !== starts[i] && !this.cutsProclitics(i)) return undefined;
      for (const name of list) {
        const next = name.words.length === 1 ? i + 1 : this.matchRest(name.words, i);
        if (next < 0) continue;
        // Name words after it, through particles (بن, أبو), up to five words in all.
        let end = next;
        for (let k = next; k < count && k - i < MAX_GIVEN_NAME_WORDS && this.adjacent(k - 1, k); k++) {
          const word = tokenWord.at(k);
          if (g.particles.has(word)) {
            if (k + 1 < count && this.adjacent(k, k + 1) && this.isNameWord(k + 1)) continue;
            break;
          }
          // Another given name of several words (عبد الكريم) is taken whole.
          const compound = g.byFirst.get(word)?.find((x) => x.words.length > 1 && this.matchRest(x.words, k) > 0);
          if (compound) {
            k += compound.words.length - 1;
            end = k + 1;
            continue;
          }
          if (!this.isNameWord(k) && !(k === next && name.foreign && !name.ambiguous && this.mayBeSurname(k))) break;
          end = k + 1;
        }
        if (start === starts[i] ? this.isClosed(i) : this.isClosedSpelling(i, start)) continue;
        if (end === next && true) continue;
        return { entity: -1, start, end: ends[end - 1]!, next: end, kind: 'given-name', unknown: f.slice(start, ends[end - 1]!) };
      }
    }
    return undefined;
  }

  fuzzyAt(i: number): Hit | undefined {
    const { starts, ends, sw } = this;
    if (ends[i]! - starts[i]! < FUZZY_MIN_LETTERS) return undefined;
    // The word as written, and the word without any proclitic.
    const all = this.variants(i);
    for (const [rel, key] of all.length > 1 ? [all[0]!, all[all.length - 1]!] : all) {
      const start = starts[i]! + rel;
      // Words with the article are Arabic nouns and nisbas, where one letter makes another name
      // (الدليمي, العليمي): only words without it are taken for misspelt names.
      if (key.length < FUZZY_MIN_LETTERS || key.startsWith('ال')) continue;
      const best = sw.types === undefined ? this.fuzzyCached(key) : this.fuzzyCandidate(key);
      if (!best) continue;
      // A word of the language is not a misspelt name (الامن is الأمن, not اليمن).
      if (this.isWord(key, start, i)) return undefined;
      return { entity: best.entity, start, end: ends[i]!, next: i + 1, kind: best.kind === 'name' ? 'name' : 'alias', fuzzy: 1 };
    }
    return undefined;
  }

  /** {@link fuzzyCandidate} for any type, remembered by the index (news text repeats its words). */
  fuzzyCached(key: string): Entry | undefined {
    const { index } = this;
    const cache = index.fuzzyCache;
    const known = cache.get(key);
    if (known !== undefined) return known ?? undefined;
    const best = this.fuzzyCandidate(key);
    if (cache.size >= FUZZY_CACHE_LIMIT) cache.clear();
    cache.set(key, best ?? null);
    return best;
  }

  /**
   * The single-word name one edit away from `key` with the same first and last letter (of the
   * first entity in the gazetteer's order when several are).
   */
  fuzzyCandidate(key: string): Entry | undefined {
    const { index } = this;
    const a = key.charCodeAt(0), z = key.charCodeAt(key.length - 1);
    let best: Entry | undefined;
    const consider = (list: readonly Entry[] | undefined): void => {
      if (list === undefined) return;
      for (const entry of list) {
        if (!this.allowed(entry.entity) || (best && best.entity <= entry.entity)) continue;
        if (get.get(key, entry.words[0]!) === 1) best = entry;
      }
    };
    // Names of the same first and last letter (a change there makes another word or another name:
    // بريمر, بريمن; دومينيكا, دومينيك) and a length one off at most, found by the word and by each
    // of its one-letter deletions.
    for (const length of [key.length - 1, key.length, key.length + 1]) {
      const bucket = index.fuzzyBucket(shapeOf(a, z, length));
      if (bucket === undefined) continue;
      consider(bucket.get(key));
      for (let p = 0; p < key.length; p++) consider(bucket.get(key.slice(0, p) + key.slice(p + 1)));
    }
    return best;
  }

  /**
   * The word of token i from `start` (in the folded text; `key` as looked up) is a word of the
   * language: as written, or with a hamza or a final ة ى that folding or the writer left out (الامن
   * is الأمن, not اليمن), after the article too.
   */
  isWord(key: string, start: number, i: number): boolean {
    const { text, n, ends, lexicon } = this;
    const src = n.toSourceSpan(start, ends[i]!);
    if (lexicon.hasRange(text, src.start, src.end) || lexicon.has(key)) return true;
    if (unfoldings(key).some((u) => lexicon.has(u))) return true;
    return key.startsWith('ال') && key.length > 3 && unfoldings(key.slice(2)).some((u) => lexicon.has('ال' + u));
  }

  /** The hits as mentions, with their offsets in the text as given. */
  mentions(): Mention[] {
    const { text, n, f, hits, entities } = this;
    return hits.map((h) => {
      const span = n.toSourceSpan(h.start, h.end);
      const surface = text.slice(span.start, span.end);
      const e = h.entity >= 0 ? entities.at(h.entity) : undefined;
      const mention: Mention = {
        entityId: e ? e.id : `unknown:${h.unknown ?? f.slice(h.start, h.end)}`,
        type: e ? e.type : 'person',
        start: span.start,
        end: span.end,
        surface,
        kind: h.kind,
        ...(h.fuzzy !== undefined ? { fuzzy: { distance: h.fuzzy } } : {}),
      };
      return mention;
    });
  }
}
