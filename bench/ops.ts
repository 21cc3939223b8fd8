/**
 * The akhbar functions under measurement, each with a `sink` that reads its result (so the work
 * cannot be optimised away, and so the result is used the way a caller would use it).
 */
import { normalize, normalizeWithOffsets, paragraphs, sentences, tokenize, tokenSpans } from '../src/index.js';

export interface Op<T = unknown> {
  /** Name shown in the tables and the JSON. */
  name: string;
  run: (text: string) => T;
  /** A number derived from the result, added to the benchmark's sink. */
  sink: (result: T) => number;
}

function op<T>(name: string, run: (text: string) => T, sink: (result: T) => number): Op {
  return { name, run, sink: sink as (result: unknown) => number };
}

/** End of the last item of a result (an array or a list), 0 when empty: part of what a benchmark's sink consumes. */
export const lastEnd = (a: { readonly length: number; at(i: number): { end: number } | undefined }): number => a.at(-1)?.end ?? 0;

export const OPS: readonly Op[] = [
  op('tokenize', (s) => tokenize(s), (r) => r.length + lastEnd(r)),
  op('tokenSpans', (s) => tokenSpans(s), (r) => r.count + (r.count > 0 ? r.ends[r.count - 1]! : 0)),
  op('sentences', (s) => sentences(s), (r) => r.length + lastEnd(r)),
  op('paragraphs', (s) => paragraphs(s), (r) => r.length + lastEnd(r)),
  op("normalize('search')", (s) => normalize(s, 'search'), (r) => r.length + (r.length > 0 ? r.charCodeAt(r.length >> 1) : 0)),
  op("normalize('display')", (s) => normalize(s, 'display'), (r) => r.length + (r.length > 0 ? r.charCodeAt(r.length >> 1) : 0)),
  op("normalize('camel')", (s) => normalize(s, 'camel'), (r) => r.length + (r.length > 0 ? r.charCodeAt(r.length >> 1) : 0)),
  op("normalizeWithOffsets('search')", (s) => normalizeWithOffsets(s, 'search'), (r) => r.text.length + r.toSource(r.text.length >> 1)),
];

export function findOp(name: string): Op {
  const o = OPS.find((x) => x.name === name);
  if (!o) throw new Error(`unknown function "${name}"; one of ${OPS.map((x) => JSON.stringify(x.name)).join(', ')}`);
  return o;
}
