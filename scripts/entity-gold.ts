/**
 * The entity-mention gold of the shared corpus (test/fixtures/gazetteer/corpus-mentions.tsv: spans
 * and entity ids only, never text) and its scoring: a predicted mention is correct when its start,
 * end and entity id equal a gold mention's. Used by test/gazetteer/corpus.test.ts and
 * bench/gazetteer.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer, Mention } from '../src/gazetteer/index.js';
import { repair } from '../src/repair/index.js';
import { CORPUS_DIR, corpusMissing, FIXTURES_DIR } from './shared-data.js';

export const ENTITY_GOLD_PATH = join(FIXTURES_DIR, 'gazetteer', 'corpus-mentions.tsv');

export interface GoldArticle {
  readonly name: string;
  readonly sha256: string;
  readonly length: number;
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly id: string; readonly type: string }[];
}

/** The gold, by article. */
export function readEntityGold(path = ENTITY_GOLD_PATH): GoldArticle[] {
  const articles = new Map<string, { name: string; sha256: string; length: number; mentions: GoldArticle['mentions'][number][] }>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cells = line.split('\t');
    if (cells[0] === '#file') {
      articles.set(cells[1]!, { name: cells[1]!, sha256: cells[2]!, length: Number(cells[3]), mentions: [] });
      continue;
    }
    if (line === '' || line.startsWith('#')) continue;
    const article = articles.get(cells[0]!);
    if (!article || cells.length !== 5) throw new Error(`${path}: a bad line: ${JSON.stringify(line)}`);
    article.mentions.push({ start: Number(cells[1]), end: Number(cells[2]), id: cells[3]!, type: cells[4]! });
  }
  return [...articles.values()];
}

/** Why the gold cannot be scored (the corpus is absent, or is not the text annotated), or undefined. */
export function entityGoldMissing(gold: readonly GoldArticle[]): string | undefined {
  const missing = corpusMissing();
  if (missing) return missing;
  for (const a of gold) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(CORPUS_DIR, a.name));
    } catch {
      return `corpus article ${a.name} not found in ${CORPUS_DIR}`;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== a.sha256) return `corpus article ${a.name} is not the text the gold annotates (its sha256 differs)`;
  }
  return undefined;
}

export interface EntityScore {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  /** The mentions missed and found wrongly, by article, for reports. */
  readonly errors: { readonly article: string; readonly missed: GoldArticle['mentions']; readonly wrong: readonly Mention[] }[];
}

/**
 * `gazetteer.find` on the repaired text (run-on words split: الولاياتالمتحدة), with the mentions
 * mapped back to the text as given: what a pipeline that repairs first does.
 */
export function findRepaired(gazetteer: Pick<Gazetteer, 'find'>, text: string): Mention[] {
  const r = repair(text);
  return gazetteer.find(r.text).map((m) => {
    const { start, end } = r.toSourceSpan(m.start, m.end);
    return { ...m, start, end, surface: text.slice(start, end) };
  });
}

/** Scores `gazetteer.find` (default options; on the repaired text with `repaired`) on the corpus against the gold. */
export function scoreEntityGold(gazetteer: Pick<Gazetteer, 'find'>, gold: readonly GoldArticle[], repaired = false): EntityScore {
  let goldCount = 0, predicted = 0, correct = 0;
  const errors: EntityScore['errors'][number][] = [];
  for (const a of gold) {
    const text = readFileSync(join(CORPUS_DIR, a.name), 'utf8');
    const found = repaired ? findRepaired(gazetteer, text) : gazetteer.find(text);
    const key = (start: number, end: number, id: string): string => `${start} ${end} ${id}`;
    const goldKeys = new Set(a.mentions.map((m) => key(m.start, m.end, m.id)));
    const foundKeys = new Set(found.map((m) => key(m.start, m.end, m.entityId)));
    goldCount += goldKeys.size;
    predicted += foundKeys.size;
    for (const k of foundKeys) if (goldKeys.has(k)) correct++;
    errors.push({
      article: a.name,
      missed: a.mentions.filter((m) => !foundKeys.has(key(m.start, m.end, m.id))),
      wrong: found.filter((m) => !goldKeys.has(key(m.start, m.end, m.entityId))),
    });
  }
  return { gold: goldCount, predicted, correct, precision: predicted ? correct / predicted : 0, recall: goldCount ? correct / goldCount : 0, errors };
}
