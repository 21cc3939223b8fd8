/**
 * Scores a gazetteer as a named-entity recogniser on ANERcorp (dev/anercorp-train.txt in the shared
 * folder: one `TOKEN TAG` per line with BIO tags PERS, LOC, ORG, MISC, a blank line between
 * sentences), CoNLL-style: an entity counts when its type and its exact token span match. Each
 * sentence is rebuilt with single spaces between tokens and given to find(); a mention covers the
 * tokens it overlaps. Demonym mentions are not names and are left out; MISC is not scored.
 * Used by the gazetteer tests and bench/gazetteer.ts; nothing of the file is stored here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, Gazetteer } from '../src/gazetteer/index.js';
import { SHARED_DIR } from './shared-data.js';

export const ANERCORP_PATH = join(SHARED_DIR, 'dev', 'anercorp-train.txt');

/** Why ANERcorp cannot be used, or undefined. */
export function anercorpMissing(): string | undefined {
  return existsSync(ANERCORP_PATH) ? undefined : `ANERcorp not found at ${ANERCORP_PATH} (set AKHBAR_SHARED to the folder holding dev/)`;
}

export const NER_TYPES = ['PERS', 'LOC', 'ORG'] as const;
export type NerType = (typeof NER_TYPES)[number];
const TYPE_OF: Record<EntityType, NerType> = { person: 'PERS', location: 'LOC', organization: 'ORG' };

export interface NerSentence {
  readonly text: string;
  /** Start and end offset of each token in `text`. */
  readonly tokens: readonly (readonly [number, number])[];
  /** Gold entities as `type first-token last-token`. */
  readonly gold: readonly string[];
}

export function readAnercorp(path = ANERCORP_PATH): NerSentence[] {
  const out: NerSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    const tokens: [number, number][] = [];
    let at = 0;
    for (const w of words) {
      tokens.push([at, at + w.length]);
      at += w.length + 1;
    }
    const gold: string[] = [];
    let open: { type: string; from: number } | undefined;
    const close = (end: number): void => {
      if (open && (NER_TYPES as readonly string[]).includes(open.type)) gold.push(`${open.type} ${open.from} ${end}`);
      open = undefined;
    };
    tags.forEach((tag, i) => {
      if (tag.startsWith('B-') || (tag.startsWith('I-') && open?.type !== tag.slice(2))) {
        close(i - 1);
        open = { type: tag.slice(2), from: i };
      } else if (!tag.startsWith('I-')) close(i - 1);
    });
    close(tags.length - 1);
    out.push({ text: words.join(' '), tokens, gold });
    words = [];
    tags = [];
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const sp = line.lastIndexOf(' ');
    words.push(sp > 0 ? line.slice(0, sp) : line);
    tags.push(sp > 0 ? line.slice(sp + 1) : 'O');
  }
  flush();
  return out;
}

export interface NerScore {
  readonly sentences: number;
  readonly byType: Record<NerType | 'all', { gold: number; predicted: number; correct: number; precision: number; recall: number; f1: number }>;
}

/** CoNLL-style scores of `gazetteer.find` on the sentences. */
export function scoreNer(gazetteer: Gazetteer, sentences: readonly NerSentence[]): NerScore {
  const counts = Object.fromEntries([...NER_TYPES, 'all'].map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Record<NerType | 'all', { gold: number; predicted: number; correct: number }>;
  for (const s of sentences) {
    const gold = new Set(s.gold);
    const predicted = new Set<string>();
    for (const m of gazetteer.find(s.text)) {
      if (m.kind === 'demonym') continue;
      let first = -1, last = -1;
      s.tokens.forEach(([a, b], i) => {
        if (a < m.end && b > m.start) {
          if (first < 0) first = i;
          last = i;
        }
      });
      if (first >= 0) predicted.add(`${TYPE_OF[m.type]} ${first} ${last}`);
    }
    for (const g of gold) {
      const t = g.split(' ')[0] as NerType;
      counts[t].gold++;
      counts.all.gold++;
      if (predicted.has(g)) {
        counts[t].correct++;
        counts.all.correct++;
      }
    }
    for (const p of predicted) {
      const t = p.split(' ')[0] as NerType;
      counts[t].predicted++;
      counts.all.predicted++;
    }
  }
  const byType = Object.fromEntries(Object.entries(counts).map(([t, c]) => {
    const precision = c.predicted ? c.correct / c.predicted : 0;
    const recall = c.gold ? c.correct / c.gold : 0;
    return [t, { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }];
  })) as NerScore['byType'];
  return { sentences: sentences.length, byType };
}
