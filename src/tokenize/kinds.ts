/**
 * The kinds of token that {@link tokenize} produces, in the order of their numeric codes
 * (the codes are what {@link tokenSpans} stores in its `kinds` array).
 *
 * - `word`: an Arabic word, with its diacritics and tatweel (`الوُزَراء`, `لـ`)
 * - `number`: digits of any script with their separators and percent sign (`2,254`, `٢٫٥`, `10%`)
 * - `punct`: punctuation, one mark per token except runs of the same mark (`...`, `!!`)
 * - `symbol`: symbols, currency signs, and anything unassigned or broken (a lone surrogate)
 * - `latin`: a word in Latin or any other non-Arabic script (`CNN`, `Qur'an`)
 * - `url`, `email`, `hashtag` (`#العراق`), `mention` (`@UN`), `emoji` (whole sequences: 👍🏽, 🇮🇶)
 *
 * @example
 * ```ts
 * import { TOKEN_KINDS } from 'akhbar/tokenize';
 * TOKEN_KINDS.indexOf('number');
 * //=> 1
 * ```
 * @category Tokenize
 */
export const TOKEN_KINDS = ['word', 'number', 'punct', 'symbol', 'latin', 'url', 'email', 'hashtag', 'mention', 'emoji'] as const;

/**
 * One of {@link TOKEN_KINDS}.
 *
 * @example
 * ```ts
 * import type { TokenKind } from 'akhbar/tokenize';
 * const kind: TokenKind = 'hashtag';
 * ```
 * @category Tokenize
 */
export type TokenKind = (typeof TOKEN_KINDS)[number];

/** @internal Numeric code of each kind. */
export const TOKEN_KIND_CODE = {
  word: 0, number: 1, punct: 2, symbol: 3, latin: 4, url: 5, email: 6, hashtag: 7, mention: 8, emoji: 9,
} as const satisfies Record<TokenKind, number>;
