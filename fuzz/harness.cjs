'use strict';
/**
 * Shared by the Jazzer.js targets in fuzz/targets/: loads the built CommonJS package (which Jazzer's
 * require hook instruments) and the TypeScript checks of fuzz/checks.ts (through tsx's scoped
 * require, which touches nothing else), and makes the `fuzz(data)` entry point of one target.
 *
 * Targets are CommonJS (.cjs) files because Jazzer.js loads a fuzz target by its file name and only
 * takes .js/.cjs/.mjs files; the package is "type": "module", so .cjs it is.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const ENTRY = path.join(ROOT, 'dist', 'index.cjs');

let checks;
function loadChecks() {
  if (!checks) {
    const { register } = require('tsx/cjs/api');
    const api = register({ namespace: 'akhbar-fuzz' });
    checks = api.require('./checks.ts', __filename);
  }
  return checks;
}

function loadLibrary() {
  if (!fs.existsSync(ENTRY)) {
    throw new Error(`akhbar fuzz: ${path.relative(process.cwd(), ENTRY)} is missing: run npm run build first`);
  }
  return require(ENTRY);
}

/**
 * The fuzz entry point of target `name`: `fuzz(data)`, checking the built package. A target file
 * assigns it to `exports.fuzz`, which Node's CommonJS export detection sees when Jazzer.js loads
 * the file with import().
 */
exports.target = function target(name) {
  const { TARGETS } = loadChecks();
  const spec = TARGETS[name];
  if (!spec) throw new Error(`akhbar fuzz: unknown target "${name}"`);
  const lib = loadLibrary();
  const check = spec.check;
  /** @param {Buffer} data */
  return function fuzz(data) {
    check(lib, data);
  };
};
