/**
 * Folded spellings: text normalized for search writes ا for أ إ آ, ه for ة and ي for ى. A word
 * without those letters that the lexicon knows only unfolded is looked up through its unfoldings.
 *
 * @internal
 */

/**
 * Spellings a folded word may stand for: a bare initial alef for أ إ آ, a final heh for teh
 * marbuta, a final ya for alef maqsura.
 */
export function unfoldings(s: string): string[] {
  if (s.length < 2) return [];
  const heads = s[0] === 'ا' ? ['ا', 'أ', 'إ', 'آ'] : [s[0]!];
  const last = s[s.length - 1]!;
  const tails = last === 'ه' ? ['ه', 'ة'] : last === 'ي' ? ['ي', 'ى'] : [last];
  const body = s.slice(1, -1);
  const out: string[] = [];
  for (const h of heads) for (const t of tails) if (h !== s[0] || t !== last) out.push(h + body + t);
  return out;
}

/**
 * True when the word has none of the letters folding removes (ة ى أ إ آ). Such a word is looked up
 * with its unfoldings when it is unknown as written but known unfolded (اعلنت, الحكومه).
 */
export function mayBeFolded(letters: string): boolean {
  return !/[ةىأإآ]/.test(letters);
}
