/**
 * alef-maqsura: Egyptian-style final ya where the word needs alef maqsura (علي → على).
 *
 * The words come from data/repair/alef-maqsura.tsv. A word marked `always` is repaired wherever
 * it occurs; a word marked `style` (its ya spelling is also a word: علي the name, لدي "I have")
 * only in a text that writes final alef maqsura as ya throughout: one that spells at least two
 * different listed words (or one `always` word) with ya, and has at most one word ending in alef
 * maqsura for ten of those.
 *
 * @internal
 */
import { ALEF_MAQSURA_WORDS } from '../generated/repair-data.js';
import { lexiconKey } from '../lexicon/lexicon.js';
import type { RepairContext } from './context.js';
import { EditBuffer } from './edit-buffer.js';
import { ALEF_MAQSURA, YEH, lastLetter, stemStarts, type CliticClass } from './words.js';

interface Entry { readonly word: string; readonly always: boolean; readonly clitics: CliticClass }

let table: Map<string, Entry> | undefined;
/** Listed words by their ya spelling. */
function entries(): Map<string, Entry> {
  if (table) return table;
  table = new Map();
  for (const [word, rule, clitics] of ALEF_MAQSURA_WORDS) {
    table.set(word.slice(0, -1) + '\u064a', { word, always: rule === 'always', clitics });
  }
  return table;
}

/** The listed word that s[from, to) spells with a final ya (behind allowed proclitics), if any. */
function lookup(s: string, from: number, to: number): Entry | undefined {
  const t = entries();
  for (const p of stemStarts(s, from, to, 'all')) {
    const e = t.get(lexiconKey(s, p, to));
    if (!e) continue;
    if (p === from) return e;
    // Which proclitics were stripped: conj allows only one of و ف.
    if (e.clitics === 'all' || (e.clitics === 'conj' && p === from + 1 && 'وف'.includes(s[from]!))) return e;
  }
  return undefined;
}

/** Proposes alef-maqsura edits. */
export function detectAlefMaqsura(ctx: RepairContext): EditBuffer {
  const { text, wordCount, wordStarts, wordEnds } = ctx;
  const found: { entry: Entry; at: number }[] = [];
  let maqsuraWords = 0;
  for (let w = 0; w < wordCount; w++) {
    const a = wordStarts[w]!, b = wordEnds[w]!;
    const last = lastLetter(text, a, b);
    if (last < 0) continue;
    const c = text.charCodeAt(last);
    if (c === ALEF_MAQSURA) maqsuraWords++;
    if (c !== YEH || !ctx.wordPlain[w]) continue;
    const entry = lookup(text, a, last + 1);
    if (entry) found.push({ entry, at: last });
  }
  // Evidence of the habit: two different listed words with ya (علي twice may be the name Ali twice),
  // or one that is never spelled so (حتي), and hardly any word with alef maqsura.
  const distinct = new Set(found.map((f) => f.entry.word)).size;
  const yaStyle = (distinct >= 2 || found.some((f) => f.entry.always)) && maqsuraWords * 10 <= found.length;
  const edits = new EditBuffer(text);
  for (const { entry, at } of found) {
    if (!entry.always && !yaStyle) continue;
    const reason = entry.always
      ? `${entry.word} is spelled with alef maqsura; no word is spelled with a final ya in its place`
      : `${entry.word} is spelled with alef maqsura, and this text writes final alef maqsura as ya throughout (${found.length} listed words with ya, ${maqsuraWords} words with alef maqsura)`;
    edits.add('alef-maqsura', at, at + 1, '\u0649', entry.always ? 0.95 : 0.85, reason);
  }
  return edits;
}
