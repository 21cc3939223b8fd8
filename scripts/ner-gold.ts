/**
 * Scores a gazetteer as a named-entity recogniser on ANERcorp (dev/anercorp-train.txt in the shared
 * folder: one `TOKEN TAG` per line with BIO tags PERS, LOC, ORG, MISC, a blank line between
 * sentences), CoNLL-style: an entity counts when its type and its exact token span match. Each
 * sentence is rebuilt with single spaces between tokens; runs of NER_WINDOW sentences go to find()
 * as one text, a sentence a line; a mention covers the tokens it overlaps. Demonym mentions are not names and are left out; MISC is not scored.
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

/**
 * Sentences given to find() at once, one per line: ANERcorp keeps the order of its articles but
 * not their boundaries, and a later short form of a name (محفوظ after نجيب محفوظ) is found through
 * an earlier mention only within one text, as in a whole article.
 */
export const NER_WINDOW = 20;

/** CoNLL-style scores of `gazetteer.find` on the sentences, given `window` sentences at a time. */
export function scoreNer(gazetteer: Pick<Gazetteer, 'find'>, sentences: readonly NerSentence[], window = NER_WINDOW): NerScore {
  const counts = Object.fromEntries([...NER_TYPES, 'all'].map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Record<NerType | 'all', { gold: number; predicted: number; correct: number }>;
  for (let from = 0; from < sentences.length; from += window) {
    const group = sentences.slice(from, from + window);
    const offsets: number[] = [];
    let at = 0;
    for (const s of group) {
      offsets.push(at);
      at += s.text.length + 1;
    }
    const predicted = group.map(() => new Set<string>());
    for (const m of gazetteer.find(group.map((s) => s.text).join('\n'))) {
      if (m.kind === 'demonym') continue;
      // The sentence the mention starts in, and the tokens it overlaps there.
      let k = group.length - 1;
      while (offsets[k]! > m.start) k--;
      const s = group[k]!, base = offsets[k]!;
      let first = -1, last = -1;
      s.tokens.forEach(([a, b], i) => {
        if (base + a < m.end && base + b > m.start) {
          if (first < 0) first = i;
          last = i;
        }
      });
      if (first >= 0) predicted[k]!.add(`${TYPE_OF[m.type]} ${first} ${last}`);
    }
    group.forEach((s, k) => {
      for (const g of new Set(s.gold)) {
        const t = g.split(' ')[0] as NerType;
        counts[t].gold++;
        counts.all.gold++;
        if (predicted[k]!.has(g)) {
          counts[t].correct++;
          counts.all.correct++;
        }
      }
      for (const p of predicted[k]!) {
        const t = p.split(' ')[0] as NerType;
        counts[t].predicted++;
        counts.all.predicted++;
      }
    });
  }
  const byType = Object.fromEntries(Object.entries(counts).map(([t, c]) => {
    const precision = c.predicted ? c.correct / c.predicted : 0;
    const recall = c.gold ? c.correct / c.gold : 0;
    return [t, { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }];
  })) as NerScore['byType'];
  return { sentences: sentences.length, byType };
}
