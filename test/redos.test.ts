/**
 * No regular expression in src/ can backtrack catastrophically: every regex literal and every
 * `RegExp(...)` call is found in the syntax tree (TypeScript's parser) and checked with recheck, a
 * ReDoS checker (automaton analysis plus fuzzing); any pattern that is not safe fails the test, as
 * does a `RegExp` built from something other than a string literal (which could not be checked).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Found {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
  /** Why it cannot be checked (a RegExp built at run time). */
  readonly dynamic?: string;
}

/** Every regular expression of a TypeScript file, with its line. */
function regexesOf(file: string, code: string): Found[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const at = (n: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText();
      const slash = text.lastIndexOf('/');
      found.push({ where: at(n), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.expression.getText() === 'RegExp') {
      const [pattern, flags] = n.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({ where: at(n), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      } else found.push({ where: at(n), source: n.getText(), flags: '', dynamic: 'built at run time' });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

const ALL = files(SRC).flatMap((f) => regexesOf(f, readFileSync(f, 'utf8')));

describe('regular expressions (ReDoS)', { timeout: 120_000 }, () => {
  it('finds the expressions of the source, and the checker flags a vulnerable one', () => {
    expect(ALL.length).toBeGreaterThan(5);
    const probe = regexesOf('probe.ts', 'const a = /^(a+)+$/; const b = new RegExp("x*y", "g"); const c = RegExp(s);');
    expect(probe.map((r) => [r.source, r.flags, r.dynamic])).toEqual([
      ['^(a+)+$', '', undefined],
      ['x*y', 'g', undefined],
      ['RegExp(s)', '', 'built at run time'],
    ]);
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
    // The pattern the stance module once used for a closing question mark: quadratic.
    expect(checkSync('[؟?]\\s*["\'»”)]*\\s*$', '').status).toBe('vulnerable');
  });

  it.each(ALL.map((r) => [`${r.where} /${r.source}/${r.flags}`, r] as const))('%s is safe', (_name, r) => {
    expect(r.dynamic, `${r.where}: a RegExp built at run time cannot be checked; use a literal`).toBeUndefined();
    const result = checkSync(r.source, r.flags, { timeout: 20_000 });
    const detail = result.status === 'vulnerable' ? ` (${result.complexity.type}; attack: ${result.attack.pattern})` : result.status === 'unknown' ? ` (${result.error.kind})` : '';
    expect(`${result.status}${detail}`, r.where).toBe('safe');
  });
});
