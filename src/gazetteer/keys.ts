/**
 * Match keys: names and text are compared folded (the `search` preset of normalize: no harakat or
 * tatweel, one alef, ه for ة, ي for ى), word by word.
 *
 * @internal
 */
import { normalize } from '../normalize/normalize.js';
import { tokenSpans } from '../tokenize/tokenize.js';
import { TOKEN_KIND_CODE } from '../tokenize/kinds.js';

const WORD = TOKEN_KIND_CODE.word;
const LATIN = TOKEN_KIND_CODE.latin;
const NUMBER = TOKEN_KIND_CODE.number;

/** True for the token kinds a name is made of. */
export function isNameKind(kind: number): boolean {
  return kind === WORD || kind === LATIN || kind === NUMBER;
}

/** A function from a name to its folded words joined by single spaces ({@link foldName}). */
export type Fold = (name: string) => string;

/** The folded words of a name: `الولايات المتحدة` → ['الولايات', 'المتحده']. */
export function nameKey(name: string): string[] {
  const folded = normalize(name, 'search');
  const spans = tokenSpans(folded);
  const out: string[] = [];
  for (let i = 0; i < spans.count; i++) {
    if (isNameKind(spans.kinds[i]!)) out.push(folded.slice(spans.starts[i]!, spans.ends[i]!));
  }
  return out;
}

/**
 * The forms of a nisba adjective given in the masculine singular (سوري), folded: with and without
 * the article, feminine, dual and plural (سوري, سوريه, سوريان, سوريين, سوريون, سوريات; السوري …).
 */
export function demonymForms(base: string, fold: Fold = foldName): string[] {
  const b = fold(base);
  if (b === '' || b.includes(' ')) return b === '' ? [] : [b];
  const stem = b.startsWith('ال') ? b.slice(2) : b;
  const forms = [stem, stem + 'ه', stem + 'ان', stem + 'ين', stem + 'ون', stem + 'ات', stem + 'تان', stem + 'تين'];
  return [...forms, ...forms.map((f) => 'ال' + f)];
}

/** The folded words of a name joined by single spaces (`''` when it has none). */
export function foldName(name: string): string {
  return nameKey(name).join(' ');
}
