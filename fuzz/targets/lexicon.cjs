'use strict';
// Jazzer.js fuzz target "lexicon": fuzz/checks.ts says what it checks, fuzz/README.md how to run it.
exports.fuzz = require('../harness.cjs').target('lexicon');
