/**
 * analyzeMany(): analyze() over many texts in worker threads, results in input order. Node only.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe } from '../_lib/args.js';
import { analyze, type AnalyzeOptions, type AnalyzedText } from '../analyze/analyze.js';

/**
 * Options of {@link analyzeMany}.
 *
 * @example
 * ```ts
 * import type { AnalyzeManyOptions } from 'akhbar/node';
 * const options: AnalyzeManyOptions = { concurrency: 4, analyze: { stance: false } };
 * ```
 * @category Analyze
 */
export interface AnalyzeManyOptions {
  /** Worker threads; 1 analyses in this thread. Default: the cores available, less one (at least 1). */
  readonly concurrency?: number;
  /** Options of each {@link analyze} call (no `gazetteer`: workers use the built-in one). */
  readonly analyze?: Omit<AnalyzeOptions, 'gazetteer'>;
}

/** Most worker threads analyzeMany starts. */
const MAX_CONCURRENCY = 64;

/**
 * Analyses many texts (an iterable or an async iterable, read as it goes) with {@link analyze},
 * in worker threads, and yields the results in the order of the texts. Where workers cannot start
 * it analyses in this thread. At most twice as many texts as workers are in flight, so memory does
 * not grow with the input.
 *
 * @param texts - the texts
 * @param options - see {@link AnalyzeManyOptions}
 * @throws TypeError when a text is not a string or an option has the wrong type; RangeError for
 * a concurrency out of 1–64
 *
 * @example
 * ```ts
 * import { analyzeMany } from 'akhbar/node';
 * for await (const a of analyzeMany(['زار الوفد بغداد', 'وصل الوفد إلى دمشق'], { concurrency: 2, analyze: { stance: false } })) {
 *   console.log(a.entities!.map((m) => m.entityId));
 * }
 * ```
 * @category Analyze
 */
export async function* analyzeMany(texts: Iterable<string> | AsyncIterable<string>, options?: AnalyzeManyOptions): AsyncGenerator<AnalyzedText> {
  if (texts === null || typeof texts !== 'object' || (typeof (texts as Iterable<string>)[Symbol.iterator] !== 'function' && typeof (texts as AsyncIterable<string>)[Symbol.asyncIterator] !== 'function')) {
    throw new TypeError(`analyzeMany: argument "texts" must be an iterable or async iterable of strings, got ${describe(texts)}`);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new TypeError(`analyzeMany: argument "options" must be an object, got ${describe(options)}`);
  for (const key of Object.keys(options ?? {})) if (key !== 'concurrency' && key !== 'analyze') throw new RangeError(`analyzeMany: unknown option "${key}"; valid options are "concurrency", "analyze"`);
  const concurrency = options?.concurrency ?? Math.max(1, availableParallelism() - 1);
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency)) throw new TypeError(`analyzeMany: option "concurrency" must be an integer, got ${describe(concurrency)}`);
  if (concurrency < 1 || concurrency > MAX_CONCURRENCY) throw new RangeError(`analyzeMany: option "concurrency" must be from 1 to ${MAX_CONCURRENCY}, got ${concurrency}`);
  const analyzeOptions = options?.analyze;
  if (analyzeOptions !== undefined && 'gazetteer' in analyzeOptions) throw new TypeError('analyzeMany: option "analyze" may not hold a gazetteer (workers use the built-in one)');
  // Checked here, so that a bad option fails at once and not in every worker.
  analyze('', analyzeOptions);

  const pool = concurrency > 1 ? startWorkers(concurrency) : undefined;
  if (!pool) {
    for await (const text of texts) yield analyze(checkText(text), analyzeOptions);
    return;
  }
  try {
    const inFlight: Promise<AnalyzedText>[] = [];
    for await (const text of texts) {
      inFlight.push(pool.run(checkText(text), analyzeOptions));
      if (inFlight.length >= concurrency * 2) yield await inFlight.shift()!;
    }
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    await pool.close();
  }
}

function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`analyzeMany: every text must be a string, got ${describe(text)}`);
  return text;
}

interface Pool {
  run(text: string, options: Omit<AnalyzeOptions, 'gazetteer'> | undefined): Promise<AnalyzedText>;
  close(): Promise<void>;
}

/** `n` workers, or undefined when they cannot start (then analyzeMany works in this thread). */
function startWorkers(n: number): Pool | undefined {
  // From the sources (run through tsx, as the tests do), the worker is a .ts file: a small module
  // registers tsx's loader in the worker first.
  const workers: Worker[] = [];
  try {
    // In a CommonJS build there is no import.meta.url: the URL throws, and the texts are analysed here.
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
    const script = fromSource ? bootstrap(url) : url;
    for (let i = 0; i < n; i++) workers.push(new Worker(script));
  } catch {
    for (const w of workers) void w.terminate();
    return undefined;
  }
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: AnalyzedText) => void; reject: (e: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  for (const w of workers) {
    w.on('message', (m: { id: number; result?: AnalyzedText; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      load.set(w, load.get(w)! - 1);
      if (m.error !== undefined) p.reject(new Error(`analyzeMany: ${m.error}`));
      else p.resolve(m.result!);
    });
    w.on('error', (e) => {
      for (const [id, p] of pending) {
        if (p.worker !== w) continue;
        pending.delete(id);
        p.reject(e);
      }
    });
  }
  return {
    run(text, options) {
      // The least busy worker.
      let best = workers[0]!;
      for (const w of workers) if (load.get(w)! < load.get(best)!) best = w;
      load.set(best, load.get(best)! + 1);
      const id = nextId++;
      return new Promise<AnalyzedText>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: best });
        best.postMessage({ id, text, options });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** A data: URL module that registers tsx's loader, then imports the worker from its source. */
function bootstrap(worker: URL): URL {
  // tsx's ESM API (its package's exports map: ./esm/api → dist/esm/api/index.mjs for import).
  const api = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  const code = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(worker.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
