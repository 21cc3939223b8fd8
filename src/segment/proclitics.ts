/**
 * The proclitics of a word, from the outside in: a conjunction (و ف), then a preposition (ب ك ل)
 * or the future س, then the article (ال, or لل after ل). Each is split off only when the rest is a
 * word, and not from a word that takes the same clitic itself (ووزير exists: وزير is a word).
 *
 * @internal
 */
import type { Known, Part } from './part.js';
import { isParticleWithPronoun, type Tables } from './tables.js';
import { ARTICLE, BEH, FEH, IMPERFECT, KAF, LAM, MIN_STEM, SEEN, WAW } from './letters.js';
import { isBase, isVerb, startsWithArticle, startsWithProcliticArticle } from './word-tests.js';

/** What the proclitic layers found. */
export interface Proclitics {
  readonly parts: Part[];
  /** Letter offset where the rest of the word starts. */
  readonly at: number;
  /** A preposition or the article was found (no tanween can follow). */
  readonly governed: boolean;
}

/** Conjunction, then preposition or future س, then the article. */
export function proclitics(w: string, known: Known, t: Tables): Proclitics {
  const parts: Part[] = [];
  const n = w.length;
  let at = 0;
  let governed = false;
  const wordKnown = known(w);

  // Conjunction و ف: kept on a word that itself takes و (ووزير: وزير is a word).
  const c0 = w[0];
  if ((c0 === WAW || c0 === FEH) && n - 1 >= MIN_STEM) {
    const rest = w.slice(1);
    const stem = t.stems.get(rest);
    const take = stem
      ? stem.proclitics !== 'none'
      : startsWithArticle(rest) || startsWithProcliticArticle(rest)
        ? !(wordKnown && known(WAW + w))
        : wordKnown && !known(WAW + w) && known(rest);
    if (take) {
      parts.push({ from: 0, to: 1, role: 'conj' });
      at = 1;
    }
  }

  // Preposition ب ك ل, or the future س before an imperfect verb.
  const c1 = w[at];
  const after = w.slice(at);
  const afterKnown = at === 0 ? wordKnown : known(after);
  if ((c1 === BEH || c1 === KAF || c1 === LAM) && n - at - 1 >= MIN_STEM && !t.stems.has(after) && !t.fixed.has(after) && !isParticleWithPronoun(after, t)) {
    const rest = w.slice(at + 1);
    const lamStem = c1 === LAM ? t.stems.get(rest) : undefined;
    if (c1 === LAM && rest[0] === LAM) {
      // لل is ل + ال with its alef dropped (للعراق: the usual reading whenever the letters after لل
      // make a noun that takes ال); or ل + ال + a noun in ل, the article written only by doubling
      // the lam (للغة: ل + ال + لغة), when that noun takes ال; or ل + a word in ل without the article
      // (للبنان). A word in ل listed whole decides by its article column (لجنة yes, لبنان no).
      const tail = w.slice(at + 2);
      const articleTail = tail.length >= MIN_STEM && known(tail) && known(ARTICLE + tail);
      const lamNoun = known(rest) && known(ARTICLE + rest) && known(BEH + rest);
      if (lamStem !== undefined ? lamStem.article === true : lamNoun && !articleTail) {
        parts.push({ from: at, to: at + 1, role: 'prep' }, { from: at + 1, to: at + 1, role: 'article', restored: 'article' });
        return { parts, at: at + 1, governed: true };
      }
      if (lamStem !== undefined ? lamStem.proclitics === 'all' : !articleTail && known(rest) && known(BEH + rest)) {
        parts.push({ from: at, to: at + 1, role: 'prep' });
        return { parts, at: at + 1, governed: true };
      }
      if (tail.length >= MIN_STEM) {
        parts.push({ from: at, to: at + 1, role: 'prep' }, { from: at + 1, to: at + 2, role: 'article', restored: 'article-alef' });
        return { parts, at: at + 2, governed: true };
      }
    } else if (lamStem && lamStem.proclitics === 'all') {
      parts.push({ from: at, to: at + 1, role: 'prep' });
      return { parts, at: at + 1, governed: true };
    } else {
      const stem = t.stems.get(rest);
      const take = stem
        ? stem.proclitics === 'all'
        : (c1 === LAM && rest.length > MIN_STEM && IMPERFECT.includes(rest[0]!) && known(rest)) ||
          // ل or ب before a particle with a pronoun: لانها, بأنه.
          (c1 !== KAF && isParticleWithPronoun(rest, t)) ||
          // After a preposition comes no conjunction: لوحظ is not ل + و + حظ.
          !((rest[0] === WAW || rest[0] === FEH) && !known(WAW + rest)) &&
          (!(afterKnown && isBase(after, known)) &&
            // An open-class word of two letters after a preposition must take the article (بحق, but
            // ليل and بيل stay whole).
            (startsWithArticle(rest) ||
              (known(rest) && (rest.length > MIN_STEM || known(ARTICLE + rest)) && (afterKnown || (c1 !== BEH && known(BEH + rest))))));
      if (take) {
        parts.push({ from: at, to: at + 1, role: 'prep' });
        at += 1;
        governed = true;
      }
    }
  } else if (c1 === SEEN && n - at - 1 >= MIN_STEM + 1 && IMPERFECT.includes(w[at + 1]!)) {
    const rest = w.slice(at + 1);
    if (known(rest) && !(afterKnown && isBase(after, known))) {
      parts.push({ from: at, to: at + 1, role: 'future' });
      return { parts, at: at + 1, governed: false };
    }
  }

  // The article, unless the word is a noun that takes the article itself (الالتزام: التزام) or a
  // verb (التقى, التزم).
  const word = w.slice(at);
  if (startsWithArticle(word) && !t.stems.has(word) && !t.fixed.has(word)) {
    if (!known(ARTICLE + word) && !(known(word) && isVerb(word, known))) {
      parts.push({ from: at, to: at + 2, role: 'article' });
      at += 2;
      governed = true;
    }
  }
  return { parts, at, governed };
}
