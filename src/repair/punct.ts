/**
 * Punctuation that several repairs reason about.
 *
 * @internal
 */

/**
 * The marks that close the word before them and that right-to-left copying moves to the front of a
 * number (`أيلول .2001`): . ، , ؛ : ! ؟
 */
export function isMovablePunct(c: number): boolean {
  return c === 0x2e || c === 0x60c || c === 0x2c || c === 0x61b || c === 0x3a || c === 0x21 || c === 0x61f;
}
