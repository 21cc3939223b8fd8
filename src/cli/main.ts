/**
 * The akhbar command line: `akhbar analyze|repair|tokenize|entities|stance [files…]`. Node only
 * (not part of the browser-facing core). `main` takes its streams as arguments, for tests.
 *
 * The documents are read lazily, one file or one JSON line at a time, and at most twice as many as
 * there are workers are in flight (with `--jobs 1`, one): memory does not grow with the input.
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parseArgs } from 'node:util';
import { startPool, type Pool } from '../node/pool.js';
import { isCommand, run, type Command } from './commands.js';
import { formatPretty } from './pretty.js';
import { Progress } from './progress.js';

export { COMMANDS, run, type Command } from './commands.js';
export const FORMATS = ['pretty', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];
/** Most worker threads of --jobs. */
export const MAX_JOBS = 64;

export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  /** Standard error; the progress bar is drawn when it is a terminal (`isTTY`). */
  readonly stderr: Writable;
  /** Standard output is a terminal (pretty output by default). */
  readonly tty: boolean;
  readonly version: string;
  /** The clock of the progress bar, in milliseconds. Default: Date.now. */
  readonly now?: () => number;
  /**
   * Aborted on an interrupt (SIGINT): no more documents are read, the ones started are finished
   * and written, and main() resolves to 130.
   */
  readonly signal?: AbortSignal;
}

/** Exit code after an interrupt (128 + SIGINT's number, as shells report it). */
export const INTERRUPTED = 130;

export const USAGE = `Usage: akhbar <command> [options] [files…]

Commands:
  analyze    repair, tokens, sentences, paragraphs, entities and stance
  repair     the repaired text and its edits
  tokenize   the tokens
  entities   the mentions of people, places and organizations
  stance     the stance toward the entities named at least twice

Files are read as one document each; with none, or "-", standard input is read.

Options:
  --jsonl              input is JSON Lines, one {"id", "text"} per line (the default for .jsonl files)
  --format <f>         pretty (the default on a terminal), json (the default otherwise) or jsonl
                       (the default for JSON Lines input): one result per input line with its id
  -j, --jobs <n>       process the documents in n worker threads, 1 to ${MAX_JOBS} (default 1: in this
                       thread); the output keeps the order of the input
  -q, --quiet          no progress bar on standard error (drawn only when it is a terminal)
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 all went well, 1 some input failed (an error record stands in its place), 2 wrong usage,
130 interrupted (what was started is finished and written).
`;

interface Doc {
  readonly id?: unknown;
  readonly file: string;
  readonly line?: number;
  readonly text?: string;
  readonly error?: string;
}

/** A document done: its result (as a value, or as JSON text from a worker), or an error. */
interface Done {
  readonly doc: Doc;
  readonly result?: unknown;
  readonly json?: string;
  readonly error?: string;
}

/** The command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        jsonl: { type: 'boolean' },
        format: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.stderr.write(`akhbar: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${io.version}\n`);
    return 0;
  }
  const [name, ...files] = positionals;
  if (!isCommand(name)) {
    io.stderr.write(`akhbar: ${name ? `unknown command "${name}"` : 'no command given'}\n${USAGE}`);
    return 2;
  }
  const command: Command = name;
  if (values.format !== undefined && !(FORMATS as readonly string[]).includes(values.format)) {
    io.stderr.write(`akhbar: --format must be one of ${FORMATS.join(', ')}, got "${values.format}"\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? 1 : /^\d+$/.test(values.jobs) ? Number(values.jobs) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) {
    io.stderr.write(`akhbar: --jobs must be an integer from 1 to ${MAX_JOBS}, got "${values.jobs}"\n`);
    return 2;
  }
  const inputs = files.length ? files : ['-'];
  const jsonlInput = (file: string): boolean => values.jsonl === true || file.endsWith('.jsonl');
  const streamed = inputs.some(jsonlInput);
  const format: Format = (values.format as Format | undefined) ?? (io.tty ? 'pretty' : streamed ? 'jsonl' : 'json');

  const out = new Output(io.stdout);
  const progress = !values.quiet && (io.stderr as { isTTY?: boolean }).isTTY === true ? new Progress(io.stderr, streamed ? undefined : inputs.length, io.now) : undefined;
  const warn = (message: string): void => {
    if (progress) progress.note(message);
    else io.stderr.write(message);
  };
  let failed = false;
  const results: unknown[] = [];

  let written = 0;
  const emit = async (done: Done): Promise<boolean> => {
    written++;
    const text = render(done);
    progress?.tick();
    return text === undefined || out.write(text);
  };
  /** The output of a document done (undefined for --format json, whose output comes at the end). */
  const render = ({ doc, result, json, error }: Done): string | undefined => {
    const id = doc.id !== undefined ? { id: doc.id } : {};
    let record: Record<string, unknown>;
    if (error !== undefined) {
      failed = true;
      warn(`akhbar: ${doc.file}${doc.line !== undefined ? `:${doc.line}` : ''}: ${error}\n`);
      record = { ...id, file: doc.file, ...(doc.line !== undefined ? { line: doc.line } : {}), error };
    } else {
      const head = { ...id, ...(doc.line === undefined ? { file: doc.file } : {}) };
      if (json !== undefined && format === 'jsonl') {
        // A worker's result is JSON text already: spliced in as it is.
        const h = JSON.stringify(head);
        return `${h === '{}' ? '{' : `${h.slice(0, -1)},`}"result":${json}}\n`;
      }
      record = { ...head, result: json !== undefined ? JSON.parse(json) : result };
    }
    if (format === 'jsonl') return JSON.stringify(record) + '\n';
    if (format === 'pretty') return formatPretty(command, doc, record) + '\n';
    results.push(record);
    return undefined;
  };

  // The worker threads, started with the first document (none for a single document).
  let pool: Pool<string> | undefined;
  let started = false;
  const single = inputs.length === 1 && !streamed;
  const workers = (): Pool<string> | undefined => {
    if (started) return pool;
    started = true;
    if (jobs === 1 || single) return undefined;
    pool = startPool<string>(jobs, {
      fallback: (task) => JSON.stringify(run(command, task.text)),
      onFailure: (e) => warn(`akhbar: a worker thread failed (${e.message}); its documents are processed in this thread\n`),
    });
    if (!pool) warn('akhbar: worker threads are not available here; processing in this thread\n');
    return pool;
  };
  const start = (doc: Doc): Done | Promise<Done> => {
    if (doc.error !== undefined) return { doc, error: doc.error };
    const p = workers();
    if (p) return p.run({ command, text: doc.text! }).then((json) => ({ doc, json }), (e: Error) => ({ doc, error: e.message }));
    try {
      return { doc, result: run(command, doc.text!) };
    } catch (e) {
      return { doc, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  };

  // The reader (this function) starts the documents, the writer writes them in order as soon as
  // each is done; the reader waits while `limit` documents are in flight.
  const inFlight: Promise<Done>[] = [];
  let stopped = false;
  let reading = true;
  let wakeWriter: (() => void) | undefined;
  let wakeReader: (() => void) | undefined;
  const writer = (async (): Promise<void> => {
    try {
      while (!stopped) {
        const head = inFlight[0];
        if (!head) {
          if (!reading) return;
          await new Promise<void>((resolve) => (wakeWriter = resolve));
          continue;
        }
        const done = await head;
        inFlight.shift();
        wakeReader?.();
        if (!(await emit(done))) stopped = true;
      }
    } catch (e) {
      stopped = true;
      throw e;
    } finally {
      wakeReader?.();
    }
  })();
  // Its failure is thrown below, once the reader has stopped.
  writer.catch(() => {});
  // An interrupt stops the reading, even while it waits for input; what was started is finished.
  let interrupted = false;
  let onAbort: (() => void) | undefined;
  const interrupt = new Promise<'interrupted'>((resolve) => {
    onAbort = () => resolve('interrupted');
    if (io.signal?.aborted) onAbort();
    else io.signal?.addEventListener('abort', onAbort, { once: true });
  });
  const docs = documents(inputs, jsonlInput, io.stdin);
  try {
    for (;;) {
      const next = await Promise.race([docs.next(), interrupt]);
      if (next === 'interrupted') {
        interrupted = true;
        // Not awaited: a read that waits for input would keep it waiting.
        docs.return(undefined).catch(() => {});
        break;
      }
      if (next.done) break;
      const doc = next.value;
      if (stopped) break;
      inFlight.push(Promise.resolve(start(doc)));
      wakeWriter?.();
      const limit = pool ? jobs * 2 : 1;
      while (inFlight.length >= limit && !stopped) await new Promise<void>((resolve) => (wakeReader = resolve));
      if (stopped) break;
    }
  } finally {
    io.signal?.removeEventListener('abort', onAbort!);
    reading = false;
    wakeWriter?.();
    await writer.finally(() => pool?.close());
  }
  if (format === 'json') await out.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  progress?.end();
  if (out.error) {
    io.stderr.write(`akhbar: standard output: ${out.error.message}\n`);
    return 1;
  }
  if (interrupted) {
    io.stderr.write(`akhbar: interrupted; ${written} document${written === 1 ? '' : 's'} processed, the rest not read\n`);
    return INTERRUPTED;
  }
  return failed ? 1 : 0;
}

/**
 * Standard output, written with its backpressure respected; closed once its reader has gone
 * (`akhbar … | head`: EPIPE, not an error) or it failed (`error`).
 */
class Output {
  closed = false;
  error: Error | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.closed = true;
      if (e.code !== 'EPIPE' && !this.error) this.error = e;
    });
    stream.on('close', () => {
      this.closed = true;
    });
  }

  /** Writes `s`; resolves to false once the stream is closed. */
  async write(s: string): Promise<boolean> {
    if (this.closed) return false;
    if (!this.stream.write(s) && !this.closed) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done).off('close', done).off('error', done);
          resolve();
        };
        this.stream.on('drain', done).on('close', done).on('error', done);
      });
    }
    return !this.closed;
  }
}

/** The documents of the inputs, read as they are needed. */
async function* documents(inputs: readonly string[], jsonlInput: (file: string) => boolean, stdin: Readable): AsyncGenerator<Doc> {
  for (const file of inputs) {
    const name = file === '-' ? '<stdin>' : file;
    if (!jsonlInput(file)) {
      try {
        yield { file: name, text: file === '-' ? await readAll(stdin) : await readFile(file, 'utf8') };
      } catch (e) {
        yield { file: name, error: describeError(e) };
      }
      continue;
    }
    let stream: Readable;
    try {
      if (file !== '-' && statSync(file).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      stream = file === '-' ? stdin : createReadStream(file);
    } catch (e) {
      yield { file: name, error: describeError(e) };
      continue;
    }
    let line = 0;
    let error: unknown;
    const it = lines(stream)[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<string>;
        try {
          next = await it.next();
        } catch (e) {
          // A read error: in place of the next line, and the file ends there.
          error = e;
          break;
        }
        if (next.done) break;
        line++;
        // A byte order mark (as some Windows tools write) is not part of the first line.
        yield parseLine(line === 1 && next.value.startsWith('\uFEFF') ? next.value.slice(1) : next.value, name, line);
      }
    } finally {
      await it.return?.(undefined);
      if (file !== '-') stream.destroy();
    }
    if (error !== undefined) yield { file: name, line: line + 1, error: describeError(error) };
  }
}

/**
 * The lines of a stream, split at "\n" only (a "\r" before it is dropped), as JSON Lines are; the
 * bytes decoded as UTF-8, a malformed sequence as U+FFFD. The last line needs no "\n".
 */
export async function* lines(stream: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let partial: string[] = [];
  const cut = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  for await (const chunk of stream) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', start)) {
      let line = s.slice(start, nl);
      if (partial.length) {
        partial.push(line);
        line = partial.join('');
        partial = [];
      }
      start = nl + 1;
      yield cut(line);
    }
    if (start < s.length) partial.push(s.slice(start));
  }
  const last = partial.join('') + decoder.end();
  if (last !== '') yield cut(last);
}

/** A line of JSON Lines input as a document: `{ "id", "text" }`, or an error. */
function parseLine(raw: string, file: string, line: number): Doc {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { file, line, error: raw.trim() === '' ? 'an empty line' : 'not a JSON value' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { file, line, error: 'not a JSON object' };
  const v = value as { id?: unknown; text?: unknown };
  if (typeof v.text !== 'string') return { id: v.id, file, line, error: 'no "text" string' };
  return { id: v.id, file, line, text: v.text };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EISDIR') return 'is a directory';
  if (err?.code === 'EACCES') return 'permission denied';
  return err?.message ?? String(e);
}
