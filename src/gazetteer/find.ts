/**
 * Finding the mentions of a gazetteer's entities in a text: on the folded text, word by word, the
 * longest entry that starts at a word (behind its proclitics: وسوريا, بالعراق, للولايات) wins;
 * weak aliases need a title before them or an earlier mention; a person's last name alone later in
 * the text refers back to them; a word of five letters or more that is not an Arabic word matches
 * a single-word name one edit away; and a title before words that are not Arabic words (or are
 * words of people's names) names a person the gazetteer lacks.
 *
 * @internal
 */
import get from 'fast-levenshtein';
import { builtinLexiconInternal } from '../lexicon/builtin.js';
import { stemStarts } from '../lexicon/clitics.js';
import { normalizeWithOffsets } from '../normalize/normalize.js';
import { tokenSpans } from '../tokenize/tokenize.js';
import { getTables } from '../segment/tables.js';
import type { Entity, EntityType } from './entity.js';
import { isNameKind } from './keys.js';
import { FUZZY_MIN_LETTERS, type Entry, type NameIndex } from './name-index.js';
import type { Mention, MentionKind } from './mention.js';

/** What find() does besides exact names, aliases and demonyms. */
export interface FindSwitches {
  readonly fuzzy: boolean;
  readonly titles: boolean;
  readonly coreference: boolean;
  readonly types: ReadonlySet<EntityType> | undefined;
}

/** Words an unknown name after a title may have. */
const MAX_UNKNOWN_NAME_WORDS = 3;
const LAM = 0x0644;

interface Hit {
  readonly entity: number;
  /** Offsets in the folded text. */
  readonly start: number;
  readonly end: number;
  /** Index of the token after the match. */
  readonly next: number;
  readonly kind: MentionKind;
  readonly fuzzy?: number;
}

export function findMentions(text: string, index: NameIndex, entities: readonly Entity[], sw: FindSwitches): Mention[] {
  const n = normalizeWithOffsets(text, 'search');
  const f = n.text;
  const spans = tokenSpans(f);
  const count = spans.count;
  const starts = spans.starts, ends = spans.ends, kinds = spans.kinds;
  const lexicon = builtinLexiconInternal();
  const closedClass = getTables().stems;

  // Words after a title (their token index).
  const afterTitle = new Uint8Array(count + 1);
  if (sw.titles) {
    for (let i = 0; i < count; i++) {
      if (!isNameKind(kinds[i]!)) continue;
      const list = index.titles.get(f.slice(starts[i]!, ends[i]!));
      if (!list) continue;
      for (const words of list) {
        const end = matchRest(words, i);
        if (end >= 0) {
          afterTitle[end] = 1;
          break;
        }
      }
    }
  }

  /** Token index after `words` matched from token i (whose first word matched), or -1. */
  function matchRest(words: readonly string[], i: number): number {
    let k = i + 1;
    for (let w = 1; w < words.length; w++, k++) {
      if (k >= count || !isNameKind(kinds[k]!) || !adjacent(k - 1, k)) return -1;
      const word = words[w]!;
      if (ends[k]! - starts[k]! !== word.length || !f.startsWith(word, starts[k]!)) return -1;
    }
    return k;
  }

  /** Tokens k-1 and k are separated by spaces only, on one line. */
  function adjacent(a: number, b: number): boolean {
    for (let p = ends[a]!; p < starts[b]!; p++) {
      const c = f.charCodeAt(p);
      if (c !== 0x20 && c !== 0x09) return false;
    }
    return true;
  }

  // The variants of the last token asked for (exactAt and fuzzyAt ask for the same one).
  let variantsOf = -1;
  let variantsList: [number, string][] = [];
  const mentioned = new Set<number>();
  const shortForms = new Map<string, number>();
  const hits: Hit[] = [];
  const allowed = (e: number): boolean => sw.types === undefined || sw.types.has(entities[e]!.type);

  for (let i = 0; i < count; ) {
    if (!isNameKind(kinds[i]!)) {
      i++;
      continue;
    }
    const hit =
      exactAt(i) ??
      (sw.coreference ? shortFormAt(i) : undefined) ??
      (sw.fuzzy ? fuzzyAt(i) : undefined) ??
      (sw.titles && afterTitle[i] ? unknownAfterTitle(i) : undefined);
    if (!hit) {
      i++;
      continue;
    }
    hits.push(hit);
    if (hit.entity >= 0) {
      mentioned.add(hit.entity);
      const e = entities[hit.entity]!;
      if (sw.coreference && e.type === 'person' && hit.next - i > 1) {
        // The last word of a person's name refers back to them later on (الأسد, كين).
        const last = f.slice(starts[hit.next - 1]!, ends[hit.next - 1]!);
        if (!shortForms.has(last)) shortForms.set(last, hit.entity);
      }
    }
    i = hit.next;
  }

  /** The starts (in the folded text) of the word at token i behind its proclitics, and the key there. */
  function variants(i: number): [start: number, key: string][] {
    if (variantsOf === i) return variantsList;
    variantsOf = i;
    const s = starts[i]!, e = ends[i]!;
    const out: [number, string][] = [];
    for (const at of stemStarts(f, s, e, 'all', 2)) {
      out.push([at, f.slice(at, e)]);
      // لل: ل + ال with its alef dropped; the article starts at the second ل.
      if (at === s + 2 && f.charCodeAt(s) === LAM && f.charCodeAt(s + 1) === LAM) out.push([s + 1, 'ال' + f.slice(at, e)]);
      else if (at === s + 3 && f.charCodeAt(s + 1) === LAM && f.charCodeAt(s + 2) === LAM) out.push([s + 2, 'ال' + f.slice(at, e)]);
    }
    variantsList = out;
    return out;
  }

  function exactAt(i: number): Hit | undefined {
    for (const [start, key] of variants(i)) {
      const list = index.byFirst.get(key);
      if (!list) continue;
      for (const entry of list) {
        if (!allowed(entry.entity)) continue;
        const next = entry.words.length === 1 ? i + 1 : matchRest(entry.words, i);
        if (next < 0) continue;
        const kind = kindOf(entry, i);
        if (kind === undefined) continue;
        return { entity: entry.entity, start, end: ends[next - 1]!, next, kind };
      }
    }
    return undefined;
  }

  function kindOf(entry: Entry, i: number): MentionKind | undefined {
    if (!entry.weak) return entry.kind === 'demonym' ? 'demonym' : entry.kind === 'name' ? 'name' : 'alias';
    if (sw.titles && afterTitle[i]) return 'title-person';
    if (sw.coreference && mentioned.has(entry.entity)) return 'coreference';
    return undefined;
  }

  function shortFormAt(i: number): Hit | undefined {
    if (shortForms.size === 0) return undefined;
    for (const [start, key] of variants(i)) {
      const entity = shortForms.get(key);
      if (entity !== undefined && allowed(entity)) return { entity, start, end: ends[i]!, next: i + 1, kind: 'coreference' };
    }
    return undefined;
  }

  function unknownAfterTitle(i: number): Hit | undefined {
    if (sw.types !== undefined && !sw.types.has('person')) return undefined;
    // Up to three words, not particles and not words with the article; the name ends at the last
    // one that is not a word of the language or is a word of people's names (جوزيف فوتيل).
    let last = -1;
    for (let k = i; k < count && k - i < MAX_UNKNOWN_NAME_WORDS; k++) {
      if (kinds[k] !== kinds[i] || (k > i && !adjacent(k - 1, k))) break;
      const word = f.slice(starts[k]!, ends[k]!);
      if (word.startsWith('ال') || closedClass.has(word)) break;
      const src = n.toSourceSpan(starts[k]!, ends[k]!);
      if (!lexicon.hasRange(text, src.start, src.end) || index.personWords.has(word)) last = k;
    }
    if (last < 0) return undefined;
    return { entity: -1, start: starts[i]!, end: ends[last]!, next: last + 1, kind: 'title-person' };
  }

  function fuzzyAt(i: number): Hit | undefined {
    if (ends[i]! - starts[i]! < FUZZY_MIN_LETTERS) return undefined;
    // The word as written, and the word without any proclitic.
    const all = variants(i);
    for (const [start, key] of all.length > 1 ? [all[0]!, all[all.length - 1]!] : all) {
      if (key.length < FUZZY_MIN_LETTERS) continue;
      // A word of the language is not a misspelt name.
      const src = n.toSourceSpan(start, ends[i]!);
      if (lexicon.hasRange(text, src.start, src.end)) return undefined;
      let best: Entry | undefined;
      const consider = (list: readonly Entry[] | undefined): void => {
        for (const entry of list ?? []) {
          if (!allowed(entry.entity) || (best && best.entity <= entry.entity)) continue;
          if (get.get(key, entry.words[0]!) === 1) best = entry;
        }
      };
      const deletions = index.deletions();
      consider(deletions.get(key));
      for (let p = 0; p < key.length; p++) consider(deletions.get(key.slice(0, p) + key.slice(p + 1)));
      if (best) return { entity: best.entity, start, end: ends[i]!, next: i + 1, kind: best.kind === 'name' ? 'name' : 'alias', fuzzy: 1 };
    }
    return undefined;
  }

  return hits.map((h) => {
    const span = n.toSourceSpan(h.start, h.end);
    const surface = text.slice(span.start, span.end);
    const e = h.entity >= 0 ? entities[h.entity]! : undefined;
    const mention: Mention = {
      entityId: e ? e.id : `unknown:${f.slice(h.start, h.end)}`,
      type: e ? e.type : 'person',
      start: span.start,
      end: span.end,
      surface,
      kind: h.kind,
      ...(h.fuzzy !== undefined ? { fuzzy: { distance: h.fuzzy } } : {}),
    };
    return mention;
  });
}
