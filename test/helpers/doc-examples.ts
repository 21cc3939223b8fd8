/**
 * Turns the ```ts examples of TSDoc comments and of the README into runnable checks.
 *
 * Conventions the examples follow:
 * - `expr;  //=> value` or `expr;` followed by `//=> value` (continued on `//    …` lines): the
 *   expression must deep-equal the value. A value holding `…` is elided and not checked.
 * - `expr;  // TypeError: message` (or on the next line): the expression must throw that error,
 *   whose message starts with the given text (up to a `…`).
 * - `import { … } from 'akhbar…'` binds names from the library; `import type` lines are dropped.
 */
import ts from 'typescript';
import { expect } from 'vitest';

export interface Example {
  /** Where the example is: file and line of its opening fence. */
  where: string;
  /** The example's code. */
  code: string;
}

export interface Check {
  kind: 'equals' | 'throws';
  /** The expression's code. */
  expr: string;
  /** The expected value's code (equals), or `Name: message prefix` (throws). */
  expected: string;
  where: string;
}

/** The ```ts blocks of a Markdown text, or of the TSDoc comments of a TypeScript source. */
export function extractExamples(file: string, text: string): Example[] {
  const isTs = file.endsWith('.ts');
  const lines = text.split('\n');
  const out: Example[] = [];
  let inBlock = false;
  let start = 0;
  let body: string[] = [];
  lines.forEach((raw, i) => {
    const line = isTs ? raw.replace(/^\s*\*( |$)/, '') : raw;
    if (isTs && !/^\s*\*/.test(raw) && inBlock) inBlock = false;
    if (/^```ts\s*$/.test(line.trim())) {
      inBlock = true;
      start = i + 1;
      body = [];
    } else if (inBlock && line.trim() === '```') {
      inBlock = false;
      out.push({ where: `${file}:${start}`, code: body.join('\n') });
    } else if (inBlock) {
      body.push(line);
    }
  });
  return out;
}

const EXPECT = /^(.*?)\s*\/\/=>\s?(.*)$/;
const THROWS = /^(.*?)\s*\/\/\s*((?:Type|Range)Error): (.*)$/;

/**
 * Compiles an example into a function body that runs it against `__lib` and reports through
 * `__equal(actual, expected, where)` and `__throws(fn, name, prefix, where)`.
 */
export function compileExample(ex: Example): { js: string; checks: number } {
  const lines = ex.code.split('\n');
  const out: string[] = [];
  let pending: string[] = []; // lines of the statement being read
  let checks = 0;
  let lastStatement: { text: string; outIndex: number } | undefined;

  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('\n');
    out.push(text);
    lastStatement = { text, outIndex: out.length - 1 };
    pending = [];
  };
  const asExpression = (stmt: string) => stmt.trim().replace(/;\s*$/, '');
  const attach = (kind: 'equals' | 'throws', stmt: { text: string; outIndex: number }, expected: string, prefix?: string) => {
    checks++;
    const expr = asExpression(stmt.text);
    if (/^(const|let|var)\s/.test(expr)) throw new Error(`${ex.where}: a check follows a declaration: ${expr}`);
    out[stmt.outIndex] = kind === 'equals'
      ? `__equal((${expr}), (${expected}), ${JSON.stringify(ex.where)});`
      : `__throws(() => (${expr}), ${JSON.stringify(expected)}, ${JSON.stringify(prefix ?? '')}, ${JSON.stringify(ex.where)});`;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'akhbar(\/\w+)?';\s*$/.exec(line);
    if (imp) {
      if (!imp[1]) {
        const names = imp[2]!.split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type '));
        out.push(`const { ${names.join(', ')} } = __lib;`);
      }
      continue;
    }
    const onlyExpect = /^\s*\/\/=>\s?(.*)$/.exec(line);
    const onlyThrows = /^\s*\/\/\s*((?:Type|Range)Error): (.*)$/.exec(line);
    if (onlyExpect || onlyThrows) {
      flush();
      if (!lastStatement) throw new Error(`${ex.where}: an expectation with no statement before it`);
      if (onlyThrows) {
        attach('throws', lastStatement, onlyThrows[1]!, onlyThrows[2]!);
        continue;
      }
      // The value may continue on following `//` lines.
      let value = onlyExpect![1]!;
      while (i + 1 < lines.length && /^\s*\/\/\s{2,}\S/.test(lines[i + 1]!) && !/^\s*\/\/=>/.test(lines[i + 1]!)) {
        value += ' ' + lines[++i]!.replace(/^\s*\/\//, '').trim();
      }
      if (!value.includes('…')) attach('equals', lastStatement, value);
      continue;
    }
    const inline = EXPECT.exec(line) ?? THROWS.exec(line);
    if (inline && inline[1]!.trim()) {
      pending.push(inline[1]!);
      flush();
      if (inline.length === 4) attach('throws', lastStatement!, inline[2]!, inline[3]!);
      else if (!inline[2]!.includes('…')) attach('equals', lastStatement!, inline[2]!);
      continue;
    }
    if (line.trim() === '' || /^\s*\/\//.test(line)) {
      flush();
      continue;
    }
    // A comment after a statement's semicolon is prose (`f(x);  // also: …`).
    const code = line.replace(/;\s+\/\/\s.*$/, ';');
    pending.push(code);
    if (/;\s*$/.test(code)) flush();
  }
  flush();
  const js = ts.transpileModule(out.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return { js, checks };
}

/** What a compiled example calls for a `//=> value` comment: the value must equal it. */
export function equal(actual: unknown, expected: unknown, where: string): void {
  expect(actual, where).toEqual(expected);
}

/** What a compiled example calls for a `// Name: message…` comment: it must throw that error. */
export function throws(fn: () => unknown, name: string, prefix: string, where: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, `${where}: expected ${name}`).toBeInstanceOf(Error);
  expect((error as Error).name, where).toBe(name);
  const stem = prefix.split('…')[0]!;
  expect((error as Error).message.startsWith(stem), `${where}: message ${JSON.stringify((error as Error).message)} should start with ${JSON.stringify(stem)}`).toBe(true);
}
