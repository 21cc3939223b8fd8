/**
 * hamza (opt-in): restores the hamza of text written without it (الاسلامية → الإسلامية).
 *
 * A word whose initial alef (after proclitics) is bare, and that the lexicon does not know, gets
 * the one hamza spelling (أ, إ or آ) that the lexicon knows; when it knows several (ان: أن, إن,
 * آن), the word is ambiguous and stays, unless data/repair/hamza-preferred.tsv names the
 * spelling that news text means (الى → إلى).
 *
 * @internal
 */
import { HAMZA_PREFERRED } from '../generated/repair-data.js';
import { lexiconKey } from '../lexicon/lexicon.js';
import type { RepairContext } from './context.js';
import { EditBuffer } from './edit-buffer.js';
import { ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, hasWith, known, stemStarts } from './words.js';

const WAW = 0x0648, FEH = 0x0641;

let preferred: Map<string, string> | undefined;

/** Proposes hamza edits. */
export function detectHamza(ctx: RepairContext): EditBuffer {
  const { text, lexicon, wordCount, wordStarts, wordEnds } = ctx;
  preferred ??= new Map(HAMZA_PREFERRED.map((w) => [w.replace(/^[أإآ]/, 'ا'), w]));
  const edits = new EditBuffer(text);
  for (let w = 0; w < wordCount; w++) {
    const a = wordStarts[w]!, b = wordEnds[w]!;
    if (b - a < 2 || !ctx.wordPlain[w]) continue;
    if (known(lexicon, text, a, b)) continue;
    const options: { at: number; unit: number }[] = [];
    let pick: { at: number; unit: number } | undefined;
    for (const p of stemStarts(text, a, b, 'all', 2)) {
      if (text.charCodeAt(p) !== ALEF) continue;
      // The alef of the article takes no hamza.
      if (text.charCodeAt(p + 1) === 0x0644 && p + 2 < b && stemStarts(text, a, b, 'all', 2).includes(p + 2)) continue;
      const pref = preferred.get(lexiconKey(text, p, b));
      // The preferred spelling, if the lexicon knows the word so (with its proclitics).
      if (pref && hasWith(lexicon, text, a, b, p, pref.charCodeAt(0))) { pick = { at: p, unit: pref.charCodeAt(0) }; break; }
      for (const unit of [ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA]) {
        if (hasWith(lexicon, text, a, b, p, unit)) options.push({ at: p, unit });
      }
    }
    if (!pick && options.length === 1) pick = options[0];
    if (!pick) continue;
    // أو or أف before a word is the lexicon's interrogative reading (أ + و + الذي) of what news
    // text means as two words (او الذي): the run-on repair splits it, so no hamza here.
    if (pick.unit === ALEF_HAMZA_ABOVE && (text.charCodeAt(pick.at + 1) === WAW || text.charCodeAt(pick.at + 1) === FEH) && pick.at + 2 < b && known(lexicon, text, pick.at + 2, b)) continue;
    const ch = String.fromCharCode(pick.unit);
    edits.add('hamza', pick.at, pick.at + 1, ch,
      options.length === 1 ? 0.85 : 0.8,
      options.length === 1
        ? `the lexicon knows the word only with ${ch} and not with a bare alef`
        : `the word is written with ${ch} in news text (data/repair/hamza-preferred.tsv)`);
  }
  return edits;
}
