/**
 * hamzat-wasl: a hamza written on the alef of hamzat al-wasl (إنتهاء → انتهاء, الإتحاد → الاتحاد).
 *
 * Hamzat al-wasl begins the verbs and masdars of forms VII (انفعال), VIII (افتعال) and X
 * (استفعال), and ال. A word is repaired when, after its proclitics, it begins with إ or أ and
 * - fits form X (إست + at least three letters), and the lexicon knows it written with a bare
 *   alef or knows neither spelling (loanwords such as الإستراتيجية); or
 * - fits form VII or VIII (a masdar إنفعال, إفتعال, إتّعال, or a verb إفتعل, إتّعل), the lexicon
 *   knows it with a bare alef and does not know it with the hamza. The lexicon check keeps the
 *   form IV masdars (إنهاك, إتلاف, إجبار), whose hamza is right.
 *
 * @internal
 */
import type { RepairContext } from './context.js';
import { lexiconKey } from '../lexicon/lexicon.js';
import { EditBuffer } from './edit-buffer.js';
import { ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, hasWith, known, stemStarts } from './words.js';

const TEH = 0x062a, SEEN = 0x0633, NOON = 0x0646, TAH = 0x0637, DAL = 0x062f;

/** Which derived form the letters after the hamza fit: 'X', 'VII/VIII', 'VII/VIII verb' or ''. */
function form(r: string): string {
  const c = (i: number) => r.charCodeAt(i);
  if (r.length >= 5 && c(0) === SEEN && c(1) === TEH) return 'X';
  // VII masdar: ن C C ا C…; VIII masdar: C ت C ا C… (or ط د after emphatics and ز), assimilated ت C ا C…
  if (r.length >= 5 && c(0) === NOON && c(3) === ALEF) return 'VII/VIII';
  if (r.length >= 5 && (c(1) === TEH || c(1) === TAH || c(1) === DAL) && c(3) === ALEF) return 'VII/VIII';
  if (r.length >= 4 && c(0) === TEH && c(2) === ALEF) return 'VII/VIII';
  // Perfect verbs: انفعل, افتعل (4 letters after the alef), اتّعل (3 letters, ت first).
  if (r.length === 4 && (c(0) === NOON || c(1) === TEH || c(1) === TAH || c(1) === DAL)) return 'VII/VIII verb';
  if (r.length === 3 && c(0) === TEH) return 'VII/VIII verb';
  return '';
}

/** Is there a hamza on alef among the first five code units (where proclitics may put it)? */
function hamzaNearStart(s: string, a: number, b: number): boolean {
  for (let i = a, e = Math.min(b, a + 5); i < e; i++) {
    const c = s.charCodeAt(i);
    if (c === ALEF_HAMZA_BELOW || c === ALEF_HAMZA_ABOVE) return true;
  }
  return false;
}

/** Proposes hamzat-wasl edits. */
export function detectHamzatWasl(ctx: RepairContext): EditBuffer {
  const { text, lexicon, wordCount, wordStarts, wordEnds } = ctx;
  const edits = new EditBuffer(text);
  const fine = new Set<string>(); // words found right: the verdict depends on the word only
  for (let w = 0; w < wordCount; w++) {
    const a = wordStarts[w]!, b = wordEnds[w]!;
    if (b - a < 4 || !ctx.wordPlain[w] || !hamzaNearStart(text, a, b)) continue;
    const word = text.slice(a, b);
    if (fine.has(word)) continue;
    const before = edits.length;
    for (const p of stemStarts(text, a, b, 'all', 4)) {
      const h = text.charCodeAt(p);
      if (h !== ALEF_HAMZA_BELOW && h !== ALEF_HAMZA_ABOVE) continue;
      // The patterns need at least three letters after the hamza and look at the first four.
      if (b - p < 4) continue;
      const f = form(lexiconKey(text, p + 1, b));
      if (!f) continue;
      const bareKnown = hasWith(lexicon, text, a, b, p, ALEF);
      const hamzaKnown = known(lexicon, text, a, b);
      // Form X also for words the lexicon lacks (loanwords: الإستراتيجية), unless it knows the word
      // with the other hamza (إستأتي is أستأتي, "I will come").
      const otherKnown = !bareKnown && hasWith(lexicon, text, a, b, p, h === ALEF_HAMZA_BELOW ? ALEF_HAMZA_ABOVE : ALEF_HAMZA_BELOW);
      const ok = f === 'X' ? bareKnown || (!hamzaKnown && !otherKnown) : bareKnown && !hamzaKnown;
      if (!ok) continue;
      const what = f === 'X' ? 'a form X verb or masdar' : f.endsWith('verb') ? 'a form VII or VIII verb' : 'a form VII or VIII masdar';
      const reason = `the alef of ${what} is hamzat al-wasl and takes no hamza` +
        (bareKnown ? `; the lexicon knows the word with a bare alef${hamzaKnown ? '' : ' and not with the hamza'}` : '');
      edits.add('hamzat-wasl', p, p + 1, '\u0627', f === 'X' || !hamzaKnown ? 0.9 : 0.8, reason);
      break;
    }
    if (edits.length === before) fine.add(word);
  }
  return edits;
}
