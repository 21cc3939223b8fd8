/**
 * The akhbar command line: `akhbar analyze|repair|tokenize|entities|stance [files…]`. Node only
 * (not part of the browser-facing core). `main` takes its streams as arguments, for tests.
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { analyze } from '../analyze/analyze.js';
import { defaultGazetteer } from '../gazetteer/default.js';
import { repair } from '../repair/repair.js';
import { stance } from '../stance/stance.js';
import { tokenize } from '../tokenize/tokenize.js';
import { formatPretty } from './pretty.js';

export const COMMANDS = ['analyze', 'repair', 'tokenize', 'entities', 'stance'] as const;
export type Command = (typeof COMMANDS)[number];
export const FORMATS = ['pretty', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Standard output is a terminal (pretty output by default). */
  readonly tty: boolean;
  readonly version: string;
}

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
  -q, --quiet          no progress on standard error
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 all went well, 1 some input failed (an error record stands in its place), 2 wrong usage.
`;

/** Runs one command on one text. */
export function run(command: Command, text: string): unknown {
  switch (command) {
    case 'analyze':
      return analyze(text);
    case 'repair':
      return repair(text).toJSON();
    case 'tokenize':
      return tokenize(text).map((t) => t.toJSON());
    case 'entities':
      return defaultGazetteer().find(text);
    case 'stance':
      return stance(text);
  }
}

interface Doc {
  readonly id?: unknown;
  readonly file: string;
  readonly line?: number;
  readonly text?: string;
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
  const [command, ...files] = positionals;
  if (!command || !(COMMANDS as readonly string[]).includes(command)) {
    io.stderr.write(`akhbar: ${command ? `unknown command "${command}"` : 'no command given'}\n${USAGE}`);
    return 2;
  }
  if (values.format !== undefined && !(FORMATS as readonly string[]).includes(values.format)) {
    io.stderr.write(`akhbar: --format must be one of ${FORMATS.join(', ')}, got "${values.format}"\n`);
    return 2;
  }
  const inputs = files.length ? files : ['-'];
  const jsonlInput = (file: string): boolean => values.jsonl === true || file.endsWith('.jsonl');
  const format: Format = (values.format as Format | undefined) ?? (io.tty ? 'pretty' : inputs.some(jsonlInput) ? 'jsonl' : 'json');

  let failed = false;
  let closed = false;
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // A reader that stops reading (| head) is not an error.
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  const write = (s: string): boolean => {
    if (closed) return false;
    io.stdout.write(s);
    return !closed;
  };
  const results: unknown[] = [];
  let count = 0;
  const progress = !values.quiet && (io.stderr as { isTTY?: boolean }).isTTY === true;

  const emit = (doc: Doc): boolean => {
    count++;
    if (progress && count % 10 === 0) io.stderr.write(`\rakhbar: ${count} documents`);
    let record: Record<string, unknown>;
    if (doc.error !== undefined) {
      failed = true;
      io.stderr.write(`akhbar: ${doc.file}${doc.line !== undefined ? `:${doc.line}` : ''}: ${doc.error}\n`);
      record = { ...(doc.id !== undefined ? { id: doc.id } : {}), file: doc.file, ...(doc.line !== undefined ? { line: doc.line } : {}), error: doc.error };
    } else {
      record = { ...(doc.id !== undefined ? { id: doc.id } : {}), ...(doc.line === undefined ? { file: doc.file } : {}), result: run(command as Command, doc.text!) };
    }
    if (format === 'jsonl') return write(JSON.stringify(record) + '\n');
    if (format === 'pretty') return write(formatPretty(command as Command, doc, record) + '\n');
    results.push(record);
    return true;
  };

  for (const file of inputs) {
    if (closed) break;
    const name = file === '-' ? '<stdin>' : file;
    if (jsonlInput(file)) {
      let stream: Readable;
      try {
        if (file !== '-' && statSync(file).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        stream = file === '-' ? io.stdin : createReadStream(file, { encoding: 'utf8' });
      } catch (e) {
        emit({ file: name, error: describeError(e) });
        continue;
      }
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      let line = 0;
      try {
        for await (const raw of lines) {
          line++;
          if (!emit(parseLine(raw, name, line))) break;
        }
      } catch (e) {
        emit({ file: name, line: line + 1, error: describeError(e) });
      } finally {
        lines.close();
      }
      continue;
    }
    try {
      const text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
      emit({ file: name, text });
    } catch (e) {
      emit({ file: name, error: describeError(e) });
    }
  }
  if (progress && count >= 10) io.stderr.write('\n');
  if (format === 'json') write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  return failed ? 1 : 0;
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
