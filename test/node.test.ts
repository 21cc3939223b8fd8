/**
 * analyzeMany (akhbar/node): in worker threads, results in the order of the texts and equal to
 * analyze()'s, from an array and from an async iterable; run in a child process through tsx, as a
 * user's program would; and its argument checks. And the pool of worker threads behind it and the
 * command line's --jobs: where it finds its worker (in dist/node/, from a shared chunk, from the
 * sources), the commands of the command line in its workers, and its fallback to this thread.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/commands.js';
import { analyzeMany } from '../src/node/index.js';
import { startPool, workerScript, type Task } from '../src/node/pool.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const SCRIPT = `
import { analyzeMany } from './src/node/index.ts';
import { analyze } from './src/index.ts';
import { threadId } from 'node:worker_threads';
const texts = Array.from({ length: 24 }, (_, i) => (i % 3 ? 'زار الوفد بغداد' : 'وصل وفد من الولاياتالمتحدة إلى دمشق حتي الآن') + ' ' + i);
async function* slowly() { for (const t of texts) { await new Promise((r) => setTimeout(r, 1)); yield t; } }
const fromArray = [], fromAsync = [];
for await (const a of analyzeMany(texts, { concurrency: 3, analyze: { stance: false } })) fromArray.push(a);
for await (const a of analyzeMany(slowly(), { concurrency: 2 })) fromAsync.push(a);
const same = (list, options) => list.length === texts.length && list.every((a, i) => JSON.stringify(a) === JSON.stringify(analyze(texts[i], options)));
// The compact lists come back as lists (their typed arrays travelled), with their edits and tokens.
const lists = fromArray.every((a, i) => a.repaired.edits.at(-1)?.kind === (i % 3 ? undefined : 'alef-maqsura') && a.tokens.textOf(0) === texts[i].split(' ')[0]);
console.log(JSON.stringify({ array: same(fromArray, { stance: false }), async: same(fromAsync, undefined), lists, main: threadId }));
`;

describe('analyzeMany', () => {
  it('analyses in worker threads and keeps the order', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim())).toEqual({ array: true, async: true, lists: true, main: 0 });
  });

  it('analyses in this thread with a concurrency of 1', async () => {
    const out: string[] = [];
    for await (const a of analyzeMany(['في بغداد', 'في دمشق'], { concurrency: 1, analyze: { stance: false } })) out.push(a.entities![0]!.entityId);
    expect(out).toEqual(['baghdad', 'damascus']);
  });

  it('checks its arguments', async () => {
    const first = (texts: unknown, options?: unknown) => analyzeMany(texts as never, options as never).next();
    await expect(first(42)).rejects.toThrow(new TypeError('analyzeMany: argument "texts" must be an iterable or async iterable of strings, got number 42'));
    await expect(first([], { concurrency: 0 })).rejects.toThrow(RangeError);
    await expect(first([], { concurrency: 1.5 })).rejects.toThrow(/must be an integer/);
    await expect(first([], { threads: 2 })).rejects.toThrow(/unknown option "threads"/);
    await expect(first([7], { concurrency: 1 })).rejects.toThrow(/every text must be a string/);
    await expect(first([], { analyze: { stance: 'x' } })).rejects.toThrow(/option "stance" must be a boolean/);
  });
});

describe('the pool of worker threads', () => {
  it('finds its worker next to the file it was bundled into', () => {
    const files = new Set(['/pkg/dist/node/worker.js', '/pkg/dist/worker.js', '/pkg/src/node/worker.ts']);
    const exists = (url: URL): boolean => files.has(url.pathname);
    // The akhbar/node entry, and a chunk at the root of dist/ shared with the command line.
    expect(workerScript('file:///pkg/dist/node/index.js', exists)?.href).toBe('file:///pkg/dist/node/worker.js');
    expect(workerScript('file:///pkg/dist/chunk-ABC123.js', exists)?.href).toBe('file:///pkg/dist/node/worker.js');
    // From the sources: a data: URL module that registers tsx, then imports the .ts worker.
    const source = workerScript('file:///pkg/src/node/pool.ts', exists)!;
    expect(source.protocol).toBe('data:');
    expect(decodeURIComponent(source.href)).toContain('await import("file:///pkg/src/node/worker.ts")');
    // None: no worker file, no import.meta.url (a CommonJS build), not a file.
    expect(workerScript('file:///elsewhere/chunk-ABC123.js', exists)).toBeUndefined();
    expect(workerScript(undefined, exists)).toBeUndefined();
    expect(workerScript('https://example.com/pool.js', exists)).toBeUndefined();
  });

  it('runs the commands of the command line in its workers, as JSON text', { timeout: 120_000 }, async () => {
    const pool = startPool<string>(2, { fallback: () => 'in this thread' })!;
    expect(pool).toBeDefined();
    try {
      const tasks: Task[] = [
        { command: 'entities', text: 'في بغداد' },
        { command: 'tokenize', text: 'زار الوفد' },
        { command: 'repair', text: 'أكد الإتحاد دعمه' },
        { command: 'stance', text: 'فشل التحالف الدولي. وفشل التحالف الدولي مجددا.' },
        { command: 'analyze', text: 'وصل الوفد إلى دمشق.' },
      ];
      const results = await Promise.all(tasks.map((t) => pool.run(t)));
      expect(results).toEqual(tasks.map((t) => JSON.stringify(run(t.command!, t.text))));
      await expect(pool.run({ command: 'frob' as never, text: '' })).rejects.toThrow('RangeError: unknown command "frob"');
    } finally {
      await pool.close();
    }
  });

  it('runs the tasks in this thread when its workers fail to start, and says so once', async () => {
    const failures: string[] = [];
    const script = new URL(`data:text/javascript,${encodeURIComponent('throw new Error("cannot start")')}`);
    const pool = startPool<string>(2, { script, fallback: (t) => `here: ${t.text}`, onFailure: (e) => failures.push(e.message) })!;
    try {
      const results = await Promise.all(['a', 'b', 'c'].map((text) => pool.run({ text, command: 'tokenize' })));
      expect(results).toEqual(['here: a', 'here: b', 'here: c']);
      // Once every worker has stopped, new tasks run here at once.
      expect(await pool.run({ text: 'd' })).toBe('here: d');
      expect(failures).toEqual(['cannot start']);
    } finally {
      await pool.close();
    }
  });
});
