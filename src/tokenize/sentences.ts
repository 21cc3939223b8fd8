import { assertText } from '../_lib/args.js';
import { CHAR_CLASS as C } from '../_lib/char-class-codes.js';
import { classAt } from '../_lib/char-class.js';
import { ABBREVIATIONS, QUOTE_CONTINUATIONS } from '../generated/tokenize-data.js';
import { TOKEN_KIND_CODE as K } from './kinds.js';
import { paragraphBounds } from './paragraph-bounds.js';
import { CLOSER, CONTINUATION, QUESTION, TERMINAL, TOGGLE, punctRoles } from './punct-roles.js';
import type { Span } from './span.js';
import { releaseScratch, scanScratch } from './tokenize.js';

// Local copies of the codes: the hot loops then read constants, not imported bindings.
const K_latin = K.latin;
const K_punct = K.punct;
const K_word = K.word;

let lexicon: { abbreviations: Set<string>; maxAbbreviation: number; continuations: Set<string> } | undefined;

function data() {
  if (!lexicon) {
    const abbreviations = new Set(ABBREVIATIONS.split('|'));
    const maxAbbreviation = Math.max(...[...abbreviations].map((a) => a.length));
    lexicon = { abbreviations, maxAbbreviation, continuations: new Set(QUOTE_CONTINUATIONS.split('|')) };
  }
  return lexicon;
}

/** The text glued to the left of offset `a` (no white space), at most `max` code units long ('' if longer). */
function gluedBefore(text: string, a: number, max: number): string {
  let i = a;
  while (i > 0 && a - i <= max && !/\s/.test(text[i - 1]!)) i--;
  return a - i > max ? '' : text.slice(i, a);
}

/** Is the terminal mark [a, b) a question or exclamation mark (or a run of them)? */
function quotedQuestion(text: string, a: number, b: number, roles: Uint8Array): boolean {
  for (let i = a; i < b; i++) if (!(roles[text.charCodeAt(i)]! & QUESTION)) return false;
  return true;
}

/** Is the code point at `i` a letter or a digit? */
function isLetterOrDigit(text: string, i: number): boolean {
  const k = classAt(text, i);
  return k === C.AR_LETTER || k === C.LETTER || k === C.DIGIT;
}

/**
 * Splits text into sentences. A sentence ends at `.`, `!`, `?`, `؟`, `…` (and runs of them), taking
 * along the closing quotation marks and brackets that follow; and at the end of a paragraph (see
 * {@link paragraphs}), so a title line is a sentence of its own while hard-wrapped lines are not cut.
 *
 * No sentence ends
 * - inside a number (`2.5`, `٢٫٥`), a URL or an e-mail address;
 * - at a dot glued to the next letter or digit (`U.S.A`, `ق.م`);
 * - after a known abbreviation (`د.`, `Dr.`, `Gen.`) or a single Latin capital (`J. Kerry`);
 * - after a closed quotation that the sentence goes on from: before `،` `,` `:` `؛` or a dash, a
 *   reporting verb (`«هل انتهى التحالف؟» تساءل المحلل`), or a lower-case Latin word; and after a
 *   quoted question or exclamation (`؟»` `!"`) unless the next word opens with the conjunction و or ف.
 *
 * Spans are trimmed: they start at the sentence's first token and end at its last.
 *
 * @param text - The text to split.
 * @returns The sentences, in order.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { sentences } from 'akhbar';
 * sentences('ارتفع المؤشر 2.5 نقطة. «هل انتهى التحالف؟» تساءل د. أحمد، ثم غادر!').map((s) => s.text);
 * //=> ['ارتفع المؤشر 2.5 نقطة.', '«هل انتهى التحالف؟» تساءل د. أحمد، ثم غادر!']
 * ```
 * @category Tokenize
 */
export function sentences(text: string): Span[] {
  assertText(text, 'sentences');
  const { abbreviations, maxAbbreviation, continuations } = data();
  const roles = punctRoles();
  const paras = paragraphBounds(text);
  const tok = scanScratch(text);
  const { count, starts, ends, kinds } = tok;
  const out: Span[] = [];
  const emit = (a: number, b: number) => out.push({ start: a, end: b, text: text.slice(a, b) });

  let t = 0;
  for (let p = 0; p < paras.length; p += 2) {
    const pEnd = paras[p + 1]!;
    while (t < count && ends[t]! <= paras[p]!) t++;
    let sentStart = -1;
    let toggleOpen = false;
    while (t < count && starts[t]! < pEnd) {
      const a = starts[t]!;
      const b = ends[t]!;
      if (sentStart < 0) sentStart = a;
      const c = text.charCodeAt(a);
      const role = kinds[t] === K_punct ? roles[c]! : 0;
      if (role & TOGGLE) toggleOpen = !toggleOpen;
      if (!(role & TERMINAL)) { t++; continue; }

      // A terminal mark: gather the cluster of marks and closers glued to it.
      let last = t;
      let closed = false;
      while (last + 1 < count && starts[last + 1] === ends[last] && starts[last + 1]! < pEnd && kinds[last + 1] === K_punct) {
        const r = roles[text.charCodeAt(starts[last + 1]!)]!;
        if (r & TERMINAL) last++;
        else if (r & CLOSER) { last++; closed = true; }
        else if (r & TOGGLE && toggleOpen) { last++; closed = true; toggleOpen = false; }
        else break;
      }
      const clusterEnd = ends[last]!;
      const next = last + 1 < count && starts[last + 1]! < pEnd ? last + 1 : -1;
      let breakHere = true;
      if (next >= 0) {
        const nc = text.charCodeAt(starts[next]!);
        const nextText = text.slice(starts[next]!, ends[next]!);
        if (c === 0x2e && b - a === 1 && last === t) {
          // A single dot: not glued to a following letter or digit, not after an abbreviation or initial.
          if (starts[next] === b && isLetterOrDigit(text, b)) breakHere = false;
          else if (t > 0 && ends[t - 1] === a && (kinds[t - 1] === K_word || kinds[t - 1] === K_latin)) {
            const prev = text.slice(starts[t - 1]!, a);
            if (abbreviations.has(prev) || (prev.length === 1 && prev >= 'A' && prev <= 'Z')) breakHere = false;
            // Abbreviations with inner dots (e.g, i.e): the glued stretch before the dot, looked at
            // only up to the longest abbreviation, so the work stays linear.
            else if (abbreviations.has(gluedBefore(text, a, maxAbbreviation))) breakHere = false;
          }
        }
        if (breakHere && roles[nc]! & CONTINUATION && kinds[next] === K_punct) breakHere = false;
        if (breakHere && kinds[next] === K_latin && nc >= 0x61 && nc <= 0x7a) breakHere = false;
        if (breakHere && closed && kinds[next] === K_word) {
          // A quotation closed after its own ? or ! is usually part of the sentence around it
          // («هل انتهى التحالف؟» سؤال يطرحه كثيرون), unless the next word opens with the conjunction و or ف.
          if (continuations.has(nextText)) breakHere = false;
          else if (quotedQuestion(text, a, b, roles) && nc !== 0x648 && nc !== 0x641) breakHere = false;
        }
      }
      if (breakHere) {
        emit(sentStart, clusterEnd);
        sentStart = -1;
      }
      t = last + 1;
    }
    if (sentStart >= 0) {
      // The paragraph ends the sentence: end at the last token inside the paragraph.
      emit(sentStart, Math.min(ends[t - 1]!, pEnd));
    }
  }
  releaseScratch();
  return out;
}
