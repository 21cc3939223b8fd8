/**
 * Readable output for a terminal: repairs as before → after, entities with their ids, stance
 * labels with their evidence.
 */
import type { Command } from './commands.js';

interface Shown {
  readonly file: string;
  readonly line?: number;
  readonly id?: unknown;
}

export function formatPretty(command: Command, doc: Shown, record: Record<string, unknown>): string {
  const head = `── ${doc.id !== undefined ? String(doc.id) : doc.file}${doc.line !== undefined ? `:${doc.line}` : ''}`;
  if (record.error !== undefined) return `${head}\n  error: ${String(record.error)}`;
  const r = record.result as Record<string, unknown> & unknown[];
  const lines = [head];
  const edits = (list: { before: string; after: string; kind: string }[]): void => {
    for (const e of list) lines.push(`  repair ${e.kind}: ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}`);
  };
  const mentions = (list: { surface: string; entityId: string; kind: string }[]): void => {
    for (const m of list) lines.push(`  ${m.surface} → ${m.entityId} (${m.kind})`);
  };
  const reports = (list: { target: string; label: string; score: number; evidence: { cue: string; voice: string }[] }[]): void => {
    for (const s of list) lines.push(`  ${s.target}: ${s.label} (${s.score})${s.evidence.length ? ' — ' + s.evidence.map((e) => `${e.cue}${e.voice === 'attributed' ? '*' : ''}`).join(', ') : ''}`);
  };
  switch (command) {
    case 'repair':
      edits((r as unknown as { edits: { before: string; after: string; kind: string }[] }).edits);
      lines.push(`  ${(r as unknown as { text: string }).text}`);
      break;
    case 'tokenize':
      lines.push('  ' + (r as unknown as { text: string }[]).map((t) => t.text).join(' | '));
      break;
    case 'entities':
      mentions(r as unknown as { surface: string; entityId: string; kind: string }[]);
      break;
    case 'stance':
      reports(r as unknown as { target: string; label: string; score: number; evidence: { cue: string; voice: string }[] }[]);
      break;
    case 'analyze': {
      const a = r as unknown as { repaired: { edits: { before: string; after: string; kind: string }[] } | null; sentences: unknown[]; tokens: unknown[]; entities: { surface: string; entityId: string; kind: string }[]; stance: { target: string; label: string; score: number; evidence: { cue: string; voice: string }[] }[] };
      lines.push(`  ${a.sentences.length} sentences, ${a.tokens.length} tokens`);
      if (a.repaired) edits(a.repaired.edits);
      mentions(a.entities);
      reports(a.stance);
      break;
    }
  }
  return lines.join('\n');
}
