export { builtinLexicon, type BuiltinLexicon } from './builtin.js';
export { createLexicon, mergeLexicons, type Lexicon, type CreateLexiconOptions } from './lexicon.js';
