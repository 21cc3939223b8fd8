/**
 * The worker thread of the pool (./pool.ts), for analyzeMany and for the command line's --jobs:
 * runs the tasks it is sent, one at a time. A task with a `command` runs that command of the
 * command line and answers with the result as JSON text; one without runs analyze() with its
 * options and answers with the result.
 *
 * @internal
 */
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analyze/analyze.js';
import { isCommand, run } from '../cli/commands.js';
import { packAnalyzed } from './packed.js';

interface Message {
  readonly id: number;
  readonly text: string;
  readonly options?: AnalyzeOptions;
  readonly command?: string;
}

parentPort!.on('message', (task: Message) => {
  try {
    let result: unknown;
    if (task.command === undefined) result = packAnalyzed(analyze(task.text, task.options));
    else if (isCommand(task.command)) result = JSON.stringify(run(task.command, task.text));
    else throw new RangeError(`unknown command "${String(task.command)}"`);
    parentPort!.postMessage({ id: task.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
