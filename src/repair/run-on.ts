/**
 * run-on: splits words merged by a lost space (الولاياتالمتحدة → الولايات المتحدة).
 *
 * 1. A number glued to the Arabic word after it is split from it (2014م → 2014 م), and a word
 *    glued to the number after it (حوالي900 → حوالي 900), unless the word is a proclitic (ب10).
 * 2. Merged spellings that the lexicon accepts all the same (ماهو, لابد) are split as
 *    data/repair/run-on-words.tsv says.
 * 3. Teh marbuta and alef maqsura end a word: one followed by a letter marks a split (العراقيةبغداد).
 * 4. A word glued to الله or لله after it is split before it (شاءالله, الحمدلله, عبدالله).
 * 5. An unknown word that begins with the particle لا, ما, يا or لو (behind و or ف) before an
 *    imperfect verb, a function word or a two-letter word is split after the particle (لايمكن,
 *    ولايريد, فماكان); the closed sets are in data/repair/run-on-affixes.tsv.
 * 6. Any other word the lexicon does not know (even loosely: see knownLoose) is split into the
 *    cheapest sequence of pieces it knows, by dynamic programming over split points. Each piece
 *    costs about 1, so fewer pieces win; function words (data/repair/function-words.tsv) cost less;
 *    a later piece that starts with the conjunction و a little less, one that starts with an
 *    imperfect prefix or a preposition a little more; among equal splits the longer content word
 *    wins. Pieces of one or two letters must be
 *    function words, so a proclitic (و ب ل ك ف, ال) stays attached to the word after it
 *    (بالعراقوسوريا → بالعراق وسوريا).
 * 7. The split is made only when every split point has evidence of a lost space: a function word
 *    stands on either side, the piece after it starts with the article or with a proclitic before
 *    a known word, or both pieces are substantial words (three letters or more, one of them five
 *    or more, or four and four); and the piece after it is not a bare ending (ونها). Names and
 *    loanwords the lexicon lacks (كورونا, غاردنر) are not cut into obscure pieces (كور ونا).
 * 8. The pieces of a split are split again the same way, so that a second pass finds nothing.
 *
 * Linear in the input: the search looks at pieces of at most MAX_PIECE letters, words longer
 * than MAX_WORD letters only get the teh marbuta / alef maqsura splits, and the work of the
 * search in one text is bounded by a share of its length (SEARCH_BUDGET, in cells of the search).
 *
 * @internal
 */
import { FUNCTION_WORDS, RUN_ON_AFFIXES, RUN_ON_WORDS } from '../generated/repair-data.js';
import { lexiconKey } from '../lexicon/lexicon.js';
import { TOKEN_KIND_CODE } from '../tokenize/kinds.js';
import type { RepairContext } from './context.js';
import { EditBuffer } from './edit-buffer.js';
import { isMovablePunct } from './punct.js';
import { stemStarts } from '../lexicon/clitics.js';
import { ALEF, ALEF_FORMS, ALEF_MAQSURA, LAM, TEH_MARBUTA, isAlefToVary, isArabicLetter, isMarkOrTatweel, known, knownLoose, knownWithOtherLastLetter } from './words.js';

const MAX_PIECE = 24;
const MAX_WORD = 64;
/**
 * The work the search may do in one text, in cells of its dynamic programme (a piece tried: a
 * segment of n code units costs n × min(n, MAX_PIECE + 8)): SEARCH_BUDGET_BASE plus this many per
 * code unit of the text. News text searches a few per cent of its letters at most (a name the
 * lexicon lacks, a merged pair of two short words: a dozen cells a letter); a text with its spaces
 * stripped would search nearly all of them, in long segments, at tens of times the cost of
 * ordinary text. Counting cells rather than letters lets short merged words through and bounds
 * the time the long ones take. Beyond the budget the certain cuts (teh marbuta, alef maqsura) are
 * still made, and a second repair() goes on where the first stopped.
 */
const SEARCH_BUDGET = 0.6;
const SEARCH_BUDGET_BASE = 8192;
const BUDGET = 'run-on-search-budget';
const SEGMENT_MEMO = 'run-on-segments';

const COST_PIECE = 1;
const COST_LOOSE = 0.5;
const COST_FUNCTION = -0.3;
/** يا and كي as the last piece of a merged word: they always come before the word they go with. */
const COST_HEAD_LAST = 0.5;
const NEVER_LAST: ReadonlySet<string> = new Set(RUN_ON_AFFIXES['never-last']);
const COST_CONJ = -0.15;
/**
 * Where a letter could end one piece or begin the next, it more often ends the first: a piece
 * that begins with ي ت ن (قياد|يبارز for قيادي|بارز) or with ب ل ك ف (باستكم|الربط…) costs a little
 * more. Measured on the synthetic run-ons of bench/repair.ts.
 */
const COST_IMPERFECT = 0.05;
const COST_PREP = 0.05;
/** Per letter of a content word: among equal splits, the longer content word wins (عن|دمشق, not عند|مشق). */
const COST_PER_LETTER = -0.02;

const WAW = 0x0648, FEH = 0x0641, BEH = 0x0628, KAF = 0x0643;

let functionWords: Map<string, 'head' | 'any'> | undefined;
let runOnWords: Map<string, string> | undefined;
let runOnFirst: Set<number> | undefined;

/** Letters of s[from, to), harakat and tatweel not counted. */
function letterCount(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isMarkOrTatweel(s.charCodeAt(i))) n++;
  return n;
}

/** Endings the lexicon also lists as words: never a piece after a split point (يستخدم|ونها). */
const SUFFIX_LIKE: ReadonlySet<string> = new Set(RUN_ON_AFFIXES.suffix);

const startsWithArticle = (s: string, i: number) => s.charCodeAt(i) === ALEF && s.charCodeAt(i + 1) === LAM;

/** Letters of a piece without its article. */
function stemLength(s: string, from: number, to: number): number {
  const n = letterCount(s, from, to);
  return startsWithArticle(s, from) ? n - 2 : n;
}

/** The function word s[from, to) is (behind و or ف too: وهي, فما), if any. */
function functionWord(s: string, from: number, to: number): 'head' | 'any' | undefined {
  if (to - from > 7) return undefined;
  const fn = functionWords!.get(lexiconKey(s, from, to));
  if (fn || to - from < 3) return fn;
  const c = s.charCodeAt(from);
  return c === WAW || c === FEH ? functionWords!.get(lexiconKey(s, from + 1, to)) : undefined;
}

/** Proposes run-on edits. */
export function detectRunOns(ctx: RepairContext): EditBuffer {
  const { text, tokens, wordCount, wordStarts, wordEnds } = ctx;
  functionWords ??= new Map(FUNCTION_WORDS.map(([w, p]) => [w, p]));
  runOnWords ??= new Map(RUN_ON_WORDS.map(([m, s]) => [m, s]));
  runOnFirst ??= new Set(RUN_ON_WORDS.map(([m]) => m.charCodeAt(0)));
  const edits = new EditBuffer(text);

  // 1. A number glued to the word after it.
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (tokens.kinds[i] !== TOKEN_KIND_CODE.number || tokens.kinds[i + 1] !== TOKEN_KIND_CODE.word) continue;
    const at = tokens.starts[i + 1]!;
    if (tokens.ends[i] !== at || !isArabicLetter(text.charCodeAt(at))) continue;
    // Punctuation glued to the front of the number (.2001م) is the bidi-punct repair's case: a
    // space here would make that repair see the number end a phrase only on a second pass.
    if (tokens.starts[i]! > 0 && isMovablePunct(text.charCodeAt(tokens.starts[i]! - 1))) continue;
    edits.add('run-on', at, at, ' ', 0.8, 'a number glued to the word after it');
  }

  // A word of two letters or more glued to the number after it (حوالي900), not a proclitic (ب10).
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (tokens.kinds[i] !== TOKEN_KIND_CODE.word || tokens.kinds[i + 1] !== TOKEN_KIND_CODE.number) continue;
    const a = tokens.starts[i]!, at = tokens.starts[i + 1]!;
    if (tokens.ends[i] !== at || letterCount(text, a, at) < 2 || isMarkOrTatweel(text.charCodeAt(at - 1))) continue;
    if (!isArabicLetter(text.charCodeAt(at - 1)) || isProclitics(text, a, at)) continue;
    edits.add('run-on', at, at, ' ', 0.8, 'a word glued to the number after it');
  }

  ctx.memo.set(BUDGET, { left: SEARCH_BUDGET_BASE + text.length * SEARCH_BUDGET });

  // What splitWord does depends only on the word (and on the text-wide tables it builds once), so
  // a word it left whole is not looked at again: news text repeats its words.
  const whole = new Set<string>();
  for (let w = 0; w < wordCount; w++) {
    const a = wordStarts[w]!, b = wordEnds[w]!;
    if (!ctx.wordPlain[w] || b - a < 4) continue;
    const word = text.slice(a, b);
    if (whole.has(word)) continue;
    const before = edits.length;
    splitWord(ctx, a, b, edits, 0);
    if (edits.length === before) whole.add(word);
  }
  edits.sortByStart();
  return edits;
}

const ENDS_WORD_TEH_MARBUTA = 'teh marbuta ends a word: it never stands inside one';
const ENDS_WORD_ALEF_MAQSURA = 'alef maqsura ends a word: it never stands inside one';

/**
 * Splits the word s[a, b): a listed run-on spelling, else after each inner teh marbuta or alef
 * maqsura, else into known pieces. The pieces a split makes are split again the same way (to a
 * small depth), so that repairing the result finds nothing more to split.
 */
function splitWord(ctx: RepairContext, a: number, b: number, edits: EditBuffer, depth: number): void {
  const { text } = ctx;
  if (b - a < 4 || depth > 3) return;
  if (listedRunOn(ctx, a, b, edits)) return;
  if (gluedAllah(ctx, a, b, edits)) return;
  let segStart = a;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== TEH_MARBUTA && c !== ALEF_MAQSURA) continue;
    let j = i + 1;
    while (j < b && isMarkOrTatweel(text.charCodeAt(j))) j++;
    if (j >= b) break;
    splitWord(ctx, segStart, j, edits, depth + 1);
    edits.add('run-on', j, j, ' ', 0.95, c === TEH_MARBUTA ? ENDS_WORD_TEH_MARBUTA : ENDS_WORD_ALEF_MAQSURA);
    segStart = j;
    i = j - 1;
  }
  if (segStart === a) splitSegmentOnce(ctx, a, b, edits, depth);
  else splitWord(ctx, segStart, b, edits, depth + 1);
}

/** Longest segment (in code units) whose splits are remembered, and how many are. */
const MEMO_SEGMENT = 4 * MAX_WORD;
const MEMO_LIMIT = 8192;

/**
 * splitSegment, remembered within one repair() call by the segment's text (and depth), on which
 * alone its edits depend (the lexicon and the text-wide tables aside): a segment the text repeats
 * (a name the lexicon lacks, a merged pair written the same way each time) is searched once, and
 * spends the search budget once.
 */
function splitSegmentOnce(ctx: RepairContext, a: number, b: number, edits: EditBuffer, depth: number): void {
  if (b - a > MEMO_SEGMENT) {
    splitSegment(ctx, a, b, edits, depth);
    return;
  }
  let memo = ctx.memo.get(SEGMENT_MEMO) as Map<string, EditBuffer | null> | undefined;
  if (!memo) ctx.memo.set(SEGMENT_MEMO, (memo = new Map()));
  const key = String(depth) + ctx.text.slice(a, b);
  const seen = memo.get(key);
  if (seen !== undefined) {
    // The same edits, moved to this occurrence.
    if (seen) for (let i = 0; i < seen.length; i++) edits.copy(seen, i, seen.starts[i]! + a, seen.ends[i]! + a);
    return;
  }
  const before = edits.length;
  splitSegment(ctx, a, b, edits, depth);
  if (memo.size >= MEMO_LIMIT) return;
  let found: EditBuffer | null = null;
  if (edits.length > before) {
    found = new EditBuffer(ctx.text, edits.length - before);
    for (let i = before; i < edits.length; i++) found.copy(edits, i, edits.starts[i]! - a, edits.ends[i]! - a);
  }
  memo.set(key, found);
}

/** A word glued to الله or لله after it (شاءالله, الحمدلله, عبدالله): split before it. */
function gluedAllah(ctx: RepairContext, a: number, b: number, edits: EditBuffer): boolean {
  const { text, lexicon } = ctx;
  let at = -1;
  if (text.endsWith('\u0627\u0644\u0644\u0647', b)) at = b - 4; // الله
  else if (text.endsWith('\u0644\u0644\u0647', b)) at = b - 3; // لله
  if (at < 0 || letterCount(text, a, at) < 3 || isMarkOrTatweel(text.charCodeAt(at - 1))) return false;
  if (!known(lexicon, text, a, at) || isProcliticsWithArticle(text, a, at)) return false;
  edits.add('run-on', at, at, ' ', 0.85, `${text.slice(at, b)} is a word of its own`);
  return true;
}

/** Splits a merged spelling listed in data/repair/run-on-words.tsv (behind و or ف). */
function listedRunOn(ctx: RepairContext, a: number, b: number, edits: EditBuffer): boolean {
  const { text } = ctx;
  if (b - a > 16) return false;
  const c0 = text.charCodeAt(a);
  if (!runOnFirst!.has(c0) && !((c0 === WAW || c0 === FEH) && runOnFirst!.has(text.charCodeAt(a + 1)))) return false;
  for (const p of c0 === WAW || c0 === FEH ? [a, a + 1] : [a]) {
    const split = runOnWords!.get(text.slice(p, b));
    if (!split) continue;
    let at = p;
    for (const part of split.split(' ').slice(0, -1)) {
      at += part.length;
      edits.add('run-on', at, at, ' ', 0.9, `${split.replace(/ /g, '')} is a run-on spelling of ${split}`);
    }
    return true;
  }
  return false;
}

const AFTER_FUNCTION: ReadonlySet<string> = new Set(RUN_ON_AFFIXES['after-function']);

/**
 * Where a known word splits into a function word and one of the `after-function` words of
 * data/repair/run-on-affixes.tsv (فيذلك, مندون, منكل), or -1. Words made of a function word and
 * ما, من, هم or ها (فيما, مما, منهم, بينما) are words of their own and stay, as do hamza-less
 * spellings (لماذا is not لم اذا).
 */
function twoFunctionWords(s: string, a: number, b: number): number {
  if (b - a > 9) return -1;
  for (let at = a + 2; at <= a + 4 && at <= b - 2; at++) {
    if (s.charCodeAt(a) === ALEF || !functionWord(s, a, at)) continue;
    if (AFTER_FUNCTION.has(lexiconKey(s, at, b))) return at;
  }
  return -1;
}

/**
 * Where to split the known word s[a, b) that begins with a function word of two to four letters
 * and goes on with a content word of three letters or more, when the text has the two as
 * neighbouring words elsewhere (فيحال beside في حال); else -1.
 */
function splitAsElsewhere(ctx: RepairContext, a: number, b: number): number {
  const at = mergedPairs(ctx).get(lexiconKey(ctx.text, a, b));
  if (at === undefined) return -1;
  // The key has no harakat: find the offset after `at` letters.
  let i = a;
  for (let seen = 0; i < b && seen < at; i++) if (!isMarkOrTatweel(ctx.text.charCodeAt(i))) seen++;
  while (i < b && isMarkOrTatweel(ctx.text.charCodeAt(i))) i++;
  return i < b ? i : -1;
}

/**
 * The neighbouring words of the text that a function word (two to four letters) and a content word
 * (three letters or more) make, by their merged spelling: "فيحال" → 2 for في حال. Once per call.
 */
function mergedPairs(ctx: RepairContext): ReadonlyMap<string, number> {
  let pairs = ctx.memo.get('merged-pairs') as Map<string, number> | undefined;
  if (pairs) return pairs;
  pairs = new Map();
  const { text, tokens } = ctx;
  const WORD = TOKEN_KIND_CODE.word;
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (tokens.kinds[i] !== WORD || tokens.kinds[i + 1] !== WORD) continue;
    const a = tokens.starts[i]!, m = tokens.ends[i]!, b = tokens.starts[i + 1]!, e = tokens.ends[i + 1]!;
    if (m - a > 4 || m - a < 2 || b !== m + 1 || e - b < 3 || !functionWord(text, a, m)) continue;
    if (letterCount(text, b, e) < 3 || functionWord(text, b, e)) continue;
    const first = lexiconKey(text, a, m);
    pairs.set(first + lexiconKey(text, b, e), first.length);
  }
  ctx.memo.set('merged-pairs', pairs);
  return pairs;
}

/** Splits s[a, b) into known pieces when it is not known itself and every split point has evidence. */
function splitSegment(ctx: RepairContext, a: number, b: number, edits: EditBuffer, depth: number): void {
  const { text, lexicon } = ctx;
  const n = b - a;
  if (n < 4 || letterCount(text, a, b) > MAX_WORD) return;
  if (known(lexicon, text, a, b)) {
    // A known word may still be a function word glued to the next one, when the text itself
    // writes the two apart elsewhere (فيحال beside في حال).
    const at = splitAsElsewhere(ctx, a, b);
    if (at > 0) {
      edits.add('run-on', at, at, ' ', 0.8, `the text writes ${text.slice(a, at)} ${text.slice(at, b)} apart elsewhere`);
      splitWord(ctx, at, b, edits, depth + 1);
      return;
    }
    const two = twoFunctionWords(text, a, b);
    if (two > 0) {
      edits.add('run-on', two, two, ' ', 0.75, `${text.slice(a, two)} and ${text.slice(two, b)} are two function words`);
    }
    return;
  }
  // Loosely known (a hamza-less or ya-for-maqsura spelling) counts as known, except for a negation
  // or vocative glued to a known word: لايمكن is لا يمكن, not ل + أيمكن.
  const rest = gluedParticle(ctx, a, b);
  if (rest >= 0) {
    edits.add('run-on', rest, rest, ' ', 0.8, `${text.slice(rest - 2, rest)} glued to the word after it`);
    splitWord(ctx, rest, b, edits, depth + 1);
    return;
  }
  if (knownLoose(lexicon, text, a, b)) return;
  splitByLexicon(ctx, a, b, edits, depth);
}

/** The dynamic-programming split of an unknown word into known pieces (see the module comment). */
function splitByLexicon(ctx: RepairContext, a: number, b: number, edits: EditBuffer, depth: number): void {
  const { text, lexicon } = ctx;
  const n = b - a;
  // The search costs tens of times more per letter than the rest of repair(): it gets a budget in
  // proportion to the text (see SEARCH_BUDGET), which news text stays far below.
  const budget = ctx.memo.get(BUDGET) as { left: number } | undefined;
  if (budget) {
    const cells = n * Math.min(n, MAX_PIECE + 8);
    if (budget.left < cells) return;
    budget.left -= cells;
  }
  // knownEnd[j * (n + 1) + k]: the lexicon knows text[a + j, a + k) (one prefix walk per start).
  // alefEnd[j * (n + 1) + k]: the lexicon knows text[a + j, a + k) with another alef form at one of
  // its stem starts (the second way of knownAsVariant), found by one prefix walk per start, stem
  // start and alef form rather than a lookup per piece. A stem start p counts for the pieces that
  // stemStarts gives it for: the piece itself (p is its start), or two code units or more after p.
  const knownEnd = new Uint8Array((n + 1) * (n + 1));
  const alefEnd = new Uint8Array((n + 1) * (n + 1));
  for (let j = 0; j < n; j++) {
    const start = a + j;
    if (isMarkOrTatweel(text.charCodeAt(start))) continue;
    const limit = Math.min(b, start + MAX_PIECE + 8);
    lexicon.prefixEnds(text, start, limit, (end) => { knownEnd[j * (n + 1) + end - a] = 1; });
    for (const p of stemStarts(text, start, b, 'all')) {
      const c = text.charCodeAt(p);
      if (p >= limit || !isAlefToVary(c)) continue;
      for (const v of ALEF_FORMS) {
        if (v === c) continue;
        const variant = text.slice(start, p) + String.fromCharCode(v) + text.slice(p + 1, limit);
        lexicon.prefixEnds(variant, 0, variant.length, (e) => {
          if (p === start ? e > 0 : start + e - p >= 2) alefEnd[j * (n + 1) + j + e] = 1;
        });
      }
    }
  }
  // lettersTo[k]: letters (not harakat or tatweel) in text[a, a + k).
  const lettersTo = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) lettersTo[k + 1] = lettersTo[k]! + (isMarkOrTatweel(text.charCodeAt(a + k)) ? 0 : 1);
  // best[k]: cheapest cost of segmenting text[a, a + k); from[k]: where its last piece starts.
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let k = 1; k <= n; k++) {
    const end = a + k;
    // A piece ends before a letter, not before a haraka.
    if (end < b && isMarkOrTatweel(text.charCodeAt(end))) continue;
    for (let j = k - 1; j >= 0 && k - j <= MAX_PIECE + 8; j--) {
      if (best[j] === Infinity) continue;
      if (j === 0 && k === n) continue; // the whole word, already found unknown
      const start = a + j;
      if (isMarkOrTatweel(text.charCodeAt(start))) continue;
      const cost = pieceCost(ctx, start, end, lettersTo[k]! - lettersTo[j]!, j === 0, k === n, knownEnd[j * (n + 1) + k] === 1, alefEnd[j * (n + 1) + k] === 1);
      if (cost === Infinity) continue;
      if (best[j]! + cost < best[k]!) {
        best[k] = best[j]! + cost;
        from[k] = j;
      }
    }
  }
  if (best[n] === Infinity) return;
  const cuts: number[] = [];
  for (let k = from[n]!; k > 0; k = from[k]!) cuts.push(a + k);
  if (cuts.length === 0) return;
  cuts.reverse();
  const bounds = [a, ...cuts, b];
  const reasons: string[] = [];
  for (let i = 1; i < bounds.length - 1; i++) {
    const why = evidence(ctx, bounds[i - 1]!, bounds[i]!, bounds[i + 1]!, i + 1 === bounds.length - 1);
    if (!why) return;
    reasons.push(why);
  }
  const word = text.slice(a, b);
  cuts.forEach((cut, i) => {
    edits.add('run-on', cut, cut, ' ', cuts.length === 1 ? 0.85 : 0.75,
      `the lexicon does not know ${word} but knows ${text.slice(bounds[i]!, cut)} and ${text.slice(cut, bounds[i + 2]!)}; ${reasons[i]}`);
  });
  // The pieces, on a second pass, are words of their own: split them now as they would be then.
  for (let i = 0; i + 1 < bounds.length; i++) splitWord(ctx, bounds[i]!, bounds[i + 1]!, edits, depth + 1);
}

const PARTICLES: readonly string[] = RUN_ON_AFFIXES.particle;

/**
 * Where the word after a glued لا, ما, يا or لو (behind و or ف) starts, or -1: the particle must be
 * followed by a word the lexicon knows that is an imperfect verb (ي ت ن أ: لايمكن, ولايريد), a
 * function word (فماكان) or a word of two letters (يارب, لاحل). Otherwise a word read loosely
 * wins: لاطلاق is ل + اطلاق (hamza-less لإطلاق), not لا طلاق.
 */
function gluedParticle(ctx: RepairContext, a: number, b: number): number {
  const { text, lexicon } = ctx;
  const c0 = text.charCodeAt(a);
  for (const p of c0 === WAW || c0 === FEH ? [a, a + 1] : [a]) {
    if (b - p < 4 || !PARTICLES.includes(lexiconKey(text, p, p + 2))) continue;
    const rest = p + 2;
    const c = text.charCodeAt(rest);
    const letters = letterCount(text, rest, b);
    const imperfect = (c === 0x064a || c === 0x062a || c === 0x0646 || c === 0x0623) && letters >= 3;
    // A two-letter word after لا, ما or لو (لاحل), not after يا (يانج is a name), and not when
    // the whole reads as a hamza-less word (لانه is لأنه).
    const short = letters === 2 && text.charCodeAt(p) !== 0x064a && !knownLoose(lexicon, text, a, b);
    if (!(imperfect || short || functionWord(text, rest, b))) continue;
    // The lexicon lacks some verbs with an object pronoun (يساعدونكم): the verb is enough.
    if (known(lexicon, text, rest, b) || (imperfect && knownWithoutPronoun(ctx, rest, b))) return rest;
  }
  return -1;
}

/** Object pronouns, longest first (هما before ها). */
const PRONOUNS: readonly string[] = [...RUN_ON_AFFIXES.pronoun].sort((x, y) => y.length - x.length);

/** Is s[from, to) a known word followed by an object pronoun (at least three letters before it)? */
function knownWithoutPronoun(ctx: RepairContext, from: number, to: number): boolean {
  for (const p of PRONOUNS) {
    if (to - p.length - from >= 3 && ctx.text.endsWith(p, to) && known(ctx.lexicon, ctx.text, from, to - p.length)) return true;
  }
  return false;
}

/** Is s[start, end) only proclitics (و ف, then ب ل ك), with or without the article? */
function isProclitics(s: string, start: number, end: number): boolean {
  if (isProcliticsWithArticle(s, start, end)) return true;
  let i = start;
  const c = s.charCodeAt(i);
  if (c === WAW || c === FEH) i++;
  const d = s.charCodeAt(i);
  if (i < end && (d === BEH || d === KAF || d === LAM)) i++;
  return i === end;
}

/** Is s[start, end) only proclitics and the article: ال, وال, فال, بال, كال, لل, ولل, وبال…? */
function isProcliticsWithArticle(s: string, start: number, end: number): boolean {
  let i = start;
  const c = s.charCodeAt(i);
  if (c === WAW || c === FEH) i++;
  const d = s.charCodeAt(i);
  if (d === LAM && end - i === 2 && s.charCodeAt(i + 1) === LAM) return true;
  if (d === BEH || d === KAF || d === LAM) i++;
  return end - i === 2 && startsWithArticle(s, i);
}

/** Cheap test before knownLoose: an alef form near the start, or a final ya, alef maqsura or heh. */
function mayBeLoose(s: string, start: number, end: number): boolean {
  const z = s.charCodeAt(end - 1);
  if (z === 0x064a || z === ALEF_MAQSURA || z === 0x0647) return true;
  for (let i = start, e = Math.min(end, start + 5); i < e; i++) {
    const c = s.charCodeAt(i);
    if (c === ALEF || c === 0x0623 || c === 0x0625) return true;
  }
  return false;
}

/** Cost of s[start, end) (of `letters` letters) as one piece of a split word, or Infinity when it cannot be one. */
function pieceCost(ctx: RepairContext, start: number, end: number, letters: number, first: boolean, last: boolean, isKnown: boolean, alefVariant: boolean): number {
  const { text, lexicon } = ctx;
  if (letters > MAX_PIECE) return Infinity;
  const fn = letters <= 5 ? functionWord(text, start, end) : undefined;
  if (fn) return COST_PIECE + COST_FUNCTION + (last && NEVER_LAST.has(lexiconKey(text, start, end)) ? COST_HEAD_LAST : 0);
  if (letters <= 2) return Infinity;
  const stem = startsWithArticle(text, start) ? letters - 2 : letters;
  // The article needs a word of at least two letters after it (الع is not a piece), and proclitics
  // with the article (وال, بال, لل) are not a word of their own.
  if (stem < 2 || (letters <= 4 && isProcliticsWithArticle(text, start, end))) return Infinity;
  let cost = COST_PIECE;
  const c = text.charCodeAt(start);
  if (!first) {
    if (c === WAW) cost += COST_CONJ;
    else if ((c === 0x064a || c === 0x062a || c === 0x0646) && letters >= 4) cost += COST_IMPERFECT;
  }
  if (c === BEH || c === LAM || c === KAF || c === FEH) cost += COST_PREP;
  cost += COST_PER_LETTER * letters;
  if (isKnown) return cost;
  // Loosely known: knownAsVariant, its alef forms looked up ahead (alefVariant).
  if (mayBeLoose(text, start, end) && (alefVariant || knownWithOtherLastLetter(lexicon, text, start, end))) return cost + COST_LOOSE;
  return Infinity;
}

/**
 * Why a space was lost between s[l, m) and s[m, r), or '' when nothing says so.
 */
function evidence(ctx: RepairContext, l: number, m: number, r: number, last: boolean): string {
  const { text, lexicon } = ctx;
  if (SUFFIX_LIKE.has(lexiconKey(text, m, r))) return '';
  const left = functionWord(text, l, m);
  const right = functionWord(text, m, r);
  if (left) return `${text.slice(l, m)} is a function word`;
  // يا and كي never end a merged word (فيسوريا is في سوريا, not فيسور يا).
  if (right && !(last && NEVER_LAST.has(lexiconKey(text, m, r)))) return `${text.slice(m, r)} is a function word`;
  if (startsWithArticle(text, m) && stemLength(text, m, r) >= 3) return 'the second word starts with the article';
  const c = text.charCodeAt(m);
  const conj = c === WAW || c === FEH;
  const prep = c === BEH || c === LAM || c === KAF;
  // After a preposition (ب ل ك) both words must be longer: short pieces are often bits of names.
  const restMin = conj ? 3 : 4;
  const leftMin = conj ? 0 : 4;
  if ((conj || prep) && letterCount(text, m + 1, r) >= restMin && stemLength(text, l, m) >= leftMin && known(lexicon, text, m + 1, r)) {
    return 'the second word starts with a proclitic before a known word';
  }
  const sl = stemLength(text, l, m), sr = stemLength(text, c === WAW || c === FEH ? m + 1 : m, r);
  if (Math.min(sl, sr) >= 3 && (Math.max(sl, sr) >= 5 || sl + sr >= 8)) return 'both pieces are substantial words';
  return '';
}
