/**
 * The worker of analyzeMany (./analyze-many.ts): analyses the texts it is sent, one at a time.
 *
 * @internal
 */
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analyze/analyze.js';

parentPort!.on('message', (task: { id: number; text: string; options?: AnalyzeOptions }) => {
  try {
    parentPort!.postMessage({ id: task.id, result: analyze(task.text, task.options) });
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
