#!/usr/bin/env node
/** The `akhbar` executable: see main.ts. */
import { readFileSync } from 'node:fs';
import { main } from './main.js';

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
main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, tty: process.stdout.isTTY === true, version: version() }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`akhbar: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
