'use strict';
// Jazzer.js fuzz target "sentences": fuzz/checks.ts says what it checks, fuzz/README.md how to run it.
exports.fuzz = require('../harness.cjs').target('sentences');
