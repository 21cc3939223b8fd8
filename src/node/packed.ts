/**
 * @internal
 * analyze()'s result across a worker boundary: structured clone keeps plain data only, so the
 * compact token and edit lists travel as their typed arrays and are rebuilt on the other side.
 */
import type { AnalyzedText } from '../analyze/analyze.js';
import { EditListImpl, unpackEditList, type PackedEditList } from '../repair/edit-list.js';
import { TokenListImpl, unpackTokenList, type PackedTokenList } from '../tokenize/token-list.js';

/** analyze()'s result with its token and edit lists as plain data. */
export type PackedAnalyzedText = Omit<AnalyzedText, 'tokens' | 'repaired'> & {
  readonly tokens: PackedTokenList | null;
  readonly repaired: { readonly text: string; readonly edits: PackedEditList } | null;
};

export function packAnalyzed(a: AnalyzedText): PackedAnalyzedText {
  const r = a.repaired;
  return {
    ...a,
    tokens: a.tokens instanceof TokenListImpl ? a.tokens.pack() : null,
    repaired: r && r.edits instanceof EditListImpl ? { text: r.text, edits: r.edits.pack() } : null,
  };
}

export function unpackAnalyzed(p: PackedAnalyzedText): AnalyzedText {
  const r = p.repaired;
  return { ...p, tokens: p.tokens ? unpackTokenList(p.tokens) : null, repaired: r ? { text: r.text, edits: unpackEditList(r.edits) } : null };
}
