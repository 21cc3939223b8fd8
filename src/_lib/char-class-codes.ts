/**
 * @internal
 * Codes of the character classes in src/generated/unicode-classes.ts.
 * Shared by the build script (which writes the table) and the tokenizer and normalizer (which read it).
 */
export const CHAR_CLASS = {
  /** Unassigned or private-use code point. */
  OTHER: 0,
  /** Letter whose Script_Extensions include Arabic, presentation forms included. */
  AR_LETTER: 1,
  /** Combining mark of any script (harakat, shadda, Quranic marks …). */
  MARK: 2,
  /** U+0640 ARABIC TATWEEL. */
  TATWEEL: 3,
  /** Decimal digit of any script (general category Nd). */
  DIGIT: 4,
  /** Letter of any other script. */
  LETTER: 5,
  /** Horizontal white space (White_Space without the line breaks). */
  SPACE: 6,
  /** Line break: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
  NEWLINE: 7,
  /** Format and control characters: bidi controls, zero-width characters, soft hyphen, NUL … */
  IGNORABLE: 8,
  /** Punctuation (general category P). */
  PUNCT: 9,
  /** Symbol (general category S) and non-decimal numbers. */
  SYMBOL: 10,
  /** Emoji with default emoji presentation. */
  EMOJI: 11,
  /** Extended_Pictographic with default text presentation (©, ❤, ☀): emoji only before U+FE0F. */
  EMOJI_TEXT: 12,
  HIGH_SURROGATE: 13,
  LOW_SURROGATE: 14,
  /** U+200D ZERO WIDTH JOINER. */
  ZWJ: 15,
  /** U+FE00–FE0F. */
  VARIATION_SELECTOR: 16,
  /** U+1F3FB–1F3FF skin tones. */
  EMOJI_MODIFIER: 17,
  /** U+1F1E6–1F1FF. */
  REGIONAL_INDICATOR: 18,
  /** U+E0020–E007F. */
  EMOJI_TAG: 19,
  /** U+20E3 COMBINING ENCLOSING KEYCAP. */
  KEYCAP: 20,
} as const;
