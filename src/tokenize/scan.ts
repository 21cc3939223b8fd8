/**
 * The tokenizer's engine: one left-to-right pass over UTF-16 code units that writes token
 * offsets and kinds into typed arrays, allocating no string per token.
 */
import { CHAR_CLASS as C } from '../_lib/char-class-codes.js';
import { astralClass, bmpClasses, classAt } from '../_lib/char-class.js';
import { resized } from '../_lib/typed-arrays.js';
import { PUNCT_ROLES } from '../generated/tokenize-data.js';
import { TOKEN_KIND_CODE as K } from './kinds.js';

// Local copies of the codes: the hot loops then read constants, not imported bindings.
const K_email = K.email;
const K_emoji = K.emoji;
const K_hashtag = K.hashtag;
const K_latin = K.latin;
const K_mention = K.mention;
const K_number = K.number;
const K_punct = K.punct;
const K_symbol = K.symbol;
const K_url = K.url;
const K_word = K.word;
const C_AR_LETTER = C.AR_LETTER;
const C_DIGIT = C.DIGIT;
const C_EMOJI = C.EMOJI;
const C_EMOJI_MODIFIER = C.EMOJI_MODIFIER;
const C_EMOJI_TAG = C.EMOJI_TAG;
const C_EMOJI_TEXT = C.EMOJI_TEXT;
const C_HIGH_SURROGATE = C.HIGH_SURROGATE;
const C_LOW_SURROGATE = C.LOW_SURROGATE;
const C_IGNORABLE = C.IGNORABLE;
const C_KEYCAP = C.KEYCAP;
const C_LETTER = C.LETTER;
const C_MARK = C.MARK;
const C_NEWLINE = C.NEWLINE;
const C_PUNCT = C.PUNCT;
const C_REGIONAL_INDICATOR = C.REGIONAL_INDICATOR;
const C_SPACE = C.SPACE;
const C_SYMBOL = C.SYMBOL;
const C_TATWEEL = C.TATWEEL;
const C_VARIATION_SELECTOR = C.VARIATION_SELECTOR;
const C_ZWJ = C.ZWJ;

/** @internal Which special tokens the scanner recognises. */
export interface ScanSwitches {
  urls: boolean;
  emails: boolean;
  hashtags: boolean;
  mentions: boolean;
}

/** @internal Growable output of the scanner. `starts`, `ends` and `kinds` hold `count` tokens. */
export interface ScanBuffers {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  /**
   * No e-mail address starts before this offset (a local part already ran past it without one).
   * Kept across the chunks of one text so that no run is scanned twice; 0 for a new text.
   */
  emailHorizon: number;
  /**
   * Where the next `@` is, at or after the last place looked from (the text's length when there is
   * none), or -1 before the first look: an address needs one, so without it no start is tried.
   * Kept across the chunks of one text like `emailHorizon`; -1 for a new text.
   */
  atSign: number;
}

/** Code units scanned between two checks of the room left in the output buffers. */
const BLOCK = 4096;

const ALL_ON: ScanSwitches = { urls: true, emails: true, hashtags: true, mentions: true };

let roleTables: { latinEnd: Uint8Array; latinUnit: Uint8Array; group: Uint8Array; numSep: Uint8Array; numSuffix: Uint8Array; urlEnd: Uint8Array; urlTrailing: Uint8Array; wordUnit: Uint8Array } | undefined;

function roles() {
  if (roleTables) return roleTables;
  const make = (cps: readonly number[]) => {
    const t = new Uint8Array(0x10000);
    for (const cp of cps) t[cp] = 1;
    return t;
  };
  // The code units of the given character classes.
  const table = bmpClasses();
  const ofClasses = (...classes: number[]) => {
    const wanted = new Uint8Array(256);
    for (const k of classes) wanted[k] = 1;
    const t = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) t[c] = wanted[table[c]!]!;
    return t;
  };
  roleTables = {
    // Code units that continue an Arabic word: letters, marks, tatweel, variation selectors.
    wordUnit: ofClasses(C_AR_LETTER, C_MARK, C_TATWEEL, C_VARIATION_SELECTOR),
    // Code units that continue a word in another script: letters, marks, variation selectors.
    latinUnit: ofClasses(C_LETTER, C_MARK, C_VARIATION_SELECTOR),
    // Code units before which a run of latinUnit ends a plain word: all but those that may continue
    // it (an apostrophe, a high surrogate) or start a link or an address with it (LINK_OR_ADDRESS_NEXT).
    latinEnd: (() => {
      const t = new Uint8Array(0x10000).fill(1);
      for (let c = 0xd800; c <= 0xdbff; c++) t[c] = 0;
      t[0x27] = 0;
      t[0x2019] = 0;
      for (let c = 0; c < 0x80; c++) if (LINK_OR_ADDRESS_NEXT[c] === 1) t[c] = 0;
      return t;
    })(),
    group: make(PUNCT_ROLES.group),
    numSep: make(PUNCT_ROLES['number-separator']),
    numSuffix: make(PUNCT_ROLES['number-suffix']),
    urlEnd: make(PUNCT_ROLES['url-end']),
    urlTrailing: make(PUNCT_ROLES['url-trailing']),
  };
  return roleTables;
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isEmailLocal = (c: number) => isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
const isDomainChar = (c: number) => isAsciiAlnum(c) || c === 0x2d;
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Lower-cases an ASCII code unit. */
const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

function startsWithAscii(s: string, i: number, prefix: string): boolean {
  if (i + prefix.length > s.length) return false;
  for (let k = 0; k < prefix.length; k++) if (lower(s.charCodeAt(i + k)) !== prefix.charCodeAt(k)) return false;
  return true;
}

/** Classes that end a URL: white space, invisible controls, and emoji (a URL never holds them unencoded). */
function endsUrlClass(k: number): boolean {
  return k === C_SPACE || k === C_NEWLINE || k === C_IGNORABLE || k === C_ZWJ || k === C_VARIATION_SELECTOR || k === C_EMOJI_TAG ||
    k === C_EMOJI || k === C_EMOJI_MODIFIER || k === C_REGIONAL_INDICATOR || k === C_HIGH_SURROGATE || k === C_LOW_SURROGATE;
}

/** Length of the URL starting at `i`, or 0. `i` is at a token boundary. */
function urlAt(s: string, i: number, table: Uint8Array, urlEnd: Uint8Array, urlTrailing: Uint8Array): number {
  // The first letter of the prefixes below (h, f, w), checked first: Latin text has a word start
  // at nearly every letter.
  const first = lower(s.charCodeAt(i));
  if (first !== 0x68 && first !== 0x66 && first !== 0x77) return 0;
  let j: number;
  if (startsWithAscii(s, i, 'https://')) j = i + 8;
  else if (startsWithAscii(s, i, 'http://')) j = i + 7;
  else if (startsWithAscii(s, i, 'ftp://')) j = i + 6;
  else if (startsWithAscii(s, i, 'www.')) j = i + 4;
  else return 0;
  const bodyStart = j;
  const n = s.length;
  let open = 0;
  while (j < n) {
    const c = s.charCodeAt(j);
    const k = table[c]!;
    if (endsUrlClass(k) || urlEnd[c] === 1) break;
    if (c === 0x28) open++;
    else if (c === 0x29) open--;
    j++;
  }
  // Trim sentence punctuation, and a closing parenthesis that the URL did not open.
  while (j > bodyStart) {
    const c = s.charCodeAt(j - 1);
    if (urlTrailing[c] === 1) j--;
    else if (c === 0x29 && open < 0) { j--; open++; }
    else break;
  }
  return j > bodyStart ? j - i : 0;
}

/** Offset of the first `@` at or after `i`, or the length of `s` when there is none. */
function nextAtSign(s: string, i: number): number {
  const at = s.indexOf('@', i);
  return at < 0 ? s.length : at;
}

/** ASCII code units that may follow the first word of a link (: .) or of an address (@, its local part). */
const LINK_OR_ADDRESS_NEXT = (() => {
  const t = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) if (c === 0x3a || c === 0x40 || isEmailLocal(c)) t[c] = 1;
  return t;
})();

/**
 * Length of the e-mail address starting at `i`, or 0, trying only where one can start: past the
 * local part an earlier attempt ran through (`out.emailHorizon`), with an @ ahead (`out.atSign`,
 * moved on as needed). Both are kept in `out` across the chunks of a text, so that no stretch is
 * looked at twice: linear.
 */
function emailFrom(s: string, i: number, out: ScanBuffers): number {
  if (i < out.emailHorizon) return 0;
  if (out.atSign < i) out.atSign = nextAtSign(s, i);
  if (out.atSign >= s.length) return 0;
  const e = emailAt(s, i);
  if (e > 0) return e;
  out.emailHorizon = -e;
  return 0;
}

/**
 * Length of the e-mail address starting at `i`, or 0; `-localEnd` (negative) when the local part
 * ran to `localEnd` without an address, so that the caller skips the attempt at later starts.
 */
function emailAt(s: string, i: number): number {
  const n = s.length;
  let j = i;
  while (j < n && isEmailLocal(s.charCodeAt(j))) j++;
  if (j >= n || s.charCodeAt(j) !== 0x40 || j === i || s.charCodeAt(j - 1) === 0x2e) return -j;
  // Domain: labels of letters, digits and hyphens separated by single dots, ending in a letter label.
  let k = j + 1;
  let lastDot = -1;
  let labelStart = k;
  while (k < n) {
    const c = s.charCodeAt(k);
    if (isDomainChar(c)) k++;
    else if (c === 0x2e && k > labelStart && k + 1 < n && isDomainChar(s.charCodeAt(k + 1))) { lastDot = k; k++; labelStart = k; }
    else break;
  }
  if (lastDot < 0 || k - lastDot - 1 < 2) return -j;
  for (let t = lastDot + 1; t < k; t++) if (!isAsciiLetter(s.charCodeAt(t))) return -j;
  return k - i;
}

function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** End of an emoji sequence whose first code point (of width `w`) is at `i`. */
function emojiEnd(s: string, i: number, w: number, table: Uint8Array): number {
  const n = s.length;
  let j = i + w;
  for (;;) {
    if (j >= n) return j;
    const k = classAt(s, j, table);
    if (k === C_VARIATION_SELECTOR || k === C_EMOJI_MODIFIER || k === C_KEYCAP || k === C_EMOJI_TAG) {
      j += widthAt(s, j);
    } else if (k === C_ZWJ && j + 1 < n) {
      const k2 = classAt(s, j + 1, table);
      if (k2 === C_EMOJI || k2 === C_EMOJI_TEXT || k2 === C_EMOJI_MODIFIER) j += 1 + widthAt(s, j + 1);
      else return j;
    } else {
      return j;
    }
  }
}

/**
 * End of the Arabic word whose first character ends at `j`: the letters, marks, tatweel and
 * variation selectors that follow (`wordUnit`), and Arabic letters and marks beyond the BMP.
 */
function arabicWordEnd(s: string, j: number, wordUnit: Uint8Array, table: Uint8Array): number {
  const n = s.length;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (wordUnit[c] === 1) { j++; continue; }
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < n) {
      const k = classAt(s, j, table);
      if (k === C_AR_LETTER || k === C_MARK) { j += 2; continue; }
    }
    return j;
  }
  return j;
}

/** Is a word character (for hashtags): letter, digit, mark, tatweel or underscore. */
function isTagChar(k: number, c: number): boolean {
  return k === C_AR_LETTER || k === C_LETTER || k === C_DIGIT || k === C_MARK || k === C_TATWEEL || c === 0x5f;
}

/**
 * @internal
 * Scans `s` and appends its tokens to `out` (growing its arrays as needed): the tokens that start
 * in [from, to), each taken whole even when it runs past `to`. Returns where the next token may
 * start (at least `to`), so a text can be scanned in chunks. Linear in the length scanned.
 */
export function scan(s: string, out: ScanBuffers, sw: ScanSwitches = ALL_ON, from = 0, to = s.length): number {
  const table = bmpClasses();
  const { group, numSep, numSuffix, urlEnd, urlTrailing, wordUnit, latinUnit, latinEnd } = roles();
  const n = s.length;
  let count = out.count;
  const count0 = count;
  let starts = out.starts;
  let ends = out.ends;
  let kinds = out.kinds;
  let cap = starts.length;
  // End of the run of letters of the word at i, when the plain-word path below read it and left
  // the word to the switch (an apostrophe, a link or an address may continue it): not read twice.
  let latinRun = 0;

  let i = from;
  while (i < to) {
    // A turn of the token loop below writes at most one token and moves on by one code unit at
    // least: the room in the buffers is checked once a block of code units, not once a token.
    const stop = Math.min(to, i + BLOCK);
    if (cap - count < stop - i) {
      out.count = count;
      // The density of this call's stretch so far predicts what the rest of it [i, to) needs.
      const predicted = Math.ceil(count + (((count - count0) * (to - i)) / Math.max(i - from, 1)) * 1.1);
      grow(out, Math.max(64, cap * 2, count + (stop - i), predicted));
      starts = out.starts;
      ends = out.ends;
      kinds = out.kinds;
      cap = starts.length;
    }
    while (i < stop) {
      const c = s.charCodeAt(i);
      let k = table[c]!;
      // The commonest tokens first: an Arabic word, and a plain word in another script (one that no
      // apostrophe, letter beyond the BMP, link or address continues; the switch below takes those).
      if (k === C_AR_LETTER) {
        const j = arabicWordEnd(s, i + 1, wordUnit, table);
        starts[count] = i; ends[count] = j; kinds[count++] = K_word;
        i = j;
        continue;
      }
      if (k === C_LETTER) {
        let j = i + 1;
        let cj = 0;
        while (j < n && latinUnit[cj = s.charCodeAt(j)] === 1) j++;
        if (j >= n || latinEnd[cj] === 1) {
          starts[count] = i; ends[count] = j; kinds[count++] = K_latin;
          i = j;
          continue;
        }
        latinRun = j;
      }
      let w = 1;
      if (k === C_HIGH_SURROGATE && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { k = astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000); w = 2; }
      }

      // The other tokens, and the words above that need more care.
      switch (k) {
        case C_AR_LETTER:
        case C_TATWEEL:
        case C_MARK: {
          // Arabic word: letters with their marks and tatweel. Other scripts' marks after a lone mark stay here too.
          const j = arabicWordEnd(s, i + w, wordUnit, table);
          // A run of tatweel alone is a dash; marks with no letter are symbols.
          let kind: number = K_word;
          if (k !== C_AR_LETTER) {
            let letters = 0;
            let tatweels = 0;
            for (let t = i; t < j; t++) {
              const kt = classAt(s, t, table);
              if (kt === C_AR_LETTER) letters++;
              else if (kt === C_TATWEEL) tatweels++;
            }
            kind = letters > 0 ? K_word : tatweels > 0 ? K_punct : K_symbol;
          }
          starts[count] = i; ends[count] = j; kinds[count++] = kind;
          i = j;
          continue;
        }

        case C_LETTER: {
          // Word in another script, with its marks and apostrophes between letters (Qur'an, don't),
          // going on from the run of letters read above when there was one.
          let j = latinRun > i ? latinRun : i + w;
          for (;;) {
            while (j < n && latinUnit[s.charCodeAt(j)] === 1) j++;
            if (j >= n) break;
            // Beyond the BMP, or an apostrophe between letters.
            const cj = s.charCodeAt(j);
            if (cj >= 0xd800 && cj <= 0xdbff) {
              const kj = classAt(s, j, table);
              if (kj === C_LETTER || kj === C_MARK || kj === C_VARIATION_SELECTOR) { j += widthAt(s, j); continue; }
            } else if ((cj === 0x27 || cj === 0x2019) && j + 1 < n && classAt(s, j + 1, table) === C_LETTER) { j++; continue; }
            break;
          }
          // A link or an address can only start with a word that a colon, a dot, an @ or another
          // character of an address's local part follows (http:, www., name@, first.last): the
          // attempts are made there, and decide as if they had been made at every word.
          if (j < n) {
            const cj = s.charCodeAt(j);
            if (cj < 0x80 && LINK_OR_ADDRESS_NEXT[cj] === 1) {
              const len = j - i;
              if (sw.urls && (cj === 0x3a || cj === 0x2e) && len >= 3 && len <= 5) {
                const u = urlAt(s, i, table, urlEnd, urlTrailing);
                if (u > 0) { { starts[count] = i; ends[count] = i + u; kinds[count++] = K_url; } i += u; continue; }
              }
              if (sw.emails && isAsciiAlnum(c)) {
                const e = emailFrom(s, i, out);
                if (e > 0) { { starts[count] = i; ends[count] = i + e; kinds[count++] = K_email; } i += e; continue; }
              }
            }
          }
          { starts[count] = i; ends[count] = j; kinds[count++] = K_latin; }
          i = j;
          continue;
        }

        case C_SPACE:
        case C_NEWLINE:
        case C_IGNORABLE:
        case C_ZWJ:
        case C_VARIATION_SELECTOR:
        case C_EMOJI_TAG:
          i += w;
          continue;

        case C_DIGIT: {
          if (sw.emails && isAsciiAlnum(c)) {
            const e = emailFrom(s, i, out);
            if (e > 0) { { starts[count] = i; ends[count] = i + e; kinds[count++] = K_email; } i += e; continue; }
          }
          let j = i + w;
          // Keycap emoji: 1️⃣
          if (w === 1 && c < 0x80 && j < n) {
            let t = j;
            if (s.charCodeAt(t) === 0xfe0f) t++;
            if (t < n && s.charCodeAt(t) === 0x20e3) { { starts[count] = i; ends[count] = t + 1; kinds[count++] = K_emoji; } i = t + 1; continue; }
          }
          for (;;) {
            while (j < n && classAt(s, j, table) === C_DIGIT) j += widthAt(s, j);
            if (j + 1 < n && numSep[s.charCodeAt(j)] === 1 && classAt(s, j + 1, table) === C_DIGIT) { j++; continue; }
            break;
          }
          if (j < n && numSuffix[s.charCodeAt(j)] === 1) j++;
          { starts[count] = i; ends[count] = j; kinds[count++] = K_number; }
          i = j;
          continue;
        }

        case C_PUNCT: {
          // # @ * may start a hashtag, a mention or a keycap emoji; other marks stand alone, or in a
          // run of the same mark (…, !!).
          if (c === 0x23 || c === 0x40 || c === 0x2a) {
            const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
            if (c === 0x23 /* # */) {
              if (i + 1 < n) {
                let t = i + 1;
                if (s.charCodeAt(t) === 0xfe0f) t++;
                if (t < n && s.charCodeAt(t) === 0x20e3) { { starts[count] = i; ends[count] = t + 1; kinds[count++] = K_emoji; } i = t + 1; continue; }
              }
              if (sw.hashtags && (i === 0 || !isTagChar(table[prev]!, prev))) {
                let j = i + 1;
                let letters = 0;
                while (j < n) {
                  const kj = classAt(s, j, table);
                  if (!isTagChar(kj, s.charCodeAt(j))) break;
                  if (kj === C_AR_LETTER || kj === C_LETTER) letters++;
                  j += widthAt(s, j);
                }
                if (letters > 0) { { starts[count] = i; ends[count] = j; kinds[count++] = K_hashtag; } i = j; continue; }
              }
            } else if (c === 0x40 /* @ */ && sw.mentions && !isAsciiAlnum(prev)) {
              let j = i + 1;
              while (j < n && (isAsciiAlnum(s.charCodeAt(j)) || s.charCodeAt(j) === 0x5f)) j++;
              if (j > i + 1) { { starts[count] = i; ends[count] = j; kinds[count++] = K_mention; } i = j; continue; }
            } else if (c === 0x2a /* * */ && i + 1 < n) {
              let t = i + 1;
              if (s.charCodeAt(t) === 0xfe0f) t++;
              if (t < n && s.charCodeAt(t) === 0x20e3) { { starts[count] = i; ends[count] = t + 1; kinds[count++] = K_emoji; } i = t + 1; continue; }
            }
          }
          let j = i + 1;
          if (group[c] === 1) while (j < n && s.charCodeAt(j) === c) j++;
          { starts[count] = i; ends[count] = j; kinds[count++] = K_punct; }
          i = j;
          continue;
        }

        case C_EMOJI:
        case C_EMOJI_MODIFIER: {
          const j = emojiEnd(s, i, w, table);
          { starts[count] = i; ends[count] = j; kinds[count++] = K_emoji; }
          i = j;
          continue;
        }

        case C_EMOJI_TEXT: {
          // Text-presentation pictographs (©, ❤) are emoji only when a variation selector or modifier follows.
          if (i + w < n) {
            const kn = classAt(s, i + w, table);
            if (kn === C_VARIATION_SELECTOR && s.charCodeAt(i + w) === 0xfe0f || kn === C_EMOJI_MODIFIER) {
              const j = emojiEnd(s, i, w, table);
              { starts[count] = i; ends[count] = j; kinds[count++] = K_emoji; }
              i = j;
              continue;
            }
          }
          { starts[count] = i; ends[count] = i + w; kinds[count++] = K_symbol; }
          i += w;
          continue;
        }

        case C_REGIONAL_INDICATOR: {
          // Flags are pairs of regional indicators.
          let j = i + w;
          if (j < n && classAt(s, j, table) === C_REGIONAL_INDICATOR) j += 2;
          { starts[count] = i; ends[count] = j; kinds[count++] = K_emoji; }
          i = j;
          continue;
        }

        case C_SYMBOL: {
          let j = i + w;
          if (w === 1 && group[c] === 1) while (j < n && s.charCodeAt(j) === c) j++;
          { starts[count] = i; ends[count] = j; kinds[count++] = K_symbol; }
          i = j;
          continue;
        }

        default:
          // Lone surrogates, unassigned and private-use code points, a stray keycap mark.
          { starts[count] = i; ends[count] = i + w; kinds[count++] = K_symbol; }
          i += w;
      }
    }
  }
  out.count = count;
  return i;
}

/** Replaces the buffers of `out` by larger ones holding its first `out.count` tokens. */
export function grow(out: ScanBuffers, cap: number): void {
  out.starts = resized(out.starts, cap, out.count);
  out.ends = resized(out.ends, cap, out.count);
  out.kinds = resized(out.kinds, cap, out.count);
}
