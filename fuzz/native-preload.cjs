'use strict';
/**
 * Preloaded (node --require) by scripts/fuzz.ts when the prebuilt libFuzzer addon of Jazzer.js
 * does not load on this system (see fuzz/native-compat.ts): loads the adapted copy named by
 * AKHBAR_FUZZ_ADDON instead of node_modules/@jazzer.js/fuzzer/prebuilds/fuzzer-<platform>-<arch>.node.
 */
const Module = require('node:module');

const replacement = process.env.AKHBAR_FUZZ_ADDON;
if (replacement) {
  const load = Module._extensions['.node'];
  const PREBUILT = /[\\/]@jazzer\.js[\\/]fuzzer[\\/]prebuilds[\\/]fuzzer-[a-z0-9]+-[a-z0-9]+\.node$/;
  Module._extensions['.node'] = function loadNode(module, filename) {
    return load.call(this, module, PREBUILT.test(filename) ? replacement : filename);
  };
}
