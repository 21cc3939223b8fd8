/**
 * Proclitics of written Arabic, for clitic-aware lookups: a conjunction (و ف), then a preposition
 * (ب ل ك) or the future marker س, then the article ال (with ل + ال written لل).
 *
 * @internal
 */

const WAW = 0x0648, FEH = 0x0641, BEH = 0x0628, LAM = 0x0644, KAF = 0x0643, ALEF = 0x0627;

/**
 * Calls `stem(start)` for every position where a word may begin after stripping a sequence of
 * proclitics from `s[from, to)`, longest stripping last; `start === from` comes first. At least
 * `minStem` code units are left for the stem. Stops when `stem` returns true and returns true.
 */
export function someProcliticSplit(
  s: string,
  from: number,
  to: number,
  minStem: number,
  stem: (start: number) => boolean,
): boolean {
  if (stem(from)) return true;
  let i = from;
  const c0 = s.charCodeAt(i);
  if (c0 === WAW || c0 === FEH) {
    i++;
    if (to - i >= minStem && stem(i)) return true;
  }
  const c1 = s.charCodeAt(i);
  let afterPrep = i;
  if (c1 === BEH || c1 === KAF || c1 === LAM) {
    afterPrep = i + 1;
    if (to - afterPrep >= minStem && stem(afterPrep)) return true;
    // لل = ل + ال: the stem starts after the second lam.
    if (c1 === LAM && s.charCodeAt(i + 1) === LAM && to - (i + 2) >= minStem && stem(i + 2)) return true;
  }
  if (s.charCodeAt(afterPrep) === ALEF && s.charCodeAt(afterPrep + 1) === LAM) {
    const j = afterPrep + 2;
    if (to - j >= minStem && stem(j)) return true;
  }
  return false;
}
