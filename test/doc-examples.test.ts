/**
 * The examples in the TSDoc comments (what the API docs show) and in the README run, and their
 * `//=>` results and documented errors hold. See test/helpers/doc-examples.ts for the conventions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { compileExample, equal, extractExamples, throws, type Example } from './helpers/doc-examples.js';

const ROOT = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    // generated: data; node: Node-only (akhbar/node), its examples need worker threads.
    if (statSync(p).isDirectory()) return f === 'generated' || f === 'node' ? [] : sourceFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const examples: Example[] = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'README.md')].flatMap((file) =>
  extractExamples(relative(ROOT, file), readFileSync(file, 'utf8')),
);

describe('documentation examples', () => {
  it('finds the examples of the API docs and the README', () => {
    expect(examples.length).toBeGreaterThan(25);
    const checks = examples.reduce((n, ex) => n + compileExample(ex).checks, 0);
    expect(checks).toBeGreaterThan(40);
  });

  it.each(examples.map((ex) => [ex.where, ex] as const))('%s runs and its results hold', (_where, ex) => {
    const { js } = compileExample(ex);
    const run = new Function('__lib', '__equal', '__throws', js) as (l: unknown, e: typeof equal, t: typeof throws) => void;
    run(lib, equal, throws);
  });
});
