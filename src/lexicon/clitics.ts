/**
 * Proclitics of written Arabic, for clitic-aware lookups: a conjunction (و ف), then a preposition
 * (ب ل ك), then the article ال (with ل + ال written لل).
 *
 * @internal
 */

const WAW = 0x0648, FEH = 0x0641, BEH = 0x0628, LAM = 0x0644, KAF = 0x0643, ALEF = 0x0627;

/** Which proclitics may precede a word: none, the conjunctions و ف only, or all of them. */
export type CliticClass = 'none' | 'conj' | 'all';

/**
 * Start offsets of the stem after each allowed proclitic sequence of s[from, to), the bare word
 * first: و ف (conj, all), then ب ل ك and ال / لل (all). At least `minStem` units remain.
 */
export function stemStarts(s: string, from: number, to: number, clitics: CliticClass, minStem = 2): number[] {
  const out = [from];
  if (clitics === 'none') return out;
  let i = from;
  const c0 = s.charCodeAt(i);
  if ((c0 === WAW || c0 === FEH) && to - (i + 1) >= minStem) out.push(++i);
  if (clitics === 'conj') return out;
  const c1 = s.charCodeAt(i);
  let j = i;
  if ((c1 === BEH || c1 === KAF || c1 === LAM) && to - (i + 1) >= minStem) {
    out.push(i + 1);
    j = i + 1;
    if (c1 === LAM && s.charCodeAt(i + 1) === LAM && to - (i + 2) >= minStem) out.push(i + 2);
  }
  if (s.charCodeAt(j) === ALEF && s.charCodeAt(j + 1) === LAM && to - (j + 2) >= minStem) out.push(j + 2);
  return out;
}
