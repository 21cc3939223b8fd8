/**
 * Pieces shared by the property tests.
 */
import fc from 'fast-check';

/** The characters U+a … U+b, one string each. */
export const charRange = (a: number, b: number): string[] => Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i));

/** Runs per property; raise it with AKHBAR_FC_RUNS for a longer hunt (e.g. AKHBAR_FC_RUNS=20000). */
export const NUM_RUNS = Number(process.env.AKHBAR_FC_RUNS ?? 500);

/** Pieces of Arabic-heavy text, including the awkward ones. */
export const PIECES: readonly string[] = [
  // Arabic letters (hamza forms, alef maqsura, teh marbuta …) and a few lookalikes
  ...charRange(0x0621, 0x063a), ...charRange(0x0641, 0x064a), '\u0671', 'ک', 'ی', 'ۀ', 'ە', 'ڪ', 'ھ',
  // harakat, tanween, shadda, sukun, dagger alef, combining hamza and madda
  ...charRange(0x064b, 0x0652), '\u0670', '\u0653', '\u0654',
  // tatweel
  '\u0640', '\u0640\u0640',
  // digits: Arabic-Indic, Extended Arabic-Indic, ASCII; separators and percent signs
  ...charRange(0x0660, 0x0669), '۱', '۴', '۹', '0', '5', '9', '٫', '٬', '٪', '%',
  // punctuation
  '،', '؛', '؟', '«', '»', '"', '“', '”', '.', '.', '...', ',', '!', '?', '…', '(', ')', ':', '-', '_', '#', '@', '/',
  // presentation forms
  'ﻻ', 'ﻷ', 'ﻹ', 'ﻵ', 'ﺑ', 'ﹰ', 'ﷲ',
  // spaces and line breaks
  ' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2029', '\u2028', '\u2009',
  // bidirectional and zero-width controls, ZWJ / ZWNJ, BOM, NUL, soft hyphen
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff', '\u0000', '\u00ad',
  // lone surrogates
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d',
  // emoji and their parts
  '👍', '🏽', '👨', '👩', '👨\u200d👩\u200d👧', '🇮', '🇶', '🇮🇶', '❤', '\ufe0f', '\u20e3', '1\ufe0f\u20e3', '😀',
  // Latin letters and pieces of links and addresses
  'a', 'b', 'C', 'N', 'x', 'Z', 'www.', 'http://', 'https://', '.com', '.org', 'www.akhbar.org/', 'https://akhbar.org/', 'press@mofa.gov.sa',
  // whole words
  'الوزير', 'الحكومة', 'مؤتمر', 'رئيس', 'إلى', 'لـ', 'د.', 'Dr.', 'U.S.A', '2,254', '٢٫٥', '#العراق', '@UN',
];

/**
 * Hostile strings: the pieces above mixed with long runs of one piece (up to 3,000 repeats: a word
 * without spaces, a wall of diacritics or tatweel, nested quotation marks, a line of punctuation).
 */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 2, max: 3000 })).map(([p, n]) => p.repeat(n)) }), { maxLength: 40 })
  .map((a) => a.join(''));

/** Any UTF-16 string, lone surrogates included. */
export const binaryText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 200 });
