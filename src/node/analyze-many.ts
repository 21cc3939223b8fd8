/**
 * analyzeMany(): analyze() over many texts in worker threads, results in input order. Node only.
 */
import { availableParallelism } from 'node:os';
import { describe } from '../_lib/args.js';
import { analyze, type AnalyzeOptions, type AnalyzedText } from '../analyze/analyze.js';
import { packAnalyzed, unpackAnalyzed, type PackedAnalyzedText } from './packed.js';
import { startPool } from './pool.js';

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

  const pool = concurrency > 1 ? startPool<PackedAnalyzedText>(concurrency, { fallback: (task) => packAnalyzed(analyze(task.text, task.options)) }) : undefined;
  if (!pool) {
    for await (const text of texts) yield analyze(checkText(text), analyzeOptions);
    return;
  }
  try {
    const inFlight: Promise<PackedAnalyzedText>[] = [];
    const next = async (): Promise<AnalyzedText> => {
      try {
        return unpackAnalyzed(await inFlight.shift()!);
      } catch (e) {
        throw new Error(`analyzeMany: ${(e as Error).message}`);
      }
    };
    for await (const text of texts) {
      const task = pool.run({ text: checkText(text), options: analyzeOptions });
      // Settled later, in order; until then a failure is not an unhandled rejection.
      task.catch(() => {});
      inFlight.push(task);
      if (inFlight.length >= concurrency * 2) yield await next();
    }
    while (inFlight.length) yield await next();
  } finally {
    await pool.close();
  }
}

function checkText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`analyzeMany: every text must be a string, got ${describe(text)}`);
  return text;
}
