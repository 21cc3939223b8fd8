/**
 * The akhbar command line, spawned from its source (through tsx) as a user runs it: exact standard
 * output, standard error and exit codes for each mode and error case, JSON Lines in and out with
 * order kept and one line per input line (the contract that lets it run under Hadoop Streaming or
 * Spark's RDD.pipe), and a reader that stops early.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../src/cli/main.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'src', 'cli', 'bin.ts');
const version = (JSON.parse(spawnSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: ROOT, encoding: 'utf8' }).stdout) as { version: string }).version;

function akhbar(args: string[], input = ''): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'akhbar-cli-'));

describe('akhbar (command line)', { timeout: 120_000 }, () => {
  it('prints its help and version', () => {
    expect(akhbar(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(akhbar(['-v'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('refuses wrong usage with exit code 2', () => {
    expect(akhbar(['frob'])).toEqual({ code: 2, stdout: '', stderr: `akhbar: unknown command "frob"\n${USAGE}` });
    expect(akhbar([])).toEqual({ code: 2, stdout: '', stderr: `akhbar: no command given\n${USAGE}` });
    expect(akhbar(['tokenize', '--format', 'xml'])).toEqual({ code: 2, stdout: '', stderr: 'akhbar: --format must be one of pretty, json, jsonl, got "xml"\n' });
    expect(akhbar(['tokenize', '--colour']).code).toBe(2);
  });

  it('reads standard input as one document', () => {
    const r = akhbar(['tokenize'], 'زار الوفد بغداد');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      file: '<stdin>',
      result: [
        { text: 'زار', start: 0, end: 3, kind: 'word' },
        { text: 'الوفد', start: 4, end: 9, kind: 'word' },
        { text: 'بغداد', start: 10, end: 15, kind: 'word' },
      ],
    });
    const repaired = akhbar(['repair', '--format', 'jsonl'], 'أكد الإتحاد دعمه');
    expect(JSON.parse(repaired.stdout).result.text).toBe('أكد الاتحاد دعمه');
  });

  it('reads files, and reports an unreadable one in its place without stopping', () => {
    const a = join(dir, 'a.txt');
    writeFileSync(a, 'وصل الوفد إلى دمشق');
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    const r = akhbar(['entities', '--format', 'jsonl', a, join(dir, 'missing.txt'), folder]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { file: a, result: [{ entityId: 'damascus', type: 'location', start: 14, end: 18, surface: 'دمشق', kind: 'name' }] },
      { file: join(dir, 'missing.txt'), error: 'no such file' },
      { file: folder, error: 'is a directory' },
    ]);
    expect(r.stderr).toBe(`akhbar: ${join(dir, 'missing.txt')}: no such file\nakhbar: ${folder}: is a directory\n`);
  });

  it('gives one JSON line per input line, in order, with its id, and error lines for bad ones', () => {
    const input = ['{"id":"a","text":"في بغداد"}', 'not json', '', '{"id":"c"}', '{"id":7,"text":"في دمشق"}'].join('\n') + '\n';
    const r = akhbar(['entities', '--jsonl'], input);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 'a', result: [{ entityId: 'baghdad', type: 'location', start: 3, end: 8, surface: 'بغداد', kind: 'name' }] },
      { file: '<stdin>', line: 2, error: 'not a JSON value' },
      { file: '<stdin>', line: 3, error: 'an empty line' },
      { id: 'c', file: '<stdin>', line: 4, error: 'no "text" string' },
      { id: 7, result: [{ entityId: 'damascus', type: 'location', start: 3, end: 7, surface: 'دمشق', kind: 'name' }] },
    ]);
    expect(r.stderr).toBe('akhbar: <stdin>:2: not a JSON value\nakhbar: <stdin>:3: an empty line\nakhbar: <stdin>:4: no "text" string\n');
  });

  it('takes a .jsonl file as JSON Lines', () => {
    const f = join(dir, 'docs.jsonl');
    writeFileSync(f, '{"id":1,"text":"فشل التحالف الدولي. وفشل التحالف الدولي مجددا."}\n');
    const r = akhbar(['stance', f]);
    expect(r.code).toBe(0);
    const [line] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect([line.id, line.result[0].target, line.result[0].label]).toEqual([1, 'global-coalition-against-isis', 'against']);
  });

  it('stops cleanly when its reader does (akhbar … | head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'entities', '--jsonl'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: i, text: 'زار الوفد بغداد ودمشق' })).join('\n') + '\n';
    child.stdin.on('error', () => {});
    child.stdin.end(lines);
    expect(JSON.parse((await first).split('\n')[0]!).id).toBe(0);
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
