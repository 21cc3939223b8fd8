#!/usr/bin/env node
/** The `akhbar` executable: see main.ts. */
import { readFileSync } from 'node:fs';
import { INTERRUPTED, main } from './main.js';

/** The package's version: dist/cli.js sits one folder down, src/cli/bin.ts two. */
function version(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'akhbar' && pkg.version) return pkg.version;
    } catch {
      // not there
    }
  }
  return 'unknown';
}
// Ctrl-C: finish and write what was started, then exit with 130; a second Ctrl-C exits at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(INTERRUPTED));
});
main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, tty: process.stdout.isTTY === true, version: version(), signal: interrupt.signal }).then(
  (code) => {
    process.exitCode = code;
    // Standard input may still be open (a terminal, a pipe whose writer goes on): do not wait for it.
    if (code === INTERRUPTED) process.exit(code);
  },
  (e: unknown) => {
    process.stderr.write(`akhbar: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
