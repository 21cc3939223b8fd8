/**
 * madda: alef madda written as a plain hamza on alef (أسيا → آسيا).
 *
 * A word is repaired when, after its proclitics, it begins with أ and either the word with آ is
 * listed in data/repair/madda.tsv, or the lexicon knows it with آ and does not know it with أ.
 *
 * @internal
 */
import { MADDA_WORDS } from '../generated/repair-data.js';
import { lexiconKey } from '../lexicon/lexicon.js';
import type { RepairContext } from './context.js';
import { EditBuffer } from './edit-buffer.js';
import { ALEF_HAMZA_ABOVE, ALEF_MADDA, hasWith, known, stemStarts } from './words.js';

let listed: Set<string> | undefined;

/** Proposes madda edits. */
export function detectMadda(ctx: RepairContext): EditBuffer {
  const { text, lexicon, wordCount, wordStarts, wordEnds } = ctx;
  listed ??= new Set(MADDA_WORDS);
  const edits = new EditBuffer(text);
  const fine = new Set<string>(); // words found right: the verdict depends on the word only
  for (let w = 0; w < wordCount; w++) {
    const a = wordStarts[w]!, b = wordEnds[w]!;
    if (b - a < 3 || !ctx.wordPlain[w]) continue;
    let near = false;
    for (let i = a, e = Math.min(b, a + 5); i < e && !near; i++) near = text.charCodeAt(i) === ALEF_HAMZA_ABOVE;
    if (!near) continue;
    const word = text.slice(a, b);
    if (fine.has(word)) continue;
    const before = edits.length;
    for (const p of stemStarts(text, a, b, 'all', 3)) {
      if (text.charCodeAt(p) !== ALEF_HAMZA_ABOVE) continue;
      const stem = lexiconKey(text, p, b);
      const withMadda = '\u0622' + stem.slice(1);
      // الآن is listed with its article: look it up with the ال before p too.
      const withArticle = p - 2 >= a && text.startsWith('\u0627\u0644', p - 2) ? '\u0627\u0644' + withMadda : '';
      if (listed.has(withMadda) || (withArticle && listed.has(withArticle))) {
        edits.add('madda', p, p + 1, '\u0622', 0.9, `${withArticle && listed.has(withArticle) ? withArticle : withMadda} begins with alef madda`);
        break;
      }
      if (!known(lexicon, text, a, b) && hasWith(lexicon, text, a, b, p, ALEF_MADDA)) {
        edits.add('madda', p, p + 1, '\u0622', 0.75, 'the lexicon knows the word with alef madda and not with hamza on alef');
        break;
      }
    }
    if (edits.length === before) fine.add(word);
  }
  return edits;
}
