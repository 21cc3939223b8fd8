/**
 * Every public export carries a TSDoc comment with an example: checked on the source, for each name
 * the package exports (typedoc --treatWarningsAsErrors checks that they are documented at all).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The TSDoc comment right before each `export const|function|interface|type|class NAME`. */
function declarations(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const re = /(\/\*\*(?:[^*]|\*(?!\/))*\*\/)?\s*export (?:declare )?(?:const|function|interface|type|class) (\w+)/g;
    for (const m of text.matchAll(re)) docs.set(m[2]!, m[1] ?? '');
  }
  return docs;
}

describe('documentation', () => {
  const docs = declarations();
  // Types are erased at run time: list the exported type names here, checked against the index below.
  const TYPES = ['Token', 'TokenList', 'ListView', 'PlainToken', 'TokenKind', 'TokenSpans', 'TokenizeOptions', 'Span', 'NormalizeOptions', 'PresetName', 'ResolvedNormalizeOptions', 'NormalizedText', 'SourceSpan', 'Repaired', 'Edit', 'EditList', 'EditKind', 'RepairOptions', 'Lexicon', 'CreateLexiconOptions', 'BuiltinLexicon', 'Segment', 'Segmentation', 'SegmentationList', 'SegmentOptions', 'SegmentRole', 'SegmentScheme', 'Restoration', 'Entity', 'EntityType', 'Mention', 'MentionKind', 'FindOptions', 'StanceOptions', 'CustomTarget', 'StanceLabel', 'StanceReport', 'Evidence', 'Voice', 'SourceStance', 'StanceCue', 'StanceLexicon', 'AnalyzeOptions', 'AnalyzedText', 'AnalyzeManyOptions'];

  it('lists every exported type name that the index re-exports', () => {
    const index = files(SRC).filter((f) => /(^|[\\/])index\.ts$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    const typeNames = [...index.matchAll(/\btype (\w+)/g)].map((m) => m[1]!).concat([...index.matchAll(/export type \{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim())));
    expect([...new Set(typeNames)].sort()).toEqual([...TYPES].sort());
  });

  it.each([...Object.keys(api), ...TYPES])('%s has a TSDoc comment with an @example and is not internal', (name) => {
    const doc = docs.get(name);
    expect(doc, `no declaration of ${name} found under src/`).toBeDefined();
    expect(doc).toMatch(/@example/);
    expect(doc).not.toMatch(/@internal/);
  });
});
