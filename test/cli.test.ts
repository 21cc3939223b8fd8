/**
 * The akhbar command line, spawned as a user runs it: exact standard output, standard error and
 * exit codes for each mode and error case, JSON Lines in and out with order kept and one line per
 * input line (the contract that lets it run under Hadoop Streaming or Spark's RDD.pipe), in this
 * thread and in worker threads (--jobs), streamed, and a reader that stops early. The progress bar
 * is checked frame by frame through main() with a fake terminal and clock.
 *
 * It spawns the source (src/cli/bin.ts through tsx), or, with AKHBAR_CLI=dist, the built binary
 * (dist/cli.js, the package's bin; run `npx tsup` first: it fails when the file is missing).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, USAGE } from '../src/cli/main.js';
import { BAR_WIDTH, progressLine } from '../src/cli/progress.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.AKHBAR_CLI === 'dist';
const BIN = DIST ? join(ROOT, 'dist', 'cli.js') : join(ROOT, 'src', 'cli', 'bin.ts');
if (DIST && !existsSync(BIN)) throw new Error('AKHBAR_CLI=dist but dist/cli.js is missing: build first (`npm run build`)');
/** Node's arguments before akhbar's own. */
const NODE = DIST ? [BIN] : ['--import', 'tsx', BIN];
const version = (JSON.parse(spawnSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: ROOT, encoding: 'utf8' }).stdout) as { version: string }).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function akhbar(args: string[], input: string | Buffer = '', env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [...NODE, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 90_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'akhbar-cli-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const BAGHDAD = { entityId: 'baghdad', type: 'location', start: 3, end: 8, surface: 'بغداد', kind: 'name' };
const DAMASCUS = { entityId: 'damascus', type: 'location', start: 3, end: 7, surface: 'دمشق', kind: 'name' };
const baghdad = (id: unknown): string => JSON.stringify({ id, result: [BAGHDAD] });
const damascus = (id: unknown): string => JSON.stringify({ id, result: [DAMASCUS] });

describe(`akhbar (command line: ${DIST ? 'dist/cli.js' : 'src/cli/bin.ts'})`, { timeout: 180_000 }, () => {
  it('prints its help and version', () => {
    expect(akhbar(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(akhbar(['-v'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('refuses wrong usage with exit code 2', () => {
    expect(akhbar(['frob'])).toEqual({ code: 2, stdout: '', stderr: `akhbar: unknown command "frob"\n${USAGE}` });
    expect(akhbar([])).toEqual({ code: 2, stdout: '', stderr: `akhbar: no command given\n${USAGE}` });
    expect(akhbar(['tokenize', '--format', 'xml'])).toEqual({ code: 2, stdout: '', stderr: 'akhbar: --format must be one of pretty, json, jsonl, got "xml"\n' });
    expect(akhbar(['tokenize', '--colour'])).toEqual({ code: 2, stdout: '', stderr: `akhbar: Unknown option '--colour'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--colour"\n${USAGE}` });
  });

  it('checks --jobs: an integer from 1 to 64, else exit code 2', async () => {
    const refused = (bad: string): Run => ({ code: 2, stdout: '', stderr: `akhbar: --jobs must be an integer from 1 to 64, got "${bad}"\n` });
    expect(akhbar(['entities', '--jobs', '0'], 'في بغداد')).toEqual(refused('0'));
    expect(akhbar(['entities', '-j', '65'], 'في بغداد')).toEqual(refused('65'));
    expect(akhbar(['entities', '--jobs=x'], 'في بغداد')).toEqual(refused('x'));
    expect(akhbar(['entities', '--jobs'])).toEqual({ code: 2, stdout: '', stderr: `akhbar: Option '-j, --jobs <value>' argument missing\n${USAGE}` });
    // The same check, in this process.
    for (const bad of ['1.5', '-1', '', ' 2', '2x', '1e1']) {
      const stderr = terminal();
      const { code, stdout } = await runMain(['entities', `--jobs=${bad}`], 'في بغداد', stderr.stream);
      expect({ code, stdout, stderr: stderr.writes.join('') }, bad).toEqual(refused(bad));
    }
  });

  it('reads standard input as one document', () => {
    const r = akhbar(['tokenize'], 'زار الوفد بغداد');
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout:
        JSON.stringify(
          {
            file: '<stdin>',
            result: [
              { text: 'زار', start: 0, end: 3, kind: 'word' },
              { text: 'الوفد', start: 4, end: 9, kind: 'word' },
              { text: 'بغداد', start: 10, end: 15, kind: 'word' },
            ],
          },
          null,
          2,
        ) + '\n',
    });
    const repaired = akhbar(['repair', '--format', 'jsonl'], 'أكد الإتحاد دعمه');
    expect(JSON.parse(repaired.stdout).result.text).toBe('أكد الاتحاد دعمه');
  });

  it('reads files, and reports an unreadable one (missing, a folder) in its place without stopping', () => {
    const a = file('a.txt', 'وصل الوفد إلى دمشق');
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    const missing = join(dir, 'missing.txt');
    const r = akhbar(['entities', '--format', 'jsonl', a, missing, folder]);
    expect(r).toEqual({
      code: 1,
      stdout: [
        { file: a, result: [{ entityId: 'damascus', type: 'location', start: 14, end: 18, surface: 'دمشق', kind: 'name' }] },
        { file: missing, error: 'no such file' },
        { file: folder, error: 'is a directory' },
      ]
        .map((o) => JSON.stringify(o) + '\n')
        .join(''),
      stderr: `akhbar: ${missing}: no such file\nakhbar: ${folder}: is a directory\n`,
    });
  });

  it('takes a folder named .jsonl as an unreadable file too', () => {
    const folder = join(dir, 'folder.jsonl');
    mkdirSync(folder, { recursive: true });
    expect(akhbar(['entities', folder])).toEqual({ code: 1, stdout: `${JSON.stringify({ file: folder, error: 'is a directory' })}\n`, stderr: `akhbar: ${folder}: is a directory\n` });
  });

  it('processes plain files in worker threads (--jobs), in order, as in this thread', () => {
    const texts = ['في بغداد', 'في دمشق', 'زار الوفد بغداد ودمشق', 'لا شيء هنا'];
    const files = texts.map((t, i) => file(`doc${i}.txt`, t));
    const missing = join(dir, 'nope.txt');
    const args = ['entities', files[0]!, files[1]!, missing, files[2]!, files[3]!];
    const one = akhbar(args);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe(`akhbar: ${missing}: no such file\n`);
    expect(JSON.parse(one.stdout)).toEqual([
      { file: files[0], result: [BAGHDAD] },
      { file: files[1], result: [DAMASCUS] },
      { file: missing, error: 'no such file' },
      {
        file: files[2],
        result: [
          { entityId: 'baghdad', type: 'location', start: 10, end: 15, surface: 'بغداد', kind: 'name' },
          { entityId: 'damascus', type: 'location', start: 17, end: 21, surface: 'دمشق', kind: 'name' },
        ],
      },
      { file: files[3], result: [] },
    ]);
    expect(akhbar(['--jobs', '2', ...args])).toEqual(one);
    expect(akhbar([...args, '-j', '3', '--format', 'jsonl'])).toEqual({ ...one, stdout: (JSON.parse(one.stdout) as unknown[]).map((o) => JSON.stringify(o) + '\n').join('') });
  });

  it('gives one JSON line per input line, in order, with its id, and error lines for bad ones', () => {
    const input = ['{"id":"a","text":"في بغداد"}', 'not json', '', '{"id":"c"}', '[1]', '{"id":7,"text":"في دمشق"}', '{"text":"في بغداد"}'].join('\n') + '\n';
    const expected = {
      code: 1,
      stdout: [
        baghdad('a'),
        '{"file":"<stdin>","line":2,"error":"not a JSON value"}',
        '{"file":"<stdin>","line":3,"error":"an empty line"}',
        '{"id":"c","file":"<stdin>","line":4,"error":"no \\"text\\" string"}',
        '{"file":"<stdin>","line":5,"error":"not a JSON object"}',
        damascus(7),
        JSON.stringify({ result: [BAGHDAD] }),
        '',
      ].join('\n'),
      stderr: 'akhbar: <stdin>:2: not a JSON value\nakhbar: <stdin>:3: an empty line\nakhbar: <stdin>:4: no "text" string\nakhbar: <stdin>:5: not a JSON object\n',
    };
    expect(akhbar(['entities', '--jsonl'], input)).toEqual(expected);
    expect(akhbar(['entities', '--jsonl', '--jobs', '2'], input)).toEqual(expected);
  });

  it('keeps the order and one line per input line with --jobs 2 over many lines, errors in place', () => {
    const ids: unknown[] = [];
    const lines: string[] = [];
    const want: string[] = [];
    let stderr = '';
    for (let i = 0; i < 120; i++) {
      if (i % 17 === 5) {
        lines.push(`{"id":${i},"text":`);
        want.push(JSON.stringify({ file: '<stdin>', line: i + 1, error: 'not a JSON value' }));
        stderr += `akhbar: <stdin>:${i + 1}: not a JSON value\n`;
        continue;
      }
      const id = i % 2 ? `doc-${i}` : i;
      ids.push(id);
      // Longer texts now and then, so that the workers finish out of order.
      lines.push(JSON.stringify({ id, text: i % 3 ? 'في بغداد' : 'في دمشق' + ' وزار الوفد مدينة أخرى'.repeat(i % 7 ? 1 : 200) }));
      want.push(i % 3 ? baghdad(id) : damascus(id));
    }
    const r = akhbar(['entities', '--jsonl', '--jobs', '2'], lines.join('\n') + '\n');
    expect(r.stderr).toBe(stderr);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, -1)).toEqual(want);
    expect(r.stdout.endsWith('\n')).toBe(true);
  });

  it('takes a .jsonl file as JSON Lines', () => {
    const f = file('docs.jsonl', '{"id":1,"text":"فشل التحالف الدولي. وفشل التحالف الدولي مجددا."}\n');
    const r = akhbar(['stance', f]);
    expect(r.code).toBe(0);
    const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect([line.id, line.result[0].target, line.result[0].label]).toEqual([1, 'global-coalition-against-isis', 'against']);
  });

  it('reads an empty file as an empty document, and an empty JSON Lines file as no documents', () => {
    const empty = file('empty.txt', '');
    expect(akhbar(['entities', empty])).toEqual({ code: 0, stdout: `${JSON.stringify({ file: empty, result: [] }, null, 2)}\n`, stderr: '' });
    expect(akhbar(['tokenize', '--format', 'jsonl'], '')).toEqual({ code: 0, stdout: '{"file":"<stdin>","result":[]}\n', stderr: '' });
    expect(akhbar(['entities', file('empty.jsonl', '')])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(akhbar(['entities', '--jsonl', '--jobs', '2'], '')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reads a last line without a newline, CRLF line ends and a byte order mark, and reports a truncated last line', () => {
    const f = file('crlf.jsonl', '\uFEFF{"id":1,"text":"في بغداد"}\r\n{"id":2,"text":"في دمشق"}');
    expect(akhbar(['entities', f])).toEqual({ code: 0, stdout: `${baghdad(1)}\n${damascus(2)}\n`, stderr: '' });
    const truncated = '{"id":1,"text":"في بغداد"}\n{"id":2,"text":"في دم';
    const expected = { code: 1, stdout: `${baghdad(1)}\n{"file":"<stdin>","line":2,"error":"not a JSON value"}\n`, stderr: 'akhbar: <stdin>:2: not a JSON value\n' };
    expect(akhbar(['entities', '--jsonl'], truncated)).toEqual(expected);
    expect(akhbar(['entities', '--jsonl', '-j', '2'], truncated)).toEqual(expected);
  });

  it('reads malformed UTF-8 as U+FFFD, one output line per input line', () => {
    const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
    // A stray byte inside a text, a stray byte outside any string, a cut two-byte letter at the end.
    const input = bytes('{"id":1,"text":"', [0xff], 'في بغداد"}\n', [0xfe], '{"id":2,"text":"x"}\n{"id":3,"text":"في دمشق ', [0xd8]);
    const r = akhbar(['tokenize', '--jsonl'], input);
    expect(r).toEqual({
      code: 1,
      stdout: [
        JSON.stringify({ id: 1, result: [{ text: '\uFFFD', start: 0, end: 1, kind: 'symbol' }, { text: 'في', start: 1, end: 3, kind: 'word' }, { text: 'بغداد', start: 4, end: 9, kind: 'word' }] }),
        '{"file":"<stdin>","line":2,"error":"not a JSON value"}',
        '{"file":"<stdin>","line":3,"error":"not a JSON value"}',
        '',
      ].join('\n'),
      stderr: 'akhbar: <stdin>:2: not a JSON value\nakhbar: <stdin>:3: not a JSON value\n',
    });
    const plain = file('bad-utf8.txt', bytes('في بغداد ', [0xd8]));
    expect(akhbar(['entities', '--format', 'jsonl', plain])).toEqual({ code: 0, stdout: `${JSON.stringify({ file: plain, result: [BAGHDAD] })}\n`, stderr: '' });
    expect(JSON.parse(akhbar(['tokenize', '--format', 'jsonl', plain]).stdout).result.at(-1)).toEqual({ text: '\uFFFD', start: 9, end: 10, kind: 'symbol' });
  });

  it('prints readable text with --format pretty, with no escape sequences off a terminal', () => {
    const f = file('pretty.txt', 'قال أوباما إن الإتحاد يدعم العراق. وزار أوباما بغداد');
    const jsonl = file('pretty.jsonl', '{"id":"x","text":"في دمشق"}\n{bad\n');
    const expected = [
      `── ${f}`,
      '  أوباما → barack-obama (alias)',
      '  العراق → iraq (name)',
      '  أوباما → barack-obama (alias)',
      '  بغداد → baghdad (name)',
      `── ${f}`,
      '  repair hamzat-wasl: "إ" → "ا"',
      '  قال أوباما إن الاتحاد يدعم العراق. وزار أوباما بغداد',
      '── x:1',
      '  دمشق → damascus (name)',
      `── ${jsonl}:2`,
      '  error: not a JSON value',
      '',
    ].join('\n');
    const run = (env: Record<string, string>): Run => {
      const [a, b, c] = [akhbar(['entities', '--format', 'pretty', f], '', env), akhbar(['repair', '--format', 'pretty', f], '', env), akhbar(['entities', '--format', 'pretty', jsonl], '', env)];
      return { code: c.code! + a.code! + b.code!, stdout: a.stdout + b.stdout + c.stdout, stderr: a.stderr + b.stderr + c.stderr };
    };
    expect(run({})).toEqual({ code: 1, stdout: expected, stderr: `akhbar: ${jsonl}:2: not a JSON value\n` });
    expect(run({ NO_COLOR: '1' }).stdout).toBe(expected);
    expect(run({ FORCE_COLOR: '1' }).stdout).not.toMatch(/\x1b/);
  });

  it('answers each JSON line before the next one comes (a reader that waits for each answer), with --jobs 2', async () => {
    const child = spawn(process.execPath, [...NODE, 'entities', '--jsonl', '--jobs', '2'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const answers: string[] = [];
    let buffer = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (let nl = buffer.indexOf('\n'); nl !== -1; nl = buffer.indexOf('\n')) {
        answers.push(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        // The next question only once this one is answered.
        if (answers.length < 4) child.stdin.write(JSON.stringify({ id: answers.length, text: answers.length % 2 ? 'في دمشق' : 'في بغداد' }) + '\n');
        else child.stdin.end();
      }
    });
    child.stdin.write(JSON.stringify({ id: 0, text: 'في بغداد' }) + '\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, answers, stderr }).toEqual({ code: 0, answers: [baghdad(0), damascus(1), baghdad(2), damascus(3)], stderr: '' });
  });

  it.each([['in this thread', []], ['with --jobs 2', ['--jobs', '2']]] as const)(
    'stops on an interrupt (SIGINT) %s: every line read is answered, a message, exit code 130',
    async (_name, jobs) => {
      const child = spawn(process.execPath, [...NODE, 'entities', '--jsonl', ...jobs], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      let stdout = '';
      const three = new Promise<void>((resolve) =>
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
          if (stdout.split('\n').length > 3) resolve();
        }),
      );
      // Three lines, then standard input stays open: the command waits for more when it is interrupted.
      child.stdin.write([0, 1, 2].map((id) => JSON.stringify({ id, text: 'في بغداد' })).join('\n') + '\n');
      await three;
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ code, stdout, stderr }).toEqual({
        code: 130,
        stdout: [baghdad(0), baghdad(1), baghdad(2)].join('\n') + '\n',
        stderr: 'akhbar: interrupted; 3 documents processed, the rest not read\n',
      });
    },
  );

  it('streams a large JSON Lines input: every line read is answered before more is read (--jobs 2)', async () => {
    const child = spawn(process.execPath, [...NODE, 'entities', '--jsonl', '--jobs', '2'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let received = 0;
    let buffer = '';
    let bad = '';
    let waiting: { count: number; resolve: () => void } | undefined;
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const want = baghdad(received);
        if (line !== want && !bad) bad = `line ${received}: ${line}`;
        received++;
      }
      if (waiting && received >= waiting.count) waiting.resolve();
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const PHASE = 5000;
    const PHASES = 4;
    const arrivedBeforeMoreInput: number[] = [];
    for (let p = 0; p < PHASES; p++) {
      const chunk = Array.from({ length: PHASE }, (_, i) => JSON.stringify({ id: p * PHASE + i, text: 'في بغداد' }) + '\n').join('');
      if (p === PHASES - 1) {
        child.stdin.end(chunk);
        break;
      }
      child.stdin.write(chunk);
      // Standard input stays open: all the lines written so far must come out anyway.
      await new Promise<void>((resolve) => {
        waiting = { count: (p + 1) * PHASE, resolve };
        if (received >= waiting.count) resolve();
      });
      arrivedBeforeMoreInput.push(received);
    }
    const code = await closed;
    expect({ code, stderr, bad, received, buffer, arrivedBeforeMoreInput }).toEqual({ code: 0, stderr: '', bad: '', received: PHASE * PHASES, buffer: '', arrivedBeforeMoreInput: [5000, 10000, 15000] });
  });

  it('meets the contract of Hadoop Streaming and Spark\'s RDD.pipe: JSON Lines in, as many JSON Lines out, in order', () => {
    const records = Array.from({ length: 60 }, (_, i) => (i === 13 ? '{"id":13,"text":42}' : JSON.stringify({ id: `r${i}`, text: i % 2 ? 'في دمشق' : 'في بغداد' })));
    const input = records.join('\n') + '\n';
    for (const jobs of ['1', '2']) {
      const r = akhbar(['entities', '--jsonl', '--jobs', jobs], input);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('akhbar: <stdin>:14: no "text" string\n');
      expect(r.stdout.split('\n')).toEqual([...records.map((_, i) => (i === 13 ? '{"id":13,"file":"<stdin>","line":14,"error":"no \\"text\\" string"}' : i % 2 ? damascus(`r${i}`) : baghdad(`r${i}`))), '']);
    }
  });

  it.each([['1'], ['2']])('stops cleanly when its reader does (akhbar … | head -c 1), --jobs %s', async (jobs) => {
    const child = spawn(process.execPath, [...NODE, 'entities', '--jsonl', '--jobs', jobs], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: i, text: 'زار الوفد بغداد ودمشق' })).join('\n') + '\n';
    child.stdin.on('error', () => {});
    child.stdin.end(lines);
    expect(JSON.parse((await first).split('\n')[0]!).id).toBe(0);
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

/** A standard error that is a terminal, recording what is written to it. */
function terminal(): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        writes.push(chunk.toString());
        callback();
      },
    }),
    { isTTY: true },
  );
  return { stream, writes };
}

/** main() with the given standard input and error, a clock that moves 30 ms at each reading. */
async function runMain(args: string[], stdin: string, stderr: Writable): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      stdout += chunk.toString();
      callback();
    },
  });
  const input = new PassThrough();
  input.end(stdin);
  let t = 1000;
  const code = await main(args, { stdin: input, stdout: out, stderr, tty: false, version: 'test', now: () => (t += 30) });
  return { code, stdout };
}

describe('interrupts (main)', () => {
  it('finishes and writes the documents started, then resolves to 130 (JSON output too)', async () => {
    const input = new PassThrough();
    const interrupt = new AbortController();
    let stdout = '';
    let stderr = '';
    const sink = (f: (s: string) => void) => new Writable({ write(c: Buffer, _e, cb) { f(c.toString()); cb(); } });
    const done = main(['tokenize', '--jsonl', '--format', 'json'], { stdin: input, stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)), tty: false, version: 't', signal: interrupt.signal });
    input.write('{"id": "a", "text": "بغداد"}\n');
    await new Promise((r) => setTimeout(r, 50));
    interrupt.abort();
    expect(await done).toBe(130);
    expect(JSON.parse(stdout)).toEqual({ id: 'a', result: [{ text: 'بغداد', start: 0, end: 5, kind: 'word' }] });
    expect(stderr).toBe('akhbar: interrupted; 1 document processed, the rest not read\n');
  });
});

describe('progress bar', () => {
  it('draws a frame: a bar when the total is known, a count when not, the rate', () => {
    expect(BAR_WIDTH).toBe(20);
    expect(progressLine({ done: 0, total: 10, elapsedMs: 0 })).toBe('akhbar: [....................] 0/10 documents, 0.0/s');
    expect(progressLine({ done: 1, total: 3, elapsedMs: 30 })).toBe('akhbar: [######..............] 1/3 documents, 33/s');
    expect(progressLine({ done: 5, total: 10, elapsedMs: 2000 })).toBe('akhbar: [##########..........] 5/10 documents, 2.5/s');
    expect(progressLine({ done: 10, total: 10, elapsedMs: 4000 })).toBe('akhbar: [####################] 10/10 documents, 2.5/s');
    expect(progressLine({ done: 1234, elapsedMs: 2000 })).toBe('akhbar: 1234 documents, 617/s');
    expect(progressLine({ done: 1, elapsedMs: 2000 })).toBe('akhbar: 1 document, 0.5/s');
  });

  it('redraws in place at most every 100 ms, clears itself for a message, ends with a newline (JSON Lines: a count)', async () => {
    const { stream, writes } = terminal();
    const input = Array.from({ length: 12 }, (_, i) => (i === 5 ? 'oops' : JSON.stringify({ id: i, text: 'في بغداد' }))).join('\n') + '\n';
    const { code, stdout } = await runMain(['entities', '--jsonl'], input, stream);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toHaveLength(13);
    // The clock reads 1030 at the start, then 30 ms more at each document.
    expect(writes).toEqual([
      '\r\x1b[Kakhbar: 2 documents, 33/s',
      '\r\x1b[K',
      'akhbar: <stdin>:6: not a JSON value\n',
      '\r\x1b[Kakhbar: 6 documents, 33/s',
      '\r\x1b[Kakhbar: 10 documents, 33/s',
      '\r\x1b[Kakhbar: 12 documents, 31/s\n',
    ]);
  });

  it('draws a bar for files, from the first one', async () => {
    const { stream, writes } = terminal();
    const files = ['a', 'b', 'c'].map((n) => file(`progress-${n}.txt`, 'في بغداد'));
    const { code } = await runMain(['entities', ...files], '', stream);
    expect(code).toBe(0);
    expect(writes).toEqual(['\r\x1b[Kakhbar: [######..............] 1/3 documents, 33/s', '\r\x1b[Kakhbar: [####################] 3/3 documents, 25/s\n']);
  });

  it('is not drawn for one document, with --quiet, or when standard error is not a terminal', async () => {
    const one = terminal();
    await runMain(['entities', '--jsonl'], '{"id":1,"text":"في بغداد"}\n', one.stream);
    await runMain(['entities'], 'في بغداد', one.stream);
    expect(one.writes).toEqual([]);
    const quiet = terminal();
    const input = '{"id":1,"text":"في بغداد"}\n{"id":2,"text":"في بغداد"}\n';
    await runMain(['entities', '--jsonl', '-q'], input, quiet.stream);
    expect(quiet.writes).toEqual([]);
    const pipe = terminal();
    (pipe.stream as unknown as { isTTY: boolean }).isTTY = false;
    await runMain(['entities', '--jsonl'], input, pipe.stream);
    expect(pipe.writes).toEqual([]);
  });
});
