/**
 * The suffixes of a word after its proclitics, from the end: a pronoun, then a number, gender,
 * case or subject suffix (the finest analysis, which the `farasa` scheme shows in full). Each cut
 * needs the paradigm of the form it leaves (see word-tests.ts).
 *
 * @internal
 */
import type { Lookup, Part } from './part.js';
import type { Proclitics } from './proclitics.js';
import type { Restoration, SegmentRole } from './roles.js';
import { pronounBase, type Tables } from './tables.js';
import { ALEF, ALEF_MAQSURA, ARTICLE, MIN_STEM, TEH, TEH_MARBUTA, WAW, YEH } from './letters.js';
import { isAccusative, isDual, isImperfect, isSoundPlural, isVerb, knownHamza } from './word-tests.js';

/** Pronoun, then number, gender, case or subject suffix, after the proclitics. */
export function suffixes(w: string, pro: Proclitics, lookup: Lookup, t: Tables): Part[] {
  const known = lookup.known;
  const parts = pro.parts;
  const start = pro.at;
  let end = w.length;
  const tail: Part[] = [];
  let stemRestored: Restoration | undefined;
  let tehMarbuta = false;

  // Pronoun, only on a known word.
  const s = w.slice(start);
  let sKnown: boolean | undefined;
  const final = s[s.length - 1]!;
  for (const [form, after] of t.pronounFinals.has(final) ? t.pronouns : []) {
    if (!s.endsWith(form) || s.length === form.length) continue;
    const base = s.slice(0, s.length - form.length);
    const particle = pronounBase(base, t);
    if (particle !== undefined) {
      const stem = t.stems.get(particle)!;
      if (pro.parts.length > 0 && stem.proclitics === 'none') continue;
      parts.push({ from: start, to: end - form.length, role: 'stem', ...(particle.endsWith(ALEF_MAQSURA) && !base.endsWith(ALEF_MAQSURA) ? { restored: 'alef-maqsura' as const } : {}) });
      parts.push({ from: end - form.length, to: end, role: 'pron' });
      return parts;
    }
    if (after === 'particle' || base.length < MIN_STEM) continue;
    // Ayaspell lacks some verbs with a subject and an object suffix (يستخدمونها).
    sKnown ??= known(s);
    if (!sKnown && !(base.endsWith('ون') && known(base))) continue;
    if (t.stems.has(base)) continue;
    const last = base[base.length - 1];
    if (last === TEH && known(base.slice(0, -1) + TEH_MARBUTA)) {
      tehMarbuta = true;
    } else if (last === ALEF && !known(base) && known(base.slice(0, -1) + ALEF_MAQSURA)) {
      stemRestored = 'alef-maqsura';
    } else if (!knownHamza(base, known)) {
      continue;
    } else if (form === 'نا') {
      // كتبنا (we wrote), بيتنا (our house), but أمينا (accusative of أمين).
      const x = s.slice(0, -1);
      if (known(x) && known(ARTICLE + x)) continue;
    } else if (known(s + 'ها')) {
      // وجه, شبه, بنك: the word takes a pronoun itself.
      continue;

    }
    // نا after a past verb is its subject (قررنا: we decided), elsewhere a pronoun (بيتنا, يعطينا).
    const role: SegmentRole = form === 'نا' && isVerb(base, known, true) && !known(ARTICLE + base) ? 'subject' : 'pron';
    tail.unshift({ from: end - form.length, to: end, role });
    end -= form.length;
    break;
  }

  // Number, gender, case or subject suffix.
  const b = w.slice(start, end);
  const m = b.length;
  const hasPron = tail.length > 0;
  const bare = !hasPron && !pro.governed;
  const cuts: Part[] = [];
  if (tehMarbuta) {
    cuts.push({ from: end - 1, to: end, role: 'fem', restored: 'teh-marbuta' });
  } else if (stemRestored === undefined && m > MIN_STEM) {
    const x1 = b.slice(0, m - 1);
    const x2 = b.slice(0, m - 2);
    const x3 = b.slice(0, m - 3);
    const lastLetter = b[m - 1];
    if (lastLetter === TEH_MARBUTA || (lookup.folded === true && lastLetter === 'ه' && known(x1 + TEH_MARBUTA))) {
      cuts.push({ from: end - 1, to: end, role: 'fem' });
    } else if ((b.endsWith('تين') || b.endsWith('تان')) && x3.length >= MIN_STEM && known(x3 + TEH_MARBUTA)) {
      cuts.push({ from: end - 3, to: end - 2, role: 'fem', restored: 'teh-marbuta' }, { from: end - 2, to: end, role: 'plural' });
    } else if (b.endsWith('ات') && x2.length >= MIN_STEM && (known(x2 + TEH_MARBUTA) || known(x2) || known(x2.slice(0, -1) + 'اة'))) {
      cuts.push({ from: end - 2, to: end, role: 'plural' });
    } else if ((b.endsWith('ون') || b.endsWith('ين')) && isSoundPlural(x2, known)) {
      cuts.push({ from: end - 2, to: end, role: 'plural' });
    } else if (b.endsWith('ين') && !hasPron && isDual(x2, known)) {
      cuts.push({ from: end - 2, to: end, role: 'plural' });
    } else if ((b.endsWith('ون') || b.endsWith('ان')) && isImperfect(x2, known) && !known(ARTICLE + b)) {
      cuts.push({ from: end - 2, to: end, role: 'subject' });
    } else if (hasPron && b.endsWith('نا') && x2.length >= MIN_STEM && known(x2) && isVerb(x2, known, true)) {
      // كتبناها: no pronoun follows the possessive نا, so before a pronoun نا is a subject.
      cuts.push({ from: end - 2, to: end, role: 'subject' });
    } else if (lastLetter === ALEF && bare && isAccusative(b, x1, known)) {
      cuts.push({ from: end - 1, to: end, role: 'case' });
    } else if (b.endsWith('وا') && x2.length >= MIN_STEM && knownHamza(x2, known) && (known(x2 + TEH) || isImperfect(x2, known))) {
      cuts.push({ from: end - 2, to: end, role: 'subject' });
    } else if (lastLetter === TEH && !pro.governed && known(x1) && isVerb(x1, known, true) && !known(ARTICLE + b)) {
      cuts.push({ from: end - 1, to: end, role: 'subject' });
    } else if (lastLetter === WAW && bare && isSoundPlural(x1, known)) {
      cuts.push({ from: end - 1, to: end, role: 'plural' });
    } else if (lastLetter === YEH && !pro.governed && isSoundPlural(x1, known) && (hasPron || !known(b + TEH_MARBUTA))) {
      cuts.push({ from: end - 1, to: end, role: 'plural' });
    }
  }
  if (cuts.length > 0) {
    tail.unshift(...cuts);
    end = cuts[0]!.from;
  }
  parts.push({ from: start, to: end, role: 'stem', ...(stemRestored ? { restored: stemRestored } : {}) });
  for (const p of tail) parts.push(p);
  return parts;
}
