/**
 * @internal
 * Roles of punctuation from data/tokenize/punctuation.tsv as bit flags per code unit, shared by
 * sentences() and the paragraph splitter. A mark can have several roles (? is terminal and question).
 */
import { PUNCT_ROLES } from '../generated/tokenize-data.js';

export const TERMINAL = 1;
export const CLOSER = 2;
export const TOGGLE = 4;
export const CONTINUATION = 8;
export const QUESTION = 16;

let flags: Uint8Array | undefined;

/** Role flags indexed by UTF-16 code unit, built on first use. */
export function punctRoles(): Uint8Array {
  if (!flags) {
    const t = new Uint8Array(0x10000);
    const mark = (cps: readonly number[], flag: number) => {
      for (const cp of cps) t[cp] = t[cp]! | flag;
    };
    mark(PUNCT_ROLES.terminal, TERMINAL);
    mark(PUNCT_ROLES.closer, CLOSER);
    mark(PUNCT_ROLES.toggle, TOGGLE);
    mark(PUNCT_ROLES.continuation, CONTINUATION);
    mark(PUNCT_ROLES.question, QUESTION);
    flags = t;
  }
  return flags;
}
