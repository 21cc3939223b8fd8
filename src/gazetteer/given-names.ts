/**
 * Given names (data/gazetteer/given-names.tsv) and the particles of personal names
 * (name-particles.tsv), folded: a given name followed by name words is taken for a person the
 * gazetteer lacks (نجيب محفوظ).
 *
 * @internal
 */
import { GIVEN_NAMES, NAME_PARTICLES } from '../generated/given-names.js';

/** A given name, as folded words. */
export interface GivenName {
  readonly words: readonly string[];
  /** Also a common word (أمل, سعيد) or a particle's spelling (علي for على): needs a name after it. */
  readonly ambiguous: boolean;
  /** Not an Arabic name (جون, إيمانويل): the word after it is its family name even when it is also a word (سميث, ماكرون). */
  readonly foreign: boolean;
}

export interface GivenNames {
  /** Given names by their first word, most words first. */
  readonly byFirst: ReadonlyMap<string, readonly GivenName[]>;
  readonly particles: ReadonlySet<string>;
}

let table: GivenNames | undefined;

export function givenNames(): GivenNames {
  if (table) return table;
  const byFirst = new Map<string, GivenName[]>();
  for (const item of GIVEN_NAMES.split('|')) {
    if (item === '') continue;
    const ambiguous = item.startsWith('~');
    const rest = ambiguous ? item.slice(1) : item;
    const foreign = rest.startsWith('+');
    const words = (foreign ? rest.slice(1) : rest).split(' ');
    const list = byFirst.get(words[0]!);
    if (list) list.push({ words, ambiguous, foreign });
    else byFirst.set(words[0]!, [{ words, ambiguous, foreign }]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return (table = { byFirst, particles: new Set(NAME_PARTICLES.split('|').filter((p) => p !== '')) });
}
