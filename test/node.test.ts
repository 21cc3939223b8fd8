/**
 * analyzeMany (akhbar/node): in worker threads, results in the order of the texts and equal to
 * analyze()'s, from an array and from an async iterable; run in a child process through tsx, as a
 * user's program would; and its argument checks.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeMany } from '../src/node/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const SCRIPT = `
import { analyzeMany } from './src/node/index.ts';
import { analyze } from './src/index.ts';
import { threadId } from 'node:worker_threads';
const texts = Array.from({ length: 24 }, (_, i) => (i % 3 ? 'زار الوفد بغداد' : 'وصل وفد أميركي إلى دمشق') + ' ' + i);
async function* slowly() { for (const t of texts) { await new Promise((r) => setTimeout(r, 1)); yield t; } }
const fromArray = [], fromAsync = [];
for await (const a of analyzeMany(texts, { concurrency: 3, analyze: { stance: false } })) fromArray.push(a);
for await (const a of analyzeMany(slowly(), { concurrency: 2 })) fromAsync.push(a);
const same = (list, options) => list.length === texts.length && list.every((a, i) => JSON.stringify(a) === JSON.stringify(analyze(texts[i], options)));
console.log(JSON.stringify({ array: same(fromArray, { stance: false }), async: same(fromAsync, undefined), main: threadId }));
`;

describe('analyzeMany', () => {
  it('analyses in worker threads and keeps the order', { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim())).toEqual({ array: true, async: true, main: 0 });
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
