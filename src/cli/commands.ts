/**
 * The commands of the akhbar command line, as plain functions of a text. No Node modules: the
 * worker threads of `--jobs` (src/node/worker.ts) run them too.
 */
import { analyze } from '../analyze/analyze.js';
import { defaultGazetteer } from '../gazetteer/default.js';
import { repair } from '../repair/repair.js';
import { stance } from '../stance/stance.js';
import { tokenize } from '../tokenize/tokenize.js';

export const COMMANDS = ['analyze', 'repair', 'tokenize', 'entities', 'stance'] as const;
export type Command = (typeof COMMANDS)[number];

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

/** Whether `value` names a command. */
export function isCommand(value: unknown): value is Command {
  return (COMMANDS as readonly unknown[]).includes(value);
}
