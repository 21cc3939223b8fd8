export { stance, type StanceOptions, type CustomTarget } from './stance.js';
export { STANCE_LABELS, type StanceLabel, type StanceReport, type Evidence, type Voice, type SourceStance } from './report.js';
export { createStanceLexicon, builtinStanceLexicon, type StanceCue, type StanceLexicon } from './lexicon.js';
