/**
 * A pool of worker threads (./worker.ts) for analyzeMany and the command line's --jobs. Node
 * only.
 *
 * The worker is found next to this module's actual file, wherever the bundler put it: in
 * dist/node/ (the akhbar/node entry), or in a chunk at the root of dist/ shared by that entry and
 * the command line (dist/chunk-*.js, whose worker is dist/node/worker.js), or, from the sources
 * (src/node/pool.ts, run through tsx), the .ts file behind a small module that registers tsx's
 * loader. Where no worker can be found or started, the tasks run in this thread.
 *
 * @internal
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../analyze/analyze.js';
import type { Command } from '../cli/commands.js';

/** A task for a worker: analyze() with options, or a command of the command line. */
export interface Task {
  readonly text: string;
  readonly options?: Omit<AnalyzeOptions, 'gazetteer'>;
  readonly command?: Command;
}

export interface Pool<R> {
  /** Runs a task in the least busy worker. Rejects when the task throws there. */
  run(task: Task): Promise<R>;
  /** Stops the workers; tasks still running are dropped (their promises never settle). */
  close(): Promise<void>;
}

export interface PoolOptions<R> {
  /** Runs a task in this thread: for the tasks of a worker that stops or cannot start. */
  readonly fallback: (task: Task) => R;
  /** Called once, when a worker first stops or fails to start (not when the pool is closed). */
  readonly onFailure?: (error: Error) => void;
  /** The worker's script (default: {@link workerScript}); for tests. */
  readonly script?: URL;
}

/** Where the worker's compiled file may be, relative to the file of this module. */
const CANDIDATES = ['./worker.js', './node/worker.js', '../node/worker.js'];

/**
 * The worker's script for the module at `base` (default: this module), or undefined when there is
 * none: in a CommonJS build (no import.meta.url) or when the file is missing.
 */
export function workerScript(base: string | undefined = import.meta.url, exists: (url: URL) => boolean = existsSync): URL | undefined {
  if (typeof base !== 'string' || !base.startsWith('file:')) return undefined;
  if (base.endsWith('.ts')) {
    const source = new URL('./worker.ts', base);
    return exists(source) ? bootstrap(source) : undefined;
  }
  for (const rel of CANDIDATES) {
    const url = new URL(rel, base);
    // Only a worker.js in a node/ folder: never an unrelated dist/worker.js.
    if (url.pathname.endsWith('/node/worker.js') && exists(url)) return url;
  }
  return undefined;
}

/** A data: URL module that registers tsx's loader, then imports the worker from its source. */
function bootstrap(worker: URL): URL {
  // tsx's ESM API (its package's exports map: ./esm/api → dist/esm/api/index.mjs for import).
  const api = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  const code = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(worker.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

interface Pending<R> {
  readonly task: Task;
  readonly resolve: (r: R) => void;
  readonly reject: (e: Error) => void;
}

/** `n` workers, or undefined when they cannot start (then the caller works in this thread). */
export function startPool<R>(n: number, options: PoolOptions<R>): Pool<R> | undefined {
  const workers: Worker[] = [];
  try {
    const script = options.script ?? workerScript();
    if (!script) return undefined;
    for (let i = 0; i < n; i++) workers.push(new Worker(script));
  } catch {
    for (const w of workers) void w.terminate();
    return undefined;
  }
  let nextId = 0;
  let closing = false;
  let failed = false;
  const live = new Set(workers);
  const tasks = new Map<Worker, Map<number, Pending<R>>>(workers.map((w) => [w, new Map()]));
  const runHere = (p: Pending<R>): void => {
    try {
      p.resolve(options.fallback(p.task));
    } catch (e) {
      // As a worker reports it.
      p.reject(new Error(e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
    }
  };
  for (const w of workers) {
    let error: Error | undefined;
    w.on('message', (m: { id: number; result?: R; error?: string }) => {
      const p = tasks.get(w)!.get(m.id);
      if (!p) return;
      tasks.get(w)!.delete(m.id);
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.result!);
    });
    // A worker that fails (its module does not load, it runs out of memory…) stops: its tasks,
    // and the next ones when no worker is left, run in this thread.
    w.on('error', (e) => {
      error = e;
    });
    w.on('exit', (code) => {
      live.delete(w);
      const mine = [...tasks.get(w)!.values()];
      tasks.get(w)!.clear();
      if (closing) return;
      if (!failed) {
        failed = true;
        options.onFailure?.(error ?? new Error(`worker thread stopped with exit code ${code}`));
      }
      for (const p of mine) runHere(p);
    });
  }
  return {
    run(task) {
      return new Promise<R>((resolve, reject) => {
        const p: Pending<R> = { task, resolve, reject };
        // The least busy worker.
        let best: Worker | undefined;
        for (const w of live) if (!best || tasks.get(w)!.size < tasks.get(best)!.size) best = w;
        if (!best) return runHere(p);
        const id = nextId++;
        tasks.get(best)!.set(id, p);
        best.postMessage({ id, text: task.text, options: task.options, command: task.command });
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
