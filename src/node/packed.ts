/**
 * @internal
 * analyze()'s result across a worker boundary: structured clone keeps plain data only, so the
 * compact token list travels as its typed arrays and is rebuilt on the other side.
 */
import type { AnalyzedText } from '../analyze/analyze.js';
import { TokenListImpl, unpackTokenList, type PackedTokenList } from '../tokenize/token-list.js';

/** analyze()'s result with its token list as plain data. */
export type PackedAnalyzedText = Omit<AnalyzedText, 'tokens'> & { readonly tokens: PackedTokenList | null };

export function packAnalyzed(a: AnalyzedText): PackedAnalyzedText {
  return { ...a, tokens: a.tokens instanceof TokenListImpl ? a.tokens.pack() : null };
}

export function unpackAnalyzed(p: PackedAnalyzedText): AnalyzedText {
  return { ...p, tokens: p.tokens ? unpackTokenList(p.tokens) : null };
}
